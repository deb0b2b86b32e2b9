//! The result in one sentence, computed from the run and the baseline.

use leptos::prelude::*;

use super::{fill, percent, vitality, SimView};
use crate::sim::{baseline_run, Outcome, Run, Series};
use crate::state::{use_app, AppState};

/// The sentence templates, one per [`Outcome`].
pub const RESULT_KEYS: [&str; 5] =
    ["sim_result_same", "sim_result_better", "sim_result_worse", "sim_result_j", "sim_result_fades"];

/// The sentence for a run, in the current language.
pub fn result_sentence(state: &AppState, run: &Run) -> String {
    let base = baseline_run();
    let p = |r: &Run, y: usize| percent(r.at_year(Series::Pressure, y));
    let v = |r: &Run, y: usize| vitality(r.at_year(Series::Vitality, y));
    let peak = run.peak_pressure_month();
    let mut values = vec![
        ("p0", p(run, 0)),
        ("p10", p(run, 10)),
        ("b10", p(base, 10)),
        ("v0", v(run, 0)),
        ("v10", v(run, 10)),
        ("bv10", v(base, 10)),
        ("peak", percent(run.value(Series::Pressure, peak))),
        ("peak_month", peak.to_string()),
        ("base_at_peak", percent(base.value(Series::Pressure, peak))),
    ];
    let key = match run.outcome(base) {
        Outcome::Same => RESULT_KEYS[0],
        Outcome::Better => RESULT_KEYS[1],
        Outcome::Worse => RESULT_KEYS[2],
        Outcome::WorseThenBetter { from } => {
            values.push(("from", from.to_string()));
            RESULT_KEYS[3]
        }
        Outcome::BetterThenWorse { from } => {
            values.push(("from", from.to_string()));
            RESULT_KEYS[4]
        }
    };
    fill(&state.t(key), &values)
}

#[component]
pub fn SimSummary(sim: SimView) -> impl IntoView {
    let state = use_app();
    view! {
        <p class="sim-result" aria-live="polite">
            {move || sim.run.with(|run| result_sentence(&state, run))}
        </p>
    }
}
