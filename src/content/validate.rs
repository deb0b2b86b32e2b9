//! Checks that the content holds together: every reference resolves, both
//! languages are complete, and every quotation is verbatim from the essay.
//! Run by the native tests (`tests/content.rs`), so a broken edit fails CI.

use std::collections::BTreeSet;

use super::model::*;
use super::rich::{self, Inline};

/// Section ids of the public deep-link contract, in reading order.
pub const SECTION_IDS: [&str; 7] = [
    "opbouwwerk-undercover",
    "de-nieuwe-spagaat",
    "jos-van-der-lans",
    "handreikingen",
    "opbouwwerk-is-een-vak",
    "bronnen",
    "begrippen",
];

/// Ids of anchors that are not sections but may be linked to (`#id`).
pub const EXTRA_ANCHORS: [&str; 6] = ["top", "argumentkaart", "bronnenkaart", "tijdlijn", "spagaat-kringloop", "spagaat-simulator"];

/// Everything wrong with the content; empty when all is well. `seed` is the
/// essay's text, for the verbatim check; `None` skips that check.
pub fn problems(c: &Content, seed: Option<&str>) -> Vec<String> {
    let mut p = Vec::new();
    check_slides(c, &mut p);
    check_quotes(c, seed, &mut p);
    check_unique("source", c.shared.sources.iter().map(|s| s.id.as_str()), &mut p);
    check_diagrams(c, &mut p);
    for lang in Lang::ALL {
        check_locale(c, lang, &mut p);
    }
    check_parity(c, &mut p);
    p
}

/// Most words of a key sentence on a slide: with the section's or part's
/// title above it, a slide stays within the deck's limit (`deck::MAX_WORDS`).
pub const SLIDE_WORDS: usize = 28;

/// Words as a reader counts them: runs of non-space characters with at least
/// one letter or digit (a dash or a `·` is not a word).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Every section has a key sentence for its slide in both languages, a part
/// has one in both or in neither, and none is longer than [`SLIDE_WORDS`].
fn check_slides(c: &Content, p: &mut Vec<String>) {
    for lang in Lang::ALL {
        let code = lang.code();
        for s in &c.locale(lang).sections {
            if s.slide.trim().is_empty() {
                p.push(format!("{code}: section {}: no key sentence for its slide (`slide`)", s.id));
            }
            let texts = std::iter::once((s.id.as_str(), s.slide.as_str())).chain(s.parts.iter().map(|x| (x.id.as_str(), x.slide.as_str())));
            for (id, text) in texts {
                let n = word_count(&rich::plain(text));
                if n > SLIDE_WORDS {
                    p.push(format!("{code}: {id}: the slide's key sentence has {n} words, at most {SLIDE_WORDS}"));
                }
            }
        }
    }
    for (a, b) in c.nl.sections.iter().zip(&c.en.sections) {
        for (x, y) in a.parts.iter().zip(&b.parts) {
            if x.slide.trim().is_empty() != y.slide.trim().is_empty() {
                p.push(format!("part {}: a key sentence for its slide in one language only", x.id));
            }
        }
    }
}

/// Number of sentences in a quotation: a sentence ends at `.`, `!` or `?`
/// (optionally followed by closing quote marks) before a space and a capital.
pub fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut count = 1;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '"' | '”' | '’' | '\'' | ')') {
                j += 1;
            }
            if j < chars.len() && chars[j].is_whitespace() {
                let next = chars[j..].iter().find(|c| !c.is_whitespace());
                if next.is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '(')) {
                    count += 1;
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    count
}

fn check_quotes(c: &Content, seed: Option<&str>, p: &mut Vec<String>) {
    check_unique("quote", c.shared.quotes.iter().map(|q| q.id.as_str()), p);
    for q in &c.shared.quotes {
        if q.text.trim() != q.text || q.text.is_empty() {
            p.push(format!("quote {}: empty or padded with spaces", q.id));
        }
        let n = sentence_count(&q.text);
        if n > 2 {
            p.push(format!("quote {}: {n} sentences, at most 2 allowed", q.id));
        }
        if let Some(seed) = seed {
            if !seed.contains(&q.text) {
                p.push(format!("quote {}: not verbatim in the essay: {:?}", q.id, q.text));
            }
        }
        if !c.en.quote_translations.contains_key(&q.id) {
            p.push(format!("quote {}: no English translation", q.id));
        }
    }
    for id in c.en.quote_translations.keys().chain(c.nl.quote_translations.keys()) {
        if c.quote(id).is_none() {
            p.push(format!("translation of unknown quote {id}"));
        }
    }
}

fn check_unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, p: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            p.push(format!("duplicate {what} id {id}"));
        }
        if id.is_empty() || !id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-') {
            p.push(format!("{what} id {id:?} must be lowercase ascii, digits and dashes"));
        }
    }
}

