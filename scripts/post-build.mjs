// Trunk post-build hook (Trunk runs the hooks of one stage concurrently, so
// both steps live in this one script, in order). Runs in TRUNK_STAGING_DIR.
//
// 1. On demand: the app's code is no longer preloaded, and the loader
//    starts it only when the reader is about to need it (loader-start.js),
//    so the first visit is the prerendered page alone and the download of
//    the wasm never competes with its paint.
// 2. CSP: moves Trunk's inline module loader out of index.html into its own
//    file, so the page's Content-Security-Policy can forbid inline scripts.
// 3. Static first: puts web/route.js (under a hashed name) in the head,
//    early and last: it swaps in the page rendered for an address that is
//    not the Dutch reading page before anything is painted. The
//    stylesheets of embeds and slides leave the head for the router, which
//    asks for the one the address's mode needs; print's is for print.
// 4. Prerender: renders every page natively from the same Leptos
//    components (src/bin/prerender.rs, src/pages.rs): the Dutch reading
//    page into index.html, the English one as en.html (with this head),
//    every embed and slide under pages/. Every way in is readable before
//    the app, and both reading pages without any script; the app then
//    takes the page over (browser::Takeover).
// 5. The other apps: the same crate built again for the wasm target, bound
//    and optimised as Trunk does, under hashed names. Trunk builds the
//    reading and embed app of the page's own part (the header, the
//    contents, the copy links: feature `page-part`, index.html); this
//    builds those of the timeline, the node-link diagrams and the simulator
//    (one feature each, src/app/parts.rs), and the classroom app (every
//    default feature), which the loader imports only for the slides and
//    the presenter's window.
// 6. Offline: adds the browser files of web/ (the registration script under
//    a hashed name, the manifests) and writes the service worker sw.js with
//    the build id and the list of every file of the release
//    (scripts/precache.mjs).
// 7. Precompression (release only): a .br and a .gz beside each text file
//    and wasm, sw.js included, for the servers of deploy/
//    (scripts/precompress.mjs).
//
// Under `make serve` (OPBOUWWERK_SERVE=1, scripts/serve.sh), Trunk's app
// is the classroom app and step 5 builds nothing: that one app renders
// every way in. Step 6 writes no offline worker but one that removes a
// release's (web/sw-serve.js), and the pages get the live-reload script
// (web/serve-reload.js).
import { readFileSync, writeFileSync, renameSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';
import { writeWorker } from './precache.mjs';
import { precompress } from './precompress.mjs';
import { shed } from './unused-classes.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const file = join(dir, 'index.html');

// The crate's own cargo runs below (the classroom app, the native prerender
// step) name their target themselves: Trunk's cargo environment, which
// points at the wasm target, is cleared.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CARGO_BUILD_') && k !== 'CARGO_TARGET'));
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const release = process.env.TRUNK_PROFILE === 'release';
// `make serve` (scripts/serve.sh): Trunk builds the classroom app, which
// renders every way in, and that is the only app: a change to the content
// rebuilds one app and the prerendered pages, not five apps. The pages get
// a live-reload script (a file) and no offline worker.
const serving = process.env.OPBOUWWERK_SERVE === '1';
const cargo = (args, options) => execFileSync('cargo', args, { env, ...options });
// Where cargo puts the apps' wasm (each build of the crate overwrites it).
const built = join(JSON.parse(cargo(['metadata', '--offline', '--format-version', '1', '--no-deps'], { encoding: 'utf8' })).target_directory,
  'wasm32-unknown-unknown', release ? 'release' : 'debug', 'opbouwwerk-uitgelegd.wasm');

/**
 * Builds an app of the crate (`features`: null for the default ones, else
 * without them and with these) into `dir` under the name `name`; returns
 * its [js, wasm] file names.
 */
async function buildApp(name, features) {
  const chosen = features ? ['--no-default-features', '--features', features] : [];
  cargo(['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'opbouwwerk-uitgelegd', ...chosen, ...(release ? ['--release'] : [])], { stdio: 'inherit' });
  const tmp = mkdtempSync(join(os.tmpdir(), `${name}-`));
  try {
    execFileSync('wasm-bindgen', ['--target=web', `--out-dir=${tmp}`, `--out-name=${name}`, '--no-typescript', ...(release ? [] : ['--keep-debug']), built], { stdio: 'inherit' });
    const wasm = join(tmp, `${name}_bg.wasm`);
    await finish(join(tmp, `${name}.js`), wasm);
    // Into the release under a name with the hash of its bytes.
    const place = (from, named) => {
      const file = named(hash(readFileSync(from)));
      renameSync(from, join(dir, file));
      return file;
    };
    return [place(join(tmp, `${name}.js`), (h) => `${name}-${h}.js`), place(wasm, (h) => `${name}-${h}_bg.wasm`)];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
/**
 * What every app's bindings and wasm go through after wasm-bindgen, in
 * place: the classes of wasm-streams shed (scripts/unused-classes.mjs);
 * in a release, the wasm optimised for size as Trunk does for the page's
 * app (index.html), and the bindings minified, a quarter less to fetch
 * (docs/app-size.md, eighth round). `--low-memory-unused` lets wasm-opt
 * fold constant offsets into loads and stores, which is sound for Rust's
 * layout, whose stack takes the first megabyte and grows down from its top.
 */
async function finish(js, wasm) {
  shed(js, wasm);
  if (!release) return;
  execFileSync('wasm-opt', [`--output=${wasm}`, '-Oz', '--low-memory-unused', wasm], { stdio: 'inherit' });
  const { code } = await minify(readFileSync(js, 'utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(js, code);
}
const APPS = serving
  ? {}
  : {
    timeline: await buildApp('part-timeline', 'timeline-part'),
    graphs: await buildApp('part-graphs', 'graphs-part'),
    sim: await buildApp('part-sim', 'sim-part'),
    classroom: await buildApp('classroom', null),
  };

let html = readFileSync(file, 'utf8');
html = html.replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
// Trunk's loader imports the app statically; web/loader-start.js takes its
// place, which decides when each app starts (and holds a press of a
// control made before it has), with the names of every app's files.
// The reading and embed apps' content, one data file per language
// (src/content/reading.rs), written by the prerender step; their names go
// into the loader, which fetches the page's one beside the first app.
const contentFiles = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', '--content', dir], { env, encoding: 'utf8' }));
const start = readFileSync(new URL('../web/loader-start.js', import.meta.url), 'utf8')
  .replace(/^\s*(?:\/\/|\/\*\*|\*).*\n/gm, ''); // its comments stay in the source
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
// The page's app is Trunk's: Trunk's loader names its bindings and its
// wasm, which go through what the others do (`finish`; its wasm optimised
// again, once its unused exports are gone), under names with the hash of
// what they are then.
const trunkJs = /^import init, \* as bindings from '\.\/([^']+)';$/m.exec(html);
const trunkWasm = /module_or_path: '\.\/([^']+_bg\.wasm)'/.exec(html);
if (!trunkJs || !trunkWasm) {
  console.error('post-build: Trunk\'s loader has changed; update scripts/post-build.mjs');
  process.exit(1);
}
await finish(join(dir, trunkJs[1]), join(dir, trunkWasm[1]));
const rehash = (file, named) => {
  const name = named(hash(readFileSync(join(dir, file))));
  renameSync(join(dir, file), join(dir, name));
  return name;
};
const page = [rehash(trunkJs[1], (h) => `opbouwwerk-uitgelegd-${h}.js`), rehash(trunkWasm[1], (h) => `opbouwwerk-uitgelegd-${h}_bg.wasm`)];
const loader = start
  .replace('const CONTENT = null;', `const CONTENT = ${JSON.stringify(contentFiles)};`)
  .replace('const APPS = null;', `const APPS = ${JSON.stringify(serving ? { classroom: page } : { page, ...APPS })};`);
if (!loader.includes('const CONTENT = {') || !loader.includes('const APPS = {')) {
  console.error('post-build: web/loader-start.js has no `const CONTENT = null;` or `const APPS = null;` to fill in');
  process.exit(1);
}
const loaderName = `loader-${hash(loader)}.js`;
writeFileSync(join(dir, loaderName), loader);
// Trunk's inline loader goes; web/route.js adds the loader to the page
// after its first paint (`LATER`, below).
let count = 0;
html = html.replace(inline, () => {
  count += 1;
  return '';
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}

// The registration script, a module the router adds after the first paint
// (it registers the worker only once the page has loaded).
const web = (name) => new URL(`../web/${name}`, import.meta.url);
const offline = readFileSync(web('offline.js'), 'utf8').replace(/^\s*\/\/.*\n/gm, '');
const offlineName = serving ? null : `offline-${hash(offline)}.js`;
if (offlineName) writeFileSync(join(dir, offlineName), offline);
for (const name of ['manifest.webmanifest', 'manifest.en.webmanifest']) writeFileSync(join(dir, name), readFileSync(web(name)));

// The router: a classic script, so that it runs before the body is parsed
// and painted; the last element of the head, after the CSP, which governs
// it, and after the stylesheets and module scripts, so that the parser has
// asked for those before it waits for the router (first in the head, it
// made the Dutch page's first paint wait about 300 ms longer on a throttled
// phone: docs/app-size.md).
const prerender = (arg, options) => execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', arg], { env, ...options });
// The files of the pages besides the reading ones (which always exist),
// without `.html`: the embeds' documents and the slides under pages/.
const written = JSON.parse(prerender('--list', { encoding: 'utf8' }));
const pages = written.filter((f) => f !== 'index.html' && f !== 'en.html').map((f) => f.slice(0, -'.html'.length));
// The reading page's stylesheets (style/main.css, sim.css, diagrams.css,
// kept apart in the source) are one file in the release, in the same
// order, so the same cascade: a page that asks for fewer files before its
// first paint paints sooner, most where a host serves HTTP/1.1, whose six
// connections a page per origin has were all taken before its first paint
// (docs/app-size.md, sixth round).
// Trunk's link of a stylesheet named by `names` (a regular-expression
// alternative): its file in group 1, its integrity, if any, in group 2.
const sheetLink = (names, flags) => new RegExp(`\\s*<link rel="stylesheet" href="\\./((?:${names})-[0-9a-f]+\\.css)"(?: integrity="([^"]+)")?\\s*/?>`, flags);
const screenLink = sheetLink('main|sim|diagrams', 'g');
const screen = [...html.matchAll(screenLink)].map((m) => m[1]);
if (screen.length !== 3 || !screen[0].startsWith('main-')) {
  console.error(`post-build: expected main, sim and diagrams stylesheets in index.html, found ${screen.join(', ') || 'none'}`);
  process.exit(1);
}
const styleText = screen.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
const styleName = `style-${hash(styleText)}.css`;
writeFileSync(join(dir, styleName), styleText);
for (const name of screen) rmSync(join(dir, name));
const sri = `sha384-${createHash('sha384').update(styleText).digest('base64')}`;
let firstScreen = true;
html = html.replace(screenLink, (whole) => {
  if (!firstScreen) return '';
  firstScreen = false;
  return `${whole.match(/^\s*/)[0]}<link rel="stylesheet" href="./${styleName}" integrity="${sri}">`;
});

// The stylesheets of a mode (an embed's, the slides') leave the head: the
// router asks for the one of the address's mode, so the reading page and
// the other mode never wait for it. The printed handout's is linked for
// print only, so the screen never waits for it either.
const styles = {};
for (const mode of ['embed', 'present']) {
  const link = sheetLink(mode);
  const found = link.exec(html);
  if (!found) {
    console.error(`post-build: no stylesheet ${mode}-….css in index.html`);
    process.exit(1);
  }
  styles[mode] = { href: `./${found[1]}`, integrity: found[2] ?? '' };
  html = html.replace(link, '');
}
const printLink = /<link rel="stylesheet" (href="\.\/print-[0-9a-f]+\.css")/;
if (!printLink.test(html)) {
  console.error('post-build: no stylesheet print-….css in index.html');
  process.exit(1);
}
html = html.replace(printLink, '<link rel="stylesheet" media="print" $1');
const route = readFileSync(web('route.js'), 'utf8').replace(/^\s*\/\/.*\n/gm, '')
  .replace('const PAGES = null;', `const PAGES = ${JSON.stringify(pages)};`)
  .replace('const STYLES = null;', `const STYLES = ${JSON.stringify(styles)};`)
  .replace('const LATER = null;', `const LATER = ${JSON.stringify({ loader: `./${loaderName}`, offline: offlineName && `./${offlineName}` })};`);
if (!route.includes('const PAGES = [') || !route.includes('const STYLES = {') || !route.includes('const LATER = {')) {
  console.error('post-build: web/route.js has no `const PAGES = null;`, `const STYLES = null;` or `const LATER = null;` to fill in');
  process.exit(1);
}
const routeName = `route-${hash(route)}.js`;
writeFileSync(join(dir, routeName), route);
const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
if (!csp.test(html)) {
  console.error('post-build: no Content-Security-Policy <meta> in index.html');
  process.exit(1);
}
// The same router, asked for once, runs twice: `async` right after the CSP,
// so that for another way in it asks for that page while the stylesheets
// are still coming (not once they have come, one round trip and their
// download later), and blocking at the end of the head, so that it has run
// before any of the body is parsed, whichever comes first (it runs once).
// Both with a high priority: the browser would otherwise hold the async
// one back behind the stylesheets, and another way in waits for it. The
// loader and the worker's registration are not in the head: the router
// adds them after the first paint, so that a page asks for nothing before
// it but its stylesheet and the router (docs/app-size.md, ninth round).
html = html.replace(csp, (meta) => `${meta}\n  <script async fetchpriority="high" src="./${routeName}"></script>`);
html = html.replace('</head>', `  <script fetchpriority="high" src="./${routeName}"></script>\n</head>`);
if (serving) {
  const reload = readFileSync(web('serve-reload.js'), 'utf8');
  const reloadName = `serve-reload-${hash(reload)}.js`;
  writeFileSync(join(dir, reloadName), reload);
  html = html.replace('</head>', `  <script defer src="./${reloadName}"></script>\n</head>`);
}

writeFileSync(file, html);
console.log(`post-build: replaced ${count} inline script(s) of Trunk's by the router's loader`);

prerender(file, { stdio: 'inherit' });
// An embed's own document (which its address names) links the embed
// stylesheet in its head, as a static page would: the router has nothing
// to do there. It leaves out what only a reading page uses, the manifest
// (an embed is not installed); without it the router does not add the
// worker's registration either (an embed registers none, web/offline.js).
const guestOnly = [/\s*<link rel="manifest"[^>]*>/];
const embedSheet = `<link rel="stylesheet" href="${styles.embed.href}"${styles.embed.integrity ? ` integrity="${styles.embed.integrity}"` : ''}>`;
for (const name of written.filter((f) => /^embed-[a-z0-9-]+\.html$/.test(f))) {
  const path = join(dir, name);
  const doc = readFileSync(path, 'utf8');
  const print = /<link rel="stylesheet" media="print" [^>]*>/;
  if (!print.test(doc)) {
    console.error(`post-build: no print stylesheet in ${name} to link the embed's after`);
    process.exit(1);
  }
  let guest = doc.replace(print, (link) => `${link}\n${embedSheet}`);
  for (const tag of guestOnly) {
    if (!tag.test(guest)) {
      console.error(`post-build: ${name} has no ${tag.source} to leave out`);
      process.exit(1);
    }
    guest = guest.replace(tag, '');
  }
  writeFileSync(path, guest);
}
if (serving) {
  writeFileSync(join(dir, 'sw.js'), readFileSync(web('sw-serve.js')));
  console.log('post-build (make serve): one app for every way in, live reload, no offline worker');
} else {
  const { build, files } = writeWorker(dir, readFileSync(web('sw.js'), 'utf8'));
  console.log(`post-build: sw.js precaches ${files.length} files of build ${build}`);
  // 7. Precompression, last (sw.js too): a .br and a .gz beside each text
  // file and wasm, which the shipped server configurations send as they are
  // (deploy/, docs/deploy.md; scripts/precompress.mjs).
  console.log(`post-build: wrote .br and .gz of ${precompress(dir)} files`);
}
