// The benchmark (not a test): first-load transfer, slider-to-DOM latency in
// Chromium, and Lighthouse (mobile preset) scores. Prints one table per part.
// Usage: node scripts/bench.mjs [dist]   (scripts/bench.sh builds first)
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstLoad } from './first-load.mjs';
import { launch, serve, open, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');

// 1. First-load bytes.
const load = firstLoad(dist);
console.log('\n## First load (gzip -9 bytes)');
console.table(load.rows);
console.table({ ...load.byKind, total: load.total });

// 2. Slider input → updated DOM, p50/p95 over 200 inputs.
const server = await serve(dist);
const browser = await launch();
const { page, context } = await open(browser, `${server.url}#spagaat-simulator`);
await page.waitForSelector('#spagaat-simulator input[type=range]');
const samples = await page.evaluate(async () => {
  const input = document.querySelector('#spagaat-simulator input[type=range]');
  const root = document.getElementById('spagaat-simulator');
  const times = [];
  for (let i = 0; i < 200; i++) {
    const next = String((Number(input.value) + 1) % (Number(input.max) + 1));
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now()); });
      mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      // Never hang the benchmark: a missed update counts as 1 s.
      setTimeout(() => { mo.disconnect(); resolve(performance.now()); }, 1000);
    });
    const t0 = performance.now();
    input.value = next;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await changed;
    // Let the rest of the update land before the next input.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(t1 - t0);
  }
  return times;
});
await context.close();
samples.sort((a, b) => a - b);
const pct = (p) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
console.log('\n## Slider input → DOM updated (ms, 200 inputs, first slider of the simulator)');
console.table({ p50: +pct(50).toFixed(2), p95: +pct(95).toFixed(2), max: +samples.at(-1).toFixed(2) });
await browser.close();

// 3. Lighthouse, mobile preset, against Debian's Chromium.
const out = path.join(mkdtempSync(path.join(tmpdir(), 'lh-')), 'report.json');
try {
  execFileSync(path.resolve('node_modules/.bin/lighthouse'), [server.url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' } });
  const lh = JSON.parse(readFileSync(out, 'utf8'));
  const cat = (k) => Math.round(lh.categories[k].score * 100);
  const ms = (k) => Math.round(lh.audits[k].numericValue);
  console.log('\n## Lighthouse 12.2.3, mobile preset');
  console.table({ performance: cat('performance'), accessibility: cat('accessibility'), 'best-practices': cat('best-practices'),
    seo: cat('seo'), 'FCP ms': ms('first-contentful-paint'), 'LCP ms': ms('largest-contentful-paint'), 'TBT ms': ms('total-blocking-time') });
  for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const failing = Object.values(lh.audits).filter((a) => a.score !== null && a.score < 1 &&
      lh.categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id);
    if (failing.length) console.log(`  ${k}: below 1 in ${failing.join(', ')}`);
  }
} catch (e) {
  console.log('Lighthouse failed:', e.message);
}
await server.close();