/// All ids a `#` link may point at.
pub fn anchors(c: &Content) -> BTreeSet<String> {
    let mut a: BTreeSet<String> = SECTION_IDS.iter().chain(EXTRA_ANCHORS.iter()).map(|s| s.to_string()).collect();
    for s in &c.nl.sections {
        for part in &s.parts {
            a.insert(part.id.clone());
        }
    }
    for s in &c.shared.sources {
        a.insert(format!("bron-{}", s.id));
    }
    for t in &c.nl.glossary {
        a.insert(format!("begrip-{}", t.id));
    }
    for d in &c.shared.diagrams {
        a.insert(d.id.clone());
    }
    a
}

fn check_rich(c: &Content, lang: Lang, anchors: &BTreeSet<String>, whr: &str, text: &str, p: &mut Vec<String>) {
    let loc = c.locale(lang);
    for piece in rich::parse(text) {
        match piece {
            Inline::Term { id, label } => {
                if loc.term(id).is_none() {
                    p.push(format!("{}: {whr}: unknown glossary term {id}", lang.code()));
                }
                if label.is_empty() {
                    p.push(format!("{}: {whr}: glossary term {id} without label", lang.code()));
                }
            }
            Inline::Cite { id, .. } => {
                if c.source(id).is_none() {
                    p.push(format!("{}: {whr}: unknown source {id}", lang.code()));
                }
            }
            Inline::Link { target, label } => {
                if !anchors.contains(&target[1..]) {
                    p.push(format!("{}: {whr}: link to unknown id {target}", lang.code()));
                }
                if label.is_empty() {
                    p.push(format!("{}: {whr}: link {target} without label", lang.code()));
                }
            }
            Inline::Quote { id } => {
                if c.quote(id).is_none() {
                    p.push(format!("{}: {whr}: unknown quote {id}", lang.code()));
                }
            }
            Inline::Text(_) => {}
        }
    }
}

fn check_quote_refs(c: &Content, whr: &str, ids: &[String], p: &mut Vec<String>) {
    for id in ids {
        if c.quote(id).is_none() {
            p.push(format!("{whr}: unknown quote {id}"));
        }
    }
}

fn check_locale(c: &Content, lang: Lang, p: &mut Vec<String>) {
    let loc = c.locale(lang);
    let anchors = anchors(c);
    let code = lang.code();
    let ids: Vec<&str> = loc.sections.iter().map(|s| s.id.as_str()).collect();
    if ids != SECTION_IDS {
        p.push(format!("{code}: sections are {ids:?}, expected {SECTION_IDS:?}"));
    }
    for (i, para) in loc.intro.paragraphs.iter().enumerate() {
        check_rich(c, lang, &anchors, &format!("intro paragraph {i}"), para, p);
    }
    for s in &loc.sections {
        let whr = format!("section {}", s.id);
        if s.title.trim().is_empty() || s.summary.is_empty() {
            p.push(format!("{code}: {whr}: title or summary missing"));
        }
        let texts = s.summary.iter().chain(s.annotations.iter().flat_map(|a| a.body.iter())).chain(s.questions.iter()).chain(s.notes.iter());
        for t in texts {
            check_rich(c, lang, &anchors, &whr, t, p);
        }
        check_quote_refs(c, &format!("{code}: {whr}"), &s.quotes, p);
        let argued = !matches!(s.id.as_str(), "bronnen" | "begrippen");
        if argued {
            if !(1..=3).contains(&s.quotes.len()) {
                p.push(format!("{code}: {whr}: has {} quotations, needs one to three", s.quotes.len()));
            }
            if !(2..=3).contains(&s.questions.len()) {
                p.push(format!("{code}: {whr}: has {} discussion questions, needs two or three", s.questions.len()));
            }
            if s.notes.is_empty() {
                p.push(format!("{code}: {whr}: no teacher notes"));
            }
        }
        for part in &s.parts {
            let whr = format!("{whr} part {}", part.id);
            for t in &part.body {
                check_rich(c, lang, &anchors, &whr, t, p);
            }
            check_quote_refs(c, &format!("{code}: {whr}"), &part.quotes, p);
        }
    }
    check_unique(&format!("{code} glossary"), loc.glossary.iter().map(|t| t.id.as_str()), p);
    for t in &loc.glossary {
        check_rich(c, lang, &anchors, &format!("glossary {}", t.id), &t.definition, p);
    }
    for id in &c.shared.required_terms {
        if loc.term(id).is_none() {
            p.push(format!("{code}: required glossary term {id} missing"));
        }
    }
    for (id, note) in &loc.source_notes {
        if c.source(id).is_none() {
            p.push(format!("{code}: note on unknown source {id}"));
        }
        check_rich(c, lang, &anchors, &format!("source note {id}"), note, p);
    }
    for s in &c.shared.sources {
        if s.cited_in_essay && !loc.source_notes.contains_key(&s.id) {
            p.push(format!("{code}: source {} is cited in the essay but has no note on where", s.id));
        }
    }
    let diagram_ids: BTreeSet<&str> = c
        .shared
        .diagrams
        .iter()
        .flat_map(|d| {
            std::iter::once(d.id.as_str())
                .chain(d.nodes.iter().map(|n| n.id.as_str()))
                .chain(d.links.iter().map(|l| l.id.as_str()))
                .chain(d.loops.iter().map(|l| l.id.as_str()))
        })
        .collect();
    for id in &diagram_ids {
        match loc.diagram_text.get(*id) {
            None => p.push(format!("{code}: diagram element {id} has no text")),
            Some(t) => check_rich(c, lang, &anchors, &format!("diagram element {id}"), &t.explanation, p),
        }
    }
    for id in loc.diagram_text.keys() {
        if !diagram_ids.contains(id.as_str()) {
            p.push(format!("{code}: text for unknown diagram element {id}"));
        }
    }
    for e in &c.shared.timeline {
        match loc.timeline_text.get(&e.id) {
            None => p.push(format!("{code}: timeline event {} has no text", e.id)),
            Some(t) => check_rich(c, lang, &anchors, &format!("timeline {}", e.id), &t.explanation, p),
        }
    }
}

