// When the app loads (web/loader-start.js): a first visit to the reading
// page fetches only the prerendered article, its stylesheets and the loader,
// within the 150 KB budget; the app comes when the reader reaches for a
// control or scrolls near a diagram, and a press made before it arrived is
// not lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watch, holdWasm, assertClean, takenOver, axe, DIST, scrolledTo, startApp, painted } from './harness.mjs';
import { firstLoad } from '../../scripts/first-load.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Opens `url` in a fresh page that records what it fetches (`hold` keeps
 * the wasm back until `release()`), runs `fn` with it, asserts nothing went
 * wrong, and closes it. The service worker is blocked unless
 * `serviceWorkers` is 'allow' (page.route cannot hold what it answers).
 */
async function withVisit(url, viewport, fn, { hold = false, colorScheme, serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  const fetched = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    fetched.push({ path: new URL(req.url()).pathname.slice(1) || 'index.html', bytes: sizes?.responseBodySize ?? 0 });
  });
  const { asked: wasmAsked, release } = await holdWasm(page);
  if (!hold) release();
  try {
    await page.goto(url);
    await fn({ page, fetched, wasmAsked, release });
    assertClean(problems, url);
  } finally {
    await context.close();
  }
}

/**
 * The page has settled, as far as a reader who only reads goes: loaded, the
 * loader has decided when the apps start (`data-app-start`), and two frames
 * painted since (the parts near the view have been seen by then). The
 * positive signal before a check that no app was fetched.
 */
async function settle(page) {
  await page.waitForFunction(() => document.readyState === 'complete' && document.documentElement.hasAttribute('data-app-start'),
    null, { polling: 50, timeout: 15000 });
  await painted(page);
  await painted(page);
}

/** Polls `condition` (of what the journey recorded) until it holds, at most 15 s. */
async function until(page, condition, what) {
  for (const end = Date.now() + 15000; !condition();) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await page.waitForTimeout(50);
  }
}
const wasmFetched = (fetched) => fetched.some((f) => f.path.endsWith('.wasm'));

for (const [name, viewport] of [['phone, as Lighthouse', { width: 412, height: 823 }], ['projector', { width: 1920, height: 1080 }]]) {
  test(`a first visit fetches the article, its stylesheets and the loader, within 150 KB (${name})`, async () => {
    await withVisit(server.url, viewport, async ({ page, fetched }) => {
      const expected = firstLoad(DIST).firstVisit.files;
      // Every file a first visit fetches has come; then nothing more.
      await until(page, () => expected.every((f) => fetched.some((x) => x.path === f)), `the first visit's files ${expected}`);
      await settle(page);
      assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'still the prerendered page');
      assert.ok(!wasmFetched(fetched), 'no wasm fetched');
      assert.deepEqual(fetched.map((f) => f.path).sort(), [...expected].sort(), 'exactly the files scripts/first-load.mjs counts');
      const bytes = fetched.reduce((a, f) => a + f.bytes, 0);
      console.log(`first visit (${name}): ${bytes} B sent in ${fetched.length} responses`);
      assert.ok(bytes <= 150_000, `a first visit transferred ${bytes} B`);
      // The service worker (allowed here) downloads the release for offline
      // use after this, on its own: tests/e2e/offline.test.mjs.
    }, { serviceWorkers: 'allow' });
  });
}

test('the slides and the presenter start the classroom app, every other way in the reading app', async () => {
  const cases = [
    ['', false], ['?lang=en', false], ['?embed=de-nieuwe-spagaat', false], ['?present&embed=1', false],
    ['?embed=nergens&present', false], ['?present', true], ['?lang=en&present#handreikingen/2', true],
    ['?present=0', true], ['?presenter', true], ['?embed=1&presenter', true],
  ];
  for (const [query, classroom] of cases) {
    await withVisit(`${server.url}${query}`, { width: 1280, height: 800 }, async ({ page }) => {
      await startApp(page);
      // What the document has fetched (the recorder above hears of a
      // response only after its body has been read).
      const apps = await page.evaluate(() => performance.getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.split('/').pop()).filter((f) => f.endsWith('.wasm')));
      assert.equal(apps.some((f) => f.startsWith('classroom-')), classroom, `${query}: ${apps}`);
      if (classroom) assert.equal(apps.length, 1, `${query}: the classroom app alone (${apps})`);
      else assert.ok(apps.length >= 1, `${query}: the reading and embed apps of its parts (${apps})`);
      // The reading app's content, one language's, the page's (the classroom app has it compiled in).
      const data = await page.evaluate(() => performance.getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.split('/').pop()).filter((f) => f.endsWith('.bin')));
      const lang = await page.getAttribute('html', 'lang');
      assert.deepEqual(data.map((f) => f.split('-')[1]), classroom ? [] : [lang], `${query}: ${data}`);
    });
  }
});

