//! What the reading and embed app reads of the content: one language's, as
//! a data file beside its wasm (`content-nl-*.bin`, `content-en-*.bin`,
//! written by the prerender step), not compiled into it.
//!
//! That app renders only the parts of the prerendered page that need it
//! (`app::parts`), and only in the page's own language (a change of
//! language is a navigation to the other page). So its data leaves out:
//! - the prose it leaves as HTML: the intro's paragraphs, the sections' and
//!   parts' texts, annotations, and what only the slides and the presenter
//!   show;
//! - of the other language, all but the names the embed dialog gives a
//!   frame in that language (the explainer's name, the sections' titles,
//!   the diagrams' names).
//!
//! The classroom app, the prerender step and the tests have the whole
//! content compiled in (`CONTENT_BYTES`).

use super::model::{Content, Lang, Locale};
use crate::ids::DIAGRAMS;

/// The prose the reading and embed app leaves as the HTML it is.
pub fn without_prose(content: &mut Content) {
    for loc in [&mut content.nl, &mut content.en] {
        loc.intro.paragraphs.clear();
        for section in &mut loc.sections {
            section.summary.clear();
            section.slide.clear();
            section.annotations.clear();
            section.questions.clear();
            section.notes.clear();
            for part in &mut section.parts {
                part.body.clear();
                part.slide.clear();
            }
        }
    }
}

/// Of a language the reader does not read: the names the embed dialog
/// gives a frame in it (`embed_code::frame_title`: the explainer's name,
/// a section's title or a diagram's name), nothing else.
fn names_only(loc: &mut Locale) {
    loc.ui
        .retain(|key, _| key == "app_name" || DIAGRAMS.iter().any(|d| d.name == key));
    loc.intro.kicker.clear();
    loc.intro.byline.clear();
    for section in &mut loc.sections {
        section.quotes.clear();
        section.parts.clear();
    }
    loc.glossary.clear();
    loc.quote_translations.clear();
    loc.source_notes.clear();
    loc.diagram_text.clear();
    loc.timeline_text.clear();
}

/// The content the reading and embed app reads on a page in `lang`.
pub fn for_language(mut content: Content, lang: Lang) -> Content {
    without_prose(&mut content);
    names_only(match lang {
        Lang::Nl => &mut content.en,
        Lang::En => &mut content.nl,
    });
    content
}

/// The data file for a page in `lang`: its bytes (postcard, as
/// [`super::decode`] reads them) and its name, which carries a hash of them
/// so that a browser never keeps an old one for a new app.
pub fn data_file(content: Content, lang: Lang) -> (String, Vec<u8>) {
    let bytes = postcard::to_allocvec(&for_language(content, lang)).expect("the content encodes");
    (
        format!("content-{}-{:016x}.bin", lang.code(), fnv1a(&bytes)),
        bytes,
    )
}

/// FNV-1a, 64 bits: a stable name for the bytes, not a security measure.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::{decode, CONTENT_BYTES};
    use crate::embed_code::frame_title;
    use crate::ids;

    fn whole() -> Content {
        decode(CONTENT_BYTES).unwrap()
    }

    fn encoded(loc: &Locale) -> Vec<u8> {
        postcard::to_allocvec(loc).unwrap()
    }

    #[test]
    fn the_readers_language_is_there_whole_but_the_prose() {
        for lang in Lang::ALL {
            let mut expected = whole();
            without_prose(&mut expected);
            let data = for_language(whole(), lang);
            assert_eq!(
                encoded(data.locale(lang)),
                encoded(expected.locale(lang)),
                "{}",
                lang.code()
            );
            assert_eq!(
                postcard::to_allocvec(&data.shared).unwrap(),
                postcard::to_allocvec(&expected.shared).unwrap()
            );
        }
    }

    #[test]
    fn the_other_language_still_names_every_frame_the_embed_dialog_offers() {
        let full = whole();
        for lang in Lang::ALL {
            let data = for_language(whole(), lang);
            let other = lang.other();
            let ids = ids::SECTIONS
                .iter()
                .chain(ids::REFERENCE_SECTIONS.iter())
                .copied()
                .chain(ids::DIAGRAMS.iter().map(|d| d.id));
            let targets = ids
                .filter(|id| ids::is_embeddable(id))
                .map(Some)
                .chain([None]);
            for what in targets {
                let name = frame_title(data.locale(other), what);
                assert_eq!(
                    name,
                    frame_title(full.locale(other), what),
                    "{what:?} in {}",
                    other.code()
                );
            }
        }
    }

    #[test]
    fn a_language_is_well_under_half_of_the_whole() {
        let all = CONTENT_BYTES.len();
        for lang in Lang::ALL {
            let (name, bytes) = data_file(whole(), lang);
            assert!(
                bytes.len() * 2 < all,
                "{name}: {} of {all} bytes",
                bytes.len()
            );
            assert!(
                name.starts_with(&format!("content-{}-", lang.code())) && name.ends_with(".bin"),
                "{name}"
            );
            assert!(decode(&bytes).is_ok(), "{name} decodes");
        }
    }

    #[test]
    fn the_name_changes_with_the_bytes() {
        assert_ne!(fnv1a(b"a"), fnv1a(b"b"));
        assert_eq!(
            data_file(whole(), Lang::Nl).0,
            data_file(whole(), Lang::Nl).0
        );
    }
}
