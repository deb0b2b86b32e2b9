//! The causal-loop diagram of "De nieuwe spagaat" (`#spagaat-kringloop`):
//! the factors the essay names, links with polarity and delay, the
//! reinforcing and balancing loops, and a button that runs an impulse
//! around the reinforcing loop.

use leptos::prelude::*;

use crate::diagrams::graph::Graph;

/// Its public id.
pub const ID: &str = "spagaat-kringloop";

#[component]
pub fn CausalLoopDiagram() -> impl IntoView {
    view! { <Graph diagram_id=ID play_loop=true/> }
}
