// The first-load byte budget of issue #8, deterministic and so a test:
// everything a first visit fetches is within 150 KB gzip. The page is
// prerendered (issue #9) and the app starts on demand (web/loader-start.js),
// so a first visit is the article, its stylesheets and the loader;
// tests/e2e/loading.test.mjs checks in Chromium that this is indeed all a
// first visit fetches.
//
// The apps themselves (bindings and wasm, fetched when the reader reaches
// for a control or scrolls near a diagram): each app a reader of the
// reading page or of an embed waits for before a press is answered, one
// per part of the page (app::parts), is at most 150 KB gzip too (issue
// #15). Ratchets hold the rest: a test fails when a first visit with the
// largest of those apps, or the classroom app, grows past its ratchet, so
// the sizes can only go down. Lower a ratchet whenever a change makes its
// app smaller.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { firstLoad } from '../../scripts/first-load.mjs';
import { DIST } from './harness.mjs';

const BUDGET = 150 * 1000;
// Raised from 480 KB once, for the round of issues #14, #16 and #17 (a
// model with its equations, sensitivity table and diagram links; one
// quotation table and 20 % more content; slides and the offline worker):
// 527,497 B when it was raised. Issue #15 is the plan to make the app small;
// its first round added the router (web/route.js with the list of pages,
// 1.9 KB) to every first visit: 530,345 B. Its second round built with
// Leptos's `erase_components` (wasm −107 KB), made glossary cards popovers
// and split off the classroom code: 390,291 B with the reading and embed
// app (the first visit and the app fetched on demand), 354,050 B for the
// classroom app alone. Its third round: the reading and embed app renders
// only the parts of the page that need it, without the prose (370,879 B),
// the simulator in pieces so that none is a long task (372,477 B). Its
// fourth round: the reading app's content as a data file per language
// (src/content/reading.rs), not compiled in: a first visit, the app's code
// and one language's content, 354,830 B; then the node-link diagrams in
// pieces and the parts far from the view rendered only when the reader
// comes near (browser::render_when_near, +5.2 KB): 361,338 B, and the
// classroom app, which renders the diagrams through the same pieces,
// 356,148 B. Its seventh round took out what the wasm carried without being
// asked (core's float parsing and formatting, Unicode's case tables, the
// views of pieces the reading app leaves as HTML, two sorts;
// docs/app-size.md): 309,477 B, and the classroom app 318,262 B. Its
// eighth round made the reading and embed app one app per part of the page
// and took out of each what it did not need (docs/app-size.md): a first
// visit with the largest of them (the node-link diagrams', 148,185 B) and
// one language's content, 236,475 B, and the classroom app 311,156 B.
// Raised once since, for what readers were owed (issue #28): the
// simulator's result sentences that cannot contradict its series, the
// origins of its equations derived, its table judged on both criteria, the
// bibliography's English dates, and a slider moved before its app came
// kept (issue #29); the simulator on its slides in the classroom app: a
// first visit with the node-link diagrams' app (149,777 B) and one
// language's content, 242,245 B, and the classroom app 322,900 B.
// Issue #32: a copy-link button is one button (the share sheet on a phone
// that has one, else copy) handing out the share address: a first visit
// with the node-link diagrams' app (148,766 B) and one language's content,
// 241,446 B; the classroom app, whose slides' QR codes give share addresses
// too (share::address), 323,168 B.
// Issue #31: a slider writes the address after the frame, not in its
// handler; issue #29: a press that goes down on a prerendered control and
// up on the app's copy is done (browser::takeover, finish_press, about
// 650 B in each app): the node-link diagrams' app 149,407 B, with the first
// visit and its content 242,235 B; the classroom app, which carries the
// content too, 324,233 B with the share cards' key sentences of issue #32.
// A copy link waits a frame and a task for a slider's value to be written
// (SimView::commit): 149,682 B, with the first visit 242,581 B.
const RATCHET = 242.7 * 1000;
const CLASSROOM_RATCHET = 324.5 * 1000;

