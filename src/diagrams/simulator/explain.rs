//! "How this model works": every equation as the model computes it, with
//! whose mechanism it is (the essay's, ours, or bookkeeping: derived by
//! [`crate::sim::origin`] from the links the equation implements, as the
//! diagram draws them, and our assumptions in it, with the symbols that make
//! it ours), what each symbol stands for (with the value of each constant),
//! and every assumption.

use leptos::prelude::*;

use super::sliders::SLIDER_TEXT;
use super::{decimal, fill, SimView};
use crate::sim::{
    origin, origin_key, ours_because, Ground, Origin, ASSUMPTIONS, CONSTANTS, EQUATIONS,
    LOOP_DIAGRAM, PARAM_SYMBOLS,
};
use crate::state::{all, use_app, AppState};
use crate::url_state::format_number;

/// How a slider's current value is shown: in months, or as a percentage
/// with the fraction the equations use.
pub const SLIDER_VALUE_KEYS: [&str; 2] = ["sim_symbol_slider_months", "sim_symbol_slider_pct"];

/// How a symbol that makes an equation ours is named: it follows a link the
/// diagram draws as our inference, or it is our assumption.
pub const WHY_KEYS: [&str; 2] = ["sim_origin_why_inferred", "sim_origin_why_assumption"];

/// Whether the causal-loop diagram draws the link `id` as our inference
/// (the diagram's data, content/shared/diagrams.toml).
pub fn drawn_inferred(id: &str) -> bool {
    all()
        .shared
        .diagrams
        .iter()
        .filter(|d| d.id == LOOP_DIAGRAM)
        .flat_map(|d| &d.links)
        .any(|l| l.id == id && l.inferred)
}

/// Why an equation is ours, in words: each symbol and what it stands on.
fn why_ours(state: AppState, equation: &str) -> String {
    ours_because(equation, &drawn_inferred)
        .into_iter()
        .map(|(symbol, ground)| match ground {
            Ground::Link(link) => {
                let label = state
                    .locale()
                    .diagram_text
                    .get(link)
                    .map_or(link, |t| t.label.as_str());
                fill(
                    &state.t(WHY_KEYS[0]),
                    &[("symbol", symbol.into()), ("link", label.into())],
                )
            }
            _ => fill(&state.t(WHY_KEYS[1]), &[("symbol", symbol.into())]),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The rows of the symbols table for the sliders, with each one's current
/// value: the one piece of the explanation that changes with the state
/// (`Piece::SliderSymbols`); the rest changes only with the language.
#[component]
pub fn SliderSymbols(sim: SimView) -> impl IntoView {
    let state = use_app();
    let rows = PARAM_SYMBOLS
        .iter()
        .map(|s| {
            let (param, scale, label) = (s.param, s.scale, SLIDER_TEXT[s.param].label);
            let value = move || {
                let v = sim.params.get().get(param);
                let template = if scale == 1.0 {
                    SLIDER_VALUE_KEYS[0]
                } else {
                    SLIDER_VALUE_KEYS[1]
                };
                fill(
                    &state.t(template),
                    &[
                        ("value", format_number(v)),
                        ("fraction", decimal(v / scale, 2, state.lang())),
                    ],
                )
            };
            view! {
                <tr>
                    <th scope="row"><code>{s.symbol}</code></th>
                    <td>{move || state.t(label)}</td>
                    <td>{value}</td>
                </tr>
            }
        })
        .collect_view();
    view! { <tbody class="sim-slider-symbols">{rows}</tbody> }
}

#[component]
pub fn SimExplain(sim: SimView) -> impl IntoView {
    let state = use_app();
    let equations = EQUATIONS
        .iter()
        .map(|eq| {
            let (key, id) = (eq.key, eq.id);
            let origin = origin(id, &drawn_inferred);
            let why = (origin == Origin::Ours).then(|| {
                view! { <span class="sim-origin-why">{move || why_ours(state, id)}</span> }
            });
            view! {
                <li data-equation=id data-origin=origin_key(origin)>
                    <code class="sim-eq">{eq.text}</code>
                    <span class="sim-origin" class:sim-origin-ours=origin == Origin::Ours>
                        {move || state.t(origin_key(origin))}
                    </span>
                    {why}
                    <span class="sim-eq-text">{move || state.t(key)}</span>
                </li>
            }
        })
        .collect_view();
    let constants = CONSTANTS
        .iter()
        .map(|c| {
            let (key, value) = (c.key, c.value);
            view! {
                <tr>
                    <th scope="row"><code>{c.symbol}</code></th>
                    <td>{move || state.t(key)}</td>
                    <td>{move || decimal(value, 3, state.lang())}</td>
                </tr>
            }
        })
        .collect_view();
    let assumptions = ASSUMPTIONS
        .iter()
        .map(|key| view! { <li>{move || state.t(key)}</li> })
        .collect_view();
    view! {
        <details class="sim-details sim-explain">
            <summary>{move || state.t("sim_explain_summary")}</summary>
            <p>{move || state.t("sim_explain_intro")}</p>
            <h4>{move || state.t("sim_explain_equations")}</h4>
            <ol class="sim-equations">{equations}</ol>
            <p class="sim-help">{move || state.t("sim_explain_notation")}</p>
            <h4>{move || state.t("sim_explain_symbols")}</h4>
            <div class="sim-table-scroll">
                <table class="sim-symbols">
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t("sim_col_symbol")}</th>
                            <th scope="col">{move || state.t("sim_col_meaning")}</th>
                            <th scope="col">{move || state.t("sim_col_value")}</th>
                        </tr>
                    </thead>
                    <SliderSymbols sim=sim/>
                    <tbody>{constants}</tbody>
                </table>
            </div>
            <h4>{move || state.t("sim_explain_assumptions")}</h4>
            <ul class="sim-assumptions">{assumptions}</ul>
        </details>
    }
}
