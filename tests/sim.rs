//! The simulator's model: bounded for every slider setting, the behaviour the
//! essay describes (worse before better), and the equations on screen are the
//! ones the model computes: each displayed equation is parsed here and
//! evaluated against [`step`]. Native only (proptest does not build for wasm32).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use opbouwwerk_uitgelegd::content;
use opbouwwerk_uitgelegd::sim::*;
use proptest::prelude::*;

// At least ten years are simulated.
const _: () = assert!(MONTHS >= 120);

// ---------------------------------------------------------------------------
// A tiny evaluator for the displayed equations (test only, not in the wasm).

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(f64),
    Id(String),
    Op(char),
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '₀' | '′' | '_')
}

fn lex(s: &str) -> Vec<Tok> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') {
                i += 1;
            }
            out.push(Tok::Num(cs[start..i].iter().collect::<String>().parse().unwrap()));
        } else if is_ident_char(c) {
            let start = i;
            while i < cs.len() && is_ident_char(cs[i]) {
                i += 1;
            }
            out.push(Tok::Id(cs[start..i].iter().collect()));
        } else {
            let op = match c {
                '−' | '-' => '-',
                '·' | '*' => '*',
                '+' | '/' | '(' | ')' | ',' | '=' => c,
                _ => panic!("unexpected character {c:?} in {s:?}"),
            };
            out.push(Tok::Op(op));
            i += 1;
        }
    }
    out
}

struct Parser<'a> {
    toks: Vec<Tok>,
    at: usize,
    env: &'a BTreeMap<String, f64>,
    used: Vec<String>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }
    fn eat(&mut self, op: char) -> bool {
        if self.peek() == Some(&Tok::Op(op)) {
            self.at += 1;
            true
        } else {
            false
        }
    }
    fn expr(&mut self) -> f64 {
        let mut v = self.term();
        loop {
            if self.eat('+') {
                v += self.term();
            } else if self.eat('-') {
                v -= self.term();
            } else {
                return v;
            }
        }
    }
    fn term(&mut self) -> f64 {
        let mut v = self.unary();
        loop {
            if self.eat('*') {
                v *= self.unary();
            } else if self.eat('/') {
                v /= self.unary();
            } else {
                return v;
            }
        }
    }
    fn unary(&mut self) -> f64 {
        if self.eat('-') {
            -self.unary()
        } else {
            self.atom()
        }
    }
    fn atom(&mut self) -> f64 {
        match self.toks.get(self.at).cloned() {
            Some(Tok::Num(n)) => {
                self.at += 1;
                n
            }
            Some(Tok::Op('(')) => {
                self.at += 1;
                let v = self.expr();
                assert!(self.eat(')'), "missing )");
                v
            }
            Some(Tok::Id(name)) => {
                self.at += 1;
                if self.eat('(') {
                    let mut args = vec![self.expr()];
                    while self.eat(',') {
                        args.push(self.expr());
                    }
                    assert!(self.eat(')'), "missing ) after arguments of {name}");
                    match (name.as_str(), args.as_slice()) {
                        ("H", [x]) => heaviside(*x),
                        ("exp", [x]) => x.exp(),
                        ("max", [a, b]) => a.max(*b),
                        _ => panic!("unknown function {name}/{}", args.len()),
                    }
                } else {
                    self.used.push(name.clone());
                    *self.env.get(&name).unwrap_or_else(|| panic!("unknown symbol {name}"))
                }
            }
            t => panic!("unexpected {t:?}"),
        }
    }
}

/// Evaluates the right-hand side of a displayed equation; returns the
/// left-hand symbol, the value and the symbols it used.
fn eval(text: &str, env: &BTreeMap<String, f64>) -> (String, f64, Vec<String>) {
    let toks = lex(text);
    let Some(Tok::Id(lhs)) = toks.first().cloned() else { panic!("no left-hand side in {text}") };
    assert_eq!(toks.get(1), Some(&Tok::Op('=')), "{text}");
    let mut p = Parser { toks: toks[2..].to_vec(), at: 0, env, used: Vec::new() };
    let v = p.expr();
    assert_eq!(p.at, p.toks.len(), "trailing tokens in {text}");
    (lhs, v, p.used)
}

/// Symbol of each equation's left-hand side.
fn lhs_symbol(var: Var) -> &'static str {
    match var {
        Var::W => "W",
        Var::A => "A",
        Var::D => "D",
        Var::K => "K",
        Var::P => "P",
        Var::U => "U",
        Var::VNext => "V′",
    }
}

