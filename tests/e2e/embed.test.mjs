// Journeys of sharing and embedding: a host page on another origin embeds
// the explainer with the documented snippet; the frame gets as tall as its
// content, ignores whatever the host sends, and cannot be resized by anyone
// but itself; embed variants; the embed-code dialog; the release dist/
// under a sub-path; links that carry the simulator's state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, readFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, serve, open, withPage, assertClean, DIST, ROOT, SECTION_IDS, takenOver, startApp, selectedForCopy, scrolledTo, painted, settled } from './harness.mjs';

let browser, app, sub, host;
/** Pages of the host site; filled per test (the server reads it per request). */
const hostPages = {};

/** A plain host page, as a site would write it, with the documented snippet. */
function hostPage(body, head = '') {
  return ['text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>${head}</head>
<body><main><h1>A host site</h1><p>Some text before the embed.</p>${body}<p id="after">Text after the embed.</p></main></body></html>`];
}
const frameTag = (src, extra = '') =>
  `<iframe data-opbouwwerk-embed src="${src}" title="Opbouwwerk uitgelegd" loading="lazy" width="100%" height="800" style="border:0;width:100%"${extra}></iframe>`;
const scriptTag = (attrs = ' async') => `<script src="${app.url}embed.js"${attrs}></script>`;

before(async () => {
  browser = await launch();
  app = await serve();
  sub = await serve(DIST, { prefix: '/some/sub/path/' });
  host = await serve(DIST, { prefix: '/nothing-here/', extra: hostPages });
  Object.assign(hostPages, {
    '/after.html': hostPage(frameTag(`${app.url}?embed=1#de-nieuwe-spagaat`) + scriptTag()),
    '/before.html': hostPage(frameTag(`${app.url}?embed=bronnen`), scriptTag('')),
    '/defer.html': hostPage(frameTag(`${app.url}?embed=handreikingen&lang=en`), scriptTag(' defer')),
    '/none.html': hostPage(frameTag(`${app.url}?embed=jos-van-der-lans`)),
    '/two.html': hostPage(frameTag(`${app.url}?embed=bronnen`, ' id="one"') + scriptTag() +
      frameTag(`${app.url}?embed=jos-van-der-lans&title=0`, ' id="two"') + scriptTag() +
      '<iframe id="other" src="/other.html" title="Another frame of the host"></iframe>' +
      '<iframe data-opbouwwerk-embed id="stub" src="/other.html" title="A stub embed on the host origin"></iframe>'),
    '/other.html': hostPage('<p>Another frame, same origin as the host.</p>'),
  });
});
after(async () => { await browser?.close(); await Promise.all([app?.close(), sub?.close(), host?.close()]); });

const origins = () => [host.origin, app.origin];

/** The frame of the embedded app (the first, or the one of iframe `sel`). */
async function appFrame(page, sel = 'iframe[data-opbouwwerk-embed]') {
  const handle = await page.waitForSelector(sel);
  const frame = await handle.contentFrame();
  // The page for the embed is prerendered; the app starts when the reader
  // reaches for a control.
  await startApp(frame);
  await frame.waitForSelector('main .section, main .diagram, main .sim, main .intro', { timeout: 15000 });
  return frame;
}

