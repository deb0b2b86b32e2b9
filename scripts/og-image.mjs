// Renders public/og-image.svg to public/og-image.png (1200×630), the share
// image of index.html's Open Graph and Twitter metadata. Uses playwright-core
// with Debian's Chromium (no downloaded browser). The PNG is committed, so a
// build needs no browser: run this only after changing the SVG.
//   node scripts/og-image.mjs
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'public/og-image.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;padding:0}svg{display:block}</style></head><body>${svg}</body></html>`);
  const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 1200, height: 630 } });
  writeFileSync(path.join(root, 'public/og-image.png'), png);
  console.log(`og-image.png: ${png.length} bytes`);
} finally {
  await browser.close();
}
