// Shared links unfurl as cards of what they point at (issue #32): every
// share address (a page per section, diagram and simulator scenario, in
// both languages: src/share.rs) is fetched from a served copy of dist/ with
// a site configuration whose `url` is this test server, as a chat app's
// crawler would, with a maintained link-preview library
// (open-graph-scraper), and its card is checked against what a reader sees
// on that page without scripts: its own title and description in its
// language, an absolute image address that answers with a 1200×630 PNG,
// and cards that differ. One image is checked against the layout it is
// drawn with. Then a reader opens share addresses and the copy link hands
// them out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import ogs from 'open-graph-scraper';
import { launch, serve, withPage, DIST, ROOT, SECTION_IDS, scrolledTo, open } from './harness.mjs';

let browser, site, dir;
before(async () => {
  browser = await launch();
  // A copy of dist/ served first, so that its address is known, then
  // prerendered again with a configuration naming that address (what the
  // release build does with a site.toml; the server reads files per request).
  dir = mkdtempSync(path.join(tmpdir(), 'opbouwwerk-share-'));
  cpSync(DIST, dir, { recursive: true });
  site = await serve(dir);
  const config = path.join(dir, 'site-test.toml');
  writeFileSync(config, `url = "${site.url}"\n`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CARGO_BUILD_') && k !== 'CARGO_TARGET'));
  env.OPBOUWWERK_SITE = config;
  execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', path.join(dir, 'index.html')], { cwd: ROOT, env, stdio: 'pipe' });
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const SHARE = /^share-([a-z0-9-]+?)(?:_([a-z0-9-]+))?-(nl|en)\.html$/;
const shareFiles = () => readdirSync(dir).filter((f) => SHARE.test(f)).sort();

/** What a reader without scripts sees on a share page: its title and key text. */
async function seen(file) {
  const [, id, preset, lang] = SHARE.exec(file);
  const { page, context } = await open(browser, `${site.url}${file}`, { javaScriptEnabled: false });
  try {
    const text = (sel) => page.locator(sel).first().textContent().then((t) => t.replace(/\s+/g, ' ').trim());
    const lang0 = await page.getAttribute('html', 'lang');
    if (SECTION_IDS.includes(id)) {
      // The key sentence is the section's first slide's.
      const slide = await context.newPage();
      await slide.goto(`${site.url}pages/present-${lang}-${id}.html`);
      const key = (await slide.locator('.slide-key').first().textContent()).replace(/\s+/g, ' ').trim();
      return { lang: lang0, kind: 'section', title: await text(`section#${id} h2`), description: key };
    }
    if (preset) {
      return { lang: lang0, kind: 'preset', title: await text('.sim-preset[aria-pressed="true"]'), description: await text('.sim-result') };
    }
    if (id === 'spagaat-simulator') {
      return { lang: lang0, kind: 'diagram', title: await text(`#${id} h3`), description: null };
    }
    return { lang: lang0, kind: 'diagram', title: await text(`#${id} .diagram-title`), description: await text(`#${id} .diagram-intro`) };
  } finally {
    await context.close();
  }
}

test('every section, diagram and scenario has a share address in both languages', () => {
  const files = shareFiles();
  for (const lang of ['nl', 'en']) {
    for (const id of SECTION_IDS) assert.ok(files.includes(`share-${id}-${lang}.html`), `${id} ${lang}`);
    for (const id of ['argumentkaart', 'tijdlijn', 'spagaat-kringloop', 'spagaat-simulator', 'bronnenkaart']) {
      assert.ok(files.includes(`share-${id}-${lang}.html`), `${id} ${lang}`);
    }
    for (const preset of ['wmo', 'generalist', 'meer-handen', 'vak']) {
      assert.ok(files.includes(`share-spagaat-simulator_${preset}-${lang}.html`), `${preset} ${lang}`);
    }
  }
  assert.equal(files.length, 2 * (SECTION_IDS.length + 5 + 4));
});

test('a link-preview client unfurls each share address as its own card', async () => {
  const cards = [];
  const images = new Map();
  for (const file of shareFiles()) {
    const [, , , lang] = SHARE.exec(file);
    const { error, result, html } = await ogs({ url: `${site.url}${file}`, timeout: 10 });
    assert.equal(error, false, `${file}: ${JSON.stringify(result)}`);
    const expected = await seen(file);
    assert.equal(expected.lang, lang, `${file}: the page is in its language`);
    assert.equal(result.ogLocale, lang === 'en' ? 'en_GB' : 'nl_NL', file);
    assert.ok(result.ogTitle.startsWith(`${expected.title} – `), `${file}: “${result.ogTitle}” names “${expected.title}”`);
    assert.ok(result.ogTitle.length <= 120, `${file}: a title a card shows`);
    assert.equal(result.twitterCard, 'summary_large_image', file);
    if (expected.description) assert.equal(result.ogDescription, expected.description, file);
    if (expected.kind === 'preset') {
      assert.match(result.ogDescription, lang === 'nl' ? /in dit denkmodel/i : /in this model/i, `${file}: a result of the thinking model, said so`);
    }
    assert.equal(result.ogUrl, `${site.url}${file}`, file);
    assert.ok(html.includes(`<link rel="canonical" href="${site.url}${file}">`), `${file}: canonical`);
    // The image: absolute, on the site's address, a 1200×630 PNG.
    const [image] = result.ogImage;
    assert.ok(image.url.startsWith(site.url), `${file}: absolute image ${image.url}`);
    assert.ok(image.alt?.length > 20, `${file}: the image's alt says what it shows`);
    assert.notEqual(image.alt, result.ogTitle, `${file}: the alt describes the image`);
    const answer = await fetch(image.url);
    assert.equal(answer.status, 200, image.url);
    assert.equal(answer.headers.get('content-type'), 'image/png', image.url);
    const bytes = Buffer.from(await answer.arrayBuffer());
    const png = PNG.sync.read(bytes);
    assert.deepEqual([png.width, png.height], [1200, 630], image.url);
    images.set(createHash('sha256').update(bytes).digest('hex'), file);
    cards.push({ file, lang, title: result.ogTitle, description: result.ogDescription });
  }
  // The cards differ: each title in a language once, each image once.
  for (const lang of ['nl', 'en']) {
    const titles = cards.filter((c) => c.lang === lang).map((c) => c.title);
    assert.equal(new Set(titles).size, titles.length, `${lang}: ${titles.join(' | ')}`);
  }
  assert.equal(images.size, cards.length, 'every card has an image of its own');
  // Every other page names the site's image absolutely, and itself.
  for (const file of ['', 'en.html', 'embed-bronnen-nl.html']) {
    const { result, html } = await ogs({ url: `${site.url}${file}` });
    assert.equal(result.ogImage[0].url, `${site.url}og-image.png`, file || 'index.html');
    assert.equal(result.ogUrl, `${site.url}${file}`);
    assert.ok(html.includes(`<link rel="canonical" href="${site.url}${file}">`), file || 'index.html');
  }
});

/** The share of pixels in a box that are ink (dark text), and the pixel at a point. */
function inkIn(png, [x0, y0, x1, y1]) {
  let ink = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 110) ink += 1;
    }
  }
  return ink / ((x1 - x0) * (y1 - y0));
}
const pixel = (png, x, y) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];

