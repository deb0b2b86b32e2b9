//! What every wasm test needs: mount a view with fresh app state, find
//! elements, click, press keys, and read expected text from the content
//! (never write a content sentence into a test: an editor's rewording must
//! not break one).
#![allow(dead_code)]

use leptos::mount::mount_to;
use leptos::prelude::*;
use opbouwwerk_uitgelegd::content::{content, DiagramText, Lang};
use opbouwwerk_uitgelegd::state::{self, AppState};
use opbouwwerk_uitgelegd::url_state::{Fragment, UrlState};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit};

/// A mounted view: its state, the element it lives in, and the handle that
/// unmounts it when dropped.
pub struct Mounted<H> {
    pub state: AppState,
    pub root: HtmlElement,
    pub handle: H,
}

/// Mounts `view` with fresh app state (from `url` and `fragment`) into a
/// new element of the page.
pub fn mount_with<V: IntoView + 'static>(
    state: AppState,
    view: impl FnOnce() -> V + 'static,
) -> Mounted<impl Drop> {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), move || {
        provide_context(state);
        view()
    });
    Mounted {
        state,
        root,
        handle,
    }
}

/// [`mount_with`] for state read from an address.
pub fn mount<V: IntoView + 'static>(
    url: UrlState,
    fragment: Fragment,
    view: impl FnOnce() -> V + 'static,
) -> Mounted<impl Drop> {
    mount_with(AppState::new(url, fragment), view)
}

/// [`mount`] in a language, with nothing else in the address.
pub fn mount_in<V: IntoView + 'static>(
    lang: Lang,
    view: impl FnOnce() -> V + 'static,
) -> Mounted<impl Drop> {
    mount(
        UrlState {
            lang,
            ..UrlState::default()
        },
        Fragment::default(),
        view,
    )
}

/// The element under `root` that `selector` finds; fails the test if none.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is not in the page"))
}

/// Whether `selector` finds anything under `root`.
pub fn has(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

/// The text of the element `selector` finds.
pub fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// A click as a mouse makes it (bubbles; works on SVG elements too).
pub fn click(el: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

/// A key pressed on `el` (keydown, bubbles).
pub fn key(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

/// Moves the focus to an HTML or SVG element.
pub fn focus(el: &Element) {
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        h.focus().unwrap();
    } else if let Some(s) = el.dyn_ref::<web_sys::SvgElement>() {
        s.focus().unwrap();
    }
}

/// The id of the focused element.
pub fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// An interface string, as the page shows it.
pub fn ui(lang: Lang, key: &'static str) -> String {
    state::t(lang, key)
}

/// The label and explanation of a diagram element, from the content.
pub fn element_text(lang: Lang, id: &str) -> &'static DiagramText {
    content()
        .locale(lang)
        .diagram_text
        .get(id)
        .unwrap_or_else(|| panic!("no text for {id}"))
}

/// The text of the quotation a diagram node or link cites, from the content.
pub fn element_quote(id: &str) -> &'static str {
    let c = content();
    let quote = c
        .shared
        .diagrams
        .iter()
        .flat_map(|d| {
            d.nodes
                .iter()
                .map(|n| (n.id.as_str(), n.quote.as_deref()))
                .chain(d.links.iter().map(|l| (l.id.as_str(), l.quote.as_deref())))
        })
        .find(|(x, _)| *x == id)
        .and_then(|(_, q)| q)
        .unwrap_or_else(|| panic!("{id} cites no quotation"));
    c.quote(quote).map(|q| q.text.as_str()).unwrap()
}
