//! Renders the reading page natively to HTML at build time (server-side
//! rendering of the very components the browser then renders again and
//! takes the page over with, see `browser::Takeover`), and puts it into the
//! built `index.html`, with the site configuration, if any, in its `<head>`.
//! Used by `src/bin/prerender.rs`.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::app::{App, Start};
pub use crate::browser::PRERENDERED as MARKER;
use crate::content::site::{self, Site, SiteConfig, META};
use crate::content::Lang;
use crate::pages::StaticPage;
use crate::share::SharePage;
use crate::share_card::Card;
use crate::url_state::{Fragment, UrlState};

/// The reading page in its default state (Dutch, nothing selected), as the
/// HTML that goes between `<body>` and `</body>`.
pub fn render_body() -> String {
    render_body_with(None)
}

/// [`render_body`] for a site with a configuration (its call to action).
pub fn render_body_with(site: Option<&'static SiteConfig>) -> String {
    render_state(site, UrlState::default(), Fragment::default())
}

/// The body of the page for a state (a language and mode, nothing
/// selected; see [`crate::pages`]).
pub fn render_state(
    site: Option<&'static SiteConfig>,
    url: UrlState,
    fragment: Fragment,
) -> String {
    // The shared context marks this as the server: effects and browser
    // listeners do not run (the hydration markers it adds are stripped).
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner
        .with(|| view! { <App start=Start::Prerender { url, fragment } site=site/> }.to_html());
    drop(owner);
    strip_comments(&html)
}

/// The document title the app sets for a language (`app::wire_browser`).
pub fn document_title(lang: Lang) -> String {
    let loc = crate::content::content().locale(lang);
    format!("{} – {}", loc.intro.title, loc.ui("app_name"))
}

/// A page that is only swapped into `index.html` by `web/route.js`: its
/// language, title and prerendered body, nothing else (the head it is
/// shown with is `index.html`'s).
pub fn swap_page(lang: Lang, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n<body {MARKER}>{body}</body></html>\n",
        lang.code(),
        escape(&document_title(lang))
    )
}

/// The built `index.html` made into the full document of another page (the
/// English reading page `en.html`, an embed): in that page's language (in
/// English its titles, descriptions and the share image's alt text too) and
/// marked as that page, for `web/route.js`: `data-page`, its file, and
/// `data-address`, the query it shows (which the script fills into an
/// address that names the file but not all of that query). The body is
/// replaced after.
pub fn page_document(index: &str, page: &StaticPage) -> Result<String, String> {
    let lang = page.url.lang;
    let marked = format!(
        "<html lang=\"{}\" data-page=\"{}\" data-address=\"{}\">",
        lang.code(),
        escape(&page.file),
        escape(&page.url.to_query())
    );
    let mut doc = index.replacen("<html lang=\"nl\">", &marked, 1);
    if doc == index {
        return Err("no <html lang=\"nl\"> in index.html".into());
    }
    if lang == Lang::En {
        let en = crate::content::content().locale(Lang::En);
        let title = escape(&document_title(Lang::En));
        let description = escape(en.ui("meta_description"));
        doc = titled(&doc, &title, &description)?;
        // The share image is Dutch; its English alt says so and translates it.
        doc = replace_content(
            &doc,
            "property=\"og:image:alt\"",
            &escape(en.ui("share_image_alt")),
        )?;
        doc = replace_content(&doc, "property=\"og:locale\"", "en_GB")?;
        doc = replace_content(&doc, "property=\"og:locale:alternate\"", "nl_NL")?;
    }
    Ok(doc)
}

/// A share page's full document (see [`crate::share`]): the reading page of
/// its language made into a page of its own (as [`page_document`]) with the
/// card's title, description and image alt, marked for `web/route.js` as
/// that reading page (`data-reads`, so it swaps nothing in) landing at its
/// place (`data-fragment`, added to an address without one).
pub fn share_document(index: &str, page: &SharePage, card: &Card) -> Result<String, String> {
    let own = StaticPage {
        file: page.file.clone(),
        url: page.url.clone(),
        fragment: page.fragment(),
    };
    let doc = page_document(index, &own)?;
    let reads = crate::pages::file_for(&page.url, &page.fragment()).unwrap_or_default();
    let doc = doc.replacen(
        " data-page=",
        &format!(
            " data-reads=\"{}\" data-fragment=\"{}\" data-page=",
            escape(&reads),
            escape(&page.fragment().to_hash())
        ),
        1,
    );
    let loc = crate::content::content().locale(page.lang);
    let title = escape(&format!("{} – {}", card.title, loc.ui("app_name")));
    let description = escape(&card.description);
    let doc = titled(&doc, &title, &description)?;
    replace_content(&doc, "property=\"og:image:alt\"", &escape(&card.alt))
}

/// `doc` with its `<title>` and its title and description meta tags (the
/// page's own, Open Graph's and Twitter's) set to `title` and
/// `description`, both escaped already.
fn titled(doc: &str, title: &str, description: &str) -> Result<String, String> {
    let mut doc = replace_between(doc, "<title>", "</title>", title)?;
    for name in [
        "name=\"description\"",
        "property=\"og:description\"",
        "name=\"twitter:description\"",
    ] {
        doc = replace_content(&doc, name, description)?;
    }
    for name in ["property=\"og:title\"", "name=\"twitter:title\""] {
        doc = replace_content(&doc, name, title)?;
    }
    Ok(doc)
}

