//! The slide deck of presentation mode, as plain data.
//!
//! Made for a projector: one idea per slide, read by a class in a few
//! seconds. A section opens with its key sentence (`slide` in the content),
//! each quotation gets a slide of its own (in English with its translation
//! beside it), each part (handreiking, argument) a slide with its title and
//! key sentence followed by its quotations, and each diagram a whole slide.
//! The summaries, parts' bodies, discussion questions and context go to the
//! presenter's notes ([`notes`]). The deck opens with the essay's title and
//! closes with a slide to read on.
//!
//! The fragment addresses a slide: `#<id>` is the first slide of that
//! section, `#<id>/<n>` its n-th (1-based). No web-sys here: tested natively.

mod message;
mod text;

pub use message::Message;
pub use text::{
    attribution_key, diagram_title, notes, quote_id, running_text, translation, words, Notes,
    MAX_WORDS,
};

use crate::content::{Locale, Section};
use crate::url_state::Fragment;

/// Id of the title slide (the intro's anchor in reading mode).
pub const TITLE_ID: &str = "top";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideKind {
    /// The essay's title, author and year.
    Title,
    /// The section's title and its key sentence.
    Key,
    /// Quotation `index` of the section (into `Section::quotes`).
    Quote { index: usize },
    /// Part `part`'s title and key sentence.
    Part { part: usize },
    /// Quotation `index` of part `part`.
    PartQuote { part: usize, index: usize },
    /// A diagram of the section (its public id), on the whole slide; `page`
    /// (from 0) of the [`diagram_pages`] it takes.
    Diagram { id: &'static str, page: usize },
    /// The last slide: where to read on (with a QR code).
    End,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    /// Section id (or [`TITLE_ID`] for the title slide).
    pub section: String,
    /// Position within the section, 1-based.
    pub n: usize,
    pub kind: SlideKind,
    /// A part or diagram id that also leads here (`#handreiking-2`).
    pub anchor: Option<String>,
}

impl Slide {
    /// The anchor this slide's reading-mode link points to.
    pub fn reading_target(&self) -> &str {
        match self.kind {
            SlideKind::Title | SlideKind::End => TITLE_ID,
            _ => &self.section,
        }
    }
}

/// The simulator's public id (`diagrams::simulator::ID`).
pub const SIMULATOR: &str = "spagaat-simulator";
/// The timeline's public id (`diagrams::timeline::ID`).
pub const TIMELINE: &str = "tijdlijn";

/// How many slides a diagram takes. Text on a slide must be legible from the
/// back of a classroom: the timeline's events in one drawing make its labels
/// too small, so it takes two slides, each with half of them; the simulator's
/// sliders do not fit beside a chart that fills half the slide, so its first
/// slide has the scenarios and the levers the scenarios move (the
/// generalists' collective time, the extra budget and where it goes) and the
/// second the model's assumptions. Both come last in their section, so the
/// second slides shift no slide number that was there before.
pub fn diagram_pages(id: &str) -> usize {
    match id {
        SIMULATOR | TIMELINE => 2,
        _ => 1,
    }
}

/// The slides of one section, numbered from 1. Both languages have the same
/// quotations, parts and diagrams, so a shared `#id/n` opens the same slide.
fn section_slides(section: &Section) -> Vec<Slide> {
    let mut kinds: Vec<(SlideKind, Option<String>)> = vec![(SlideKind::Key, None)];
    kinds.extend((0..section.quotes.len()).map(|index| (SlideKind::Quote { index }, None)));
    for (p, part) in section.parts.iter().enumerate() {
        kinds.push((SlideKind::Part { part: p }, Some(part.id.clone())));
        kinds.extend(
            (0..part.quotes.len()).map(|index| (SlideKind::PartQuote { part: p, index }, None)),
        );
    }
    for id in crate::ids::diagrams_in(&section.id) {
        for page in 0..diagram_pages(id) {
            let anchor = (page == 0).then(|| id.to_string());
            kinds.push((SlideKind::Diagram { id, page }, anchor));
        }
    }
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, (kind, anchor))| Slide {
            section: section.id.clone(),
            n: i + 1,
            kind,
            anchor,
        })
        .collect()
}

