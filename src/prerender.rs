//! Renders the reading page natively to HTML at build time (server-side
//! rendering of the very components the browser then renders again and
//! takes the page over with, see `browser::Takeover`), and puts it into the
//! built `index.html`. Used by `src/bin/prerender.rs`.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

pub use crate::app::PRERENDERED as MARKER;
use crate::app::{App, Start};

/// The reading page in its default state (Dutch, nothing selected), as the
/// HTML that goes between `<body>` and `</body>`.
pub fn render_body() -> String {
    // The shared context marks this as the server: effects and browser
    // listeners do not run (the hydration markers it adds are stripped).
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| view! { <App start=Start::Prerender/> }.to_html());
    drop(owner);
    strip_comments(&html)
}

/// Removes HTML comments: Leptos marks its views with them for hydration,
/// which this page does not use (the app takes the page over instead), so
/// they are only bytes. Text never holds `<!`: Leptos escapes `<` in it.
pub fn strip_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") { after.find("-->").map(|e| e + 3) } else { after.find('>').map(|e| e + 1) };
        match end {
            Some(end) => rest = &after[end..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// `page` with its body replaced by `body` and marked as prerendered. The
/// body must hold nothing else: the takeover removes all that is in it.
pub fn insert_body(page: &str, body: &str) -> Result<String, String> {
    let open = page.find("<body").ok_or("no <body> in the page")?;
    let open_end = open + page[open..].find('>').ok_or("unclosed <body> tag")? + 1;
    let close = page.rfind("</body>").ok_or("no </body> in the page")?;
    if close < open_end {
        return Err("</body> before <body>".into());
    }
    Ok(format!("{}<body {MARKER}>{body}{}", &page[..open], &page[close..]))
}
