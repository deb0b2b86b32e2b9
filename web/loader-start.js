// When the app starts. scripts/post-build.mjs puts this before Trunk's own
// loader (which then imports the app dynamically) and a call of `started()`
// after it. The page is already there, prerendered for its address
// (web/route.js has swapped in the page for another language or mode): the
// app (about 0.22 MB gzip of code and 26 KB of its content) is only fetched
// when the reader is about to need it.
//
// - An address route.js could not place (the presenter's window, a
//   misspelt id, a slide past the end of its section): start at once, and
//   until the app is there (at most 4 s, then the page shows after all)
//   show that it is loading rather than a page in the wrong language or
//   mode.
// - Any state in the address beyond its language and mode (a diagram
//   selection, simulator values): start once the page has painted.
// - Otherwise (the reading page in either language, an embed, a slide):
//   start when the reader reaches for a control (points at it, presses it,
//   moves the focus to it, or presses a key of the slides) or scrolls to
//   within 600 px of a diagram or the simulator. A reader who only reads
//   never downloads the app.
//
// A press of a control, or a key of the slides, before the app is there is
// held (the control shows it is busy) and done again by the app once it
// has taken over the page (browser::Takeover).
//
// Embedded in a frame, the page tells its host how tall it is from the
// first paint on, app or not (see `size` below).

/** The app's buttons: not a glossary term's (`popovertarget`), whose card the browser opens. */
const BUTTONS = 'button:not([popovertarget])';
/** What the app makes work: reaching for one of these starts it. */
const CONTROLS = `${BUTTONS}, input, select, textarea, .diagram, .sim`;
/** The parts of the page that only work with the app. */
const ISLANDS = '.diagram, .sim';
/** What a held press is done again on (the app's click handlers). */
const PRESSABLE = `${BUTTONS}, .diagram g.node, .diagram g.link, .diagram g.loop, .diagram g.timeline-event`;

// The attribute src/browser/takeover.rs calls PRERENDERED.
const prerendered = () => document.body?.hasAttribute('data-prerendered');
// The address as src/url_state.rs reads it (the first occurrence of a key counts).
const params = new URLSearchParams(location.search);
const english = params.get('lang')?.trim().toLowerCase() === 'en';

/** The keys of the slides (present::DeckState::on_key) a held press can be. */
const SLIDE_KEYS = ['ArrowRight', 'PageDown', 'ArrowDown', ' ', 'ArrowLeft', 'PageUp', 'ArrowUp', 'Home', 'End', 'f', 'F', 'p', 'P', 'q', 'Q', '?', 'Escape'];
const slides = params.has('present') && !params.has('presenter');
/**
 * The slides and the presenter's window run the classroom app, every other
 * way in the reading and embed app, which has no classroom code (Cargo
 * feature `classroom`): the rule of `Mode::from_query`, by which the app
 * reads the address (a presenter flag wins; an embed wins over the slides).
 */
const classroom = params.has('presenter') || (params.has('present') && !params.has('embed'));

// Starts the app (set below once the address is read).
let begin = () => {};

// Whether the app has started. The reading and embed app then renders the
// page's parts one after another (app::parts), those far from the view
// only when the reader comes near, each marked `data-part` until it is
// there: a press in one of those is held until then, also after the app has
// taken the page over.
let running = false;
function hold(event) {
  if (!(event.target instanceof Element)) return;
  const control = event.target.closest(PRESSABLE);
  if (!control || (running ? !control.closest('[data-part]') : !prerendered())) return;
  event.preventDefault();
  for (const other of document.querySelectorAll('[data-pending-click]')) other.removeAttribute('data-pending-click');
  control.setAttribute('data-pending-click', '');
  begin();
}
addEventListener('click', hold, true);
// A key of the slides: the app presses it again (browser::WholeTakeover).
function holdKey(event) {
  if (!slides || !prerendered() || event.ctrlKey || event.metaKey || event.altKey || !SLIDE_KEYS.includes(event.key)) return;
  if (event.target instanceof Element && event.target.closest('input, textarea, select, button')) return;
  event.preventDefault();
  document.body.setAttribute('data-pending-key', event.key);
  begin();
}
addEventListener('keydown', holdKey, true);

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
  running = true;
  // From now on `hold` holds only a press in a part not rendered yet.
  removeEventListener('keydown', holdKey, true);
  loading(false);
}

