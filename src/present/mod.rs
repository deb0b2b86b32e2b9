//! Presentation mode (`?present`) and the presenter's window
//! (`?present&presenter`): the walkthrough as slides for a projector, driven
//! by keyboard, clicker or swipe, with the slide in the fragment. Both
//! windows follow each other over a same-origin BroadcastChannel.

pub mod diagram_slide;
pub mod presentation;
pub mod presenter;
pub mod qr_code;
pub mod shortcuts;
pub mod slides;

use std::time::Duration;

use leptos::{ev, prelude::*};

use crate::browser;
use crate::deck::{self, Message, Slide, SlideKind};
use crate::pages;
use crate::state::{use_app, AppState};
use crate::url_state::{Fragment, Mode, UrlState};

pub use presentation::PresentationView;
pub use presenter::PresenterView;

/// Name of the channel both windows share.
const CHANNEL: &str = "opbouwwerk-uitgelegd-present";
/// Name of the presenter's window.
const PRESENTER_WINDOW: &str = "opbouwwerk-uitgelegd-presenter";
/// Id of the shortcuts dialog.
pub const SHORTCUTS_ID: &str = "present-shortcuts";

/// The deck and where we are in it, shared by the views of both windows.
#[derive(Clone, Copy)]
pub struct DeckState {
    pub app: AppState,
    pub slides: Memo<Vec<Slide>>,
    /// Index of the current slide (follows the fragment).
    pub index: Memo<usize>,
    /// The QR code overlay is shown (in both windows).
    pub qr_open: RwSignal<bool>,
    /// The shortcuts dialog is open.
    pub shortcuts_open: RwSignal<bool>,
    /// The page's address without query and fragment (set once mounted).
    pub base: RwSignal<String>,
    /// This is the presenter's window.
    pub presenter: bool,
}

impl DeckState {
    fn new(presenter: bool) -> Self {
        let app = use_app();
        let slides = Memo::new(move |_| deck::deck(app.locale()));
        let index = Memo::new(move |_| app.fragment.with(|f| slides.with(|d| deck::locate(d, f))));
        DeckState {
            app,
            slides,
            index,
            qr_open: RwSignal::new(false),
            shortcuts_open: RwSignal::new(false),
            base: RwSignal::new(String::new()),
            presenter,
        }
    }

