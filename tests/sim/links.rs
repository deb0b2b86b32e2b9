//! The causal-loop diagram `spagaat-kringloop` and the model agree: every
//! link of the diagram is in [`MODEL_LINKS`] with the same ends and sign
//! (and no other link is), every link the model claims to implement is a
//! real dependency in the displayed equations with that sign (perturbing the
//! cause moves the effect the right way), and the reinforcing loop is in the
//! model. Changing the diagram or the equations alone makes this fail.

use std::collections::BTreeSet;

use opbouwwerk_uitgelegd::content;
use opbouwwerk_uitgelegd::content::model::Diagram;
use opbouwwerk_uitgelegd::sim::*;

use super::eval::eval;
use super::{env_for, past};

fn diagram() -> &'static Diagram {
    content::content()
        .shared
        .diagrams
        .iter()
        .find(|d| d.id == LOOP_DIAGRAM)
        .expect("the causal-loop diagram exists")
}

fn equation(id: &str) -> &'static Equation {
    EQUATIONS
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no equation {id}"))
}

#[test]
fn the_table_lists_exactly_the_diagrams_links_with_their_ends_and_signs() {
    let d = diagram();
    let in_diagram: BTreeSet<&str> = d.links.iter().map(|l| l.id.as_str()).collect();
    let in_table: BTreeSet<&str> = MODEL_LINKS.iter().map(|l| l.link).collect();
    assert_eq!(
        in_table, in_diagram,
        "the model's link table and the diagram list different links"
    );
    for l in &d.links {
        let m = MODEL_LINKS.iter().find(|m| m.link == l.id).unwrap();
        assert_eq!(
            (m.from, m.to, m.sign),
            (l.from.as_str(), l.to.as_str(), l.kind.as_str()),
            "link {}",
            l.id
        );
    }
    let nodes: BTreeSet<&str> = d.nodes.iter().map(|n| n.id.as_str()).collect();
    let mapped: BTreeSet<&str> = NODE_SYMBOLS.iter().map(|(n, _)| *n).collect();
    assert_eq!(mapped, nodes, "every node says which symbols stand for it");
}

#[test]
fn every_implemented_link_is_a_dependency_with_its_sign_in_the_equations() {
    let d = diagram();
    // A month in which the baseline's pressure exceeds the intended capacity,
    // so the squeeze is active, and the pipeline is past its start.
    let params = baseline();
    let run = simulate(&params);
    let t = 60;
    let month = run.months[t];
    assert!(month.p0 > 1.0);
    let past = past(&run, t);
    let mut env = env_for(&params, &month);
    for eq in EQUATIONS {
        let (lhs, v, _) = eval(eq.text, &env, &past);
        env.insert(lhs, v);
    }
    let mut implemented = 0;
    for m in MODEL_LINKS {
        let link = d.links.iter().find(|l| l.id == m.link).unwrap();
        match m.how {
            How::Equation {
                equation: id,
                cause,
                effect,
                delayed,
                note,
            } => {
                implemented += 1;
                let eq = equation(id);
                assert_eq!(
                    symbol(eq.var),
                    effect,
                    "{}: {effect} is not what {id} computes",
                    m.link
                );
                assert!(
                    node_symbols(m.from).contains(&cause),
                    "{}: {cause} does not stand for {}",
                    m.link,
                    m.from
                );
                assert!(
                    node_symbols(m.to).contains(&effect),
                    "{}: {effect} does not stand for {}",
                    m.link,
                    m.to
                );
                let (_, base, used) = eval(eq.text, &env, &past);
                assert!(
                    used.iter().any(|u| u == cause),
                    "{}: {} does not use {cause}",
                    m.link,
                    eq.text
                );
                // Perturb the cause: the effect moves with the link's sign.
                let mut bumped = env.clone();
                let h = 0.01 * env[cause].abs().max(0.1);
                *bumped.get_mut(cause).unwrap() += h;
                let (_, after, _) = eval(eq.text, &bumped, &past);
                let change = after - base;
                let expected = if m.sign == "+" { 1.0 } else { -1.0 };
                assert!(
                    change * expected > 0.0,
                    "{}: d{effect}/d{cause} has the wrong sign ({change})",
                    m.link
                );
                // A delay in the model is a delay in the drawing, unless the
                // page says why not.
                assert!(
                    delayed == link.delay || note.is_some(),
                    "{}: delay differs without a note",
                    m.link
                );
                if delayed {
                    assert!(eq.text.contains('W') && equation("effect").text.contains("t − L"));
                }
            }
            How::Absent { .. } => {
                let ends = [node_symbols(m.from), node_symbols(m.to)];
                assert!(
                    ends.iter().any(|s| s.is_empty()),
                    "{}: both ends are in the model, so is the link",
                    m.link
                );
            }
        }
        // Links the model does not implement as the essay states them are
        // drawn as our inference, or absent from the model.
    }
    assert!(implemented >= 7);
    // Every symbol standing for a node is in the equations.
    let all: String = EQUATIONS
        .iter()
        .map(|e| e.text)
        .collect::<Vec<_>>()
        .join(" ");
    for (node, symbols) in NODE_SYMBOLS {
        for s in symbols {
            assert!(all.contains(s), "{node}: {s} is not in the equations");
        }
    }
}

#[test]
fn the_reinforcing_loop_is_in_the_model_and_the_balancing_one_is_said_not_to_be() {
    let d = diagram();
    let link_between = |a: &str, b: &str| MODEL_LINKS.iter().find(|l| l.from == a && l.to == b);
    for lp in &d.loops {
        let n = lp.nodes.len();
        let links: Vec<&ModelLink> = (0..n)
            .map(|i| {
                link_between(&lp.nodes[i], &lp.nodes[(i + 1) % n])
                    .unwrap_or_else(|| panic!("{}: gap", lp.id))
            })
            .collect();
        let all_in = links.iter().all(|l| matches!(l.how, How::Equation { .. }));
        match lp.kind.as_str() {
            "R" => assert!(
                all_in,
                "{}: the reinforcing loop must be in the model",
                lp.id
            ),
            _ => assert!(
                !all_in,
                "{}: the page says the balancing loop is not in the model",
                lp.id
            ),
        }
    }
}

#[test]
fn the_links_that_carry_our_mechanism_are_drawn_as_inference() {
    let d = diagram();
    for id in [
        "tweede-lijn-druk",
        "harde-kern-druk",
        "bezuiniging-tijd",
        "druk-tijd",
    ] {
        assert!(
            d.links.iter().any(|l| l.id == id && l.inferred),
            "{id} should be drawn as our inference"
        );
    }
}
