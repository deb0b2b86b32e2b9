// When the app loads (scripts/loader-start.js): a first visit to the reading
// page fetches only the prerendered article, its stylesheets and the loader,
// within the 150 KB budget; the app comes when the reader reaches for a
// control or scrolls near a diagram, and a press made before it arrived is
// not lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watch, assertClean, takenOver, axe, DIST } from './harness.mjs';
import { firstLoad } from '../../scripts/first-load.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh page that records what it fetches; `hold` keeps the wasm back until `release()`. */
async function visit(url, viewport, { hold = false } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  const fetched = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    fetched.push({ path: new URL(req.url()).pathname.slice(1) || 'index.html', bytes: sizes?.responseBodySize ?? 0 });
  });
  let release = () => {};
  const wasmAsked = new Promise((asked) => {
    const gate = new Promise((r) => { release = r; });
    page.route('**/*.wasm', async (route) => { asked(); if (hold) await gate; await route.continue(); });
  });
  await page.goto(url);
  return { page, context, problems, fetched, wasmAsked, release: () => release() };
}

const settle = (page, ms = 1500) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);
const wasmFetched = (fetched) => fetched.some((f) => f.path.endsWith('.wasm'));

for (const [name, viewport] of [['phone, as Lighthouse', { width: 412, height: 823 }], ['projector', { width: 1920, height: 1080 }]]) {
  test(`a first visit fetches the article, its stylesheets and the loader, within 150 KB (${name})`, async () => {
    const { page, context, problems, fetched } = await visit(server.url, viewport);
    try {
      await page.waitForLoadState('load');
      await settle(page, 2000);
      assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'still the prerendered page');
      assert.ok(!wasmFetched(fetched), 'no wasm fetched');
      const expected = firstLoad(DIST).firstVisit.files;
      assert.deepEqual(fetched.map((f) => f.path).sort(), [...expected].sort(), 'exactly the files scripts/first-load.mjs counts');
      const bytes = fetched.reduce((a, f) => a + f.bytes, 0);
      console.log(`first visit (${name}): ${bytes} B sent in ${fetched.length} responses`);
      assert.ok(bytes <= 150_000, `a first visit transferred ${bytes} B`);
      assertClean(problems);
    } finally {
      await context.close();
    }
  });
}

test('scrolling toward a diagram starts the app before the diagram is in view', async () => {
  const viewport = { width: 412, height: 823 };
  const { page, context, problems, fetched, wasmAsked } = await visit(server.url, viewport);
  try {
    const top = await page.$eval('.diagram', (d) => d.getBoundingClientRect().top + scrollY);
    // Read down to 900 px above the diagram: too far for the app to start.
    await page.mouse.wheel(0, top - viewport.height - 900);
    await settle(page);
    assert.ok(!wasmFetched(fetched), 'not yet');
    // Within 600 px of it, the app starts and takes the page over.
    await page.mouse.wheel(0, 500);
    await wasmAsked;
    await takenOver(page);
    assert.ok(await page.$eval('.diagram', (d) => d.getBoundingClientRect().top > innerHeight), 'the diagram is still below the view');
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('a glossary term pressed before the app has arrived opens once it has', async () => {
  const { page, context, problems, wasmAsked, release } = await visit(server.url, { width: 1280, height: 800 }, { hold: true });
  try {
    const term = page.locator('#opbouwwerk-undercover .term-button').first();
    await term.click(); // pointing at it starts the app, whose wasm is held back
    await wasmAsked;
    assert.equal(await term.getAttribute('data-pending-click'), '', 'the press is held');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-pending-click]')).cursor), 'progress');
    assert.equal(await page.locator('.term-card').count(), 0);
    release();
    await takenOver(page);
    await page.waitForSelector('#opbouwwerk-undercover .term-card');
    assert.equal(await page.locator('[data-pending-click]').count(), 0);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('by keyboard: focus on a control starts the app, and Enter pressed before it arrived is kept', async () => {
  const { page, context, problems, wasmAsked, release } = await visit(server.url, { width: 1280, height: 800 }, { hold: true });
  try {
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.matches('.lang-switch'))); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await page.evaluate(() => document.activeElement.matches('.lang-switch')), 'Tab reaches the language switch');
    await wasmAsked;
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    release();
    await takenOver(page);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.ok(await page.evaluate(() => document.activeElement.matches('.lang-switch')), 'the focus stays on the switch');
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('a reader who followed a link to a section and read on stays where they are when the app starts', async () => {
  const viewport = { width: 412, height: 823 };
  const { page, context, problems, wasmAsked } = await visit(`${server.url}#opbouwwerk-undercover`, viewport);
  try {
    await page.waitForFunction(() => Math.abs(document.getElementById('opbouwwerk-undercover').getBoundingClientRect().top) < 120);
    await settle(page, 500);
    assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'the app has not started yet');
    // Reading on, down to the argument map: the app starts.
    await page.$eval('#argumentkaart', (d) => d.scrollIntoView());
    const y = await page.evaluate(() => scrollY);
    await wasmAsked;
    await takenOver(page);
    await settle(page, 500);
    assert.equal(await page.evaluate(() => scrollY), y, 'not sent back to #opbouwwerk-undercover');
    assert.equal(await page.evaluate(() => location.hash), '#opbouwwerk-undercover', 'the address keeps its fragment');
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('until the app starts, the page a reader sees passes axe (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      assert.deepEqual(await axe(page), [], colorScheme);
      assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'it was the page before the app');
    } finally {
      await context.close();
    }
  }
});

test('an address for English says it is loading instead of showing the Dutch page, at most 4 s', async () => {
  for (const [url, wait] of [['?lang=en#de-nieuwe-spagaat', 'released'], ['?lang=en', 'held']]) {
    const { page, context, problems, wasmAsked, release } = await visit(`${server.url}${url}`, { width: 1280, height: 800 }, { hold: true });
    try {
      await wasmAsked;
      const shown = () => page.evaluate(() => ({
        message: getComputedStyle(document.body, '::before').content,
        heading: getComputedStyle(document.querySelector('main h1')).visibility,
        busy: document.body.getAttribute('aria-busy'),
      }));
      assert.deepEqual(await shown(), { message: '"Loading…"', heading: 'hidden', busy: 'true' }, url);
      if (wait === 'released') {
        release();
        await takenOver(page);
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      } else {
        // The app does not come: after 4 s the prerendered page shows after all.
        await page.waitForFunction(() => !document.documentElement.hasAttribute('data-app-loading'), null, { timeout: 6000 });
        release();
        await takenOver(page);
      }
      assert.deepEqual(await shown(), { message: 'none', heading: 'visible', busy: null }, url);
      assert.equal((await page.textContent('main h1')).includes('Opbouwwerkers'), true);
      assertClean(problems);
    } finally {
      await context.close();
    }
  }
});
