// The README's first command, as a new user meets it: `make serve` on a
// clean copy of the checkout (no dist/), then the page it serves in
// Chromium: it reads, its app starts (a press in the simulator moves the
// chart), nothing goes wrong under the release's Content-Security-Policy,
// and a sentence changed in content/ is on the page after the rebuild,
// which reloads it. The copy installs its node packages as a fresh clone
// does (make serve's setup) and builds into a target folder of its own,
// kept in the checkout's between runs: cargo names a crate's artifacts
// alike in two copies of one checkout, so a shared folder would let the
// copy's build stand for the checkout's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launch, watch, assertClean } from './harness.mjs';

// A cold build (wasm and native, debug, dependencies included) on a 2-core machine.
const BUILD = 20 * 60 * 1000;

let browser, copy, serving, output = '';

/** A port nothing listens on now. */
async function freePort() {
  const server = net.createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Resolves once `make serve`'s output has matched `pattern`; fails if it ends first. */
function printed(pattern) {
  return new Promise((ok, fail) => {
    const look = () => {
      const found = pattern.exec(output);
      if (found) {
        serving.stdout.off('data', look);
        serving.stderr.off('data', look);
        ok(found);
      }
    };
    serving.stdout.on('data', look);
    serving.stderr.on('data', look);
    serving.once('exit', (code) => fail(new Error(`make serve ended (${code}) before printing ${pattern}:\n${output.slice(-4000)}`)));
    look();
  });
}

/** Polls `url` until it answers 200 with a page that has `text`. */
async function answers(url, text) {
  for (;;) {
    if (serving.exitCode !== null) throw new Error(`make serve ended (${serving.exitCode}):\n${output.slice(-4000)}`);
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes(text)) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

before(async () => {
  // The checkout's files as a fresh clone has them (tracked, and new ones
  // not ignored).
  copy = mkdtempSync(path.join(os.tmpdir(), 'opbouwwerk-serve-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(ROOT, file);
    try {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(from, path.join(copy, file));
    } catch {
      // deleted in the work tree and not yet committed
    }
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (serving?.exitCode === null) {
    process.kill(-serving.pid, 'SIGTERM');
    await new Promise((ok) => serving.once('exit', ok));
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('make serve on a clean checkout serves the page with its app, and shows a changed sentence after the rebuild', { timeout: BUILD + 5 * 60 * 1000 }, async (t) => {
  const port = await freePort();
  const target = path.join(JSON.parse(execFileSync('cargo', ['metadata', '--offline', '--format-version', '1', '--no-deps'], { cwd: ROOT, encoding: 'utf8' })).target_directory, 'serve-journey');
  serving = spawn('make', ['serve'], {
    cwd: copy,
    detached: true,
    env: { ...process.env, PORT: String(port), CARGO_TARGET_DIR: target },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [serving.stdout, serving.stderr]) stream.on('data', (chunk) => { output += chunk; });
  const [address] = await printed(new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
  assert.equal(address, `http://127.0.0.1:${port}/`);
  const started = Date.now();
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no page in ${BUILD / 60000} min:\n${output.slice(-4000)}`)), BUILD);
  });
  await Promise.race([answers(address, 'data-prerendered'), late]).finally(() => clearTimeout(timer));
  t.diagnostic(`first build: ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const html = await (await fetch(address)).text();
  assert.match(html, /<h1[^>]*>[^<]*Opbouwwerkers, kom uit de kast!/, 'the prerendered page, not an empty folder');
  assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/, 'the release\'s CSP');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const problems = await watch(page, [new URL(address).origin]);
    await page.goto(`${address}#spagaat-simulator`);
    assert.match(await page.textContent('h1'), /Opbouwwerkers, kom uit de kast!/);
    // A press in the simulator before its code is there: the app starts,
    // does it, and the chart moves.
    const chart = () => page.$$eval('#spagaat-simulator svg path', (ps) => ps.map((p) => p.getAttribute('d')).join('|'));
    const before = await chart();
    const scenario = page.locator('#spagaat-simulator .sim-presets button').nth(1);
    await scenario.click();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready-classroom') === 'started', null, { timeout: 60000 });
    await page.waitForFunction(() => document.querySelector('#spagaat-simulator .sim-presets button[aria-pressed="true"]') !== null);
    await page.waitForFunction((old) => [...document.querySelectorAll('#spagaat-simulator svg path')].map((p) => p.getAttribute('d')).join('|') !== old, before);

    // An editor changes a sentence in content/: the page reloads itself
    // with it once the rebuild is done.
    const file = path.join(copy, 'content/nl/ui.toml');
    const ui = readFileSync(file, 'utf8');
    const found = /^app_name = "([^"]+)"$/m.exec(ui);
    assert.ok(found, 'content/nl/ui.toml has an app_name');
    const changed = `${found[1]} (bewerkt)`;
    const saved = Date.now();
    writeFileSync(file, ui.replace(found[0], `app_name = "${changed}"`));
    await page.waitForFunction((text) => document.body.textContent.includes(text), changed, { timeout: BUILD, polling: 500 });
    t.diagnostic(`a content change on the page after ${((Date.now() - saved) / 1000).toFixed(1)} s`);
    assertClean(problems, 'make serve');
  } finally {
    await context.close();
  }
});
