//! The cards of the glossary terms the page shows (`widgets::glossary_term`):
//! closed popovers, one per term, each with the term's definition.

use leptos::prelude::*;

use crate::ids;
use crate::state::use_app;
use crate::widgets::rich::{Rich, RichMode};

/// The cards, closed, of the terms the page shows, in the glossary's order
/// and the page's language: render once per page that can show a
/// `GlossaryTerm`, after the part that shows them. `except`: terms whose
/// cards the page has already (the prerendered page the app renders parts
/// of, see `app::parts`).
#[component]
pub fn GlossaryCards(#[prop(optional)] except: Vec<String>) -> impl IntoView {
    let state = use_app();
    move || {
        let loc = state.locale();
        let to_glossary = loc.ui("term_to_glossary");
        let shown = state.terms_shown.get();
        let needed = |id: &str| shown.contains(&id) && !except.iter().any(|e| e == id);
        view! {
            <div class="term-cards">
                {loc.glossary.iter().filter(|t| needed(&t.id)).map(|t| view! {
                    <div class="term-card" id=ids::term_card(&t.id) popover="auto" role="dialog" aria-label=t.term.as_str()>
                        <strong class="term-card-title">{t.term.as_str()}</strong>
                        " "
                        <span class="term-card-text"><Rich text=t.definition.as_str() mode=RichMode::Card/></span>
                        " "
                        <a class="term-card-link" href=format!("#{}", ids::term_anchor(&t.id))>{to_glossary}</a>
                    </div>
                }).collect_view()}
            </div>
        }
    }
}