/** Waits until the iframe `sel` is as tall as the document inside it (±2 px). */
async function waitSized(page, frame, sel = 'iframe[data-opbouwwerk-embed]') {
  let last;
  for (let i = 0; i < 100; i++) {
    const outer = await page.$eval(sel, (f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      doc: Math.max(document.documentElement.getBoundingClientRect().height, document.body.scrollHeight),
      scroll: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    last = { outer, ...inner };
    if (Math.abs(outer - inner.doc) <= 2 && inner.scroll <= inner.view + 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe not sized to its content: ${JSON.stringify(last)}`);
}

/** Records, in every window, who registers a message listener. */
function spyOnMessageListeners() {
  window.__messageListeners = 0;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'message' && this === window) window.__messageListeners += 1;
    return add.call(this, type, ...rest);
  };
  const desc = Object.getOwnPropertyDescriptor(window, 'onmessage') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'onmessage');
  if (desc?.set) {
    Object.defineProperty(window, 'onmessage', {
      configurable: true,
      get() { return desc.get.call(this); },
      set(v) { window.__messageListeners += 1; desc.set.call(this, v); },
    });
  }
  // The host records what its frames post (everything posted to it here
  // comes from the embedded app).
  if (window === window.top) {
    window.__received = [];
    add.call(window, 'message', (e) => { if (e.source !== window) window.__received.push(e.data); });
  }
}

test('embed.js is dependency-free, under 1 KB, and shipped in dist/', () => {
  const src = readFileSync(path.join(ROOT, 'public/embed.js'), 'utf8');
  const size = statSync(path.join(ROOT, 'public/embed.js')).size;
  assert.ok(size < 1024, `embed.js is ${size} bytes`);
  assert.equal(readFileSync(path.join(DIST, 'embed.js'), 'utf8'), src);
  assert.doesNotMatch(src, /import|require\(|https?:\/\//, 'no dependencies, no addresses');
  assert.match(src, /data-opbouwwerk-embed/);
  assert.match(src, /opbouwwerk:resize/);
});

test('a host page on another origin sizes the frame to its content (script after the frame, async)', async () => {
  await withPage(browser, `${host.origin}/after.html`, async (page) => {
    const frame = await appFrame(page);
    const size = await waitSized(page, frame);
    assert.ok(size.outer > 1500, `the whole explainer is tall: ${size.outer}`);
    // No site chrome, and the section of the fragment did not scroll the host.
    for (const chrome of ['.site-header', '.site-footer', '.toc', '.reading-progress']) {
      assert.equal(await frame.locator(chrome).count(), 0, chrome);
    }
    assert.equal(await frame.locator('main section.section').count(), SECTION_IDS.length);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the embed did not scroll the host page');
    // Resizing the host's width re-measures.
    await page.setViewportSize({ width: 400, height: 800 });
    const narrow = await waitSized(page, frame);
    assert.ok(narrow.outer > size.outer, 'taller when narrower');
    // The link to the full explainer.
    const link = frame.locator('.embed-open-full a');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener');
    assert.equal(await link.getAttribute('href'), `${app.url}#de-nieuwe-spagaat`);
  }, { origins: origins(), waitFor: 'iframe' });
});

for (const [name, file, sel] of [['before the frame, blocking', 'before.html', '#bronnen'], ['with defer', 'defer.html', '#handreikingen']]) {
  test(`the host script works included ${name}`, async () => {
    await withPage(browser, `${host.origin}/${file}`, async (page) => {
      const frame = await appFrame(page);
      await frame.waitForSelector(sel);
      await waitSized(page, frame);
    }, { origins: origins(), waitFor: 'iframe' });
  });
}

test('the host script works when it arrives after the frame has loaded and posted', async () => {
  await withPage(browser, `${host.origin}/none.html`, async (page) => {
    const frame = await appFrame(page);
    // The check is that the frame does NOT change its height without the
    // host script: once the frame has settled (and so posted its height)
    // and the host has painted twice after.
    await settled(frame);
    await settled(page);
    assert.equal(await page.$eval('iframe', (f) => f.getBoundingClientRect().height), 800, 'without the script: the fallback height');
    await page.evaluate((src) => { const s = document.createElement('script'); s.src = src; s.async = true; document.body.append(s); }, `${app.url}embed.js`);
    await waitSized(page, frame);
  }, { origins: origins(), waitFor: 'iframe' });
});

test('the app only posts its height, listens to no messages, and ignores junk sent to it', async () => {
  const { page, context, problems } = await open(browser, `${host.origin}/after.html`, { origins: origins(), waitFor: 'iframe', init: spyOnMessageListeners });
  try {
    const frame = await appFrame(page);
    const before = await waitSized(page, frame);
    assert.equal(await frame.evaluate(() => window.__messageListeners), 0, 'the app registers no message listener');
    const state = () => frame.evaluate(() => ({ url: location.href, html: document.querySelector('main').innerHTML.length, lang: document.documentElement.lang }));
    const was = await state();
    await page.evaluate(() => {
      const w = document.querySelector('iframe').contentWindow;
      let nested = {}; const root = nested;
      for (let i = 0; i < 2000; i++) { nested.next = { type: 'opbouwwerk:resize', height: i }; nested = nested.next; }
      const junk = ['hello', '', '{"type":"opbouwwerk:resize","height":5}', 42, null, [1, 2, 3], { type: 'opbouwwerk:resize', height: 1e9 },
        { type: 'opbouwwerk:resize', height: -5 }, { type: 'opbouwwerk:navigate', url: 'javascript:alert(1)' }, { type: 'lang', lang: 'en' },
        { embed: 'bronnen', __proto__: { polluted: true } }, 'x'.repeat(4_000_000), { big: new Uint8Array(3_000_000) }, root];
      for (const j of junk) w.postMessage(j, '*');
    });
    // The check is that the junk changes NOTHING: once the frame (which the
    // messages went to) and the host have settled after it.
    await settled(frame);
    await settled(page);
    assert.deepEqual(await state(), was, 'nothing changed in the app');
    const now = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    assert.ok(Math.abs(now - before.outer) <= 2, `the frame kept its height: ${before.outer} → ${now}`);
    const received = await page.evaluate(() => window.__received);
    assert.ok(received.length >= 1, 'the app posted its height');
    for (const m of received) {
      assert.deepEqual(Object.keys(m).sort(), ['height', 'type']);
      assert.equal(m.type, 'opbouwwerk:resize');
      assert.ok(Number.isInteger(m.height) && m.height > 0, `integer CSS px: ${m.height}`);
    }
    assertClean(problems, 'host with junk messages');
  } finally {
    await context.close();
  }
});

test('messages to the host from anyone but the frame itself do not resize it; two embeds size independently', async () => {
  await withPage(browser, `${host.origin}/two.html`, async (page) => {
    const one = await appFrame(page, '#one');
    const two = await appFrame(page, '#two');
    const a = await waitSized(page, one, '#one');
    const b = await waitSized(page, two, '#two');
    assert.notEqual(Math.round(a.outer), Math.round(b.outer));
    assert.equal(await page.evaluate(() => window.opbouwwerkEmbed), 1, 'the script included twice listens once');
    // Forged resize messages: from another frame, from the host itself, and
    // from the other embed claiming to be the first.
    const other = await (await page.$('#other')).contentFrame();
    await other.evaluate(() => parent.postMessage({ type: 'opbouwwerk:resize', height: 7 }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'opbouwwerk:resize', height: 9 }, '*'));
    await two.evaluate(() => { /* a frame can only speak for itself */ parent.postMessage({ type: 'opbouwwerk:resize', height: 'a lot' }, '*'); });
    await two.evaluate(() => parent.postMessage({ type: 'opbouwwerk:resize', height: Infinity }, '*'));
    // The check is that forged messages resize NOTHING: once the host page
    // (which they went to) has settled after them.
    await settled(page);
    assert.ok(Math.abs((await page.$eval('#one', (f) => f.getBoundingClientRect().height)) - a.outer) <= 2);
    assert.ok(Math.abs((await page.$eval('#two', (f) => f.getBoundingClientRect().height)) - b.outer) <= 2);
    // Heights out of range are clamped by embed.js (a stub frame, which
    // does not correct its height afterwards as the app would).
    const stub = await (await page.$('#stub')).contentFrame();
    await stub.evaluate(() => parent.postMessage({ type: 'opbouwwerk:resize', height: 1e9 }, '*'));
    await page.waitForFunction(() => document.querySelector('#stub').style.height === '100000px');
    await stub.evaluate(() => parent.postMessage({ type: 'opbouwwerk:resize', height: -5 }, '*'));
    await page.waitForFunction(() => document.querySelector('#stub').style.height === '0px');
    await stub.evaluate(() => parent.postMessage({ type: 'opbouwwerk:resize', height: 321.2 }, '*'));
    await page.waitForFunction(() => document.querySelector('#stub').style.height === '322px');
    // title=0 hides the section title on screen, not for screen readers.
    const h2 = two.locator('#jos-van-der-lans h2');
    assert.equal(await h2.count(), 1);
    assert.ok((await h2.boundingBox()).height <= 1);
  }, { origins: origins(), waitFor: 'iframe' });
});

