//! The explorable diagrams, all SVG drawn from the content data: one generic
//! node-link diagram ([`graph`]) serves the causal-loop diagram, the argument
//! map and the source map; the timeline has its own axis; the spagaat
//! simulator lives in [`simulator`]. Selection lives in the URL (see
//! [`crate::ids::DIAGRAMS`]).

pub mod detail;
pub mod geometry;
pub mod graph;
pub mod selection;
pub mod simulator;
pub mod timeline;

pub use graph::Graph;
pub use timeline::Timeline;

use leptos::prelude::*;

use crate::ids::DiagramKind;

/// A diagram or interactive by its public id (see [`crate::ids::DIAGRAMS`]),
/// for sections, embeds and slides.
pub fn diagram_by_id(id: &str) -> Option<AnyView> {
    let d = crate::ids::diagram(id)?;
    Some(match d.kind {
        DiagramKind::Graph { play_loop } => {
            view! { <Graph diagram_id=d.id play_loop=play_loop/> }.into_any()
        }
        DiagramKind::Timeline => view! { <Timeline/> }.into_any(),
        DiagramKind::Simulator => view! { <simulator::SpagaatSimulator/> }.into_any(),
    })
}

/// The box a diagram's drawing scrolls in on a narrow screen. Without
/// scripts nothing inside can take focus: the canvas itself does then, so a
/// keyboard can still scroll it (`scripted`: see `AppState::scripted`).
#[component]
pub fn DiagramCanvas(scripted: bool, title_id: String, children: Children) -> impl IntoView {
    view! {
        <div
            class="diagram-canvas"
            tabindex=(!scripted).then_some("0")
            role=(!scripted).then_some("region")
            aria-labelledby=(!scripted).then_some(title_id)
        >
            {children()}
        </div>
    }
}