fn check_parity(c: &Content, p: &mut Vec<String>) {
    let keys = |l: &Locale| l.ui.keys().cloned().collect::<BTreeSet<_>>();
    for k in keys(&c.nl).symmetric_difference(&keys(&c.en)) {
        p.push(format!("ui string {k} exists in one language only"));
    }
    let terms = |l: &Locale| l.glossary.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    if terms(&c.nl) != terms(&c.en) {
        p.push("glossary ids differ between nl and en".into());
    }
    for (a, b) in c.nl.sections.iter().zip(&c.en.sections) {
        let parts = |s: &Section| s.parts.iter().map(|x| (x.id.clone(), x.quotes.clone(), x.elaborated)).collect::<Vec<_>>();
        if parts(a) != parts(b) || a.quotes != b.quotes {
            p.push(format!("section {}: parts or quotations differ between nl and en", a.id));
        }
    }
}

/// Relation types a diagram link may have (the diagrams draw and explain each).
pub const LINK_KINDS: [&str; 11] = [
    "+",
    "-",
    "supports",
    "grounds",
    "goes-further",
    "argues-against",
    "cites",
    "selects-from",
    "agrees-with",
    "criticises",
    "part-of",
];

/// Node types the diagrams have a legend entry for.
pub const NODE_KINDS: [&str; 10] =
    ["factor", "claim", "argument", "analysis", "support", "rejected", "essay", "source", "part", "organisation"];

