//! The content holds together: references resolve, both languages are
//! complete, quotations are verbatim from the essay, and every interface
//! string the code asks for exists.
#![cfg(not(target_arch = "wasm32"))]

use std::{env, fs, path::PathBuf};

use opbouwwerk_uitgelegd::content::{self, validate};

fn seed_path() -> PathBuf {
    env::var_os("OPBOUWWERK_SEED").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/opbouwwerkers-kom-uit-de-kast.txt")
    })
}

/// The essay's text, or `None` (loudly) when it is not there outside CI.
fn seed() -> Option<String> {
    let path = seed_path();
    match fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if env::var_os("CI").is_some() => panic!("seed text {} is missing in CI: {e}", path.display()),
        Err(e) => {
            eprintln!("\n!!! SKIPPED the verbatim check: cannot read {} ({e}); set OPBOUWWERK_SEED !!!\n", path.display());
            None
        }
    }
}

#[test]
fn content_parses_and_holds_together() {
    let c = content::decode(content::CONTENT_BYTES).expect("content matches the model");
    let seed = seed();
    let problems = validate::problems(&c, seed.as_deref());
    assert!(problems.is_empty(), "{} content problems:\n  {}", problems.len(), problems.join("\n  "));
}

#[test]
fn validation_catches_a_forged_quote_and_a_dangling_reference() {
    let mut c = content::decode(content::CONTENT_BYTES).unwrap();
    let seed = "Een echte zin uit het essay.";
    c.shared.quotes.push(content::Quote { id: "nep".into(), text: "Dit staat er niet.".into(), speaker: content::Speaker::Vlaar });
    c.nl.intro.paragraphs.push("Zie [de Wmo](term:bestaat-niet) en [](cite:nergens) en [hier](#nergens).".into());
    let problems = validate::problems(&c, Some(seed)).join("\n");
    assert!(problems.contains("quote nep: not verbatim"), "{problems}");
    assert!(problems.contains("quote nep: no English translation"), "{problems}");
    assert!(problems.contains("unknown glossary term bestaat-niet"), "{problems}");
    assert!(problems.contains("unknown source nergens"), "{problems}");
    assert!(problems.contains("link to unknown id #nergens"), "{problems}");
}

/// Every `t("key")` in the code names an interface string that exists.
#[test]
fn every_interface_string_used_in_code_exists() {
    let c = content::content();
    let mut missing = Vec::new();
    let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            for (i, _) in text.match_indices("t(\"") {
                // Only a call of `t` itself, not `get("`, `set("` and the like.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '_') {
                    continue;
                }
                let rest = &text[i + 3..];
                let key = &rest[..rest.find('"').unwrap()];
                if c.nl.ui.get(key).is_none() {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "interface strings missing from content/*/ui*.toml:\n  {}", missing.join("\n  "));
}
