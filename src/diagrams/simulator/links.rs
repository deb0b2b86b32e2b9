//! "Diagram and model": for every link of the causal-loop diagram, the term
//! of the equations that implements it, or why the model leaves it out or
//! differs on purpose (the table is [`crate::sim::MODEL_LINKS`], checked
//! against the diagram and the equations by a native test).

use leptos::prelude::*;

use super::fill;
use crate::sim::{How, EQUATIONS, MODEL_LINKS};
use crate::state::{all, use_app};

#[component]
pub fn SimLinks() -> impl IntoView {
    let state = use_app();
    let items = MODEL_LINKS
        .iter()
        .map(|l| {
            let id = l.link;
            let label = move || {
                all()
                    .locale(state.lang())
                    .diagram_text
                    .get(id)
                    .map(|t| t.label.clone())
                    .unwrap_or_else(|| id.to_string())
            };
            let how = move || match l.how {
                How::Equation {
                    equation,
                    cause,
                    effect,
                    note,
                    ..
                } => {
                    let text = EQUATIONS
                        .iter()
                        .find(|e| e.id == equation)
                        .map_or("", |e| e.text);
                    let mut s = fill(
                        &state.t("sim_link_in_model"),
                        &[
                            ("cause", cause.to_string()),
                            ("effect", effect.to_string()),
                            ("equation", text.to_string()),
                        ],
                    );
                    if let Some(note) = note {
                        s.push(' ');
                        s.push_str(&state.t(note));
                    }
                    s
                }
                How::Absent { note } => state.t(note),
            };
            let absent = matches!(l.how, How::Absent { .. });
            view! {
                <li class:sim-link-absent=absent data-link=id>
                    <a href=format!("#spagaat-kringloop/{id}")>{label}</a>
                    ": "
                    {how}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="sim-details sim-links">
            <summary>{move || state.t("sim_links_summary")}</summary>
            <p>{move || state.t("sim_links_intro")}</p>
            <ul class="sim-link-list">{items}</ul>
        </details>
    }
}