// The reading app's content is a data file of its own (src/content/reading.rs):
// if it does not come, the page stays the prerendered page it is, a press
// held meanwhile is let go, and only a warning says so.
test('when the content does not come, the page stays as it is and a held press is let go', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  await page.route('**/content-*.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  try {
    await page.goto(`${server.url}#argumentkaart`);
    const text = await page.locator('main').innerText();
    const node = page.locator('#argumentkaart g.node').first();
    await node.click();
    await page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'), null, { polling: 50 });
    assert.equal(await page.locator('[data-pending-click], [data-part]').count(), 0, 'no press held, no part waiting');
    assert.equal(await page.locator('main').innerText(), text, 'the same page');
    const expected = (p) => /the content did not come/.test(p) || /404/.test(p);
    assert.ok(problems.some((p) => /the content did not come/.test(p)), `a warning says so: ${problems}`);
    assertClean(problems.filter((p) => !expected(p)), 'no content');
  } finally {
    await context.close();
  }
});

// One app per part of the page (src/app/parts.rs): a press in the
// simulator waits for the simulator's app alone, not for the diagrams' or
// the timeline's; the page's own app (its header, its contents) follows.
test('a press in the simulator fetches the simulator\'s app, and not the diagrams\' or the timeline\'s', async () => {
  await withVisit(server.url, { width: 1280, height: 800 }, async ({ page }) => {
    // A scenario's button, pressed where it is, without scrolling the
    // diagrams near (which would start their apps too).
    await page.evaluate(() => document.querySelectorAll('#spagaat-simulator .sim-presets button')[1]
      .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await page.waitForFunction(() => new URL(location.href).searchParams.has('preset'));
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop()).filter((f) => f.endsWith('.wasm')));
    assert.ok(wasm[0]?.startsWith('part-sim-'), `the simulator's app first: ${wasm}`);
    assert.ok(!wasm.some((f) => /^part-(?:graphs|timeline)-/.test(f)), `no other part's app: ${wasm}`);
    assert.equal(await page.locator('#spagaat-simulator .sim-presets [aria-pressed="true"]').count(), 1, 'the press was done');
  });
});

test('scrolling toward a diagram starts the app before the diagram is in view', async () => {
  const viewport = { width: 412, height: 823 };
  await withVisit(server.url, viewport, async ({ page, fetched, wasmAsked }) => {
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
  });
});

test('a glossary term opens its card without the app, and the card stays open when the app takes over', async () => {
  await withVisit(server.url, { width: 1280, height: 800 }, async ({ page, fetched, wasmAsked, release }) => {
    const term = page.locator('#opbouwwerk-undercover .term-button').first();
    await term.hover();
    await term.click();
    const card = page.locator('.term-card:popover-open');
    await card.waitFor();
    assert.equal(await card.getAttribute('id'), await term.getAttribute('popovertarget'));
    assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'still the prerendered page');
    assert.ok(!fetched.some((f) => f.path.endsWith('.wasm') || /^opbouwwerk-uitgelegd-.*\.js$/.test(f.path)), 'no app code fetched');
    // Something that needs the app starts it; the open card stays open.
    const id = await card.getAttribute('id');
    await page.locator('.lang-switch').hover();
    await wasmAsked;
    release();
    await takenOver(page);
    assert.equal(await page.evaluate(() => document.querySelector('.term-card:popover-open')?.id), id, 'the same card is open');
  }, { hold: true });
});

test('by keyboard: focus on a control starts the app, and Enter pressed before it arrived is kept', async () => {
  await withVisit(server.url, { width: 1280, height: 800 }, async ({ page, wasmAsked, release }) => {
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.matches('.lang-switch'))); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await page.evaluate(() => document.activeElement.matches('.lang-switch')), 'Tab reaches the language switch');
    await wasmAsked;
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    release();
    // The switch goes to the English page, rendered at build time.
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && !document.documentElement.hasAttribute('data-route')
      && /Opbouwwerk explained/.test(document.querySelector('.brand')?.textContent));
    await page.waitForFunction(() => document.activeElement?.matches('.lang-switch'));
    assert.equal(await page.textContent('.lang-switch'), 'Nederlands', 'the focus is on the switch, now back to Dutch');
  }, { hold: true });
});

