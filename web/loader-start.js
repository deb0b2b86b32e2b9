// When the apps start. scripts/post-build.mjs puts this in place of Trunk's
// own loader, with the names of the apps' files, and web/route.js adds it
// to the page after the first paint (on the slides and in a frame at
// once). The page is already there,
// prerendered for its address (web/route.js has swapped in the page for
// another language or mode): an app is only fetched when the reader is about
// to need it. The reading and embed app is one app per part of the page
// (app::parts): the header, the contents and the copy links; the timeline;
// the node-link diagrams; the simulator (0.12 to 0.15 MB gzip of code each,
// and 26 KB of content they share); the slides and the presenter's window
// run the classroom app.
//
// - An address route.js could not place (the presenter's window, a
//   misspelt id, a slide past the end of its section): start at once, and
//   until the app is there (at most 4 s, then the page shows after all)
//   show that it is loading rather than a page in the wrong language or
//   mode.
// - Otherwise (the reading page in either language, an embed, a slide,
//   also with a state in the address: a diagram selection, simulator
//   values):
//   start when the reader reaches for a control (points at it, presses it,
//   moves the focus to it, or presses a key of the slides) or scrolls to
//   within 600 px of a diagram or the simulator: the app of that part (the
//   part the element is in), and after it, unasked, the app of the page's
//   header and contents once the reader scrolls (its reading progress, the
//   section in view, which follow the scroll: so an address that opens at a
//   diagram starts the app of that diagram alone). A reader who only reads
//   never downloads an app.
// - A state in the address is shown by the app of the part that has it
//   (its keys, a fragment naming a part), which starts as above: when the
//   reader comes near that part (at once where the address scrolls to it),
//   so a shared link costs a reader no more than the page without its
//   state. Only a state no part has (an unknown key, a fragment naming no
//   part), which the page's app writes back or reports, starts that app
//   once the page has painted.
//
// A press of a control, or a key of the slides, before its app is there is
// held (the control shows it is busy) and done again by the app once it
// has rendered the part (browser::Takeover).
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
/**
 * The app of each part of the page (the Cargo features of app::parts): the
 * first whose selector an element is in, else the page's own (the header,
 * the contents, the copy links).
 */
const PART_APPS = [['.sim', 'sim'], ['#tijdlijn', 'timeline'], ['.diagram', 'graphs']];
/** What the page's own app renders (app::parts, `page-part`). */
const PAGE_PARTS = '.site-header, nav.toc, .section-heading > .copy-link';
/** The keys of the address that are a part's state (docs/url-contract.md), by app. */
const KEY_APPS = new Map(Object.entries({
  preset: 'sim', cw: 'sim', cut: 'sim', delay: 'sim', catch: 'sim', latent: 'sim', extra: 'sim', ow: 'sim', skill: 'sim',
  kring: 'graphs', arg: 'graphs', bron: 'graphs', tijd: 'timeline',
}));
/** The files of each app, [bindings, wasm] (filled in by scripts/post-build.mjs). */
const APPS = null;

const root = document.documentElement;
// The attribute src/browser/takeover.rs calls PRERENDERED.
const prerendered = () => document.body?.hasAttribute('data-prerendered');
// The address as src/url_state.rs reads it (the first occurrence of a key counts).
const params = new URLSearchParams(location.search);
const english = params.get('lang')?.trim().toLowerCase() === 'en';

/** The keys of the slides (present::DeckState::on_key) a held press can be. */
const SLIDE_KEYS = ['ArrowRight', 'PageDown', 'ArrowDown', ' ', 'ArrowLeft', 'PageUp', 'ArrowUp', 'Home', 'End', 'f', 'F', 'p', 'P', 'q', 'Q', '?', 'Escape', '1', '2', '3', '4'];
/** The keys of the slides that a simulator's slider passes on to them (its others move it). */
const SLIDER_SLIDE_KEYS = ['PageDown', 'PageUp', '1', '2', '3', '4'];
const slides = params.has('present') && !params.has('presenter');
/**
 * The slides and the presenter's window run the classroom app, every other
 * way in the reading and embed app, which has no classroom code (Cargo
 * feature `classroom`): the rule of `Mode::from_query`, by which the app
 * reads the address (a presenter flag wins; an embed wins over the slides).
 * Where the classroom app is the only one (`make serve` builds one app,
 * which renders every way in), it runs everywhere.
 */
