// Static first, for every address. A static host serves this same page
// (the Dutch reading page) for every query; the page for any other way in
// (?lang=en, an embed, a slide) was rendered at build time too, as a file
// of its own (src/pages.rs). This tiny script (in <head> twice: `async`
// right after the CSP, and blocking as its last element; it runs once)
// finds that file by the rule of `pages::file_for`, hides this page
// before anything is painted, and streams the other's body in (see below);
// this page's own body goes once it is parsed. The app is not needed for
// any of it: it starts later, when the reader reaches for a control
// (loader-start.js), whose loader this script adds to the page (`LATER`).
// The English page and the embeds are full documents with this same head,
// so an address may name one (the embed code does);
// there this script has nothing to do unless the query asks for another.
//
// Every reading and embed address has a page (a misspelt language or embed
// id is read as the app reads it, see `pick`). What it cannot place (a
// slide past the end of its section, the presenter's window: the classroom
// app's; or a page that fails to come) it leaves to the app:
// `data-route="app"`, and the loader starts the app at once. It
// only asks for files that exist: scripts/post-build.mjs writes the names
// of the pages besides the reading ones (`prerender --list`) into PAGES.
//
// <html data-route>: "pending" (this page is hidden: style/main.css),
// "app" (the app must decide), absent (this is the page). When the swap is
// done or given up, a "route" event is dispatched on document.
(() => {
  const root = document.documentElement;
  // Run once: index.html asks for this script twice (scripts/post-build.mjs),
  // `async` first in the head, to ask for the page early, and blocking last,
  // so that it has run before the body is parsed, whichever runs first.
  if (root.hasAttribute('data-routed')) return;
  root.setAttribute('data-routed', '');
  // The worker that answered this page, if it was the load on which a new
  // release takes over, waits for this word before it lets the new one
  // take over (web/sw.js): from here on this page is its to hand over.
  navigator.serviceWorker?.controller?.postMessage('here');
  const params = new URLSearchParams(location.search);

  // The loader (web/loader-start.js) and the worker's registration
  // (web/offline.js) come after the first paint: until then a page asks for
  // nothing but its stylesheet and this script, and paints sooner (on a
  // throttled phone, Lighthouse: docs/app-size.md, ninth round). Not on the
  // slides, where the loader fits a diagram to its slide from the first
  // paint on, nor in a frame, where it tells the host page how tall the
  // page is. A press or a key before the loader is there is kept for it
  // (`opbouwwerkEarly`), which does it again, as it does a press made
  // before an app is there. scripts/post-build.mjs fills in LATER.
  const LATER = null;
  const early = [];
  globalThis.opbouwwerkEarly = early;
  const keep = (event) => {
    if (!root.hasAttribute('data-loader')) early.push(event);
  };
  addEventListener('click', keep, true);
  addEventListener('keydown', keep, true);
  let added = false;
  const later = () => {
    if (added || !LATER) return;
    added = true;
    const add = (src) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    };
    add(LATER.loader);
    // Only an installable page registers the worker (an embed's own page has
    // no manifest), and only in a release (`make serve` has none).
    if (LATER.offline && document.querySelector('link[rel="manifest"]')) add(LATER.offline);
  };
  if (params.has('present') || window.parent !== window) {
    later();
  } else {
    // After the first paint: its first largest-contentful-paint entry and
    // one more frame. A hidden tab paints nothing: once it has loaded. (Not
    // on the load event otherwise: a page served fast loads before it
    // paints.) And in any case after 3 s.
    const afterPaint = () => requestAnimationFrame(() => setTimeout(later));
    setTimeout(later, 3000);
    if (document.visibilityState === 'hidden') {
      addEventListener('load', () => setTimeout(later), { once: true });
    } else if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        afterPaint();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      addEventListener('DOMContentLoaded', afterPaint, { once: true });
    }
  }
  // This document: the Dutch reading page, or another page's own file (the
  // English one, an embed: data-page), which an address may name; its
  // data-address is the query it shows, filled into an address that names
  // the file without it (the keys it lacks), so that the app reads it too.
  const own = root.dataset.page ?? 'index.html';
  let filled = false;
  for (const [key, value] of new URLSearchParams(root.dataset.address ?? '')) {
    if (!params.has(key)) {
      params.set(key, value);
      filled = true;
    }
  }
  if (filled) history.replaceState(history.state, '', `?${params}${location.hash}`);
  const ID = /^[a-z0-9-]{1,64}$/;
  const PAGES = null;

  // The file for the address; null: the app decides. Normalised as
  // `UrlState::from_query` reads an address: the first occurrence of a key
  // counts, a language is trimmed and any case, an unknown language is the
  // default, an embed id that is not embeddable (no page of its own) embeds
  // the whole explainer. So every reading and embed address has a page;
  // the app writes the normalised address back when it starts.
  function pick() {
    if (params.has('presenter')) return null;
    const code = params.get('lang')?.trim().toLowerCase();
    const lang = code === 'en' ? 'en' : 'nl';
    if (params.has('embed')) {
      const target = params.get('embed');
      const title = params.get('title') === '0' ? '-notitle' : '';
      const page = (id) => `embed-${id}-${lang}${title}.html`;
      return ID.test(target) && listed(page(target)) ? page(target) : page('1');
    }
    if (params.has('present')) {
      const hash = location.hash.slice(1).replace(/\/1$/, '');
      if (hash === '') return `pages/present-${lang}.html`;
      const m = /^([a-z0-9-]{1,64})(?:\/([1-9][0-9]{0,3}))?$/.exec(hash);
      return m ? `pages/present-${lang}-${m[1]}${m[2] ? `_${m[2]}` : ''}.html` : null;
    }
    return lang === 'en' ? 'en.html' : 'index.html';
  }
  const listed = (f) => !PAGES || f === 'index.html' || f === 'en.html' || PAGES.includes(f.slice(0, -'.html'.length));
  const picked = pick();
  const file = picked && listed(picked) ? picked : null;
  // This page is the address's: nothing to do.
  if (file === own) return;

  const bodyThere = () => new Promise((ready) => {
    if (document.body) return ready();
    const watch = new MutationObserver(() => document.body && (watch.disconnect(), ready()));
    watch.observe(root, { childList: true });
  });

  // The stylesheet of the address's mode (an embed's; the slides' and the
  // presenter's window's), which the head does not link, so that no other
  // way in waits for it (scripts/post-build.mjs fills STYLES). Asked for
  // now (a preload), linked at the end of the head as soon as the head is
  // whole (its place in the cascade, after the others; the page streaming
  // in meanwhile is styled as it comes), and waited for before the page is
  // shown (`done`).
  const STYLES = null;
  const modes = [params.has('embed') && 'embed', (params.has('present') || params.has('presenter')) && 'present'];
  const sheets = modes.map((mode) => STYLES?.[mode]).filter(Boolean);
  const link = (rel, { href, integrity }) => {
    const el = document.createElement('link');
    el.rel = rel;
    if (rel === 'preload') el.as = 'style';
    if (integrity) el.integrity = integrity;
    el.href = href;
    return el;
  };
  for (const sheet of sheets) document.head.append(link('preload', sheet));
  const styling = sheets.length === 0 ? Promise.resolve() : bodyThere().then(() => Promise.all(sheets.map((sheet) => new Promise((ready) => {
    const el = link('stylesheet', sheet);
    el.onload = el.onerror = ready;
    document.head.append(el);
  }))));

  const done = async (outcome) => {
    // The app must decide: its loader at once.
    if (outcome === 'app') later();
    await styling;
    if (outcome) root.setAttribute('data-route', outcome);
    else root.removeAttribute('data-route');
    document.dispatchEvent(new Event('route'));
  };
  // Pending (this page hidden, the loader waiting) until the mode's
  // stylesheet has come, also where the app decides.
  root.setAttribute('data-route', 'pending');
  if (file === null) return done('app');
  // A page that does not begin to come within 4 s is left to the app.
  let late = false;
  let begun = false;
  const wait = setTimeout(() => { if (!begun) { late = true; done('app'); } }, 4000);
  const whenParsed = (ready) => (document.readyState !== 'loading' ? ready()
    : document.addEventListener('readystatechange', ready, { once: true }));
  // The page streams in as a static page does: its HTML is written, chunk by
  // chunk, into an inert document whose parser keeps appending into a
  // wrapper that has meanwhile been moved into this page (display:
  // contents, style/main.css), so its top shows as soon as it has come and
  // no single task parses it all. This page's own body, still being parsed
  // meanwhile, stays hidden and is removed at the end.
  const inert = document.implementation.createHTMLDocument('');
  let wrapper = null;
  let prefix = '';
  async function write(chunk) {
    if (wrapper) return inert.write(chunk);
    // Up to the page's <body> tag: its language and title, not its head.
    prefix += chunk;
    const body = /<body\b[^>]*>/i.exec(prefix);
    if (!body) return;
    if (!/\bdata-prerendered\b/.test(body[0])) throw new Error(`${file}: not a page`);
    const lang = /<html\b[^>]*\blang="([a-z]{2})"/i.exec(prefix);
    const title = /<title>([^<]*)<\/title>/i.exec(prefix);
    if (lang) root.lang = lang[1];
    if (title) document.title = new DOMParser().parseFromString(`<p>${title[1]}`, 'text/html').body.textContent;
    inert.open();
    inert.write('<!doctype html><body><div data-stream>');
    wrapper = inert.querySelector('[data-stream]');
    await bodyThere();
    document.body.prepend(document.adoptNode(wrapper));
    inert.write(prefix.slice(body.index + body[0].length));
  }

  fetch(file === 'index.html' ? './' : file, { credentials: 'same-origin' }).then(async (r) => {
    if (!r.ok) throw new Error(`${file}: ${r.status}`);
    if (late) return;
    begun = true;
    clearTimeout(wait);
    if (r.body && globalThis.TextDecoderStream) {
      const chunks = r.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let c = await chunks.read(); !c.done; c = await chunks.read()) await write(c.value);
    } else {
      await write(await r.text());
    }
    if (!wrapper) throw new Error(`${file}: no <body>`);
    inert.close();
    await new Promise(whenParsed);
    // The wrapper alone is left: this page's own nodes go.
    for (const node of [...document.body.childNodes]) if (node !== wrapper) node.remove();
    document.body.setAttribute('data-prerendered', '');
    await done(null);
    // The browser looked for the fragment in the page it no longer shows.
    // Embedded, the frame is as tall as its content: scrolling would move
    // the host page.
    if (!params.has('embed') && !params.has('present') && location.hash.length > 1) {
      try {
        document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
      } catch {
        // A malformed fragment: nothing to scroll to (the app says so).
      }
    }
  }).catch(() => {
    clearTimeout(wait);
    wrapper?.remove();
    if (!late) done('app');
  });
})();
