// Precompression (issue #31): writes `<file>.br` (brotli, quality 11) and
// `<file>.gz` (gzip, level 9) beside every text file and wasm of the built
// folder, so that nginx (`brotli_static`, `gzip_static`), Caddy
// (`precompressed br gzip`) and Apache (deploy/apache/opbouwwerk.conf) send
// them as they are, compressed once at build time and harder than a server
// would on the fly. The build's last step (scripts/post-build.mjs, after
// sw.js, which lists the release without them: scripts/precache.mjs);
// run alone on a folder: `node scripts/precompress.mjs dist`.
import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What is worth compressing: text and wasm (images are compressed already). */
export const COMPRESSIBLE = /\.(?:html|js|css|wasm|svg|json|webmanifest|bin|txt)$/;
/** The files this step writes. */
export const PRECOMPRESSED = /\.(?:br|gz)$/;

/** Writes the .br and .gz of every compressible file under `dir` (stale ones first removed); returns their count. */
export function precompress(dir) {
  let count = 0;
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      const file = path.join(dir, rel);
      if (entry.isDirectory()) walk(rel);
      else if (PRECOMPRESSED.test(entry.name)) rmSync(file);
    }
  };
  walk('');
  const write = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      const file = path.join(dir, rel);
      if (entry.isDirectory()) write(rel);
      else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) {
        const bytes = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        count += 1;
      }
    }
  };
  write('');
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/precompress.mjs <folder>');
    process.exit(1);
  }
  console.log(`precompress: wrote .br and .gz of ${precompress(dir)} files in ${dir}`);
}
