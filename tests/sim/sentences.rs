//! Every sentence the simulator writes under its chart is true of the series
//! it computed. The test reads the sentence as shown: it finds which template
//! it was written from by matching the text (not by asking the model which
//! outcome it chose), takes the values out of its placeholders, and checks
//! each claim the template makes ("meteen lager", "vanaf maand N",
//! lower, higher, the same, the largest gap, every number quoted) against
//! the run and the baseline, month by month. The words of each claim are
//! checked to be in the template, in both languages, so a template cannot
//! change what it claims without this test changing too.

use std::collections::BTreeMap;

use opbouwwerk_uitgelegd::content::{self, Lang};
use opbouwwerk_uitgelegd::diagrams::simulator::{sentence, RESULT_KEYS};
use opbouwwerk_uitgelegd::sim::*;
use proptest::prelude::*;

use super::params_strategy;

/// Differences smaller than this count as the same (as in the model).
const SAME: f64 = 1e-9;

fn template(lang: Lang, key: &str) -> String {
    content::content()
        .locale(lang)
        .ui
        .get(key)
        .cloned()
        .unwrap_or_else(|| panic!("{lang:?}: no {key}"))
}

/// A template's literal text and `{name}` placeholders, in order.
#[derive(Debug)]
enum Piece {
    Text(String),
    Hole(String),
}

fn pieces(template: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        let close = rest[open..].find('}').expect("closed placeholder") + open;
        out.push(Piece::Hole(rest[open + 1..close].to_string()));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    out
}

/// Matches `template` at the start of `text`: the placeholders' values (all
/// numbers) and what follows, or `None` when the text is not from this
/// template.
fn match_start<'t>(template: &str, text: &'t str) -> Option<(BTreeMap<String, String>, &'t str)> {
    let pieces = pieces(template);
    let mut values = BTreeMap::new();
    let mut rest = text;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Text(t) => rest = rest.strip_prefix(t.as_str())?,
            Piece::Hole(name) => {
                let Some(Piece::Text(next)) = pieces.get(i + 1) else {
                    panic!("{template}: a placeholder must be followed by text")
                };
                // A value is a number ("117%", "121.9%", "19"): the longest
                // run of number characters that the text follows.
                let run = rest
                    .char_indices()
                    .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-')))
                    .map_or(rest.len(), |(i, _)| i);
                let end = (1..=run)
                    .rev()
                    .filter(|i| rest.is_char_boundary(*i))
                    .find(|i| rest[*i..].starts_with(next.as_str()))?;
                values.insert(name.clone(), rest[..end].to_string());
                rest = &rest[end..];
            }
        }
    }
    Some((values, rest))
}

/// A number as shown ("117%", "116,5%", "60"), and half a unit of its last
/// digit: how far the true value may be from it.
fn shown_number(s: &str) -> (f64, f64) {
    let digits = s.trim_end_matches('%').replace(',', ".");
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let value = digits
        .parse::<f64>()
        .unwrap_or_else(|_| panic!("not a number: {s:?}"));
    (value, 0.5 * 10f64.powi(-(decimals as i32)) + 1e-9)
}

fn whole(values: &BTreeMap<String, String>, name: &str) -> usize {
    values[name]
        .parse()
        .unwrap_or_else(|_| panic!("{name} = {:?} is not a month", values[name]))
}

/// Pressure lower (−1), the same (0) or higher (+1) than the baseline's, per
/// month.
fn signs(run: &Run, base: &Run) -> Vec<i8> {
    run.months
        .iter()
        .zip(&base.months)
        .map(|(a, b)| match a.p - b.p {
            g if g < -SAME => -1,
            g if g > SAME => 1,
            _ => 0,
        })
        .collect()
}

/// The words by which each template makes its claims, in Dutch and in
/// English (placeholders included, so the claim is about the right month).
fn claim_words(key: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match key {
        "sim_result_same" => (&["zakt", "stijgt"], &["falls", "rises"]),
        "sim_result_better" => (
            &["meteen lager", "blijft zo, elke maand tot het einde"],
            &[
                "lower",
                "from the first month",
                "stays lower in every month",
            ],
        ),
        "sim_result_worse" => (
            &["in geen enkele maand een lagere druk"],
            &["does not bring lower pressure", "in any month"],
        ),
        "sim_result_j" => (
            &[
                "eerst hoger",
                "grootste verschil in maand {worst_month}",
                "vanaf maand {from} tot het einde lager",
            ],
            &[
                "higher",
                "at first",
                "largest gap in month {worst_month}",
                "lower from month {from} to the end",
            ],
        ),
        "sim_result_fades" => (
            &["eerst lager", "vanaf maand {from} tot het einde hoger"],
            &["lower", "at first", "higher from month {from} to the end"],
        ),
        "sim_result_same_then_better" => (
            &[
                "tot en met maand {until} gelijk",
                "vanaf maand {from} tot het einde lager",
            ],
            &[
                "the same",
                "up to and including month {until}",
                "lower from month {from} to the end",
            ],
        ),
        "sim_result_same_then_worse" => (
            &[
                "tot en met maand {until} gelijk",
                "vanaf maand {from} tot het einde hoger",
            ],
            &[
                "the same",
                "up to and including month {until}",
                "higher from month {from} to the end",
            ],
        ),
        "sim_result_mixed" => (
            &[
                "in {lower} van de {months} maanden lager",
                "in {higher} maanden hoger",
                "in de overige gelijk",
            ],
            &[
                "lower",
                "in {lower} of the {months} months",
                "higher in {higher} months",
                "the same in the rest",
            ],
        ),
        "sim_result_squeeze" => (&["blijft", "over"], &["is left"]),
        _ => panic!("no claims listed for {key}"),
    }
}

