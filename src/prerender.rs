//! Renders the reading page natively to HTML at build time (server-side
//! rendering of the very components the browser then hydrates), and puts it
//! into the built `index.html`. Used by `src/bin/prerender.rs`.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::app::{App, Start};

/// The marker on `<body>` that tells the browser there is a page to hydrate.
pub const MARKER: &str = "data-prerendered";

/// The reading page in its default state (Dutch, nothing selected), as the
/// HTML that goes between `<body>` and `</body>`.
pub fn render_body() -> String {
    // The shared context marks this as the server: effects and browser
    // listeners do not run, and the HTML carries hydration markers.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| view! { <App start=Start::Prerender/> }.to_html());
    drop(owner);
    html
}

/// `page` with its body replaced by `body` and marked as prerendered. The
/// body must hold nothing else: hydration starts at its first child.
pub fn insert_body(page: &str, body: &str) -> Result<String, String> {
    let open = page.find("<body").ok_or("no <body> in the page")?;
    let open_end = open + page[open..].find('>').ok_or("unclosed <body> tag")? + 1;
    let close = page.rfind("</body>").ok_or("no </body> in the page")?;
    if close < open_end {
        return Err("</body> before <body>".into());
    }
    Ok(format!("{}<body {MARKER}>{body}{}", &page[..open], &page[close..]))
}
