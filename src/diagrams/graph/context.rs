//! What every handler of one diagram needs (copied into each), and the
//! keyboard: Enter and Space select, the arrow keys move between nodes.

use leptos::{ev, prelude::*};

use super::names::{label, text};
use crate::content::{rich, Diagram, DiagramNode, Lang};
use crate::diagrams::geometry::{self, Dir};
use crate::diagrams::selection::{Selection, TabStop};

/// Everything a handler needs, copied into each.
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    pub d: &'static Diagram,
    pub sel: Selection,
    /// Id of the node the loop impulse is at, if it is running.
    pub impulse: RwSignal<Option<&'static str>>,
    /// The whole reinforcing loop highlighted at once (reduced motion).
    pub impulse_all: RwSignal<bool>,
    /// The nodes are one tab stop; the arrow keys move between them.
    pub stop: TabStop,
}

impl Ctx {
    pub fn node(&self, id: &str) -> Option<&'static DiagramNode> {
        self.d.nodes.iter().find(|n| n.id == id)
    }

    /// The tabindex of node `id` (see [`TabStop`]; a selected link or loop
    /// is not a stop). Reactive.
    pub fn tabindex(&self, id: &str) -> &'static str {
        let selected = self.sel.selected.with(|s| {
            s.as_deref()
                .and_then(|s| self.node(s))
                .map(|n| n.id.as_str())
        });
        self.stop.tabindex(id, selected)
    }

    /// Whether the selected element is a loop that runs through node `a`
    /// (or, with `b`, along the link from `a` to `b`). Reactive.
    pub fn in_selected_loop(&self, a: &str, b: Option<&str>) -> bool {
        self.sel.selected.with(|s| {
            let Some(lp) = s
                .as_deref()
                .and_then(|s| self.d.loops.iter().find(|l| l.id == s))
            else {
                return false;
            };
            let next = |i: usize| lp.nodes[(i + 1) % lp.nodes.len()].as_str();
            lp.nodes
                .iter()
                .enumerate()
                .any(|(i, n)| n == a && b.is_none_or(|b| next(i) == b))
        })
    }

    pub fn toggle(&self, lang: Lang, id: &'static str) {
        let t = text(lang, id);
        self.sel.toggle(
            id,
            format!("{}: {}", label(lang, id), rich::plain(&t.explanation)),
        );
    }

    /// Selects an element and moves focus to it (relation buttons).
    pub fn pick(&self, lang: Lang, id: &'static str) -> Callback<()> {
        let cx = *self;
        Callback::new(move |_| {
            if cx.sel.selected.get_untracked().as_deref() != Some(id) {
                cx.toggle(lang, id);
            }
            cx.sel.focus(id);
        })
    }

    /// Enter and Space select; arrow keys move focus from `from` to the node
    /// that way, among the `near` (connected) nodes first, then among all.
    pub fn keys(
        &self,
        lang: Lang,
        id: &'static str,
        from: (f32, f32),
        near: Vec<&'static str>,
    ) -> impl Fn(ev::KeyboardEvent) + 'static {
        let cx = *self;
        move |e: ev::KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                e.prevent_default();
                cx.toggle(lang, id);
                return;
            }
            let Some(dir) = Dir::from_key(&key) else {
                return;
            };
            e.prevent_default();
            let near_nodes: Vec<&DiagramNode> = near
                .iter()
                .filter_map(|n| cx.node(n))
                .filter(|n| n.id != id)
                .collect();
            let all_nodes: Vec<&DiagramNode> = cx.d.nodes.iter().filter(|n| n.id != id).collect();
            let target = [near_nodes, all_nodes].into_iter().find_map(|nodes| {
                let cands: Vec<(usize, f32, f32)> = nodes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (i, n.x, n.y))
                    .collect();
                geometry::step(from, &cands, dir).map(|i| nodes[i].id.as_str())
            });
            if let Some(target) = target {
                cx.sel.focus(target);
            }
        }
    }
}
