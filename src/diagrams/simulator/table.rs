//! The chart's numbers as a table, one row per year.

use leptos::prelude::*;

use super::{percent, vitality, SimView};
use crate::sim::{baseline_run, Series, MONTHS};
use crate::state::use_app;

#[component]
pub fn SimTable(sim: SimView) -> impl IntoView {
    let state = use_app();
    let base = baseline_run();
    let rows = move || {
        sim.run.with(|run| {
            (0..=MONTHS / 12)
                .map(|y| {
                    view! {
                        <tr>
                            <th scope="row">{y}</th>
                            <td>{percent(run.at_year(Series::Pressure, y))}</td>
                            <td>{percent(base.at_year(Series::Pressure, y))}</td>
                            <td>{vitality(run.at_year(Series::Vitality, y))}</td>
                            <td>{vitality(base.at_year(Series::Vitality, y))}</td>
                            <td>{run.at_year(Series::Demand, y).round()}</td>
                            <td>{run.at_year(Series::Unmet, y).round()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="sim-details sim-table">
            <summary>{move || state.t("sim_table_summary")}</summary>
            <div class="sim-table-scroll" role="region" aria-labelledby="sim-table-caption" tabindex="0">
                <table>
                    <caption id="sim-table-caption">{move || state.t("sim_table_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t("sim_col_year")}</th>
                            <th scope="col">{move || state.t("sim_col_pressure")}</th>
                            <th scope="col">{move || state.t("sim_col_pressure_base")}</th>
                            <th scope="col">{move || state.t("sim_col_vitality")}</th>
                            <th scope="col">{move || state.t("sim_col_vitality_base")}</th>
                            <th scope="col">{move || state.t("sim_col_demand")}</th>
                            <th scope="col">{move || state.t("sim_col_unmet")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
