//! The list of keyboard shortcuts: a modal `<dialog>` (focus moves into it,
//! Escape closes it and focus returns), opened with `?`.

use leptos::prelude::*;

use crate::browser;
use crate::present::{DeckState, SHORTCUTS_ID};

#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let deck = expect_context::<DeckState>();
    let app = deck.app;
    let t = move |k: &'static str| app.t(k);
    Effect::new(move |_| {
        let open = deck.shortcuts_open.get();
        browser::set_dialog_open(SHORTCUTS_ID, open);
    });
    let mut rows: Vec<(&'static [&'static str], &'static str)> = vec![
        (&["→", "PageDown", "space"], "present_next"),
        (&["←", "PageUp"], "present_prev"),
        (&["Home"], "present_first"),
        (&["End"], "present_last"),
        (&["f"], "present_fullscreen"),
    ];
    if !deck.presenter {
        rows.push((&["p"], "present_open_presenter"));
    }
    rows.push((&["q"], "present_qr_toggle"));
    if !deck.presenter {
        rows.push((&["Esc"], "present_exit"));
    }
    rows.push((&["?"], "present_shortcuts"));
    rows.push((&["1", "2", "3", "4"], "present_sim_scenario_keys"));
    rows.push((&["Tab", "←", "→"], "present_sim_slider_keys"));
    let rows = rows
        .into_iter()
        .map(|(keys, what)| {
            let keys = keys
                .iter()
                .map(|k| {
                    let shown = if *k == "space" {
                        t("present_key_space")
                    } else {
                        k.to_string()
                    };
                    view! { <kbd>{shown}</kbd> }
                })
                .collect_view();
            view! { <div class="shortcut"><dt>{keys}</dt><dd>{t(what)}</dd></div> }
        })
        .collect_view();
    view! {
        <dialog id=SHORTCUTS_ID class="shortcuts" aria-labelledby="present-shortcuts-title"
            on:close=move |_| deck.shortcuts_open.set(false)>
            <h2 id="present-shortcuts-title">{t("present_shortcuts")}</h2>
            <dl>{rows}</dl>
            <button type="button" class="button primary" autofocus on:click=move |_| deck.shortcuts_open.set(false)>
                {t("present_close")}
            </button>
        </dialog>
    }
}