test('a first visit fetches at most 150 KB gzip', () => {
  const { firstVisit } = firstLoad(DIST);
  console.log(`first visit: ${firstVisit.total} B gzip ${JSON.stringify(firstVisit.byKind)}; budget ${BUDGET} B`);
  assert.ok(firstVisit.files.includes('index.html') && firstVisit.files.some((f) => f.endsWith('.css')));
  assert.ok(firstVisit.total <= BUDGET, `a first visit fetches ${firstVisit.total} B gzip, over the budget of ${BUDGET} B`);
});

test('each app a reader of the reading page or an embed waits for is at most 150 KB gzip', () => {
  const { apps } = firstLoad(DIST);
  assert.deepEqual(Object.keys(apps).sort(), ['graphs', 'page', 'sim', 'timeline'], 'one app per part of the page');
  for (const [app, { total, byKind, files }] of Object.entries(apps)) {
    console.log(`the app of the part "${app}": ${total} B gzip ${JSON.stringify(byKind)}; budget ${BUDGET} B`);
    assert.ok(files.some((f) => f.endsWith('.wasm')) && files.some((f) => f.endsWith('.js')), `${app}: its bindings and wasm are counted`);
    assert.ok(total <= BUDGET, `the app of the part "${app}" is ${total} B gzip, over the budget of ${BUDGET} B`);
  }
});

test('a first visit with the largest app fetched on demand, and the classroom app, stay within their ratchets', () => {
  const { firstVisit, onDemand, classroom, content, oneLanguage } = firstLoad(DIST);
  const reading = firstVisit.total + onDemand.total + oneLanguage;
  console.log(`on demand, at most: ${onDemand.total} B gzip ${JSON.stringify(onDemand.byKind)} and ${oneLanguage} B of content; with the first visit ${reading} B; ratchet ${RATCHET} B`);
  assert.equal(content.files.length, 2, `a content file per language: ${content.files}`);
  assert.ok(oneLanguage > 0, 'the content is counted');
  console.log(`classroom: ${classroom.total} B gzip ${JSON.stringify(classroom.byKind)}; ratchet ${CLASSROOM_RATCHET} B`);
  assert.ok(onDemand.files.some((f) => f.endsWith('.wasm')), 'the app is counted');
  assert.ok(classroom.files.some((f) => f.endsWith('.wasm')), 'the classroom app is counted');
  assert.ok(reading <= RATCHET, `a first visit with the app, ${reading} B gzip, grew past the ratchet of ${RATCHET} B`);
  assert.ok(classroom.total <= CLASSROOM_RATCHET, `the classroom app, ${classroom.total} B gzip, grew past the ratchet of ${CLASSROOM_RATCHET} B`);
  assert.ok(onDemand.total < classroom.total, 'the reading and embed app carries no classroom code');
});

test('the count follows what index.html and its loader load, and fails on a missing file', () => {
  const { firstVisit, onDemand } = firstLoad(DIST);
  for (const k of ['html', 'js', 'css']) assert.ok(firstVisit.byKind[k] > 0, `no ${k} counted in the first visit`);
  assert.equal(firstVisit.byKind.wasm, undefined, 'no wasm in the first visit');
  assert.ok(!firstVisit.files.includes('noscript.css'), 'what <noscript> holds is not loaded with scripts');
  assert.ok(onDemand.byKind.js > 0 && onDemand.byKind.wasm > 0);
  assert.throws(() => firstLoad('/nonexistent-dist'));
});

