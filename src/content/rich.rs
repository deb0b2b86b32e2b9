//! A tiny inline markup for content prose, parsed into [`Inline`] pieces.
//!
//! Content files write links in a Markdown-like form so editors need not touch
//! Rust:
//!
//! - `[Wmo](term:wmo)`: a glossary term (a button that opens a card);
//! - `[van der Lans](cite:van-der-lans-2020)`: a citation; an empty label,
//!   `[](cite:id)`, shows the source's short form;
//! - `[de spagaat](#de-nieuwe-spagaat)`: a link to a section or diagram;
//! - `[](q:quote-id)`: an inline quotation.
//!
//! Anything else, including a bracket that does not form a link, is text.

/// One piece of parsed rich text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Term { id: &'a str, label: &'a str },
    Cite { id: &'a str, label: &'a str },
    Link { target: &'a str, label: &'a str },
    Quote { id: &'a str },
}

/// Parses rich text into inline pieces. Never fails: malformed markup is text.
pub fn parse(src: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while let Some(off) = src[i..].find('[') {
        let open = i + off;
        match parse_link(&src[open..]) {
            Some((inline, len)) => {
                if open > text_start {
                    out.push(Inline::Text(&src[text_start..open]));
                }
                out.push(inline);
                i = open + len;
                text_start = i;
            }
            None => i = open + 1,
        }
    }
    if text_start < src.len() {
        out.push(Inline::Text(&src[text_start..]));
    }
    out
}

/// Parses `[label](target)` at the start of `s`; returns the piece and its length.
fn parse_link(s: &str) -> Option<(Inline<'_>, usize)> {
    let close = s.find(']')?;
    let label = &s[1..close];
    if label.contains('[') {
        return None;
    }
    let rest = s[close + 1..].strip_prefix('(')?;
    let end = rest.find(')')?;
    let target = &rest[..end];
    if target.is_empty() || target.contains(char::is_whitespace) {
        return None;
    }
    let len = close + 2 + end + 1;
    let inline = if let Some(id) = target.strip_prefix("term:") {
        Inline::Term { id, label }
    } else if let Some(id) = target.strip_prefix("cite:") {
        Inline::Cite { id, label }
    } else if let Some(id) = target.strip_prefix("q:") {
        Inline::Quote { id }
    } else if target.starts_with('#') {
        Inline::Link { target, label }
    } else {
        return None;
    };
    Some((inline, len))
}

/// The plain text of rich text, as a reader would read it aloud: labels kept,
/// markup removed (used for slide notes, the handout and meta descriptions).
pub fn plain(src: &str) -> String {
    parse(src)
        .into_iter()
        .map(|p| match p {
            Inline::Text(t) => t,
            Inline::Term { label, .. }
            | Inline::Cite { label, .. }
            | Inline::Link { label, .. } => label,
            Inline::Quote { .. } => "",
        })
        .collect()
}

/// The text of a citation: its own label, or "(Short 2020)" from the
/// source's short label when it has none. `short` is `None` for an unknown
/// source (the content tests forbid it).
pub fn cite_label(label: &str, short: Option<&str>) -> String {
    match (label, short) {
        ("", Some(short)) => format!("({short})"),
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_link() {
        let p = parse(
            "De [Wmo](term:wmo) volgens [](cite:vlaar-2019), zie [hier](#bronnen) en [](q:q1).",
        );
        assert_eq!(
            p,
            vec![
                Inline::Text("De "),
                Inline::Term {
                    id: "wmo",
                    label: "Wmo"
                },
                Inline::Text(" volgens "),
                Inline::Cite {
                    id: "vlaar-2019",
                    label: ""
                },
                Inline::Text(", zie "),
                Inline::Link {
                    target: "#bronnen",
                    label: "hier"
                },
                Inline::Text(" en "),
                Inline::Quote { id: "q1" },
                Inline::Text("."),
            ]
        );
    }

    #[test]
    fn malformed_markup_stays_text() {
        for s in [
            "[open",
            "[a](b",
            "[a] (term:x)",
            "[a](http://x)",
            "[a](term:x y)",
            "[[a](term:b)",
            "]]((",
            "",
        ] {
            let joined: String = parse(s)
                .into_iter()
                .map(|p| match p {
                    Inline::Text(t) => t.to_string(),
                    other => format!("{other:?}"),
                })
                .collect();
            if s == "[[a](term:b)" {
                assert_eq!(
                    parse(s)[1],
                    Inline::Term {
                        id: "b",
                        label: "a"
                    }
                );
            } else {
                assert_eq!(joined, s, "{s:?} should stay text");
            }
        }
    }

    #[test]
    fn a_citation_without_a_label_shows_the_short_reference() {
        assert_eq!(cite_label("", Some("Vlaar 2020")), "(Vlaar 2020)");
        assert_eq!(cite_label("zoals Vlaar", Some("Vlaar 2020")), "zoals Vlaar");
        assert_eq!(cite_label("", None), "");
    }

    #[test]
    fn plain_keeps_labels() {
        assert_eq!(
            plain("De [Wmo](term:wmo) en [hen](cite:x)."),
            "De Wmo en hen."
        );
    }
}
