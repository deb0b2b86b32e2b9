// The benchmark (not a test): first-load transfer, slider-to-DOM latency in
// Chromium, Lighthouse (mobile preset) scores, and the app's LCP over that of
// a static snapshot of its page. Prints one table per part.
// LH_RUNS sets the Lighthouse runs per page (default 3, about 15 s each).
// Usage: node scripts/bench.mjs [dist]   (scripts/bench.sh builds first)
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstLoad } from './first-load.mjs';
import { runLighthouse, figures, failing } from './lighthouse.mjs';
import { writeStaticSnapshot } from './static-snapshot.mjs';
import { launch, serve, open, startApp } from '../tests/e2e/harness.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');

// 1. Transfer: what a first visit fetches, and the app fetched on demand.
const load = firstLoad(dist);
console.log('\n## Transfer (gzip -9 bytes; served gzip-compressed, as a static host does)');
console.table(load.rows);
console.table({ 'first visit': { ...load.firstVisit.byKind, total: load.firstVisit.total, budget: 150_000 },
  'on demand (the app)': { ...load.onDemand.byKind, total: load.onDemand.total } });

// 2. Slider input → updated DOM, p50/p95 over 200 inputs. Parts 2 and 3 serve
// a temporary copy of dist that also holds the static snapshot (part 3).
const served = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
cpSync(dist, served, { recursive: true });
writeStaticSnapshot(served);
const server = await serve(served);
const browser = await launch();
const { page, context } = await open(browser, `${server.url}#spagaat-simulator`);
await page.waitForSelector('#spagaat-simulator input[type=range]');
// Measure the app, not the prerendered page it takes over.
await startApp(page);
// Two ways a slider moves: dragging fires `input` events only (the page
// updates, the URL waits); a key press fires `input` and `change` (the URL is
// written too). Each sample is the time until the first DOM change, which
// the MutationObserver reports only after the update's microtasks have run.
const measure = (events) => page.evaluate(async (events) => {
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
    for (const name of events) input.dispatchEvent(new Event(name, { bubbles: true }));
    const t1 = await changed;
    // Let the rest of the update land before the next input.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push(t1 - t0);
  }
  return times;
}, events);
const stats = (samples) => {
  samples.sort((a, b) => a - b);
  const pct = (p) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
  return { p50: +pct(50).toFixed(2), p95: +pct(95).toFixed(2), max: +samples.at(-1).toFixed(2) };
};
const drag = stats(await measure(['input']));
const key = stats(await measure(['input', 'change']));
await context.close();
console.log('\n## Slider input → DOM updated (ms, 200 inputs, first slider of the simulator)');
console.table({ 'input (drag)': drag, 'input + change (key press, URL written)': key });
await browser.close();

// 3. Lighthouse, mobile preset, against Debian's Chromium: the app, and a
// static snapshot of its page (index.html without its scripts, served beside
// it from the copy of dist) for the LCP ratio. On the plain address the app
// starts on demand, which Lighthouse never triggers; so the page is also
// audited at `?lang=nl` (the same page, where the app starts right after
// the first paint), to show what the app costs once it runs. Runs alternate
// between the pages so drift hits all alike; each figure is the median over the runs. A page
// that fails once (timeout, or NO_FCP: it painted nothing) is not retried.
const runs = Number(process.env.LH_RUNS || 3);
const pages = { app: server.url, snapshot: `${server.url}snapshot.html`, 'app started': `${server.url}?lang=nl` };
const results = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
const seconds = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
const errors = {};
for (let i = 0; i < runs; i++) {
  for (const [name, url] of Object.entries(pages)) {
    if (errors[name]) continue;
    const t0 = Date.now();
    try {
      results[name].push(await runLighthouse(url));
    } catch (e) {
      errors[name] = e.message;
    }
    seconds[name].push((Date.now() - t0) / 1000);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The app's full figures come from its median-LCP run.
const byLcp = results.app.map((lhr) => [figures(lhr), lhr]).sort((a, b) => a[0]['LCP ms'] - b[0]['LCP ms']);
if (byLcp.length) {
  const [fig, lhr] = byLcp[Math.floor((byLcp.length - 1) / 2)];
  console.log(`\n## Lighthouse ${lhr.lighthouseVersion}, mobile preset (the app; the median-LCP run of ${byLcp.length})`);
  console.table(fig);
  for (const [k, ids] of Object.entries(failing(lhr))) console.log(`  ${k}: below 1 in ${ids.join(', ')}`);
}
if (errors.app) console.log(`Lighthouse failed: ${errors.app}`);

const row = (name) => {
  const figs = results[name].map(figures);
  const m = (k) => (figs.length ? median(figs.map((f) => f[k])) : null);
  return { runs: figs.length, 's per run': +median(seconds[name]).toFixed(1), performance: m('performance'),
    'FCP ms': m('FCP ms'), 'LCP ms': m('LCP ms'), 'LCP ms per run': figs.map((f) => f['LCP ms']).join(' ') || 'failed',
    ...(figs.length && { 'TBT ms': m('TBT ms'), 'scores (median)': ['accessibility', 'best-practices', 'seo'].map(m).join(' ') }) };
};
const table = Object.fromEntries(Object.keys(pages).map((name) => [name, row(name)]));
const ratio = table.app['LCP ms'] && table.snapshot['LCP ms'] ? table.app['LCP ms'] / table.snapshot['LCP ms'] : null;
table.app['LCP / snapshot LCP'] = ratio === null ? 'n/a' : +ratio.toFixed(2);
table.app.target = '≤ 1.10';
console.log('\n## Lighthouse per page, and the LCP ratio app / static snapshot of its page (mobile preset, medians over the runs)');
console.table(table);
for (const name of ['snapshot', 'app started']) if (errors[name]) console.log(`  ${name}: Lighthouse failed: ${errors[name]}`);
if (ratio !== null) console.log(`  LCP(app) / LCP(snapshot) = ${ratio.toFixed(2)}: target ≤ 1.10 ${ratio <= 1.1 ? 'met' : 'not met'}`);
else if (errors.snapshot?.startsWith('NO_FCP')) console.log('  LCP(app) / LCP(snapshot): n/a, the snapshot paints nothing (index.html has no visible content without its scripts)');
await server.close();
rmSync(served, { recursive: true, force: true });