/// The whole deck in one language: title, every section, end.
pub fn deck(loc: &Locale) -> Vec<Slide> {
    let mut slides = vec![Slide {
        section: TITLE_ID.into(),
        n: 1,
        kind: SlideKind::Title,
        anchor: None,
    }];
    for section in &loc.sections {
        slides.extend(section_slides(section));
    }
    let last = slides
        .last()
        .map(|s| (s.section.clone(), s.n))
        .unwrap_or_default();
    slides.push(Slide {
        section: last.0,
        n: last.1 + 1,
        kind: SlideKind::End,
        anchor: None,
    });
    slides
}

/// The slide a fragment points to: `#<section>` (first slide), `#<section>/<n>`
/// (n-th slide, clamped to the section's last), `#<part-id>` or `#<diagram-id>`
/// (that part's or diagram's first slide). Anything else is the first slide.
pub fn locate(deck: &[Slide], frag: &Fragment) -> usize {
    let Some(id) = frag.id.as_deref() else {
        return 0;
    };
    let in_section: Vec<usize> = (0..deck.len()).filter(|&i| deck[i].section == id).collect();
    if let Some(&first) = in_section.first() {
        let n = frag.slide().unwrap_or(1);
        return in_section
            .get(n - 1)
            .copied()
            .unwrap_or(*in_section.last().unwrap_or(&first));
    }
    deck.iter()
        .position(|s| s.anchor.as_deref() == Some(id))
        .unwrap_or(0)
}

/// The fragment of slide `index`: `#<section>` for a section's first slide,
/// `#<section>/<n>` for the others.
pub fn fragment_of(deck: &[Slide], index: usize) -> Fragment {
    let Some(slide) = deck.get(index.min(deck.len().saturating_sub(1))) else {
        return Fragment::default();
    };
    Fragment {
        id: Some(slide.section.clone()),
        sub: (slide.n > 1).then(|| slide.n.to_string()),
    }
}

/// The next slide's index, stopping at the last.
pub fn next(len: usize, index: usize) -> usize {
    (index + 1).min(len.saturating_sub(1))
}

/// The previous slide's index, stopping at the first.
pub fn prev(index: usize) -> usize {
    index.saturating_sub(1)
}

