// Offline after one visit (web/sw.js, web/offline.js): the first visit
// fetches only its own files and the worker downloads the release after
// the page has loaded; then, with the network off, the reading page in both
// languages, the diagrams, the simulator, the slides with the presenter
// window and the QR slide, printing and a reload all work, at the root and
// under a sub-path. A new release takes over whole, at the next load, and
// an open page of the old one keeps working and shows a quiet note. Embeds
// register no worker. Every page is watched as in every journey (CSP, no
// other origin, no console warnings).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve, watch, assertClean, startApp, takenOver, axe, holdWasm, DIST, ROOT } from './harness.mjs';
import { firstLoad } from '../../scripts/first-load.mjs';
import { readWorker, releaseFiles, writeWorker } from '../../scripts/precache.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The note's text in `lang`, from the content. */
const noteText = (lang) => readFileSync(path.join(ROOT, `content/${lang}/ui-offline.toml`), 'utf8').match(/^update_note = "(.*)"$/m)[1];

/** A fresh context with the worker allowed, whose pages are all watched. */
async function newContext(server, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow' });
  const problems = [];
  const watched = async (page, what) => {
    const p = await watch(page, [server.origin]);
    return () => assertClean(p, what);
  };
  return { context, problems, watched };
}

/**
 * Resolves once the page is controlled by the worker of build `build` and
 * that build's cache holds exactly `files` (and no other build's cache is
 * left). Polls the condition (fails after 30 s).
 */
function cached(page, { build, files }) {
  return page.evaluate(async ({ build, files }) => {
    const want = files.map(([f]) => new URL(f, document.baseURI).href).sort();
    const until = Date.now() + 30_000;
    for (;;) {
      if (Date.now() > until) throw new Error(`no complete cache of build ${build}: ${JSON.stringify(await caches.keys())}`);
      const names = (await caches.keys()).filter((n) => n.startsWith('opbouwwerk '));
      if (navigator.serviceWorker.controller && names.length === 1 && names[0].endsWith(` ${build}`)) {
        const have = (await (await caches.open(names[0])).keys()).map((r) => r.url).sort();
        if (JSON.stringify(have) === JSON.stringify(want)) return names;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }, { build, files });
}

/** What a page loaded itself (not what the worker fetched for its cache). */
function record(page) {
  const fetched = [];
  page.on('requestfinished', (req) => fetched.push(new URL(req.url()).pathname));
  return fetched;
}

test('sw.js lists every file of the release with its hash; any change is a new build id', () => {
  const { build, files } = readWorker(DIST);
  assert.deepEqual(files, releaseFiles(DIST), 'the list is the built folder, but sw.js');
  for (const kind of ['index.html', '.wasm', '.css', 'embed.js', 'manifest.webmanifest', 'manifest.en.webmanifest', 'icon-192.png', 'icon-512.png', 'favicon.svg']) {
    assert.ok(files.some(([f]) => f.endsWith(kind)), `${kind} is precached`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opbouwwerk-release-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    assert.equal(writeWorker(dir).build, build, 'the same files, the same build id');
    writeFileSync(path.join(dir, 'embed.js'), `${readFileSync(path.join(dir, 'embed.js'), 'utf8')}\n`);
    assert.notEqual(writeWorker(dir).build, build, 'one changed byte, a new build id');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a first visit fetches only its own files; the worker downloads the release after the page has loaded', async () => {
  const server = await serve();
  const { context, watched } = await newContext(server, { width: 412, height: 823 });
  try {
    const page = await context.newPage();
    const clean = await watched(page, 'first visit');
    const fetched = record(page);
    let loadedAt = null;
    let workerAt = null;
    const byWorker = [];
    page.on('load', () => { loadedAt ??= Date.now(); });
    context.on('serviceworker', () => { workerAt ??= Date.now(); });
    context.on('request', (req) => req.serviceWorker() && byWorker.push([Date.now(), new URL(req.url()).pathname.slice(1)]));
    await page.goto(server.url);
    const release = readWorker(DIST);
    await cached(page, release);
    assert.ok(loadedAt && workerAt && workerAt >= loadedAt, `the worker started (${workerAt}) after the load event (${loadedAt})`);
    assert.ok(byWorker.every(([t]) => t >= loadedAt), 'the worker fetched nothing before the page had loaded');
    const downloaded = new Set(byWorker.map(([, p]) => p));
    assert.deepEqual(release.files.map(([f]) => f).filter((f) => !downloaded.has(f)), [], 'the worker downloaded every file');
    assert.deepEqual(fetched.map((p) => p.slice(1) || 'index.html').sort(), [...firstLoad(DIST).firstVisit.files].sort(),
      'the page fetched exactly what scripts/first-load.mjs counts');
    assert.ok(release.files.some(([f]) => f.endsWith('.wasm')), 'yet the wasm is in the cache');
    assert.equal(await page.getAttribute('body', 'data-prerendered'), '', 'and the app has not started');
    assert.equal(await page.locator('.update-note').count(), 0, 'no note on a first visit');
    clean();
  } finally {
    await context.close();
    await server.close();
  }
});

test('with a state in the address, the worker waits until the apps have taken the page over', async () => {
  const server = await serve();
  const { context, watched } = await newContext(server, { width: 412, height: 823 });
  try {
    const page = await context.newPage();
    const clean = await watched(page, 'state address');
    const { asked, release } = await holdWasm(page);
    await page.goto(`${server.url}?arg=hoofdclaim#argumentkaart`);
    // The apps of the state are asked for after the paint, and held back here.
    await asked;
    await page.waitForFunction(() => document.readyState === 'complete' && document.documentElement.getAttribute('data-app-start') === 'painted');
    // Loaded, and idle twice since: a worker registered once the page had
    // loaded would be there by now, its download competing with the apps'.
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => requestIdleCallback(idle))));
    assert.equal(await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), false, 'no worker while the apps load');
    release();
    await takenOver(page);
    await cached(page, readWorker(DIST));
    clean();
  } finally {
    await context.close();
    await server.close();
  }
});

