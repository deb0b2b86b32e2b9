//! The explainer's content: model, inline markup, validation and the one
//! loaded copy that every view reads.

pub mod model;
pub mod rich;
pub mod site;
pub mod validate;

use std::sync::OnceLock;

pub use model::*;

/// The content files as one JSON document, produced by `build.rs` from
/// `content/{shared,nl,en}/*.toml`.
pub const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// Parses content JSON. Used by [`content`] and by the tests.
pub fn parse(json: &str) -> Result<Content, serde_json::Error> {
    serde_json::from_str(json)
}

/// The explainer's content, parsed once on first use.
///
/// The build already checked that the JSON matches the model (`build.rs`
/// deserialises nothing, but the native tests do), so a failure here is a
/// build defect and not user input.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| parse(CONTENT_JSON).expect("content.json matches the content model"))
}

const SITE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/site.json"));

/// The build's site configuration (validated by `build.rs`), if any.
pub fn site_config() -> Option<site::SiteConfig> {
    serde_json::from_str::<Option<site::SiteConfig>>(SITE_JSON).ok().flatten()
}
