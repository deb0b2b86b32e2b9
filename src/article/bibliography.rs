//! The bibliography: the essay's own sources first, then the sources behind
//! our annotations; each entry has its own id (`#bron-<id>`). Its wording
//! and punctuation are [`Source::reference_parts`], tested natively.

use leptos::prelude::*;

use crate::content::Source;
use crate::ids;
use crate::state::{all, use_app};
use crate::widgets::rich::Rich;

#[component]
pub fn Bibliography() -> impl IntoView {
    let state = use_app();
    let sources = &all().shared.sources;
    let entry = move |s: &'static Source| {
        let note = state.locale().source_notes.get(&s.id);
        let [author, after_author, title, rest] = s.reference_parts(state.lang());
        let link = (!s.url.is_empty()).then(|| {
            view! { " " <a href=format!("https://{}", s.url) rel="noopener noreferrer external">{s.url.as_str()}</a> }
        });
        view! {
            <li id=ids::source_anchor(&s.id) class="source" tabindex="-1">
                <span class="source-author">{author}</span>
                {after_author}
                <cite>{title}</cite>
                {rest}
                {link}
                {note.map(|n| view! { <span class="source-note"><Rich text=n.as_str()/></span> })}
            </li>
        }
    };
    let essay = sources
        .iter()
        .filter(|s| s.with_the_essay())
        .map(entry)
        .collect_view();
    let others = sources
        .iter()
        .filter(|s| !s.with_the_essay())
        .map(entry)
        .collect_view();
    view! {
        <h3>{state.t("sources_essay")}</h3>
        <ul class="bibliography">{essay}</ul>
        <h3>{state.t("sources_annotations")}</h3>
        <ul class="bibliography">{others}</ul>
    }
}
