// Static first, for every way in (web/route.js, src/pages.rs): the English
// page, the embeds and the slides paint from HTML rendered at build time,
// without the app and without a frame of the Dutch page or a "Loading…"
// placeholder; the app, once it comes, takes them over with no visible
// change; readers without scripts reach the English page by a plain link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, watch, holdWasm, assertClean, takenOver, startApp, pixelDiff, axe, painted } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Records, at every animation frame from the very first, which page the
 * reader sees: the document language when anything of the body is laid out,
 * and whether the "Loading…" placeholder is up.
 */
const recordFrames = () => {
  window.__frames = [];
  const look = () => {
    const body = document.body;
    // The wrapper web/route.js streams into has no box of its own.
    const parts = body ? [...body.children].flatMap((e) => (e.hasAttribute('data-stream') ? [...e.children] : [e])) : [];
    const shown = parts.some((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
    window.__frames.push({ lang: document.documentElement.lang, shown: !!shown,
      loading: document.documentElement.hasAttribute('data-app-loading') });
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

/** Opens `url` with the app's wasm held back; the page must show itself without it. */
async function openStatic(url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  const wasm = await holdWasm(page);
  await page.addInitScript(recordFrames);
  await page.goto(url);
  await page.waitForFunction(() => document.body && !document.documentElement.hasAttribute('data-route')
    && document.documentElement.hasAttribute('data-app-start'), null, { timeout: 15000, polling: 50 });
  return { page, context, problems, ...wasm };
}

const visibleText = (page, sel) => page.locator(sel).first().innerText();

// Each way in, what it must show before the app, in its own language.
// `near`: a diagram or the simulator is within 600 px of the view, so the
// loader fetches the app right after the paint (loader-start.js).
const WAYS = [
  { url: '?lang=en', lang: 'en', expect: 'main h1', text: /Opbouwwerkers, kom uit de kast!/, also: ['.brand', /Opbouwwerk explained/] },
  { url: '?embed=de-nieuwe-spagaat', lang: 'nl', near: true, expect: '#de-nieuwe-spagaat h2', text: /De nieuwe spagaat/, none: '.site-header' },
  { url: '?embed=de-nieuwe-spagaat&lang=en', lang: 'en', near: true, expect: '#de-nieuwe-spagaat h2', text: /The new splits/, none: '.site-header' },
  { url: '?embed=1&lang=en', lang: 'en', expect: 'main h1', text: /Opbouwwerkers, kom uit de kast!/, none: '.site-header' },
  { url: '?embed=bronnen&title=0', lang: 'nl', near: true, expect: '#bronnen', text: /Bronnen/, none: '.site-header' },
  { url: '?embed=spagaat-simulator', lang: 'nl', near: true, expect: '#spagaat-simulator', text: /./, none: '#opbouwwerk-undercover' },
  { url: '?present', lang: 'nl', expect: '.stage h1', text: /Opbouwwerkers, kom uit de kast!/, also: ['.slide-counter', /^1 \//] },
  { url: '?lang=en&present#handreikingen/2', lang: 'en', expect: '.stage', text: /./, also: ['.slide-counter', /^\d+ \//] },
  { url: '?present#argumentkaart', lang: 'nl', expect: '.stage .slide-diagram-fit', text: /./, fitted: true, near: true },
  // Misspelt, read as the app reads them (`UrlState::from_query`): still a page of their own.
  { url: '?lang=%20EN', lang: 'en', expect: 'main h1', text: /Opbouwwerkers, kom uit de kast!/, also: ['.brand', /Opbouwwerk explained/] },
  { url: '?embed=bestaat-niet&lang=en', lang: 'en', expect: 'main h1', text: /Opbouwwerkers, kom uit de kast!/, none: '.site-header' },
  { url: '?lang=xx&embed=tijdlijn&title=0', lang: 'nl', near: true, expect: '#tijdlijn', text: /./, none: '.site-header' },
];

for (const way of WAYS) {
  test(`${way.url} paints its own page from HTML, without the app, in ${way.lang}`, async () => {
    const { page, context, problems, asked } = await openStatic(`${server.url}${way.url}`);
    try {
      assert.equal(await page.getAttribute('html', 'lang'), way.lang);
      assert.match(await visibleText(page, way.expect), way.text);
      if (way.also) assert.match(await visibleText(page, way.also[0]), way.also[1]);
      if (way.none) assert.equal(await page.locator(way.none).count(), 0, `no ${way.none}`);
      if (way.fitted) {
        const [box, slide] = await page.evaluate(() => [document.querySelector('.slide-diagram-fit'), document.querySelector('.slide-diagram')]
          .map((e) => e.getBoundingClientRect().toJSON()));
        assert.ok(box.width <= slide.width + 1 && box.height <= slide.height + 1, `the diagram fits its slide: ${JSON.stringify([box, slide])}`);
      }
      assert.equal(await page.getAttribute('html', 'data-app-start'), 'intent', 'the app waits for the reader');
      // Until a frame has shown the page (on a slow machine frames come late).
      await page.waitForFunction(() => window.__frames.some((f) => f.shown), null, { polling: 50, timeout: 15000 })
        .catch(() => assert.fail('the page painted'));
      const frames = await page.evaluate(() => window.__frames);
      assert.deepEqual(frames.filter((f) => f.shown && f.lang !== way.lang), [], 'no frame showed the page in the other language');
      assert.deepEqual(frames.filter((f) => f.loading), [], 'no frame showed a loading placeholder');
      if (way.near) {
        await asked;
      } else {
        // Nothing asked for the app: a reader who only reads never fetches it.
        // Checked once the loader has decided and the page has settled (the
        // parts near the view have been seen by then).
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-start'), null, { polling: 50 });
        await painted(page);
        await painted(page);
        assert.deepEqual(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-ready-'))), [],
          'no app was asked for');
        const wasmAsked = await Promise.race([asked.then(() => true), painted(page).then(() => false)]);
        assert.equal(wasmAsked, false, 'the wasm was not fetched');
      }
      assertClean(problems, way.url);
    } finally {
      await context.close();
    }
  });
}

for (const [url, viewport] of [['?lang=en', { width: 360, height: 740 }], ['?embed=de-nieuwe-spagaat', { width: 1920, height: 1080 }],
  ['?lang=en&present#handreikingen/2', { width: 1280, height: 720 }],
  // A diagram on a slide is scaled to fit it before the app, as after.
  ['?present#argumentkaart', { width: 1920, height: 1080 }], ['?present#argumentkaart', { width: 412, height: 823 }]]) {
  test(`the app takes over ${url} with no visible change (${viewport.width} px)`, async () => {
    const { page, context, problems, release } = await openStatic(`${server.url}${url}`, viewport);
    try {
      const before = await page.screenshot();
      const text = await page.locator('main').innerText();
      release();
      await startApp(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await page.screenshot();
      assert.equal(await page.locator('main').innerText(), text, 'the same text');
      const share = pixelDiff(before, after);
      assert.ok(share < 0.002, `${(share * 100).toFixed(2)}% of the pixels changed`);
      assert.equal(new URL(page.url()).search + new URL(page.url()).hash, url, 'the address is kept');
      assertClean(problems, url);
    } finally {
      await context.close();
    }
  });
}

// The router asks for the page of another way in while the stylesheets are
// still coming, not one round trip and their download later; it is in the
// head twice (early and `async`, last and blocking) and runs once.
test('another way in asks for its page once, while the stylesheets are still coming, and shows it when they have', async () => {
  for (const [url, file] of [['?embed=de-nieuwe-spagaat', 'embed-de-nieuwe-spagaat-nl.html'], ['?lang=en', 'en.html'],
    ['?lang=en&present#handreikingen/2', 'pages/present-en-handreikingen_2.html']]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = await watch(page, [server.origin]);
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.css', async (route) => { await held; await route.continue(); });
    const isPage = (r) => new URL(r.url()).pathname.endsWith(`/${file}`);
    const asked = [];
    page.on('request', (r) => isPage(r) && asked.push(r.url()));
    try {
      const early = page.waitForEvent('request', { predicate: isPage, timeout: 10000 });
      const loaded = page.goto(`${server.url}${url}`);
      await early.catch(() => assert.fail(`${url}: ${file} was not asked for while the stylesheets were held`));
      release();
      await loaded;
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-route'), null, { polling: 50 });
      assert.equal(await page.locator('body > [data-stream]').count(), 1, `${url}: its page is shown`);
      assert.equal(asked.length, 1, `${url}: asked for once`);
      assertClean(problems, url);
    } finally {
      await context.close();
    }
  }
});

// The stylesheets of a mode (an embed's, the slides') are asked for by the
// router only in that mode, and the printed handout's is for print only: a
// reader of the reading page never waits for them, an embed or a slide is
// never shown without its own.
test('the reading page paints without the stylesheets of embeds, slides and print; an embed or a slide shows only with its own', async () => {
  const modeSheet = /\/(?:embed|present|print)-[0-9a-f]+\.css$/;
  {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const asked = [];
    // Held for good: the reading page must not need them.
    await page.route(modeSheet, (route) => { asked.push(new URL(route.request().url()).pathname); });
    try {
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 50, timeout: 10000 })
        .catch(() => assert.fail('the reading page did not paint while the stylesheets of embeds, slides and print were held'));
      assert.ok(await page.getByRole('heading', { level: 1 }).isVisible(), 'its title is shown');
      assert.deepEqual(asked.filter((p) => !/\/print-/.test(p)), [], 'no stylesheet of an embed or the slides is asked for');
    } finally {
      await context.close();
    }
  }
  // [address, mode, an element and a property its mode's style sets, that
  // property's value without it]
  for (const [url, sheet, styled] of [
    ['?embed=de-nieuwe-spagaat', 'embed', ['.embed-root', 'padding-left', '0px']],
    ['?lang=en&present#handreikingen/2', 'present', ['.slide', 'display', 'block']]]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = await watch(page, [server.origin]);
    // The moment the page is shown: whether its mode's style had come.
    await page.addInitScript(([selector, property, unstyled]) => {
      new MutationObserver(() => {
        const el = document.querySelector(selector);
        if (!document.documentElement.hasAttribute('data-route') && el && globalThis.styledWhenShown === undefined) {
          globalThis.styledWhenShown = getComputedStyle(el).getPropertyValue(property) !== unstyled;
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-route'] });
    }, styled);
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(new RegExp(`/${sheet}-[0-9a-f]+\\.css$`), async (route) => { await held; await route.continue(); });
    try {
      const asked = page.waitForRequest(new RegExp(`/${sheet}-[0-9a-f]+\\.css$`));
      await page.goto(`${server.url}${url}`, { waitUntil: 'commit' });
      await asked;
      // Its page has come, but not its style: nothing of it is shown yet.
      await page.waitForFunction(() => document.querySelector('body > [data-stream] main, body > [data-stream] .present'), null, { polling: 50 });
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-route')), 'pending', `${url}: waits for ${sheet}.css`);
      release();
      await page.waitForFunction(() => globalThis.styledWhenShown !== undefined, null, { polling: 50 });
      assert.equal(await page.evaluate(() => globalThis.styledWhenShown), true, `${url}: shown with its style`);
      assertClean(problems, url);
    } finally {
      await context.close();
    }
  }
});

test('before the app, every other way in passes axe (the page streamed into its wrapper)', async () => {
  for (const url of ['?lang=en', '?embed=de-nieuwe-spagaat&lang=en', '?embed=1&title=0', '?lang=en&present#handreikingen/2', '?present#argumentkaart',
    '?present#tijdlijn', '?lang=en&present#spagaat-kringloop', '?present#spagaat-simulator', '?present#bronnenkaart']) {
    const { page, context, problems } = await openStatic(`${server.url}${url}`);
    try {
      assert.equal(await page.getAttribute('body', 'data-prerendered'), '', `${url}: still the prerendered page`);
      assert.deepEqual(await axe(page), [], url);
      assertClean(problems, url);
    } finally {
      await context.close();
    }
  }
});

test('a key pressed on a slide before the app has arrived is done once it has', async () => {
  const { page, context, problems, asked, release } = await openStatic(`${server.url}?lang=en&present#handreikingen/2`);
  try {
    const counter = await page.locator('.slide-counter').innerText();
    await page.keyboard.press('ArrowRight');
    await asked;
    release();
    await takenOver(page);
    await page.waitForFunction(() => location.hash === '#handreikingen/3');
    const [n] = counter.split(' / ').map(Number);
    assert.equal(await page.locator('.slide-counter').innerText(), counter.replace(/^\d+/, String(n + 1)));
    assertClean(problems, 'held key');
  } finally {
    await context.close();
  }
});

test('the app writes a misspelt address back as it reads it; what no page covers is left to the app', async () => {
  for (const [url, check, normal] of [['?embed=bestaat-niet', 'main h1', '?embed=1'], ['?lang=EN', 'main h1', '?lang=en'],
    ['?lang=xx&embed=tijdlijn&title=0', '#tijdlijn', '?embed=tijdlijn&title=0']]) {
    const { page, context, problems } = await open(browser, `${server.url}${url}`, { waitFor: check });
    try {
      assert.equal(await page.getAttribute('html', 'data-app-start'), 'intent', `${url}: a page of its own`);
      await page.waitForFunction((q) => location.search === q, normal);
      assertClean(problems, url);
    } finally {
      await context.close();
    }
  }
  const { page, context, problems } = await open(browser, `${server.url}?present#bestaat-niet/9`, { waitFor: '.stage' });
  try {
    assert.equal(await page.getAttribute('html', 'data-app-start'), 'now', 'the classroom app started at once');
    assertClean(problems, 'a slide no page covers');
  } finally {
    await context.close();
  }
});

test('without scripts, the Dutch page links to the English one and back', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    const link = page.locator('.site-header a.lang-link');
    assert.equal(await link.isVisible(), true, 'the plain link shows');
    assert.equal(await link.getAttribute('hreflang'), 'en');
    await link.click();
    await page.waitForURL(/en\.html$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.title(), /Opbouwwerk explained/);
    assert.match(await page.locator('#de-nieuwe-spagaat h2').innerText(), /The new splits/);
    await page.locator('.site-header a.lang-link').click();
    await page.waitForURL((u) => u.pathname.endsWith('/index.html'));
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  } finally {
    await context.close();
  }
});

test('with scripts, the link is hidden and en.html opens as ?lang=en', async () => {
  const { page, context, problems } = await open(browser, `${server.url}en.html`);
  try {
    assert.equal(await page.locator('a.lang-link').isVisible(), false);
    assert.equal(new URL(page.url()).search, '?lang=en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assertClean(problems, 'en.html');
  } finally {
    await context.close();
  }
});

// An embed's own document (what the embed code names): shown as it is, with
// its stylesheet in its head; its query is filled in where the address
// leaves it out (the app reads it), and a query that asks for another page
// still gets that page.
test('an embed opened at its own file is that page as it is; a query that asks for another still gets it', async () => {
  for (const [file, query, search, lang, shown] of [
    ['embed-bronnen-nl-notitle.html', '', '?embed=bronnen&title=0', 'nl', '#bronnen'],
    ['embed-bronnen-nl.html', '?lang=en', '?lang=en&embed=bronnen', 'en', '#bronnen'],
    ['embed-bronnen-en.html', '?embed=tijdlijn&lang=en', '?lang=en&embed=tijdlijn', 'en', '#tijdlijn'],
  ]) {
    const url = `${server.url}${file}${query}`;
    const { page, context, problems } = await open(browser, url);
    try {
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-route'), null, { polling: 50 });
      assert.equal(new URL(page.url()).search, search, `${url}: the address the app reads`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, url);
      assert.equal(await page.locator(`main ${shown}`).count(), 1, `${url}: shows ${shown}`);
      assert.equal(await page.locator('.site-header').count(), 0, `${url}: an embed, without the explainer's header`);
      const swapped = await page.locator('body > [data-stream]').count();
      assert.equal(swapped, query === '' ? 0 : 1, `${url}: ${query === '' ? 'its own page, nothing swapped in' : 'the page the query asks for'}`);
      // The embed's style applies (its own page links it in its head).
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.embed-root')).paddingLeft), '0px', `${url}: embed.css`);
      await startApp(page);
      assert.equal(new URL(page.url()).search, search, `${url}: the app keeps the address`);
      assert.deepEqual(fetched.filter((p) => p.endsWith('.html')), [], `${url}: no page asked for after the first`);
      assertClean(problems, url);
    } finally {
      await context.close();
    }
  }
});
