//! The public ids of the page, in one table: sections, diagrams (with the
//! query key of their selection and the key of their name), and the anchors
//! of sources and glossary terms. These ids are the URL contract
//! (docs/url-contract.md): never rename one. Pure, tested natively.
//!
//! Adding a section: a row in [`SECTIONS`] and its text in `content/`.
//! Adding a diagram: a row in [`DIAGRAMS`], its data in `content/`, its own
//! component file and one arm in `diagrams::diagram_by_id`.

/// Section ids, in reading order.
pub const SECTIONS: [&str; 7] = [
    "opbouwwerk-undercover",
    "de-nieuwe-spagaat",
    "jos-van-der-lans",
    "handreikingen",
    "opbouwwerk-is-een-vak",
    "bronnen",
    "begrippen",
];

/// The sections that are reference lists (the bibliography, the glossary),
/// not a step of the argument: no quotations of their own.
pub const REFERENCE_SECTIONS: [&str; 2] = ["bronnen", "begrippen"];

/// The id of the top of the page (`#top`): a link target, not embeddable.
pub const TOP: &str = "top";

/// One diagram or interactive of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiagramId {
    /// Its public id: `<figure id>`, `#id`, `?embed=id`.
    pub id: &'static str,
    /// The section it is shown in.
    pub section: &'static str,
    /// The query key of its selected element (`?arg=hoofdclaim`), if it has one.
    pub query: Option<&'static str>,
    /// The `[ui]` key of its name (embed dialog, frame title).
    pub name: &'static str,
    /// The `[ui]` key of its name on a slide.
    pub slide: &'static str,
    /// What draws it.
    pub kind: DiagramKind,
}

/// What draws a diagram (`diagrams::diagram_by_id`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagramKind {
    /// A node-link diagram of the content (`diagrams::graph`); `play_loop`
    /// adds the button that sends an impulse around its reinforcing loop.
    Graph { play_loop: bool },
    /// The timeline, with its own axis.
    Timeline,
    /// The simulator of the spagaat.
    Simulator,
}

/// Every diagram. The order is the order of the selection keys in a written
/// query (`?kring=…&arg=…`), which is public: add new rows at the end.
/// Within a section, diagrams are shown in this order.
pub const DIAGRAMS: [DiagramId; 5] = [
    DiagramId {
        id: "spagaat-kringloop",
        section: "de-nieuwe-spagaat",
        query: Some("kring"),
        name: "embed_diagram_spagaat_kringloop",
        slide: "present_diagram_kringloop",
        kind: DiagramKind::Graph { play_loop: true },
    },
    DiagramId {
        id: "spagaat-simulator",
        section: "de-nieuwe-spagaat",
        query: None,
        name: "embed_diagram_spagaat_simulator",
        slide: "present_diagram_simulator",
        kind: DiagramKind::Simulator,
    },
    DiagramId {
        id: "argumentkaart",
        section: "opbouwwerk-undercover",
        query: Some("arg"),
        name: "embed_diagram_argumentkaart",
        slide: "present_diagram_argumentkaart",
        kind: DiagramKind::Graph { play_loop: false },
    },
    DiagramId {
        id: "bronnenkaart",
        section: "bronnen",
        query: Some("bron"),
        name: "embed_diagram_bronnenkaart",
        slide: "present_diagram_bronnenkaart",
        kind: DiagramKind::Graph { play_loop: false },
    },
    DiagramId {
        id: "tijdlijn",
        section: "opbouwwerk-undercover",
        query: Some("tijd"),
        name: "embed_diagram_tijdlijn",
        slide: "present_diagram_tijdlijn",
        kind: DiagramKind::Timeline,
    },
];

/// A diagram by its id.
pub fn diagram(id: &str) -> Option<&'static DiagramId> {
    DIAGRAMS.iter().find(|d| d.id == id)
}