/// Elapsed time as `m:ss`, or `h:mm:ss` from an hour on.
pub fn format_elapsed(ms: f64) -> String {
    let secs = if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0).floor() as u64
    } else {
        0
    };
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{content, Lang};

    fn nl() -> &'static Locale {
        content().locale(Lang::Nl)
    }

    #[test]
    fn deck_has_title_every_section_and_end_in_both_languages() {
        for lang in Lang::ALL {
            let loc = content().locale(lang);
            let d = deck(loc);
            assert_eq!(d[0].kind, SlideKind::Title);
            assert_eq!(d.last().unwrap().kind, SlideKind::End);
            for s in &loc.sections {
                let own: Vec<&Slide> = d.iter().filter(|x| x.section == s.id).collect();
                assert!(!own.is_empty(), "{} has no slide", s.id);
                // Numbered 1, 2, 3, ... without gaps.
                for (i, x) in own.iter().enumerate() {
                    assert_eq!(x.n, i + 1, "{}", s.id);
                }
                // The key sentence first, then every quotation and part exactly once, in order.
                assert_eq!(own[0].kind, SlideKind::Key);
                let quotes: Vec<usize> = own
                    .iter()
                    .filter_map(|x| match x.kind {
                        SlideKind::Quote { index } => Some(index),
                        _ => None,
                    })
                    .collect();
                assert_eq!(quotes, (0..s.quotes.len()).collect::<Vec<_>>(), "{}", s.id);
                for (p, part) in s.parts.iter().enumerate() {
                    assert_eq!(
                        own.iter()
                            .filter(|x| x.kind == SlideKind::Part { part: p })
                            .count(),
                        1,
                        "{}",
                        part.id
                    );
                    let pq: Vec<usize> = own
                        .iter()
                        .filter_map(|x| match x.kind {
                            SlideKind::PartQuote { part: q, index } if q == p => Some(index),
                            _ => None,
                        })
                        .collect();
                    assert_eq!(
                        pq,
                        (0..part.quotes.len()).collect::<Vec<_>>(),
                        "{}",
                        part.id
                    );
                }
            }
            // Both languages have the same shape, so a shared link opens the same slide.
            let other = deck(content().locale(lang.other()));
            assert_eq!(d.len(), other.len());
        }
    }

    #[test]
    fn sections_with_diagrams_have_a_slide_per_diagram() {
        let d = deck(nl());
        let ids: Vec<(&str, usize)> = d
            .iter()
            .filter_map(|s| match s.kind {
                SlideKind::Diagram { id, page } => Some((id, page)),
                _ => None,
            })
            .collect();
        assert_eq!(
            ids,
            [
                ("argumentkaart", 0),
                ("tijdlijn", 0),
                ("tijdlijn", 1),
                ("spagaat-kringloop", 0),
                ("spagaat-simulator", 0),
                ("spagaat-simulator", 1),
                ("bronnenkaart", 0)
            ]
        );
        // Diagrams come last in their section, so a diagram's later slides
        // moved no slide number that was published before them.
        for (i, s) in d.iter().enumerate() {
            if matches!(s.kind, SlideKind::Diagram { .. }) {
                let after = d[i + 1..].iter().take_while(|x| x.section == s.section);
                for x in after {
                    assert!(
                        matches!(x.kind, SlideKind::Diagram { .. } | SlideKind::End),
                        "{}/{}",
                        x.section,
                        x.n
                    );
                }
            }
        }
    }

    #[test]
    fn fragments_round_trip() {
        let d = deck(nl());
        for i in 0..d.len() {
            let f = fragment_of(&d, i);
            assert_eq!(locate(&d, &f), i, "slide {i}: {}", f.to_hash());
            assert_eq!(locate(&d, &Fragment::parse(&f.to_hash())), i);
        }
        assert_eq!(fragment_of(&d, 0).to_hash(), "#top");
        let first = d.iter().position(|s| s.section == "handreikingen").unwrap();
        assert_eq!(fragment_of(&d, first).to_hash(), "#handreikingen");
        assert_eq!(fragment_of(&d, first + 1).to_hash(), "#handreikingen/2");
    }

    #[test]
    fn locate_handles_odd_fragments() {
        let d = deck(nl());
        assert_eq!(locate(&d, &Fragment::default()), 0);
        assert_eq!(locate(&d, &Fragment::parse("#bestaat-niet")), 0);
        let hr = d.iter().position(|s| s.section == "handreikingen").unwrap();
        let last_hr = d
            .iter()
            .rposition(|s| s.section == "handreikingen")
            .unwrap();
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/1")), hr);
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/0")), hr);
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/999")), last_hr);
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/abc")), hr);
        let h2 = locate(&d, &Fragment::parse("#handreiking-2"));
        assert_eq!(d[h2].kind, SlideKind::Part { part: 1 });
        let map = locate(&d, &Fragment::parse("#argumentkaart"));
        assert_eq!(
            d[map].kind,
            SlideKind::Diagram {
                id: "argumentkaart",
                page: 0
            }
        );
    }

    #[test]
    fn next_and_prev_are_clamped() {
        assert_eq!(next(5, 3), 4);
        assert_eq!(next(5, 4), 4);
        assert_eq!(next(0, 0), 0);
        assert_eq!(prev(0), 0);
        assert_eq!(prev(3), 2);
    }

    #[test]
    fn reading_targets() {
        let d = deck(nl());
        assert_eq!(d[0].reading_target(), "top");
        assert_eq!(d.last().unwrap().reading_target(), "top");
        assert_eq!(d[1].reading_target(), "opbouwwerk-undercover");
    }

    #[test]
    fn elapsed_time() {
        assert_eq!(format_elapsed(0.0), "0:00");
        assert_eq!(format_elapsed(61_999.0), "1:01");
        assert_eq!(format_elapsed(3_725_000.0), "1:02:05");
        assert_eq!(format_elapsed(f64::NAN), "0:00");
        assert_eq!(format_elapsed(-5.0), "0:00");
    }
}
