//! Reads the content files (`content/{shared,nl,en}/*.toml`, each folder
//! merged into one table) into the content model and stores it compactly
//! (postcard) for the app. A malformed file stops the build with a message that says what to fix;
//! deeper checks (references, verbatim quotations) run in `cargo test`. (The optional site
//! configuration is read by the prerender step, not compiled in: see src/prerender.rs.)
//! Quotations are checked here too: one id and one translation per passage.

use std::{env, fs, path::Path, process};

#[path = "src/content/kinds.rs"]
#[allow(dead_code)]
mod kinds;

#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;

#[path = "src/content/quote_check.rs"]
#[allow(dead_code)]
mod quote_check;

fn fail(msg: String) -> ! {
    eprintln!("\nerror: {msg}\n");
    process::exit(1)
}

fn read_toml(path: &Path) -> serde_json::Value {
    let shown = path.display();
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| fail(format!("cannot read {shown}: {e}")));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| fail(format!("{shown} is not valid TOML: {e}")));
    serde_json::to_value(value).unwrap_or_else(|e| fail(format!("{shown}: {e}")))
}

/// Merges `b` into `a`: tables merge key by key, lists are concatenated, and
/// the same plain value set in two files is an error.
fn merge(a: &mut serde_json::Value, b: serde_json::Value, at: &str) {
    use serde_json::Value::*;
    match (a, b) {
        (Object(a), Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(existing) => merge(existing, v, &format!("{at}.{k}")),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (Array(a), Array(b)) => a.extend(b),
        _ => fail(format!("content key {at} is set in more than one file")),
    }
}

/// All `*.toml` files of one content folder, merged in file-name order.
fn read_folder(dir: &str) -> serde_json::Value {
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| fail(format!("cannot read {dir}: {e}")))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut all = serde_json::json!({});
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        merge(&mut all, read_toml(&f), dir);
    }
    all
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let content = serde_json::json!({
        "shared": read_folder("content/shared"),
        "nl": read_folder("content/nl"),
        "en": read_folder("content/en"),
    });
    let content: model::Content = serde_json::from_value(content).unwrap_or_else(|e| {
        fail(format!(
            "the content files do not fit the content model (src/content/model.rs): {e}"
        ))
    });
    // One passage, one quotation id, one translation: a second copy of a
    // quotation (and so a second translation of it) never reaches the app.
    let quote_problems = quote_check::problems(&content);
    if !quote_problems.is_empty() {
        fail(format!(
            "the quotations in content/shared/quotes.toml and content/en/quotes.toml:\n  {}",
            quote_problems.join("\n  ")
        ));
    }
    // The reading and embed app's wasm (built without the `classroom`
    // feature) has no content compiled in: it is given one language's
    // data at its start (src/content/reading.rs). Cargo sets the feature
    // for the classroom app, the prerender step and the tests.
    let reading_wasm = env::var_os("CARGO_FEATURE_CLASSROOM").is_none()
        && env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let bytes = if reading_wasm {
        Vec::new()
    } else {
        postcard::to_allocvec(&content).expect("content encodes")
    };
    fs::write(Path::new(&out).join("content.bin"), bytes).expect("write content.bin");
}
