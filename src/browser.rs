//! Everything that talks to the browser directly (web-sys). Components call
//! these from event handlers and effects, never while rendering, so they can
//! also be rendered natively.

use crate::url_state::{Fragment, UrlState};

/// The state in the current address.
pub fn read_location() -> (UrlState, Fragment) {
    let loc = leptos::prelude::window().location();
    let search = loc.search().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    (UrlState::from_query(&search), Fragment::parse(&hash))
}
