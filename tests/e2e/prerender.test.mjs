// The page rendered at build time: with scripts off it is the whole article;
// with scripts on, the app takes it over without a visible change, keeping
// the reader's scroll position and focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { launch, serve, open, watch, holdWasm, assertClean, takenOver, startApp, axe, SECTION_IDS, scrolledTo, pixelDiff, painted } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** What a reader can read: quotations, glossary entries, sources. */
const readable = (page) => page.evaluate(() => {
  const texts = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  return {
    sections: texts('main section[id] > .section-heading h2, main section[id] h2'),
    quotes: texts('main blockquote'),
    glossary: texts('#begrippen dt'),
    definitions: texts('#begrippen dd'),
    sources: texts('#bronnen li.source cite'),
  };
});

test('with scripts off the page is the whole article, with no dead controls', async () => {
  const on = await open(browser, server.url);
  const expected = await readable(on.page);
  await on.context.close();
  assertClean(on.problems);

  const { page, context, problems } = await open(browser, server.url, { javaScriptEnabled: false });
  try {
    assert.match(await page.textContent('h1'), /Opbouwwerkers, kom uit de kast!/);
    for (const id of SECTION_IDS) assert.equal(await page.locator(`section#${id} h2`).count(), 1, `section ${id}`);
    const got = await readable(page);
    assert.ok(expected.quotes.length >= 10 && expected.glossary.length >= 15 && expected.sources.length >= 20, 'the app shows the article');
    assert.deepEqual(got, expected, 'the same sections, quotations, glossary and sources as with scripts');
    assert.match(await page.textContent('body'), /breekt[^.]*af/, 'says where the essay text breaks off');
    // Controls that need scripts are hidden; the simulator says why.
    for (const sel of ['.lang-switch', '#embed-open', '.copy-link button', '.sim-sliders input', '.sim-preset', '.diagram-play']) {
      assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} is hidden`);
    }
    const note = await page.$eval('.sim-notes', (e) => getComputedStyle(e, '::before').content);
    assert.match(note, /Zonder JavaScript/);
    // Nothing inert in the tab order: Tab goes from link to link, and to
    // glossary terms, whose cards open without scripts.
    let terms = 0;
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => document.activeElement.tagName + (document.activeElement.getAttribute('role') ?? ''));
      if (tag === 'BUTTON') {
        assert.equal(await page.evaluate(() => document.activeElement.className), 'term-button', 'the only buttons are glossary terms');
        await page.keyboard.press('Enter');
        await page.locator('.term-card:popover-open').waitFor();
        await page.keyboard.press('Escape');
        await page.locator('.term-card:popover-open').waitFor({ state: 'detached' });
        terms++;
        continue;
      }
      assert.ok(['A', 'SUMMARY', 'DIV', 'BODY'].includes(tag), `Tab reached ${tag}`);
    }
    assert.ok(terms > 0, 'Tab reached a glossary term');
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('the page as seen without scripts passes axe', async () => {
  // axe needs scripts, so this is the page with the app's own scripts
  // blocked and the no-script stylesheet applied, which is what a reader
  // without scripts gets.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.route(/\.(wasm|js)$/, (route) => route.abort());
    await page.goto(server.url);
    await page.addStyleTag({ url: `${server.url}noscript.css` });
    assert.equal(await page.locator('.lang-switch').isVisible(), false, 'the no-script styles apply');
    assert.deepEqual(await axe(page), []);
  } finally {
    await context.close();
  }
});

/** Opens the page with the wasm held back until `release()` is called. */
async function openHeld(url, viewport) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  const { release } = await holdWasm(page);
  await page.goto(url);
  // Attached, not visible: an address for English hides it while loading.
  await page.waitForSelector('main h1', { state: 'attached' });
  return { page, context, problems, release };
}


for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['projector', { width: 1920, height: 1080 }]]) {
  test(`the app takes over the page with no visible change, scroll or focus lost (${name})`, async () => {
    const { page, context, problems, release } = await openHeld(server.url, viewport);
    try {
      assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'the page is prerendered');
      // A reader who scrolled and tabbed before the app arrived.
      await page.evaluate(() => document.getElementById('de-nieuwe-spagaat').scrollIntoView());
      await page.focus('#de-nieuwe-spagaat a.cite-link');
      const focusedNow = () => page.evaluate(() => {
        const el = document.activeElement;
        return [el.tagName, el.getAttribute('href'), el.textContent, el.closest('section[id]')?.id];
      });
      const focused = await focusedNow();
      const scrollY = await page.evaluate(() => scrollY);
      const before = await page.screenshot();
      release();
      await takenOver(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await page.screenshot();
      assert.equal(await page.evaluate(() => scrollY), scrollY, 'the scroll position is kept');
      assert.deepEqual(await focusedNow(), focused, 'the focus is kept');
      const share = pixelDiff(before, after);
      assert.ok(share < 0.002, `${(share * 100).toFixed(2)}% of the pixels changed`);
      // Now it is the app: a part of a diagram selects and writes the address.
      await page.locator('#argumentkaart--hoofdclaim').click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('arg') === 'hoofdclaim');
      assert.deepEqual(problems, [], 'no warning, error or panic');
    } finally {
      await context.close();
    }
  });
}

test('a part of a diagram pressed before the app arrived is selected once the app has rendered that diagram', async () => {
  const { page, context, problems, release } = await openHeld(`${server.url}#argumentkaart`, { width: 1280, height: 800 });
  try {
    await page.locator('#argumentkaart--hoofdclaim').click();
    // Held for the diagrams' app: at once, or once the loader has come if the
    // press came before it (web/route.js keeps it for the loader).
    await page.waitForFunction(() => document.getElementById('argumentkaart--hoofdclaim')?.getAttribute('data-pending-click') === 'graphs',
      null, { polling: 50, timeout: 15000 });
    release();
    await takenOver(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('arg') === 'hoofdclaim');
    assert.equal(await page.locator('#argumentkaart [aria-pressed="true"]').count(), 1, 'the part is selected');
    assert.equal(await page.locator('[data-pending-click], #argumentkaart [data-part]').count(), 0, 'no marks are left');
    assert.deepEqual(problems, [], 'no warning, error or panic');
  } finally {
    await context.close();
  }
});

// The reading app renders the parts near the view at once, the others when
// the reader comes near them, presses in one, moves the focus into one, or
// prints (browser::render_when_near): a phone at the top of the page does
// the work of its top.
test('a diagram far from the view is rendered when the reader comes near it, presses in it or prints', async () => {
  const { page, context, problems, release } = await openHeld(`${server.url}?arg=hoofdclaim`, { width: 412, height: 823 });
  const rendered = (id) => page.evaluate((id) => !document.querySelector(`#${id} [data-part]`), id);
  try {
    release();
    // The state applies where the reader meets it: at the top of the page
    // nothing starts for it (the loader has decided, and the observer of
    // the parts near the view has reported, two frames on).
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-start'));
    await painted(page);
    await painted(page);
    assert.deepEqual(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-ready-'))),
      [], 'no app for a state far below');
    assert.equal(await page.locator('#argumentkaart [aria-pressed="true"]').count(), 0, 'the argument map, far below, waits');
    await page.locator('#argumentkaart').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#argumentkaart--hoofdclaim')?.getAttribute('aria-pressed') === 'true');
    // Its pieces (caption, drawing, detail) come one per task.
    await page.waitForFunction(() => !document.querySelector('#argumentkaart [data-part]'));
    await takenOver(page);
    // Reading on, the page's own app follows (its reading progress, the
    // section in view).
    await page.evaluate(() => scrollBy(0, 1));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready-page') === 'started');
    await takenOver(page);
    assert.equal(await page.locator('.site-header[data-part], nav.toc[data-part]').count(), 0, 'the header and the contents are there');
    // A press in a part not rendered yet, away from the view, is held and done.
    assert.equal(await rendered('bronnenkaart'), false, 'the source map, further down, waits');
    await page.evaluate(() => document.querySelector('#bronnenkaart g.node').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await page.waitForFunction(() => new URL(location.href).searchParams.has('bron'));
    assert.equal(await page.locator('#bronnenkaart [aria-pressed="true"]').count(), 1, 'the pressed part is selected');
    // Printing renders what is left.
    assert.ok(await page.locator('[data-part]').count() > 0, 'parts still wait');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('[data-part], [data-pending-click]').count(), 0, 'every part is rendered before the page is printed');
    assert.deepEqual(problems, [], 'no warning, error or panic');
  } finally {
    await context.close();
  }
});

// A part rendered as the reader scrolls to it looks as it did prerendered:
// nothing jumps or changes when the app takes it over under the reader's eyes.
test('each diagram rendered when the reader scrolls to it looks as it did before', async () => {
  const { page, context, problems, release } = await openHeld(server.url, { width: 412, height: 823 });
  const ids = ['argumentkaart', 'tijdlijn', 'spagaat-kringloop', 'spagaat-simulator', 'bronnenkaart'];
  try {
    const before = {};
    // What sticks to the view (the header, the simulator's result on a
    // phone) would show over the tall ones wherever the view was: for the
    // picture, the header is hidden and the result kept in its place
    // (through the CSSOM: the page's CSP refuses an injected stylesheet).
    // The contents above the article grow by a line once the app marks the
    // section in view (bold wraps), which moves every part below by a
    // fraction of a pixel and redraws its type a little differently: for
    // the picture they are taken out, so both shots stand where they stood.
    const unstick = (on) => page.evaluate((on) => {
      document.querySelector('.site-header').style.visibility = on ? 'hidden' : '';
      document.querySelector('nav.toc').style.display = on ? 'none' : '';
      for (const el of document.querySelectorAll('.sim-result')) el.style.position = on ? 'static' : '';
    }, on);
    const shot = async (id) => {
      await unstick(true);
      const png = await page.locator(`#${id}`).screenshot({ animations: 'disabled' });
      await unstick(false);
      return png;
    };
    for (const id of ids) before[id] = await shot(id);
    await page.evaluate(() => scrollTo(0, 0));
    release();
    await startApp(page);
    await takenOver(page);
    const height = (id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);
    // A part is the diagram itself (the timeline) or pieces of it.
    const waits = (id) => page.evaluate((id) => !!document.querySelector(`#${id}[data-part], #${id} [data-part]`), id);
    for (const id of ids) assert.ok(await waits(id), `${id} waits at the top`);
    for (const id of ids) {
      const tall = await height(id);
      // Through it, top to bottom, as a reader scrolls, a screen at a time
      // (a tall one, the simulator on a phone, is rendered piece by piece):
      // the view is painted at each place (two frames, so the app has been
      // told what came near) before it moves on. Without that wait, two
      // scrolls in one frame skip what lies between, which then waits, as it
      // should, until the reader comes back to it.
      await page.evaluate((id) => new Promise((done) => {
        const el = document.getElementById(id);
        el.scrollIntoView({ block: 'start' });
        const step = () => requestAnimationFrame(() => requestAnimationFrame(() => {
          if (el.getBoundingClientRect().bottom <= innerHeight || scrollY + innerHeight >= document.documentElement.scrollHeight) return done();
          scrollBy(0, innerHeight * 0.8);
          step();
        }));
        step();
      }), id);
      await page.waitForFunction((id) => !document.querySelector(`#${id}[data-part], #${id} [data-part]`), id, { polling: 50 });
      assert.equal(await height(id), tall, `${id} is as tall as before`);
      const after = await shot(id);
      // The contents above grew by a line once the app marks the section in
      // view, so the same box now starts on another fraction of a pixel: it
      // is captured a pixel taller or shifted. Compare the two aligned as
      // well as whole pixels allow.
      const [a, b] = [PNG.sync.read(before[id]), PNG.sync.read(after)];
      const w = Math.min(a.width, b.width);
      const crop = (img, top, h) => {
        const out = new PNG({ width: w, height: h });
        PNG.bitblt(img, out, 0, top, w, h, 0, 0);
        return PNG.sync.write(out);
      };
      const share = Math.min(...[-1, 0, 1].map((dy) => {
        const h = Math.min(a.height - Math.max(dy, 0), b.height - Math.max(-dy, 0));
        return pixelDiff(crop(a, Math.max(dy, 0), h), crop(b, Math.max(-dy, 0), h));
      }));
      assert.ok(share < 0.002, `${id}: ${(share * 100).toFixed(2)}% of the pixels changed`);
    }
    assert.deepEqual(problems, [], 'no warning, error or panic');
  } finally {
    await context.close();
  }
});

test('the keyboard moving into a diagram not rendered yet finds it rendered, and Enter selects', async () => {
  const { page, context, problems, release } = await openHeld(server.url, { width: 412, height: 823 });
  try {
    release();
    await startApp(page);
    assert.ok(await page.evaluate(() => !!document.querySelector('#spagaat-kringloop [data-part]')), 'the causal-loop diagram waits');
    // Tab reaches the drawing (as the page was prerendered, the drawing
    // itself takes the focus); moved there without scrolling, as by a
    // script, so that only the focus renders it. The focus lands where Tab
    // would have: on the drawing's first part that takes it.
    await page.evaluate(() => document.querySelector('#spagaat-kringloop .diagram-canvas').focus({ preventScroll: true }));
    await page.waitForFunction(() => document.activeElement.matches('#spagaat-kringloop :is(g.node, g.loop, g.link)'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('kring'));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true', 'the focused part is selected');
    assert.deepEqual(problems, [], 'no warning, error or panic');
  } finally {
    await context.close();
  }
});

test('a state in the address applies after the takeover (language, diagram selection)', async () => {
  const { page, context, problems, release } = await openHeld(`${server.url}?lang=en&arg=hoofdclaim#argumentkaart`, { width: 1280, height: 800 });
  try {
    // The English page is prerendered too (web/route.js swaps it in); the
    // selection is a state within it, which the app applies.
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-route') && document.documentElement.lang === 'en');
    assert.equal(await page.locator('#argumentkaart [aria-pressed="true"]').count(), 0, 'nothing selected before the app');
    release();
    await takenOver(page);
    assert.equal((await page.textContent('#de-nieuwe-spagaat h2')).trim(), 'The new splits');
    assert.equal(await page.getAttribute('#argumentkaart [aria-pressed="true"]', 'id'), 'argumentkaart--hoofdclaim');
    await scrolledTo(page, 'argumentkaart', { at: 0, within: 120 });
    assert.deepEqual(problems, [], 'no warning, error or panic');
  } finally {
    await context.close();
  }
});
