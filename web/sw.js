// The service worker: after one visit the whole release works without a
// network (the reading page in both languages, every diagram, the
// simulator, the slides, the presenter window, printing).
//
// scripts/post-build.mjs puts two constants in front of this file in dist/sw.js:
//   BUILD: the build id, a hash of every file of the release;
//   FILES: [[path relative to this script, sha-256 prefix of its bytes], …].
// A new release therefore is a new sw.js, and the browser installs it.
//
// Updates never mix two builds: every build has a cache of its own, which
// install fills with the full list (each file checked against its hash, so
// a half-deployed server cannot slip a file of another build in) or not at
// all; fetch answers only from the active build's cache. A new build waits
// while a page of the old one is open (that page still needs the old
// files), which then shows a quiet note (web/offline.js). It takes over at
// the next load: when the last old page is being left (it says so on
// `beforeunload`), the old worker lets the new one take over and answers
// that navigation, and whatever else comes before the new one is active,
// from the new build's cache, until the new page exists (so that it moves
// to the new worker with the rest: docs/offline-race.md); activating
// deletes the old build's cache.
/* global BUILD, FILES */

const SCOPE = self.registration.scope;
// Cache names are per origin; two copies at two sub-paths keep theirs apart.
const OURS = `opbouwwerk ${SCOPE} `;
const CACHE = OURS + BUILD;
const LISTED = new Set(FILES.map(([path]) => path));
const PAGE = 'index.html';

/** The files as they are on the server now, or a failure if any differs from this build. */
async function download() {
  return Promise.all(FILES.map(async ([path, hash]) => {
    const url = new URL(path, SCOPE);
    // Revalidated, so the HTTP cache cannot hand back a file of another build.
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const bytes = await response.arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, hash.length);
    if (hex !== hash) throw new Error(`${path} is not the file of build ${BUILD}`);
    // Only the type is kept: the body is already decoded (no Content-Encoding).
    const type = response.headers.get('content-type');
    return [url, new Response(bytes, { headers: type ? { 'content-type': type } : {} })];
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const files = await download();
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(files.map(([url, response]) => cache.put(url, response)));
    } catch (e) {
      await caches.delete(CACHE);
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(OURS) && name !== CACHE) await caches.delete(name);
    }
  })());
  // The page of the first visit comes under this worker too, so it can
  // start the app later without a network. Not awaited: during a
  // navigation that waits for this activation (see answer()), Chromium
  // settles claim() only after it.
  self.clients.claim().catch(() => {});
});

// Pages of this build that are being left (see the note at the top), with
// the time they said so: a leave counts for a few seconds only, as a page
// whose navigation did not happen (a cancelled one) is still there.
const leaving = new Map();
const LEAVE_MS = 3000;
let someoneLeaves = () => {};
// The pages a takeover navigation is making, until they say they exist.
const arriving = new Map();
self.addEventListener('message', (event) => {
  if (event.data === 'here' && event.source) {
    arriving.get(event.source.id)?.();
  } else if (event.data === 'leaving' && event.source) {
    leaving.set(event.source.id, Date.now());
    someoneLeaves();
  } else if (event.data === 'take-over') {
    // From the active worker of the build before, when its last page is
    // being left: activate as soon as it has answered that navigation (the
    // browser waits for that), and say so. A no-op for an active worker.
    // (Chromium settles skipWaiting()'s promise only on activation, which
    // waits for that answer and for this event: neither waits for it.)
    self.skipWaiting().catch(() => {});
    event.ports[0]?.postMessage(CACHE);
  }
});

/** Whether no window of this build stays open (waits a moment for a `leaving` message). */
async function noneStays() {
  for (let tries = 0; tries < 2; tries++) {
    const windows = await self.clients.matchAll({ type: 'window' });
    if (windows.every((w) => Date.now() - (leaving.get(w.id) ?? 0) < LEAVE_MS)) return true;
    if (tries === 0) await new Promise((r) => { someoneLeaves = r; setTimeout(r, 100); });
  }
  return false;
}

/**
 * Tells the waiting build to take over as soon as this worker is done;
 * resolves with the name of its cache once it has heard (null if not).
 */
function handOver(next) {
  const channel = new MessageChannel();
  return new Promise((done) => {
    channel.port1.onmessage = (event) => done(typeof event.data === 'string' ? event.data : null);
    next.postMessage('take-over', [channel.port2]);
    // Only a fallback: the waiting worker answers in milliseconds, but a
    // busy machine can take seconds (2 s was too short under load).
    setTimeout(() => done(null), 10000);
  });
}

// Once this worker's last page is being left for the next build: that
// build's cache, from which this worker answers until the new one is active
// (the browser activates it after this answer; the new page is then its).
let successor = null;

/**
 * The answer to `event` for the file at `path`. `whole` is called with a
 * promise that the event's lifetime waits for (see the takeover below).
 */
async function answer(event, path, whole) {
  const { request } = event;
  const next = self.registration.waiting;
  if (!successor && request.mode === 'navigate' && next && (await noneStays())) {
    successor = await handOver(next);
    // The takeover load must be whole: the browser activates the new build
    // only once this event is over, and moves the pages this worker controls
    // to it then, but the page this navigation makes is not one of them
    // until it exists, so a request it made after the activation would go
    // to the network. So this event lasts until the new page says it exists
    // (web/route.js, the first script it runs: then it is this worker's, and
    // moves with the others), at most 10 s.
    if (successor && event.resultingClientId) {
      const id = event.resultingClientId;
      whole(new Promise((done) => {
        arriving.set(id, done);
        setTimeout(done, 10000);
      }).finally(() => arriving.delete(id)));
    }
  }
  // Any query (?lang=en&present, …) is the same file: the app reads it.
  // (caches.match with a name does not create a cache that is gone.)
  const url = new URL(path, SCOPE);
  const hit = await caches.match(url, { cacheName: successor ?? CACHE });
  // Where the new build took over while this request was under way (its
  // worker deletes this build's cache when it activates), the new build's
  // file: the page itself is then the new build's, and Trunk names every
  // built file by the hash of its content, so a script, stylesheet or wasm
  // of the same name is the same file and two builds still cannot mix.
  // Only if the browser dropped every cache: the network, as without a worker.
  return hit ?? (await caches.match(url)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  let path = decodeURIComponent(new URL(request.url).pathname.slice(new URL(SCOPE).pathname.length));
  if (path === '' && request.mode === 'navigate') path = PAGE;
  // Not a file of this release: the network, as without a worker.
  if (!LISTED.has(path)) return;
  let whole = () => {};
  if (request.mode === 'navigate') event.waitUntil(new Promise((settled) => { whole = settled; }));
  event.respondWith(answer(event, path, whole).finally(() => whole()));
});
