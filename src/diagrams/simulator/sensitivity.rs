//! "What would change this conclusion": the sensitivity grid of
//! [`crate::sim::sensitivity`] as a table (rows: how strongly vital
//! communities catch requests; columns: the delay), each cell naming, in
//! this model, the scenario with the lowest mean pressure and the one with
//! the highest mean vitality, each after its criterion in words, which a
//! paragraph beside the table explains. A focusable region, so it can be
//! reached and scrolled by keyboard; the cell of the reader's own setting is
//! marked in words, not only by colour.

use leptos::prelude::*;

use super::presets::PRESET_TEXT;
use super::{fill, percent, vitality, SimView};
use crate::sim::{Criterion, CATCH, DELAY, GRID_CATCH, GRID_DELAY, PRESETS};
use crate::state::use_app;
use crate::url_state::format_number;

/// Keys of the texts that state results and so carry the qualifier.
pub const QUALIFIED_KEYS: [&str; 2] = ["sim_sens_caption", "sim_sens_winners"];

/// Interface-string key of each criterion's label in a cell, indexed as
/// [`Criterion::ALL`].
pub const CRITERION_KEYS: [&str; 2] = ["sim_sens_by_pressure", "sim_sens_by_vitality"];

/// A criterion's value as the reader sees it: pressure as a percentage,
/// vitality on the 0–100 scale.
fn shown(criterion: Criterion, x: f64, lang: crate::content::Lang) -> String {
    match criterion {
        Criterion::Pressure => percent(x, lang),
        Criterion::Vitality => vitality(x),
    }
}

#[component]
pub fn SimSensitivity(sim: SimView) -> impl IntoView {
    let state = use_app();
    let mine = Memo::new(move |_| sim.params.with(|p| (p.get(CATCH), p.get(DELAY))));
    let head = GRID_DELAY
        .iter()
        .map(|d| {
            let d = *d;
            view! {
                <th scope="col">
                    {move || fill(&state.t("sim_sens_delay_col"), &[("delay", format_number(d))])}
                </th>
            }
        })
        .collect_view();
    let rows = GRID_CATCH
        .iter()
        .enumerate()
        .map(|(row, catch)| {
            let catch = *catch;
            let cells = GRID_DELAY
                .iter()
                .enumerate()
                .map(|(col, delay)| {
                    let delay = *delay;
                    let is_mine = move || mine.get() == (catch, delay);
                    let lines = Criterion::ALL
                        .into_iter()
                        .zip(CRITERION_KEYS)
                        .map(|(criterion, label)| {
                            let best = move || sim.grid.with(|g| g.cell(row, col).best(criterion));
                            let name = move || state.t(PRESET_TEXT[best()].short);
                            let value = move || {
                                sim.grid.with(|g| {
                                    shown(criterion, g.cell(row, col).value(criterion, best()), state.lang())
                                })
                            };
                            view! {
                                <span class="sim-sens-line">
                                    <span class="sim-sens-criterion">{move || state.t(label)}</span>
                                    " "
                                    <span class="sim-sens-name">{name}</span>
                                    " "
                                    <span class="sim-sens-value">{value}</span>
                                </span>
                            }
                        })
                        .collect_view();
                    let best = move |c| sim.grid.with(|g| PRESETS[g.cell(row, col).best(c)].key);
                    view! {
                        <td
                            class:sim-sens-mine=is_mine
                            data-best=move || best(Criterion::Pressure)
                            data-best-vitality=move || best(Criterion::Vitality)
                        >
                            {lines}
                            {move || is_mine().then(|| view! {
                                <span class="sim-sens-here">{state.t("sim_sens_here")}</span>
                            })}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        {move || fill(&state.t("sim_sens_catch_row"), &[("catch", format_number(catch))])}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let winners = move || {
        let names = |criterion| {
            sim.grid
                .with(|g| g.winners(criterion))
                .into_iter()
                .map(|i| state.t(PRESET_TEXT[i].label))
                .collect::<Vec<_>>()
                .join(" · ")
        };
        fill(
            &state.t("sim_sens_winners"),
            &[
                ("pressure", names(Criterion::Pressure)),
                ("vitality", names(Criterion::Vitality)),
            ],
        )
    };
    view! {
        <div class="sim-sensitivity">
            <h4 id="sim-sens-title">{move || state.t("sim_sens_title")}</h4>
            <p class="sim-help">{move || state.t("sim_sens_intro")}</p>
            <p class="sim-help sim-sens-criteria" id="sim-sens-criteria">
                {move || state.t("sim_sens_criteria")}
            </p>
            <div
                class="sim-table-scroll"
                role="region"
                aria-labelledby="sim-sens-caption"
                aria-describedby="sim-sens-criteria"
                tabindex="0"
            >
                <table class="sim-sens">
                    <caption id="sim-sens-caption">{move || state.t("sim_sens_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="sim-sens-corner">{move || state.t("sim_sens_corner")}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="sim-sens-winners" aria-live="polite">{winners}</p>
        </div>
    }
}
