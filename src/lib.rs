//! Opbouwwerk uitgelegd: an explainer of Paul Vlaar's essay "Opbouwwerkers,
//! kom uit de kast!" (2020).
//!
//! Pure logic lives in [`content`], [`url_state`], [`sim`], [`deck`] and
//! [`qr`], which use no web-sys and are tested natively. Components live in
//! [`app`] and [`diagrams`]; everything that touches the browser directly is
//! in [`browser`].

#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod content;
pub mod diagrams;
pub mod deck;
pub mod present;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod qr;
pub mod sim;
pub mod state;
pub mod url_state;
