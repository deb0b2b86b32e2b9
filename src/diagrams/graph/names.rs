//! The words of a diagram: element labels and explanations, and the names
//! of node, link and loop kinds, in a language.

use crate::content::{DiagramText, Lang, LinkKind, LoopKind, NodeKind};
use crate::diagrams::detail::NO_TEXT;
use crate::state::{all, t};

/// Label and explanation of a diagram element in a language.
pub fn text(lang: Lang, id: &str) -> &'static DiagramText {
    all().locale(lang).diagram_text.get(id).unwrap_or(&NO_TEXT)
}

/// The label of an element, or its id if it has none.
pub(super) fn label(lang: Lang, id: &'static str) -> &'static str {
    let t = text(lang, id);
    if t.label.is_empty() {
        id
    } else {
        t.label.as_str()
    }
}

/// The name of a link's relation, e.g. "supports" or "increases (+)".
pub fn link_kind_text(lang: Lang, kind: LinkKind) -> String {
    t(lang, kind.ui_key())
}

/// The name of a node type, e.g. "argument".
pub fn node_kind_text(lang: Lang, kind: NodeKind) -> String {
    t(lang, kind.ui_key())
}

/// The name of a loop type, "R: reinforcing loop" or "B: balancing loop".
pub fn loop_kind_text(lang: Lang, kind: LoopKind) -> String {
    t(lang, kind.ui_key())
}
