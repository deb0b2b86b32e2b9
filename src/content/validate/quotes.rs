//! Quotations: verbatim from the essay, at most two sentences, translated,
//! and every reference to one resolves.

use super::{check_unique, sentence_count};
use crate::content::model::*;

pub(super) fn check_quotes(c: &Content, seed: Option<&str>, p: &mut Vec<String>) {
    check_unique("quote", c.shared.quotes.iter().map(|q| q.id.as_str()), p);
    for q in &c.shared.quotes {
        if q.text.trim() != q.text || q.text.is_empty() {
            p.push(format!("quote {}: empty or padded with spaces", q.id));
        }
        let n = sentence_count(&q.text);
        if n > 2 {
            p.push(format!("quote {}: {n} sentences, at most 2 allowed", q.id));
        }
        if let Some(seed) = seed {
            if !seed.contains(&crate::content::quote_check::verbatim(&q.text)) {
                p.push(format!(
                    "quote {}: not verbatim in the essay: {:?}",
                    q.id, q.text
                ));
            }
        }
    }
    p.extend(crate::content::quote_check::problems(c));
}

pub(super) fn check_quote_refs(c: &Content, whr: &str, ids: &[String], p: &mut Vec<String>) {
    for id in ids {
        if c.quote(id).is_none() {
            p.push(format!("{whr}: unknown quote {id}"));
        }
    }
}
