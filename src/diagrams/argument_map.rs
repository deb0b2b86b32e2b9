//! The argument map (`#argumentkaart`): the main claim, its five arguments
//! (2 to 5 named but not elaborated in the available text), the analyses
//! that ground it, the borrowed support and the rejected position.

use leptos::prelude::*;

use crate::diagrams::graph::Graph;

#[component]
pub fn ArgumentMap() -> impl IntoView {
    view! { <Graph diagram_id="argumentkaart"/> }
}
