// The service worker of a release (web/sw.js): lists every file of the
// built folder with a hash of its bytes, derives the build id from that
// list, and writes sw.js with both in front of the worker's code. Run by
// scripts/post-build.mjs as the build's last step (after every other file
// is written); tests/e2e/offline.test.mjs runs it on a changed copy of
// dist/ to make a second release.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PRECOMPRESSED } from './precompress.mjs';

export const WORKER = 'sw.js';
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every file under `dir` but the worker, the embeds' pages and the
 * precompressed copies (scripts/precompress.mjs, which a browser never asks
 * for by name), as [relative
 * path, hash prefix], sorted. An embed is a guest in its host's page and
 * registers no worker (web/offline.js), so its pages (embed-*.html, four
 * per target) are not carried offline, nor the share pages and images; the
 * slides and both reading pages are.
 */
export function releaseFiles(dir) {
  // Not carried offline: the embeds' pages, and the share pages and their
  // images (src/share.rs), which only a link preview or a shared link asks
  // for, and which no visit needs offline (a page not listed is fetched from
  // the network, as without a worker).
  const NOT_OFFLINE = /^(?:embed-.*\.html|share-.*\.html|share\/.*)$/;
  const out = [];
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && rel !== WORKER && !NOT_OFFLINE.test(rel) && !PRECOMPRESSED.test(rel)) out.push([rel, sha(readFileSync(path.join(dir, rel))).slice(0, 16)]);
    }
  };
  walk('');
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Writes `dir`/sw.js from the worker's source; returns the build id and the list. */
export function writeWorker(dir, source = readFileSync(new URL('../web/sw.js', import.meta.url), 'utf8')) {
  const files = releaseFiles(dir);
  if (!files.some(([f]) => f === 'index.html')) throw new Error(`precache: no index.html in ${dir}`);
  const build = sha(files.map(([f, h]) => `${f} ${h}\n`).join('')).slice(0, 16);
  const head = `// Written by scripts/precache.mjs: this release's build id and files.\nconst BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(files)};\n\n`;
  writeFileSync(path.join(dir, WORKER), head + source);
  return { build, files };
}

/** The build id and list an existing sw.js was written with. */
export function readWorker(dir) {
  const text = readFileSync(path.join(dir, WORKER), 'utf8');
  const build = JSON.parse(text.match(/^const BUILD = (.*);$/m)[1]);
  const files = JSON.parse(text.match(/^const FILES = (.*);$/m)[1]);
  return { build, files };
}
