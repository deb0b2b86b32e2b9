//! Renders content rich text (see [`crate::content::rich`]) as inline views:
//! glossary terms, citations, internal links and inline quotations.

use leptos::prelude::*;

use crate::app::citation::CitationLink;
use crate::app::glossary_term::GlossaryTerm;
use crate::app::quote::InlineQuote;
use crate::content::rich::{self, Inline};

/// One paragraph (or phrase) of rich text, without a wrapping element.
#[component]
pub fn Rich(text: &'static str) -> impl IntoView {
    rich::parse(text)
        .into_iter()
        .map(|piece| match piece {
            Inline::Text(t) => t.into_any(),
            Inline::Term { id, label } => view! { <GlossaryTerm id=id label=label/> }.into_any(),
            Inline::Cite { id, label } => view! { <CitationLink id=id label=label/> }.into_any(),
            Inline::Link { target, label } => view! { <a href=target>{label}</a> }.into_any(),
            Inline::Quote { id } => view! { <InlineQuote id=id/> }.into_any(),
        })
        .collect_view()
}

/// Paragraphs of rich text, each in a `<p>`.
#[component]
pub fn RichParagraphs(paras: &'static [String]) -> impl IntoView {
    paras.iter().map(|p| view! { <p><Rich text=p.as_str()/></p> }).collect_view()
}

/// Rich text inside a card: terms as plain text and citations as plain links
/// (cards do not open cards).
#[component]
pub fn RichFlat(text: &'static str) -> impl IntoView {
    rich::parse(text)
        .into_iter()
        .map(|piece| match piece {
            Inline::Text(t) | Inline::Term { label: t, .. } => t.into_any(),
            Inline::Cite { id, label } => {
                let shown = match (label, crate::state::all().source(id)) {
                    ("", Some(s)) => format!("({})", s.short),
                    _ => label.to_string(),
                };
                view! { <a href=format!("#bron-{id}")>{shown}</a> }.into_any()
            }
            Inline::Link { target, label } => view! { <a href=target>{label}</a> }.into_any(),
            Inline::Quote { id } => crate::state::all()
                .quote(id)
                .map(|q| view! { <q lang="nl">{q.text.as_str()}</q> }.into_any())
                .unwrap_or_else(|| ().into_any()),
        })
        .collect_view()
}
