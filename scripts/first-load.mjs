// What a visit transfers, from the release build: gzip bytes (level 9) of
// each file, split by kind and by when it is loaded.
//
// - "first visit": index.html (the prerendered article) and what it loads
//   itself: stylesheets, icon, the loader script. This is everything a first
//   visit to the reading page fetches until the reader reaches for a control
//   or scrolls near a diagram (web/loader-start.js).
// - "on demand": what the loader imports when the app starts on the
//   reading page or an embed: the reading and embed app's JavaScript
//   bindings and wasm.
// - "classroom": what it imports instead for the slides and the presenter's
//   window: the classroom app (`classroom-*`, scripts/post-build.mjs).
// - "content": the reading and embed app's content, one data file per
//   language (`content-*.bin`, src/content/reading.rs); the loader fetches
//   the page's one beside the app. Data, not code: "on demand" is the code.
//
// Used by the benchmark (printed) and by the budget test
// (tests/e2e/budget.test.mjs); tests/e2e/loading.test.mjs checks in Chromium
// that a first visit fetches exactly the "first visit" files.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const KINDS = { wasm: 'wasm', js: 'js', css: 'css', html: 'html', bin: 'data' };

export function firstLoad(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  // A browser with scripts does not load what <noscript> holds.
  const scripted = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const first = new Set();
  for (const m of scripted.matchAll(/<(?:link|script)\b[^>]*?(?:href|src)="\.?\/?([^"#?]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(?:icon|stylesheet|modulepreload|preload)"/.test(tag) || tag.startsWith('<script')) first.add(m[1]);
  }
  // The loader imports the bindings and the wasm of one of the two apps
  // when the app starts.
  const later = new Set();
  const classroom = new Set();
  const content = new Set();
  for (const f of [...first].filter((f) => /^loader-.*\.js$/.test(f))) {
    const js = readFileSync(path.join(dist, f), 'utf8');
    for (const m of js.matchAll(/['"]\.\/([\w.-]+\.(?:js|wasm))['"]/g)) {
      if (!first.has(m[1])) (m[1].startsWith('classroom-') ? classroom : later).add(m[1]);
    }
    const names = /const CONTENT = (\{[^}]*\});/.exec(js);
    for (const f of names ? Object.values(JSON.parse(names[1])) : []) content.add(f);
  }
  const row = (file, when, buf) => ({
    file, when, kind: KINDS[path.extname(file).slice(1)] ?? 'other', raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length,
  });
  const rows = [row('index.html', 'first visit', Buffer.from(html))];
  for (const [files, when] of [[first, 'first visit'], [later, 'on demand'], [classroom, 'classroom'], [content, 'content']]) {
    for (const f of [...files].sort()) {
      const p = path.join(dist, f);
      if (!existsSync(p)) throw new Error(`index.html references a missing file: ${f}`);
      rows.push(row(f, when, readFileSync(p)));
    }
  }
  const sum = (rs) => rs.reduce((a, r) => a + r.gzip, 0);
  const part = (when) => {
    const rs = rows.filter((r) => r.when === when);
    const byKind = {};
    for (const r of rs) byKind[r.kind] = (byKind[r.kind] ?? 0) + r.gzip;
    return { files: rs.map((r) => r.file), byKind, total: sum(rs) };
  };
  // The content a reader fetches: the page's language's, the larger of the two.
  const data = rows.filter((r) => r.when === 'content');
  return { rows, firstVisit: part('first visit'), onDemand: part('on demand'), classroom: part('classroom'), content: part('content'),
    oneLanguage: Math.max(0, ...data.map((r) => r.gzip)), total: sum(rows) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, firstVisit, onDemand, classroom, oneLanguage, total } = firstLoad(process.argv[2] ?? 'dist');
  console.table(rows);
  console.log('first visit, gzip bytes:', firstVisit.byKind, 'total:', firstVisit.total);
  console.log('on demand (the reading and embed app), gzip bytes:', onDemand.byKind, 'total:', onDemand.total);
  console.log('classroom (the slides\' and presenter\'s app), gzip bytes:', classroom.byKind, 'total:', classroom.total);
  console.log('content of the reading and embed app, one language (data), gzip bytes:', oneLanguage);
  console.log('all:', total);
}

/** gzip -9 bytes of `file` (a path in `dist`), as the test server sends it. */
const gzipCache = new Map();
export function gzipBytes(dist, file) {
  const p = path.join(dist, file);
  if (!gzipCache.has(p)) gzipCache.set(p, gzipSync(readFileSync(p), { level: 9 }).length);
  return gzipCache.get(p);
}

/**
 * An init script (page.addInitScript) that notes when the app takes over
 * the prerendered page (removes `data-prerendered` from <body>:
 * src/browser/takeover.rs): from then on the app answers a press.
 */
export function noteTakeover() {
  new MutationObserver((_, mo) => {
    if (document.body && !document.body.hasAttribute('data-prerendered')) {
      window.__benchTakenOverAt = performance.now();
      mo.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-prerendered'] });
}

/**
 * The JavaScript and wasm `page` fetched before the app took over (as noted
 * by noteTakeover; everything so far if it never did), from the page's
 * resource timing, with gzip -9 bytes of each file in `dist`: the server
 * of the benchmark compresses the same way, but the size is the file's, not
 * what one run happened to transfer.
 */
export async function fetchedCode(page, dist) {
  const { entries, origin } = await page.evaluate(() => {
    const until = window.__benchTakenOverAt ?? Infinity;
    return {
      origin: location.origin,
      entries: performance.getEntriesByType('resource').filter((e) => e.startTime <= until).map((e) => e.name),
    };
  });
  const files = [...new Set(entries.map((u) => new URL(u)).filter((u) => u.origin === origin && /\.(?:m?js|wasm)$/.test(u.pathname))
    .map((u) => decodeURIComponent(u.pathname.slice(1))))].sort();
  const rows = files.map((file) => ({ file, gzip: gzipBytes(dist, file) }));
  return { rows, total: rows.reduce((a, r) => a + r.gzip, 0) };
}
