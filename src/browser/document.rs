//! The document and its events: language, title, CSS variables, dialogs, printing, fullscreen, what an event happened on.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

use crate::content::site::{SiteConfig, META};

/// Sets `<html lang>` and the document title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
    document().set_title(title);
}

/// Writes `text` into the page's live region (`.live-region`), which a
/// screen reader announces politely: for an app that renders parts of the
/// page, not the region itself.
pub fn announce(text: &str) {
    if let Ok(Some(region)) = document().query_selector(".live-region") {
        region.set_text_content(Some(text));
    }
}

/// Sets the `href` of the links that match `selector`.
pub fn set_links(selector: &str, href: &str) {
    let Ok(links) = document().query_selector_all(selector) else {
        return;
    };
    for link in (0..links.length()).filter_map(|i| links.item(i)) {
        if let Some(link) = link.dyn_ref::<web_sys::Element>() {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// Waits for the browser's next task (a timer of 0 ms): work split by it
/// leaves the browser free to paint and to answer the reader in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether web/route.js left this address to the app (`<html
/// data-route="app">`): its page did not come, the Dutch page is shown.
pub fn route_left_to_app() -> bool {
    document()
        .document_element()
        .is_some_and(|root| root.get_attribute("data-route").as_deref() == Some("app"))
}

/// The bytes of the content data file the loader asked for when it started
/// the reading and embed app (web/loader-start.js: the promise
/// `opbouwwerkContent`, fetched beside the wasm); `None` if there is none or
/// it did not come.
pub async fn content_data() -> Option<Vec<u8>> {
    let promise = js_sys::Reflect::get(&js_sys::global(), &"opbouwwerkContent".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<js_sys::ArrayBuffer>()
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Sets a CSS custom property on the root element (CSSOM, allowed by the CSP).
pub fn set_root_css_var(name: &str, value: &str) {
    if let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
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
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "input" | "textarea" | "select"
            )
        })
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
    let Some(dialog) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    else {
        return;
    };
    if open && !dialog.open() {
        let _ = dialog.show_modal();
    } else if !open && dialog.open() {
        dialog.close();
    }
}

/// The site configuration the prerender step wrote into the page's head, if
/// any (and if it still passes the checks).
pub fn read_site() -> Option<SiteConfig> {
    let read = |name: &str| {
        document()
            .query_selector(&format!("meta[name=\"{name}\"]"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_default()
    };
    SiteConfig::from_fields(META.map(read))
}
