//! The vocabulary of the node-link diagrams: node, link and loop kinds.
//! Typed, so a kind the diagrams cannot draw or explain stops the build
//! (`build.rs` reads `content/shared/diagrams.toml` into these types), not
//! the render. Each kind names its `[ui]` key; the CSS class is its name.

use serde::{Deserialize, Serialize};

/// What a node stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    Factor,
    Claim,
    Argument,
    Analysis,
    Support,
    Rejected,
    Essay,
    Source,
    Part,
    Organisation,
}

impl NodeKind {
    pub const ALL: [NodeKind; 10] = [
        NodeKind::Factor,
        NodeKind::Claim,
        NodeKind::Argument,
        NodeKind::Analysis,
        NodeKind::Support,
        NodeKind::Rejected,
        NodeKind::Essay,
        NodeKind::Source,
        NodeKind::Part,
        NodeKind::Organisation,
    ];

    /// The name in the content files and in CSS (`node--claim`).
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Factor => "factor",
            NodeKind::Claim => "claim",
            NodeKind::Argument => "argument",
            NodeKind::Analysis => "analysis",
            NodeKind::Support => "support",
            NodeKind::Rejected => "rejected",
            NodeKind::Essay => "essay",
            NodeKind::Source => "source",
            NodeKind::Part => "part",
            NodeKind::Organisation => "organisation",
        }
    }

    /// The `[ui]` key of its name.
    pub fn ui_key(self) -> &'static str {
        match self {
            NodeKind::Factor => "diagram_node_factor",
            NodeKind::Claim => "diagram_node_claim",
            NodeKind::Argument => "diagram_node_argument",
            NodeKind::Analysis => "diagram_node_analysis",
            NodeKind::Support => "diagram_node_support",
            NodeKind::Rejected => "diagram_node_rejected",
            NodeKind::Essay => "diagram_node_essay",
            NodeKind::Source => "diagram_node_source",
            NodeKind::Part => "diagram_node_part",
            NodeKind::Organisation => "diagram_node_organisation",
        }
    }
}

/// The relation a link draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    /// A causal link: more of one, more of the other.
    #[serde(rename = "+")]
    Plus,
    /// A causal link: more of one, less of the other.
    #[serde(rename = "-")]
    Minus,
    Supports,
    Grounds,
    GoesFurther,
    ArguesAgainst,
    Cites,
    SelectsFrom,
    AgreesWith,
    Criticises,
    PartOf,
}

impl LinkKind {
    pub const ALL: [LinkKind; 11] = [
        LinkKind::Plus,
        LinkKind::Minus,
        LinkKind::Supports,
        LinkKind::Grounds,
        LinkKind::GoesFurther,
        LinkKind::ArguesAgainst,
        LinkKind::Cites,
        LinkKind::SelectsFrom,
        LinkKind::AgreesWith,
        LinkKind::Criticises,
        LinkKind::PartOf,
    ];

    /// The name in the content files.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Plus => "+",
            LinkKind::Minus => "-",
            LinkKind::Supports => "supports",
            LinkKind::Grounds => "grounds",
            LinkKind::GoesFurther => "goes-further",
            LinkKind::ArguesAgainst => "argues-against",
            LinkKind::Cites => "cites",
            LinkKind::SelectsFrom => "selects-from",
            LinkKind::AgreesWith => "agrees-with",
            LinkKind::Criticises => "criticises",
            LinkKind::PartOf => "part-of",
        }
    }

    /// The name in CSS (`link--plus`).
    pub fn css(self) -> &'static str {
        match self {
            LinkKind::Plus => "plus",
            LinkKind::Minus => "minus",
            other => other.as_str(),
        }
    }

    /// The `[ui]` key of its name.
    pub fn ui_key(self) -> &'static str {
        match self {
            LinkKind::Plus => "diagram_link_plus",
            LinkKind::Minus => "diagram_link_minus",
            LinkKind::Supports => "diagram_link_supports",
            LinkKind::Grounds => "diagram_link_grounds",
            LinkKind::GoesFurther => "diagram_link_goes_further",
            LinkKind::ArguesAgainst => "diagram_link_argues_against",
            LinkKind::Cites => "diagram_link_cites",
            LinkKind::SelectsFrom => "diagram_link_selects_from",
            LinkKind::AgreesWith => "diagram_link_agrees_with",
            LinkKind::Criticises => "diagram_link_criticises",
            LinkKind::PartOf => "diagram_link_part_of",
        }
    }

    /// The sign drawn on a causal link: "+" or "−" (a true minus sign).
    pub fn polarity_sign(self) -> Option<&'static str> {
        match self {
            LinkKind::Plus => Some("+"),
            LinkKind::Minus => Some("−"),
            _ => None,
        }
    }
}

/// A feedback loop: reinforcing (R) or balancing (B).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum LoopKind {
    #[serde(rename = "R")]
    Reinforcing,
    #[serde(rename = "B")]
    Balancing,
}

impl LoopKind {
    pub const ALL: [LoopKind; 2] = [LoopKind::Reinforcing, LoopKind::Balancing];

    /// The letter drawn in the loop and used in the content files.
    pub fn as_str(self) -> &'static str {
        match self {
            LoopKind::Reinforcing => "R",
            LoopKind::Balancing => "B",
        }
    }

    /// The `[ui]` key of its name.
    pub fn ui_key(self) -> &'static str {
        match self {
            LoopKind::Reinforcing => "diagram_loop_r",
            LoopKind::Balancing => "diagram_loop_b",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::{value::Error, IntoDeserializer};

    fn parse<T: Deserialize<'static>>(name: &'static str) -> Result<T, Error> {
        T::deserialize(name.into_deserializer())
    }

    #[test]
    fn every_kind_reads_back_from_its_name_and_an_unknown_kind_is_an_error() {
        for k in NodeKind::ALL {
            assert_eq!(parse::<NodeKind>(k.as_str()), Ok(k));
        }
        for k in LinkKind::ALL {
            assert_eq!(parse::<LinkKind>(k.as_str()), Ok(k));
        }
        for k in LoopKind::ALL {
            assert_eq!(parse::<LoopKind>(k.as_str()), Ok(k));
        }
        assert!(parse::<NodeKind>("onbekend").is_err());
        assert!(parse::<LinkKind>("raar").is_err());
        assert!(parse::<LoopKind>("r").is_err());
    }
}
