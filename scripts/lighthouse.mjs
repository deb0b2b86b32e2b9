// One Lighthouse run (mobile preset, Lighthouse's default) against Debian's
// Chromium, through the Node API rather than the CLI: the page is served by
// the caller's own Node process, and a blocking child process would stop that
// server from answering. Used by the benchmark (scripts/bench.mjs).
import lighthouse from 'lighthouse';
// chrome-launcher is Lighthouse's own dependency (what its CLI launches with).
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Audits `url` in a fresh Chromium and returns the report (LHR). Throws on a
 * Lighthouse runtime error (e.g. NO_FCP: the page painted nothing) and after
 * `timeout` ms, killing that Chromium, so the benchmark never hangs.
 */
export async function runLighthouse(url, { timeout = 180_000 } = {}) {
  const chrome = await launchChrome({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    handleSIGINT: true,
  });
  let timer;
  try {
    // A page on loopback paints within a second or never: give up on the
    // first paint after 15 s rather than Lighthouse's 30 s.
    const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
      maxWaitForFcp: 15_000 });
    run.catch(() => {}); // after a timeout it rejects unobserved
    const expired = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${timeout / 1000} s`)), timeout);
    });
    const { lhr } = await Promise.race([run, expired]);
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    clearTimeout(timer);
    // Killing Chromium also ends a Lighthouse run still waiting on it.
    chrome.kill();
  }
}

/** The figures the benchmark prints, from one report. */
export function figures(lhr) {
  const ms = (k) => Math.round(lhr.audits[k].numericValue);
  const score = (k) => (lhr.categories[k].score === null ? null : Math.round(lhr.categories[k].score * 100));
  return {
    ...Object.fromEntries(CATEGORIES.map((k) => [k, score(k)])),
    'FCP ms': ms('first-contentful-paint'),
    'LCP ms': ms('largest-contentful-paint'),
    'TBT ms': ms('total-blocking-time'),
    CLS: +lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  };
}

/** Audits with weight in a category that score below 1, per category. */
export function failing(lhr) {
  const out = {};
  for (const k of CATEGORIES) {
    const ids = lhr.categories[k].auditRefs.filter((r) => r.weight > 0).map((r) => r.id)
      .filter((id) => lhr.audits[id].score !== null && lhr.audits[id].score < 1);
    if (ids.length) out[k] = ids;
  }
  return out;
}
