// Checks a deployed explainer (docs/deploy.md): which page each kind of
// address gets (the page the build wrote for it, or index.html, which the
// router then swaps, as on a plain static host), the headers of
// docs/deploy.md, compression, and the link-preview metadata.
// Usage: node scripts/check-deploy.mjs https://example.org/opbouwwerk/
// Prints one line per check (✓ met, ✗ not met, · for information) and exits
// with 1 if any is not met. The addresses and the page each should get come
// from the build's own rule (`prerender --routes`, src/deploy.rs), so this
// needs the checkout (cargo), not the server.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const base = process.argv[2];
if (!base || !/^https?:\/\//.test(base)) {
  console.error('usage: node scripts/check-deploy.mjs <the explainer\'s address, e.g. https://example.org/opbouwwerk/>');
  process.exit(2);
}
const root = base.endsWith('/') ? base : `${base}/`;
const ROOT = path.resolve(import.meta.dirname, '..');
let failed = 0;
const say = (ok, text) => {
  if (ok === false) failed += 1;
  console.log(`${ok === true ? '✓' : ok === false ? '✗' : '·'} ${text}`);
};
const get = async (url, headers = {}) => {
  const res = await fetch(url, { headers: { 'accept-encoding': 'br, gzip', ...headers }, redirect: 'follow' });
  return { res, text: await res.text() };
};
const pageOf = (html) => html.match(/<html[^>]*\sdata-page="([^"]*)"/)?.[1] ?? (/<html/.test(html) ? 'index.html' : null);

// 1. Routing: a few addresses of each kind, and the page the rule picks.
const routes = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', '--routes'], { cwd: ROOT, encoding: 'utf8' }));
const wanted = ['', 'lang=en', 'embed=de-nieuwe-spagaat', 'embed=1&lang=en&title=0', 'lang=en&arg=hoofdclaim', 'present'];
console.log(`# Routing (${root})`);
let routed = 0;
let swapped = 0;
for (const [query, file] of routes.filter(([q]) => wanted.includes(q))) {
  const { res, text } = await get(`${root}${query ? `?${query}` : ''}`);
  const got = pageOf(text);
  if (res.status !== 200) say(false, `?${query}: HTTP ${res.status}`);
  else if (got === file) {
    if (file !== 'index.html') routed += 1;
    say(true, `?${query} → ${got}`);
  } else if (got === 'index.html') {
    swapped += 1;
    say(null, `?${query} → index.html, which the router swaps for ${file} (a plain host: one round trip later)`);
  } else say(false, `?${query} → ${got}, not ${file}`);
}
say(null, routed ? 'the server routes query addresses to their pages' : `a plain static host: ${swapped} query addresses get index.html (docs/deploy.md)`);
// Files the project names itself are served as they are.
for (const file of ['en.html', 'embed-de-nieuwe-spagaat-nl.html']) {
  const { res, text } = await get(`${root}${file}`);
  say(res.status === 200 && pageOf(text) === file, `${file}: HTTP ${res.status}`);
}

// 2. Headers.
console.log('\n# Headers');
const { res: page, text: html } = await get(root);
const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
const h = (res, name) => res.headers.get(name);
const csp = h(page, 'content-security-policy');
say(Boolean(csp), `Content-Security-Policy header: ${csp ?? 'none (only the <meta>, which cannot say frame-ancestors)'}`);
if (csp && meta) {
  const directives = (p) => Object.fromEntries(p.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d]));
  const [m, c] = [directives(meta), directives(csp)];
  const weaker = Object.keys(m).filter((k) => c[k] !== m[k]);
  say(weaker.length === 0, weaker.length ? `the header differs from the page's <meta> in ${weaker.join(', ')}` : 'the header has every directive of the page\'s <meta>');
  say(Boolean(c['frame-ancestors']), `frame-ancestors: ${c['frame-ancestors'] ?? 'none'}`);
}
const embed = (await get(`${root}embed-de-nieuwe-spagaat-nl.html`)).res;
say(/frame-ancestors \*/.test(h(embed, 'content-security-policy') ?? '') || !h(embed, 'content-security-policy'), `an embed's page may be framed by any site: ${h(embed, 'content-security-policy')?.match(/frame-ancestors[^;]*/)?.[0] ?? 'no policy'}`);
say(h(page, 'x-content-type-options') === 'nosniff', `X-Content-Type-Options: ${h(page, 'x-content-type-options')}`);
say(Boolean(h(page, 'referrer-policy')), `Referrer-Policy: ${h(page, 'referrer-policy')}`);
const revalidated = (v) => /no-cache|max-age=0\b/.test(v ?? '');
say(revalidated(h(page, 'cache-control')), `index.html Cache-Control: ${h(page, 'cache-control')} (must be revalidated)`);
say(['br', 'gzip'].includes(h(page, 'content-encoding') ?? ''), `compressed: ${h(page, 'content-encoding') ?? 'no'}`);
const sw = await get(`${root}sw.js`);
say(revalidated(h(sw.res, 'cache-control')), `sw.js Cache-Control: ${h(sw.res, 'cache-control')} (must be revalidated)`);
const files = JSON.parse(sw.text.match(/^const FILES = (.*);$/m)?.[1] ?? '[]').map(([f]) => f);
for (const [re, type, hashed] of [[/_bg\.wasm$/, 'application/wasm', true], [/^content-nl-.*\.bin$/, 'application/octet-stream', true], [/^manifest\.webmanifest$/, 'application/manifest+json', false], [/^route-.*\.js$/, 'javascript', true]]) {
  const file = files.find((f) => re.test(f));
  if (!file) { say(false, `no file like ${re} in sw.js`); continue; }
  const { res } = await get(`${root}${file}`);
  say((h(res, 'content-type') ?? '').includes(type), `${file}: Content-Type ${h(res, 'content-type')}`);
  say(hashed ? /immutable/.test(h(res, 'cache-control') ?? '') && /max-age=31536000/.test(h(res, 'cache-control')) : revalidated(h(res, 'cache-control')),
    `${file}: Cache-Control ${h(res, 'cache-control')} (${hashed ? 'a hashed file: a year, immutable' : 'revalidated'})`);
}

// 3. Link previews.
console.log('\n# Link preview');
const metaOf = (attr, name) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
for (const name of ['og:title', 'og:description', 'og:url', 'og:image']) {
  const v = metaOf('property', name);
  const absolute = /^https?:\/\//.test(v ?? '');
  say(name === 'og:title' || name === 'og:description' ? Boolean(v) : absolute, `${name}: ${v ?? 'none'}${v && !absolute && /url|image/.test(name) ? ' (not absolute: set `url` in site.toml, docs/deploy.md)' : ''}`);
}
const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
say(/^https?:\/\//.test(canonical ?? ''), `canonical: ${canonical ?? 'none'}`);
const image = metaOf('property', 'og:image');
if (image) {
  const { res } = await get(new URL(image, root).href);
  say(res.ok && /^image\//.test(h(res, 'content-type') ?? ''), `og:image: HTTP ${res.status}, ${h(res, 'content-type')}`);
}
console.log(failed ? `\n${failed} check(s) not met` : '\nall checks met');
process.exit(failed ? 1 : 0);
