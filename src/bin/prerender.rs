//! Build step (Trunk post-build hook, see scripts/post-build.mjs): renders
//! the reading page natively and writes it into the built `index.html`, so
//! the whole article is in the HTML before any script runs, with the site
//! configuration (`OPBOUWWERK_SITE` or `site.toml`, if any) in its head.
//! Run again on a built page, it renders it anew: the tests give a copy of
//! `dist/` a site configuration that way, without a second build.
//!
//! Usage: prerender <path/to/index.html>

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use opbouwwerk_uitgelegd::prerender::{insert_body, insert_head, insert_site, read_site, render_body_with, update_note_template};
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return std::process::ExitCode::FAILURE;
    };
    // One configuration for the life of this process.
    let site = match read_site() {
        Ok(site) => site.map(|s| &*Box::leak(Box::new(s))),
        Err(e) => {
            eprintln!("prerender: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|page| insert_body(&page, &render_body_with(site)))
        .and_then(|page| insert_site(&page, site))
        .and_then(|page| insert_head(&page, &update_note_template()))
        .and_then(|page| std::fs::write(&path, &page).map(|_| page.len()).map_err(|e| format!("cannot write {path}: {e}")));
    match result {
        Ok(bytes) => {
            println!("prerender: wrote the reading page into {path} ({bytes} bytes)");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

// The wasm build (and `cargo test --target wasm32-unknown-unknown`) compiles
// every binary; this one only means something natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
