//! Copy a link to a section or diagram, with the current state, and share it
//! where the device can. Where the Clipboard API is missing or refused, the
//! link appears selected in a field so the reader can copy it by hand.

use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use crate::browser;
use crate::state::{use_app, AppState};
use crate::url_state::Fragment;

/// The shareable address in reading mode with the current state, pointing at
/// `target` (or at the current fragment), on the page a host serves as it is
/// (`browser::address_of`). Tracks the state when called in a reactive
/// context.
pub fn share_url(state: AppState, target: Option<&str>) -> String {
    let url = state.url.with(|u| u.shareable());
    let id = target
        .map(str::to_string)
        .or_else(|| state.fragment.with(|f| f.id.clone()));
    browser::address_of(&url, &Fragment { id, sub: None })
}

/// The link a copy-link button hands out: the share address of `target`
/// (`share::address`), whose page unfurls as a card of that section,
/// diagram or scenario, with the rest of the current state.
fn share_link(state: AppState, target: &str) -> String {
    let url = state.url.with(|u| u.shareable());
    let at = Fragment {
        id: Some(target.to_string()),
        sub: None,
    };
    crate::share::address(&browser::base_url(), &url, &at)
        .unwrap_or_else(|| browser::address_of(&url, &at))
}

#[component]
pub fn CopyLink(target: &'static str) -> impl IntoView {
    let state = use_app();
    let copied = RwSignal::new(false);
    let fallback = RwSignal::new(None::<String>);
    let can_share = RwSignal::new(false);
    Effect::new(move |_| can_share.set(browser::can_share()));
    let field_id = format!("copy-field-{target}");
    let copy = {
        let field_id = field_id.clone();
        move |_| {
            let url = share_link(state, target);
            let field_id = field_id.clone();
            spawn_local(async move {
                if browser::copy_text(&url).await {
                    fallback.set(None);
                    copied.set(true);
                    state.announce.set(state.t("link_copied"));
                    set_timeout(move || copied.set(false), Duration::from_millis(2500));
                } else {
                    fallback.set(Some(url));
                    state.announce.set(state.t("link_copy_manual"));
                    request_animation_frame(move || browser::select_text(&field_id));
                }
            });
        }
    };
    let share = move |_| {
        let url = share_link(state, target);
        let title = state.locale().intro.title.clone();
        spawn_local(async move {
            browser::share(&title, &url).await;
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" class="icon-button" on:click=copy data-copy-link=target
                aria-label=move || format!("{} ({})", state.t("copy_link"), target)>
                {move || if copied.get() { state.t("link_copied") } else { state.t("copy_link") }}
            </button>
            <Show when=move || can_share.get()>
                <button type="button" class="icon-button" on:click=share>{move || state.t("share")}</button>
            </Show>
            {move || fallback.get().map(|url| view! {
                <label class="copy-fallback">
                    <span>{state.t("link_copy_manual")}</span>
                    <input id=field_id.clone() type="text" readonly value=url/>
                </label>
            })}
        </span>
    }
}
