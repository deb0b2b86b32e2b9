//! The slide deck of presentation mode, as plain data.
//!
//! One idea per slide: a section's summary is split into paragraph groups
//! that fit a projector slide, its quotations into groups, each part
//! (handreiking, argument) gets its own slide(s), each diagram a slide, and
//! a section with discussion questions ends with a questions slide. The deck
//! opens with the essay's title and closes with a slide to read on.
//!
//! The fragment addresses a slide: `#<id>` is the first slide of that
//! section, `#<id>/<n>` its n-th (1-based). No web-sys here: tested natively.

use crate::content::{self, rich, Lang, Locale, Section};
use crate::url_state::Fragment;

/// Id of the title slide (the intro's anchor in reading mode).
pub const TITLE_ID: &str = "top";

/// Most characters of running text on one slide.
const TEXT_BUDGET: usize = 820;
/// Most characters of quotations (with their translations) on one slide.
const QUOTE_BUDGET: usize = 600;
/// Above this many characters a slide uses a slightly smaller type size.
const DENSE_TEXT: usize = 620;
const DENSE_QUOTES: usize = 420;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideKind {
    /// The essay's title, author and year.
    Title,
    /// Summary paragraphs `from..to` of the section.
    Summary { from: usize, to: usize },
    /// The section's quotations `from..to` (indices into `Section::quotes`).
    Quotes { from: usize, to: usize },
    /// Body paragraphs `from..to` of part `part`.
    Part { part: usize, from: usize, to: usize },
    /// Quotations `from..to` of part `part`.
    PartQuotes { part: usize, from: usize, to: usize },
    /// A diagram of the section (its public id).
    Diagram { id: &'static str },
    /// The section's discussion questions.
    Questions,
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
    /// Much text: the slide uses a smaller type size.
    pub dense: bool,
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

/// Plain-text length of a rich-text paragraph, in characters.
fn len(text: &str) -> usize {
    rich::plain(text).chars().count()
}

/// Length of a quotation as shown in `lang` (with its translation in English).
fn quote_len(id: &str, lang_translations: &std::collections::BTreeMap<String, String>) -> usize {
    let text = content::content().quote(id).map(|q| q.text.chars().count()).unwrap_or(0);
    text + lang_translations.get(id).map(|t| t.chars().count()).unwrap_or(0)
}

/// Splits items with the given sizes into consecutive groups of at most
/// `budget` (an item larger than the budget gets a group of its own).
/// Returns `(from, to, total)` per group.
pub fn group(sizes: &[usize], budget: usize) -> Vec<(usize, usize, usize)> {
    let mut groups = Vec::new();
    let mut from = 0;
    let mut total = 0;
    for (i, &s) in sizes.iter().enumerate() {
        if i > from && total + s > budget {
            groups.push((from, i, total));
            from = i;
            total = 0;
        }
        total += s;
    }
    if from < sizes.len() {
        groups.push((from, sizes.len(), total));
    }
    groups
}

/// Sizes of the same items in every language, the larger of each, so that
/// both languages split a section the same way and a shared `#id/n` opens
/// the same slide in either.
fn sizes(section: &Section, f: impl Fn(&Section, &Locale) -> Vec<usize>) -> Vec<usize> {
    let all = content::content();
    let mut out: Vec<usize> = Vec::new();
    for lang in Lang::ALL {
        let loc = all.locale(lang);
        let Some(same) = loc.section(&section.id) else { continue };
        let these = f(same, loc);
        if out.is_empty() {
            out = these;
        } else if these.len() == out.len() {
            out.iter_mut().zip(these).for_each(|(a, b)| *a = (*a).max(b));
        }
    }
    out
}

/// The slides of one section, numbered from 1.
fn section_slides(section: &Section) -> Vec<Slide> {
    let quote_sizes = |ids: &[String], loc: &Locale| ids.iter().map(|q| quote_len(q, &loc.quote_translations)).collect();
    let mut kinds: Vec<(SlideKind, bool, Option<String>)> = Vec::new();
    let summary = sizes(section, |s, _| s.summary.iter().map(|p| len(p)).collect());
    for (from, to, total) in group(&summary, TEXT_BUDGET) {
        kinds.push((SlideKind::Summary { from, to }, total > DENSE_TEXT, None));
    }
    let quotes = sizes(section, |s, loc| quote_sizes(&s.quotes, loc));
    for (from, to, total) in group(&quotes, QUOTE_BUDGET) {
        kinds.push((SlideKind::Quotes { from, to }, total > DENSE_QUOTES, None));
    }
    for (p, part) in section.parts.iter().enumerate() {
        let title = sizes(section, |s, _| s.parts.get(p).map(|x| vec![x.title.chars().count()]).unwrap_or_default());
        let title = title.first().copied().unwrap_or(0);
        let body = sizes(section, |s, _| s.parts.get(p).map(|x| x.body.iter().map(|b| len(b)).collect()).unwrap_or_default());
        for (from, to, total) in group(&body, TEXT_BUDGET.saturating_sub(title)) {
            kinds.push((SlideKind::Part { part: p, from, to }, total + title > DENSE_TEXT, (from == 0).then(|| part.id.clone())));
        }
        let pq = sizes(section, |s, loc| s.parts.get(p).map(|x| quote_sizes(&x.quotes, loc)).unwrap_or_default());
        for (from, to, total) in group(&pq, QUOTE_BUDGET) {
            kinds.push((SlideKind::PartQuotes { part: p, from, to }, total > DENSE_QUOTES, None));
        }
    }
    for id in crate::ids::diagrams_in(&section.id) {
        kinds.push((SlideKind::Diagram { id }, false, Some(id.to_string())));
    }
    if !section.questions.is_empty() {
        let total: usize = sizes(section, |s, _| vec![s.questions.iter().map(|q| len(q)).sum()]).first().copied().unwrap_or(0);
        kinds.push((SlideKind::Questions, total > DENSE_TEXT, None));
    }
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, (kind, dense, anchor))| Slide { section: section.id.clone(), n: i + 1, kind, dense, anchor })
        .collect()
}

