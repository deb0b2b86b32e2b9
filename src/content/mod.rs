//! The explainer's content: model, inline markup, validation and the one
//! loaded copy that every view reads.

pub mod kinds;
pub mod model;
pub mod quote_check;
pub mod reading;
pub mod rich;
pub mod site;
pub mod validate;

use std::sync::OnceLock;

pub use model::*;

/// The content, as `build.rs` stored it (postcard) from `content/*/*.toml`.
/// Empty in the reading and embed app's wasm, which is given one language's
/// data at its start instead ([`install`], [`reading`]).
pub const CONTENT_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

static CONTENT: OnceLock<Content> = OnceLock::new();

/// Decodes stored content. Used by [`content`] and by the tests.
pub fn decode(bytes: &[u8]) -> Result<Content, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// Makes `bytes` (a data file of [`reading`]) the content every view reads,
/// before any has read it: the reading and embed app's start. Bytes that do
/// not decode are refused, and nothing is installed.
pub fn install(bytes: &[u8]) -> Result<(), postcard::Error> {
    let content = decode(bytes)?;
    let _ = CONTENT.set(content);
    Ok(())
}

/// The explainer's content, decoded once on first use (or [`install`]ed).
///
/// `build.rs` wrote these bytes from the same types, so a failure here is a
/// build defect and not user input.
pub fn content() -> &'static Content {
    CONTENT.get_or_init(|| decode(CONTENT_BYTES).expect("content.bin matches the content model"))
}
