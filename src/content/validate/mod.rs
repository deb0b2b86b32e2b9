//! Checks that the content holds together: every reference resolves, both
//! languages are complete, and every quotation is verbatim from the essay.
//! Run by the native tests (`tests/content.rs`), so a broken edit fails CI.

use std::collections::BTreeSet;

mod diagrams;
mod quotes;
mod slides;
mod sources;
mod text;
pub mod wording;

use super::model::*;
use crate::ids;
use diagrams::check_diagrams;
use quotes::check_quotes;
use slides::check_slides;
pub use slides::{word_count, SLIDE_WORDS};
use sources::check_sources;
pub use sources::HOSTS;
use text::{check_locale, check_parity};

/// Everything wrong with the content; empty when all is well. `seed` is the
/// essay's text, for the verbatim check; `None` skips that check.
pub fn problems(c: &Content, seed: Option<&str>) -> Vec<String> {
    let mut p = Vec::new();
    check_slides(c, &mut p);
    check_quotes(c, seed, &mut p);
    check_unique(
        "source",
        c.shared.sources.iter().map(|s| s.id.as_str()),
        &mut p,
    );
    if c.shared.sources.iter().filter(|s| s.is_essay).count() != 1 {
        p.push("sources: exactly one is the essay itself (is_essay = true)".into());
    }
    check_sources(c, &mut p);
    check_diagrams(c, &mut p);
    for lang in Lang::ALL {
        check_locale(c, lang, &mut p);
    }
    check_parity(c, &mut p);
    p
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

pub(super) fn check_unique<'a>(
    what: &str,
    ids: impl Iterator<Item = &'a str>,
    p: &mut Vec<String>,
) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            p.push(format!("duplicate {what} id {id}"));
        }
        if id.is_empty()
            || !id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        {
            p.push(format!(
                "{what} id {id:?} must be lowercase ascii, digits and dashes"
            ));
        }
    }
}

/// All ids a `#` link may point at.
pub fn anchors(c: &Content) -> BTreeSet<String> {
    let mut a: BTreeSet<String> = ids::fixed_anchors().map(str::to_string).collect();
    for s in &c.nl.sections {
        for part in &s.parts {
            a.insert(part.id.clone());
        }
    }
    for s in &c.shared.sources {
        a.insert(ids::source_anchor(&s.id));
    }
    for t in &c.nl.glossary {
        a.insert(ids::term_anchor(&t.id));
    }
    for d in &c.shared.diagrams {
        a.insert(d.id.clone());
    }
    a
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
}