#[test]
fn every_result_template_says_its_claims_in_both_languages() {
    for key in RESULT_KEYS {
        let (nl, en) = claim_words(key);
        for (lang, words) in [(Lang::Nl, nl), (Lang::En, en)] {
            let t = template(lang, key);
            for w in words {
                assert!(t.contains(w), "{lang:?} {key} does not say “{w}”: {t}");
            }
        }
    }
}

/// Checks the claims of the template `key` against the run, with the
/// placeholders' values as shown.
fn check_claims(key: &str, v: &BTreeMap<String, String>, run: &Run, base: &Run) {
    let signs = signs(run, base);
    let from = || whole(v, "from");
    let until_then = |before: i8, after: i8| {
        let from = from();
        assert!(from > 0 && from <= MONTHS, "{key}: month {from}");
        for (t, s) in signs.iter().enumerate() {
            let want = if t < from { before } else { after };
            assert_eq!(*s, want, "{key}: month {t} (from {from})");
        }
        assert_eq!(whole(v, "until"), from - 1, "{key}: until");
    };
    let first_then = |first: i8, from: usize| {
        assert_eq!(signs[0], first, "{key}: month 0");
        assert!(
            signs[..from].iter().all(|s| *s != -first),
            "{key}: {} before month {from}",
            if first > 0 { "lower" } else { "higher" }
        );
        assert!(
            signs[from..].iter().all(|s| *s == -first),
            "{key}: not {} from month {from} to the end",
            if first > 0 { "lower" } else { "higher" }
        );
    };
    match key {
        "sim_result_same" => {
            assert!(signs.iter().all(|s| *s == 0), "{key}: not the same");
            let (v0, v10) = (run.months[0].v, run.at_year(Series::Vitality, 10));
            let (p0, p10) = (run.months[0].p, run.at_year(Series::Pressure, 10));
            assert!(v10 < v0, "{key}: vitality does not fall");
            assert!(p10 > p0, "{key}: pressure does not rise");
        }
        "sim_result_better" => assert!(signs.iter().all(|s| *s == -1), "{key}: {signs:?}"),
        "sim_result_worse" => {
            assert!(signs.iter().all(|s| *s >= 0), "{key}: lower somewhere");
            assert!(signs.contains(&1), "{key}: never higher");
        }
        "sim_result_j" => {
            first_then(1, from());
            let month = whole(v, "worst_month");
            let gap = |t: usize| run.months[t].p - base.months[t].p;
            assert!(
                (0..=MONTHS).all(|t| gap(t) <= gap(month)),
                "{key}: the largest gap is not in month {month}"
            );
        }
        "sim_result_fades" => first_then(-1, from()),
        "sim_result_same_then_better" => until_then(0, -1),
        "sim_result_same_then_worse" => until_then(0, 1),
        "sim_result_mixed" => {
            let count = |x: i8| signs.iter().filter(|s| **s == x).count();
            assert_eq!(whole(v, "lower"), count(-1), "{key}: lower");
            assert_eq!(whole(v, "higher"), count(1), "{key}: higher");
            assert_eq!(whole(v, "months"), signs.len(), "{key}: months");
            assert!(count(-1) > 0, "{key}: never lower");
        }
        "sim_result_squeeze" => {}
        _ => panic!("unknown template {key}"),
    }
}

/// The true value behind each numeric placeholder, on the scale shown
/// (percentages and vitality ×100).
fn true_value(
    name: &str,
    v: &BTreeMap<String, String>,
    run: &Run,
    base: &Run,
    s: f64,
) -> Option<f64> {
    let p = |r: &Run, t: usize| 100.0 * r.months[t].p;
    let vit = |r: &Run, t: usize| 100.0 * r.months[t].v;
    Some(match name {
        "p0" => p(run, 0),
        "p10" => p(run, 120),
        "b10" => p(base, 120),
        "p15" => p(run, 180),
        "b15" => p(base, 180),
        "v0" => vit(run, 0),
        "v10" => vit(run, 120),
        "bv10" => vit(base, 120),
        "v15" => vit(run, 180),
        "bv15" => vit(base, 180),
        "s" => 100.0 * s,
        "x10" => 100.0 * run.months[120].x,
        "worst" => p(run, whole(v, "worst_month")),
        "base_at_worst" => p(base, whole(v, "worst_month")),
        // Months and counts: checked as claims.
        "from" | "until" | "worst_month" | "lower" | "higher" | "months" => return None,
        _ => panic!("unknown placeholder {name}"),
    })
}

