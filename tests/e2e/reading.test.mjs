// Journeys through the walkthrough in reading mode: deep links, languages,
// glossary and citation cards, quotations, copy-link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, withPage, seedText, SECTION_IDS, topOf, selectedForCopy, scrolledTo, painted, takenOver, settled } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page opens in Dutch with the essay title and every section', async () => {
  await withPage(browser, server.url, async (page) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.match(await page.textContent('h1'), /Opbouwwerkers, kom uit de kast!/);
    for (const id of SECTION_IDS) {
      assert.equal(await page.locator(`section#${id} h2`).count(), 1, `section ${id}`);
    }
    assert.match(await page.textContent('body'), /breekt af|houdt op|eindigt/i, 'says on screen where the text ends');
  });
});

for (const id of SECTION_IDS) {
  test(`#${id} opens the page scrolled to that section`, async () => {
    await withPage(browser, `${server.url}#${id}`, async (page) => {
      await scrolledTo(page, id, { timeout: 5000 });
    });
  });
}

test('?lang=en gives the page in English with Dutch quotations and marked translations', async () => {
  await withPage(browser, `${server.url}?lang=en`, async (page) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const quotes = page.locator('figure.quote');
    assert.ok((await quotes.count()) >= 5);
    for (const q of await quotes.all()) {
      assert.equal(await q.locator('blockquote').getAttribute('lang'), 'nl');
      assert.equal(await q.locator('.translation').getAttribute('lang'), 'en');
      assert.match(await q.locator('.translation').textContent(), /translation/i);
    }
  });
});

test('the language switch keeps the section in view and the other URL state', async () => {
  await withPage(browser, `${server.url}?preset=vak#handreikingen`, async (page) => {
    await scrolledTo(page, 'handreikingen');
    // A frame later the layout has settled there (the switch measures it).
    await painted(page);
    // By keyboard: a mouse click through Playwright first scrolls the page
    // (which changes the section in view, and so what the switch keeps).
    await page.focus('.lang-switch');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('lang'), 'en');
    assert.equal(url.searchParams.get('preset'), 'vak');
    // The English page's own file, which the host serves as it is: nothing
    // swapped into the Dutch page.
    assert.equal(url.pathname, `${new URL(server.url).pathname}en.html`);
    assert.equal(await page.locator('body > [data-stream]').count(), 0, 'served as it is');
    await page.waitForFunction(() => {
      const top = document.getElementById('handreikingen').getBoundingClientRect().top;
      return top > -200 && top < 300;
    });
    assert.match(await page.textContent('.toc a.current'), /recommendation|Handreiking/i);
    // And back: the Dutch page at the folder's address, the state kept.
    await takenOver(page);
    await painted(page);
    await page.focus('.lang-switch');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'nl' && !document.documentElement.hasAttribute('data-route'));
    const back = new URL(page.url());
    assert.equal(back.pathname, new URL(server.url).pathname);
    assert.equal(back.searchParams.get('preset'), 'vak');
    assert.equal(back.searchParams.get('lang'), null);
  });
});

test('an unknown fragment and language show the page from the top in Dutch', async () => {
  await withPage(browser, `${server.url}?lang=xx#bestaat-niet`, async (page) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    // The check is that the page does NOT scroll: once it has settled.
    await settled(page);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
  });
});

test('every quotation on the page is verbatim from the essay, in both languages', async (t) => {
  const seed = seedText();
  if (!seed) return t.skip('seed text missing');
  for (const lang of ['nl', 'en']) {
    await withPage(browser, `${server.url}?lang=${lang}`, async (page) => {
      const texts = await page.$$eval('blockquote[lang=nl], q[lang=nl]', (els) => els.map((e) => e.textContent.trim()));
      assert.ok(texts.length >= 8, `${lang}: only ${texts.length} quotations`);
      // A quotation that starts or ends inside one of the essay's sentences
      // is marked so, "[…]" (content::quote_check::verbatim): the rest is the essay's.
      const essays = (text) => text.replace(/^\[…\]\s*/, '').replace(/\s*\[…\]$/, '');
      for (const text of texts) assert.ok(seed.includes(essays(text)), `${lang}: not verbatim: ${text}`);
      assert.ok(texts.some((text) => essays(text) !== text), `${lang}: no quotation shows where it was cut`);
    });
  }
});

