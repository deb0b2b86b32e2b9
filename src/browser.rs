//! Everything that talks to the browser directly (web-sys). Components call
//! these from event handlers and effects, never while rendering, so they can
//! also be rendered natively. Every function fails quietly: the browser not
//! offering an API is a normal case, not an error.

use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};

use crate::url_state::{Fragment, UrlState};

/// The state in the current address.
pub fn read_location() -> (UrlState, Fragment) {
    let loc = window().location();
    let search = loc.search().unwrap_or_default();
    (UrlState::from_query(&search), read_fragment())
}

pub fn read_fragment() -> Fragment {
    Fragment::parse(&window().location().hash().unwrap_or_default())
}

/// The page's address without query and fragment.
pub fn base_url() -> String {
    let loc = window().location();
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

/// Replaces the query (and optionally the fragment) without a new history
/// entry, so Back still leaves the page.
pub fn replace_url(query: &str, fragment: Option<&Fragment>) {
    let loc = window().location();
    let hash = match fragment {
        Some(f) => f.to_hash(),
        None => loc.hash().unwrap_or_default(),
    };
    let url = format!("{}{query}{hash}", loc.pathname().unwrap_or_default());
    let current = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default()
    );
    if url != current {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// Scrolls an element into view (instantly under reduced motion).
pub fn scroll_to(id: &str) -> bool {
    scroll_with(id, prefers_reduced_motion())
}

/// Puts an element at the top of the view at once, without animation (to
/// keep the reader's place when the page is re-rendered).
pub fn jump_to(id: &str) -> bool {
    scroll_with(id, true)
}

fn scroll_with(id: &str, instant: bool) -> bool {
    let Some(el) = document().get_element_by_id(id) else { return false };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Start);
    if instant {
        opts.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    true
}

pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
    document().set_title(title);
}

/// Sets a CSS custom property on the root element (CSSOM, allowed by the CSP).
pub fn set_root_css_var(name: &str, value: &str) {
    if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property(name, value);
    }
}

/// Whether an event happened inside an element marked `data-card`.
pub fn event_inside_card(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[data-card]").ok().flatten())
        .is_some()
}

/// Reading progress (0..=1) and the id of the last of `ids` whose top has
/// passed a third of the viewport.
pub fn scroll_position(ids: &[&str]) -> (f64, Option<String>) {
    let w = window();
    let y = w.scroll_y().unwrap_or(0.0);
    let view = w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(800.0);
    let total = document().document_element().map(|e| e.scroll_height() as f64).unwrap_or(0.0);
    let progress = if total > view { (y / (total - view)).clamp(0.0, 1.0) } else { 1.0 };
    let mut current = None;
    for id in ids {
        if let Some(el) = document().get_element_by_id(id) {
            if el.get_bounding_client_rect().top() < view / 3.0 {
                current = Some(id.to_string());
            }
        }
    }
    (progress, current)
}

fn call_method(target: &JsValue, name: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()?;
    f.call1(target, arg).ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Copies text with the Clipboard API; `false` where it is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let nav: JsValue = window().navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")) else { return false };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    match call_method(&clipboard, "writeText", &JsValue::from_str(text)) {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Whether the Web Share API is available.
pub fn can_share() -> bool {
    let nav: JsValue = window().navigator().into();
    js_sys::Reflect::get(&nav, &JsValue::from_str("share")).is_ok_and(|f| f.is_function())
}

/// Opens the system share sheet; `false` if unavailable or cancelled.
pub async fn share(title: &str, url: &str) -> bool {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    match call_method(&window().navigator().into(), "share", &data.into()) {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Selects the text of an input or textarea (the copy fallback).
pub fn select_text(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(input) = el.clone().dyn_into::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        } else if let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() {
            let _ = area.focus();
            area.select();
        }
    }
}

/// Moves keyboard focus to an element by id.
pub fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

// ---- Embedding: automatic height and the embed-code dialog ----

/// The message type the host script (`public/embed.js`) listens for.
pub const RESIZE_MESSAGE: &str = "opbouwwerk:resize";

/// Whether the page runs inside a frame (its parent is another window).
pub fn in_frame() -> bool {
    match window().parent() {
        Ok(Some(parent)) => JsValue::from(parent) != JsValue::from(window()),
        _ => false,
    }
}

/// The height of the page's content in CSS pixels, rounded up: the root
/// element's box, or the body's scrolling area where something (a card)
/// reaches below it. Neither grows with the frame (unlike the root's
/// `scrollHeight`, which is at least the viewport), so posting it never
/// feeds back into itself.
pub fn content_height() -> i32 {
    let root = document().document_element().map(|e| e.get_bounding_client_rect().height()).unwrap_or(0.0);
    let body = document().body().map(|b| f64::from(b.scroll_height())).unwrap_or(0.0);
    let h = root.max(body).ceil();
    if h.is_finite() && h >= 0.0 {
        h.min(100_000.0) as i32
    } else {
        0
    }
}

/// Posts `{ type: "opbouwwerk:resize", height }` to the parent window. The
/// target origin is "*": the message carries nothing secret, and the host
/// may be any site. Does nothing outside a frame.
pub fn post_height(height: i32) {
    if !in_frame() {
        return;
    }
    let Ok(Some(parent)) = window().parent() else { return };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &RESIZE_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&msg, "*");
}

