//! The glossary: every term with its definition (`#begrip-<id>`).

use leptos::prelude::*;

use crate::app::rich::RichFlat;
use crate::state::use_app;

#[component]
pub fn Glossary() -> impl IntoView {
    let state = use_app();
    view! {
        <dl class="glossary">
            {state.locale().glossary.iter().map(|t| view! {
                <div class="glossary-entry" id=format!("begrip-{}", t.id) tabindex="-1">
                    <dt>{t.term.as_str()}</dt>
                    <dd><RichFlat text=t.definition.as_str()/></dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