const classroom = !APPS?.page || params.has('presenter') || (params.has('present') && !params.has('embed'));

/** The app of the part `el` is in. */
const appOf = (el) => (classroom ? 'classroom' : PART_APPS.find(([part]) => el.closest(part))?.[1] ?? 'page');
// How far each app is: `data-ready-<app>` on <html> is "loading" from
// when it is asked for, then "marked" once it has marked the parts it
// renders (browser::parts_marked), "started" once it has taken them over
// (browser::Takeover), or "failed". Marked, it renders its parts one after
// another (app::parts), those far from the view only when the reader comes
// near, each marked `data-part` until it is there: a press in one of those
// is held until then.
const readiness = (app) => root.getAttribute(`data-ready-${app}`);
const ready = (app) => ['marked', 'started'].includes(readiness(app));
// Whether the page was the prerendered one when it was placed (web/route.js):
// the first app's takeover removes the marker.
let wasPrerendered = false;
function hold(event) {
  if (!(event.target instanceof Element)) return;
  const control = event.target.closest(PRESSABLE);
  if (!control) return;
  const app = appOf(control);
  if (ready(app) ? !control.closest('[data-part]') : !wasPrerendered) return;
  event.preventDefault();
  for (const other of document.querySelectorAll('[data-pending-click]')) other.removeAttribute('data-pending-click');
  control.setAttribute('data-pending-click', app);
  begin(app);
}
addEventListener('click', hold, true);
// A key of the slides: the app presses it again (browser::WholeTakeover).
function holdKey(event) {
  if (!slides || !prerendered() || event.ctrlKey || event.metaKey || event.altKey || !SLIDE_KEYS.includes(event.key)) return;
  const field = event.target instanceof Element ? event.target.closest('input, textarea, select, button') : null;
  if (field && !(field.matches('input[type=range]') && SLIDER_SLIDE_KEYS.includes(event.key))) return;
  event.preventDefault();
  document.body.setAttribute('data-pending-key', event.key);
  begin('classroom');
}
addEventListener('keydown', holdKey, true);

function loading(on) {
  if (on) {
    root.setAttribute('data-app-loading', english ? 'en' : 'nl');
    document.body?.setAttribute('aria-busy', 'true');
  } else if (root.hasAttribute('data-app-loading')) {
    root.removeAttribute('data-app-loading');
    document.body?.removeAttribute('aria-busy');
  }
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

// Starts `app` (once; a press made before the page is placed waits for it).
const apps = {};
let placed;
const routed = new Promise((settled) => { placed = settled; });
function begin(app) {
  if (!APPS?.[app]) return;
  apps[app] ??= routed.then(() => {
    root.setAttribute(`data-ready-${app}`, 'loading');
    return run(app);
  }).catch((error) => {
    console.warn(`opbouwwerk: the ${app} app did not start`, error);
    root.setAttribute(`data-ready-${app}`, 'failed');
    loading(false);
  });
}

// The reading and embed apps read one language's content, a data file
// beside their wasm (src/content/reading.rs; scripts/post-build.mjs fills in
// their names), fetched once, with the first app: the page's language, the
// one the apps show. An app's wasm is handed to its bindings once the
// content is there (or has failed: the app then leaves the page as it is),
// so that the app, once started, has its parts in hand before a press can
// come.
const CONTENT = null;
let content = null;
async function run(app) {
  const [js, wasm] = APPS[app];
  if (app !== 'classroom') {
    content ??= fetch(`./${CONTENT[root.lang === 'en' ? 'en' : 'nl']}`)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`content: ${r.status}`))));
    globalThis.opbouwwerkContent = content;
  }
  const code = fetch(`./${wasm}`);
  const bindings = await import(`./${js}`);
  await bindings.default({ module_or_path: app === 'classroom' ? code : content.then(() => code, () => code) });
  loading(false);
  if (app === 'classroom') {
    // The classroom app renders the whole page: from now on `hold` holds
    // nothing, and the keys of the slides are its own.
    root.setAttribute('data-ready-classroom', 'started');
    removeEventListener('keydown', holdKey, true);
  } else if (app !== 'page' && document.querySelector(PAGE_PARTS)) {
    // Then, unasked, the page's own once the reader scrolls: the reading
    // progress and the section in view follow the scroll, and it reads
    // where the page is when it starts.
    addEventListener('scroll', () => begin('page'), { once: true, passive: true });
  }
}

