//! Opbouwwerk uitgelegd: an explainer of Paul Vlaar's essay "Opbouwwerkers,
//! kom uit de kast!" (2020).
//!
//! Layers, each importing only the ones below it:
//! 1. pure logic, no web-sys, tested natively: [`ids`] (the public ids),
//!    [`content`], [`decimal`] (numbers read and written), [`url_state`], [`sim`], [`deck`], [`qr`], the
//!    [`pages`] rendered at build time, the [`share`] addresses, the
//!    [`embed_code`], and (natively) the web servers' configuration, `deploy`;
//! 2. the app's shared [`state`] and the [`browser`] boundary;
//! 3. shared [`widgets`] (rich text, quotations, citations, terms, copy-link);
//! 4. [`diagrams`], the walkthrough's parts ([`article`]) and the slides
//!    ([`present`]);
//! 5. the pages ([`app`]).

#![recursion_limit = "256"]

pub mod app;
pub mod article;
pub mod browser;
pub mod content;
pub mod decimal;
pub mod deck;
#[cfg(not(target_arch = "wasm32"))]
pub mod deploy;
pub mod diagrams;
pub mod embed_code;
pub mod ids;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(feature = "classroom")]
pub mod present;
#[cfg(feature = "classroom")]
pub mod qr;
pub mod share;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_card;
pub mod sim;
pub mod state;
pub mod url_state;
pub mod widgets;
