//! The glossary: every term with its definition (`#begrip-<id>`).

use leptos::prelude::*;

use crate::ids;
use crate::state::use_app;
use crate::widgets::rich::{Rich, RichMode};

#[component]
pub fn Glossary() -> impl IntoView {
    let state = use_app();
    view! {
        <dl class="glossary">
            {state.locale().glossary.iter().map(|t| view! {
                <div class="glossary-entry" id=ids::term_anchor(&t.id) tabindex="-1">
                    <dt>{t.term.as_str()}</dt>
                    <dd><Rich text=t.definition.as_str() mode=RichMode::Card/></dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
