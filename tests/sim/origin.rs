//! Whose mechanism each equation is, derived and shown: every right-hand
//! symbol of every displayed equation has exactly one ground (a link of the
//! diagram from `MODEL_LINKS`, one of our assumptions, a number, the form),
//! an equation is tagged the essay's only when every link in it is drawn as
//! the essay's claim and no assumption of ours is in it, and the page shows
//! the derived tag (rendered, in both languages).

use std::collections::BTreeSet;

use opbouwwerk_uitgelegd::content::{self, Lang};
use opbouwwerk_uitgelegd::prerender::{render_state, strip_comments};
use opbouwwerk_uitgelegd::sim::*;
use opbouwwerk_uitgelegd::url_state::{Fragment, UrlState};

use super::eval::eval;
use super::{env_for, past};

/// Whether the causal-loop diagram, as the content has it, draws `link` as
/// our inference.
fn inferred(link: &str) -> bool {
    let d = content::content()
        .shared
        .diagrams
        .iter()
        .find(|d| d.id == LOOP_DIAGRAM)
        .expect("the causal-loop diagram");
    d.links
        .iter()
        .find(|l| l.id == link)
        .unwrap_or_else(|| panic!("no link {link} in the diagram"))
        .inferred
}

/// The right-hand symbols of each displayed equation, as the evaluator reads
/// them.
fn right_hand_symbols() -> Vec<(&'static str, BTreeSet<String>)> {
    let params = baseline();
    let run = simulate(&params);
    let t = 30;
    let past = past(&run, t);
    let mut env = env_for(&params, &run.months[t]);
    EQUATIONS
        .iter()
        .map(|eq| {
            let (lhs, v, used) = eval(eq.text, &env, &past);
            env.insert(lhs, v);
            (eq.id, used.into_iter().collect())
        })
        .collect()
}

#[test]
fn every_right_hand_symbol_of_every_equation_has_exactly_one_ground() {
    for (id, used) in right_hand_symbols() {
        let grounds = grounds(id);
        let named: Vec<&str> = grounds.iter().map(|(s, _)| *s).collect();
        let unique: BTreeSet<String> = named.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            unique.len(),
            named.len(),
            "{id}: a symbol with two grounds: {named:?}"
        );
        assert_eq!(
            unique, used,
            "{id}: grounds {named:?}, the equation uses {used:?}"
        );
        for (symbol, ground) in grounds {
            match ground {
                Ground::Link(link) => {
                    let _ = inferred(link); // the link exists in the diagram
                }
                Ground::Assumption(key) => assert!(
                    ASSUMPTIONS.contains(&key),
                    "{id}: {symbol} stands on {key}, which is not an assumption shown"
                ),
                Ground::Number | Ground::Form => {}
            }
        }
    }
    let ids: BTreeSet<&str> = EQUATIONS.iter().map(|e| e.id).collect();
    for (id, _) in GROUNDS {
        assert!(ids.contains(id), "grounds for an unknown equation {id}");
    }
}

#[test]
fn an_equation_is_the_essays_only_if_all_its_links_are_the_essays_and_no_assumption_is_in_it() {
    for eq in EQUATIONS {
        let grounds = grounds(eq.id);
        let links: Vec<&str> = grounds
            .iter()
            .filter_map(|(_, g)| match g {
                Ground::Link(l) => Some(*l),
                _ => None,
            })
            .collect();
        let assumed = grounds
            .iter()
            .any(|(_, g)| matches!(g, Ground::Assumption(_)));
        let expected = if assumed || links.iter().any(|l| inferred(l)) {
            Origin::Ours
        } else if !links.is_empty() {
            Origin::Essay
        } else {
            Origin::Definition
        };
        assert_eq!(
            origin(eq.id, &inferred),
            expected,
            "{}: {:?}",
            eq.id,
            grounds
        );
    }
    // The cases the issue found: A → D is drawn as our inference; the cuts
    // term is our inference and q · O our assumption.
    assert_eq!(origin("demand", &inferred), Origin::Ours);
    assert_eq!(origin("effort", &inferred), Origin::Ours);
    let because: Vec<&str> = ours_because("effort", &inferred)
        .iter()
        .map(|(s, _)| *s)
        .collect();
    for s in ["c", "q", "O"] {
        assert!(
            because.contains(&s),
            "effort is ours because of {s}: {because:?}"
        );
    }
    // The tag follows the diagram's data: were every link drawn as the
    // essay's, only assumptions would make an equation ours; were every link
    // inferred, no equation would be the essay's.
    assert_eq!(origin("demand", &|_| false), Origin::Essay);
    assert!(EQUATIONS
        .iter()
        .all(|e| origin(e.id, &|_| true) != Origin::Essay));
}

#[test]
fn every_assumption_an_equation_stands_on_says_it_is_ours() {
    for (_, grounds) in GROUNDS {
        for (_, g) in *grounds {
            if let Ground::Assumption(key) = g {
                for (lang, ours) in [(Lang::Nl, "Onze aanname"), (Lang::En, "Our assumption")] {
                    let text = content::content().locale(lang).ui(key).to_string();
                    assert!(text.starts_with(ours), "{lang:?} {key}: {text}");
                }
            }
        }
    }
}

/// The `<li>` of equation `id` in a rendered page.
fn equation_item<'h>(html: &'h str, id: &str) -> &'h str {
    let at = html
        .find(&format!("data-equation=\"{id}\""))
        .unwrap_or_else(|| panic!("equation {id} is not on the page"));
    let start = html[..at].rfind("<li").unwrap();
    let end = html[at..].find("</li>").unwrap() + at;
    &html[start..end]
}

/// The text of the first element with class `class` in `html`.
fn text_of_class(html: &str, class: &str) -> Option<String> {
    let at = html.find(&format!("class=\"{class}"))?;
    let open = html[at..].find('>')? + at + 1;
    let close = html[open..].find('<')? + open;
    Some(html[open..close].trim().to_string())
}

#[test]
fn the_page_shows_each_equations_derived_tag() {
    for lang in [Lang::Nl, Lang::En] {
        let url = UrlState {
            lang,
            ..UrlState::default()
        };
        let html = strip_comments(&render_state(None, url, Fragment::default()));
        let ui = |k: &str| content::content().locale(lang).ui(k).to_string();
        for eq in EQUATIONS {
            let derived = origin(eq.id, &inferred);
            let item = equation_item(&html, eq.id);
            assert!(
                item.contains(&format!("data-origin=\"{}\"", origin_key(derived))),
                "{lang:?} {}: {item}",
                eq.id
            );
            assert_eq!(
                text_of_class(item, "sim-origin").as_deref(),
                Some(ui(origin_key(derived)).as_str()),
                "{lang:?} {}: the tag shown",
                eq.id
            );
            // What makes it ours is named, symbol by symbol.
            let why = text_of_class(item, "sim-origin-why");
            let because = ours_because(eq.id, &inferred);
            assert_eq!(why.is_some(), !because.is_empty(), "{lang:?} {}", eq.id);
            for (symbol, _) in because {
                assert!(
                    why.as_deref().unwrap().contains(&format!("{symbol}: ")),
                    "{lang:?} {}: {symbol} not named in {why:?}",
                    eq.id
                );
            }
        }
    }
}