/// Calls `on_change` whenever the size of the root element or the body
/// changes (and once when observing starts), and whenever the frame itself
/// is resized (the host script nudges the frame once so that a host script
/// loaded late still gets the height). Listens to nothing else: no message
/// listener, so the host cannot send the app commands. Lives as long as the
/// page (the embedded view is never unmounted).
pub fn watch_size(on_change: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    let on_change = std::rc::Rc::new(on_change);
    let observed = {
        let f = on_change.clone();
        Closure::<dyn Fn()>::new(move || f())
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()) {
        if let Some(root) = document().document_element() {
            observer.observe(&root);
        }
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    observed.forget();
    let resized = {
        let f = on_change.clone();
        Closure::<dyn Fn()>::new(move || f())
    };
    let _ = window().add_event_listener_with_callback("resize", resized.as_ref().unchecked_ref());
    resized.forget();
    let loaded = Closure::<dyn Fn()>::new(move || on_change());
    let _ = window().add_event_listener_with_callback("load", loaded.as_ref().unchecked_ref());
    loaded.forget();
}

// --- Presentation mode -----------------------------------------------------

/// Enters fullscreen with the whole page, or leaves it.
pub fn toggle_fullscreen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Opens `url` (same origin) in a named second window; `false` if blocked.
pub fn open_window(url: &str, name: &str) -> bool {
    window()
        .open_with_url_and_target_and_features(url, name, "popup,width=1280,height=800")
        .ok()
        .flatten()
        .is_some()
}

/// Opens the print dialog (the handout).
pub fn print() {
    let _ = window().print();
}

/// Milliseconds since the page loaded (monotonic).
pub fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// The first changed touch point of a touch event, in client coordinates.
pub fn touch_point(ev: &web_sys::TouchEvent) -> Option<(f64, f64)> {
    let t = ev.changed_touches().get(0)?;
    Some((f64::from(t.client_x()), f64::from(t.client_y())))
}

/// Whether a key event comes from a text field, where keys type text.
pub fn event_in_text_field(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().to_ascii_lowercase().as_str(), "input" | "textarea" | "select"))
}

/// Whether an event's target is a button (Space and Enter press it).
pub fn event_on_button(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button, a[href], summary").ok().flatten())
        .is_some()
}

/// Opens a `<dialog>` by id as a modal (focus moves into it), or closes it.
pub fn set_dialog_open(id: &str, open: bool) {
    let Some(dialog) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    else {
        return;
    };
    if open && !dialog.open() {
        let _ = dialog.show_modal();
    } else if !open && dialog.open() {
        dialog.close();
    }
}

/// The folder of the current deployment (`base_url` up to its last `/`),
/// where `embed.js` and the other public files live.
pub fn base_folder() -> String {
    let base = base_url();
    match base.rfind('/') {
        Some(i) => base[..=i].to_string(),
        None => format!("{base}/"),
    }
}

/// The open channel and its message handler (kept alive while open).
type OpenChannel = (web_sys::BroadcastChannel, wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>);

thread_local! {
    static CHANNEL: std::cell::RefCell<Option<OpenChannel>> = const { std::cell::RefCell::new(None) };
}

/// Joins the same-origin broadcast channel `name`; `on_message` gets every
/// string message (anything else is ignored). Replaces an earlier channel.
pub fn channel_open(name: &str, mut on_message: impl FnMut(String) + 'static) {
    channel_close();
    let Ok(channel) = web_sys::BroadcastChannel::new(name) else { return };
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        if let Some(text) = e.data().as_string() {
            on_message(text);
        }
    });
    channel.set_onmessage(Some(cb.as_ref().unchecked_ref()));
    CHANNEL.with(|c| *c.borrow_mut() = Some((channel, cb)));
}

/// Sends a string to the other windows on the channel.
pub fn channel_post(text: &str) {
    CHANNEL.with(|c| {
        if let Some((channel, _)) = c.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str(text));
        }
    });
}

/// Leaves the channel.
pub fn channel_close() {
    if let Some((channel, _cb)) = CHANNEL.with(|c| c.borrow_mut().take()) {
        channel.set_onmessage(None);
        channel.close();
    }
}

