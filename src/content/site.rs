//! The optional site configuration of an organisation that hosts the
//! explainer: a call to action shown at the end. The prerender step reads
//! the file (`site.toml`, or the path in `OPBOUWWERK_SITE`), stops the build
//! on a bad one and writes it into the page's `<head>` ([`META`]); the app
//! reads it from there into its state ([`crate::state::AppState::site`]).
//! No file means no call to action.
//!
//! The file may also give the explainer's public address (`url`), which only
//! the build uses: with it every page gets absolute `og:image`, `og:url` and
//! a canonical link, which link previews need ([`check_url`]).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct SiteConfig {
    pub organisation: String,
    pub cta_text: String,
    pub cta_url: String,
    /// `#rrggbb`
    pub accent: String,
}

/// The `<meta name>` of each field in the built page, in the order of the
/// fields: `opbouwwerk:organisation`, …
pub const META: [&str; 4] = [
    "opbouwwerk:organisation",
    "opbouwwerk:cta_text",
    "opbouwwerk:cta_url",
    "opbouwwerk:accent",
];

impl SiteConfig {
    /// The fields in the order of [`META`].
    pub fn fields(&self) -> [&str; 4] {
        [
            &self.organisation,
            &self.cta_text,
            &self.cta_url,
            &self.accent,
        ]
    }

    /// A configuration from the fields in the order of [`META`], if it passes
    /// [`check`] (a page edited by hand gets no call to action, quietly).
    pub fn from_fields(fields: [String; 4]) -> Option<SiteConfig> {
        let [organisation, cta_text, cta_url, accent] = fields;
        let cfg = SiteConfig {
            organisation,
            cta_text,
            cta_url,
            accent,
        };
        check(&cfg).is_ok().then_some(cfg)
    }
}

/// The site configuration file as written (`site.example.toml`): the call
/// to action (its four fields, all or none) and the public address. An
/// unknown field stops the build, so a misspelt one is not quietly ignored.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    organisation: Option<String>,
    cta_text: Option<String>,
    cta_url: Option<String>,
    accent: Option<String>,
    url: Option<String>,
}

/// What a site configuration file says, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    /// The call to action, if the file has one.
    pub cta: Option<SiteConfig>,
    /// The explainer's public address, normalised to end in `/`.
    pub url: Option<String>,
}

/// Reads and checks a site configuration file's text; the error says what
/// to fix.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Site, String> {
    let file: SiteFile = toml::from_str(text).map_err(|e| {
        format!("{e}(the fields are organisation, cta_text, cta_url, accent and url)")
    })?;
    let cta = match (file.organisation, file.cta_text, file.cta_url, file.accent) {
        (None, None, None, None) => None,
        (Some(organisation), Some(cta_text), Some(cta_url), Some(accent)) => {
            let cfg = SiteConfig {
                organisation,
                cta_text,
                cta_url,
                accent,
            };
            check(&cfg)?;
            Some(cfg)
        }
        _ => {
            return Err(
                "a call to action needs all four of organisation, cta_text, cta_url and accent (or none of them)"
                    .into(),
            )
        }
    };
    let url = file.url.as_deref().map(check_url).transpose()?;
    Ok(Site { cta, url })
}

