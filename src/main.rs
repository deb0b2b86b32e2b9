//! Entry point: install the panic hook and take over the page that was
//! rendered at build time, in the state the address asks for. The
//! classroom app (Cargo feature `classroom`) renders the whole page, as the
//! slides are an app of their own (`browser::WholeTakeover`); the
//! reading and embed app renders only the parts of the page that need it
//! ([`app::parts`]).

#![recursion_limit = "256"]

use opbouwwerk_uitgelegd::browser;
use opbouwwerk_uitgelegd::url_state::UrlState;

// Each app's allocator: talc's for WebAssembly, smaller than the standard
// library's dlmalloc (docs/app-size.md, eighth round). Single-threaded wasm,
// as talc requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(feature = "classroom")]
    start();
    // The reading and embed app reads one language's content, a data file
    // the loader fetched beside the wasm (content::reading). Without it the
    // page stays the prerendered page it is, which reads as it is.
    #[cfg(not(feature = "classroom"))]
    wasm_bindgen_futures::spawn_local(async {
        let bytes = browser::content_data().await;
        // Starting is three tasks, none long on a slow phone: the wasm's
        // start (compiling its last bytes, this function), reading the
        // content, and finding the parts the page has (`start`).
        browser::next_task().await;
        match bytes.map(|b| opbouwwerk_uitgelegd::content::install(&b)) {
            Some(Ok(())) => {
                browser::next_task().await;
                start()
            }
            _ => {
                leptos::logging::warn!(
                    "opbouwwerk: the content did not come; the page stays as it is"
                );
                let app = opbouwwerk_uitgelegd::app::parts::APP;
                browser::parts_marked(app);
                browser::Takeover::begin().finish_in_place(app);
            }
        }
    });
}

/// Takes over the page in the state of the address.
fn start() {
    let (url, fragment) = browser::read_location();
    // The classroom app renders the whole page, the reading app its parts.
    #[cfg(feature = "classroom")]
    let takeover = browser::WholeTakeover::begin();
    #[cfg(not(feature = "classroom"))]
    let takeover = browser::Takeover::begin();
    // The prerendered page is the default state; for a plain `#id` the
    // browser has scrolled to it already, and the reader may have moved on.
    // An app that starts after another (one per part) finds the page where
    // the first left it.
    let scrolled = !takeover.first
        || (takeover.prerendered && url == UrlState::default() && fragment.sub.is_none());
    // Read once per page load, for the life of the page.
    let site = browser::read_site().map(|s| &*Box::leak(Box::new(s)));
    #[cfg(feature = "classroom")]
    {
        use opbouwwerk_uitgelegd::app::{App, Start};
        let start = Start::Browser {
            url,
            fragment,
            scrolled,
        };
        leptos::mount::mount_to_body(move || leptos::view! { <App start site/> });
        takeover.finish();
    }
    #[cfg(not(feature = "classroom"))]
    opbouwwerk_uitgelegd::app::parts::mount(takeover, scrolled, site);
}