// Embedded in a frame: post `{type: "opbouwwerk:resize", height}` to the
// host (public/embed.js sizes the frame) whenever the page's size changes,
// and on the frame's own resizes (the host script nudges the frame once, so
// a host script loaded late still gets it). The height is the root's box or
// the body's scrolling area, whichever is taller (a card may reach below):
// neither grows with the frame, so posting never feeds back. Sends nothing
// else, listens to no messages: the host cannot command the page.
if (params.has('embed') && window.parent !== window) {
  // Not while web/route.js is still swapping the embed's page in: the page
  // it hides has no height to tell (the frame would collapse for a moment).
  const size = () => {
    if (root.getAttribute('data-route') === 'pending') return;
    const h = Math.ceil(Math.max(root.getBoundingClientRect().height, document.body?.scrollHeight ?? 0));
    if (Number.isFinite(h) && h > 0) window.parent.postMessage({ type: 'opbouwwerk:resize', height: Math.min(h, 100000) }, '*');
  };
  const observer = new ResizeObserver(size);
  observer.observe(root);
  if (document.body) observer.observe(document.body);
  addEventListener('resize', size);
  addEventListener('load', size);
  document.addEventListener('route', () => {
    if (document.body) observer.observe(document.body);
    size();
  });
}

// A diagram on a slide keeps its own layout and is scaled to fit the slide,
// centred, whenever its size or the slide's changes: when it is first laid
// out, when fonts or content arrive, when the window or the slide changes
// (a ResizeObserver reports after layout and before paint, so no unscaled
// frame is shown). The scaling is a transform, which leaves the observed
// sizes alone (no loop). From the first paint on, for the slides the app
// renders later too (the presenter's window shows two).
if (params.has('present')) {
  const FIT = '.slide-diagram-fit';
  const fit = (el) => {
    const parent = el.parentElement;
    const [pw, ph, w, h] = [parent?.clientWidth, parent?.clientHeight, el.offsetWidth, el.offsetHeight];
    if (!(w > 0 && h > 0 && pw > 0 && ph > 0)) return;
    const s = Math.min(Math.max(Math.min(pw / w, ph / h), 0.05), 1.5);
    el.style.transform = `translate(-50%, ${Math.max((ph - h * s) / 2, 0).toFixed(1)}px) scale(${s.toFixed(4)})`;
  };
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const el = target.matches(FIT) ? target : target.querySelector(`:scope > ${FIT}`);
      if (el) fit(el);
    }
  });
  const seen = new WeakSet();
  const attach = () => {
    for (const el of document.querySelectorAll(FIT)) {
      if (seen.has(el)) continue;
      seen.add(el);
      observer.observe(el);
      if (el.parentElement) observer.observe(el.parentElement);
    }
  };
  new MutationObserver(attach).observe(root, { childList: true, subtree: true });
  attach();
}

// web/route.js may still be swapping in the page for this address.
if (root.getAttribute('data-route') === 'pending') {
  await new Promise((settled) => document.addEventListener('route', settled, { once: true }));
}

// The language switch goes to the other language's page (app::lang_switch,
// `browser::navigate`): the focus is on it again there, where a keyboard
// reader left it. Storage refused: the focus starts at the top, as on any page.
try {
  if (sessionStorage.getItem('opbouwwerk:focus') === 'lang-switch') {
    sessionStorage.removeItem('opbouwwerk:focus');
    document.querySelector('.lang-switch')?.focus({ preventScroll: true });
  }
} catch {
  // nothing to restore
}

// The keys of the address that are its page (language and mode), not a state within it.
const PAGE_KEYS = ['lang', 'embed', 'title', 'present'];
const state = [...params.keys()].some((k) => !PAGE_KEYS.includes(k)) || (!slides && location.hash.includes('/'));

await new Promise((go) => {
  begin = go;
  if (root.getAttribute('data-route') === 'app') {
    root.setAttribute('data-app-start', 'now');
    loading(true);
    setTimeout(() => loading(false), 4000);
    return go();
  }
  if (state) {
    root.setAttribute('data-app-start', 'painted');
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
  // On a slide, any touch or pointer is the presenter reaching for the deck.
  const intent = (event) => event.target instanceof Element && (slides || event.target.closest(CONTROLS)) && start();
  const kinds = ['pointerover', 'pointerdown', 'focusin'];
  begin = start;
  function start() {
    near?.disconnect();
    for (const kind of kinds) removeEventListener(kind, intent, true);
    go();
  }
  for (const kind of kinds) addEventListener(kind, intent, { capture: true, passive: true });
  root.setAttribute('data-app-start', 'intent');
  if (near) for (const island of document.querySelectorAll(ISLANDS)) near.observe(island);
  else start();
});

// The reading and embed app reads one language's content, a data file
// beside its wasm (src/content/reading.rs; scripts/post-build.mjs fills in
// their names), fetched with it: the page's language, the one the app
// shows. Its wasm is handed to the bindings once the content is there (or
// has failed: the app then leaves the page as it is), so that the app,
// once started, has its parts in hand before a press can come.
const CONTENT = null;
const content = classroom || !CONTENT ? null
  : fetch(`./${CONTENT[root.lang === 'en' ? 'en' : 'nl']}`).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`content: ${r.status}`))));
globalThis.opbouwwerkContent = content;
const afterContent = (url) => {
  const wasm = fetch(url);
  return content ? content.then(() => wasm, () => wasm) : wasm;
};
