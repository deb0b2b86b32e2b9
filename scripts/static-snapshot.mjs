// A static snapshot of a page: what the page finally shows at an address,
// as a plain file without scripts, so the browser paints only what the HTML
// itself carries. The benchmark (scripts/bench.mjs) audits it beside the app
// at the same address: the app's LCP and time to visible content over the
// snapshot's say what the app costs on top of a static page of its result.
//
// Making one: open the address in Chromium, make the app start and wait until
// it has settled (startAndSettle), take the DOM (captureSnapshot), and write
// it beside index.html in the served copy of dist, where its relative asset
// addresses resolve as the page's own do.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `html` without its scripts: every <script> element and every preload of
 * code (modulepreload, and preload of .js/.wasm) removed; and without the
 * comments the app's renderer leaves as markers (about a thousand `<!---->`),
 * which a static page would not carry: the snapshot is the leanest static
 * page of the result.
 */
export function withoutScripts(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, (tag) =>
      /\brel=["']?modulepreload\b/i.test(tag) ||
      (/\brel=["']?preload\b/i.test(tag) && /\bhref=["']?[^"'\s>]+\.(?:js|mjs|wasm)\b/i.test(tag)) ? '' : tag);
}

/** The attribute the prerendered page carries until the app has taken it over (src/browser/takeover.rs). */
const taken = () => document.body && !document.body.hasAttribute('data-prerendered');

/**
 * Makes the app start in `page` (opened at its address) and waits until the
 * page has settled. Depending on the address and the build the loader starts
 * the app at once, after the first paint, or only on intent (a pointer over a
 * control, focus on one: web/loader-start.js). So: wait a few seconds for the
 * takeover; if it has not come, point at a button in view (pointing at one
 * out of view would scroll to it, and the snapshot would show another
 * place) and wait again; then move the focus to a button without scrolling.
 */
export async function startAndSettle(page, { patience = 3000, timeout = 30_000 } = {}) {
  const takeover = (ms) => page.waitForFunction(taken, null, { timeout: ms, polling: 100 }).then(() => true, () => false);
  if (!(await takeover(patience))) {
    const at = await page.evaluate(() => {
      // Not a glossary term: its card opens without the app (web/loader-start.js).
      const b = [...document.querySelectorAll('button:not([popovertarget])')].map((el) => [el, el.getBoundingClientRect()])
        .find(([el, r]) => r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && el.checkVisibility());
      return b && { x: b[1].left + b[1].width / 2, y: b[1].top + b[1].height / 2 };
    });
    if (at) {
      await page.mouse.move(at.x, at.y);
      // Away again, so that no hover state (a title tooltip) stays behind.
      await page.mouse.move(0, 0);
    }
    if (!at || !(await takeover(patience))) {
      await page.evaluate(() => {
        const b = [...document.querySelectorAll('button:not([popovertarget]), input, select, textarea')].find((el) => el.checkVisibility());
        b?.focus({ preventScroll: true });
        b?.blur();
      });
      if (!(await takeover(timeout))) throw new Error(`the app did not take over the page, also after pointing at and focusing a control`);
    }
  }
  await settled(page);
}

/**
 * Resolves once the page has settled: fonts loaded, and two animation frames
 * in a row without any change to the DOM (the app renders in steps: the
 * takeover, then effects, a slide scaled to fit, the loading note removed).
 */
export function settled(page, { timeout = 10_000 } = {}) {
  return page.evaluate(async (timeout) => {
    await document.fonts.ready;
    const end = performance.now() + timeout;
    for (;;) {
      let changed = false;
      const mo = new MutationObserver(() => { changed = true; });
      mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      mo.disconnect();
      if (!changed) return;
      if (performance.now() > end) throw new Error(`the page kept changing for ${timeout / 1000} s`);
    }
  }, timeout);
}

/**
 * The settled page as a static document: `<!doctype html>` and the DOM
 * without scripts. Form fields carry their current state (a slider's value
 * is a property, which the markup would not show otherwise). Where the app
 * set inline styles through the CSSOM (a slide's diagram scaled to fit, CSS
 * variables on the root), which the page's CSP allows only to scripts, the
 * snapshot's policy allows them as attributes (style-src-attr), or the
 * snapshot would show the unstyled element.
 */
export async function captureSnapshot(page) {
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    const fields = (r) => r.querySelectorAll('input, select, textarea, option');
    const live = fields(document.documentElement);
    fields(root).forEach((el, i) => {
      const now = live[i];
      if (el.localName === 'input') {
        if (now.type === 'checkbox' || now.type === 'radio') now.checked ? el.setAttribute('checked', '') : el.removeAttribute('checked');
        else el.setAttribute('value', now.value);
      } else if (el.localName === 'textarea') el.textContent = now.value;
      else if (el.localName === 'option') now.selected ? el.setAttribute('selected', '') : el.removeAttribute('selected');
    });
    const csp = root.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    if (csp && root.querySelector('[style]')) csp.content = `${csp.content.replace(/;\s*$/, '')}; style-src-attr 'unsafe-inline'`;
    return root.outerHTML;
  });
  return `<!doctype html>\n${withoutScripts(html)}`;
}

/** Writes `html` as `name` into `dir` (the served copy of dist). */
export function writeSnapshot(dir, name, html) {
  writeFileSync(path.join(dir, name), html);
}
