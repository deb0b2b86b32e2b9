// When the app starts. scripts/post-build.mjs puts this before Trunk's own
// loader (which then imports the app dynamically) and a call of `started()`
// after it. The page is already there, prerendered: the app's code (about
// 0.4 MB gzip) is only fetched when the reader is about to need it.
//
// - An address for another language or mode (?lang=en, embed, present,
//   presenter) is not the prerendered page: start at once, and until the
//   app is there (at most 4 s, then the prerendered page shows after all)
//   show that it is loading rather than a page in the wrong language or
//   mode.
// - Any other state in the address (a diagram selection, simulator values,
//   a slide): start once the prerendered page has painted.
// - The plain reading page: start when the reader reaches for a control
//   (points at it, presses it, or moves the focus to it) or scrolls to
//   within 600 px of a diagram or the simulator. A reader who only reads
//   never downloads the app.
//
// A press of a control before the app is there is held (the control shows
// it is busy) and done again by the app once it has taken over the page
// (browser::Takeover).

/** What the app makes work: reaching for one of these starts it. */
const CONTROLS = 'button, input, select, textarea, .diagram, .sim';
/** The parts of the page that only work with the app. */
const ISLANDS = '.diagram, .sim';
/** What a held press is done again on (the app's click handlers). */
const PRESSABLE = 'button, .diagram g.node, .diagram g.link, .diagram g.loop, .diagram g.timeline-event';

// The attribute src/browser/takeover.rs calls PRERENDERED.
const prerendered = () => document.body?.hasAttribute('data-prerendered');
// The address as src/url_state.rs reads it (the first occurrence of a key counts).
const params = new URLSearchParams(location.search);
const english = params.get('lang')?.trim().toLowerCase() === 'en';

function hold(event) {
  if (!prerendered() || !(event.target instanceof Element)) return;
  const control = event.target.closest(PRESSABLE);
  if (!control) return;
  event.preventDefault();
  for (const other of document.querySelectorAll('[data-pending-click]')) other.removeAttribute('data-pending-click');
  control.setAttribute('data-pending-click', '');
  begin();
}
addEventListener('click', hold, true);

const root = document.documentElement;
function loading(on) {
  if (on) {
    root.setAttribute('data-app-loading', english ? 'en' : 'nl');
    document.body?.setAttribute('aria-busy', 'true');
  } else if (root.hasAttribute('data-app-loading')) {
    root.removeAttribute('data-app-loading');
    document.body?.removeAttribute('aria-busy');
  }
}
function started() {
  removeEventListener('click', hold, true);
  loading(false);
}

let begin = () => {};
await new Promise((go) => {
  begin = go;
  if (english || ['embed', 'present', 'presenter'].some((k) => params.has(k))) {
    loading(true);
    setTimeout(() => loading(false), 4000);
    return go();
  }
  if (location.search.length > 1 || location.hash.includes('/')) {
    // After the paint: the first largest-contentful-paint entry and one more
    // frame. A hidden tab or an iframe out of view paints nothing: 500 ms.
    setTimeout(go, 500);
    const after = () => requestAnimationFrame(() => setTimeout(go));
    if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver(after).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      after();
    }
    return;
  }
  const near = globalThis.IntersectionObserver
    ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '600px 0px' })
    : null;
  const intent = (event) => event.target instanceof Element && event.target.closest(CONTROLS) && start();
  const kinds = ['pointerover', 'pointerdown', 'focusin'];
  begin = start;
  function start() {
    near?.disconnect();
    for (const kind of kinds) removeEventListener(kind, intent, true);
    go();
  }
  for (const kind of kinds) addEventListener(kind, intent, { capture: true, passive: true });
  if (near) for (const island of document.querySelectorAll(ISLANDS)) near.observe(island);
  else start();
});
