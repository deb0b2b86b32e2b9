// What a visit transfers, from the release build: gzip bytes (level 9) of
// each file, split by kind and by when it is loaded.
//
// - "first visit": index.html (the prerendered article) and what it loads
//   itself: stylesheets, icon, the loader script. This is everything a first
//   visit to the reading page fetches until the reader reaches for a control
//   or scrolls near a diagram (web/loader-start.js).
// - "on demand": what the loader imports when an app starts on the reading
//   page or an embed: one app per part of the page (the page's own, the
//   timeline, the node-link diagrams, the simulator: app::parts), each its
//   JavaScript bindings and wasm. A reader waits for one of them before
//   a press in its part is answered; `apps` has each, `onDemand` the
//   largest.
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
  // The router adds the loader and the worker's registration after the
  // first paint (web/route.js, `LATER`: filled in by scripts/post-build.mjs).
  for (const f of [...first].filter((f) => /^route-.*\.js$/.test(f))) {
    const named = /const LATER = (\{[^}]*\});/.exec(readFileSync(path.join(dist, f), 'utf8'));
    if (!named) throw new Error(`${f}: names no loader`);
    for (const later of Object.values(JSON.parse(named[1]))) first.add(later.replace(/^\.\//, ''));
  }
  // The loader imports the bindings and the wasm of an app when it starts
  // (web/loader-start.js, `APPS`: filled in by scripts/post-build.mjs).
  const apps = {};
  const content = new Set();
  for (const f of [...first].filter((f) => /^loader-.*\.js$/.test(f))) {
    const js = readFileSync(path.join(dist, f), 'utf8');
    const named = /const APPS = (\{[^}]*\});/.exec(js);
    if (!named) throw new Error(`${f}: names no apps`);
    Object.assign(apps, JSON.parse(named[1]));
    const names = /const CONTENT = (\{[^}]*\});/.exec(js);
    for (const f of names ? Object.values(JSON.parse(names[1])) : []) content.add(f);
  }
  const later = new Set(Object.entries(apps).filter(([app]) => app !== 'classroom').flatMap(([, files]) => files));
  const classroom = new Set(apps.classroom ?? []);
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
  // Each reading and embed app; the largest is what a reader waits for at most.
  const each = Object.fromEntries(Object.entries(apps).filter(([app]) => app !== 'classroom').map(([app, files]) => {
    const rs = rows.filter((r) => files.includes(r.file));
    const byKind = {};
    for (const r of rs) byKind[r.kind] = (byKind[r.kind] ?? 0) + r.gzip;
    return [app, { files, byKind, total: sum(rs) }];
  }));
  const largest = Object.values(each).reduce((a, b) => (b.total > a.total ? b : a), { files: [], byKind: {}, total: 0 });
  return { rows, firstVisit: part('first visit'), apps: each, onDemand: largest, everyApp: part('on demand'), classroom: part('classroom'),
    content: part('content'), oneLanguage: Math.max(0, ...data.map((r) => r.gzip)), total: sum(rows) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, firstVisit, apps, classroom, oneLanguage, total } = firstLoad(process.argv[2] ?? 'dist');
  console.table(rows);
  console.log('first visit, gzip bytes:', firstVisit.byKind, 'total:', firstVisit.total);
  for (const [app, { byKind, total: bytes }] of Object.entries(apps)) {
    console.log(`on demand, the reading and embed app of the part "${app}", gzip bytes:`, byKind, 'total:', bytes);
  }
  console.log('classroom (the slides\' and presenter\'s app), gzip bytes:', classroom.byKind, 'total:', classroom.total);
  console.log('content of the reading and embed app, one language (data), gzip bytes:', oneLanguage);
  console.log('all:', total);
}