/// Checks the explainer's public address (`url`) and gives it ending in `/`:
/// the folder the release is served from, as an `https://` address without
/// query or fragment (`http://` only on this machine, `localhost` or
/// `127.0.0.1`, for testing a build). The error says what to fix.
pub fn check_url(url: &str) -> Result<String, String> {
    let bad = |why: &str| {
        Err(format!("`url` {why}: give the https address of the folder the explainer is served from, like \"https://example.org/opbouwwerk/\""))
    };
    if url.chars().count() > 300 {
        return bad("is longer than 300 characters");
    }
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if let Some(rest) = url.strip_prefix("http://") {
        let host = rest.split(['/', ':']).next().unwrap_or("");
        if host != "localhost" && host != "127.0.0.1" {
            return bad("must start with https://");
        }
        rest
    } else {
        return bad("must start with https://");
    };
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty()
        || host.starts_with([':', '.', '-'])
        || !host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
    {
        return bad("has no valid host name");
    }
    if rest.contains(|c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '"' | '\'' | '<' | '>' | '?' | '#' | '\\')
    }) {
        return bad("holds a query, a fragment, spaces or quotes");
    }
    if rest.ends_with(".html") {
        return bad("names a page, not the folder");
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

/// Checks a configuration; the error says what to fix.
pub fn check(cfg: &SiteConfig) -> Result<(), String> {
    let field = |name: &str, v: &str, max: usize| -> Result<(), String> {
        if v.trim().is_empty() {
            return Err(format!("`{name}` is empty"));
        }
        if v.chars().count() > max {
            return Err(format!("`{name}` is longer than {max} characters"));
        }
        if v.chars().any(|c| c.is_control() || c == '<' || c == '>') {
            return Err(format!("`{name}` holds control characters or markup"));
        }
        Ok(())
    };
    field("organisation", &cfg.organisation, 80)?;
    field("cta_text", &cfg.cta_text, 160)?;
    field("cta_url", &cfg.cta_url, 300)?;
    let rest = cfg
        .cta_url
        .strip_prefix("https://")
        .ok_or("`cta_url` must start with https://")?;
    if rest.is_empty()
        || rest.starts_with('/')
        || rest.contains(|c: char| c.is_whitespace() || c == '"' || c == '\'')
    {
        return Err("`cta_url` is not a valid https address".into());
    }
    let hex = cfg
        .accent
        .strip_prefix('#')
        .ok_or("`accent` must look like #1a6b54")?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err("`accent` must look like #1a6b54".into());
    }
    if !accent_is_readable(&cfg.accent) {
        return Err(format!(
            "`accent` {} is too light: white text on it and links in it on the page need a contrast of 4.5:1 (WCAG AA)",
            cfg.accent
        ));
    }
    Ok(())
}

/// Relative luminance (WCAG 2) of a `#rrggbb` colour.
fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// `x` to the power 2.4 for `x` in (0, 1], as `f64::powf` gives it (within
/// a few units in the last place): `x²` times the fifth root of `x²`, the
/// root by Newton's method from 1, which comes down to it from above. The
/// apps check a page's accent with it without carrying a general `powf`.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0_f64;
    for _ in 0..64 {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
}

