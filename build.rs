//! Reads the content files (`content/{shared,nl,en}/*.toml`, each folder
//! merged into one table) into the content model and stores it compactly
//! (postcard) for the app, and validates the optional site configuration.
//! Quotations are checked here too (one id and one translation per passage). A malformed file or a
//! bad configuration stops the build with a message that says what to fix (see docs/embedding.md);
//! deeper checks (references, verbatim quotations) run in `cargo test`.

use std::{env, fs, path::Path, process};

#[path = "src/content/site.rs"]
#[allow(dead_code)]
mod site;

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
    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(format!("cannot read {shown}: {e}")));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| fail(format!("{shown} is not valid TOML: {e}")));
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
    let content: model::Content = serde_json::from_value(content)
        .unwrap_or_else(|e| fail(format!("the content files do not fit the content model (src/content/model.rs): {e}")));
    // One passage, one quotation id, one translation: a second copy of a
    // quotation (and so a second translation of it) never reaches the app.
    let quote_problems = quote_check::problems(&content);
    if !quote_problems.is_empty() {
        fail(format!("the quotations in content/shared/quotes.toml and content/en/quotes.toml:\n  {}", quote_problems.join("\n  ")));
    }
    let bytes = postcard::to_allocvec(&content).expect("content encodes");
    fs::write(Path::new(&out).join("content.bin"), bytes).expect("write content.bin");

    println!("cargo:rerun-if-env-changed=OPBOUWWERK_SITE");
    println!("cargo:rerun-if-changed=site.toml");
    let site_path = env::var("OPBOUWWERK_SITE").unwrap_or_else(|_| "site.toml".into());
    let site = if Path::new(&site_path).exists() {
        println!("cargo:rerun-if-changed={site_path}");
        let text = fs::read_to_string(&site_path).unwrap_or_else(|e| fail(format!("cannot read {site_path}: {e}")));
        let cfg: site::SiteConfig = toml::from_str(&text).unwrap_or_else(|e| {
            fail(format!(
                "site configuration {site_path} is invalid: {e}\n(expected organisation, cta_text, cta_url and accent; see README)"
            ))
        });
        if let Err(why) = site::check(&cfg) {
            fail(format!("site configuration {site_path} is invalid: {why} (see docs/embedding.md)"));
        }
        Some(cfg)
    } else if env::var("OPBOUWWERK_SITE").is_ok() {
        fail(format!("OPBOUWWERK_SITE names {site_path}, which does not exist"))
    } else {
        None
    };
    let bytes = postcard::to_allocvec(&site).expect("site configuration encodes");
    fs::write(Path::new(&out).join("site.bin"), bytes).expect("write site.bin");
}
