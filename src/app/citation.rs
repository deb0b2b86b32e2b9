//! An in-text citation: a link to its bibliography entry that shows the full
//! reference in a card on hover and focus (pure CSS, distill-style).

use leptos::prelude::*;

use crate::state::all;

#[component]
pub fn CitationLink(id: &'static str, label: &'static str) -> impl IntoView {
    let Some(source) = all().source(id) else {
        return label.into_any();
    };
    let text = if label.is_empty() { source.short.as_str() } else { label };
    let card_id = format!("cite-card-{id}-{}", super::next_serial());
    view! {
        <span class="cite">
            <a class="cite-link" href=format!("#bron-{id}") aria-describedby=card_id.clone()>
                {label.is_empty().then_some("(")}{text}{label.is_empty().then_some(")")}
            </a>
            <span class="cite-card" role="tooltip" id=card_id>{source.reference()}</span>
        </span>
    }
    .into_any()
}
