//! A glossary term in running text, and the cards its button opens.
//!
//! A card is an HTML popover (`popover` on the card, `popovertarget` on the
//! term's button): the browser opens and closes it, with and without
//! scripts, before the app has started and after. One card is open at a
//! time; Escape, a second press or a press elsewhere closes it; the browser
//! tells screen readers whether it is open and puts the card next in the tab
//! order after the term that opened it. So a reader who looks up a term
//! fetches no app code at all (web/loader-start.js does not start the app
//! for it), and the app carries no code for it beyond this markup.
//!
//! Each term the page shows has one card (`widgets::glossary_cards`, once per
//! page, after the part that shows the terms), which every mention of it
//! opens: the reading page mentions terms about fifty times. A term shown
//! later (in a diagram's detail) adds its card then.

use leptos::prelude::*;

use crate::ids;
use crate::state::use_app;

/// A mention of term `id`, shown as `label`: a button that opens its card,
/// or the plain label for a term the glossary does not have.
#[component]
pub fn GlossaryTerm(id: &'static str, label: &'static str) -> impl IntoView {
    let state = use_app();
    if state.locale().term(id).is_none() {
        return label.into_any();
    }
    if !state.terms_shown.with_untracked(|t| t.contains(&id)) {
        state.terms_shown.update(|t| t.push(id));
    }
    view! {
        <button type="button" class="term-button" popovertarget=ids::term_card(id)>{label}</button>
    }
    .into_any()
}
