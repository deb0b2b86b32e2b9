//! A glossary term in running text: a button that opens a small card with
//! the definition and a link to the glossary. One card is open at a time;
//! Escape, a second click or a click elsewhere closes it, and the definition
//! is announced through the page's live region.

use leptos::{ev, prelude::*};

use crate::widgets::rich::{Rich, RichMode};
use crate::content::rich;
use crate::ids;
use crate::state::use_app;

#[component]
pub fn GlossaryTerm(id: &'static str, label: &'static str) -> impl IntoView {
    let state = use_app();
    let Some(term) = state.locale().term(id) else {
        return label.into_any();
    };
    let uid = format!("term-{id}-{}", crate::widgets::next_serial());
    let card_id = format!("{uid}-card");
    let open = {
        let uid = uid.clone();
        Memo::new(move |_| state.open_card.with(|o| o.as_deref() == Some(uid.as_str())))
    };
    let button = NodeRef::<leptos::html::Button>::new();
    let toggle = {
        let uid = uid.clone();
        move |_: ev::MouseEvent| {
            if open.get_untracked() {
                state.open_card.set(None);
            } else {
                state.open_card.set(Some(uid.clone()));
                state.announce.set(format!("{}: {}", term.term, rich::plain(&term.definition)));
            }
        }
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            e.stop_propagation();
            state.open_card.set(None);
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        }
    };
    let glossary_link = format!("#{}", ids::term_anchor(id));
    view! {
        <span class="term" data-card="" on:keydown=on_keydown>
            <button
                type="button"
                class="term-button"
                // Without scripts the card cannot open: no dead tab stop.
                tabindex=(!state.scripted).then_some("-1")
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls=card_id.clone()
                on:click=toggle
            >
                {label}
            </button>
            <Show when=move || open.get()>
                <span class="term-card" id=card_id.clone() role="dialog" aria-label=term.term.as_str()>
                    <strong class="term-card-title">{term.term.as_str()}</strong>
                    " "
                    <span class="term-card-text"><Rich text=term.definition.as_str() mode=RichMode::Card/></span>
                    " "
                    <a class="term-card-link" href=glossary_link.clone()>{state.t("term_to_glossary")}</a>
                </span>
            </Show>
        </span>
    }
    .into_any()
}