test('a section\'s share image is drawn as its layout says: the band, the title, the key sentence, the footer', async () => {
  const read = async (name) => PNG.sync.read(Buffer.from(await (await fetch(`${site.url}share/${name}.png`)).arrayBuffer()));
  const spagaat = await read('de-nieuwe-spagaat-nl');
  const bronnen = await read('bronnen-nl');
  // The accent band on the left, the page's background on the right.
  assert.deepEqual(pixel(spagaat, 8, 300), [0x14, 0x59, 0x4a]);
  assert.deepEqual(pixel(spagaat, 1160, 300), [0xfb, 0xfa, 0xf7]);
  // The title's line (two lines at most) and the sentence below it hold
  // text; the margins and the strip above the footer's rule hold none.
  const title = [72, 110, 1128, 190];
  assert.ok(inkIn(spagaat, title) > 0.03, `title ink ${inkIn(spagaat, title)}`);
  assert.ok(inkIn(spagaat, [72, 260, 1128, 520]) > 0.02, 'the key sentence');
  assert.equal(inkIn(spagaat, [24, 100, 66, 540]), 0, 'the left margin is empty');
  assert.equal(inkIn(spagaat, [1140, 100, 1200, 540]), 0, 'the right margin is empty');
  assert.equal(inkIn(spagaat, [72, 542, 1128, 556]), 0, 'nothing runs into the footer');
  assert.ok(inkIn(spagaat, [72, 575, 1128, 610]) > 0.01, 'the footer names the essay');
  // Another section: another title in the same place.
  let differ = 0;
  for (let y = title[1]; y < title[3]; y += 1) {
    for (let x = title[0]; x < title[2]; x += 1) if (pixel(spagaat, x, y).join() !== pixel(bronnen, x, y).join()) differ += 1;
  }
  assert.ok(differ > 2000, `the titles differ (${differ} pixels)`);
});

test('a share address opens the page at its place, in its state, with or without its fragment', async () => {
  // The canonical address, as a crawler gives it (no fragment).
  await withPage(browser, `${site.url}share-de-nieuwe-spagaat-nl.html`, async (page) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await scrolledTo(page, 'de-nieuwe-spagaat', { timeout: 5000 });
    assert.equal(new URL(page.url()).hash, '#de-nieuwe-spagaat');
  });
  // A scenario in English, as the copy link gives it.
  await withPage(browser, `${site.url}share-spagaat-simulator_vak-en.html#spagaat-simulator`, async (page) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await scrolledTo(page, 'spagaat-simulator', { timeout: 5000 });
    assert.equal(await page.getAttribute('.sim-preset[aria-pressed="true"]', 'aria-pressed'), 'true');
    assert.match(await page.textContent('.sim-preset[aria-pressed="true"]'), /community work/);
    assert.deepEqual(await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value)),
      ['10', '30', '18', '50', '40', '20', '100', '150']);
  });
  // Without scripts the reader lands there too, and reads the section.
  const { page, context } = await open(browser, `${site.url}share-handreikingen-en.html#handreikingen`, { javaScriptEnabled: false });
  try {
    await scrolledTo(page, 'handreikingen', { timeout: 5000 });
    assert.match(await page.textContent('#handreikingen h2'), /\S/);
  } finally {
    await context.close();
  }
});

test('copy link hands out the share address of a diagram, with the rest of the state', async () => {
  await withPage(browser, `${site.url}?arg=hoofdclaim#argumentkaart`, async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.click('#argumentkaart [data-copy-link]');
    await page.waitForFunction(() => /gekopieerd/i.test(document.querySelector('#argumentkaart [data-copy-link]').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}share-argumentkaart-nl.html?arg=hoofdclaim#argumentkaart`);
  });
});
