// The service worker under `make serve` (scripts/post-build.mjs writes it as
// sw.js there; the pages register none): a release served earlier on the
// same address left its worker, which would keep answering with that
// release. The browser checks sw.js when such a page loads, finds this one,
// and this one takes over at once, deletes the release's caches, unregisters
// itself and reloads the pages it controls, which then come from the server.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('opbouwwerk ')) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
