//! The site header: the explainer's name and the language switch.

use leptos::prelude::*;

use crate::app::copy_link::LangSwitch;
use crate::state::use_app;

#[component]
pub fn SiteHeader(
    /// Reading progress in percent, shown as a bar along the top.
    progress: RwSignal<f64>,
) -> impl IntoView {
    let state = use_app();
    view! {
        <header class="site-header">
            <progress class="reading-progress" max="100" value=move || progress.get()
                aria-label=move || state.t("reading_progress")></progress>
            <a class="brand" href="#top">{move || state.t("app_name")}</a>
            <nav class="header-actions" aria-label=move || state.t("header_actions")>
                <LangSwitch/>
            </nav>
        </header>
    }
}
