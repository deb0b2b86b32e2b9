//! Copying to the clipboard and the system share sheet, where the browser offers them.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};

fn call_method(target: &JsValue, name: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(target, arg)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Copies text with the Clipboard API; `false` where it is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let nav: JsValue = window().navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    match call_method(&clipboard, "writeText", &JsValue::from_str(text)) {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Whether this is a phone or tablet (a coarse pointer) with the Web Share
/// API: there a link is shared through the system's share sheet.
pub fn can_share() -> bool {
    let nav: JsValue = window().navigator().into();
    let coarse = window()
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    coarse && js_sys::Reflect::get(&nav, &JsValue::from_str("share")).is_ok_and(|f| f.is_function())
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
