//! Entry point: install the panic hook, render the app in the state the
//! address asks for, and let it take over the page that was rendered at
//! build time (see [`browser::Takeover`]).

#![recursion_limit = "256"]

use opbouwwerk_uitgelegd::app::{App, Start};
use opbouwwerk_uitgelegd::browser;
use opbouwwerk_uitgelegd::url_state::UrlState;

fn main() {
    console_error_panic_hook::set_once();
    let (url, fragment) = browser::read_location();
    let takeover = browser::Takeover::begin();
    // The prerendered page is the default state; for a plain `#id` the
    // browser has scrolled to it already, and the reader may have moved on.
    let scrolled = takeover.prerendered && url == UrlState::default() && fragment.sub.is_none();
    let start = Start::Browser { url, fragment, scrolled };
    // Read once per page load, for the life of the page.
    let site = browser::read_site().map(|s| &*Box::leak(Box::new(s)));
    leptos::mount::mount_to_body(move || leptos::view! { <App start site/> });
    takeover.finish();
}
