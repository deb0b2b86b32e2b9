//! The explainer's content: model, inline markup, validation and the one
//! loaded copy that every view reads.

pub mod kinds;
pub mod model;
pub mod quote_check;
pub mod rich;
pub mod site;
pub mod validate;

use std::sync::OnceLock;

pub use model::*;

/// The content, as `build.rs` stored it (postcard) from `content/*/*.toml`.
pub const CONTENT_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// Decodes stored content. Used by [`content`] and by the tests.
pub fn decode(bytes: &[u8]) -> Result<Content, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// The explainer's content, decoded once on first use.
///
/// `build.rs` wrote these bytes from the same types, so a failure here is a
/// build defect and not user input.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| decode(CONTENT_BYTES).expect("content.bin matches the content model"))
}
