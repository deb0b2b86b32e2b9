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
use crate::decimal::tenths;
use crate::diagrams::detail::DetailSlot;
use crate::diagrams::geometry::{self, Rect};
use crate::diagrams::selection::{Selection, TabStop};
use crate::state::{all, t_in, use_app};
use context::Ctx;
use describe::detail_of;
use elements::{link_view, loop_view, node_view};
use impulse::{play, Player};
use legend::Legend;
use names::label;
pub use names::text;
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
            let chars = if matches!(n.kind, NodeKind::Claim | NodeKind::Essay) {
                geometry::LINE_CHARS - 2
            } else {
                geometry::LINE_CHARS
            };
            let lines = geometry::wrap(label(lang, &n.id), chars);
            let hh = geometry::node_height(lines.len()) / 2.0;
            (
                n.id.as_str(),
                (
                    Rect {
                        cx: n.x,
                        cy: n.y,
                        hw: geometry::NODE_W / 2.0,
                        hh,
                    },
                    lines,
                ),
            )
        })
        .collect()
}

/// Whether `id` is a node-link diagram of the content (drawn by [`Graph`]).
pub fn is_graph(id: &str) -> bool {
    all().shared.diagrams.iter().any(|d| d.id == id)
}

/// One node-link diagram's state, shared by its pieces: the selection, the
/// loop impulse, the language. The whole [`Graph`] renders every piece; the
/// reading app renders only the pieces that can change, each alone in place
/// of its prerendered copy (`app::parts`), so no piece is a long task.
#[derive(Clone, Copy)]
pub struct GraphView {
    cx: Ctx,
    player: Player,
    lang: Memo<Lang>,
    play_loop: bool,
    scripted: bool,
}

impl GraphView {
    /// The state of the diagram `diagram_id` of the content (`None`: there
    /// is none). `play_loop` adds the button that sends an impulse around
    /// the reinforcing loop. Needs the app's state in context.
    pub fn new(diagram_id: &str, play_loop: bool) -> Option<GraphView> {
        let state = use_app();
        let d = all().shared.diagrams.iter().find(|d| d.id == diagram_id)?;
        let sel = Selection::new(d.id.as_str(), element_ids(d));
        let cx = Ctx {
            d,
            sel,
            impulse: RwSignal::new(None),
            impulse_all: RwSignal::new(false),
            stop: TabStop::new(d.nodes.first().map(|n| n.id.as_str())),
        };
        let player = Player {
            running: RwSignal::new(false),
            run: StoredValue::new(0),
        };
        Some(GraphView {
            cx,
            player,
            lang: Memo::new(move |_| state.lang()),
            play_loop,
            scripted: state.scripted,
        })
    }

    fn title_id(&self) -> String {
        format!("{}-title", self.cx.d.id)
    }
}

/// A piece of a node-link diagram: one element of its figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Piece {
    /// The title, copy link, introduction, hint and play button.
    Caption,
    /// Of the caption, the copy link.
    CopyLink,
    /// Of the caption, the button that sends an impulse around the
    /// reinforcing loop (a diagram shown with it has one).
    Play,
    /// The drawing: nodes, links, loops.
    Drawing,
    /// The detail of what is selected.
    Detail,
    /// The legend (the same for the life of a page).
    Legend,
    /// The diagram as a text list (the same for the life of a page).
    Text,
}

impl Piece {
    pub const ALL: [Piece; 7] = [
        Piece::Caption,
        Piece::CopyLink,
        Piece::Play,
        Piece::Drawing,
        Piece::Detail,
        Piece::Legend,
        Piece::Text,
    ];

    /// The pieces that answer the reader or change with the state. The
    /// rest of the caption, the legend and the text list change only with
    /// the language, which on the reading page is a navigation: the
    /// reading app leaves them as the prerendered HTML they are.
    pub const LIVE: [Piece; 4] = [Piece::CopyLink, Piece::Play, Piece::Drawing, Piece::Detail];

