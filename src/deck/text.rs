//! What a slide says and what it leaves to the presenter: the running text
//! of each slide (the words a class reads, counted against [`MAX_WORDS`]) and
//! the presenter's notes beside it (summary, teacher notes, discussion
//! questions, context). No web-sys here: tested natively.

use super::{Slide, SlideKind};
use crate::content::validate::word_count;
use crate::content::{content, rich, Annotation, Lang, Locale, Section, Speaker};

/// Most words of running text on a slide, in each language it shows.
pub const MAX_WORDS: usize = 35;

/// The quotation a quote slide shows, if any.
pub fn quote_id<'a>(loc: &'a Locale, slide: &Slide) -> Option<&'a str> {
    let section = loc.section(&slide.section)?;
    let id = match slide.kind {
        SlideKind::Quote { index } => section.quotes.get(index)?,
        SlideKind::PartQuote { part, index } => section.parts.get(part)?.quotes.get(index)?,
        _ => return None,
    };
    Some(id.as_str())
}

/// The interface key of a quotation's short attribution on a slide.
pub fn attribution_key(speaker: Speaker) -> &'static str {
    match speaker {
        Speaker::Vlaar => "present_quote_by_vlaar",
        Speaker::VanDerLans => "present_quote_by_van_der_lans",
    }
}

/// Our English translation of a quotation (the one place the slides look it up).
pub fn translation(id: &str) -> Option<&'static str> {
    content().en.quote_translations.get(id).map(String::as_str)
}

/// The running text of a slide in a deck of language `lang`, as pieces in
/// the language they are in: what the slide shows outside its diagram (a
/// diagram or the simulator is a picture with labels, not running text),
/// without the slide counter and controls around it. `SlideView` shows these
/// pieces; the end-to-end test counts the same words in the browser.
pub fn running_text(loc: &Locale, lang: Lang, slide: &Slide) -> Vec<(Lang, String)> {
    let section = loc.section(&slide.section);
    let title = section.map(|s| s.title.clone()).unwrap_or_default();
    let ui = |k: &str| loc.ui(k).to_string();
    let own = |texts: Vec<String>| {
        texts
            .into_iter()
            .map(|t| (lang, rich::plain(&t)))
            .collect::<Vec<_>>()
    };
    match &slide.kind {
        SlideKind::Title => own(vec![
            loc.intro.kicker.clone(),
            loc.intro.title.clone(),
            loc.intro.byline.clone(),
            ui("present_hint"),
        ]),
        SlideKind::Key => own(vec![
            title,
            section.map(|s| s.slide.clone()).unwrap_or_default(),
        ]),
        SlideKind::Quote { .. } | SlideKind::PartQuote { .. } => {
            let Some(quote) = quote_id(loc, slide).and_then(|id| content().quote(id)) else {
                return Vec::new();
            };
            let mut out = vec![(Lang::Nl, quote.text.clone())];
            if lang == Lang::En {
                out.push((
                    Lang::En,
                    format!(
                        "{} {}",
                        ui("quote_translation"),
                        translation(&quote.id).unwrap_or_default()
                    ),
                ));
            }
            out.push((lang, ui(attribution_key(quote.speaker))));
            out
        }
        SlideKind::Part { part } => {
            let Some(p) = section.and_then(|s| s.parts.get(*part)) else {
                return Vec::new();
            };
            let badge = if p.elaborated {
                String::new()
            } else {
                ui("not_elaborated")
            };
            own(vec![title, p.title.clone(), badge, p.slide.clone()])
        }
        SlideKind::Diagram { id, page } => own(vec![title, diagram_title(id, *page, ui)]),
        SlideKind::End => own(vec![
            ui("present_end_title"),
            ui("present_end_text"),
            format!("{} – {}", loc.intro.title, loc.intro.byline),
            // The QR code's address under it counts as one word.
            "url".into(),
        ]),
    }
}

/// The heading of a diagram's slide: the diagram's name, and which of its
/// slides this is when it takes more than one ("Tijdlijn 1/2").
pub fn diagram_title(id: &str, page: usize, t: impl Fn(&'static str) -> String) -> String {
    let name = match crate::ids::diagram(id) {
        Some(d) => t(d.slide),
        None => id.to_string(),
    };
    match super::diagram_pages(id) {
        1 => name,
        n => format!("{name} {}/{n}", page + 1),
    }
}

/// Words of running text on a slide, per language it shows (see [`running_text`]).
pub fn words(loc: &Locale, lang: Lang, slide: &Slide) -> Vec<(Lang, usize)> {
    let mut out: Vec<(Lang, usize)> = Vec::new();
    for (l, text) in running_text(loc, lang, slide) {
        match out.iter_mut().find(|(x, _)| *x == l) {
            Some((_, n)) => *n += word_count(&text),
            None => out.push((l, word_count(&text))),
        }
    }
    out
}

/// What the presenter's window shows beside a slide: what the slide stands
/// for but leaves out.
#[derive(Debug, Default)]
pub struct Notes<'a> {
    /// The full text behind the slide: the section's summary, a part's body,
    /// or the introduction for the title slide (rich text).
    pub summary: &'a [String],
    /// The section's notes for the teacher.
    pub notes: &'a [String],
    /// The section's discussion questions.
    pub questions: &'a [String],
    /// The section's annotations: context and facts, with their sources.
    pub context: &'a [Annotation],
}