// The reading and embed app renders only the parts of the prerendered page
// that need it (src/app/parts.rs): the prose stays HTML and is not in what
// it fetches (its content is a data file per language without it:
// src/content/reading.rs); the classroom app shows it on slides.
test('the reading and embed app carries no prose of the sections; the classroom app does', () => {
  const sections = readFileSync(path.join(DIST, '..', 'content', 'nl', 'sections.toml'), 'utf8');
  // The first sentence of the first summary, as the content stores it.
  const sentence = /^summary = \[\s*"([^"]{40,}?\.)/m.exec(sections)?.[1];
  assert.ok(sentence, 'a summary sentence to look for');
  const wasm = (prefix) => readdirSync(DIST).filter((f) => f.endsWith('_bg.wasm') && f.startsWith(prefix))
    .map((f) => readFileSync(path.join(DIST, f)));
  const reading = [...wasm('opbouwwerk-uitgelegd-'), ...wasm('part-')];
  const [classroom] = wasm('classroom-');
  assert.ok(reading.length === 4 && classroom, 'the reading and embed apps and the classroom app are built');
  assert.ok(reading.every((app) => !app.includes(sentence)), 'the prose is in no reading app');
  assert.equal(classroom.includes(sentence), true, 'the classroom app has it');
  const data = (lang) => readdirSync(DIST).filter((f) => f.startsWith(`content-${lang}-`) && f.endsWith('.bin'))
    .map((f) => readFileSync(path.join(DIST, f)));
  for (const lang of ['nl', 'en']) {
    assert.equal(data(lang).length, 1, `one ${lang} content file`);
    assert.equal(data(lang)[0].includes(sentence), false, `no prose in the ${lang} content`);
  }
});

// A reader reads one language: the content a page fetches has its own
// language's texts, and not the other's, which the reading app's wasm does
// not carry either.
test('each language\'s content has its own texts and not the other\'s; the reading wasm has neither', () => {
  const first = (lang) => {
    const glossary = readFileSync(path.join(DIST, '..', 'content', lang, 'glossary.toml'), 'utf8');
    return /^definition = "([^"\[]{30,}?)[ .,:]/m.exec(glossary)?.[1];
  };
  const [nl, en] = [first('nl'), first('en')];
  assert.ok(nl && en, 'a definition in each language to look for');
  const file = (prefix, suffix) => readFileSync(path.join(DIST, readdirSync(DIST).find((f) => f.startsWith(prefix) && f.endsWith(suffix))));
  const [dataNl, dataEn] = [file('content-nl-', '.bin'), file('content-en-', '.bin')];
  assert.ok(dataNl.includes(nl) && !dataNl.includes(en), 'the Dutch content has the Dutch definition only');
  assert.ok(dataEn.includes(en) && !dataEn.includes(nl), 'the English content has the English definition only');
  const reading = readdirSync(DIST).filter((f) => /^(?:opbouwwerk-uitgelegd|part)-.*_bg\.wasm$/.test(f));
  assert.equal(reading.length, 4, `the reading and embed apps: ${reading}`);
  for (const app of reading.map((f) => readFileSync(path.join(DIST, f)))) {
    assert.ok(!app.includes(nl) && !app.includes(en), 'no reading app has content compiled in');
  }
});

// Every other way in (web/route.js) fetches index.html, and then its own
// prerendered page: the English reader pays for both, and is still within
// the budget.
test('a first visit by any other way in (English, an embed, a slide) fetches at most 150 KB gzip', () => {
  const { firstVisit } = firstLoad(DIST);
  const pages = ['en.html', ...readdirSync(path.join(DIST, 'pages')).filter((f) => f.endsWith('.html')).map((f) => `pages/${f}`)];
  assert.ok(pages.length > 100, `every way in has its page: ${pages.length}`);
  const gz = (f) => gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length;
  const [largest, bytes] = pages.map((f) => [f, gz(f)]).sort((a, b) => b[1] - a[1])[0];
  console.log(`largest other way in: ${largest}, ${bytes} B gzip on top of ${firstVisit.total} B`);
  assert.ok(firstVisit.total + bytes <= BUDGET, `${largest}: ${firstVisit.total + bytes} B gzip, over the budget of ${BUDGET} B`);
});
