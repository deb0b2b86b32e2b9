//! Copy a link to a section or diagram (its share address), with the current
//! state, or share it where a phone offers its share sheet. Where the Clipboard API is missing or refused, the
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
/// (`share::link`), whose page unfurls as a card of that section, diagram
/// or scenario, with the rest of the current state.
fn share_link(state: AppState, target: &str) -> String {
    let url = state.url.with(|u| u.shareable());
    crate::share::link(&browser::base_url(), &url, target)
}

#[component]
pub fn CopyLink(target: &'static str) -> impl IntoView {
    let state = use_app();
    let copied = RwSignal::new(false);
    let fallback = RwSignal::new(None::<String>);
    let can_share = RwSignal::new(false);
    Effect::new(move |_| can_share.set(browser::can_share()));
    let field_id = format!("copy-field-{target}");
    // On a phone with a share sheet the one button opens it; elsewhere it
    // copies (a desktop's share sheet is not what "copy link" promises).
    let copy = {
        let field_id = field_id.clone();
        move |_| {
            let field_id = field_id.clone();
            let share = can_share.get_untracked();
            let title = state.locale().intro.title.clone();
            // After the frame and a task: a slider pressed just before writes
            // its value into the state then (`SimView::commit`), and the link
            // must carry it.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        let url = share_link(state, target);
                        spawn_local(async move {
                            if share {
                                browser::share(&title, &url).await;
                            } else if browser::copy_text(&url).await {
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
                    },
                    Duration::ZERO,
                )
            });
        }
    };
    let label = move || {
        state.t(if copied.get() {
            "link_copied"
        } else if can_share.get() {
            "share"
        } else {
            "copy_link"
        })
    };
    view! {
        <span class="copy-link">
            <button type="button" class="icon-button" on:click=copy data-copy-link=target
                aria-label=move || format!("{} ({})", label(), target)>
                {label}
            </button>
            {move || fallback.get().map(|url| view! {
                <label class="copy-fallback">
                    <span>{state.t("link_copy_manual")}</span>
                    <input id=field_id.clone() type="text" readonly value=url/>
                </label>
            })}
        </span>
    }
}
