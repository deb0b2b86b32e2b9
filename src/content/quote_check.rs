//! One passage, one quotation, one translation. The text and the diagrams
//! quote the essay from one table, so a passage has exactly one id and one
//! English translation; `build.rs` stops the build when that breaks, and the
//! native tests run the same checks. Depends on the content model alone
//! (this file is also compiled into `build.rs`).

use super::model::Content;

/// An editorial mark of ours after an error in the essay's own text; it is
/// shown to the reader but is not part of the quotation.
pub const SIC: &str = " [sic]";

/// Our mark of an omission where a quotation starts or ends inside one of
/// the essay's sentences; shown to the reader, not part of the quotation.
/// Square brackets, like `[sic]`, so it is not taken for the essay's own
/// "(…)".
pub const ELISION: &str = "[…]";

/// The quotation as it stands in the essay: the text without our `[sic]`
/// and without our `[…]` at its start or end.
pub fn verbatim(text: &str) -> String {
    let text = text.replace(SIC, "");
    let text = text.strip_prefix(ELISION).unwrap_or(&text).trim_start();
    let text = text.strip_suffix(ELISION).unwrap_or(text).trim_end();
    text.to_string()
}

/// The passage a quotation covers, for comparing two quotations: verbatim,
/// without the spaces and closing punctuation around it.
fn passage(text: &str) -> String {
    verbatim(text)
        .trim()
        .trim_end_matches(['.', ':', ',', ';'])
        .to_string()
}

/// Everything that breaks "one passage, one quotation, one translation";
/// empty when all is well.
pub fn problems(c: &Content) -> Vec<String> {
    let mut p = Vec::new();
    let quotes = &c.shared.quotes;
    for (i, a) in quotes.iter().enumerate() {
        for b in &quotes[i + 1..] {
            let (pa, pb) = (passage(&a.text), passage(&b.text));
            if pa.is_empty() || pb.is_empty() {
                continue;
            }
            if pa == pb {
                p.push(format!(
                    "quotes {} and {} quote the same passage: keep one id",
                    a.id, b.id
                ));
            } else if pa.contains(&pb) || pb.contains(&pa) {
                p.push(format!(
                    "quotes {} and {}: one quotes a part of the other: keep one id",
                    a.id, b.id
                ));
            }
        }
        match c.en.quote_translations.get(&a.id) {
            None => p.push(format!("quote {}: no English translation", a.id)),
            Some(t) if t.trim().is_empty() => {
                p.push(format!("quote {}: empty English translation", a.id))
            }
            Some(_) => {}
        }
    }
    for id in c.en.quote_translations.keys() {
        if !quotes.iter().any(|q| &q.id == id) {
            p.push(format!("translation of unknown quote {id}"));
        }
    }
    for id in c.nl.quote_translations.keys() {
        p.push(format!("nl: translation of quote {id}: quotations are Dutch, translations live in content/en only"));
    }
    p
}
