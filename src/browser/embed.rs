//! Embedded in a host page: telling the host how tall the page is.

use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};

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
