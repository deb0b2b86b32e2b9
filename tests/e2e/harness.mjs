// The end-to-end harness: serves the release dist/ from loopback (under any
// sub-path), drives Debian's Chromium with playwright-core (never a
// downloaded browser), and records everything that must fail a test: a
// logged panic, an uncaught error, a console error, a dialog, a CSP
// violation, or a request that leaves the app's origin.
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// What a static host sends compressed (as any would): text, and wasm.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);

/**
 * Serves `root` under `prefix` on 127.0.0.1, gzip-compressed where the
 * browser accepts it, as a static host would; `extra` maps paths to
 * [type, body].
 */
export async function serve(root = DIST, { prefix = '/', extra = {} } = {}) {
  const gzipped = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (extra[url.pathname]) {
      const [type, body] = extra[url.pathname];
      res.writeHead(200, { 'content-type': type });
      return res.end(body);
    }
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); return res.end('not found'); }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const ext = path.extname(file);
      const headers = { 'content-type': MIME[ext] ?? 'application/octet-stream', vary: 'accept-encoding' };
      let body = await readFile(file);
      if (COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}:${info.size}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + prefix, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens `url` in a fresh context and page, watching for problems. `origins`
 * lists the origins requests may go to (default: the page's own).
 *
 * The service worker (web/sw.js) is blocked unless `serviceWorkers` is
 * 'allow': journeys that do not test it would otherwise race its download
 * of the release, and page.route cannot see what it answers.
 * tests/e2e/offline.test.mjs tests the worker, and with it the first visit
 * and the app's start.
 */
export async function open(browser, url, { viewport = { width: 1280, height: 800 }, origins, reducedMotion, colorScheme, init, waitFor = 'main', touch = false, javaScriptEnabled = true, serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ viewport, reducedMotion, colorScheme, hasTouch: touch, isMobile: touch, javaScriptEnabled, serviceWorkers });
  const page = await context.newPage();
  const problems = await watch(page, origins ?? [new URL(url).origin]);
  if (init) await page.addInitScript(init);
  await page.goto(url);
  // The prerendered page is there before the app: wait until the app has
  // taken it over (it removes the marker), or the test would act on it.
  if (javaScriptEnabled) await startApp(page);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000 });
  return { page, context, problems };
}

/**
 * Starts the apps of the page as a reader would (web/loader-start.js marks
 * how they start in `data-app-start`, once web/route.js has placed the
 * page): by reaching for a control of each part that has an app of its own
 * (a pointer over it; dispatched, so that nothing scrolls), and waits until
 * each has taken its part over. The classroom app takes the whole page.
 */
export async function startApp(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-start')
    || (document.body && !document.body.hasAttribute('data-prerendered')), null, { timeout: 15000, polling: 50 });
  const apps = await page.evaluate(({ controls, parts }) => {
    // The rule of web/loader-start.js: the slides and the presenter's window run the classroom app.
    const query = new URLSearchParams(location.search);
    const classroom = query.has('presenter') || (query.has('present') && !query.has('embed'));
    const appOf = (el) => (classroom ? 'classroom' : parts.find(([part]) => el.closest(part))?.[1] ?? 'page');
    // Not one of our pages (a host page of an embed): no app of its own.
    if (!document.documentElement.hasAttribute('data-app-start')) return [];
    const first = new Map();
    for (const control of document.querySelectorAll(controls)) if (!first.has(appOf(control))) first.set(appOf(control), control);
    for (const control of first.values()) control.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    return [...first.keys()];
  }, { controls: CONTROLS, parts: PART_APPS });
  await page.waitForFunction((apps) => apps.every((app) => document.documentElement.getAttribute(`data-ready-${app}`) === 'started'),
    apps, { timeout: 15000, polling: 100 });
  await takenOver(page);
}

/**
 * The apps of the parts of the page, `PART_APPS` and `PAGE_PARTS` of
 * web/loader-start.js, read from it.
 */
export const [PART_APPS, PAGE_PARTS] = (() => {
  const loader = readFileSync(new URL('../../web/loader-start.js', import.meta.url), 'utf8');
  const parts = /^const PART_APPS = (\[.*\]);$/m.exec(loader);
  const page = /^const PAGE_PARTS = '([^']+)';$/m.exec(loader);
  if (!parts || !page) throw new Error('web/loader-start.js: no PART_APPS or PAGE_PARTS to read');
  return [JSON.parse(parts[1].replaceAll("'", '"')), page[1]];
})();

/**
 * What reaching for starts the app: `CONTROLS` of web/loader-start.js, read
 * from it (a glossary term is not one: the browser opens its card).
 */
