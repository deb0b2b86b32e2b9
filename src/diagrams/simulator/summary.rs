//! The result in one sentence, computed from the run and the baseline, and
//! said to hold "in this model" (every template carries that qualifier; a
//! native test checks it in both languages).

use leptos::prelude::*;

use super::{fill, percent, vitality, SimView};
use crate::content::Lang;
use crate::sim::{baseline_run, Outcome, Run, Series};
use crate::state::AppState;

/// The sentence templates, one per [`Outcome`], and the one about the
/// generalists' collective time that follows each.
pub const RESULT_KEYS: [&str; 6] = [
    "sim_result_same",
    "sim_result_better",
    "sim_result_worse",
    "sim_result_j",
    "sim_result_fades",
    "sim_result_squeeze",
];

/// The sentence for a run, from a lookup of interface strings.
pub fn sentence(t: &dyn Fn(&'static str) -> String, lang: Lang, run: &Run, s: f64) -> String {
    let base = baseline_run();
    let p = |r: &Run, y: usize| percent(r.at_year(Series::Pressure, y), lang);
    let v = |r: &Run, y: usize| vitality(r.at_year(Series::Vitality, y));
    let peak = run.peak_pressure_month();
    let mut values = vec![
        ("p0", p(run, 0)),
        ("p10", p(run, 10)),
        ("b10", p(base, 10)),
        ("v0", v(run, 0)),
        ("v10", v(run, 10)),
        ("bv10", v(base, 10)),
        ("peak", percent(run.value(Series::Pressure, peak), lang)),
        ("peak_month", peak.to_string()),
        (
            "base_at_peak",
            percent(base.value(Series::Pressure, peak), lang),
        ),
        ("s", percent(s, lang)),
        ("x10", percent(run.at_year(Series::Collective, 10), lang)),
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
    let mut out = fill(&t(key), &values);
    if s > 0.0 {
        out.push(' ');
        out.push_str(&fill(&t(RESULT_KEYS[5]), &values));
    }
    out
}

/// The sentence for a run, in the current language.
pub fn result_sentence(state: &AppState, run: &Run, s: f64) -> String {
    sentence(&|k| state.t(k), state.lang(), run, s)
}

#[component]
pub fn SimSummary(sim: SimView) -> impl IntoView {
    view! {
        <p class="sim-result" aria-live="polite">{move || sim.sentence.get()}</p>
    }
}
