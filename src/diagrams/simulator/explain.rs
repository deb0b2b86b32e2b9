//! "How this model works": every equation as the model computes it, with
//! whose mechanism it is (the essay's, ours, or bookkeeping), what each
//! symbol stands for (with the value of each constant), and every assumption.

use leptos::prelude::*;

use super::sliders::SLIDER_TEXT;
use super::{decimal, fill, SimView};
use crate::sim::{Origin, ASSUMPTIONS, CONSTANTS, EQUATIONS, ORIGIN_KEYS, PARAM_SYMBOLS};
use crate::state::use_app;
use crate::url_state::format_number;

/// How a slider's current value is shown: in months, or as a percentage
/// with the fraction the equations use.
pub const SLIDER_VALUE_KEYS: [&str; 2] = ["sim_symbol_slider_months", "sim_symbol_slider_pct"];

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
            let key = eq.key;
            let origin = ORIGIN_KEYS
                .iter()
                .find(|(o, _)| *o == eq.origin)
                .map_or("", |(_, k)| k);
            view! {
                <li data-equation=eq.id>
                    <code class="sim-eq">{eq.text}</code>
                    <span class="sim-origin" class:sim-origin-ours=eq.origin == Origin::Ours>
                        {move || state.t(origin)}
                    </span>
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
