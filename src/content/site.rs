//! The optional site configuration of an organisation that hosts the
//! explainer: a call to action shown at the end. The prerender step reads
//! the file (`site.toml`, or the path in `OPBOUWWERK_SITE`), stops the build
//! on a bad one and writes it into the page's `<head>` ([`META`]); the app
//! reads it from there into its state ([`crate::state::AppState::site`]).
//! No file means no call to action.

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