test('keys pressed on a slider as it scrolls into view, before its app has come, are what the page shows once it has, and the address follows', async () => {
  await withVisit(server.url, { width: 1280, height: 800 }, async ({ page, wasmAsked, release }) => {
    const slider = '#spagaat-simulator input[type=range]';
    const first = await page.$eval(slider, (el) => ({ key: el.name, value: Number(el.value), step: Number(el.step) }));
    // Scrolled to, the simulator's app is asked for (and held back here);
    // the reader goes on at once with the keys.
    await page.$eval('#spagaat-simulator', (el) => el.scrollIntoView());
    await page.focus(slider);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const moved = first.value + 5 * first.step;
    assert.equal(Number(await page.$eval(slider, (el) => el.value)), moved, 'the browser moved the prerendered slider');
    await wasmAsked;
    release();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready-sim') === 'started');
    await page.waitForFunction(() => !document.querySelector('#spagaat-simulator .sim-sliders[data-part], #spagaat-simulator [data-part] .sim-sliders'));
    // What the reader sees: the thumb's value, the number beside it, the
    // address; and the focus is where it was, so the next key goes on.
    assert.equal(Number(await page.$eval(slider, (el) => el.value)), moved, 'the slider keeps the value the reader gave it');
    assert.match(await page.textContent('#spagaat-simulator .sim-value'), new RegExp(`^${moved}\\b`), 'the number beside it says so');
    await page.waitForFunction(([key, moved]) => new URL(location.href).searchParams.get(key) === String(moved), [first.key, moved]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(([key, next]) => new URL(location.href).searchParams.get(key) === String(next), [first.key, moved + first.step]);
  }, { hold: true });
});

test('a press that begins on the page before its app has come and ends once the app is there is done', async () => {
  // The pointer goes down on the prerendered language switch, the app
  // renders the header again meanwhile, and the pointer comes up on the
  // app's switch: the browser clicks neither (down and up on two elements),
  // so the app does (browser::takeover, finish_press).
  await withVisit(server.url, { width: 1280, height: 800 }, async ({ page, wasmAsked, release }) => {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-start'), null, { polling: 50 });
    const box = await page.locator('.lang-switch').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await wasmAsked;
    await page.mouse.down();
    assert.equal(await page.evaluate(() => document.body.hasAttribute('data-prerendered')), true, 'pressed before the app');
    release();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready-page') === 'started', null, { polling: 50 });
    await page.mouse.up();
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }, { hold: true });
});

test('the loader comes after the first paint, and a press made before it came is kept and done', async () => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  // The loader (web/loader-start.js) is held back until the press is made.
  let letGo;
  const held = new Promise((resolve) => { letGo = resolve; });
  let asked;
  const loaderAsked = new Promise((resolve) => { asked = resolve; });
  await page.route(/\/loader-[0-9a-f]+\.js$/, async (route) => {
    asked();
    await held;
    await route.continue();
  });
  try {
    // Not until `load`: a loader asked for before it (the page painted
    // first, as on a busy machine) delays it, and the loader is held here.
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    await loaderAsked;
    // Asked for only once the page had painted its content.
    assert.ok(await page.evaluate(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint')),
      'the page painted before the loader was asked for');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-loader')), false, 'no loader yet');
    await page.click('.lang-switch');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'nothing happens before the loader');
    letGo();
    // The loader holds the press for the page's app, which does it: the English page.
    await page.waitForURL((u) => u.searchParams.get('lang') === 'en' || u.pathname.endsWith('/en.html'));
    await page.waitForFunction(() => document.documentElement.lang === 'en' && !document.documentElement.hasAttribute('data-route')
      && /Opbouwwerk explained/.test(document.querySelector('.brand')?.textContent));
    assertClean(problems, server.url);
  } finally {
    await context.close();
  }
});