    pub fn len(&self) -> usize {
        self.slides.with(Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn slide(&self, i: usize) -> Option<Slide> {
        self.slides.with(|d| d.get(i).cloned())
    }

    /// The reading-mode link of slide `i` (for QR codes): on the page a
    /// host serves as it is (`pages::address`: for English, the English
    /// page's file), so a phone that scans it fetches that page alone.
    pub fn reading_link(&self, i: usize) -> String {
        let target = self
            .slides
            .with(|d| d.get(i).map(|s| s.reading_target().to_string()));
        let url = UrlState {
            lang: self.app.lang(),
            ..UrlState::default()
        };
        let at = Fragment {
            id: target,
            sub: None,
        };
        // A section's or diagram's share address, whose link unfurls as a
        // card of it; a part of a section has none.
        let base = self.base.get();
        crate::share::address(&base, &url, &at).unwrap_or_else(|| pages::address(&base, &url, &at))
    }

    /// Goes to slide `i`: fragment, address bar, live region and (when this
    /// window is driven) the other window.
    pub fn go(&self, i: usize, tell_others: bool) {
        let frag = self.slides.with_untracked(|d| deck::fragment_of(d, i));
        if self.app.fragment.with_untracked(|f| *f != frag) {
            self.app.fragment.set(frag.clone());
        }
        let query = self.app.url.with_untracked(|u| u.to_query());
        browser::replace_url(&query, Some(&frag));
        if tell_others {
            browser::channel_post(
                &Message::Slide {
                    hash: frag.to_hash(),
                }
                .encode(),
            );
        }
        let i = self.index.get_untracked();
        let total = self.slides.with_untracked(Vec::len);
        let title = self
            .slide(i)
            .map(|s| slides::slide_title(self.app.locale(), &s, |k| self.app.t(k)))
            .unwrap_or_default();
        self.app.announce.set(format!(
            "{} {} {} {total}: {title}",
            self.app.t("present_slide"),
            i + 1,
            self.app.t("present_of")
        ));
    }

    pub fn step(&self, by: isize) {
        let i = self.index.get_untracked();
        let len = self.slides.with_untracked(Vec::len);
        let to = if by < 0 {
            deck::prev(i)
        } else {
            deck::next(len, i)
        };
        self.go(to, true);
    }

    pub fn set_qr(&self, show: bool, tell_others: bool) {
        self.qr_open.set(show);
        if tell_others {
            browser::channel_post(&Message::Qr { show }.encode());
        }
    }

    /// Back to reading mode at the current slide's section.
    pub fn to_reading(&self) {
        let app = self.app;
        let target = self
            .slide(self.index.get_untracked())
            .map(|s| s.reading_target().to_string());
        let frag = Fragment {
            id: target.clone(),
            sub: None,
        };
        let url = app.url.with_untracked(|u| u.in_mode(Mode::Reading));
        browser::replace_url(&url.to_query(), Some(&frag));
        browser::channel_close();
        app.url.set(url);
        app.fragment.set(frag);
        if let Some(id) = target {
            set_timeout(
                move || {
                    let _ = browser::scroll_to(&id);
                },
                Duration::from_millis(250),
            );
        }
    }

    /// Opens the presenter's window at the current slide.
    pub fn open_presenter(&self) {
        let url = self.app.url.with_untracked(|u| u.in_mode(Mode::Presenter));
        let frag = self
            .slides
            .with_untracked(|d| deck::fragment_of(d, self.index.get_untracked()));
        let href = browser::address_of(&url, &frag);
        if !browser::open_window(&href, PRESENTER_WINDOW) {
            self.app
                .announce
                .set(self.app.t("present_presenter_blocked"));
        }
    }

    /// Joins the channel, answers and follows the other window, and handles
    /// the keyboard. Call once from each view.
    fn wire(self) {
        Effect::new(move |_| {
            self.base.set(browser::base_url());
            browser::channel_open(CHANNEL, move |text| match Message::decode(&text) {
                Some(Message::Slide { hash }) => {
                    let i = self
                        .slides
                        .with_untracked(|d| deck::locate(d, &Fragment::parse(&hash)));
                    if i != self.index.get_untracked() {
                        self.go(i, false);
                    }
                }
                Some(Message::Qr { show }) => self.qr_open.set(show),
                Some(Message::Hello) => {
                    let frag = self
                        .slides
                        .with_untracked(|d| deck::fragment_of(d, self.index.get_untracked()));
                    browser::channel_post(
                        &Message::Slide {
                            hash: frag.to_hash(),
                        }
                        .encode(),
                    );
                    browser::channel_post(
                        &Message::Qr {
                            show: self.qr_open.get_untracked(),
                        }
                        .encode(),
                    );
                }
                None => {}
            });
            if self.presenter {
                browser::channel_post(&Message::Hello.encode());
            }
        });
        on_cleanup(browser::channel_close);
        let keys = window_event_listener(ev::keydown, move |e| self.on_key(&e));
        on_cleanup(move || keys.remove());
    }

    fn on_key(&self, e: &web_sys::KeyboardEvent) {
        let key = e.key();
        if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
            return;
        }
        // A simulator's slider keeps its arrows, Home and End; a clicker's
        // PageUp and PageDown still move the slides, the keys 1–4 still
        // choose a scenario, and Escape leaves the slider (not the slides).
        if let Some(slider) = on_slider(e) {
            match key.as_str() {
                "PageDown" => self.step(1),
                "PageUp" => self.step(-1),
                "1" | "2" | "3" | "4" => self.scenario(key.parse::<usize>().unwrap_or(1) - 1),
                "Escape" => {
                    let _ = slider.blur();
                }
                _ => return,
            }
            e.prevent_default();
            return;
        }
        if browser::event_in_text_field(e) {
            return;
        }
        if self.shortcuts_open.get_untracked() {
            // Escape (which the dialog also handles) and `?` close it.
            if key == "?" || key == "Escape" {
                e.prevent_default();
                self.shortcuts_open.set(false);
            }
            return;
        }
        let on_button = browser::event_on_button(e);
        match key.as_str() {
            "ArrowRight" | "PageDown" | "ArrowDown" => self.step(1),
            " " | "Spacebar" if !on_button => {
                if e.shift_key() {
                    self.step(-1)
                } else {
                    self.step(1)
                }
            }
            "ArrowLeft" | "PageUp" | "ArrowUp" => self.step(-1),
            "Home" => self.go(0, true),
            "End" => self.go(self.len().saturating_sub(1), true),
            "f" | "F" => browser::toggle_fullscreen(),
            "p" | "P" if !self.presenter => self.open_presenter(),
            "q" | "Q" => self.set_qr(!self.qr_open.get_untracked(), true),
            "?" => self.shortcuts_open.set(true),
            "Escape" if self.qr_open.get_untracked() => self.set_qr(false, true),
            "Escape" if !self.presenter => self.to_reading(),
            "1" | "2" | "3" | "4" if self.on_simulator() => {
                self.scenario(key.parse::<usize>().unwrap_or(1) - 1)
            }
            _ => return,
        }
        e.prevent_default();
    }
}

impl DeckState {
    /// The current slide is one of the simulator's.
    fn on_simulator(&self) -> bool {
        self.slide(self.index.get_untracked()).is_some_and(|s| {
            matches!(
                s.kind,
                SlideKind::Diagram {
                    id: deck::SIMULATOR,
                    ..
                }
            )
        })
    }

    /// Chooses the simulator's scenario `i` (in [`crate::sim::PRESETS`]), as
    /// its button does; the address follows the state.
    fn scenario(&self, i: usize) {
        let Some(p) = crate::sim::PRESETS.get(i) else {
            return;
        };
        self.app.url.update(|u| {
            u.sim.preset = Some(p.key);
            u.sim.params = p.params;
        });
    }
}

/// The range input a key was pressed on, if it was one.
fn on_slider(e: &web_sys::KeyboardEvent) -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    e.target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .filter(|i| i.type_() == "range")
}

/// Left or right swipes of at least this many pixels move a slide.
const SWIPE: f64 = 50.0;

/// Touch handlers for a swipe area: a mostly horizontal swipe to the left
/// goes forward, to the right back.
pub fn swipe_handlers(
    deck: DeckState,
) -> (
    impl Fn(web_sys::TouchEvent) + Clone + 'static,
    impl Fn(web_sys::TouchEvent) + Clone + 'static,
) {
    let start = RwSignal::new(None::<(f64, f64)>);
    let on_start = move |e: web_sys::TouchEvent| start.set(browser::touch_point(&e));
    let on_end = move |e: web_sys::TouchEvent| {
        let (Some((x0, y0)), Some((x1, y1))) = (start.get_untracked(), browser::touch_point(&e))
        else {
            return;
        };
        start.set(None);
        let (dx, dy) = (x1 - x0, y1 - y0);
        if dx.abs() >= SWIPE && dx.abs() > 1.5 * dy.abs() {
            deck.step(if dx < 0.0 { 1 } else { -1 });
        }
    };
    (on_start, on_end)
}