/// The diagrams shown in a section, in order.
pub fn diagrams_in(section: &str) -> impl Iterator<Item = &'static str> + '_ {
    DIAGRAMS
        .iter()
        .filter(move |d| d.section == section)
        .map(|d| d.id)
}

/// Every diagram in reading order (by section, then table order).
pub fn diagrams_in_reading_order() -> impl Iterator<Item = &'static DiagramId> {
    SECTIONS
        .iter()
        .flat_map(|s| DIAGRAMS.iter().filter(move |d| d.section == *s))
}

/// The selection query keys in the order a query writes them.
pub fn selection_keys() -> impl Iterator<Item = &'static str> {
    DIAGRAMS.iter().filter_map(|d| d.query)
}

/// The query key of a diagram's selection (`"sel"` for a diagram without one).
pub fn selection_key(diagram_id: &str) -> &'static str {
    diagram(diagram_id).and_then(|d| d.query).unwrap_or("sel")
}

/// Whether `id` is a section.
pub fn is_section(id: &str) -> bool {
    SECTIONS.contains(&id)
}

/// Whether `id` names something that can be embedded on its own.
pub fn is_embeddable(id: &str) -> bool {
    is_section(id) || diagram(id).is_some()
}

/// Ids that may be linked to besides sections' parts, sources and terms:
/// the top, every section and every diagram.
pub fn fixed_anchors() -> impl Iterator<Item = &'static str> {
    std::iter::once(TOP)
        .chain(SECTIONS)
        .chain(DIAGRAMS.iter().map(|d| d.id))
}

/// The anchor of a bibliography entry: `bron-<id>`.
pub fn source_anchor(source: &str) -> String {
    format!("bron-{source}")
}

/// The anchor of a glossary entry: `begrip-<id>`.
pub fn term_anchor(term: &str) -> String {
    format!("begrip-{term}")
}

/// The id of a glossary term's card (a popover, not an anchor to link to):
/// `kaart-begrip-<id>`.
pub fn term_card(term: &str) -> String {
    format!("kaart-{}", term_anchor(term))
}

/// The term whose card has this element id (the inverse of [`term_card`]).
pub fn card_term(card_id: &str) -> Option<&str> {
    card_id
        .strip_prefix("kaart-begrip-")
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_id_gives_back_its_term() {
        assert_eq!(card_term(&term_card("wijkteam")), Some("wijkteam"));
        assert_eq!(card_term("kaart-begrip-"), None);
        assert_eq!(card_term("begrip-wijkteam"), None);
    }

    #[test]
    fn ids_are_unique_and_diagrams_live_in_known_sections() {
        let all: Vec<&str> = fixed_anchors().collect();
        for (i, id) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(id), "{id} twice");
        }
        for d in DIAGRAMS {
            assert!(is_section(d.section), "{}", d.id);
        }
        let keys: Vec<&str> = selection_keys().collect();
        assert_eq!(
            keys,
            ["kring", "arg", "bron", "tijd"],
            "the public order of selection keys"
        );
    }

    #[test]
    fn reading_order_and_sections() {
        let order: Vec<&str> = diagrams_in_reading_order().map(|d| d.id).collect();
        assert_eq!(
            order,
            [
                "argumentkaart",
                "tijdlijn",
                "spagaat-kringloop",
                "spagaat-simulator",
                "bronnenkaart"
            ]
        );
        assert_eq!(
            diagrams_in("de-nieuwe-spagaat").collect::<Vec<_>>(),
            ["spagaat-kringloop", "spagaat-simulator"]
        );
        assert_eq!(diagrams_in("begrippen").count(), 0);
        assert!(is_embeddable("tijdlijn") && is_embeddable("bronnen") && !is_embeddable(TOP));
        assert_eq!(
            (source_anchor("x"), term_anchor("wmo")),
            ("bron-x".to_string(), "begrip-wmo".to_string())
        );
        assert_eq!(selection_key("spagaat-simulator"), "sel");
    }
}
