//! The language switch in the site header.

use leptos::prelude::*;

use crate::browser;
use crate::ids::SECTIONS;
use crate::state::use_app;
use crate::url_state::{Fragment, UrlState};

/// The language switch: changes the language and keeps the section in view
/// and every other part of the URL; in place where the app renders the
/// whole page, by going to the other language's page where it renders only
/// its parts (`AppState::parts`).
#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_app();
    let switch = move |_| {
        // Measured now rather than taken from the last scroll event.
        let (_, keep) = browser::scroll_position(&SECTIONS);
        if state.parts {
            // The other language's page was rendered at build time: go there.
            let url = state.url.with_untracked(|u| UrlState {
                lang: u.lang.other(),
                ..u.clone()
            });
            return browser::navigate(
                &url,
                &Fragment {
                    id: keep,
                    sub: None,
                },
                Some("lang-switch"),
            );
        }
        state.url.update(|u| u.lang = u.lang.other());
        if let Some(id) = keep {
            // Two frames: the page in the new language is laid out by then.
            request_animation_frame(move || {
                request_animation_frame(move || {
                    browser::jump_to(&id);
                })
            });
        }
    };
    view! {
        <button type="button" class="lang-switch" on:click=switch
            lang=move || state.lang().other().code()
            aria-label=move || state.t("lang_switch_label")>
            {move || state.t("lang_switch")}
        </button>
    }
}
