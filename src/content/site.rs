//! The optional site configuration of an organisation that hosts the
//! explainer: a call to action shown at the end. `build.rs` validates the
//! file (`site.toml`, or the path in `OPBOUWWERK_SITE`) and stops the build on
//! a bad one; no file means no call to action. This file is also compiled
//! into `build.rs`, so it depends on serde alone.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct SiteConfig {
    pub organisation: String,
    pub cta_text: String,
    pub cta_url: String,
    /// `#rrggbb`
    pub accent: String,
}

/// Checks a configuration; the error says what to fix. Shared with `build.rs`.
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
    if rest.is_empty() || rest.starts_with('/') || rest.contains(|c: char| c.is_whitespace() || c == '"' || c == '\'') {
        return Err("`cta_url` is not a valid https address".into());
    }
    let hex = cfg.accent.strip_prefix('#').ok_or("`accent` must look like #1a6b54")?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err("`accent` must look like #1a6b54".into());
    }
    Ok(())
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
    fn accepts_a_good_configuration() {
        assert_eq!(check(&ok()), Ok(()));
    }

    #[test]
    fn rejects_bad_configurations_with_a_reason() {
        let cases: Vec<(fn(&mut SiteConfig), &str)> = vec![
            (|c| c.cta_url = "http://example.org".into(), "https"),
            (|c| c.cta_url = "javascript:alert(1)".into(), "https"),
            (|c| c.accent = "red".into(), "accent"),
            (|c| c.accent = "#12345g".into(), "accent"),
            (|c| c.organisation = " ".into(), "organisation"),
            (|c| c.cta_text = "<script>".into(), "cta_text"),
        ];
        for (spoil, word) in cases {
            let mut c = ok();
            spoil(&mut c);
            let err = check(&c).unwrap_err();
            assert!(err.contains(word), "{err}");
        }
    }
}
