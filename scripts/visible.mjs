// When a page's own content is visible: the time from navigation start until
// its first heading in view (the marker, found on the settled page) is shown
// at its final size and place, on a throttled phone. Lighthouse's LCP counts
// any large paint, also a loading note or a page in the wrong language or
// mode; this counts only the page the address asks for. Used by the
// benchmark (scripts/bench.mjs), for the app and for a static snapshot of the
// same address (scripts/static-snapshot.mjs).
import { watch } from '../tests/e2e/harness.mjs';

/**
 * A phone, like Lighthouse's mobile preset (412×823 CSS px, touch), at
 * device scale 1. The snapshot is taken and every measurement made in it:
 * the marker's place is only the same in the same viewport.
 */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** CPU 4× slower, 150 ms latency, 1.6 Mbps down, 750 kbps up (CDP). */
export const THROTTLE = {
  cpu: { rate: 4 },
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
};

/**
 * What marks the page's own content, in order of preference: a heading, or
 * on a slide without one (a quotation) its first text.
 */
const MARKERS = ['h1, h2, h3', 'h4, h5, h6, [role=heading]', 'main p, main li, main dt, main dd, main figcaption', 'p, li'];

// Runs in the page (serialized): whether `el` is shown. Not hidden by the
// `hidden` attribute or display:none on it or an ancestor, visibility
// visible, no opacity 0 on it or an ancestor, and larger than 1×1 px (what
// is only there for screen readers is clipped to that).
function shown(el) {
  if (el.closest('[hidden]')) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  if (getComputedStyle(el).visibility !== 'visible') return false;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || Number(cs.opacity) === 0) return false;
  }
  return true;
}

// `fn(arg)` as source to run in the page, with `shown` beside it. Source
// rather than a function: a page function cannot see `shown`, and building
// it in the page (new Function) is what the page's CSP forbids.
const inPage = (fn, arg) => `(() => { const shown = ${shown}; return (${fn})(${JSON.stringify(arg)}); })()`;

/**
 * The marker of the settled page in `page`: the first element, in document
 * order, of the first kind in MARKERS that is shown in the viewport, with
 * its text and place; null if there is none.
 */
export function findMarker(page) {
  return page.evaluate(inPage((markers) => {
    const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
    for (const selector of markers) {
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        // In view, at least in part: a slide's title may stick out of a phone's screen.
        if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
        if (!text(el) || !shown(el)) continue;
        return { selector, tag: el.localName, text: text(el), rect: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }
    }
    return null;
  }, MARKERS));
}

// Runs in the page from its start (an init script): reports the time of the
// first animation frame in which an element matching the marker (same
// text, its box within 2 px of the settled one) is shown. A frame is where
// the page is painted, so the check runs in each one; it starts before the
// page's first byte is parsed and stops once it has reported.
function watchMarker({ marker, binding }) {
  const near = (a, b) => Math.abs(a - b) <= 2;
  const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const there = () => {
    for (const el of document.querySelectorAll(marker.selector)) {
      if (text(el) !== marker.text) continue;
      const r = el.getBoundingClientRect();
      const m = marker.rect;
      if (near(r.x, m.x) && near(r.y, m.y) && near(r.width, m.width) && near(r.height, m.height) && shown(el)) return true;
    }
    return false;
  };
  const frame = () => (document.body && there() ? window[binding](performance.now()) : requestAnimationFrame(frame));
  requestAnimationFrame(frame);
}

/**
 * Milliseconds from navigation start until the marker is visible at `url`,
 * in a fresh context (no cache; service workers blocked) on the PHONE,
 * throttled as THROTTLE unless `throttle` is false; null if it never
 * becomes visible within `timeout`. Also returns what went wrong on the page
 * (off-origin requests, errors: tests/e2e/harness.mjs).
 */
export async function timeToVisible(browser, url, marker, { throttle = true, timeout = 60_000 } = {}) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const problems = await watch(page, [new URL(url).origin]);
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLE.network);
      await cdp.send('Emulation.setCPUThrottlingRate', THROTTLE.cpu);
    }
    let report;
    const reported = new Promise((r) => { report = r; });
    const binding = '__benchMarkerVisible';
    await page.exposeFunction(binding, (ms) => report(ms));
    await page.addInitScript(inPage(watchMarker, { marker, binding }));
    let timer;
    const expired = new Promise((r) => { timer = setTimeout(() => r(null), timeout); });
    await page.goto(url, { waitUntil: 'commit', timeout });
    const ms = await Promise.race([reported, expired]);
    clearTimeout(timer);
    return { ms: ms === null ? null : Math.round(ms), problems };
  } finally {
    await context.close();
  }
}
