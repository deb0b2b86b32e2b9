//! Reading mode: the whole walkthrough on one page, with header, table of
//! contents, reading progress and footer; and its embedded variants.

use leptos::{ev, prelude::*};

use crate::app::{footer::SiteFooter, header::SiteHeader, intro::Intro, section::SectionView, toc::TableOfContents};
use crate::browser;
use crate::content::validate::SECTION_IDS;
use crate::state::use_app;

/// The full page.
#[component]
pub fn ReadingPage() -> impl IntoView {
    let state = use_app();
    let progress = RwSignal::new(0.0);
    let on_scroll = move || {
        let (p, current) = browser::scroll_position(&SECTION_IDS);
        progress.set((p * 100.0).round());
        if state.in_view.with_untracked(|v| *v != current) {
            state.in_view.set(current);
        }
    };
    let _ = window_event_listener(ev::scroll, move |_| on_scroll());
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

/// Embed mode: no site chrome; either everything or one section or diagram.
#[component]
pub fn EmbeddedPage(only: Option<String>) -> impl IntoView {
    let state = use_app();
    let body = move || {
        let loc = state.locale();
        match only.as_deref().and_then(|id| loc.section(id)) {
            Some(section) => view! { <SectionView section=section/> }.into_any(),
            None => match only.clone() {
                Some(id) => crate::app::section::diagram_by_id(&id).unwrap_or_else(|| view! { <Article/> }.into_any()),
                None => view! { <Article/> }.into_any(),
            },
        }
    };
    view! {
        <main id="inhoud" class="content embedded">{body}</main>
    }
}
