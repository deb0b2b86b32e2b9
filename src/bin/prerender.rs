//! Build step (Trunk post-build hook, see scripts/post-build.mjs): renders
//! the reading page natively and writes it into the built `index.html`, so
//! the whole article is in the HTML before any script runs.
//!
//! Usage: prerender <path/to/index.html>

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use opbouwwerk_uitgelegd::prerender::{insert_body, insert_head, render_body, update_note_template};
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return std::process::ExitCode::FAILURE;
    };
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|page| insert_body(&page, &render_body()))
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
