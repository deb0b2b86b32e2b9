//! A node-link diagram drawn from one [`Diagram`] of the content: boxes,
//! typed links and feedback loops at the positions the data gives, every one
//! of them focusable and selectable by mouse, touch and keyboard, with a
//! legend, a detail panel and the whole diagram as a text list.
//!
//! The causal-loop diagram, the argument map and the source map are all this
//! component with different data. By concern: [`names`] (words), [`marks`]
//! (link ends), `context` (handlers, keyboard), `elements` (nodes, links,
//! loops), `describe` (the detail), `text_list`, `impulse`, [`legend`].

mod context;
mod describe;
mod elements;
mod impulse;
pub mod legend;
pub mod marks;
pub mod names;
mod text_list;

use std::collections::HashMap;

use leptos::prelude::*;

use crate::content::{Diagram, Lang, LoopKind, NodeKind};
use crate::diagrams::detail::DetailSlot;
use crate::diagrams::geometry::{self, Rect};
use crate::diagrams::selection::{Selection, TabStop};
use crate::state::{all, t_in, use_app};
use context::Ctx;
use describe::detail_of;
use elements::{link_view, loop_view, node_view};
use impulse::{play, Player};
use legend::Legend;
pub use names::text;
use names::label;
use text_list::text_list;

/// All element ids of a diagram (what its selection may hold).
fn element_ids(d: &Diagram) -> Vec<String> {
    d.nodes
        .iter()
        .map(|n| n.id.clone())
        .chain(d.links.iter().map(|l| l.id.clone()))
        .chain(d.loops.iter().map(|l| l.id.clone()))
        .collect()
}

/// Box of each node, in a language (label lengths differ).
fn boxes(d: &'static Diagram, lang: Lang) -> HashMap<&'static str, (Rect, Vec<String>)> {
    d.nodes
        .iter()
        .map(|n| {
            // Claim and essay labels are bold, so a little wider per character.
            let chars = if matches!(n.kind, NodeKind::Claim | NodeKind::Essay) { geometry::LINE_CHARS - 2 } else { geometry::LINE_CHARS };
            let lines = geometry::wrap(label(lang, &n.id), chars);
            let hh = geometry::node_height(lines.len()) / 2.0;
            (n.id.as_str(), (Rect { cx: n.x, cy: n.y, hw: geometry::NODE_W / 2.0, hh }, lines))
        })
        .collect()
}

/// A node-link diagram from the content, by id. `play` adds the button that
/// sends an impulse around the reinforcing loop.
#[component]
pub fn Graph(diagram_id: &'static str, #[prop(optional)] play_loop: bool) -> impl IntoView {
    let state = use_app();
    let Some(d) = all().shared.diagrams.iter().find(|d| d.id == diagram_id) else {
        return ().into_any();
    };
    let sel = Selection::new(d.id.as_str(), element_ids(d));
    let cx = Ctx { d, sel, impulse: RwSignal::new(None), impulse_all: RwSignal::new(false), stop: TabStop::new(d.nodes.first().map(|n| n.id.as_str())) };
    let player = Player { running: RwSignal::new(false), run: StoredValue::new(0) };
    let running = player.running;
    let lang = Memo::new(move |_| state.lang());
    let title_id = format!("{}-title", d.id);
    let scripted = state.scripted;

    let drawing = move || {
        let lang = lang.get();
        untrack(|| {
            let t = t_in(lang);
            let boxes = boxes(d, lang);
            let pairs: Vec<(&str, &str)> = d.links.iter().map(|l| (l.from.as_str(), l.to.as_str())).collect();
            let bends = geometry::bends(&pairs);
            let links = d
                .links
                .iter()
                .zip(bends)
                .filter_map(|(l, bend)| {
                    let (a, b) = (boxes.get(l.from.as_str())?.0, boxes.get(l.to.as_str())?.0);
                    Some(link_view(cx, lang, l, a, b, bend))
                })
                .collect_view();
            let nodes = d
                .nodes
                .iter()
                .map(|n| {
                    let (rect, lines) = boxes[n.id.as_str()].clone();
                    node_view(cx, lang, n, rect, lines)
                })
                .collect_view();
            let loops = d.loops.iter().map(|lp| loop_view(cx, lang, lp)).collect_view();
            let impulse = cx.impulse;
            let ring = move || {
                impulse.get().and_then(|id| d.nodes.iter().find(|n| n.id == id)).map(|n| {
                    let (x, y) = (n.x, n.y);
                    view! { <circle class="impulse-ring" r="16" cx="0" cy="0" style:transform=format!("translate({x}px, {y}px)")/> }
                })
            };
            let play_button = (play_loop && d.loops.iter().any(|l| l.kind == LoopKind::Reinforcing)).then(|| {
                view! {
                    <button
                        type="button"
                        class="diagram-play"
                        aria-pressed=move || running.get().to_string()
                        on:click=move |_| play(cx, lang, player)
                    >
                        {move || if running.get() { t("diagram_stop") } else { t("diagram_play") }}
                    </button>
                }
            });
            let text = text(lang, &d.id);
            let svg_title = title_id.clone();
            view! {
                <figcaption class="diagram-caption">
                    <div class="section-heading">
                        <h3 class="diagram-title" id=title_id.clone()>{text.label.as_str()}</h3>
                        <crate::widgets::copy_link::CopyLink target=d.id.as_str()/>
                    </div>
                    <p class="diagram-intro"><crate::widgets::rich::Rich text=text.explanation.as_str()/></p>
                    <p class="diagram-hint">{t("diagram_hint")}</p>
                    {play_button}
                </figcaption>
                <div class="diagram-body">
                    <crate::diagrams::DiagramCanvas scripted=scripted title_id=title_id.clone()>
                        <svg
                            class="diagram-svg"
                            viewBox=format!("0 0 {} {}", d.width, d.height)
                            preserveAspectRatio="xMidYMid meet"
                            role="group"
                            aria-labelledby=svg_title
                        >
                            <g class="links">{links}</g>
                            <g class="loops">{loops}</g>
                            <g class="nodes">{nodes}</g>
                            <g class="impulse" aria-hidden="true">{ring}</g>
                        </svg>
                    </crate::diagrams::DiagramCanvas>
                    <DetailSlot sel=sel lang=lang detail_of=move |id: &str| detail_of(cx, lang, id)/>
                </div>
                <Legend diagram=d lang=lang/>
                {text_list(d, lang)}
            }
        })
    };
    view! {
        <figure id=d.id.as_str() class=format!("diagram diagram--{}", d.id) aria-labelledby=format!("{}-title", d.id) on:keydown=sel.on_escape()>
            {drawing}
        </figure>
    }
    .into_any()
}