    /// The element the piece renders, under the diagram's `<figure>`.
    pub fn selector(self) -> &'static str {
        match self {
            Piece::Caption => ".diagram-caption",
            Piece::CopyLink => ".diagram-caption .copy-link",
            Piece::Play => ".diagram-play",
            Piece::Drawing => ".diagram-canvas",
            Piece::Detail => ".diagram-detail",
            Piece::Legend => ".diagram-legend",
            Piece::Text => ".diagram-text",
        }
    }

    /// The piece's view, reading the diagram's state `g`, built again in the
    /// reader's language when that changes.
    pub fn view(self, g: GraphView) -> AnyView {
        in_language(g, move |lang| match self {
            Piece::Caption => caption(g, lang).into_any(),
            Piece::Legend => view! { <Legend diagram=g.cx.d lang=lang/> }.into_any(),
            Piece::Text => text_list(g.cx.d, lang).into_any(),
            live => live.build_live(g, lang),
        })
    }

    /// The view of a [`LIVE`](Self::LIVE) piece, and nothing for the
    /// others: the reading app, which renders only those, then carries no
    /// code of the legend and the text list.
    pub fn live_view(self, g: GraphView) -> AnyView {
        in_language(g, move |lang| self.build_live(g, lang))
    }

    fn build_live(self, g: GraphView, lang: Lang) -> AnyView {
        let cx = g.cx;
        match self {
            Piece::CopyLink => view! { <crate::widgets::copy_link::CopyLink target=cx.d.id.as_str()/> }.into_any(),
            Piece::Play => play_button(g, lang).into_any(),
            Piece::Drawing => drawing(g, lang).into_any(),
            Piece::Detail => view! { <DetailSlot sel=cx.sel lang=lang detail_of=move |id: &str| detail_of(cx, lang, id)/> }.into_any(),
            Piece::Caption | Piece::Legend | Piece::Text => ().into_any(),
        }
    }
}

/// A view built by `build` in the diagram's language, and again when that
/// changes.
fn in_language(g: GraphView, build: impl Fn(Lang) -> AnyView + Send + 'static) -> AnyView {
    let lang = g.lang;
    (move || {
        let lang = lang.get();
        untrack(|| build(lang))
    })
    .into_any()
}

/// The caption: title, copy link, introduction, hint and play button.
fn caption(g: GraphView, lang: Lang) -> impl IntoView {
    let d = g.cx.d;
    let text = text(lang, &d.id);
    view! {
        <figcaption class="diagram-caption">
            <div class="section-heading">
                <h3 class="diagram-title" id=g.title_id()>{text.label.as_str()}</h3>
                {Piece::CopyLink.build_live(g, lang)}
            </div>
            <p class="diagram-intro"><crate::widgets::rich::Rich text=text.explanation.as_str()/></p>
            <p class="diagram-hint">{t_in(lang)("diagram_hint")}</p>
            {Piece::Play.build_live(g, lang)}
        </figcaption>
    }
}

/// The button that sends an impulse around the reinforcing loop, where
/// the diagram is shown with it and has such a loop.
fn play_button(g: GraphView, lang: Lang) -> Option<impl IntoView> {
    let (cx, d, player) = (g.cx, g.cx.d, g.player);
    let t = t_in(lang);
    let running = player.running;
    (g.play_loop && d.loops.iter().any(|l| l.kind == LoopKind::Reinforcing)).then(|| {
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
    })
}

/// The drawing: links, loops, nodes and the impulse's ring, where the data
/// puts them. Escape in it closes the detail.
fn drawing(g: GraphView, lang: Lang) -> impl IntoView {
    let (cx, d) = (g.cx, g.cx.d);
    let boxes = boxes(d, lang);
    let pairs: Vec<(&str, &str)> = d
        .links
        .iter()
        .map(|l| (l.from.as_str(), l.to.as_str()))
        .collect();
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
    let loops = d
        .loops
        .iter()
        .map(|lp| loop_view(cx, lang, lp))
        .collect_view();
    let impulse = cx.impulse;
    let ring = move || {
        impulse.get().and_then(|id| d.nodes.iter().find(|n| n.id == id)).map(|n| {
            let (x, y) = (tenths(n.x), tenths(n.y));
            view! { <circle class="impulse-ring" r="16" cx="0" cy="0" style:transform=format!("translate({x}px, {y}px)")/> }
        })
    };
    view! {
        <crate::diagrams::DiagramCanvas scripted=g.scripted title_id=g.title_id() on:keydown=cx.sel.on_escape()>
            <svg
                class="diagram-svg"
                viewBox=format!("0 0 {} {}", tenths(d.width), tenths(d.height))
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-labelledby=g.title_id()
            >
                <g class="links">{links}</g>
                <g class="loops">{loops}</g>
                <g class="nodes">{nodes}</g>
                <g class="impulse" aria-hidden="true">{ring}</g>
            </svg>
        </crate::diagrams::DiagramCanvas>
    }
}

/// A node-link diagram from the content, by id, whole: every piece. `play`
/// adds the button that sends an impulse around the reinforcing loop.
#[component]
pub fn Graph(diagram_id: &'static str, #[prop(optional)] play_loop: bool) -> impl IntoView {
    let Some(g) = GraphView::new(diagram_id, play_loop) else {
        return ().into_any();
    };
    let d = g.cx.d;
    view! {
        <figure id=d.id.as_str() class=format!("diagram diagram--{}", d.id) aria-labelledby=g.title_id()>
            {Piece::Caption.view(g)}
            <div class="diagram-body">
                {Piece::Drawing.view(g)}
                {Piece::Detail.view(g)}
            </div>
            {Piece::Legend.view(g)}
            {Piece::Text.view(g)}
        </figure>
    }
    .into_any()
}
