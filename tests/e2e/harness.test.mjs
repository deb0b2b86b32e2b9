// The harness itself must catch what it promises to catch; otherwise every
// other end-to-end test could pass without meaning anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, open, settled } from './harness.mjs';

let browser, server;
const page = (body) => ['text/html', `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; img-src 'self'"></head><body><main>x</main>${body}</body></html>`];
before(async () => {
  browser = await launch();
  server = await serve(undefined, {
    prefix: '/nothing/',
    extra: {
      '/panic': page('<script src="/panic.js"></script>'),
      '/panic.js': ['text/javascript', 'console.error("panicked at src/lib.rs:1:1: boom")'],
      '/throw': page('<script src="/throw.js"></script>'),
      '/throw.js': ['text/javascript', 'setTimeout(() => { throw new Error("uncaught boom") })'],
      '/csp': page('<script>console.log("inline")</script>'),
      '/away': page('<img src="http://192.0.2.1/pixel.png" alt="">'),
      '/dialog': page('<script src="/dialog.js"></script>'),
      '/dialog.js': ['text/javascript', 'alert("hi")'],
      '/clean': page(''),
    },
  });
});
after(async () => { await browser?.close(); await server?.close(); });

for (const [path, expect] of [['/panic', /panicked at/], ['/throw', /uncaught: uncaught boom/], ['/csp', /CSP violation/],
  ['/away', /request left the origin/], ['/dialog', /dialog: alert/]]) {
  test(`the harness records ${path.slice(1)}`, async () => {
    const { context, problems, page } = await open(browser, server.origin + path);
    // Events arrive asynchronously; on a busy machine that can take a while.
    for (let i = 0; i < 50 && !problems.some((p) => expect.test(p)); i++) await page.waitForTimeout(100);
    await context.close();
    assert.ok(problems.some((p) => expect.test(p)), `expected ${expect} in ${JSON.stringify(problems)}`);
  });
}

test('the harness records nothing on a clean page', async () => {
  const { context, problems, page } = await open(browser, server.origin + '/clean');
  // The check is that NOTHING is recorded: once the page has settled.
  await settled(page);
  await context.close();
  assert.deepEqual(problems, []);
});
