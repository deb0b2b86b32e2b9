//! The site header: the explainer's name, presentation mode, the printed
//! handout, the language switch and the embed-code dialog.

use leptos::prelude::*;

use crate::app::embed_dialog::EmbedDialog;
use crate::app::lang_switch::LangSwitch;
use crate::browser;
use crate::state::use_app;
use crate::url_state::{Fragment, Mode, UrlState};

#[component]
pub fn SiteHeader(
    /// Reading progress in percent, shown as a bar along the top.
    progress: RwSignal<u8>,
) -> impl IntoView {
    let state = use_app();
    // Presentation mode, starting at the section in view.
    let present = move |_| {
        let frag = Fragment {
            id: state.in_view.get_untracked(),
            sub: None,
        };
        let url = state.url.with_untracked(|u| u.in_mode(Mode::Present));
        if state.parts {
            // The slides are the classroom app's (web/loader-start.js).
            return browser::navigate(&url, &frag, None);
        }
        browser::replace_url(&url.to_query(), Some(&frag));
        state.fragment.set(frag);
        state.url.set(url);
    };
    let other = move || state.lang().other().code();
    let other_page = move || {
        let reading = UrlState {
            lang: state.lang().other(),
            ..UrlState::default()
        };
        crate::pages::file_for(&reading, &Fragment::default())
    };
    view! {
        <header class="site-header">
            <progress class="reading-progress" max="100" value=move || progress.get()
                aria-label=move || state.t("reading_progress")></progress>
            <a class="brand" href="#top">{move || state.t("app_name")}</a>
            <nav class="header-actions" aria-label=move || state.t("header_actions")>
                <button type="button" class="button present-button" on:click=present
                    title=move || state.t("present_start_label")>{move || state.t("present_start")}</button>
                <button type="button" class="button print-button" on:click=|_| browser::print()>
                    {move || state.t("present_print")}
                </button>
                <LangSwitch/>
                <EmbedDialog/>
            </nav>
            // Without scripts the switch above is hidden (public/noscript.css):
            // this plain link to the other language's prerendered page shows instead.
            <a class="lang-link" href=other_page hreflang=other lang=other>{move || state.t("lang_switch")}</a>
        </header>
    }
}
