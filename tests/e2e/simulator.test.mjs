// The spagaat simulator in the page: sliders by keyboard change the chart
// and the URL (replaced, not pushed); a reload or a copied link restores them;
// the chart (wide screens) or the result sentence (phones) stays in view while
// a slider moves; the "what would change this conclusion" table is reachable
// by keyboard and reads as a table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, withPage, takenOver, painted } from './harness.mjs';

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
    // The address is written after the frame that shows the value, once
    // for a burst of keys: it comes to say what the slider says.
    const moved = await slider.inputValue();
    await page.waitForFunction((moved) => new URL(location.href).searchParams.get('cw') === moved, moved);
    assert.match(await page.textContent('#spagaat-simulator .sim-result'), /in dit denkmodel/i);
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
    // A link from before `ow` and `skill` existed: extra budget buys case workers.
    assert.deepEqual(values, ['25', '10', '12', '70', '20', '5', '0', '150']);
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
    await page.getByRole('button', { name: 'Extra budget → community work' }).click();
    const slider = page.locator('#spagaat-simulator input[type=range]').nth(2);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.click('#spagaat-simulator [data-copy-link]');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('#spagaat-simulator [data-copy-link]').textContent));
    copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /#spagaat-simulator$/);
    // Values of no scenario: the simulator's English share address, with all of them.
    assert.match(copied, /\/share-spagaat-simulator-en\.html\?cw=10&cut=30&delay=17&/);
  });
  await withPage(browser, copied, async (page) => {
    const values = await page.$$eval('#spagaat-simulator input[type=range]', (els) => els.map((e) => e.value));
    assert.deepEqual(values, ['10', '30', '17', '50', '40', '20', '100', '150']);
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

const inView = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
});

test('while a slider moves, the chart stays in view on a wide screen and the sentence on a phone', async () => {
  for (const [viewport, watched] of [[{ width: 1280, height: 900 }, '#spagaat-simulator .sim-chart'],
    [{ width: 360, height: 800 }, '#spagaat-simulator .sim-result']]) {
    await withPage(browser, `${server.url}#spagaat-simulator`, async (page) => {
      await takenOver(page);
      // Every slider, first and last, brought into view by keyboard focus.
      for (const which of ['first', 'last']) {
        const slider = page.locator('#spagaat-simulator input[type=range]')[which]();
        await slider.focus();
        await slider.scrollIntoViewIfNeeded();
        const before = await slider.getAttribute('aria-valuetext');
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((b) => document.activeElement.getAttribute('aria-valuetext') !== b, before);
        await painted(page);
        assert.ok(await inView(page, watched), `${watched} in view at ${viewport.width}px with the ${which} slider`);
      }
    }, { viewport });
  }
});

test('the sensitivity table is reached by keyboard and reads as a table', async () => {
  await withPage(browser, `${server.url}#spagaat-simulator`, async (page) => {
    await takenOver(page);
    await page.locator('#spagaat-simulator input[type=range]').last().focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('.sim-sensitivity [role=region]'));
    }
    assert.ok(reached, 'Tab reaches the table region');
    const region = page.locator('.sim-sensitivity [role=region]');
    assert.match(await page.evaluate(() => {
      const r = document.activeElement;
      return document.getElementById(r.getAttribute('aria-labelledby')).textContent;
    }), /denkhulp/);
    // The criteria, said in words: beside the table (its description) and in each cell.
    assert.match(await page.evaluate(() => {
      const r = document.activeElement;
      return document.getElementById(r.getAttribute('aria-describedby')).textContent;
    }), /laagste gemiddelde druk.*hoogste gemiddelde vitaliteit/s);
    assert.match(await region.locator('tbody td').first().textContent(), /druk:.*vitaliteit:/s);
    assert.equal(await region.locator('tbody th[scope=row]').count(), 5);
    assert.equal(await region.locator('thead th[scope=col]').count(), 5);
    assert.equal(await region.locator('.sim-sens-here').count(), 1, 'the reader’s own cell is marked in words');
    const winners = await page.textContent('.sim-sens-winners');
    assert.match(winners, /in dit denkmodel/i);
  });
});

// The simulator and the node-link diagrams are apps of their own (one per
// part of the page, src/app/parts.rs), each with its own state; the address
// is the state they share, so what the reader did in one is not lost by a
// change in the other, and a reload brings back both.
test('a selection in a diagram and a slider\'s value are both in the address, and a reload brings back both', async () => {
  await withPage(browser, `${server.url}#spagaat-kringloop`, async (page) => {
    const node = page.locator('#spagaat-kringloop g.node').first();
    await node.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('kring'));
    const kring = new URL(page.url()).searchParams.get('kring');
    const slider = page.locator('#spagaat-simulator input[type=range]').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cw'));
    const cw = await slider.inputValue();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('kring'), kring, 'the diagram\'s selection stayed');
    assert.equal(url.searchParams.get('cw'), cw);
    await page.reload();
    await takenOver(page);
    await page.locator('#spagaat-kringloop').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#spagaat-kringloop [aria-pressed="true"]'));
    await page.locator('#spagaat-simulator').scrollIntoViewIfNeeded();
    await page.waitForFunction((cw) => !document.querySelector('#spagaat-simulator .sim-sliders[data-part]')
      && document.querySelector('#spagaat-simulator input[type=range]')?.value === cw, cw);
  });
});

// "How this model works" is text but for the sliders' rows of its symbols
// table, which the simulator's app renders (a piece of its own, in a
// closed <details> until the reader opens it): opened on a phone, they show
// the values of the address, and follow a slider.
test('the symbols of "How this model works" show the sliders\' values once opened, and follow them', async () => {
  await withPage(browser, `${server.url}?cw=20#spagaat-simulator`, async (page) => {
    await page.locator('#spagaat-simulator .sim-explain summary').click();
    const row = page.locator('#spagaat-simulator .sim-slider-symbols tr').first();
    await page.waitForFunction(() => !document.querySelector('#spagaat-simulator .sim-slider-symbols[data-part]'));
    assert.match(await row.textContent(), /\b20\b/);
    await page.locator('#spagaat-simulator input[type=range]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /\b21\b/.test(document.querySelector('#spagaat-simulator .sim-slider-symbols tr').textContent));
  }, { viewport: { width: 360, height: 740 } });
});
