//! The embed code a host pastes into its page (the frame and the script
//! that sizes it), and the name a frame carries: pure, so that the content
//! checks and the prerender step use them as the embed dialog does
//! (`app::embed_dialog`).

use crate::content::{Content, Lang, Locale};
use crate::ids;
use crate::pages;
use crate::url_state::{Fragment, Mode, UrlState};

/// Initial frame height for hosts that leave out the script.
pub const FALLBACK_HEIGHT: u32 = 800;

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The name of what is embedded, in `loc`'s language: the explainer's name,
/// plus the section's or diagram's name.
pub fn frame_title(loc: &Locale, what: Option<&str>) -> String {
    let app = loc.ui("app_name");
    let part = what.and_then(|id| {
        loc.section(id)
            .map(|s| s.title.as_str())
            .or_else(|| ids::diagram(id).map(|d| loc.ui(d.name)))
    });
    match part {
        Some(part) => format!("{app}: {part}"),
        None => app.to_string(),
    }
}

/// The address of an embed: its page's file in `folder` (the deployment's
/// folder), which any static host serves as it is (`pages::address`), with
/// the query of the URL contract, which the page and the app read.
pub fn embed_src(folder: &str, what: Option<&str>, lang: Lang, show_title: bool) -> String {
    let url = UrlState {
        lang,
        mode: Mode::Embed {
            target: what.map(str::to_string),
            title: show_title,
        },
        ..UrlState::default()
    };
    pages::address(folder, &url, &Fragment::default())
}

/// The code a host pastes into its page: the frame and the sizing script.
/// `folder` is the deployment's folder (absolute), which holds the embed's
/// page and `embed.js`; the frame's title is in `lang`, from `content`.
pub fn snippet(
    content: &Content,
    folder: &str,
    what: Option<&str>,
    lang: Lang,
    show_title: bool,
) -> String {
    let src = embed_src(folder, what, lang, show_title);
    let title = frame_title(content.locale(lang), what);
    format!(
        "<iframe data-opbouwwerk-embed src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{FALLBACK_HEIGHT}\" style=\"border:0;width:100%\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape_attr(&src),
        escape_attr(&title),
        escape_attr(folder),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;
    use crate::url_state::is_embeddable;

    fn all() -> &'static Content {
        content()
    }

    #[test]
    fn the_snippet_is_absolute_escaped_and_follows_the_url_contract() {
        let s = snippet(
            all(),
            "https://example.org/uitleg/",
            Some("de-nieuwe-spagaat"),
            Lang::En,
            false,
        );
        // The embed's own page, which a static host serves as it is, with the contract's query.
        assert!(
            s.starts_with("<iframe data-opbouwwerk-embed src=\"https://example.org/uitleg/embed-de-nieuwe-spagaat-en-notitle.html?lang=en&amp;embed=de-nieuwe-spagaat&amp;title=0\""),
            "{s}"
        );
        assert!(
            s.contains(" loading=\"lazy\"")
                && s.contains(" width=\"100%\"")
                && s.contains(" title=\"Opbouwwerk explained: ")
        );
        assert!(
            s.ends_with("<script src=\"https://example.org/uitleg/embed.js\" async></script>"),
            "{s}"
        );
        let whole = snippet(all(), "https://x.nl/", None, Lang::Nl, true);
        assert!(
            whole.contains("src=\"https://x.nl/embed-1-nl.html?embed=1\""),
            "{whole}"
        );
        assert!(whole.contains("title=\"Opbouwwerk uitgelegd\""), "{whole}");
        assert_eq!(escape_attr("a\"<b>&"), "a&quot;&lt;b&gt;&amp;");
    }

    #[test]
    fn every_choice_is_embeddable_and_named_in_both_languages() {
        for d in ids::DIAGRAMS {
            assert!(is_embeddable(d.id), "{}", d.id);
            for lang in Lang::ALL {
                assert!(
                    all().locale(lang).ui.contains_key(d.name),
                    "{} missing in {}",
                    d.name,
                    lang.code()
                );
            }
        }
        for s in &all().nl.sections {
            assert!(is_embeddable(&s.id), "{}", s.id);
        }
    }

    #[test]
    fn embed_strings_have_identical_keys_in_both_languages() {
        let keys = |l: &Locale| {
            l.ui.keys()
                .filter(|k| k.starts_with("embed_"))
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&all().nl), keys(&all().en));
        assert!(keys(&all().nl).len() >= 20);
    }
}
