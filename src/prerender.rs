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

/// The note that a new version is waiting (web/offline.js shows it), in
/// both languages, as a `<template id="update-note">` for the `<head>`: the
/// app's takeover replaces the body, so the texts live outside it, and the
/// script only picks the page's language.
pub fn update_note_template() -> String {
    let c = crate::content::content();
    let p = |lang: &str, text: &str| format!("<p lang=\"{lang}\">{}</p>", escape(text));
    format!(
        "<template id=\"update-note\">{}{}</template>",
        p("nl", c.nl.ui("update_note")),
        p("en", c.en.ui("update_note"))
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `page` with `html` added at the end of its `<head>`.
pub fn insert_head(page: &str, html: &str) -> Result<String, String> {
    let close = page.find("</head>").ok_or("no </head> in the page")?;
    Ok(format!("{}{html}\n{}", &page[..close], &page[close..]))
}
