//! Quotations: verbatim from the essay, at most two sentences, translated,
//! marked `[…]` where they start or end inside one of the essay's sentences,
//! and every reference to one resolves.

use super::{check_unique, sentence_count};
use crate::content::model::*;
use crate::content::quote_check::{verbatim, ELISION};

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
            let text = verbatim(&q.text);
            match seed.find(&text) {
                None => p.push(format!(
                    "quote {}: not verbatim in the essay: {:?}",
                    q.id, q.text
                )),
                Some(at) => {
                    let (starts, ends) = cut_sentence(seed, at, &text);
                    if starts && !q.text.starts_with(ELISION) {
                        p.push(format!(
                            "quote {}: starts inside a sentence of the essay: begin it with {ELISION}",
                            q.id
                        ));
                    }
                    if ends && !q.text.ends_with(ELISION) {
                        p.push(format!(
                            "quote {}: ends inside a sentence of the essay: end it with {ELISION}",
                            q.id
                        ));
                    }
                }
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

/// Whether the passage `text`, found at byte `at` of `seed`, starts and
/// whether it ends inside one of the essay's sentences. A sentence starts
/// after `.`, `!`, `?`, `:` or `)` (the essay's own "(…)"), after a line
/// break, after a number ("Ad 1") or at the start, quotation marks aside; it ends at one of
/// `.!?:`, at a closing quotation mark or at a line break (a heading, or
/// the point where the text we have breaks off).
fn cut_sentence(seed: &str, at: usize, text: &str) -> (bool, bool) {
    let quote_mark = |ch: char| matches!(ch, '"' | '“' | '”' | '‘' | '’' | '\'');
    let mut before = seed[..at]
        .chars()
        .rev()
        .skip_while(|ch| *ch == ' ' || quote_mark(*ch));
    let starts_inside = !matches!(
        before.next(),
        None | Some('.' | '!' | '?' | ':' | ')' | '\n' | '0'..='9')
    );
    let last = text.trim_end().chars().last();
    let mut after = seed[at + text.len()..].chars().skip_while(|ch| *ch == ' ');
    let ends_inside = !matches!(last, Some('.' | '!' | '?' | ':'))
        && !matches!(
            after.next(),
            None | Some('.' | '!' | '?' | ':' | '\n') | Some('"' | '”' | '’')
        );
    (starts_inside, ends_inside)
}

#[cfg(test)]
mod tests {
    use super::cut_sentence;

    fn cut(seed: &str, text: &str) -> (bool, bool) {
        cut_sentence(seed, seed.find(text).unwrap(), text)
    }

    #[test]
    fn finds_a_quotation_cut_inside_a_sentence() {
        let seed = "Een zin. Tot nu toe stranden oproepen, waar niets is.\n(…) ”door te kijken, wek je krachten op.”(….)\nGelukkig kent Nederland een rijke\n";
        assert_eq!(cut(seed, "Een zin."), (false, false));
        assert_eq!(cut(seed, "Tot nu toe stranden oproepen"), (false, true));
        assert_eq!(cut(seed, "waar niets is."), (true, false));
        assert_eq!(cut(seed, "door te kijken"), (false, true));
        assert_eq!(cut(seed, "wek je krachten op"), (true, false));
        assert_eq!(
            cut(seed, "Gelukkig kent Nederland een rijke"),
            (false, false)
        );
    }
}