/// The presenter's notes of a slide.
pub fn notes<'a>(loc: &'a Locale, slide: &Slide) -> Notes<'a> {
    let section: Option<&'a Section> = loc.section(&slide.section);
    let of_section = |s: &'a Section, summary: &'a [String]| Notes {
        summary,
        notes: &s.notes,
        questions: &s.questions,
        context: &s.annotations,
    };
    match (&slide.kind, section) {
        (SlideKind::Title, _) => Notes {
            summary: &loc.intro.paragraphs,
            ..Notes::default()
        },
        (SlideKind::End, _) | (_, None) => Notes::default(),
        (SlideKind::Part { part } | SlideKind::PartQuote { part, .. }, Some(s)) => of_section(
            s,
            s.parts
                .get(*part)
                .map(|p| p.body.as_slice())
                .unwrap_or(&s.summary),
        ),
        (_, Some(s)) => of_section(s, &s.summary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::deck;

    #[test]
    fn no_slide_has_more_than_35_words_in_either_language() {
        let mut over = Vec::new();
        for lang in Lang::ALL {
            let loc = content().locale(lang);
            let d = deck(loc);
            let max = d
                .iter()
                .flat_map(|s| words(loc, lang, s))
                .map(|(_, n)| n)
                .max()
                .unwrap_or(0);
            // `cargo test -- --nocapture` prints the figure for the report.
            println!(
                "{}: {} slides, at most {max} words on one",
                lang.code(),
                d.len()
            );
            for s in &d {
                for (l, n) in words(loc, lang, s) {
                    if n > MAX_WORDS {
                        over.push(format!(
                            "{} deck, #{}/{} ({:?}): {n} words in {}",
                            lang.code(),
                            s.section,
                            s.n,
                            s.kind,
                            l.code()
                        ));
                    }
                }
                assert!(
                    running_text(loc, lang, s)
                        .iter()
                        .any(|(_, t)| word_count(t) > 0),
                    "{}: an empty slide {s:?}",
                    lang.code()
                );
            }
        }
        assert!(over.is_empty(), "{}", over.join("\n"));
    }

    #[test]
    fn a_key_slide_shows_the_key_sentence_and_a_quote_slide_its_translation_in_english() {
        for lang in Lang::ALL {
            let loc = content().locale(lang);
            for s in deck(loc) {
                let text = running_text(loc, lang, &s);
                if s.kind == SlideKind::Key {
                    let key = &loc.section(&s.section).unwrap().slide;
                    assert!(text.iter().any(|(_, t)| t == key), "{}", s.section);
                }
                if let Some(id) = quote_id(loc, &s) {
                    assert!(
                        text.contains(&(Lang::Nl, content().quote(id).unwrap().text.clone())),
                        "{id}"
                    );
                    let translated = text
                        .iter()
                        .any(|(l, t)| *l == Lang::En && t.contains(translation(id).unwrap()));
                    assert_eq!(translated, lang == Lang::En, "{id} in {}", lang.code());
                }
            }
        }
    }

    /// What leaves the slides is in the presenter's notes: every summary
    /// paragraph, part body, discussion question, teacher note and annotation.
    #[test]
    fn notes_carry_the_summary_questions_and_context() {
        for lang in Lang::ALL {
            let loc = content().locale(lang);
            let d = deck(loc);
            assert_eq!(notes(loc, &d[0]).summary, loc.intro.paragraphs.as_slice());
            for section in &loc.sections {
                let own: Vec<&Slide> = d
                    .iter()
                    .filter(|s| s.section == section.id && s.kind != SlideKind::End)
                    .collect();
                let key = own.iter().find(|s| s.kind == SlideKind::Key).unwrap();
                assert_eq!(
                    notes(loc, key).summary,
                    section.summary.as_slice(),
                    "{}",
                    section.id
                );
                for s in &own {
                    let n = notes(loc, s);
                    assert_eq!(
                        n.questions,
                        section.questions.as_slice(),
                        "{} {:?}",
                        section.id,
                        s.kind
                    );
                    assert_eq!(n.notes, section.notes.as_slice());
                    assert_eq!(n.context.len(), section.annotations.len());
                }
                for (p, part) in section.parts.iter().enumerate() {
                    let slide = own
                        .iter()
                        .find(|s| s.kind == SlideKind::Part { part: p })
                        .unwrap();
                    assert_eq!(
                        notes(loc, slide).summary,
                        part.body.as_slice(),
                        "{}",
                        part.id
                    );
                }
            }
            assert!(notes(loc, d.last().unwrap()).summary.is_empty());
        }
    }
}
