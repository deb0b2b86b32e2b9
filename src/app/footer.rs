//! The footer: what this explainer is, and the hosting organisation's call
//! to action when the build has a site configuration.

use leptos::prelude::*;

use crate::content::site_config;
use crate::state::use_app;

/// The call to action of the site configuration, if any.
#[component]
pub fn CallToAction() -> impl IntoView {
    site_config().map(|cfg| {
        view! {
            <aside class="cta" aria-label=cfg.organisation.clone()>
                <p class="cta-org">{cfg.organisation.clone()}</p>
                <a class="cta-link" href=cfg.cta_url.clone() rel="noopener">{cfg.cta_text.clone()}</a>
            </aside>
        }
    })
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let state = use_app();
    view! {
        <footer class="site-footer">
            <CallToAction/>
            <p>{move || state.t("footer_about")}</p>
        </footer>
    }
}

/// Relative luminance (WCAG 2) of a `#rrggbb` colour.
fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
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
    ["#ffffff", LIGHT_BG].iter().all(|bg| contrast(accent, bg).is_some_and(|c| c >= 4.5))
}

#[cfg(test)]
mod tests {
    use super::*;

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
