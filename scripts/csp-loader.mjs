// Trunk post-build hook: moves Trunk's inline module loader out of index.html
// into its own file, so the page's Content-Security-Policy can forbid inline
// scripts. Runs in TRUNK_STAGING_DIR; idempotent.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-loader: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
let count = 0;
html = html.replace(inline, (_, body) => {
  const name = `loader-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  count += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('csp-loader: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp-loader: moved ${count} inline script(s) into files`);
