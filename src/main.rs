//! Entry point: install the panic hook, render the app in the state the
//! address asks for, and let it take over the page that was rendered at
//! build time (see [`browser::Takeover`]).

#![recursion_limit = "256"]

use opbouwwerk_uitgelegd::app::{App, Start};
use opbouwwerk_uitgelegd::browser;

fn main() {
    console_error_panic_hook::set_once();
    let (url, fragment) = browser::read_location();
    let takeover = browser::Takeover::begin();
    leptos::mount::mount_to_body(move || leptos::view! { <App start=Start::Browser(url, fragment)/> });
    takeover.finish();
}
