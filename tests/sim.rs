//! The simulator's model: bounded for every slider setting, the structure the
//! essay gives it (two different levers, the spagaat loop, cuts acting on
//! collective work, equal cost), the equations on screen are the ones the
//! model computes (each displayed equation is parsed here and evaluated
//! against [`step`]), every result sentence says it holds in this model, and
//! numbers are written in the reader's language. The link between the
//! causal-loop diagram and the model is checked in `sim/links.rs`.
//! Native only (proptest does not build for wasm32).
#![cfg(not(target_arch = "wasm32"))]

#[path = "sim/eval.rs"]
mod eval;
#[path = "sim/links.rs"]
mod links;
#[path = "sim/origin.rs"]
mod origin;
#[path = "sim/sentences.rs"]
mod sentences;

use std::collections::BTreeMap;

use eval::eval;
use opbouwwerk_uitgelegd::content::{self, Lang};
use opbouwwerk_uitgelegd::diagrams::simulator::{self, decimal, percent, sentence};
use opbouwwerk_uitgelegd::sim::*;
use proptest::prelude::*;

// At least ten years are simulated.
const _: () = assert!(MONTHS >= 120);

/// The symbols' values in month `m`: constants, sliders, time and vitality.
pub fn env_for(params: &Params, m: &Month) -> BTreeMap<String, f64> {
    let mut env = BTreeMap::new();
    for c in CONSTANTS {
        env.insert(c.symbol.to_string(), c.value);
    }
    for s in PARAM_SYMBOLS {
        env.insert(s.symbol.to_string(), params.get(s.param) / s.scale);
    }
    env.insert("t".into(), m.t);
    env.insert("V".into(), m.v);
    env
}

/// `E` of every month of a run before month `t`.
pub fn past(run: &Run, t: usize) -> Vec<f64> {
    run.months[..t].iter().map(|m| m.e).collect()
}

pub fn params_strategy() -> impl Strategy<Value = Params> {
    let values: Vec<_> = PARAMS
        .iter()
        .map(|s| {
            let steps = ((s.max - s.min) / s.step).round() as u32;
            let (min, step) = (s.min, s.step);
            (0..=steps).prop_map(move |n| min + n as f64 * step)
        })
        .collect();
    values.prop_map(|v| Params {
        values: v.try_into().unwrap(),
    })
}

fn preset_params(key: &str) -> Params {
    preset(key).unwrap().params
}

// ---------------------------------------------------------------------------
// The equations on screen are what the model computes.

fn check_equations_against_step(params: &Params) {
    let run = simulate(params);
    for (t, m) in run.months.iter().enumerate() {
        let mut env = env_for(params, m);
        let past = past(&run, t);
        for eq in EQUATIONS {
            let (lhs, shown, _) = eval(eq.text, &env, &past);
            assert_eq!(lhs, symbol(eq.var), "{}", eq.id);
            let computed = m.get(eq.var);
            assert!(
                (shown - computed).abs() <= 1e-9 * (1.0 + computed.abs()),
                "{} at month {t}: shown form gives {shown}, step gives {computed}",
                eq.id
            );
            // Later equations use what earlier ones computed.
            env.insert(lhs, computed);
        }
    }
}

#[test]
fn displayed_equations_are_what_step_computes() {
    for preset in PRESETS {
        check_equations_against_step(&preset.params);
    }
}

#[test]
fn every_symbol_in_the_equations_is_explained_and_every_constant_used() {
    let mut used = Vec::new();
    let run = simulate(&baseline());
    let mut env = env_for(&baseline(), &run.months[5]);
    let past = past(&run, 5);
    for eq in EQUATIONS {
        let (lhs, v, u) = eval(eq.text, &env, &past);
        used.extend(u);
        env.insert(lhs, v);
    }
    for c in CONSTANTS {
        let used_elsewhere = matches!(c.symbol, "V₀" | "E₀"); // start values, stated in the notation
        assert!(
            used.iter().any(|u| u == c.symbol) || used_elsewhere,
            "constant {} is never used",
            c.symbol
        );
    }
    for s in PARAM_SYMBOLS {
        assert!(
            used.iter().any(|u| u == s.symbol),
            "slider symbol {} is never used",
            s.symbol
        );
    }
    assert_eq!(run.months[0].v, V0, "V₀ is the starting vitality");
    assert_eq!(PARAM_SYMBOLS.len(), PARAMS.len());
    assert!(PARAM_SYMBOLS.iter().enumerate().all(|(i, s)| s.param == i));
}