/// The whole deck in one language: title, every section, end.
pub fn deck(loc: &Locale) -> Vec<Slide> {
    let mut slides = vec![Slide { section: TITLE_ID.into(), n: 1, kind: SlideKind::Title, dense: false, anchor: None }];
    for section in &loc.sections {
        slides.extend(section_slides(section));
    }
    let last = slides.last().map(|s| (s.section.clone(), s.n)).unwrap_or_default();
    slides.push(Slide { section: last.0, n: last.1 + 1, kind: SlideKind::End, dense: false, anchor: None });
    slides
}

/// The slide a fragment points to: `#<section>` (first slide), `#<section>/<n>`
/// (n-th slide, clamped to the section's last), `#<part-id>` or `#<diagram-id>`
/// (that part's or diagram's first slide). Anything else is the first slide.
pub fn locate(deck: &[Slide], frag: &Fragment) -> usize {
    let Some(id) = frag.id.as_deref() else { return 0 };
    let in_section: Vec<usize> = (0..deck.len()).filter(|&i| deck[i].section == id).collect();
    if let Some(&first) = in_section.first() {
        let n = frag.slide().unwrap_or(1);
        return in_section.get(n - 1).copied().unwrap_or(*in_section.last().unwrap_or(&first));
    }
    deck.iter().position(|s| s.anchor.as_deref() == Some(id)).unwrap_or(0)
}

/// The fragment of slide `index`: `#<section>` for a section's first slide,
/// `#<section>/<n>` for the others.
pub fn fragment_of(deck: &[Slide], index: usize) -> Fragment {
    let Some(slide) = deck.get(index.min(deck.len().saturating_sub(1))) else { return Fragment::default() };
    Fragment { id: Some(slide.section.clone()), sub: (slide.n > 1).then(|| slide.n.to_string()) }
}

/// The next slide's index, stopping at the last.
pub fn next(len: usize, index: usize) -> usize {
    (index + 1).min(len.saturating_sub(1))
}

/// The previous slide's index, stopping at the first.
pub fn prev(index: usize) -> usize {
    index.saturating_sub(1)
}

/// The reading-mode link of a slide: `<base>?lang=<code>#<id>`.
pub fn reading_link(base: &str, lang: Lang, target: &str) -> String {
    format!("{base}?lang={}#{target}", lang.code())
}

/// Elapsed time as `m:ss`, or `h:mm:ss` from an hour on.
pub fn format_elapsed(ms: f64) -> String {
    let secs = if ms.is_finite() && ms > 0.0 { (ms / 1000.0).floor() as u64 } else { 0 };
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// What the presentation and presenter windows tell each other, as short
/// strings on the channel (`slide #id/n`, `qr on`, `qr off`, `hello`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// Go to the slide at this fragment (`#id` or `#id/n`).
    Slide { hash: String },
    /// Show or hide the QR code overlay.
    Qr { show: bool },
    /// A window opened: whoever is there answers with the current slide.
    Hello,
}

/// Every message starts with this, so other traffic is easy to tell apart.
const MESSAGE_PREFIX: &str = "opbouwwerk-present ";

impl Message {
    pub fn encode(&self) -> String {
        let body = match self {
            Message::Slide { hash } => format!("slide {hash}"),
            Message::Qr { show: true } => "qr on".to_string(),
            Message::Qr { show: false } => "qr off".to_string(),
            Message::Hello => "hello".to_string(),
        };
        format!("{MESSAGE_PREFIX}{body}")
    }

