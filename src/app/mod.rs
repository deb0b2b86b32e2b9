//! The components. `App` takes the state from the URL, provides it, keeps
//! the URL and the document in step with it, and picks the view.
//!
//! The same `App` renders natively into the page at build time and in the
//! classroom app, which then takes that page over whole (see [`Start`] and
//! `main.rs`); the reading and embed app renders only [`parts`] of it.

pub mod embed_dialog;
pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod parts;
pub mod reading;
pub mod toc;

use leptos::{ev, prelude::*};

use crate::browser;
use crate::content::site::SiteConfig;
use crate::state::{use_app, AppState};
use crate::url_state::{Fragment, Mode, UrlState};
use crate::widgets::glossary_cards::GlossaryCards;

/// Where the app's first state comes from.
// Made once per page load: the size of a variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// Rendered natively to HTML at build time, one page per way in (see
    /// [`crate::pages`]): a language and mode, nothing selected.
    Prerender { url: UrlState, fragment: Fragment },
    /// Rendered in the browser, in the state the address asks for.
    /// `scrolled`: the browser has already scrolled to the fragment's target
    /// in this very layout (the app takes over the prerendered page in its
    /// default state, maybe long after the reader has moved on from there),
    /// so the app does not scroll there again when it starts.
    Browser {
        url: UrlState,
        fragment: Fragment,
        scrolled: bool,
    },
}

/// The app. `site`: the hosting organisation's configuration, if the page
/// has one (see [`crate::content::site`]).
#[component]
pub fn App(
    start: Start,
    #[prop(default = None)] site: Option<&'static SiteConfig>,
) -> impl IntoView {
    let (state, scrolled) = match start {
        Start::Prerender { url, fragment } => {
            let mut state = AppState::new(url, fragment);
            state.scripted = false;
            (state, false)
        }
        Start::Browser {
            url,
            fragment,
            scrolled,
        } => (AppState::new(url, fragment), scrolled),
    };
    let state = state.with_site(site);
    provide_context(state);
    wire_browser(state, scrolled);

    // Only a change of mode swaps the view, not every change of the URL.
    let mode = Memo::new(move |_| state.url.with(|u| u.mode.clone()));
    view! {
        <LiveRegion/>
        {move || match mode.get() {
            Mode::Reading => view! { <reading::ReadingPage/> }.into_any(),
            Mode::Present => classroom(false),
            Mode::Presenter => classroom(true),
            Mode::Embed { target, .. } => view! { <reading::EmbeddedPage only=target/> }.into_any(),
        }}
        // After every mode's page: the cards of the glossary terms it shows.
        <GlossaryCards/>
    }
}

/// What a screen reader announces politely (`AppState::announce`).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let state = use_app();
    view! { <div class="live-region" aria-live="polite" role="status">{move || state.announce.get()}</div> }
}

/// The slides, or the presenter's window.
#[cfg(feature = "classroom")]
fn classroom(presenter: bool) -> AnyView {
    if presenter {
        view! { <crate::present::PresenterView/> }.into_any()
    } else {
        view! { <crate::present::PresentationView/> }.into_any()
    }
}

/// The reading and embed app has no classroom code (see `Cargo.toml`): it
/// loads the address again (the state has already written it), where the
/// classroom app starts with the page of the slide (web/loader-start.js).
#[cfg(not(feature = "classroom"))]
fn classroom(_presenter: bool) -> AnyView {
    Effect::new(|_| browser::reload());
    ().into_any()
}

/// Keeps the address bar, the document language and the fragment in step
/// with the state, and listens to the browser. `scrolled`: see
/// [`Start::Browser`].
pub(crate) fn wire_browser(state: AppState, scrolled: bool) {
    // The query follows the state (replace, not push). The page may have
    // one reading app per part (`parts`), each with its own state: the
    // address is the state they share. An app that changes it tells the
    // others, which read it back.
    Effect::new(move |_| {
        let query = state.url.with(|u| u.to_query());
        if browser::replace_url(&query, None) {
            browser::tell_address_changed();
        }
    });
    if state.parts {
        browser::on_address_changed(move || {
            let (url, fragment) = browser::read_location();
            if state.url.with_untracked(|u| u.to_query()) != url.to_query() {
                // Notes on the values the address came with stay this app's.
                state.url.update(|u| {
                    *u = UrlState {
                        notes: std::mem::take(&mut u.notes),
                        ..url
                    }
                });
            }
            if state.fragment.with_untracked(|f| *f != fragment) {
                state.fragment.set(fragment);
            }
        });
    }
    // <html lang> and the title follow the language.
    Effect::new(move |_| {
        let loc = state.locale();
        browser::set_document_language(
            state.lang().code(),
            &format!("{} – {}", loc.intro.title, loc.ui("app_name")),
        );
    });
    // The organisation's accent (build.rs has checked its contrast); an
    // effect, so it runs in the browser only, not in the prerender.
    if let Some(cfg) = state.site {
        Effect::new(move |_| browser::set_root_css_var("--site-accent", &cfg.accent));
    }
    // Fragment changes (links, Back/Forward, typed addresses).
    let _ = window_event_listener(ev::hashchange, move |_| {
        state.fragment.set(browser::read_fragment());
    });
    // Scroll to the fragment's target once it is rendered, and on every change.
    // Embedded, the page is as tall as its content, so scrolling would move
    // the host page: there only a change made inside the frame scrolls.
    let embedded = state.url.with_untracked(|u| u.mode.is_embedded());
    Effect::new(move |first: Option<()>| {
        let target = state.fragment.with(|f| f.id.clone());
        if (embedded || scrolled) && first.is_none() {
            return;
        }
        if let Some(id) = target {
            request_animation_frame(move || {
                browser::scroll_to(&id);
            });
        }
    });
}
