//! The texts of each language: every reference in rich text resolves, and
//! both languages have the same sections, parts, terms and interface keys.

use std::collections::BTreeSet;

use super::quotes::check_quote_refs;
use super::{anchors, check_unique};
use crate::content::model::*;
use crate::content::rich::{self, Inline};
use crate::ids::{REFERENCE_SECTIONS, SECTIONS as SECTION_IDS};

fn check_rich(
    c: &Content,
    lang: Lang,
    anchors: &BTreeSet<String>,
    whr: &str,
    text: &str,
    p: &mut Vec<String>,
) {
    let loc = c.locale(lang);
    for piece in rich::parse(text) {
        match piece {
            Inline::Term { id, label } => {
                if loc.term(id).is_none() {
                    p.push(format!(
                        "{}: {whr}: unknown glossary term {id}",
                        lang.code()
                    ));
                }
                if label.is_empty() {
                    p.push(format!(
                        "{}: {whr}: glossary term {id} without label",
                        lang.code()
                    ));
                }
            }
            Inline::Cite { id, .. } => {
                if c.source(id).is_none() {
                    p.push(format!("{}: {whr}: unknown source {id}", lang.code()));
                }
            }
            Inline::Link { target, label } => {
                if !anchors.contains(&target[1..]) {
                    p.push(format!(
                        "{}: {whr}: link to unknown id {target}",
                        lang.code()
                    ));
                }
                if label.is_empty() {
                    p.push(format!(
                        "{}: {whr}: link {target} without label",
                        lang.code()
                    ));
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

pub(super) fn check_locale(c: &Content, lang: Lang, p: &mut Vec<String>) {
    let loc = c.locale(lang);
    let anchors = anchors(c);
    let code = lang.code();
    let ids: Vec<&str> = loc.sections.iter().map(|s| s.id.as_str()).collect();
    if ids != SECTION_IDS {
        p.push(format!(
            "{code}: sections are {ids:?}, expected {SECTION_IDS:?}"
        ));
    }
    for (i, para) in loc.intro.paragraphs.iter().enumerate() {
        check_rich(c, lang, &anchors, &format!("intro paragraph {i}"), para, p);
    }
    for s in &loc.sections {
        let whr = format!("section {}", s.id);
        if s.title.trim().is_empty() || s.summary.is_empty() {
            p.push(format!("{code}: {whr}: title or summary missing"));
        }
        let texts = s
            .summary
            .iter()
            .chain(s.annotations.iter().flat_map(|a| a.body.iter()))
            .chain(s.questions.iter())
            .chain(s.notes.iter());
        for t in texts {
            check_rich(c, lang, &anchors, &whr, t, p);
        }
        check_quote_refs(c, &format!("{code}: {whr}"), &s.quotes, p);
        let argued = !REFERENCE_SECTIONS.contains(&s.id.as_str());
        if argued {
            if !(1..=3).contains(&s.quotes.len()) {
                p.push(format!(
                    "{code}: {whr}: has {} quotations, needs one to three",
                    s.quotes.len()
                ));
            }
            if !(2..=3).contains(&s.questions.len()) {
                p.push(format!(
                    "{code}: {whr}: has {} discussion questions, needs two or three",
                    s.questions.len()
                ));
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
    check_unique(
        &format!("{code} glossary"),
        loc.glossary.iter().map(|t| t.id.as_str()),
        p,
    );
    for t in &loc.glossary {
        check_rich(
            c,
            lang,
            &anchors,
            &format!("glossary {}", t.id),
            &t.definition,
            p,
        );
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
            p.push(format!(
                "{code}: source {} is cited in the essay but has no note on where",
                s.id
            ));
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
            Some(t) => check_rich(
                c,
                lang,
                &anchors,
                &format!("diagram element {id}"),
                &t.explanation,
                p,
            ),
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
            Some(t) => check_rich(
                c,
                lang,
                &anchors,
                &format!("timeline {}", e.id),
                &t.explanation,
                p,
            ),
        }
    }
}

pub(super) fn check_parity(c: &Content, p: &mut Vec<String>) {
    let keys = |l: &Locale| l.ui.keys().cloned().collect::<BTreeSet<_>>();
    for k in keys(&c.nl).symmetric_difference(&keys(&c.en)) {
        p.push(format!("ui string {k} exists in one language only"));
    }
    let terms = |l: &Locale| l.glossary.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    if terms(&c.nl) != terms(&c.en) {
        p.push("glossary ids differ between nl and en".into());
    }
    for (a, b) in c.nl.sections.iter().zip(&c.en.sections) {
        let parts = |s: &Section| {
            s.parts
                .iter()
                .map(|x| (x.id.clone(), x.quotes.clone(), x.elaborated))
                .collect::<Vec<_>>()
        };
        if parts(a) != parts(b) || a.quotes != b.quotes {
            p.push(format!(
                "section {}: parts or quotations differ between nl and en",
                a.id
            ));
        }
    }
}
