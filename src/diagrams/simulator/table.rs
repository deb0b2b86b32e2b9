//! The chart's numbers as a table, one row per year. Rendered only while
//! its panel is open (a closed panel costs nothing when a slider moves), and
//! then the rows are fixed: only their cells' text changes.

use leptos::prelude::*;

use super::{percent, vitality, SimView};
use crate::decimal::Rounded;
use crate::sim::{baseline_run, Series, MONTHS};
use crate::state::use_app;

#[component]
pub fn SimTable(sim: SimView) -> impl IntoView {
    let state = use_app();
    let base = baseline_run();
    let open = RwSignal::new(false);
    let rows = move || {
        (0..=MONTHS / 12)
            .map(|y| {
                let lang = move || state.lang();
                let now = move |s: Series| sim.run.with(|r| r.at_year(s, y));
                view! {
                    <tr>
                        <th scope="row">{y}</th>
                        <td>{move || percent(now(Series::Pressure), lang())}</td>
                        <td>{move || percent(base.at_year(Series::Pressure, y), lang())}</td>
                        <td>{move || percent(now(Series::Collective), lang())}</td>
                        <td>{move || vitality(now(Series::Vitality))}</td>
                        <td>{move || vitality(base.at_year(Series::Vitality, y))}</td>
                        <td>{move || Rounded(now(Series::Demand), 0).to_string()}</td>
                        <td>{move || Rounded(now(Series::Unmet), 0).to_string()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
    };
    view! {
        <details class="sim-details sim-table" on:toggle=on_toggle>
            <summary>{move || state.t("sim_table_summary")}</summary>
            <div class="sim-table-scroll" role="region" aria-labelledby="sim-table-caption" tabindex="0">
                <table>
                    <caption id="sim-table-caption">{move || state.t("sim_table_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t("sim_col_year")}</th>
                            <th scope="col">{move || state.t("sim_col_pressure")}</th>
                            <th scope="col">{move || state.t("sim_col_pressure_base")}</th>
                            <th scope="col">{move || state.t("sim_col_collective")}</th>
                            <th scope="col">{move || state.t("sim_col_vitality")}</th>
                            <th scope="col">{move || state.t("sim_col_vitality_base")}</th>
                            <th scope="col">{move || state.t("sim_col_demand")}</th>
                            <th scope="col">{move || state.t("sim_col_unmet")}</th>
                        </tr>
                    </thead>
                    <tbody>{move || open.get().then(rows)}</tbody>
                </table>
            </div>
        </details>
    }
}