test('?embed=bronnen shows only that section, without chrome, with a link to it in the full explainer', async () => {
  await withPage(browser, `${app.url}?embed=bronnen`, async (page) => {
    assert.deepEqual(await page.$$eval('main > :not(h1)', (els) => els.map((e) => e.id)), ['bronnen']);
    for (const chrome of ['.site-header', '.site-footer', '.toc', '.intro', 'h1:not(.visually-hidden)']) {
      assert.equal(await page.locator(chrome).count(), 0, chrome);
    }
    assert.match(await page.textContent('h1.visually-hidden'), /Opbouwwerkers, kom uit de kast!/, 'the page still has a level-one heading');
    assert.equal(await page.getAttribute('.embed-open-full a', 'href'), `${app.url}#bronnen`);
    assert.ok(await page.locator('#bronnen .bibliography li').count() > 3);
  });
});

test('?embed=spagaat-simulator shows only the simulator', async () => {
  await withPage(browser, `${app.url}?embed=spagaat-simulator&cw=25`, async (page) => {
    await page.locator('#spagaat-simulator').waitFor();
    assert.deepEqual(await page.$$eval('main > :not(h1)', (els) => els.map((e) => e.id)), ['spagaat-simulator']);
    assert.equal(await page.locator('.site-header, .toc, section.section').count(), 0);
    const full = new URL(await page.getAttribute('.embed-open-full a', 'href'));
    assert.equal(full.origin + full.pathname, app.url);
    assert.equal(full.searchParams.get('cw'), '25');
    assert.equal(full.searchParams.get('embed'), null);
    assert.equal(full.hash, '#spagaat-simulator');
  });
});