    /// Reads a message; anything malformed (or too long) is `None`.
    pub fn decode(text: &str) -> Option<Message> {
        if text.len() > 512 {
            return None;
        }
        let body = text.strip_prefix(MESSAGE_PREFIX)?;
        match body {
            "qr on" => Some(Message::Qr { show: true }),
            "qr off" => Some(Message::Qr { show: false }),
            "hello" => Some(Message::Hello),
            _ => {
                let hash = body.strip_prefix("slide ")?;
                let frag = Fragment::parse(hash);
                // Only what we write ourselves: a valid id, and a valid sub-part if any.
                (frag.id.is_some() && frag.to_hash() == hash).then(|| Message::Slide { hash: hash.to_string() })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    fn nl() -> &'static Locale {
        content().locale(Lang::Nl)
    }

    #[test]
    fn groups_respect_the_budget() {
        assert_eq!(group(&[300, 300, 300], 700), vec![(0, 2, 600), (2, 3, 300)]);
        assert_eq!(group(&[300, 300], 600), vec![(0, 2, 600)]);
        assert_eq!(group(&[900, 100], 700), vec![(0, 1, 900), (1, 2, 100)]);
        assert_eq!(group(&[], 700), vec![]);
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
                assert_eq!(own.iter().filter(|x| x.kind == SlideKind::Questions).count(), usize::from(!s.questions.is_empty()));
                // Every summary paragraph, quotation and part is on exactly one slide.
                let mut paras = 0;
                let mut quotes = 0;
                for x in &own {
                    match x.kind {
                        SlideKind::Summary { from, to } => paras += to - from,
                        SlideKind::Quotes { from, to } => quotes += to - from,
                        _ => {}
                    }
                }
                assert_eq!(paras, s.summary.len(), "{}", s.id);
                assert_eq!(quotes, s.quotes.len(), "{}", s.id);
                for (p, part) in s.parts.iter().enumerate() {
                    let body: usize = own
                        .iter()
                        .map(|x| match x.kind {
                            SlideKind::Part { part: q, from, to } if q == p => to - from,
                            _ => 0,
                        })
                        .sum();
                    assert_eq!(body, part.body.len(), "{}", part.id);
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
        let ids: Vec<&str> = d
            .iter()
            .filter_map(|s| match s.kind {
                SlideKind::Diagram { id } => Some(id),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["argumentkaart", "tijdlijn", "spagaat-kringloop", "spagaat-simulator", "bronnenkaart"]);
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
        let last_hr = d.iter().rposition(|s| s.section == "handreikingen").unwrap();
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/1")), hr);
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/0")), hr);
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/999")), last_hr);
        assert_eq!(locate(&d, &Fragment::parse("#handreikingen/abc")), hr);
        let h2 = locate(&d, &Fragment::parse("#handreiking-2"));
        assert!(matches!(d[h2].kind, SlideKind::Part { part: 1, from: 0, .. }));
        let map = locate(&d, &Fragment::parse("#argumentkaart"));
        assert_eq!(d[map].kind, SlideKind::Diagram { id: "argumentkaart" });
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
    fn reading_targets_and_links() {
        let d = deck(nl());
        assert_eq!(d[0].reading_target(), "top");
        assert_eq!(d.last().unwrap().reading_target(), "top");
        assert_eq!(d[1].reading_target(), "opbouwwerk-undercover");
        assert_eq!(
            reading_link("https://x.nl/uitleg/", Lang::En, "handreikingen"),
            "https://x.nl/uitleg/?lang=en#handreikingen"
        );
    }

    #[test]
    fn elapsed_time() {
        assert_eq!(format_elapsed(0.0), "0:00");
        assert_eq!(format_elapsed(61_999.0), "1:01");
        assert_eq!(format_elapsed(3_725_000.0), "1:02:05");
        assert_eq!(format_elapsed(f64::NAN), "0:00");
        assert_eq!(format_elapsed(-5.0), "0:00");
    }

    #[test]
    fn messages_round_trip_and_malformed_ones_are_ignored() {
        for m in [Message::Slide { hash: "#handreikingen/2".into() }, Message::Qr { show: true }, Message::Hello] {
            assert_eq!(Message::decode(&m.encode()), Some(m));
        }
        for bad in [
            "",
            "null",
            "42",
            "{}",
            "slide #top",
            "opbouwwerk-present ",
            "opbouwwerk-present slide",
            "opbouwwerk-present slide ",
            "opbouwwerk-present slide #<script>",
            "opbouwwerk-present slide #top/<b>",
            "opbouwwerk-present slide #Top",
            "opbouwwerk-present qr yes",
            "opbouwwerk-present explode",
            "opbouwwerk-present hello ",
        ] {
            assert_eq!(Message::decode(bad), None, "{bad}");
        }
        assert_eq!(Message::decode(&"x".repeat(10_000)), None);
    }
}
