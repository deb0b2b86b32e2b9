//! "What would change this conclusion": the sensitivity grid of
//! [`crate::sim::sensitivity`] as a table (rows: how strongly vital
//! communities catch requests; columns: the delay), each cell naming the
//! scenario with the lowest mean pressure in this model. A focusable region,
//! so it can be reached and scrolled by keyboard; the cell of the reader's
//! own setting is marked in words, not only by colour.

use leptos::prelude::*;

use super::presets::PRESET_TEXT;
use super::{fill, percent, SimView};
use crate::sim::{CATCH, DELAY, GRID_CATCH, GRID_DELAY, PRESETS};
use crate::state::use_app;
use crate::url_state::format_number;

/// Keys of the texts that state results and so carry the qualifier.
pub const QUALIFIED_KEYS: [&str; 2] = ["sim_sens_caption", "sim_sens_winners"];

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
                    let best = move || sim.grid.with(|g| g.cell(row, col).best);
                    let name = move || state.t(PRESET_TEXT[best()].short);
                    let value = move || sim.grid.with(|g| percent(g.cell(row, col).mean[best()], state.lang()));
                    let is_mine = move || mine.get() == (catch, delay);
                    view! {
                        <td class:sim-sens-mine=is_mine data-best=move || PRESETS[best()].key>
                            <span class="sim-sens-name">{name}</span>
                            " "
                            <span class="sim-sens-value">{value}</span>
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
        let names: Vec<String> = sim
            .grid
            .with(|g| g.winners())
            .into_iter()
            .map(|i| state.t(PRESET_TEXT[i].label))
            .collect();
        fill(
            &state.t("sim_sens_winners"),
            &[("names", names.join(" · "))],
        )
    };
    view! {
        <div class="sim-sensitivity">
            <h4 id="sim-sens-title">{move || state.t("sim_sens_title")}</h4>
            <p class="sim-help">{move || state.t("sim_sens_intro")}</p>
            <div
                class="sim-table-scroll"
                role="region"
                aria-labelledby="sim-sens-caption"
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
