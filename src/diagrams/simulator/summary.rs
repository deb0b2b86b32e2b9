//! The result in one sentence, computed from the run and the baseline, and
//! said to hold "in this model" (every template carries that qualifier; a
//! native test checks it in both languages).

use leptos::prelude::*;

use super::{decimal, fill, percent, vitality, SimView};
use crate::content::Lang;
use crate::sim::{baseline_run, Outcome, Run, Series};
use crate::state::AppState;

/// The sentence templates, one per [`Outcome`], and the one about the
/// generalists' collective time that follows each (the last).
pub const RESULT_KEYS: [&str; 9] = [
    "sim_result_same",
    "sim_result_better",
    "sim_result_worse",
    "sim_result_j",
    "sim_result_fades",
    "sim_result_same_then_better",
    "sim_result_same_then_worse",
    "sim_result_mixed",
    "sim_result_squeeze",
];

/// Two fractions side by side, as whole percentages, or with one decimal
/// when whole percentages would make two different values look the same.
fn pair(a: f64, b: f64, lang: Lang) -> (String, String) {
    let (x, y) = (percent(a, lang), percent(b, lang));
    if x != y || a == b {
        return (x, y);
    }
    let one = |v: f64| format!("{}%", decimal(v * 100.0, 1, lang));
    (one(a), one(b))
}

/// The sentence for a run, from a lookup of interface strings.
pub fn sentence(t: &dyn Fn(&'static str) -> String, lang: Lang, run: &Run, s: f64) -> String {
    let base = baseline_run();
    let p = |r: &Run, y: usize| r.at_year(Series::Pressure, y);
    let v = |r: &Run, y: usize| vitality(r.at_year(Series::Vitality, y));
    let (p10, b10) = pair(p(run, 10), p(base, 10), lang);
    let (p15, b15) = pair(p(run, 15), p(base, 15), lang);
    let (s_shown, x10) = pair(s, run.at_year(Series::Collective, 10), lang);
    let mut values = vec![
        ("p0", percent(p(run, 0), lang)),
        ("p10", p10),
        ("b10", b10),
        ("p15", p15),
        ("b15", b15),
        ("v0", v(run, 0)),
        ("v10", v(run, 10)),
        ("bv10", v(base, 10)),
        ("v15", v(run, 15)),
        ("bv15", v(base, 15)),
        ("s", s_shown),
        ("x10", x10),
    ];
    let mut from = |from: usize| {
        values.push(("from", from.to_string()));
        values.push(("until", from.saturating_sub(1).to_string()));
    };
    let key = match run.outcome(base) {
        Outcome::Same => RESULT_KEYS[0],
        Outcome::Better => RESULT_KEYS[1],
        Outcome::Worse => RESULT_KEYS[2],
        Outcome::WorseThenBetter { from: f } => {
            from(f);
            let (_, worst) = run.worst_excess(base);
            let (a, b) = pair(
                run.value(Series::Pressure, worst),
                base.value(Series::Pressure, worst),
                lang,
            );
            values.extend([
                ("worst_month", worst.to_string()),
                ("worst", a),
                ("base_at_worst", b),
            ]);
            RESULT_KEYS[3]
        }
        Outcome::BetterThenWorse { from: f } => {
            from(f);
            RESULT_KEYS[4]
        }
        Outcome::SameThenBetter { from: f } => {
            from(f);
            RESULT_KEYS[5]
        }
        Outcome::SameThenWorse { from: f } => {
            from(f);
            RESULT_KEYS[6]
        }
        Outcome::Mixed { lower, higher } => {
            values.extend([
                ("lower", lower.to_string()),
                ("higher", higher.to_string()),
                ("months", run.months.len().to_string()),
            ]);
            RESULT_KEYS[7]
        }
    };
    let mut out = fill(&t(key), &values);
    if s > 0.0 {
        out.push(' ');
        out.push_str(&fill(&t(RESULT_KEYS[8]), &values));
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
