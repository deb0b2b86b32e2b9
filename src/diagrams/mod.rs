//! The explorable diagrams, all SVG drawn from the content data: one generic
//! node-link diagram ([`graph`]) serves the causal-loop diagram, the argument
//! map and the source map; the timeline has its own axis; the spagaat
//! simulator lives in [`simulator`]. Selection lives in the URL (see
//! [`crate::url_state::SELECTION_KEYS`]).

pub mod argument_map;
pub mod causal_loop;
pub mod detail;
pub mod geometry;
pub mod graph;
pub mod legend;
pub mod selection;
pub mod simulator;
pub mod source_map;
pub mod timeline;

pub use argument_map::ArgumentMap;
pub use causal_loop::CausalLoopDiagram;
pub use source_map::SourceMap;
pub use timeline::Timeline;