test('a reader who followed a link to a section and read on stays where they are when the app starts', async () => {
  await withVisit(`${server.url}#opbouwwerk-undercover`, { width: 412, height: 823 }, async ({ page, wasmAsked }) => {
    await scrolledTo(page, 'opbouwwerk-undercover', { at: 0, within: 120 });
    await settle(page);
    assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'the app has not started yet');
    // Reading on, down to the argument map: the app starts.
    await page.$eval('#argumentkaart', (d) => d.scrollIntoView());
    // Where the reader sees it (the contents above it may grow when they mark
    // the section in view: the browser keeps what is in view in place).
    // The browser keeps it in place to the pixel it scrolls by: within a
    // pixel, unrounded (a rounded top may flip to the next whole pixel).
    const top = () => page.$eval('#argumentkaart', (d) => d.getBoundingClientRect().top);
    const before = await top();
    await wasmAsked;
    await takenOver(page);
    await painted(page);
    await painted(page);
    const after = await top();
    assert.ok(Math.abs(after - before) < 1, `not sent back to #opbouwwerk-undercover: the argument map moved from ${before} to ${after} px`);
    assert.equal(await page.evaluate(() => location.hash), '#opbouwwerk-undercover', 'the address keeps its fragment');
  });
});

test('until the app starts, the page a reader sees passes axe (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withVisit(server.url, { width: 1280, height: 800 }, async ({ page }) => {
      assert.deepEqual(await axe(page), [], colorScheme);
      assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'it was the page before the app');
    }, { colorScheme });
  }
});

// Every reading and embed address has a page of its own, misspelt ones
// included (tests/e2e/routes.test.mjs); a slide past the end of its section
// is left to the (classroom) app, which starts at once.
test('an address left to the app says it is loading instead of showing the Dutch page, at most 4 s', async () => {
  for (const [url, wait] of [['?present#bestaat-niet/9', 'released'], ['?lang=EN&present#handreikingen/99', 'held']]) {
    await withVisit(`${server.url}${url}`, { width: 1280, height: 800 }, async ({ page, wasmAsked, release }) => {
      await wasmAsked;
      const shown = () => page.evaluate(() => ({
        message: getComputedStyle(document.body, '::before').content,
        heading: getComputedStyle(document.querySelector('.stage, main h1')).visibility,
        busy: document.body.getAttribute('aria-busy'),
      }));
      const english = url.includes('EN');
      assert.deepEqual(await shown(), { message: english ? '"Loading…"' : '"Laden…"', heading: 'hidden', busy: 'true' }, url);
      if (wait === 'released') {
        release();
        await takenOver(page);
      } else {
        // The app does not come: after 4 s the prerendered page shows after all.
        await page.waitForFunction(() => !document.documentElement.hasAttribute('data-app-loading'), null, { timeout: 6000 });
        release();
        await takenOver(page);
      }
      await page.waitForSelector('.stage');
      assert.deepEqual(await shown(), { message: 'none', heading: 'visible', busy: null }, url);
      assert.equal(await page.getAttribute('html', 'lang'), english ? 'en' : 'nl');
    }, { hold: true });
  }
});

// A shared link (issue #31): the state shows where the reader meets it, and
// costs no more than the page without it. Opened at the simulator, the
// simulator's app shows the address's values and nothing else is fetched for
// them; the page's own app (reading progress, section in view) waits until
// the reader scrolls. Far below, a state starts nothing at all (prerender.test.mjs).
test('an address with simulator values shows them at the simulator, and the page\'s own app waits until the reader scrolls', async () => {
  await withVisit(`${server.url}?cw=20&preset=vak#spagaat-simulator`, { width: 412, height: 823 }, async ({ page, fetched }) => {
    const slider = '#spagaat-simulator input[type=range][name=cw]';
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready-sim') === 'started');
    await page.waitForFunction((slider) => !document.querySelector('#spagaat-simulator .sim-sliders[data-part]')
      && document.querySelector(slider)?.value === '20', slider);
    assert.match(await page.textContent('#spagaat-simulator .sim-slider:has([name=cw]) .sim-value'), /^20\b/, 'the number beside it says 20');
    assert.equal(await page.getAttribute('#spagaat-simulator [data-preset="vak"]', 'aria-pressed'), 'false', 'the values are the reader\'s, not the scenario\'s');
    await takenOver(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
    assert.equal(await page.getAttribute('html', 'data-ready-page'), null, 'the page\'s app is not asked for before the reader scrolls');
    assert.ok(!fetched.some((f) => /^opbouwwerk-uitgelegd-[0-9a-f]+_bg\.wasm$/.test(f.path)), 'nor fetched');
    await page.mouse.wheel(0, 120);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready-page') === 'started');
  });
});
