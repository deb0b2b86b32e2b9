// Offline after one visit (web/sw.js): registers the service worker once
// the page has finished loading, shows a quiet note when a new version is
// waiting, and points the manifest link at the page's language.
// scripts/post-build.mjs copies this file into the release under a hashed
// name and loads it from index.html (a file: the CSP forbids inline scripts).
//
// - Embeds are guests: a page in `?embed` mode or in any frame registers
//   nothing (docs/embedding.md). A host's visitors get no worker they did
//   not ask for.
// - The worker is registered after the load event (and, where the address
//   starts the app at once, after the app has taken over), when the browser
//   is idle: its download of the release never competes with the page's.
// - The note's text is the content's (content/*/ui-offline.toml), which the
//   prerender step puts into the page's <head> as <template id="update-note">;
//   this script only picks the page's language.

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const guest = params.has('embed') || window.top !== window;

// The English page's manifest is the English one (name, start address).
const manifest = document.querySelector('link[rel="manifest"]');
const manifests = { nl: manifest?.getAttribute('href'), en: manifest?.dataset.en };
let note = null;
let waiting = false;
function follow() {
  const lang = root.lang === 'en' ? 'en' : 'nl';
  if (manifest && manifests[lang] && manifest.getAttribute('href') !== manifests[lang]) manifest.setAttribute('href', manifests[lang]);
  if (note) note.textContent = text(lang);
}
new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
follow();

function text(lang) {
  const template = document.getElementById('update-note');
  const p = template?.content.querySelector(`[lang="${lang}"]`) ?? template?.content.firstElementChild;
  return p?.textContent.trim() ?? '';
}

/**
 * The note that a new version is there: a status (read out politely, never
 * focused, no dialog), kept in the page when the app takes it over.
 */
function showNote() {
  if (note) return;
  note = document.createElement('p');
  note.className = 'update-note';
  note.setAttribute('role', 'status');
  const place = () => !note.isConnected && document.body?.append(note);
  place();
  // The app's takeover empties <body>: put the note back.
  if (document.body) new MutationObserver(place).observe(document.body, { childList: true });
  // Filled a moment after it is in the page, so screen readers announce it.
  requestAnimationFrame(() => setTimeout(follow));
  // Leaving this page is the moment the new version may take over, if no
  // other page of this version stays open (web/sw.js).
  addEventListener('beforeunload', () => navigator.serviceWorker.controller?.postMessage('leaving'));
}

async function register() {
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './', updateViaCache: 'none' });
  // A worker waiting while this page runs the active one: a new version.
  const watch = (worker) => {
    const check = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller && !waiting) {
        waiting = true;
        showNote();
      }
    };
    worker.addEventListener('statechange', check);
    check();
  };
  if (registration.waiting) watch(registration.waiting);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
}

// Where the app starts right away or right after the first paint
// (loader-start.js marks it `data-app-start` "now" or "painted", once web/route.js has placed
// the page), the worker waits until the app has taken the page over (at most
// 10 s), so its download never competes with the app's.
const placed = () => new Promise((done) => {
  if (root.getAttribute('data-route') !== 'pending') return done();
  document.addEventListener('route', done, { once: true });
});
// web/route.js adds this script and the loader together, in no fixed
// order: first the loader's decision (it marks `data-app-start` once the
// page is placed; at most 10 s).
const decided = () => new Promise((done) => {
  if (root.hasAttribute('data-app-start')) return done();
  const watch = new MutationObserver(() => root.hasAttribute('data-app-start') && (watch.disconnect(), done()));
  watch.observe(root, { attributes: true, attributeFilter: ['data-app-start'] });
  setTimeout(done, 10000);
});
const takenOver = () => new Promise((done) => {
  const body = document.body;
  const soon = ['now', 'painted'].includes(root.getAttribute('data-app-start'));
  if (!soon || !body?.hasAttribute('data-prerendered')) return done();
  const watch = new MutationObserver(() => !body.hasAttribute('data-prerendered') && done());
  watch.observe(body, { attributes: true, attributeFilter: ['data-prerendered'] });
  setTimeout(done, 10000);
});
const loaded = () => new Promise((done) => (document.readyState === 'complete' ? done() : addEventListener('load', done, { once: true })));
if (!guest && 'serviceWorker' in navigator) {
  loaded().then(placed).then(decided).then(takenOver).then(() => {
    (globalThis.requestIdleCallback ?? setTimeout)(() => register().catch(() => {}), { timeout: 5000 });
  });
}