// web/route.js may still be swapping in the page for this address.
if (root.getAttribute('data-route') === 'pending') {
  await new Promise((settled) => document.addEventListener('route', settled, { once: true }));
}
wasPrerendered = prerendered();
// The address as the reader opened it, before any app writes it back
// normalised: an app that starts after another still says what of it it
// could not use (a simulator value out of range: browser::opened_query).
root.setAttribute('data-opened', location.search);
placed();
// The presses and keys made before this loader was there (web/route.js
// adds it after the first paint and keeps them for it): held as if they
// came now. From here on its own listeners see them.
root.setAttribute('data-loader', '');
for (const event of globalThis.opbouwwerkEarly?.splice(0) ?? []) {
  if (event.type === 'keydown') holdKey(event);
  else hold(event);
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
// The apps an address with a state needs: those of its keys (an unknown key
// is the page's, which writes the address back without it), and that of a
// part a fragment selects in (`#argumentkaart/hoofdclaim`). The apps of
// parts start when the reader comes near their part (`near` below), as
// without the state; only the page's, and the classroom app, after the paint.
const stateful = new Set();
for (const key of params.keys()) if (!PAGE_KEYS.includes(key)) stateful.add(classroom ? 'classroom' : KEY_APPS.get(key) ?? 'page');
if (!slides && location.hash.includes('/')) {
  let part = null;
  try {
    part = document.getElementById(decodeURIComponent(location.hash.slice(1).split('/')[0]));
  } catch {
    // a malformed fragment: the page's app says so
  }
  stateful.add(part ? appOf(part) : classroom ? 'classroom' : 'page');
}
const afterPaint = [...stateful].filter((app) => app === 'page' || app === 'classroom');

// The reader reaching for a control, or coming near a part that only works
// with its app, starts the app of that part, whatever else has started.
const near = globalThis.IntersectionObserver
  ? new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue;
      near.unobserve(target);
      begin(appOf(target));
    }
  }, { rootMargin: '600px 0px' })
  : null;
// On a slide, any touch or pointer is the presenter reaching for the deck.
const intent = (event) => {
  if (!(event.target instanceof Element)) return;
  const control = slides ? event.target : event.target.closest(CONTROLS);
  if (control) begin(appOf(control));
};
for (const kind of ['pointerover', 'pointerdown', 'focusin']) addEventListener(kind, intent, { capture: true, passive: true });
// The focus already on a control (moved there before this loader came).
if (document.activeElement && document.activeElement !== document.body) intent({ target: document.activeElement });

if (root.getAttribute('data-route') === 'app') {
  root.setAttribute('data-app-start', 'now');
  loading(true);
  setTimeout(() => loading(false), 4000);
  begin(classroom ? 'classroom' : 'page');
  for (const app of stateful) begin(app);
} else if (stateful.size > 0) {
  // web/offline.js registers the worker once the apps of a state have taken
  // their parts over (or 10 s have passed), so that its download never
  // competes with theirs.
  root.setAttribute('data-app-start', 'painted');
  // After the paint: the first largest-contentful-paint entry and one more
  // frame. A hidden tab or an iframe out of view paints nothing: 500 ms.
  const go = () => { for (const app of afterPaint) begin(app); };
  setTimeout(go, 500);
  const after = () => requestAnimationFrame(() => setTimeout(go));
  if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
    new PerformanceObserver(after).observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    after();
  }
} else {
  root.setAttribute('data-app-start', 'intent');
}
for (const island of document.querySelectorAll(ISLANDS)) {
  if (near) near.observe(island);
  else begin(appOf(island));
}