for (const prefix of ['/', '/some/sub/path/']) {
  test(`after one visit everything works without a network, also after a reload (${prefix})`, async () => {
    const server = await serve(DIST, { prefix });
    const { context, watched } = await newContext(server);
    try {
      const page = await context.newPage();
      const clean = await watched(page, 'reader');
      await page.goto(server.url);
      await cached(page, readWorker(DIST));
      await context.setOffline(true);

      // The slides in English, the QR slide and the presenter window.
      await page.goto(`${server.url}?lang=en&present`);
      await startApp(page);
      await page.waitForSelector('main .slide[data-kind="title"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.keyboard.press('End');
      await page.waitForSelector('main .slide-end svg.qr-code');
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
      const cleanPopup = await watched(popup, 'presenter');
      await popup.waitForSelector('.presenter .presenter-current .slide');
      assert.equal(await popup.locator('.presenter-next').count(), 1, 'the presenter view is there');
      assert.equal(await popup.textContent('.timer-time'), '0:00');
      await popup.close();
      cleanPopup();

      // The plain reading page: a glossary card opens without the app; the
      // language switch pressed before the app is there starts it (from the
      // cache), which goes to the English page (from the cache too).
      await page.goto(server.url);
      await page.locator('#opbouwwerk-undercover .term-button').first().click();
      await page.waitForSelector('.term-card:popover-open');
      await page.locator('.lang-switch').click();
      await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en' && !document.documentElement.hasAttribute('data-route')
        && document.querySelectorAll('main section.section').length > 3);

      // The reading page in Dutch: every diagram, the simulator, printing.
      await page.goto(`${server.url}#spagaat-simulator`);
      await startApp(page);
      const diagrams = await page.$$eval('.diagram', (ds) => ds.map((d) => d.querySelectorAll('svg *').length));
      assert.ok(diagrams.length >= 4 && diagrams.every((n) => n > 3), `every diagram is drawn: ${diagrams}`);
      const chart = () => page.$$eval('#spagaat-simulator svg path', (ps) => ps.map((p) => p.getAttribute('d')).join('|'));
      const before = await chart();
      const slider = page.locator('#spagaat-simulator input[type=range]').first();
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('cw') !== null);
      assert.notEqual(await chart(), before, 'the chart changed');
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('section#de-nieuwe-spagaat h2').isVisible(), 'the hand-out prints');
      assert.ok((await page.pdf({ format: 'A4' })).length > 10_000, 'a PDF of the hand-out');
      await page.emulateMedia({ media: 'screen' });

      // A reload keeps the state of the address; the English reading page.
      const values = await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value));
      await page.reload();
      await takenOver(page);
      assert.deepEqual(await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value)), values);
      await page.goto(`${server.url}?lang=en`);
      await startApp(page);
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.match(await page.textContent('main h1'), /Opbouwwerkers/);
      assert.equal(new URL(await page.getAttribute('link[rel="manifest"]', 'href'), page.url()).pathname, `${prefix}manifest.en.webmanifest`,
        'the English page points at the English manifest');
      clean();
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('a new release takes over whole at the next load; an open old page keeps working and shows a quiet note', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opbouwwerk-release-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const { context, watched } = await newContext(server);
  try {
    const first = readWorker(dir);
    const page = await context.newPage();
    const clean = await watched(page, 'old page');
    await page.goto(server.url);
    await cached(page, first);
    const other = await context.newPage();
    const cleanOther = await watched(other, 'other old page');
    await other.goto(server.url);

    // The second release: a changed page, and so a new list and build id.
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    writeFileSync(path.join(dir, 'index.html'), html.replace('</head>', '<meta name="test-release" content="2">\n</head>'));
    const second = writeWorker(dir);
    assert.notEqual(second.build, first.build);
    const release = (p) => p.evaluate(() => document.querySelector('meta[name="test-release"]')?.content ?? '1');

    // Both open pages learn of it (the browser checks at the next visit;
    // here it is asked to) and say so quietly.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    for (const p of [page, other]) {
      const note = p.locator('.update-note[role="status"]');
      await note.waitFor();
      await p.waitForFunction((t) => document.querySelector('.update-note').textContent === t, noteText('nl'));
      assert.ok(await note.isVisible());
      assert.equal(await p.evaluate(() => document.activeElement === document.body), true, 'the focus stays where it was');
    }
    assert.deepEqual(await axe(page), [], 'the page with the note passes axe');

    // While another old page is open, a reload stays on the old release
    // (the other page still needs its files), and the old pages work
    // without a network: their app starts from the old cache.
    await context.setOffline(true);
    await page.reload();
    assert.equal(await release(page), '1', 'still the old release while another page of it is open');
    await page.locator('.update-note').waitFor();
    await startApp(other);
    await other.click('.lang-switch');
    await other.waitForFunction(() => document.documentElement.lang === 'en');
    await other.waitForFunction((t) => document.querySelector('.update-note')?.textContent === t, noteText('en'));
    assert.ok(await other.locator('.update-note').isVisible(), 'the note outlives the takeover and follows the language');
    await other.close();
    cleanOther();

    // The last old page's next load is the new release, offline, and that
    // load itself is whole: every request answered, the app started, the
    // page under the new release's worker.
    clean();
    const cleanTakeover = await watched(page, 'the takeover load');
    await page.reload();
    assert.equal(await release(page), '2', 'the new release at the next load');
    await startApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    assert.equal(await page.locator('.update-note').count(), 0, 'no note in the new release');
    await cached(page, second);
    cleanTakeover();
    // And the load after it.
    const cleanNext = await watched(page, 'the new release');
    await page.reload();
    assert.equal(await release(page), '2');
    await startApp(page);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`opbouwwerk ${server.url} ${second.build}`], 'the old cache is gone');
    cleanNext();
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an embed registers no worker; the page itself does', async () => {
  const server = await serve();
  const { context, watched } = await newContext(server);
  try {
    const page = await context.newPage();
    const clean = await watched(page, 'embed');
    // Until the page has loaded and the browser has been idle twice: when
    // web/offline.js would have registered the worker.
    const settled = () => page.evaluate(() => new Promise((done) => {
      const idle = () => requestIdleCallback(() => requestIdleCallback(() => setTimeout(done, 0)));
      if (document.readyState === 'complete') idle(); else addEventListener('load', idle, { once: true });
    }));
    const registrations = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    await page.goto(`${server.url}?embed=de-nieuwe-spagaat`);
    await startApp(page);
    await settled();
    assert.equal(await registrations(), 0, 'the embed registered no worker');
    assert.deepEqual(context.serviceWorkers(), []);
    await page.goto(server.url);
    await settled();
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.equal(await registrations(), 1, 'the page itself registered it');
    clean();
  } finally {
    await context.close();
    await server.close();
  }
});

