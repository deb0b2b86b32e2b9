//! The source map (`#bronnenkaart`): the essay, the sources it cites and the
//! organisations it criticises; a selected source shows its full reference,
//! where the essay uses it and a link to its bibliography entry.

use leptos::prelude::*;

use crate::diagrams::graph::Graph;

#[component]
pub fn SourceMap() -> impl IntoView {
    view! { <Graph diagram_id="bronnenkaart"/> }
}
