//! The address: reading the state from it and writing the state back.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};

use crate::url_state::{Fragment, UrlState};

/// The state in the current address.
pub fn read_location() -> (UrlState, Fragment) {
    let loc = window().location();
    let search = loc.search().unwrap_or_default();
    (UrlState::from_query(&search), read_fragment())
}

/// The query the page was opened with: web/loader-start.js keeps it
/// (`<html data-opened>`) before any app writes the address back
/// normalised; the current one where it has not.
pub fn opened_query() -> String {
    let kept = leptos::prelude::document()
        .document_element()
        .and_then(|root| root.get_attribute("data-opened"));
    kept.unwrap_or_else(|| window().location().search().unwrap_or_default())
}

pub fn read_fragment() -> Fragment {
    Fragment::parse(&window().location().hash().unwrap_or_default())
}

/// The reading page's address without query and fragment: the page's own,
/// or its folder where the page is a file of its own (`en.html`, an embed:
/// `pages::reading_path`), so that links made here lead to the explainer.
pub fn base_url() -> String {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        crate::pages::reading_path(&path)
    )
}

/// The absolute address of a state and fragment, a link to share: on the
/// page a host serves as it is where there is one (`pages::path_for`: the
/// English page's file for English), else on the reading page's path.
pub fn address_of(url: &UrlState, fragment: &Fragment) -> String {
    crate::pages::address(&base_url(), url, fragment)
}

/// Replaces the query (and optionally the fragment) without a new history
/// entry, so Back still leaves the page.
/// Returns whether the address changed.
pub fn replace_url(query: &str, fragment: Option<&Fragment>) -> bool {
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
    if url == current {
        return false;
    }
    window().history().is_ok_and(|history| {
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(&url))
            .is_ok()
    })
}

/// The event on `window` by which an app of the page tells the others that
/// it has changed the address ([`replace_url`]).
const ADDRESS_CHANGED: &str = "opbouwwerk:address";

/// Tells the page's other apps that the address has changed.
pub fn tell_address_changed() {
    if let Ok(event) = web_sys::Event::new(ADDRESS_CHANGED) {
        let _ = window().dispatch_event(&event);
    }
}

/// Calls `changed` whenever an app of the page has changed the address
/// (this one too), for the life of the page.
pub fn on_address_changed(changed: impl Fn() + 'static) {
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(changed).into_js_value();
    let _ = window().add_event_listener_with_callback(ADDRESS_CHANGED, listener.unchecked_ref());
}

/// Where a navigation leaves the name of the control to focus on the next
/// page (web/loader-start.js reads it: only `lang-switch`).
const FOCUS_KEY: &str = "opbouwwerk:focus";

/// Goes to the address of this state and fragment (a new page load, no new
/// history entry, as [`replace_url`]): for a change of language or mode
/// when the app does not render the page itself; to the page's own file
/// where it has one (`pages::path_for`: the English page, an embed), which
/// the host serves as it is. `focus`: the control the next page focuses, as
/// a keyboard reader expects after pressing it.
pub fn navigate(url: &UrlState, fragment: &Fragment, focus: Option<&str>) {
    if let (Some(name), Ok(Some(storage))) = (focus, window().session_storage()) {
        let _ = storage.set_item(FOCUS_KEY, name);
    }
    let _ = window().location().replace(&address_of(url, fragment));
}

/// Loads the current address again.
pub fn reload() {
    let _ = window().location().reload();
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
