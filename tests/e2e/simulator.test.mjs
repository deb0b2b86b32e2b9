// The spagaat simulator in the page: sliders by keyboard change the chart
// and the URL (replaced, not pushed); a reload or a copied link restores them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, withPage, takenOver } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const chartPath = (page) => page.$$eval('#spagaat-simulator svg path', (ps) => ps.map((p) => p.getAttribute('d')).join('|'));

test('a slider moved by keyboard changes the chart, the sentence and the URL, without a history entry', async () => {
  await withPage(browser, `${server.url}#spagaat-simulator`, async (page) => {
    const slider = page.locator('#spagaat-simulator input[type=range]').first();
    await slider.waitFor();
    const before = { chart: await chartPath(page), sentence: await page.textContent('#spagaat-simulator .sim-result'),
      history: await page.evaluate(() => history.length) };
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cw') !== null);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('cw'), String(Number(await slider.inputValue())));
    assert.notEqual(await chartPath(page), before.chart, 'the chart changed');
    assert.notEqual(await page.textContent('#spagaat-simulator .sim-result'), before.sentence, 'the sentence changed');
    assert.equal(await page.evaluate(() => history.length), before.history, 'replaceState, not pushState');
    assert.equal(url.hash, '#spagaat-simulator');
  });
});

test('reloading a URL with simulator state restores the sliders and the chart', async () => {
  await withPage(browser, `${server.url}?cw=25&cut=10&delay=12&catch=70&latent=20&extra=5#spagaat-simulator`, async (page) => {
    const values = await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value));
    assert.deepEqual(values, ['25', '10', '12', '70', '20', '5']);
    const chart = await chartPath(page);
    await page.reload();
    await takenOver(page);
    assert.deepEqual(await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value)), values);
    assert.equal(await chartPath(page), chart);
  });
});

test('a link copied from the simulator restores its sliders', async () => {
  let copied;
  await withPage(browser, `${server.url}?lang=en#spagaat-simulator`, async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.getByRole('button', { name: /Community work as a profession/i }).click();
    const slider = page.locator('#spagaat-simulator input[type=range]').nth(2);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.click('#spagaat-simulator [data-copy-link]');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('#spagaat-simulator [data-copy-link]').textContent));
    copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /#spagaat-simulator$/);
    assert.match(copied, /lang=en/);
  });
  await withPage(browser, copied, async (page) => {
    const values = await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value));
    assert.deepEqual(values, ['20', '30', '17', '50', '40', '0']);
  });
});

test('an out-of-range or non-numeric value is clamped or reset with a quiet note', async () => {
  await withPage(browser, `${server.url}?cw=900&delay=abc#spagaat-simulator`, async (page) => {
    const values = await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value));
    assert.equal(values[0], '50');
    assert.equal(values[2], '18');
    const note = page.locator('#spagaat-simulator [role=status]');
    assert.ok((await note.textContent()).length > 10, 'a visible note says what happened');
  });
});

test('the simulator says on screen that it is a thinking model, not data, and shows its equations and a table', async () => {
  for (const [lang, words] of [['nl', /geen voorspelling en geen data/i], ['en', /not a forecast/i]]) {
    await withPage(browser, `${server.url}?lang=${lang}#spagaat-simulator`, async (page) => {
      assert.match(await page.textContent('#spagaat-simulator'), words);
      const details = page.locator('#spagaat-simulator details');
      assert.ok((await details.count()) >= 2, 'equations and table panels');
      for (const d of await details.all()) await d.locator('summary').click();
      assert.ok((await page.locator('#spagaat-simulator table tr').count()) >= 11, 'a row per year');
      assert.match(await page.textContent('#spagaat-simulator'), /P = D \/ K|D \/ K/);
    });
  }
});