test('?embed=zzz falls back to the whole explainer without chrome; ?title=0 hides the title', async () => {
  await withPage(browser, `${app.url}?embed=zzz&lang=en`, async (page) => {
    assert.equal(await page.locator('main section.section').count(), SECTION_IDS.length);
    assert.equal(await page.locator('.site-header, .site-footer, .toc').count(), 0);
    assert.equal(await page.locator('h1').count(), 1);
    assert.match(await page.textContent('.embed-open-full a'), /Open the full explainer/);
    assert.equal(new URL(page.url()).searchParams.get('embed'), '1');
  });
  await withPage(browser, `${app.url}?embed=1&title=0`, async (page) => {
    // The title is not shown; one level-one heading stays, for screen readers.
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('h1').evaluate((h) => h.getBoundingClientRect().width <= 1), true, 'not shown');
    assert.match(await page.textContent('.embed-open-full a'), /Open de volledige uitleg/);
  });
});

test('the embed dialog: modal, builds the snippet, copies it, Escape closes and focus returns', async () => {
  await withPage(browser, `${app.url}?lang=en`, async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const opener = page.locator('#embed-open');
    assert.equal(await opener.textContent(), 'Embed');
    await opener.click();
    const dialog = page.locator('dialog#embed-dialog');
    await page.waitForFunction(() => document.querySelector('dialog#embed-dialog').matches(':modal'));
    assert.ok(await page.evaluate(() => document.querySelector('dialog').contains(document.activeElement)), 'focus is inside');
    const code = () => page.inputValue('#embed-code');
    // The frame names the embed's own page, which any static host serves as
    // it is, with the query of the URL contract.
    assert.equal(await code(), `${frameTag(`${app.url}embed-1-en.html?lang=en&amp;embed=1`).replace('title="Opbouwwerk uitgelegd"', 'title="Opbouwwerk explained"')}\n${scriptTag()}`);
    await page.selectOption('#embed-what', 'handreikingen');
    await dialog.getByLabel('Dutch').check();
    await page.uncheck('#embed-show-title');
    const snippet = await code();
    assert.match(snippet, new RegExp(`src="${app.url.replace(/[.?]/g, '\\$&')}embed-handreikingen-nl-notitle\\.html\\?embed=handreikingen&amp;title=0"`));
    assert.match(snippet, /title="Opbouwwerk uitgelegd: [^"]+"/);
    assert.equal(await page.getAttribute('#embed-code', 'readonly'), '');
    await page.click('#embed-copy');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('.embed-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog#embed-dialog').open);
    await page.waitForFunction(() => document.activeElement?.id === 'embed-open');
    // The close button closes too, and the page is usable at 360 px.
    await page.setViewportSize({ width: 360, height: 740 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'the header fits 360 px');
    await opener.click();
    const box = await dialog.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, 'the dialog fits 360 px');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await page.waitForFunction(() => !document.querySelector('dialog#embed-dialog').open && document.activeElement?.id === 'embed-open');
  });
});

test('without the Clipboard API the embed code is shown selected', async () => {
  await withPage(browser, app.url, async (page) => {
    await page.click('#embed-open');
    await page.click('#embed-copy');
    await selectedForCopy(page, '#embed-code');
    assert.match(await page.textContent('.embed-status'), /geselecteerd/);
  }, { init: () => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); } });
});

