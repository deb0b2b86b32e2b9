//! "De nieuwe spagaat" as an illustrative stock-and-flow model: a thinking
//! aid, not data and not a forecast. Pure Rust, no web-sys.

pub mod equations;
pub mod links;
pub mod model;
pub mod origin;
pub mod params;
pub mod sensitivity;

pub use equations::*;
pub use links::*;
pub use model::*;
pub use origin::*;
pub use params::*;
pub use sensitivity::*;