/// WCAG contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// Whether a site accent keeps the light theme readable: white text on
/// the accent (the call-to-action button) and accent links on the page
/// background (`--bg`) both need 4.5:1 (WCAG AA). The dark theme keeps its
/// own accent. See docs/embedding.md.
pub fn accent_is_readable(accent: &str) -> bool {
    const LIGHT_BG: &str = "#fbfaf7";
    ["#ffffff", LIGHT_BG]
        .iter()
        .all(|bg| contrast(accent, bg).is_some_and(|c| c >= 4.5))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok() -> SiteConfig {
        SiteConfig {
            organisation: "Buurtwerk Oost".into(),
            cta_text: "Word vrijwilliger".into(),
            cta_url: "https://example.org/doe-mee".into(),
            accent: "#1a6b54".into(),
        }
    }

    #[test]
    fn the_power_of_the_srgb_curve_is_powf_s() {
        // Every channel value the curve is used for, and the ends.
        for x in (11..=255)
            .map(|c| (f64::from(c) / 255.0 + 0.055) / 1.055)
            .chain([0.09, 1.0])
        {
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!(
                (ours - std).abs() <= 4.0 * f64::EPSILON * std,
                "{x}: {ours} against {std}"
            );
        }
    }

    #[test]
    fn accepts_a_good_configuration() {
        assert_eq!(check(&ok()), Ok(()));
    }

    #[test]
    fn rejects_bad_configurations_with_a_reason() {
        type Spoil = fn(&mut SiteConfig);
        let cases: [(Spoil, &str); 7] = [
            (|c| c.cta_url = "http://example.org".into(), "https"),
            (|c| c.cta_url = "javascript:alert(1)".into(), "https"),
            (|c| c.accent = "red".into(), "accent"),
            (|c| c.accent = "#12345g".into(), "accent"),
            (|c| c.organisation = " ".into(), "organisation"),
            (|c| c.cta_text = "<script>".into(), "cta_text"),
            (|c| c.accent = "#ffcc00".into(), "contrast"),
        ];
        for (spoil, word) in cases {
            let mut c = ok();
            spoil(&mut c);
            let err = check(&c).unwrap_err();
            assert!(err.contains(word), "{err}");
        }
    }

    #[test]
    fn a_file_gives_a_call_to_action_an_address_or_both() {
        let example = include_str!("../../site.example.toml");
        let site = parse(example).unwrap();
        assert_eq!(
            site.cta.as_ref().map(|c| c.organisation.as_str()),
            Some("Buurtwerk Oost")
        );
        assert_eq!(site.url.as_deref(), Some("https://example.org/opbouwwerk/"));
        let only_url = parse("url = \"https://x.nl/uitleg\"").unwrap();
        assert_eq!(
            only_url,
            Site {
                cta: None,
                url: Some("https://x.nl/uitleg/".into())
            }
        );
        assert_eq!(parse("").unwrap(), Site::default());
        // Half a call to action, a misspelt field, a bad address: stopped.
        for (text, word) in [
            ("organisation = \"X\"", "all four"),
            ("adres = \"https://x.nl/\"", "url"),
            ("url = \"http://x.nl/\"", "https://"),
            ("url = 3", "url"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.contains(word), "{text}: {err}");
        }
    }

    #[test]
    fn the_public_address_is_an_https_folder() {
        for (good, normal) in [
            ("https://example.org/", "https://example.org/"),
            ("https://example.org", "https://example.org/"),
            (
                "https://example.org/opbouwwerk",
                "https://example.org/opbouwwerk/",
            ),
            (
                "https://sub.example.org:8443/a/b/",
                "https://sub.example.org:8443/a/b/",
            ),
            ("http://127.0.0.1:4173/", "http://127.0.0.1:4173/"),
            ("http://localhost/x/", "http://localhost/x/"),
        ] {
            assert_eq!(check_url(good).as_deref(), Ok(normal), "{good}");
        }
        for (bad, word) in [
            ("http://example.org/", "https://"),
            ("ftp://example.org/", "https://"),
            ("example.org/opbouwwerk/", "https://"),
            ("https://", "host"),
            ("https:///x/", "host"),
            ("https://exa mple.org/", "host"),
            ("https://example.org/?lang=en", "query"),
            ("https://example.org/#top", "fragment"),
            ("https://example.org/a\"b/", "quotes"),
            ("https://example.org/index.html", "folder"),
            ("javascript:alert(1)", "https://"),
        ] {
            let err = check_url(bad).unwrap_err();
            assert!(err.contains(word), "{bad}: {err}");
        }
        assert!(check_url(&format!("https://x.nl/{}/", "a".repeat(300))).is_err());
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast("#000000", "#ffffff").unwrap() - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#ffffff").unwrap() - 4.48).abs() < 0.01);
        assert_eq!(contrast("red", "#ffffff"), None);
    }

    #[test]
    fn only_readable_accents_are_used() {
        assert!(accent_is_readable("#14594a"));
        assert!(accent_is_readable("#1a6b54"));
        assert!(accent_is_readable("#b00020"));
        assert!(!accent_is_readable("#ffcc00"));
        assert!(!accent_is_readable("#7fd1b9"));
        assert!(!accent_is_readable("#zzzzzz"));
    }
}
