// A static snapshot of the app's page: the release index.html with every
// <script> element and every preload of the app's code (modulepreload, and
// preload of .js/.wasm) removed, so the browser paints only what the HTML
// itself carries. The benchmark compares its LCP with the app's.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes the snapshot of `dist`/index.html to `dist`/`name`; returns its HTML. */
export function writeStaticSnapshot(dist, name = 'snapshot.html') {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, (tag) =>
      /\brel=["']?modulepreload\b/i.test(tag) ||
      (/\brel=["']?preload\b/i.test(tag) && /\bhref=["']?[^"'\s>]+\.(?:js|mjs|wasm)\b/i.test(tag)) ? '' : tag);
  writeFileSync(path.join(dist, name), html);
  return html;
}
