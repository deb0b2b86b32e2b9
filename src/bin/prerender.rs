//! Build step (Trunk post-build hook, see scripts/post-build.mjs): renders
//! every page of `opbouwwerk_uitgelegd::pages` natively, so that each way in
//! paints from HTML before, and without, any script:
//!
//! - the Dutch reading page into the built `index.html`, with the site
//!   configuration (`OPBOUWWERK_SITE` or `site.toml`, if any) in its head;
//! - the English reading page as `en.html` and every embed as
//!   `embed-<id>-<lang>[-notitle].html`, full documents made from it, which
//!   an address may name (the embed code does) and `web/route.js` swaps
//!   into `index.html` for an address that does not;
//! - every slide as a small page under `pages/`, which `web/route.js`
//!   swaps in for its address;
//! - a share page per section, diagram and scenario in each language
//!   (`share-<id>[_<preset>]-<lang>.html`, `src/share.rs`) with its card's
//!   metadata, and its image under `share/` (`src/share_card.rs`).
//!
//! With the site configuration's `url`, every full page's preview metadata
//! is absolute (og:image, og:url, a canonical link).
//!
//! Run again on a built page, it renders them anew: the tests give a copy
//! of `dist/` a site configuration that way, without a second build.
//!
//! Usage: prerender <path/to/index.html>
//!        prerender --list   (the files it writes, as JSON, for web/route.js)
//!        prerender --content <folder>   (the reading and embed app's
//!        content, a data file per language; their names as JSON)
//!        prerender --deploy <folder>   (the web servers' configuration,
//!        src/deploy.rs, into that folder: `deploy/` in the repository)
//!        prerender --routes   (sample queries and the page a server sends
//!        for each, as JSON, for tests/e2e/deploy-*.test.mjs)

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        // A list or map as JSON, for scripts/post-build.mjs.
        Ok(summary) if summary.starts_with(['[', '{']) => {
            println!("{summary}");
            std::process::ExitCode::SUCCESS
        }
        Ok(summary) => {
            println!("prerender: {summary}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<String, String> {
    use std::path::Path;

    use opbouwwerk_uitgelegd::content::content;
    use opbouwwerk_uitgelegd::pages::{self, INDEX};
    use opbouwwerk_uitgelegd::prerender::{
        insert_body, insert_head, insert_share_meta, insert_site, page_document, read_site,
        render_state, share_document, swap_page, update_note_template, SITE_IMAGE,
    };
    use opbouwwerk_uitgelegd::{share, share_card};

    let path = std::env::args()
        .nth(1)
        .ok_or("usage: prerender <index.html> | --list")?;
    if path == "--content" {
        // The reading and embed app's content, a data file per language
        // (content::reading), into the folder given.
        use opbouwwerk_uitgelegd::content::{decode, reading, Lang, CONTENT_BYTES};
        let dir = std::env::args()
            .nth(2)
            .ok_or("usage: prerender --content <folder>")?;
        let mut names = Vec::new();
        for lang in Lang::ALL {
            let whole =
                decode(CONTENT_BYTES).map_err(|e| format!("the content does not decode: {e}"))?;
            let (name, bytes) = reading::data_file(whole, lang);
            let file = Path::new(&dir).join(&name);
            std::fs::write(&file, bytes)
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            names.push(format!("\"{}\":\"{name}\"", lang.code()));
        }
        return Ok(format!("{{{}}}", names.join(",")));
    }
    if path == "--routes" {
        use opbouwwerk_uitgelegd::deploy::{expected_page, sample_queries};
        let rows: Vec<String> = sample_queries()
            .iter()
            .map(|q| format!("[{q:?},{:?}]", expected_page(q)))
            .collect();
        return Ok(format!("[{}]", rows.join(",")));
    }
    if path == "--deploy" {
        let dir = std::env::args()
            .nth(2)
            .ok_or("usage: prerender --deploy <folder>")?;
        let files = opbouwwerk_uitgelegd::deploy::files();
        for (name, text) in &files {
            let file = Path::new(&dir).join(name);
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&file, text)
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        }
        return Ok(format!("wrote {} files into {dir}", files.len()));
    }
    if path == "--list" {
        let files: Vec<String> = pages::all(content())
            .into_iter()
            .map(|p| format!("\"{}\"", p.file))
            .collect();
        return Ok(format!("[{}]", files.join(",")));
    }
    let dir = Path::new(&path).parent().unwrap_or(Path::new("."));
    // One configuration for the life of this process.
    let config = read_site()?;
    let url = config.url.as_deref();
    let site = config.cta.clone().map(|s| &*Box::leak(Box::new(s)));
    if url.is_none() {
        eprintln!(
            "prerender: the site configuration gives no `url` (the explainer's public address): \
             link previews get relative image addresses, which several crawlers do not follow, \
             and no page has og:url or a canonical link. Set `url` in site.toml (see site.example.toml)."
        );
    }
    let write = |file: &Path, text: &str| {
        std::fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
    };

    let built = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    // The head every full page shares: the site configuration (replacing
    // that of an earlier run) and, once, the note of a new version.
    let head = insert_site(&built, site)?;
    let head = if head.contains("<template id=\"update-note\">") {
        head
    } else {
        insert_head(&head, &update_note_template())?
    };
    let all = pages::all(content());
    let mut bytes = 0;
    std::fs::create_dir_all(dir.join(pages::DIR))
        .map_err(|e| format!("cannot create {}: {e}", pages::DIR))?;
    for page in &all {
        let body = render_state(site, page.url.clone(), page.fragment.clone());
        let text = match (page.file == INDEX, page.is_document()) {
            (true, _) => insert_share_meta(&insert_body(&head, &body)?, url, "", SITE_IMAGE)?,
            (false, true) => insert_share_meta(
                &insert_body(&page_document(&head, page)?, &body)?,
                url,
                &page.file,
                SITE_IMAGE,
            )?,
            (false, false) => swap_page(page.url.lang, &body),
        };
        bytes += text.len();
        write(&dir.join(&page.file), &text)?;
    }
    // A page and an image per share address (share::all); `make serve`
    // (scripts/serve.sh), rebuilding on every save, draws no images: no
    // link preview asks it for one.
    let shared = share::all();
    let draw = std::env::var("OPBOUWWERK_SERVE").as_deref() != Ok("1");
    let (mut image_bytes, images) = (0, dir.join(share::IMAGE_DIR));
    std::fs::create_dir_all(&images)
        .map_err(|e| format!("cannot create {}: {e}", images.display()))?;
    for page in &shared {
        let card = share_card::card(page);
        let doc = share_document(&head, page, &card)?;
        let doc = insert_share_meta(&doc, url, &page.file, &page.image)?;
        let body = render_state(site, page.url.clone(), page.fragment());
        let text = insert_body(&doc, &body)?;
        bytes += text.len();
        write(&dir.join(&page.file), &text)?;
        if draw {
            let png = share_card::image_png(page)?;
            image_bytes += png.len();
            std::fs::write(dir.join(&page.image), &png)
                .map_err(|e| format!("cannot write {}: {e}", page.image))?;
        }
    }
    Ok(format!(
        "wrote {} pages ({bytes} bytes) and {} share images ({image_bytes} bytes) beside {path}",
        all.len() + shared.len(),
        if draw { shared.len() } else { 0 }
    ))
}

// The wasm build (and `cargo test --target wasm32-unknown-unknown`) compiles
// every binary; this one only means something natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