fn check_diagrams(c: &Content, p: &mut Vec<String>) {
    check_unique("diagram", c.shared.diagrams.iter().map(|d| d.id.as_str()), p);
    // Every element's text lives in one table per language, and one query
    // key holds a diagram's selection: ids must be unique across all diagrams.
    check_unique(
        "diagram element",
        c.shared.diagrams.iter().flat_map(|d| {
            std::iter::once(d.id.as_str())
                .chain(d.nodes.iter().map(|n| n.id.as_str()))
                .chain(d.links.iter().map(|l| l.id.as_str()))
                .chain(d.loops.iter().map(|l| l.id.as_str()))
        }),
        p,
    );
    for d in &c.shared.diagrams {
        for n in d.nodes.iter().filter(|n| !NODE_KINDS.contains(&n.kind.as_str())) {
            p.push(format!("diagram {} node {}: unknown kind {:?}", d.id, n.id, n.kind));
        }
        for l in d.links.iter().filter(|l| !LINK_KINDS.contains(&l.kind.as_str())) {
            p.push(format!("diagram {} link {}: unknown kind {:?}", d.id, l.id, l.kind));
        }
        check_loops(d, p);
        if !SECTION_IDS.contains(&d.section.as_str()) {
            p.push(format!("diagram {}: unknown section {}", d.id, d.section));
        }
        let nodes: BTreeSet<&str> = d.nodes.iter().map(|n| n.id.as_str()).collect();
        check_unique(&format!("{} node", d.id), d.nodes.iter().map(|n| n.id.as_str()), p);
        check_unique(&format!("{} link", d.id), d.links.iter().map(|n| n.id.as_str()), p);
        for n in &d.nodes {
            if let Some(q) = &n.quote {
                check_quote_refs(c, &format!("diagram {} node {}", d.id, n.id), std::slice::from_ref(q), p);
            }
            if let Some(s) = &n.section {
                if !SECTION_IDS.contains(&s.as_str()) && !c.nl.sections.iter().any(|x| x.parts.iter().any(|pt| &pt.id == s)) {
                    p.push(format!("diagram {} node {}: unknown section {s}", d.id, n.id));
                }
            }
            if let Some(s) = &n.source {
                if c.source(s).is_none() {
                    p.push(format!("diagram {} node {}: unknown source {s}", d.id, n.id));
                }
            }
            if n.x < 0.0 || n.y < 0.0 || n.x > d.width || n.y > d.height {
                p.push(format!("diagram {} node {}: outside the drawing", d.id, n.id));
            }
        }
        for l in &d.links {
            for end in [&l.from, &l.to] {
                if !nodes.contains(end.as_str()) {
                    p.push(format!("diagram {} link {}: unknown node {end}", d.id, l.id));
                }
            }
            if let Some(q) = &l.quote {
                check_quote_refs(c, &format!("diagram {} link {}", d.id, l.id), std::slice::from_ref(q), p);
            }
            if !l.inferred && l.quote.is_none() && d.id == "spagaat-kringloop" {
                p.push(format!("diagram {} link {}: a link the essay claims needs a quote", d.id, l.id));
            }
        }
        for lp in &d.loops {
            for n in &lp.nodes {
                if !nodes.contains(n.as_str()) {
                    p.push(format!("diagram {} loop {}: unknown node {n}", d.id, lp.id));
                }
            }
        }
    }
    for e in &c.shared.timeline {
        if e.end_year.is_some_and(|end| end < e.year) {
            p.push(format!("timeline {}: ends before it starts", e.id));
        }
        if e.sources.is_empty() {
            p.push(format!("timeline {}: no source", e.id));
        }
        for s in &e.sources {
            if c.source(s).is_none() {
                p.push(format!("timeline {}: unknown source {s}", e.id));
            }
        }
    }
}

/// A feedback loop must be a closed chain of the diagram's links, and its
/// label must match its polarity: an even number of `-` links reinforces (R),
/// an odd number balances (B).
fn check_loops(d: &Diagram, p: &mut Vec<String>) {
    for lp in &d.loops {
        if lp.nodes.len() < 2 {
            p.push(format!("diagram {} loop {}: needs at least two nodes", d.id, lp.id));
            continue;
        }
        let mut minus = 0;
        for (i, from) in lp.nodes.iter().enumerate() {
            let to = &lp.nodes[(i + 1) % lp.nodes.len()];
            match d.links.iter().find(|l| &l.from == from && &l.to == to) {
                Some(l) if l.kind == "-" => minus += 1,
                Some(l) if l.kind == "+" => {}
                Some(l) => p.push(format!("diagram {} loop {}: link {} has no polarity", d.id, lp.id, l.id)),
                None => p.push(format!("diagram {} loop {}: no link from {from} to {to}", d.id, lp.id)),
            }
        }
        let expected = if minus % 2 == 0 { "R" } else { "B" };
        if lp.kind != expected {
            p.push(format!("diagram {} loop {}: marked {:?} but its polarity makes it {expected}", d.id, lp.id, lp.kind));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sentence_count;

    #[test]
    fn counts_sentences() {
        assert_eq!(sentence_count("Een zin."), 1);
        assert_eq!(sentence_count("Een zin. En nog een."), 2);
        assert_eq!(sentence_count("Een. Twee. Drie."), 3);
        assert_eq!(sentence_count("Zie o.a. de wet."), 1);
        assert_eq!(sentence_count("“Wij weten.” “Jullie ook.”"), 2);
    }

    #[test]
    fn key_sentences_for_slides_are_required_in_both_languages_and_short() {
        use super::{problems, word_count, SLIDE_WORDS};
        assert_eq!(word_count("Vlaar: een vak — apart · nu!"), 5);
        let mut c = crate::content::decode(crate::content::CONTENT_BYTES).unwrap();
        assert_eq!(problems(&c, None).iter().filter(|p| p.contains("slide")).count(), 0);
        c.en.sections[1].slide = " ".into();
        c.nl.sections[0].slide = "woord ".repeat(SLIDE_WORDS + 1);
        c.nl.sections[3].parts[0].slide = String::new();
        let found = problems(&c, None).join("\n");
        assert!(found.contains("en: section de-nieuwe-spagaat: no key sentence"), "{found}");
        assert!(found.contains(&format!("nl: opbouwwerk-undercover: the slide's key sentence has {} words", SLIDE_WORDS + 1)), "{found}");
        assert!(found.contains("part handreiking-1: a key sentence for its slide in one language only"), "{found}");
    }
}