const CONTROLS = (() => {
  const loader = readFileSync(new URL('../../web/loader-start.js', import.meta.url), 'utf8');
  const buttons = /^const BUTTONS = '([^']+)';$/m.exec(loader);
  const controls = /^const CONTROLS = `([^`]+)`;$/m.exec(loader);
  if (!buttons || !controls) throw new Error('web/loader-start.js: no BUTTONS or CONTROLS to read');
  return controls[1].replace('${BUTTONS}', buttons[1]);
})();

/**
 * Waits until the app has taken over the prerendered page (of a page or a
 * frame; polling by time, as a frame out of view gets no animation frames):
 * the first to start, and every app of the page asked for by then
 * (`data-ready-<app>`, web/loader-start.js), each of its own parts.
 */
export function takenOver(page) {
  return page.waitForFunction(() => document.body && !document.body.hasAttribute('data-prerendered')
    && [...document.documentElement.attributes].every((a) => !a.name.startsWith('data-ready-') || ['started', 'failed'].includes(a.value)),
  null, { timeout: 15000, polling: 100 });
}

/**
 * Holds the app's wasm back until `release()`, to see the page as it is
 * before the app has arrived. `asked` resolves once the page asks for it.
 * Await it before navigating.
 */
export async function holdWasm(page) {
  let ask, release;
  const asked = new Promise((r) => { ask = r; });
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { ask(); await gate; await route.continue(); });
  return { asked, release };
}

/**
 * Records panics, errors, dialogs, CSP violations and off-origin requests.
 * Await it before navigating: the CSP listener is an init script.
 *
 * Every page a journey watches also gets the stress switch: with
 * E2E_SLOW_FRAMES set, every animation frame callback runs 250 ms late, as
 * on a machine under load, to find journeys that look before the page has
 * caught up.
 */
export async function watch(page, origins) {
  const problems = [];
  page.on('console', (msg) => {
    const text = msg.text();
    // Chromium reports a blocked resource itself ("... violates the
    // following Content Security Policy directive"), also in a page that
    // was already open when it was watched (a popup), so this counts too.
    if (/Content Security Policy/.test(text)) return void problems.push(`CSP violation (console): ${text}`);
    // Playwright's own word where a journey blocks the service worker (open()).
    if (text === 'Service Worker registration blocked by Playwright') return;
    // Where Chromium says which resource (a failed load names none in its text).
    const where = msg.location()?.url ? ` (${msg.location().url})` : '';
    if (msg.type() === 'error' || msg.type() === 'warning' || /panicked at/.test(text)) problems.push(`console ${msg.type()}: ${text}${where}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (!origins.includes(u.origin)) problems.push(`request left the origin: ${req.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  if (process.env.E2E_SLOW_FRAMES) {
    await page.addInitScript(() => {
      const frame = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (f) => frame((t) => setTimeout(() => f(t), 250));
    });
  }
  return problems;
}

/** Fails with every recorded problem. */
export function assertClean(problems, what = 'page') {
  assert.deepEqual(problems, [], `${what} had problems:\n${problems.join('\n')}`);
}

/** Opens a page, runs `fn`, asserts nothing went wrong, and closes it. */
export async function withPage(browser, url, fn, opts = {}) {
  const { page, context, problems } = await open(browser, url, opts);
  try {
    await fn(page, problems);
    // What is checked next is that nothing more went wrong (a late console
    // warning or error), which has no event: once the page has settled.
    await settled(page);
    assertClean(problems, url);
  } finally {
    await context.close();
  }
}

/** The essay's text, for the verbatim check. Missing in CI is a failure. */
export function seedText() {
  const file = process.env.OPBOUWWERK_SEED || path.join(ROOT, '../shared/seed/opbouwwerkers-kom-uit-de-kast.txt');
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (process.env.CI) throw new Error(`seed text missing in CI: ${file}`);
    console.warn(`!!! SKIPPED verbatim check: cannot read ${file} !!!`);
    return null;
  }
}

/** Section ids in reading order, read from the one id table (src/ids.rs). */
export const SECTION_IDS = (() => {
  const table = readFileSync(path.join(ROOT, 'src/ids.rs'), 'utf8').match(/pub const SECTIONS: \[&str; \d+\] = \[([^\]]*)\]/);
  assert.ok(table, 'src/ids.rs has no SECTIONS table');
  return [...table[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
})();

/**
 * Resolves once the page has rendered another frame (animation frames,
 * layout and resize observers have run): what the reader sees next.
 */
export function painted(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

/**
 * Resolves once the page (or frame) has settled: it is placed (web/route.js),
 * no app it asked for is still loading (`data-ready-<app>`), and it has
 * painted two more frames since. The positive signal before a check that
 * something did NOT happen: a slow machine makes it come later, never lets
 * the check pass before the page could have acted.
 */
export async function settled(page) {
  await page.waitForFunction(() => document.readyState === 'complete'
    && document.documentElement.getAttribute('data-route') !== 'pending'
    && [...document.documentElement.attributes].every((a) => !a.name.startsWith('data-ready-') || a.value !== 'loading'),
  null, { timeout: 15000, polling: 50 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
}

/**
 * Waits until the field `selector` has the focus with all its text selected,
 * ready for Ctrl+C: how the app offers a text to copy by hand where the
 * Clipboard API is missing (browser::select_text, a frame after it shows).
 */
export function selectedForCopy(page, selector) {
  return page.waitForFunction((sel) => {
    const t = document.activeElement;
    return t?.matches(sel) && t.selectionStart === 0 && t.selectionEnd === t.value.length;
  }, selector);
}

/**
 * Waits until the element with `id` is scrolled to: its top `at` px below
 * the top of the viewport, give or take `within` px. By default where a
 * link puts a section or diagram (just below the sticky header, whose
 * height differs with the screen); `{ at: 0, within: 120 }` for the top of
 * the view.
 */
export function scrolledTo(page, id, { at = 72, within = 80, timeout } = {}) {
  return page.waitForFunction(([id, at, within]) => {
    const top = document.getElementById(id)?.getBoundingClientRect().top;
    return top !== undefined && Math.abs(top - at) < within;
  }, [id, at, within], timeout ? { timeout } : undefined);
}

/** Top of an element relative to the viewport. */
export function topOf(page, selector) {
  return page.$eval(selector, (el) => el.getBoundingClientRect().top);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe in the page (via DevTools, so the page's CSP stays strict). */
export async function axe(page, context = 'document') {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx === 'document' ? document : document.querySelector(ctx), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')})`);
  }, context);
  return result;
}

/** Share of pixels that differ between two PNG screenshots. */
export function pixelDiff(a, b) {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  assert.equal(x.width, y.width);
  assert.equal(x.height, y.height);
  let diff = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]) > 24) diff++;
  }
  return diff / (x.width * x.height);
}
