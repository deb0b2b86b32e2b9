// Live reload under `make serve` only (scripts/post-build.mjs adds it to the
// pages there, never to a release): listens to Trunk's reload channel, a
// WebSocket of the serving address, and reloads the page when a new build
// is there. A file, not Trunk's own inline script, so the pages keep the
// release's Content-Security-Policy (`connect-src 'self'` covers it).
// A failed build is said in the console, and the page stays as it was.
(() => {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/.well-known/trunk/ws`;
  let lost = false;
  const connect = () => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      // Trunk was restarted: it rebuilt on its start.
      if (lost) location.reload();
    });
    ws.addEventListener('message', (event) => {
      let message = null;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message?.type === 'reload') location.reload();
      else if (message?.type === 'buildFailure') console.error('make serve: the build failed; the page is the last good build.\n', message.data?.reason ?? '');
    });
    ws.addEventListener('close', () => {
      lost = true;
      setTimeout(connect, 2000);
    });
  };
  connect();
})();
