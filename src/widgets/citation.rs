//! An in-text citation: a link to its bibliography entry that shows the full
//! reference in a card on hover and focus (pure CSS, distill-style).

use leptos::prelude::*;

use crate::content::rich::cite_label;
use crate::content::Lang;
use crate::ids;
use crate::state::{all, AppState};

#[component]
pub fn CitationLink(id: &'static str, label: &'static str) -> impl IntoView {
    let Some(source) = all().source(id) else {
        return label.into_any();
    };
    let lang = use_context::<AppState>().map_or(Lang::Nl, |s| s.lang());
    let card_id = format!("cite-card-{id}-{}", crate::widgets::next_serial());
    view! {
        <span class="cite">
            <a class="cite-link" href=format!("#{}", ids::source_anchor(id)) aria-describedby=card_id.clone()>
                {cite_label(label, Some(&source.short))}
            </a>
            <span class="cite-card" role="tooltip" id=card_id>{source.reference(lang)}</span>
        </span>
    }
    .into_any()
}