#[test]
fn the_pipeline_starts_from_the_baselines_collective_work() {
    let e = baseline_run().months[0].e;
    assert!((E0 - e).abs() < 0.001, "E₀ = {E0}, baseline E(0) = {e}");
}

#[test]
fn every_interface_string_the_simulator_looks_up_exists_in_both_languages() {
    let c = content::content();
    let mut keys: Vec<&str> = Vec::new();
    keys.extend(EQUATIONS.iter().map(|e| e.key));
    keys.extend(CONSTANTS.iter().map(|c| c.key));
    keys.extend(ASSUMPTIONS);
    keys.extend(simulator::ui_keys());
    for k in keys {
        for (lang, l) in [("nl", &c.nl), ("en", &c.en)] {
            assert!(
                l.ui.get(k).is_some_and(|s| !s.trim().is_empty()),
                "{lang}: ui string {k} is missing"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Every result sentence and scenario description says "in this model".

const QUALIFIER: [(Lang, &str); 2] = [(Lang::Nl, "in dit denkmodel"), (Lang::En, "in this model")];

fn lookup(lang: Lang) -> impl Fn(&'static str) -> String {
    move |k| {
        content::content()
            .locale(lang)
            .ui
            .get(k)
            .cloned()
            .unwrap_or_default()
    }
}

#[test]
fn every_result_sentence_and_scenario_description_carries_its_qualifier() {
    for (lang, q) in QUALIFIER {
        let t = lookup(lang);
        for key in simulator::qualified_keys() {
            assert!(
                t(key).to_lowercase().contains(q),
                "{lang:?}: {key} lacks “{q}”: {}",
                t(key)
            );
        }
        // And the sentences as composed for every scenario.
        for p in PRESETS {
            let s = sentence(
                &t,
                lang,
                &simulate(&p.params),
                p.params.get(COMMUNITY_SHARE) / 100.0,
            );
            assert!(s.to_lowercase().contains(q), "{lang:?} {}: {s}", p.key);
        }
    }
    // The claim that only the shape of the lines matters is gone.
    let nl = lookup(Lang::Nl)("sim_disclaimer");
    assert!(!nl.contains("vorm van de lijnen"), "{nl}");
}

// ---------------------------------------------------------------------------
// Numbers in the reader's language.

#[test]
fn numbers_use_a_decimal_comma_in_dutch_and_a_point_in_english() {
    assert_eq!(decimal(0.5, 2, Lang::Nl), "0,5");
    assert_eq!(decimal(0.5, 2, Lang::En), "0.5");
    assert_eq!(decimal(1.163, 3, Lang::Nl), "1,163");
    assert_eq!(decimal(24.0, 3, Lang::Nl), "24");
    assert_eq!(decimal(-0.0001, 2, Lang::En), "0");
    assert_eq!(decimal(f64::NAN, 2, Lang::Nl), "–");
    assert_eq!(percent(1.174, Lang::Nl), "117%");
    assert_eq!(percent(f64::INFINITY, Lang::En), "0%");
}

// ---------------------------------------------------------------------------
// The model's structure and behaviour.

#[test]
fn the_spagaat_loop_squeezes_the_generalists_collective_work() {
    let base = baseline_run();
    let s = baseline().get(COMMUNITY_SHARE) / 100.0;
    // Pressure above the intended casework capacity squeezes collective time
    // below what is intended, and as vitality erodes the squeeze tightens.
    assert!(base.months[0].p0 > 1.0);
    assert!(base.months.iter().all(|m| m.x < s));
    assert!(base.at_year(Series::Collective, 10) < base.at_year(Series::Collective, 0) - 0.01);
    assert!(base.at_year(Series::Vitality, 10) < V0);
    assert!(base.at_year(Series::Pressure, 10) > base.at_year(Series::Pressure, 0));
}

#[test]
fn the_two_levers_differ_as_the_essay_claims() {
    let base = baseline_run();
    let generalist = simulate(&preset_params("generalist"));
    let vak = simulate(&preset_params("vak"));
    // Lever (a): generalists' collective time comes out of casework (pressure
    // rises at once) and is squeezed below what is asked.
    assert!(generalist.months[0].p > base.months[0].p);
    assert!(generalist.months.iter().all(|m| m.x < 0.25));
    // Lever (b): professional opbouwwerk does not take casework time and the
    // pressure does not squeeze it: its share of E is the same every month.
    let i = Inputs::from_params(&preset_params("vak"));
    for m in &vak.months {
        assert!((m.e - m.g * m.x - PROVISIONS * (1.0 - i.c) - i.q * i.b * i.sigma).abs() < 1e-12);
    }
    assert_eq!(
        vak.months[0].p, base.months[0].p,
        "no casework time is taken"
    );
    assert!(vak.at_year(Series::Vitality, 10) > base.at_year(Series::Vitality, 10));
}

#[test]
fn the_two_budget_scenarios_cost_the_same() {
    let hands = preset_params("meer-handen");
    let vak = preset_params("vak");
    assert_eq!(hands.get(EXTRA_BUDGET), vak.get(EXTRA_BUDGET));
    assert!(hands.get(EXTRA_BUDGET) > 0.0);
    let (a, b) = (simulate(&hands).months[0], simulate(&vak).months[0]);
    assert!(
        ((a.g + a.o) - (b.g + b.o)).abs() < 1e-12,
        "same FTE for the same money"
    );
    // The scenarios differ only in their levers.
    for i in [CUTS, DELAY, CATCH, LATENT, SKILL] {
        assert!(
            PRESETS.iter().all(|p| p.params.get(i) == baseline().get(i)),
            "{}",
            PARAMS[i].key
        );
    }
}

#[test]
fn cuts_act_on_collective_work_not_on_vitality_directly() {
    let p = baseline().with(DELAY, 24.0);
    let (light, heavy) = (simulate(&p.with(CUTS, 0.0)), simulate(&p.with(CUTS, 60.0)));
    assert!(heavy.months[0].e < light.months[0].e);
    // Vitality only feels the cuts after the delay, through collective work.
    for t in 0..=24 {
        assert_eq!(light.months[t].v, heavy.months[t].v, "month {t}");
    }
    assert!(heavy.at_year(Series::Vitality, 10) < light.at_year(Series::Vitality, 10));
}

#[test]
fn outcomes_of_the_scenarios() {
    let base = baseline_run();
    assert_eq!(base.outcome(base), Outcome::Same);
    // More case workers lower the pressure from the first month.
    assert_eq!(
        simulate(&preset_params("meer-handen")).outcome(base),
        Outcome::Better
    );
    // Opbouwwerkers take no casework time, so nothing changes before their
    // work bears fruit: the same pressure up to the delay, lower after it.
    let vak = simulate(&preset_params("vak"));
    let delay = preset_params("vak").get(DELAY) as usize;
    assert_eq!(
        vak.outcome(base),
        Outcome::SameThenBetter { from: delay + 1 }
    );
    assert_eq!(vak.months[delay].p, base.months[delay].p);
    assert!(vak.months[delay + 1].p < base.months[delay + 1].p);
    // Heavier cuts: the same up to the delay, higher after it.
    assert!(matches!(
        simulate(&baseline().with(CUTS, 60.0)).outcome(base),
        Outcome::SameThenWorse { .. }
    ));
    let generalist = simulate(&preset_params("generalist"));
    assert!(generalist.worst_excess(base).0 > 0.0);
    let peak = generalist.peak_pressure_month();
    assert_eq!(
        generalist.max(Series::Pressure),
        generalist.value(Series::Pressure, peak)
    );
    assert_eq!(
        generalist.at_year(Series::Demand, 2),
        generalist.months[24].d
    );
}

#[test]
fn no_collective_work_lets_vitality_fall() {
    for delay in [0.0, 18.0, 48.0] {
        let p = baseline()
            .with(COMMUNITY_SHARE, 0.0)
            .with(CUTS, 60.0)
            .with(DELAY, delay);
        let run = simulate(&p);
        let v = run.series(Series::Vitality);
        assert!(
            v.windows(2).all(|w| w[1] <= w[0] + 1e-12),
            "vitality never rises"
        );
        assert!(
            run.at_year(Series::Vitality, 10) < 0.7 * V0,
            "delay {delay}"
        );
    }
}

// ---------------------------------------------------------------------------
// What would change this conclusion.

#[test]
fn the_sensitivity_grid_is_computed_by_the_model() {
    let g = grid(&baseline());
    assert_eq!(g.cells.len(), GRID_CATCH.len() * GRID_DELAY.len());
    for (n, c) in g.cells.iter().enumerate() {
        let (row, col) = (n / GRID_DELAY.len(), n % GRID_DELAY.len());
        assert_eq!((c.catch, c.delay), (GRID_CATCH[row], GRID_DELAY[col]));
        for i in 0..PRESETS.len() {
            let run = simulate(&scenario_params(i, c.catch, c.delay, &baseline()));
            assert_eq!(c.pressure[i], run.mean_pressure());
            assert_eq!(c.vitality[i], run.mean_vitality());
            // Best on pressure is lowest, best on vitality highest.
            assert!(c.pressure[c.best(Criterion::Pressure)] <= c.pressure[i]);
            assert!(c.vitality[c.best(Criterion::Vitality)] >= c.vitality[i]);
        }
    }
    // With the default assumptions the conclusion on pressure flips inside
    // the grid, and the two criteria do not always agree.
    let on_pressure = g.winners(Criterion::Pressure);
    assert!(on_pressure.len() >= 2, "{on_pressure:?}");
    assert!(
        g.cells
            .iter()
            .any(|c| c.best(Criterion::Pressure) != c.best(Criterion::Vitality)),
        "the criteria agree everywhere"
    );
    // Levers the reader moves do not change it; assumptions do.
    assert_eq!(
        grid(
            &baseline()
                .with(COMMUNITY_SHARE, 40.0)
                .with(EXTRA_BUDGET, 5.0)
        ),
        g
    );
    assert_ne!(grid(&baseline().with(SKILL, 300.0)), g);
}

#[test]
fn the_default_grid_for_the_report() {
    let g = grid(&baseline());
    for criterion in Criterion::ALL {
        let mut out = format!("{criterion:?}: catch\\delay");
        for d in GRID_DELAY {
            out += &format!(" | {d}");
        }
        for (row, c) in GRID_CATCH.iter().enumerate() {
            out += &format!("\n{c}");
            for col in 0..GRID_DELAY.len() {
                let cell = g.cell(row, col);
                let best = cell.best(criterion);
                out += &format!(
                    " | {} {:.0}",
                    PRESETS[best].key,
                    cell.value(criterion, best) * 100.0
                );
            }
        }
        println!("{out}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn bounded_and_finite_for_every_setting(p in params_strategy()) {
        let run = simulate(&p);
        prop_assert_eq!(run.months.len(), MONTHS + 1);
        for m in &run.months {
            for x in [m.v, m.a, m.f, m.d, m.g, m.o, m.p0, m.x, m.k, m.p, m.u, m.e, m.w, m.r, m.v_next] {
                prop_assert!(x.is_finite());
            }
            prop_assert!((0.0..=1.0).contains(&m.v));
            prop_assert!(m.x >= 0.0 && m.x <= p.get(COMMUNITY_SHARE) / 100.0 + 1e-12);
            prop_assert!(m.d >= 0.0 && m.d <= NEED * (1.0 + LATENT_MAX));
            prop_assert!(m.p >= 0.0 && m.p <= 4.0);
            prop_assert!(m.u >= 0.0 && m.u <= m.d);
        }
        let peak = run.peak_pressure_month();
        prop_assert!(run.max(Series::Pressure) == run.value(Series::Pressure, peak));
        let _ = run.outcome(baseline_run());
    }

    #[test]
    fn more_expertise_or_more_catch_never_lowers_vitality(p in params_strategy(), more in 10.0..=100.0f64) {
        // Both only strengthen the loop's good direction: more vitality,
        // fewer requests, less squeeze, more collective work. (Pressure need
        // not fall: collective time the squeeze releases is casework time.)
        for i in [SKILL, CATCH] {
            let q = p.with(i, p.get(i) + more);
            let (a, b) = (simulate(&p), simulate(&q));
            for t in 0..=MONTHS {
                prop_assert!(b.months[t].v >= a.months[t].v - 1e-12, "{} month {}", PARAMS[i].key, t);
            }
        }
    }
}

proptest! {
    // Parses every equation in every month: fewer cases keep it quick.
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn displayed_equations_hold_for_any_setting(p in params_strategy()) {
        check_equations_against_step(&p);
    }
}
