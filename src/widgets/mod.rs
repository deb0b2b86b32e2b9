//! Small shared pieces of content that the article, the diagrams and the
//! slides all show: rich text, quotations, citations, glossary terms and the
//! copy-link button. They read the state and call the browser boundary, and
//! import nothing from the diagrams, the slides or the pages above them.

pub mod citation;
pub mod copy_link;
pub mod glossary_cards;
pub mod glossary_term;
pub mod quote;
pub mod rich;

/// A number unique on this page, for ids of elements rendered more than once
/// (the same glossary term or citation may occur in many places).
pub(crate) fn next_serial() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    })
}
