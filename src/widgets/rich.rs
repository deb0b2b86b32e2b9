//! The one renderer of content rich text (see [`crate::content::rich`]),
//! in three modes: in running text (terms open cards, citations show their
//! reference), inside a card (cards do not open cards) and on a slide
//! (nothing to open on a projector).

use leptos::prelude::*;

use crate::content::rich::{self, cite_label, Inline};
use crate::ids;
use crate::state::all;
use crate::widgets::citation::CitationLink;
use crate::widgets::glossary_term::GlossaryTerm;
use crate::widgets::quote::InlineQuote;

/// Where rich text is shown, which decides what its links become.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RichMode {
    /// Running text: glossary terms as buttons with a card, citations as
    /// links with their reference, inline quotations with a translation.
    #[default]
    Inline,
    /// Inside a card: terms as plain text, citations as plain links to the
    /// bibliography, quotations as `<q>`.
    Card,
    /// On a slide: terms and citations marked but inert, links as their
    /// label, inline quotations as in running text.
    Slide,
}

/// One paragraph (or phrase) of rich text, without a wrapping element.
#[component]
pub fn Rich(text: &'static str, #[prop(optional)] mode: RichMode) -> impl IntoView {
    rich::parse(text)
        .into_iter()
        .map(|piece| piece_view(piece, mode))
        .collect_view()
}

fn piece_view(piece: Inline<'static>, mode: RichMode) -> AnyView {
    let short = |id: &str| all().source(id).map(|s| s.short.as_str());
    match (piece, mode) {
        (Inline::Text(t), _) => t.into_any(),
        (Inline::Term { id, label }, RichMode::Inline) => view! { <GlossaryTerm id=id label=label/> }.into_any(),
        (Inline::Term { label, .. }, RichMode::Card) => label.into_any(),
        (Inline::Term { label, .. }, RichMode::Slide) => view! { <span class="slide-term">{label}</span> }.into_any(),
        (Inline::Cite { id, label }, RichMode::Inline) => view! { <CitationLink id=id label=label/> }.into_any(),
        (Inline::Cite { id, label }, RichMode::Card) => {
            view! { <a href=format!("#{}", ids::source_anchor(id))>{cite_label(label, short(id))}</a> }.into_any()
        }
        (Inline::Cite { id, label }, RichMode::Slide) => {
            view! { <span class="slide-cite">{cite_label(label, short(id))}</span> }.into_any()
        }
        (Inline::Link { label, .. }, RichMode::Slide) => label.into_any(),
        (Inline::Link { target, label }, _) => view! { <a href=target>{label}</a> }.into_any(),
        (Inline::Quote { id }, RichMode::Card) => all()
            .quote(id)
            .map(|q| view! { <q lang="nl">{q.text.as_str()}</q> }.into_any())
            .unwrap_or_else(|| ().into_any()),
        (Inline::Quote { id }, _) => view! { <InlineQuote id=id/> }.into_any(),
    }
}

/// Paragraphs of rich text, each in a `<p>`.
#[component]
pub fn RichParagraphs(paras: &'static [String]) -> impl IntoView {
    paras
        .iter()
        .map(|p| view! { <p><Rich text=p.as_str()/></p> })
        .collect_view()
}