/// The symbols' values in one month: constants, sliders, time, and the
/// variables computed by `step` so far.
fn env_for(params: &Params, m: &Month) -> BTreeMap<String, f64> {
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

fn params_strategy() -> impl Strategy<Value = Params> {
    let range = |i: usize| {
        let s = PARAMS[i];
        let steps = ((s.max - s.min) / s.step).round() as u32;
        (0..=steps).prop_map(move |n| s.min + n as f64 * s.step)
    };
    (range(0), range(1), range(2), range(3), range(4), range(5))
        .prop_map(|(a, b, c, d, e, f)| Params { values: [a, b, c, d, e, f] })
}

fn with(p: Params, i: usize, v: f64) -> Params {
    p.with(i, v)
}

// ---------------------------------------------------------------------------

/// Evaluates every displayed equation in every month of the run for
/// `params` and compares it with what `step` computed.
fn check_equations_against_step(params: &Params) {
    let run = simulate(params);
    for m in &run.months {
        let mut env = env_for(params, m);
        for eq in EQUATIONS {
            let (lhs, shown, _) = eval(eq.text, &env);
            assert_eq!(lhs, lhs_symbol(eq.var), "{}", eq.id);
            let computed = m.get(eq.var);
            assert!(
                (shown - computed).abs() <= 1e-9 * (1.0 + computed.abs()),
                "{} at month {}: shown form gives {shown}, step gives {computed}",
                eq.id,
                m.t
            );
            // Later equations may use what earlier ones computed.
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
    for eq in EQUATIONS {
        let (lhs, v, u) = eval(eq.text, &env);
        used.extend(u);
        env.insert(lhs, v);
    }
    for c in CONSTANTS {
        assert!(used.iter().any(|u| u == c.symbol) || c.symbol == "V₀", "constant {} is never used", c.symbol);
    }
    for s in PARAM_SYMBOLS {
        assert!(used.iter().any(|u| u == s.symbol), "slider symbol {} is never used", s.symbol);
    }
    assert_eq!(run.months[0].v, V0, "V₀ is the starting vitality");
    assert_eq!(PARAM_SYMBOLS.len(), PARAMS.len());
}

#[test]
fn the_pipeline_starts_from_the_baseline_share() {
    assert_eq!(S0 * 100.0, baseline().get(COMMUNITY_SHARE));
}

#[test]
fn every_interface_string_the_simulator_looks_up_exists_in_both_languages() {
    let c = content::content();
    let mut keys: Vec<&str> = Vec::new();
    keys.extend(EQUATIONS.iter().map(|e| e.key));
    keys.extend(CONSTANTS.iter().map(|c| c.key));
    keys.extend(ASSUMPTIONS);
    keys.extend(opbouwwerk_uitgelegd::diagrams::simulator::ui_keys());
    for k in keys {
        for (lang, l) in [("nl", &c.nl), ("en", &c.en)] {
            assert!(l.ui.get(k).is_some_and(|s| !s.trim().is_empty()), "{lang}: ui string {k} is missing");
        }
    }
}

#[test]
fn presets_tell_the_story() {
    let base = baseline_run();
    let more_hands = simulate(&preset("meer-handen").unwrap().params);
    let vak = simulate(&preset("vak").unwrap().params);
    assert_eq!(base.outcome(base), Outcome::Same);
    // Since the Wmo: vitality erodes and pressure rises.
    assert!(base.at_year(Series::Vitality, 10) < V0);
    assert!(base.at_year(Series::Pressure, 10) > base.at_year(Series::Pressure, 0));
    // Only more hands: less pressure at once, but it keeps rising.
    assert_eq!(more_hands.outcome(base), Outcome::Better);
    assert!(more_hands.at_year(Series::Pressure, 10) > more_hands.at_year(Series::Pressure, 0));
    // Community work as a profession: worse first, then better.
    assert!(matches!(vak.outcome(base), Outcome::WorseThenBetter { from } if from > 18 && from < 60));
    assert!(vak.at_year(Series::Vitality, 10) > V0);
}

#[test]
fn j_curve_with_a_delay() {
    // Shifting capacity to community work raises pressure first and lowers
    // it later, compared with the baseline.
    let base = baseline_run();
    for delay in [6.0, 12.0, 18.0, 24.0, 36.0] {
        let mut p = baseline();
        p = with(p, DELAY, delay);
        let b = simulate(&p);
        let shifted = simulate(&with(p, COMMUNITY_SHARE, 25.0));
        let early = (1..=delay as usize).all(|t| shifted.value(Series::Pressure, t) > b.value(Series::Pressure, t));
        assert!(early, "delay {delay}: pressure should be higher during the delay");
        let (excess, at) = shifted.worst_excess(&b);
        assert!(excess > 0.0 && at as f64 >= delay - 1.0, "delay {delay}: worst at month {at}");
        assert!(shifted.at_year(Series::Pressure, 10) < b.at_year(Series::Pressure, 10), "delay {delay}: lower at year 10");
        assert!(matches!(shifted.outcome(&b), Outcome::WorseThenBetter { .. }));
    }
    assert_eq!(base.months.len(), MONTHS + 1);
}

#[test]
fn no_community_work_and_cuts_let_vitality_fall() {
    for delay in [0.0, 18.0, 48.0] {
        let p = with(with(with(baseline(), COMMUNITY_SHARE, 0.0), CUTS, 40.0), DELAY, delay);
        let run = simulate(&p);
        let v = run.series(Series::Vitality);
        assert!(v.windows(2).all(|w| w[1] <= w[0]), "vitality never rises");
        assert!(run.at_year(Series::Vitality, 10) < 0.6 * V0, "delay {delay}: {}", run.at_year(Series::Vitality, 10));
    }
}

#[test]
fn summary_helpers() {
    let base = baseline_run();
    let vak = simulate(&preset("vak").unwrap().params);
    let peak = vak.peak_pressure_month();
    assert!((18..=20).contains(&peak), "peak at {peak}");
    assert_eq!(vak.max(Series::Pressure), vak.value(Series::Pressure, peak));
    let from = vak.month_below(base).unwrap();
    assert!(vak.value(Series::Pressure, from) < base.value(Series::Pressure, from));
    assert!(vak.value(Series::Pressure, from - 1) >= base.value(Series::Pressure, from - 1));
    assert_eq!(vak.month_above(base), None);
    assert_eq!(base.month_below(base), None);
    assert_eq!(vak.at_year(Series::Demand, 2), vak.months[24].d);
    // Better first, worse later: extra hands while community work stops.
    let fading = simulate(&with(with(baseline(), COMMUNITY_SHARE, 0.0), EXTRA_CAPACITY, 3.0));
    assert!(matches!(fading.outcome(base), Outcome::BetterThenWorse { .. }), "{:?}", fading.outcome(base));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn bounded_and_finite_for_every_setting(p in params_strategy()) {
        let run = simulate(&p);
        prop_assert_eq!(run.months.len(), MONTHS + 1);
        for m in &run.months {
            for x in [m.v, m.w, m.a, m.d, m.k, m.p, m.u, m.v_next] {
                prop_assert!(x.is_finite());
            }
            prop_assert!((0.0..=1.0).contains(&m.v));
            prop_assert!(m.d >= 0.0 && m.d <= NEED * (1.0 + LATENT_MAX));
            prop_assert!(m.k >= CAPACITY * 0.5 && m.k <= CAPACITY * 1.5);
            prop_assert!(m.p >= 0.0 && m.p <= 4.0);
            prop_assert!(m.u >= 0.0 && m.u <= m.d);
        }
        // The helpers never panic and agree with the series.
        let peak = run.peak_pressure_month();
        prop_assert!(run.max(Series::Pressure) == run.value(Series::Pressure, peak));
        let _ = run.outcome(baseline_run());
    }

    #[test]
    fn more_community_work_gives_more_vitality_at_year_ten(p in params_strategy(), more in 1.0..=50.0f64) {
        let s = p.get(COMMUNITY_SHARE);
        let q = p.with(COMMUNITY_SHARE, s + more);
        prop_assume!(q.get(COMMUNITY_SHARE) > s);
        let a = simulate(&p).at_year(Series::Vitality, 10);
        let b = simulate(&q).at_year(Series::Vitality, 10);
        prop_assert!(b > a, "cw {} -> {}: {} vs {}", s, q.get(COMMUNITY_SHARE), a, b);
    }
}

proptest! {
    // Parses every equation in every month: fewer cases keep it quick.
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn displayed_equations_hold_for_any_setting(p in params_strategy()) {
        check_equations_against_step(&p);
    }
}
