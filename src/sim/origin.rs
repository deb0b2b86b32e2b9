//! Whose mechanism each equation is: derived, never typed. Every symbol on
//! the right-hand side of an equation stands on one ground: a link of the
//! causal-loop diagram that the equation implements ([`super::MODEL_LINKS`]),
//! one of our assumptions ([`super::ASSUMPTIONS`]), a number we chose, or
//! the form of the equation. An equation is the essay's only if it
//! implements a link the diagram draws as the essay's claim and nothing in
//! it is an inferred link or our assumption; any of those makes it ours; an
//! equation with neither links nor assumptions is bookkeeping. Whether a
//! link is drawn as inferred is the diagram's data (content/shared/
//! diagrams.toml), so the caller passes it in. A native test checks that
//! every right-hand symbol of every displayed equation has exactly one
//! ground, and that the page shows the derived tag.

use super::links::{How, MODEL_LINKS};

/// Where an equation comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The essay states the mechanism; its form and numbers are ours.
    Essay,
    /// Our assumption or our reading: the essay does not state it.
    Ours,
    /// Bookkeeping: a definition, not a claim about the world.
    Definition,
}

/// Interface-string key of the tag shown beside an equation of each origin.
pub const ORIGIN_KEYS: [(Origin, &str); 3] = [
    (Origin::Essay, "sim_origin_essay"),
    (Origin::Ours, "sim_origin_ours"),
    (Origin::Definition, "sim_origin_definition"),
];

/// What one right-hand symbol of an equation stands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ground {
    /// The symbol is the cause of this link of the diagram
    /// (from [`MODEL_LINKS`], never listed in [`GROUNDS`]).
    Link(&'static str),
    /// One of our assumptions: the interface-string key in
    /// [`super::ASSUMPTIONS`].
    Assumption(&'static str),
    /// A size or strength we chose ("numbers ours").
    Number,
    /// The form of the equation or a definition: a sum, a share, a stock,
    /// time ("form ours").
    Form,
}

/// The right-hand symbols that implement no link of the diagram, with their
/// grounds, per equation id.
pub const GROUNDS: &[(&str, &[(&str, Ground)])] = &[
    (
        "access",
        &[
            ("m", Ground::Number),
            ("t", Ground::Form),
            ("τ", Ground::Number),
        ],
    ),
    ("catch", &[("k", Ground::Number)]),
    ("demand", &[("N", Ground::Number)]),
    ("generalists", &[("b", Ground::Form), ("σ", Ground::Form)]),
    ("opbouwwerkers", &[("b", Ground::Form), ("σ", Ground::Form)]),
    (
        "intended",
        &[
            ("D", Ground::Form),
            ("K₀", Ground::Number),
            ("G", Ground::Form),
            ("s", Ground::Form),
        ],
    ),
    (
        "squeeze",
        &[
            ("s", Ground::Form),
            ("θ", Ground::Assumption("sim_assume_squeeze")),
        ],
    ),
    (
        "capacity",
        &[
            ("K₀", Ground::Number),
            ("G", Ground::Form),
            ("x", Ground::Form),
        ],
    ),
    ("pressure", &[("D", Ground::Form), ("K", Ground::Form)]),
    ("unmet", &[("D", Ground::Form), ("K", Ground::Form)]),
    (
        "effort",
        &[
            ("G", Ground::Form),
            ("x", Ground::Form),
            ("q", Ground::Assumption("sim_assume_skill")),
            ("O", Ground::Assumption("sim_assume_skill")),
            ("C", Ground::Number),
        ],
    ),
    (
        "effect",
        &[
            ("E", Ground::Form),
            ("t", Ground::Form),
            ("L", Ground::Assumption("sim_assume_pipeline")),
        ],
    ),
    ("growth", &[("g", Ground::Number), ("V", Ground::Form)]),
    (
        "vitality",
        &[
            ("V", Ground::Form),
            ("R", Ground::Form),
            ("δ", Ground::Assumption("sim_assume_erosion")),
        ],
    ),
];

/// Every right-hand symbol of `equation` with its ground: the links it
/// implements (from [`MODEL_LINKS`]), then the rest (from [`GROUNDS`]).
pub fn grounds(equation: &str) -> Vec<(&'static str, Ground)> {
    let mut out: Vec<(&'static str, Ground)> = MODEL_LINKS
        .iter()
        .filter_map(|l| match l.how {
            How::Equation {
                equation: e, cause, ..
            } if e == equation => Some((cause, Ground::Link(l.link))),
            _ => None,
        })
        .collect();
    if let Some((_, rest)) = GROUNDS.iter().find(|(e, _)| *e == equation) {
        out.extend_from_slice(rest);
    }
    out
}

/// The grounds that make `equation` ours: the inferred links it implements
/// and our assumptions in it. `inferred` says whether the diagram draws a
/// link (by id) as our inference.
pub fn ours_because(
    equation: &str,
    inferred: &dyn Fn(&str) -> bool,
) -> Vec<(&'static str, Ground)> {
    grounds(equation)
        .into_iter()
        .filter(|(_, g)| match g {
            Ground::Link(link) => inferred(link),
            Ground::Assumption(_) => true,
            Ground::Number | Ground::Form => false,
        })
        .collect()
}

/// Whose mechanism `equation` is, derived from its grounds. `inferred` says
/// whether the diagram draws a link (by id) as our inference.
pub fn origin(equation: &str, inferred: &dyn Fn(&str) -> bool) -> Origin {
    if !ours_because(equation, inferred).is_empty() {
        Origin::Ours
    } else if grounds(equation)
        .iter()
        .any(|(_, g)| matches!(g, Ground::Link(_)))
    {
        Origin::Essay
    } else {
        Origin::Definition
    }
}

/// The interface-string key of an origin's tag.
pub fn origin_key(origin: Origin) -> &'static str {
    ORIGIN_KEYS
        .iter()
        .find(|(o, _)| *o == origin)
        .map_or("", |(_, k)| k)
}
