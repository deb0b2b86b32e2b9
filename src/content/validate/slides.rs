//! Key sentences for the slides: every section has one in both languages, a
//! part has one in both or in neither, and none is too long for a slide.

use super::super::model::*;
use super::super::rich;

/// Most words of a key sentence on a slide: with the section's or part's
/// title above it, a slide stays within the deck's limit (`deck::MAX_WORDS`).
pub const SLIDE_WORDS: usize = 28;

/// Words as a reader counts them: runs of non-space characters with at least
/// one letter or digit (a dash or a `·` is not a word).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

pub(super) fn check_slides(c: &Content, p: &mut Vec<String>) {
    for lang in Lang::ALL {
        let code = lang.code();
        for s in &c.locale(lang).sections {
            if s.slide.trim().is_empty() {
                p.push(format!(
                    "{code}: section {}: no key sentence for its slide (`slide`)",
                    s.id
                ));
            }
            let texts = std::iter::once((s.id.as_str(), s.slide.as_str()))
                .chain(s.parts.iter().map(|x| (x.id.as_str(), x.slide.as_str())));
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
                p.push(format!(
                    "part {}: a key sentence for its slide in one language only",
                    x.id
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::problems;
    use super::{word_count, SLIDE_WORDS};

    #[test]
    fn key_sentences_for_slides_are_required_in_both_languages_and_short() {
        assert_eq!(word_count("Vlaar: een vak — apart · nu!"), 5);
        let mut c = crate::content::decode(crate::content::CONTENT_BYTES).unwrap();
        assert_eq!(
            problems(&c, None)
                .iter()
                .filter(|p| p.contains("slide"))
                .count(),
            0
        );
        c.en.sections[1].slide = " ".into();
        c.nl.sections[0].slide = "woord ".repeat(SLIDE_WORDS + 1);
        c.nl.sections[3].parts[0].slide = String::new();
        let found = problems(&c, None).join("\n");
        assert!(
            found.contains("en: section de-nieuwe-spagaat: no key sentence"),
            "{found}"
        );
        assert!(
            found.contains(&format!(
                "nl: opbouwwerk-undercover: the slide's key sentence has {} words",
                SLIDE_WORDS + 1
            )),
            "{found}"
        );
        assert!(
            found.contains("part handreiking-1: a key sentence for its slide in one language only"),
            "{found}"
        );
    }
}