/// Keeps `el` scaled to fit its parent (`scale_to_fit`) whenever either of
/// them changes size: when it is first laid out, when fonts or content
/// arrive, when the window or the slide changes. A ResizeObserver reports
/// after layout and before paint, so no unscaled frame is shown. The
/// scaling is a transform, which leaves the observed sizes alone (no loop).
/// Observing stops when the returned guard is dropped.
pub fn keep_fitted(el: &web_sys::HtmlElement) -> Option<FitGuard> {
    use wasm_bindgen::closure::Closure;
    let target = el.clone();
    let callback = Closure::<dyn Fn()>::new(move || scale_to_fit(&target));
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    if let Some(parent) = el.parent_element() {
        observer.observe(&parent);
    }
    Some(FitGuard { observer, _callback: callback })
}

/// See `keep_fitted`.
pub struct FitGuard {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for FitGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Scales an absolutely placed element (a diagram on a slide) so that it
/// fits its parent, centred: CSSOM, which the CSP allows.
fn scale_to_fit(el: &web_sys::HtmlElement) {
    let Some(parent) = el.parent_element() else { return };
    let (pw, ph) = (f64::from(parent.client_width()), f64::from(parent.client_height()));
    let (w, h) = (f64::from(el.offset_width()), f64::from(el.offset_height()));
    if w <= 0.0 || h <= 0.0 || pw <= 0.0 || ph <= 0.0 {
        return;
    }
    let s = (pw / w).min(ph / h).clamp(0.05, 1.5);
    let dy = ((ph - h * s) / 2.0).max(0.0);
    let _ = el.style().set_property("transform", &format!("translate(-50%, {dy:.1}px) scale({s:.4})"));
}

/// Taking over the page rendered at build time (`scripts/post-build.mjs`).
/// The app is mounted after the prerendered nodes and, in the same task
/// (so the browser never paints the two together), those nodes are removed:
/// the reader sees no change, and keeps their scroll position and focus.
pub struct Takeover {
    old: Vec<web_sys::Node>,
    scroll: (f64, f64),
    focus: Option<Vec<u32>>,
    /// Whether the page was the prerendered one (not a page without it, as
    /// in `trunk serve` before the first build or in the wasm tests).
    pub prerendered: bool,
    /// A control pressed before the app was there (marked by the loader,
    /// scripts/loader-start.js): the app presses it again.
    pressed: Option<Vec<u32>>,
}

impl Takeover {
    /// Notes what is in `<body>` now: call before mounting.
    pub fn begin() -> Self {
        let mut old = Vec::new();
        let mut focus = None;
        let mut pressed = None;
        let mut prerendered = false;
        if let Some(body) = document().body() {
            prerendered = body.has_attribute(crate::app::PRERENDERED);
            let nodes = body.child_nodes();
            old = (0..nodes.length()).filter_map(|i| nodes.item(i)).collect();
            focus = document().active_element().and_then(|el| element_path(&body, &el));
            pressed = body
                .query_selector("[data-pending-click]")
                .ok()
                .flatten()
                .and_then(|el| element_path(&body, &el));
        }
        let w = window();
        Takeover { old, scroll: (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)), focus, prerendered, pressed }
    }

    /// Removes the prerendered nodes and puts the reader back where they were.
    pub fn finish(self) {
        for node in &self.old {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
        let Some(body) = document().body() else { return };
        let _ = body.remove_attribute(crate::app::PRERENDERED);
        let w = window();
        if (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)) != self.scroll {
            w.scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
        }
        if let Some(el) = self.focus.and_then(|path| element_at(&body, &path)) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
        // A click event, not `HtmlElement::click`: diagram parts are SVG.
        if let Some(el) = self.pressed.and_then(|path| element_at(&body, &path)) {
            let init = web_sys::MouseEventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            if let Ok(click) = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init) {
                let _ = el.dispatch_event(&click);
            }
        }
    }
}

/// The position of `el` under `root`, as indices among element children.
fn element_path(root: &web_sys::Element, el: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = el.clone();
    while &current != root {
        let mut index = 0;
        let mut sibling = current.previous_element_sibling();
        while let Some(s) = sibling {
            index += 1;
            sibling = s.previous_element_sibling();
        }
        path.push(index);
        current = current.parent_element()?;
    }
    path.reverse();
    (!path.is_empty()).then_some(path)
}

/// The element at `path` under `root` in the new page. The app's first
/// element comes after the prerendered ones, which are gone by now.
fn element_at(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    let mut current = root.clone();
    for &index in path {
        let mut child = current.first_element_child()?;
        for _ in 0..index {
            child = child.next_element_sibling()?;
        }
        current = child;
    }
    Some(current)
}
