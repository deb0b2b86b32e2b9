//! Reading mode: the whole walkthrough on one page, with header, table of
//! contents, reading progress and footer; and its embedded variants.

use leptos::{ev, prelude::*};

use crate::app::{
    footer::{CallToAction, SiteFooter},
    header::SiteHeader,
    toc::TableOfContents,
};
use crate::article::{intro::Intro, section::SectionView};
use crate::browser;
use crate::ids::{self, SECTIONS};
use crate::state::{use_app, AppState};
use crate::widgets::copy_link::share_url;

/// The full page.
#[component]
pub fn ReadingPage() -> impl IntoView {
    let state = use_app();
    let progress = track_reading(state);
    view! {
        <a class="skip-link" href="#inhoud">{move || state.t("skip_to_content")}</a>
        <SiteHeader progress=progress/>
        <div class="layout">
            <TableOfContents/>
            <main id="inhoud" class="content" tabindex="-1">
                {move || {
                    let _ = state.lang();
                    view! { <Article/> }
                }}
            </main>
        </div>
        <SiteFooter/>
    }
}

/// Follows the reader down the page: the reading progress in percent (for
/// the header's bar), and the section in view (`AppState::in_view`).
pub fn track_reading(state: AppState) -> RwSignal<u8> {
    let progress = RwSignal::new(0u8);
    let on_scroll = move || {
        let (p, current) = browser::scroll_position(&SECTIONS);
        // Whole percentages: the value is written as an integer.
        progress.set((p * 100.0).round() as u8);
        if state.in_view.with_untracked(|v| *v != current) {
            state.in_view.set(current);
        }
    };
    let _ = window_event_listener(ev::scroll, move |_| on_scroll());
    // Also where the page is when the app starts: the browser may have
    // scrolled to a fragment, or the reader on, before it took the page over.
    Effect::new(move |_| on_scroll());
    progress
}

/// The article: intro and every section, in the current language.
#[component]
fn Article() -> impl IntoView {
    let state = use_app();
    let loc = state.locale();
    view! {
        <Intro/>
        {loc.sections.iter().map(|s| view! { <SectionView section=s/> }).collect_view()}
    }
}

/// Embed mode: no site chrome; either everything or one section or
/// diagram, then the host organisation's call to action and a link to the
/// full explainer. The page tells its host how tall it is from its first paint
/// on, app or not (web/loader-start.js).
#[component]
pub fn EmbeddedPage(only: Option<String>) -> impl IntoView {
    let state = use_app();
    let hide_title = state.url.with_untracked(|u| !u.mode.shows_title());
    let is_section = only.as_deref().is_some_and(ids::is_section);
    let is_diagram = only.is_some() && !is_section;
    let target = only.clone();
    let body = move || {
        let loc = state.locale();
        match only.as_deref().and_then(|id| loc.section(id)) {
            Some(section) => view! { <SectionView section=section/> }.into_any(),
            None => match only.clone() {
                Some(id) => crate::diagrams::diagram_by_id(&id)
                    .unwrap_or_else(|| view! { <Article/> }.into_any()),
                None => view! { <Article/> }.into_any(),
            },
        }
    };
    view! {
        <div class="embed-root" class:no-title=hide_title class:embed-section=is_section class:embed-diagram=is_diagram>
            <main id="inhoud" class="content embedded">
                // A page needs one level-one heading; a single embedded part names the essay.
                {(is_section || is_diagram).then(|| view! {
                    <h1 class="visually-hidden">{move || state.locale().intro.title.clone()}</h1>
                })}
                {body}
            </main>
            <CallToAction/>
            <OpenFull target=target/>
        </div>
    }
}

/// The embed's link to what it shows in the full explainer (a new tab),
/// with the current state.
#[component]
pub fn OpenFull(target: Option<String>) -> impl IntoView {
    let state = use_app();
    // The reading-mode address of what is shown, with the current state;
    // read from the browser in an effect, not while rendering.
    let full_url = RwSignal::new(String::new());
    Effect::new(move |_| full_url.set(share_url(state, target.as_deref())));
    view! {
        <footer class="embed-open-full">
            <a href=move || full_url.get() target="_blank" rel="noopener">
                {move || state.t("embed_open_full")}
                " "<span class="visually-hidden">{move || state.t("embed_new_tab")}</span>
            </a>
        </footer>
    }
}
