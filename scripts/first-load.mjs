// First-load transfer of the release build: gzip bytes (level 9) of
// index.html and every file the first visit loads, split by kind. Used by the
// benchmark (printed) and by the budget test (tests/e2e/budget.test.mjs).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export function firstLoad(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*?(?:href|src)="\.?\/?([^"#?]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(?:icon|stylesheet|modulepreload|preload)"/.test(tag) || tag.startsWith('<script')) files.add(m[1]);
  }
  // The loader imports the bindings and the wasm; follow its imports.
  for (const f of [...files].filter((f) => /^loader-.*\.js$/.test(f))) {
    const js = readFileSync(path.join(dist, f), 'utf8');
    for (const m of js.matchAll(/['"]\.\/([\w.-]+\.(?:js|wasm))['"]/g)) files.add(m[1]);
  }
  const rows = [{ file: 'index.html', kind: 'html', raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length }];
  for (const f of [...files].sort()) {
    const p = path.join(dist, f);
    if (!existsSync(p)) throw new Error(`index.html references a missing file: ${f}`);
    const buf = readFileSync(p);
    const ext = path.extname(f).slice(1);
    const kind = { wasm: 'wasm', js: 'js', css: 'css' }[ext] ?? 'other';
    rows.push({ file: f, kind, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  const byKind = {};
  for (const r of rows) byKind[r.kind] = (byKind[r.kind] ?? 0) + r.gzip;
  const total = rows.reduce((a, r) => a + r.gzip, 0);
  return { rows, byKind, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { rows, byKind, total } = firstLoad(dist);
  console.table(rows);
  console.log('first load, gzip bytes by kind:', byKind, 'total:', total);
}