test('the release dist/ works under /some/sub/path/, and its embed snippet works pasted into another origin', async () => {
  const failed = [];
  await withPage(browser, `${sub.url}?lang=en#handreikingen`, async (page) => {
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await scrolledTo(page, 'handreikingen');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.$eval('link[rel=stylesheet]', (l) => l.sheet?.cssRules.length > 0), true, 'CSS loaded');
    for (const file of ['embed.js', 'og-image.png', 'favicon.svg']) {
      const res = await page.request.get(`${sub.url}${file}`);
      assert.equal(res.status(), 200, file);
    }
    await page.click('#embed-open');
    await page.selectOption('#embed-what', 'opbouwwerk-is-een-vak');
    hostPages['/pasted.html'] = hostPage(await page.inputValue('#embed-code'));
  }, { origins: [sub.origin] });
  assert.deepEqual(failed, []);
  assert.match(hostPages['/pasted.html'][1], new RegExp(`src="${sub.url}embed-opbouwwerk-is-een-vak-en\\.html\\?lang=en&amp;embed=opbouwwerk-is-een-vak"`));
  assert.match(hostPages['/pasted.html'][1], new RegExp(`<script src="${sub.url}embed.js" async></script>`));
  // The frame's page is the embed's own file: it fetches no other page (not
  // the Dutch reading page, not a page to swap in), and its link leads to
  // the explainer, not to the embed again.
  await withPage(browser, `${host.origin}/pasted.html`, async (page) => {
    const frame = await appFrame(page);
    assert.equal(new URL(frame.url()).pathname, `${new URL(sub.url).pathname}embed-opbouwwerk-is-een-vak-en.html`);
    const pagesAsked = await frame.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname).filter((path) => /\.html$|\/$/.test(path)));
    assert.deepEqual(pagesAsked, [], 'no other page');
    await frame.waitForSelector('#opbouwwerk-is-een-vak');
    await waitSized(page, frame);
    assert.equal(await frame.evaluate(() => document.documentElement.hasAttribute('data-route')), false, 'nothing swapped in');
    const full = await frame.waitForFunction(() => document.querySelector('.embed-open-full a')?.getAttribute('href') || null);
    // The English explainer, at its own file (a host serves it as it is).
    assert.equal(new URL(await full.jsonValue()).pathname, `${new URL(sub.url).pathname}en.html`, 'the full explainer');
  }, { origins: [host.origin, sub.origin], waitFor: 'iframe' });
});

test('a link with simulator state keeps it across a reload (the URL contract)', async () => {
  await withPage(browser, `${app.url}?cw=25&delay=12#spagaat-simulator`, async (page) => {
    // The app has written its state into the address (an effect, run by the next frame).
    await painted(page);
    await page.reload();
    await takenOver(page);
    await painted(page);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('cw'), '25');
    assert.equal(url.searchParams.get('delay'), '12');
    assert.equal(url.hash, '#spagaat-simulator');
    // Slider values are asserted by the simulator's own tests once it is merged.
  });
});

// A deployment with a site configuration: a copy of dist/ that the native
// prerender step renders again with site.example.toml (what the release
// build does with a site.toml), so no second release build is needed.
function distWithSite() {
  const dir = mkdtempSync(path.join(tmpdir(), 'opbouwwerk-site-'));
  cpSync(DIST, dir, { recursive: true });
  // As in scripts/post-build.mjs: the native build, whatever the caller's target.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CARGO_BUILD_') && k !== 'CARGO_TARGET'));
  env.OPBOUWWERK_SITE = path.join(ROOT, 'site.example.toml');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', path.join(dir, 'index.html')], { cwd: ROOT, env, stdio: 'pipe' });
  return dir;
}

test('with site.example.toml, the call to action ends every embed and the accent is applied', async () => {
  const dist = distWithSite();
  const site = await serve(dist);
  try {
    for (const query of ['?embed=bronnen', '?embed=1&lang=en', '']) {
      await withPage(browser, `${site.url}${query}`, async (page) => {
        const cta = page.locator('.cta');
        assert.equal(await cta.count(), 1, `${query}: one call to action`);
        assert.equal(await page.textContent('.cta-org'), 'Buurtwerk Oost');
        assert.equal(await page.getAttribute('.cta-link', 'href'), 'https://example.org/doe-mee');
        assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--site-accent')), '#1a6b54');
        assert.equal(await page.$eval('.cta-link', (a) => getComputedStyle(a).backgroundColor), 'rgb(26, 107, 84)');
        if (query) {
          // Last in the embed: after the content, before the link to the full explainer.
          assert.deepEqual(await page.$$eval('.embed-root > :not(h1)', (els) => els.map((e) => e.className.split(' ')[0])),
            ['content', 'cta', 'embed-open-full']);
        }
      });
    }
  } finally {
    await site.close();
    rmSync(dist, { recursive: true, force: true });
  }
});
