//! "De nieuwe spagaat" as an illustrative stock-and-flow model: a thinking
//! aid, not data and not a forecast. Pure Rust, no web-sys.

pub mod model;
pub mod params;

pub use model::*;
pub use params::*;
