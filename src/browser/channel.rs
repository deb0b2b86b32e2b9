//! The same-origin broadcast channel between the presentation and the presenter's window.

use wasm_bindgen::{JsCast, JsValue};

/// The open channel and its message handler (kept alive while open).
type OpenChannel = (
    web_sys::BroadcastChannel,
    wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
);

thread_local! {
    static CHANNEL: std::cell::RefCell<Option<OpenChannel>> = const { std::cell::RefCell::new(None) };
}

/// Joins the same-origin broadcast channel `name`; `on_message` gets every
/// string message (anything else is ignored). Replaces an earlier channel.
pub fn channel_open(name: &str, mut on_message: impl FnMut(String) + 'static) {
    channel_close();
    let Ok(channel) = web_sys::BroadcastChannel::new(name) else {
        return;
    };
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
        move |e: web_sys::MessageEvent| {
            if let Some(text) = e.data().as_string() {
                on_message(text);
            }
        },
    );
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
