//! The app's shared state, provided once as context.
//!
//! `url` is the shareable state (written back to the address bar by
//! [`crate::browser`]); `fragment` follows `#id`; the rest is runtime only.

use leptos::prelude::*;

use crate::content::site::SiteConfig;
use crate::content::{self, Content, Lang, Locale};
use crate::url_state::{Fragment, UrlState};

#[derive(Clone, Copy)]
pub struct AppState {
    /// What the URL's query says (language, modes, diagram and simulator state).
    pub url: RwSignal<UrlState>,
    /// What the URL's fragment says.
    pub fragment: RwSignal<Fragment>,
    /// Id of the section in view, for the table of contents.
    pub in_view: RwSignal<Option<String>>,
    /// Text for the page's polite live region (what a screen reader announces).
    pub announce: RwSignal<String>,
    /// The glossary terms the page has shown so far, whose cards it needs
    /// (see `widgets::glossary_term`).
    pub terms_shown: RwSignal<Vec<&'static str>>,
    /// Whether scripts run: false only when rendering the page at build
    /// time, whose HTML must also work with scripts off (no dead controls
    /// in the tab order).
    pub scripted: bool,
    /// Whether the app renders only the parts of the prerendered page that
    /// need it, leaving the prose as it is (the reading and embed app, see
    /// `app::parts`): a change of language or mode is then a navigation to
    /// that page, not a re-render.
    pub parts: bool,
    /// The hosting organisation's configuration (call to action, accent),
    /// if the page has one: read by the prerender step, written into the
    /// page, read back from it in the browser (see `content::site`).
    pub site: Option<&'static SiteConfig>,
    /// The language, derived from `url`: views that depend on the language
    /// alone do not re-run when a slider or a selection changes the URL.
    lang: Memo<Lang>,
}

impl AppState {
    pub fn new(url: UrlState, fragment: Fragment) -> Self {
        let url = RwSignal::new(url);
        AppState {
            url,
            lang: Memo::new(move |_| url.with(|u| u.lang)),
            fragment: RwSignal::new(fragment),
            in_view: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            terms_shown: RwSignal::new(Vec::new()),
            scripted: true,
            parts: false,
            site: None,
        }
    }

    /// The same state with a site configuration.
    pub fn with_site(self, site: Option<&'static SiteConfig>) -> Self {
        AppState { site, ..self }
    }

    /// The language, tracked where something observes it (a view, a memo,
    /// an effect), and read as it is elsewhere: in a component's body, in an
    /// event handler, in the prerender step. Both are meant, so neither
    /// warns (Leptos warns in debug builds of a tracked read outside any
    /// observer).
    pub fn lang(&self) -> Lang {
        if leptos::reactive::graph::Observer::get().is_some() {
            self.lang.get()
        } else {
            self.lang.get_untracked()
        }
    }

    /// The content in the current language.
    pub fn locale(&self) -> &'static Locale {
        content::content().locale(self.lang())
    }

    /// An interface string in the current language (reactive).
    pub fn t(&self, key: &'static str) -> String {
        t(self.lang(), key)
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// All content (both languages).
pub fn all() -> &'static Content {
    content::content()
}

/// An interface string (`[ui]` in content/<lang>/ui*.toml) in a language:
/// the one way code reads one (see also [`AppState::t`]).
pub fn t(lang: Lang, key: &'static str) -> String {
    content::content().locale(lang).ui(key).to_string()
}

/// [`t`] in one language, as a function to hand around.
pub fn t_in(lang: Lang) -> impl Fn(&'static str) -> String + Copy {
    move |key| t(lang, key)
}
