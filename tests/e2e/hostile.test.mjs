// Hostile and malformed URLs: each must render the page with a heading, log
// no panic and no uncaught error, open no dialog and inject nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watch, assertClean, startApp } from './harness.mjs';

const KEYS = ['lang', 'embed', 'title', 'present', 'presenter', 'preset', 'cw', 'cut', 'delay', 'catch', 'latent', 'extra',
  'kring', 'arg', 'bron', 'tijd'];
const VALUES = [
  '<script>window.__pwned=1</script>', '"><img src=x id=pwned onerror="window.__pwned=1">', 'javascript:window.__pwned=1',
  '%00', '%E0%A4%A', '%ZZ', '1e309', '-1', 'NaN', '-0', '0x1F', '9'.repeat(400), 'a'.repeat(8000), '../../etc/passwd',
  '%F0%9F%92%A5%F0%9F%8F%B3%EF%B8%8F%E2%80%8D%F0%9F%8C%88', '%E2%80%AE%E2%80%8Bnl', '%C0%AF', '{{7*7}}', "'; DROP TABLE x;--",
];
const FRAGMENTS = ['#<img src=x onerror=alert(1)>', '#%3Cscript%3E', '#' + 'x'.repeat(5000), '#de-nieuwe-spagaat/999999999999',
  '#handreikingen/-1', '#argumentkaart/bestaat-niet', '#%E0%A4%A', '#../../', '#begrippen/%00', '#💥', '#javascript:alert(1)',
  '#', '##', '#/', '#handreikingen//2'];

/** At least 100 URLs: every key with a spread of values, repeats, and fragments. */
export function corpus() {
  const urls = [];
  KEYS.forEach((k, i) => {
    for (let j = 0; j < 7; j++) urls.push(`?${k}=${VALUES[(i * 7 + j) % VALUES.length]}`);
  });
  for (const f of FRAGMENTS) urls.push(f);
  urls.push('?lang=en&lang=nl&lang=<b>', '?cw=1&cw=2&cw=3&cw=999', '?' + 'cw=5&'.repeat(2000), '?&&&===&', '?=', '?%',
    '?lang', '?embed', '?embed=&title=', '?present&embed=1', '?present=%ZZ#%ZZ', '?presenter&present#<b>',
    '?lang=EN%00', '?preset=__proto__', '?constructor=1&__proto__=x', '?embed=spagaat-simulator&cw=1e999',
    `?arg=${'-'.repeat(64)}`, '?kring=a%2Fb', '?tijd=%20%20', '?bron=%E2%80%AE');
  return urls;
}

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the corpus has at least 100 hostile URLs', () => {
  assert.ok(corpus().length >= 100, `${corpus().length}`);
});

test('every hostile URL renders a heading, quietly, with nothing injected', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = await watch(page, [server.origin]);
  const failures = [];
  for (const suffix of corpus()) {
    const before = problems.length;
    const url = server.url + suffix;
    try {
      await page.goto('about:blank');
      await page.goto(url);
      // The app, not just the prerendered page, must have read the URL.
      await startApp(page);
      await page.waitForSelector('h1:visible, h2:visible', { timeout: 15000 });
      const injected = await page.evaluate(() => ({
        pwned: window.__pwned === 1,
        markup: document.querySelectorAll('#pwned, body script, [onerror], img[src=x]').length,
      }));
      if (injected.pwned || injected.markup) failures.push(`${suffix.slice(0, 80)}: injected ${JSON.stringify(injected)}`);
    } catch (e) {
      failures.push(`${suffix.slice(0, 80)}: ${e.message.split('\n')[0]}`);
    }
    if (problems.length > before) failures.push(`${suffix.slice(0, 80)}: ${problems.slice(before).join('; ').slice(0, 300)}`);
  }
  await context.close();
  assert.deepEqual(failures, []);
});

test('the hostile test fails when something is injected (self-check)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<main><h1>x</h1><img src=x id=pwned></main>');
  const markup = await page.evaluate(() => document.querySelectorAll('#pwned, body script, [onerror], img[src=x]').length);
  await context.close();
  assert.equal(markup, 1);
  assertClean([]);
});