test('the manifests make the explainer installable in both languages', async () => {
  const server = await serve();
  const { context, watched } = await newContext(server);
  try {
    const page = await context.newPage();
    const clean = await watched(page, 'manifest');
    await page.goto(server.url);
    const cdp = await context.newCDPSession(page);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    assert.equal(new URL(url).pathname, '/manifest.webmanifest');
    assert.deepEqual(errors, [], 'Chromium parses the manifest without complaint');
    for (const [file, lang] of [['manifest.webmanifest', 'nl'], ['manifest.en.webmanifest', 'en']]) {
      const m = JSON.parse(readFileSync(path.join(DIST, file), 'utf8'));
      assert.equal(m.lang, lang);
      assert.equal(m.scope, '.');
      assert.ok(m.start_url.startsWith('.'), 'relative: any sub-path');
      assert.ok(m.name && m.short_name && m.theme_color && m.background_color && m.display);
      for (const icon of m.icons) {
        const res = await page.request.get(new URL(icon.src, server.url).href);
        assert.equal(res.status(), 200, icon.src);
      }
      assert.deepEqual(m.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes).sort(), ['192x192', '512x512']);
    }
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /(^|; )worker-src 'self'(;|$)/);
    assert.match(csp, /(^|; )manifest-src 'self'(;|$)/);
    clean();
  } finally {
    await context.close();
    await server.close();
  }
});