/// The sentence shown for `params`, in `lang`, is true of the run.
fn check_sentence(params: &Params, lang: Lang) {
    let run = simulate(params);
    let base = baseline_run();
    let s = params.get(COMMUNITY_SHARE) / 100.0;
    let t = |k: &'static str| template(lang, k);
    let shown = sentence(&t, lang, &run, s);
    let (main, squeeze) = RESULT_KEYS.split_at(RESULT_KEYS.len() - 1);
    let matches: Vec<_> = main
        .iter()
        .filter_map(|key| match_start(&t(key), &shown).map(|(v, rest)| (*key, v, rest)))
        .collect();
    assert_eq!(
        matches.len(),
        1,
        "{lang:?}: the sentence is from exactly one template: {shown}"
    );
    let (key, values, rest) = &matches[0];
    let mut parts = vec![(*key, values.clone())];
    if s > 0.0 {
        let rest = rest
            .strip_prefix(' ')
            .unwrap_or_else(|| panic!("{lang:?}: no sentence on the squeeze: {shown}"));
        let (v, end) = match_start(&t(squeeze[0]), rest)
            .unwrap_or_else(|| panic!("{lang:?}: not the squeeze template: {rest}"));
        assert!(end.is_empty(), "{lang:?}: trailing text {end:?}");
        parts.push((squeeze[0], v));
    } else {
        assert!(rest.is_empty(), "{lang:?}: trailing text {rest:?}");
    }
    for (key, values) in parts {
        check_claims(key, &values, &run, base);
        for (name, text) in &values {
            if let Some(truth) = true_value(name, &values, &run, base, s) {
                let (value, slack) = shown_number(text);
                assert!(
                    (value - truth).abs() <= slack,
                    "{lang:?} {key}: {name} shows {text}, the model has {truth}: {shown}"
                );
            }
        }
    }
}

fn check_both(params: &Params) {
    check_sentence(params, Lang::Nl);
    check_sentence(params, Lang::En);
}

/// Settings that lead to each shape, beside the scenarios.
fn examples() -> Vec<Params> {
    let base = baseline();
    let mut out: Vec<Params> = PRESETS.iter().map(|p| p.params).collect();
    out.extend([
        base.with(CUTS, 60.0),
        base.with(COMMUNITY_SHARE, 0.0),
        base.with(COMMUNITY_SHARE, 0.0).with(CATCH, 100.0),
        preset("vak")
            .unwrap()
            .params
            .with(SKILL, 50.0)
            .with(CUTS, 40.0),
        // A little more collective time, and no cuts: worse, then better.
        base.with(COMMUNITY_SHARE, 12.0).with(CUTS, 0.0),
    ]);
    out
}

#[test]
fn the_sentence_of_every_scenario_and_example_is_true_of_its_run() {
    for p in examples() {
        check_both(&p);
    }
}

#[test]
fn the_scenarios_and_examples_show_the_shapes_the_issue_names() {
    // "Extra budget → opbouwwerk" changes nothing before the delay: the same
    // pressure up to the delay, lower after it.
    let base = baseline_run();
    let vak = simulate(&preset("vak").unwrap().params);
    let delay = preset("vak").unwrap().params.get(DELAY) as usize;
    assert_eq!(
        vak.outcome(base),
        Outcome::SameThenBetter { from: delay + 1 }
    );
    let outcomes: Vec<Outcome> = examples()
        .iter()
        .map(|p| simulate(p).outcome(base))
        .collect();
    for shape in [
        "Same",
        "Better",
        "SameThenBetter",
        "SameThenWorse",
        "WorseThenBetter",
        "BetterThenWorse",
        "Worse",
    ] {
        assert!(
            outcomes
                .iter()
                .any(|o| format!("{o:?}").split(' ').next() == Some(shape)),
            "no example shows {shape}: {outcomes:?}"
        );
    }
}

/// A scenario with a few of its values changed: settings near the ones
/// readers start from, where a run often equals the baseline for a while.
fn near_a_scenario() -> impl Strategy<Value = Params> {
    let changed = [CUTS, DELAY, EXTRA_BUDGET, TO_OPBOUWWERK, SKILL];
    (
        0..PRESETS.len(),
        params_strategy(),
        proptest::bits::u8::masked(0b11111),
    )
        .prop_map(move |(scenario, random, mask)| {
            let mut p = PRESETS[scenario].params;
            for (bit, i) in changed.into_iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    p = p.with(i, random.get(i));
                }
            }
            p
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_sentence_for_any_setting_is_true_of_its_run(p in params_strategy()) {
        check_both(&p);
    }

    #[test]
    fn the_sentence_near_every_scenario_is_true_of_its_run(p in near_a_scenario()) {
        check_both(&p);
    }
}
