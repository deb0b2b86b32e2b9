// Renders the committed PNGs from their SVG sources with playwright-core and
// Debian's Chromium (no downloaded browser). The PNGs are committed, so a
// build needs no browser: run this only after changing an SVG.
//   node scripts/images.mjs
// - public/og-image.svg → public/og-image.png (1200×630), the share image of
//   index.html's Open Graph and Twitter metadata;
// - public/favicon.svg → public/icon-192.png and public/icon-512.png, the app
//   icons of the web app manifests (web/manifest*.webmanifest), transparent.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const IMAGES = [
  { svg: 'public/og-image.svg', png: 'public/og-image.png', width: 1200, height: 630, transparent: false },
  { svg: 'public/favicon.svg', png: 'public/icon-192.png', width: 192, height: 192, transparent: true },
  { svg: 'public/favicon.svg', png: 'public/icon-512.png', width: 512, height: 512, transparent: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const { svg, png, width, height, transparent } of IMAGES) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const source = readFileSync(path.join(root, svg), 'utf8');
    const background = transparent ? 'background:transparent' : '';
    await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;padding:0;${background}}svg{display:block;width:${width}px;height:${height}px}</style></head><body>${source}</body></html>`);
    const bytes = await page.screenshot({ type: 'png', omitBackground: transparent, clip: { x: 0, y: 0, width, height } });
    writeFileSync(path.join(root, png), bytes);
    console.log(`${png}: ${bytes.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
