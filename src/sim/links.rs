//! How the causal-loop diagram `spagaat-kringloop` (content/shared/
//! diagrams.toml) and the model relate: for each link of the diagram, the
//! term of the model's equations that implements it, or why the model leaves
//! it out. A native test (tests/sim.rs) checks this table against the
//! diagram and against the equations in both directions, so neither side can
//! change alone.

/// The diagram this table describes.
pub const LOOP_DIAGRAM: &str = "spagaat-kringloop";

/// How one link of the diagram appears in the model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum How {
    /// In the equation `equation`, `effect` depends on `cause` with the
    /// link's sign. `delayed` when the effect arrives after the delay `L`.
    /// `note`: an interface-string key saying where the model differs from
    /// the drawing on purpose.
    Equation {
        equation: &'static str,
        cause: &'static str,
        effect: &'static str,
        delayed: bool,
        note: Option<&'static str>,
    },
    /// Not in the model; the interface string `note` says why.
    Absent { note: &'static str },
}

/// One link of the diagram, as the model sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelLink {
    pub link: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    /// "+" or "-", as the diagram's `kind`.
    pub sign: &'static str,
    pub how: How,
}

const fn eqn(equation: &'static str, cause: &'static str, effect: &'static str) -> How {
    How::Equation {
        equation,
        cause,
        effect,
        delayed: false,
        note: None,
    }
}

const fn link(
    link: &'static str,
    from: &'static str,
    to: &'static str,
    sign: &'static str,
    how: How,
) -> ModelLink {
    ModelLink {
        link,
        from,
        to,
        sign,
        how,
    }
}

/// Which symbols of the model stand for each node of the diagram.
pub const NODE_SYMBOLS: [(&str, &[&str]); 10] = [
    ("toegang", &["λ"]),
    ("zichtbare-vraag", &["A"]),
    ("tweede-lijn", &[]),
    ("harde-kern", &[]),
    ("druk-individueel", &["D", "P₀", "P"]),
    ("vraag-preventie", &[]),
    ("bezuinigingen", &["c"]),
    ("tijd-collectief", &["x", "E", "W"]),
    ("vitale-gemeenschappen", &["V", "R", "V′"]),
    ("vangnet", &["F"]),
];

/// Every link of the diagram, in the diagram's order.
pub const MODEL_LINKS: [ModelLink; 11] = [
    link(
        "toegang-zichtbaar",
        "toegang",
        "zichtbare-vraag",
        "+",
        eqn("access", "λ", "A"),
    ),
    link(
        "zichtbaar-druk",
        "zichtbare-vraag",
        "druk-individueel",
        "+",
        eqn("demand", "A", "D"),
    ),
    link(
        "tweede-lijn-druk",
        "tweede-lijn",
        "druk-individueel",
        "+",
        How::Absent {
            note: "sim_link_absent_second_line",
        },
    ),
    link(
        "harde-kern-druk",
        "harde-kern",
        "druk-individueel",
        "+",
        How::Absent {
            note: "sim_link_absent_hard_core",
        },
    ),
    link(
        "druk-tijd",
        "druk-individueel",
        "tijd-collectief",
        "-",
        eqn("squeeze", "P₀", "x"),
    ),
    link(
        "tijd-vitaal",
        "tijd-collectief",
        "vitale-gemeenschappen",
        "+",
        How::Equation {
            equation: "growth",
            cause: "W",
            effect: "R",
            delayed: true,
            note: None,
        },
    ),
    link(
        "vitaal-vangnet",
        "vitale-gemeenschappen",
        "vangnet",
        "+",
        eqn("catch", "V", "F"),
    ),
    link(
        "vangnet-druk",
        "vangnet",
        "druk-individueel",
        "-",
        eqn("demand", "F", "D"),
    ),
    link(
        "druk-vraag",
        "druk-individueel",
        "vraag-preventie",
        "+",
        How::Absent {
            note: "sim_link_absent_policy",
        },
    ),
    link(
        "vraag-tijd",
        "vraag-preventie",
        "tijd-collectief",
        "+",
        How::Absent {
            note: "sim_link_absent_policy",
        },
    ),
    link(
        "bezuiniging-tijd",
        "bezuinigingen",
        "tijd-collectief",
        "-",
        How::Equation {
            equation: "effort",
            cause: "c",
            effect: "E",
            delayed: false,
            note: Some("sim_link_note_cuts"),
        },
    ),
];

/// The symbols standing for a node (empty when the model leaves it out).
pub fn node_symbols(node: &str) -> &'static [&'static str] {
    NODE_SYMBOLS
        .iter()
        .find(|(n, _)| *n == node)
        .map_or(&[], |(_, s)| s)
}

/// Interface-string keys the table refers to (for the completeness test).
pub fn link_note_keys() -> Vec<&'static str> {
    MODEL_LINKS
        .iter()
        .filter_map(|l| match l.how {
            How::Equation { note, .. } => note,
            How::Absent { note } => Some(note),
        })
        .collect()
}
