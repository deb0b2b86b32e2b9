// Accessibility: axe-core (WCAG 2.2 AA rules, every impact) finds nothing in
// each mode, in both languages and colour schemes; the keyboard reaches every
// control with a visible focus; reduced motion stops animation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, withPage, axe, painted, scrolledTo } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const MODES = [
  ['reading, Dutch, light', '', {}],
  ['reading, English, light', '?lang=en', {}],
  ['reading, Dutch, dark', '', { colorScheme: 'dark' }],
  ['reading, English, dark, phone', '?lang=en', { colorScheme: 'dark', viewport: { width: 360, height: 740 } }],
  ['embed mode', '?embed=1', {}],
  ['embed of one section', '?embed=handreikingen&lang=en', {}],
];

for (const [name, query, opts] of MODES) {
  test(`axe finds no violations: ${name}`, async () => {
    await withPage(browser, server.url + query, async (page) => {
      await painted(page);
      assert.deepEqual(await axe(page), []);
    }, opts);
  });
}

test('axe finds no violations with a glossary card open', async () => {
  await withPage(browser, server.url, async (page) => {
    await page.locator('.term-button').first().click();
    await page.locator('.term-card:popover-open').waitFor();
    assert.deepEqual(await axe(page), []);
  });
});

// Every diagram with a part selected, its detail open: in Dutch on a wide
// light screen, and in English on a dark phone (where the detail is a sheet).
for (const [lang, opts] of [['nl', {}], ['en', { colorScheme: 'dark', viewport: { width: 360, height: 740 } }]]) {
  test(`axe finds no violations with a part of every diagram selected (${lang})`, async () => {
    await withPage(browser, `${server.url}?lang=${lang}`, async (page) => {
      const selected = [];
      for (const diagram of ['argumentkaart', 'tijdlijn', 'spagaat-kringloop', 'bronnenkaart']) {
        // As a reader comes to it: the app renders a diagram when it comes near the view.
        await page.locator(`#${diagram}`).scrollIntoViewIfNeeded();
        await page.locator(`#${diagram} [data-part]`).first().waitFor({ state: 'detached' });
        const part = page.locator(`#${diagram} :is(.node, .timeline-event)`).first();
        await part.focus();
        await page.keyboard.press('Enter');
        await page.locator(`#${diagram} [aria-pressed="true"]`).waitFor();
        selected.push(await page.locator(`#${diagram} .diagram-detail`).textContent());
      }
      assert.equal(new Set(selected).size, 4, 'four different details are open');
      assert.deepEqual(await axe(page), []);
    }, opts);
  });
}

test('the keyboard alone reaches every kind of control, each with a visible focus', async () => {
  await withPage(browser, server.url, async (page) => {
    const seen = new Set();
    const invisible = [];
    for (let i = 0; i < 700; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        // SVG diagram parts draw their own focus ring (a stroked shape inside).
        const ring = el.querySelector(':scope > .node-focus, :scope > .loop-focus, :scope > .timeline-focus, :scope > .link-focus');
        const ringCs = ring && getComputedStyle(ring);
        const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none'
          || (ringCs && ringCs.stroke !== 'none' && !/rgba\(0, 0, 0, 0\)/.test(ringCs.stroke) && parseFloat(ringCs.strokeWidth) >= 2);
        const kind = el.matches('.term-button') ? 'glossary term' : el.matches('.cite-link') ? 'citation'
          : el.matches('.lang-switch') ? 'language switch' : el.matches('[data-copy-link]') ? 'copy link'
          : el.matches('.toc a') ? 'table of contents' : el.matches('.skip-link') ? 'skip link'
          : el.matches('#spagaat-simulator input[type=range]') ? 'slider' : el.matches('.sim button, .sim-presets button') ? 'preset'
          : el.closest('svg') ? 'diagram node' : el.matches('#embed-open') ? 'embed dialog' : el.tagName.toLowerCase();
        return { kind, visible, label: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40) };
      });
      if (!info) continue;
      seen.add(info.kind);
      if (!info.visible) invisible.push(`${info.kind} "${info.label}"`);
    }
    for (const kind of ['skip link', 'language switch', 'embed dialog', 'table of contents', 'glossary term', 'citation',
      'copy link', 'diagram node', 'preset', 'slider']) {
      assert.ok(seen.has(kind), `keyboard never reached a ${kind}; reached ${[...seen].join(', ')}`);
    }
    assert.deepEqual(invisible, [], 'focus must be visible');
  });
});

test('a diagram is one tab stop: Tab enters at one part, the arrows move on, Tab leaves, Shift+Tab comes back', async () => {
  await withPage(browser, `${server.url}#argumentkaart`, async (page) => {
    const where = () => page.evaluate(() => ({ id: document.activeElement.id, inSvg: !!document.activeElement.closest('#argumentkaart svg') }));
    await page.focus('#argumentkaart [data-copy-link]');
    let now = await where();
    for (let i = 0; i < 5 && !now.inSvg; i++) {
      await page.keyboard.press('Tab');
      now = await where();
    }
    assert.ok(now.inSvg, 'Tab enters the diagram');
    await page.keyboard.press('ArrowDown');
    const moved = await where();
    assert.ok(moved.inSvg && moved.id !== now.id, 'an arrow key moves to another part');
    await page.keyboard.press('Tab');
    assert.equal((await where()).inSvg, false, 'the next Tab leaves the diagram');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await where()).id, moved.id, 'Shift+Tab returns to the part the reader was at');
  });
});

test('reduced motion: no element runs an animation or transition', async () => {
  await withPage(browser, server.url + '#de-nieuwe-spagaat', async (page) => {
    await scrolledTo(page, 'de-nieuwe-spagaat');
    await painted(page);
    const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
      const cs = getComputedStyle(el);
      const anim = cs.animationName !== 'none' && parseFloat(cs.animationDuration) > 0;
      const trans = cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      return anim || trans;
    }).map((el) => el.className || el.tagName));
    assert.deepEqual(moving, []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  }, { reducedMotion: 'reduce' });
});