// A glossary card is a popover: the browser opens and closes it.
const openCard = '.term-card:popover-open';

test('a glossary term opens its card by mouse, closes on Escape and on a click outside', async () => {
  await withPage(browser, server.url, async (page) => {
    const term = page.locator('#opbouwwerk-undercover .term-button').first();
    await term.click();
    const card = page.locator(openCard);
    await card.waitFor();
    assert.equal(await card.count(), 1, 'one card is open');
    assert.equal(await card.getAttribute('id'), await term.getAttribute('popovertarget'), "the term's own card");
    assert.ok((await card.textContent()).length > 30, 'card has a definition');
    const box = await card.boundingBox();
    const termBox = await term.boundingBox();
    assert.ok(box.y >= termBox.y + termBox.height - 1, `the card opens under its term (${box.y} vs ${termBox.y})`);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.className), 'term-button', 'focus stays on the term');
    await term.click();
    await card.waitFor();
    // Another term's card replaces it.
    const other = page.locator('#de-nieuwe-spagaat .term-button').first();
    await other.click();
    await page.waitForFunction(([id]) => document.querySelector('.term-card:popover-open')?.id === id, [await other.getAttribute('popovertarget')]);
    assert.equal(await card.count(), 1, 'still one card is open');
    await page.mouse.click(5, 400);
    await card.waitFor({ state: 'detached' });
  });
});

test('a glossary term opens by keyboard (Enter and Space), its card is next in the tab order and links to the glossary', async () => {
  await withPage(browser, server.url, async (page) => {
    const term = page.locator('.term-button').first();
    await term.focus();
    await page.keyboard.press('Enter');
    await page.locator(openCard).waitFor();
    await page.keyboard.press('Enter');
    await page.locator(openCard).waitFor({ state: 'detached' });
    await page.keyboard.press('Space');
    await page.locator(openCard).waitFor();
    await page.keyboard.press('Tab');
    assert.ok(await page.locator(openCard).evaluate((c) => c.contains(document.activeElement)), 'Tab moves into the open card');
    const link = page.locator(`${openCard} a.term-card-link`);
    await link.focus();
    const href = await link.getAttribute('href');
    assert.match(href, /^#begrip-/);
    await page.keyboard.press('Enter');
    await scrolledTo(page, href.slice(1));
  });
});

test('a glossary term opens by touch, and its card fits a 360 px screen', async () => {
  await withPage(browser, server.url, async (page) => {
    await page.locator('.term-button').first().tap();
    const card = page.locator(openCard);
    await card.waitFor();
    const box = await card.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `card at ${box.x}+${box.width}`);
    assert.ok(box.y >= 0 && box.y + box.height <= 740, `card at ${box.y}+${box.height}`);
    await page.touchscreen.tap(180, 150);
    await card.waitFor({ state: 'detached' });
  }, { viewport: { width: 360, height: 740 }, touch: true });
});

test('a citation shows its full reference on hover and focus, and links to the bibliography', async () => {
  await withPage(browser, server.url, async (page) => {
    const cite = page.locator('a.cite-link').first();
    const card = page.locator('.cite-card').first();
    assert.equal(await card.isVisible(), false);
    await cite.hover();
    await card.waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden' });
    await cite.focus();
    assert.equal(await card.isVisible(), true);
    const href = await cite.getAttribute('href');
    assert.match(href, /^#bron-/);
    assert.ok((await card.textContent()).length > 10);
    await page.keyboard.press('Enter');
    await scrolledTo(page, href.slice(1));
  });
});

test('copy-link copies the section address with the current state', async () => {
  await withPage(browser, `${server.url}?lang=en`, async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.click('#jos-van-der-lans [data-copy-link]');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('#jos-van-der-lans [data-copy-link]').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // On the English page's own file, which a host serves as it is.
    assert.equal(copied, `${server.url}en.html?lang=en#jos-van-der-lans`);
  });
});

test('without the Clipboard API, copy-link shows the address selected', async () => {
  await withPage(browser, server.url, async (page) => {
    await page.click('#bronnen [data-copy-link]');
    const input = page.locator('#bronnen .copy-fallback input');
    await input.waitFor();
    assert.equal(await input.inputValue(), `${server.url}#bronnen`);
    await selectedForCopy(page, '#bronnen .copy-fallback input');
  }, { init: () => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); } });
});