/// The general share image, which the pages other than the share pages name.
pub const SITE_IMAGE: &str = "og-image.png";

/// `doc` (the full document of the page `file`, `""` for the Dutch reading
/// page) with its preview image `image`, and, where the site configuration
/// gives the explainer's public address `url`, that image as an absolute
/// address, the page's `og:url` and its canonical link (replacing those of
/// an earlier run). Link previews need absolute addresses: several crawlers
/// do not resolve a relative image.
pub fn insert_share_meta(
    doc: &str,
    url: Option<&str>,
    file: &str,
    image: &str,
) -> Result<String, String> {
    let ours = |line: &str| {
        let line = line.trim_start();
        line.starts_with("<meta property=\"og:url\"") || line.starts_with("<link rel=\"canonical\"")
    };
    let mut doc: String = doc
        .lines()
        .filter(|l| !ours(l))
        .collect::<Vec<_>>()
        .join("\n");
    doc.push('\n');
    let image = match url {
        Some(base) => format!("{base}{image}"),
        None => image.to_string(),
    };
    for name in ["property=\"og:image\"", "name=\"twitter:image\""] {
        doc = replace_content(&doc, name, &escape(&image))?;
    }
    let Some(base) = url else { return Ok(doc) };
    let at = doc
        .find("<meta property=\"og:type\"")
        .ok_or("no og:type in the page")?;
    let at = at + doc[at..].find('\n').ok_or("no line after og:type")? + 1;
    let page = escape(&format!("{base}{file}"));
    doc.insert_str(
        at,
        &format!("  <meta property=\"og:url\" content=\"{page}\">\n  <link rel=\"canonical\" href=\"{page}\">\n"),
    );
    Ok(doc)
}

fn replace_between(page: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = page.find(open).ok_or(format!("no {open} in the page"))? + open.len();
    let end = start
        + page[start..]
            .find(close)
            .ok_or(format!("no {close} in the page"))?;
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// `page` with the `content` of the `<meta>` that has `attr`, if there is one.
fn replace_content(page: &str, attr: &str, with: &str) -> Result<String, String> {
    let open = format!("<meta {attr} content=\"");
    let Some(at) = page.find(&open) else {
        return Ok(page.to_string());
    };
    let start = at + open.len();
    let end = start + page[start..].find('"').ok_or(format!("unclosed {open}"))?;
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// The site configuration of this build: `OPBOUWWERK_SITE` names its file,
/// else `site.toml` in the current folder if there is one. An error says
/// what to fix, and stops the build.
pub fn read_site() -> Result<Site, String> {
    let named = std::env::var("OPBOUWWERK_SITE").ok();
    let path = named.clone().unwrap_or_else(|| "site.toml".into());
    if !std::path::Path::new(&path).exists() {
        return match named {
            Some(_) => Err(format!(
                "OPBOUWWERK_SITE names {path}, which does not exist"
            )),
            None => Ok(Site::default()),
        };
    }
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    site::parse(&text).map_err(|why| {
        format!("site configuration {path} is invalid: {why} (see site.example.toml and docs/embedding.md)")
    })
}

/// `page` with the site configuration in `<meta>` elements at the end of its
/// `<head>` (see [`META`]), replacing any from an earlier run; without a
/// configuration, with none.
pub fn insert_site(page: &str, site: Option<&SiteConfig>) -> Result<String, String> {
    let ours = |line: &str| {
        META.iter().any(|m| {
            line.trim_start()
                .starts_with(&format!("<meta name=\"{m}\""))
        })
    };
    let mut page: String = page
        .lines()
        .filter(|l| !ours(l))
        .collect::<Vec<_>>()
        .join("\n");
    page.push('\n');
    let Some(cfg) = site else { return Ok(page) };
    let close = page.find("</head>").ok_or("no </head> in the page")?;
    // Each on a line of its own, so that a later run takes exactly these out.
    let line = page[..close].rfind('\n').map_or(0, |i| i + 1);
    let (at, mut metas) = if page[line..close].trim().is_empty() {
        (line, String::new())
    } else {
        (close, "\n".into())
    };
    for (name, value) in META.iter().zip(cfg.fields()) {
        metas.push_str(&format!(
            "<meta name=\"{name}\" content=\"{}\">\n",
            escape_attr(value)
        ));
    }
    page.insert_str(at, &metas);
    Ok(page)
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|e| e + 3)
        } else {
            after.find('>').map(|e| e + 1)
        };
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
    Ok(format!(
        "{}<body {MARKER}>{body}{}",
        &page[..open],
        &page[close..]
    ))
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
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `page` with `html` added at the end of its `<head>`.
pub fn insert_head(page: &str, html: &str) -> Result<String, String> {
    let close = page.find("</head>").ok_or("no </head> in the page")?;
    Ok(format!("{}{html}\n{}", &page[..close], &page[close..]))
}
