//! A node-link diagram drawn from one [`Diagram`] of the content: boxes,
//! typed links and feedback loops at the positions the data gives, every one
//! of them focusable and selectable by mouse, touch and keyboard, with a
//! legend, a detail panel and the whole diagram as a text list.
//!
//! The causal-loop diagram, the argument map and the source map are all this
//! component with different data.

use std::collections::HashMap;

use leptos::{ev, prelude::*};

use crate::content::rich;
use crate::content::{Diagram, DiagramLink, DiagramLoop, DiagramNode, DiagramText, Lang};
use crate::diagrams::detail::{Detail, DetailSlot, Note, Related, NO_TEXT};
use crate::diagrams::geometry::{self, Dir, Rect};
use crate::diagrams::legend::Legend;
use crate::diagrams::selection::{reduced_motion, Selection, TabStop};
use crate::state::{all, use_app};

/// Label and explanation of a diagram element in a language.
pub fn text(lang: Lang, id: &str) -> &'static DiagramText {
    all().locale(lang).diagram_text.get(id).unwrap_or(&NO_TEXT)
}

/// The label of an element, or its id if it has none.
fn label(lang: Lang, id: &'static str) -> &'static str {
    let t = text(lang, id);
    if t.label.is_empty() {
        id
    } else {
        t.label.as_str()
    }
}

/// The name of a link's relation, e.g. "supports" or "increases (+)".
pub fn link_kind_text(lang: Lang, kind: &str) -> String {
    let t = |k: &'static str| all().locale(lang).ui(k).to_string();
    match kind {
        "+" => t("diagram_link_plus"),
        "-" => t("diagram_link_minus"),
        "supports" => t("diagram_link_supports"),
        "grounds" => t("diagram_link_grounds"),
        "goes-further" => t("diagram_link_goes_further"),
        "argues-against" => t("diagram_link_argues_against"),
        "cites" => t("diagram_link_cites"),
        "selects-from" => t("diagram_link_selects_from"),
        "agrees-with" => t("diagram_link_agrees_with"),
        "criticises" => t("diagram_link_criticises"),
        "part-of" => t("diagram_link_part_of"),
        other => other.to_string(),
    }
}

/// The name of a node type, e.g. "argument".
pub fn node_kind_text(lang: Lang, kind: &str) -> String {
    let t = |k: &'static str| all().locale(lang).ui(k).to_string();
    match kind {
        "factor" => t("diagram_node_factor"),
        "claim" => t("diagram_node_claim"),
        "argument" => t("diagram_node_argument"),
        "analysis" => t("diagram_node_analysis"),
        "support" => t("diagram_node_support"),
        "rejected" => t("diagram_node_rejected"),
        "essay" => t("diagram_node_essay"),
        "source" => t("diagram_node_source"),
        "part" => t("diagram_node_part"),
        "organisation" => t("diagram_node_organisation"),
        other => other.to_string(),
    }
}

/// The name of a loop type, "R: reinforcing loop" or "B: balancing loop".
pub fn loop_kind_text(lang: Lang, kind: &str) -> String {
    let t = |k: &'static str| all().locale(lang).ui(k).to_string();
    if kind == "R" {
        t("diagram_loop_r")
    } else {
        t("diagram_loop_b")
    }
}

/// The sign drawn on a causal link: "+" or "−" (a true minus sign).
pub fn polarity_sign(kind: &str) -> Option<&'static str> {
    match kind {
        "+" => Some("+"),
        "-" => Some("−"),
        _ => None,
    }
}

/// How a link's end is drawn, by relation type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum EndMark {
    Arrow,
    DoubleArrow,
    OpenArrow,
    Bar,
    Dot,
    Diamond,
}

pub fn end_mark(kind: &str) -> EndMark {
    match kind {
        "goes-further" => EndMark::DoubleArrow,
        "selects-from" => EndMark::OpenArrow,
        "argues-against" | "criticises" => EndMark::Bar,
        "agrees-with" => EndMark::Dot,
        "part-of" => EndMark::Diamond,
        _ => EndMark::Arrow,
    }
}

/// The SVG of an end mark at `tip`, pointing along `dir`.
pub fn end_mark_view(mark: EndMark, tip: (f32, f32), dir: (f32, f32)) -> AnyView {
    let back = |d: f32| (tip.0 - dir.0 * d, tip.1 - dir.1 * d);
    match mark {
        EndMark::Arrow => view! { <polygon class="link-end" points=geometry::arrowhead(tip, dir, 11.0)/> }.into_any(),
        EndMark::DoubleArrow => view! {
            <polygon class="link-end" points=geometry::arrowhead(tip, dir, 11.0)/>
            <polygon class="link-end" points=geometry::arrowhead(back(9.0), dir, 11.0)/>
        }
        .into_any(),
        EndMark::OpenArrow => {
            view! { <polygon class="link-end link-end--open" points=geometry::arrowhead(tip, dir, 12.0)/> }.into_any()
        }
        EndMark::Bar => view! {
            <path class="link-end-bar" d=geometry::cross_bar(back(2.0), dir, 9.0)/>
            <path class="link-line-stub" d=format!("M{:.1},{:.1} L{:.1},{:.1}", back(9.0).0, back(9.0).1, back(2.0).0, back(2.0).1)/>
        }
        .into_any(),
        EndMark::Dot => {
            let c = back(5.0);
            view! { <circle class="link-end" cx=c.0 cy=c.1 r="5.5"/> }.into_any()
        }
        EndMark::Diamond => {
            let (a, b) = (back(7.0), back(14.0));
            let (nx, ny) = (-dir.1 * 5.5, dir.0 * 5.5);
            let points = format!(
                "{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
                tip.0,
                tip.1,
                a.0 + nx,
                a.1 + ny,
                b.0,
                b.1,
                a.0 - nx,
                a.1 - ny
            );
            view! { <polygon class="link-end" points=points/> }.into_any()
        }
    }
}

/// Everything a handler needs, copied into each.
#[derive(Clone, Copy)]
struct Ctx {
    d: &'static Diagram,
    sel: Selection,
    /// Id of the node the loop impulse is at, if it is running.
    impulse: RwSignal<Option<&'static str>>,
    /// The whole reinforcing loop highlighted at once (reduced motion).
    impulse_all: RwSignal<bool>,
    /// The nodes are one tab stop; the arrow keys move between them.
    stop: TabStop,
}

impl Ctx {
    fn node(&self, id: &str) -> Option<&'static DiagramNode> {
        self.d.nodes.iter().find(|n| n.id == id)
    }

    /// The tabindex of node `id` (see [`TabStop`]; a selected link or loop
    /// is not a stop). Reactive.
    fn tabindex(&self, id: &str) -> &'static str {
        let selected = self.sel.selected.with(|s| s.as_deref().and_then(|s| self.node(s)).map(|n| n.id.as_str()));
        self.stop.tabindex(id, selected)
    }

    /// Whether the selected element is a loop that runs through node `a`
    /// (or, with `b`, along the link from `a` to `b`). Reactive.
    fn in_selected_loop(&self, a: &str, b: Option<&str>) -> bool {
        self.sel.selected.with(|s| {
            let Some(lp) = s.as_deref().and_then(|s| self.d.loops.iter().find(|l| l.id == s)) else { return false };
            let next = |i: usize| lp.nodes[(i + 1) % lp.nodes.len()].as_str();
            lp.nodes.iter().enumerate().any(|(i, n)| n == a && b.is_none_or(|b| next(i) == b))
        })
    }

    fn toggle(&self, lang: Lang, id: &'static str) {
        let t = text(lang, id);
        self.sel.toggle(id, format!("{}: {}", label(lang, id), rich::plain(&t.explanation)));
    }

    /// Selects an element and moves focus to it (relation buttons).
    fn pick(&self, lang: Lang, id: &'static str) -> Callback<()> {
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
    fn keys(&self, lang: Lang, id: &'static str, from: (f32, f32), near: Vec<&'static str>) -> impl Fn(ev::KeyboardEvent) + 'static {
        let cx = *self;
        move |e: ev::KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                e.prevent_default();
                cx.toggle(lang, id);
                return;
            }
            let Some(dir) = Dir::from_key(&key) else { return };
            e.prevent_default();
            let near_nodes: Vec<&DiagramNode> = near.iter().filter_map(|n| cx.node(n)).filter(|n| n.id != id).collect();
            let all_nodes: Vec<&DiagramNode> = cx.d.nodes.iter().filter(|n| n.id != id).collect();
            let target = [near_nodes, all_nodes].into_iter().find_map(|nodes| {
                let cands: Vec<(usize, f32, f32)> = nodes.iter().enumerate().map(|(i, n)| (i, n.x, n.y)).collect();
                geometry::step(from, &cands, dir).map(|i| nodes[i].id.as_str())
            });
            if let Some(target) = target {
                cx.sel.focus(target);
            }
        }
    }
}

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
            let chars = if matches!(n.kind.as_str(), "claim" | "essay") { geometry::LINE_CHARS - 2 } else { geometry::LINE_CHARS };
            let lines = geometry::wrap(label(lang, &n.id), chars);
            let hh = geometry::node_height(lines.len()) / 2.0;
            (n.id.as_str(), (Rect { cx: n.x, cy: n.y, hw: geometry::NODE_W / 2.0, hh }, lines))
        })
        .collect()
}

fn node_view(cx: Ctx, lang: Lang, n: &'static DiagramNode, rect: Rect, lines: Vec<String>) -> impl IntoView {
    let id = n.id.as_str();
    let near: Vec<&'static str> = cx
        .d
        .links
        .iter()
        .filter_map(|l| {
            if l.from == n.id {
                Some(l.to.as_str())
            } else if l.to == n.id {
                Some(l.from.as_str())
            } else {
                None
            }
        })
        .collect();
    let t = move |k: &'static str| all().locale(lang).ui(k).to_string();
    let mut aria = format!("{} ({})", label(lang, id), node_kind_text(lang, &n.kind));
    if !n.elaborated {
        aria.push_str(&format!(" – {}", t("diagram_not_elaborated")));
    }
    let class = format!("node node--{}{}", n.kind, if n.elaborated { "" } else { " node--unelaborated" });
    let sel = cx.sel;
    let scripted = use_app().scripted;
    let impulse = cx.impulse;
    let in_r_loop = cx.d.loops.iter().any(|lp| lp.kind == "R" && lp.nodes.iter().any(|x| x == id));
    let impulse_all = cx.impulse_all;
    let top = -rect.hh + geometry::LINE_H / 2.0 + 9.0 + 5.0;
    // A space ends every line but the last, so the text read from the
    // drawing is the label itself (and matches the accessible name).
    let last = lines.len().saturating_sub(1);
    let tspans = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let line = if i < last { format!("{line} ") } else { line };
            view! { <tspan x="0" y=top + i as f32 * geometry::LINE_H>{line}</tspan> }
        })
        .collect_view();
    view! {
        <g
            class=class
            class:selected=move || sel.is(id)
            class:impulse-on=move || impulse.get() == Some(id) || (in_r_loop && impulse_all.get())
            class:loop-member=move || cx.in_selected_loop(id, None)
            id=sel.dom_id(id)
            transform=format!("translate({:.1},{:.1})", n.x, n.y)
            tabindex=move || scripted.then(|| cx.tabindex(id))
            role=scripted.then_some("button")
            aria-label=scripted.then_some(aria)
            aria-pressed=move || scripted.then(|| sel.is(id).to_string())
            on:focus=move |_| cx.stop.focused(id)
            on:click=move |_| cx.toggle(lang, id)
            on:keydown=cx.keys(lang, id, (n.x, n.y), near)
        >
            <rect class="node-focus" x=-rect.hw - 6.0 y=-rect.hh - 6.0 width=rect.hw * 2.0 + 12.0 height=rect.hh * 2.0 + 12.0 rx="12"/>
            <rect class="node-box" x=-rect.hw y=-rect.hh width=rect.hw * 2.0 height=rect.hh * 2.0 rx="8"/>
            {(!n.elaborated).then(|| view! { <circle class="node-unelaborated-mark" cx=rect.hw - 2.0 cy=-rect.hh + 2.0 r="7"/> })}
            <text class="node-label" text-anchor="middle" font-size=geometry::FONT>{tspans}</text>
        </g>
    }
}

fn link_view(cx: Ctx, lang: Lang, l: &'static DiagramLink, a: Rect, b: Rect, bend: f32) -> impl IntoView {
    let id = l.id.as_str();
    let g = geometry::link_geom(a, b, bend);
    let t = move |k: &'static str| all().locale(lang).ui(k).to_string();
    let from = label(lang, &l.from);
    let to = label(lang, &l.to);
    let mut aria = format!("{from} – {} – {to}", link_kind_text(lang, &l.kind));
    if l.delay {
        aria.push_str(&format!(", {}", t("diagram_delay")));
    }
    if l.inferred {
        aria.push_str(&format!(" ({})", t("diagram_inferred")));
    }
    let polarity = polarity_sign(&l.kind).map(|sign| {
        view! {
            <g class="link-polarity" aria-hidden="true">
                <circle cx=g.label.0 cy=g.label.1 r="10"/>
                <text x=g.label.0 y=g.label.1 dy="0.35em" text-anchor="middle" font-size="17">{sign}</text>
            </g>
        }
    });
    let delay = l.delay.then(|| {
        let (m, u) = (g.mid, g.mid_dir);
        let d = format!(
            "{} {}",
            geometry::cross_bar((m.0 - u.0 * 3.5, m.1 - u.1 * 3.5), u, 9.0),
            geometry::cross_bar((m.0 + u.0 * 3.5, m.1 + u.1 * 3.5), u, 9.0)
        );
        view! { <path class="link-delay" d=d/> }
    });
    let class = format!(
        "link link--{}{}",
        match l.kind.as_str() {
            "+" => "plus",
            "-" => "minus",
            k => k,
        },
        if l.inferred { " link--inferred" } else { "" }
    );
    let sel = cx.sel;
    let scripted = use_app().scripted;
    let impulse = cx.impulse;
    let impulse_all = cx.impulse_all;
    let in_r_loop = cx.d.loops.iter().any(|lp| {
        lp.kind == "R" && lp.nodes.iter().zip(lp.nodes.iter().cycle().skip(1)).any(|(x, y)| *x == l.from && *y == l.to)
    });
    let from_id = l.from.as_str();
    let to_id = l.to.as_str();
    let mid = g.mid;
    let ends: Vec<&'static str> = vec![l.from.as_str(), l.to.as_str()];
    view! {
        <g
            class=class
            class:selected=move || sel.is(id)
            class:impulse-on=move || in_r_loop && (impulse.get() == Some(from_id) || impulse_all.get())
            class:loop-member=move || cx.in_selected_loop(from_id, Some(to_id))
            id=sel.dom_id(id)
            // Out of the tab order: a node's detail offers its links.
            tabindex=scripted.then_some("-1")
            role=scripted.then_some("button")
            aria-label=scripted.then_some(aria)
            aria-pressed=move || scripted.then(|| sel.is(id).to_string())
            on:click=move |_| cx.toggle(lang, id)
            on:keydown=cx.keys(lang, id, mid, ends)
        >
            <path class="link-hit" d=g.d.clone()/>
            <path class="link-focus" d=g.d.clone()/>
            <path class="link-line" d=g.d.clone()/>
            {end_mark_view(end_mark(&l.kind), g.tip, g.dir)}
            {delay}
            {polarity}
        </g>
    }
}

fn loop_view(cx: Ctx, lang: Lang, lp: &'static DiagramLoop) -> impl IntoView {
    let id = lp.id.as_str();
    let sel = cx.sel;
    let scripted = use_app().scripted;
    let aria = format!("{} ({})", label(lang, id), loop_kind_text(lang, &lp.kind));
    let class = format!("loop loop--{}", lp.kind.to_lowercase());
    let near: Vec<&'static str> = lp.nodes.iter().map(String::as_str).collect();
    // A circular arrow around the letter: three quarters of a circle.
    let r = 22.0;
    let arc = format!("M{:.1},{:.1} A{r},{r} 0 1 1 {:.1},{:.1}", lp.x, lp.y - r, lp.x - r, lp.y);
    view! {
        <g
            class=class
            class:selected=move || sel.is(id)
            id=sel.dom_id(id)
            tabindex=scripted.then_some("0")
            role=scripted.then_some("button")
            aria-label=scripted.then_some(aria)
            aria-pressed=move || scripted.then(|| sel.is(id).to_string())
            on:click=move |_| cx.toggle(lang, id)
            on:keydown=cx.keys(lang, id, (lp.x, lp.y), near)
        >
            <circle class="loop-focus" cx=lp.x cy=lp.y r=r + 9.0/>
            <circle class="loop-disc" cx=lp.x cy=lp.y r=r - 3.0/>
            <path class="loop-arc" d=arc/>
            <polygon class="loop-arc-head" points=geometry::arrowhead((lp.x - r, lp.y + 1.0), (0.0, -1.0), 9.0)/>
            <text class="loop-letter" x=lp.x y=lp.y dy="0.35em" text-anchor="middle" font-size="18">{lp.kind.clone()}</text>
        </g>
    }
}

/// The detail of the selected element.
fn detail_of(cx: Ctx, lang: Lang, id: &str) -> Option<Detail> {
    let d = cx.d;
    let rel_text = |l: &'static DiagramLink| {
        format!("{} – {} – {}", label(lang, &l.from), link_kind_text(lang, &l.kind), label(lang, &l.to))
    };
    if let Some(n) = d.nodes.iter().find(|n| n.id == id) {
        let related = d
            .links
            .iter()
            .filter(|l| l.from == n.id || l.to == n.id)
            .map(|l| Related { text: rel_text(l), pick: cx.pick(lang, &l.id) })
            .collect();
        let mut notes = Vec::new();
        if !n.elaborated {
            notes.push(Note::NotElaborated);
        }
        return Some(Detail {
            heading: label(lang, &n.id).to_string(),
            kind: Some(node_kind_text(lang, &n.kind)),
            notes,
            explanation: text(lang, &n.id).explanation.as_str(),
            quote: n.quote.as_deref(),
            section: n.section.as_deref(),
            source: n.source.as_deref(),
            related,
            ..Detail::default()
        });
    }
    if let Some(l) = d.links.iter().find(|l| l.id == id) {
        let mut notes = vec![if l.inferred { Note::Inferred } else { Note::Claimed }];
        if l.delay {
            notes.push(Note::Delay);
        }
        return Some(Detail {
            heading: label(lang, &l.id).to_string(),
            kind: Some(link_kind_text(lang, &l.kind)),
            notes,
            explanation: text(lang, &l.id).explanation.as_str(),
            quote: l.quote.as_deref(),
            section: Some(d.section.as_str()),
            related: [&l.from, &l.to]
                .into_iter()
                .map(|n| Related { text: label(lang, n).to_string(), pick: cx.pick(lang, n) })
                .collect(),
            ..Detail::default()
        });
    }
    let lp = d.loops.iter().find(|l| l.id == id)?;
    Some(Detail {
        heading: label(lang, &lp.id).to_string(),
        kind: Some(loop_kind_text(lang, &lp.kind)),
        explanation: text(lang, &lp.id).explanation.as_str(),
        section: Some(d.section.as_str()),
        path: lp.nodes.iter().map(|n| label(lang, n).to_string()).collect(),
        related: lp.nodes.iter().map(|n| Related { text: label(lang, n).to_string(), pick: cx.pick(lang, n) }).collect(),
        ..Detail::default()
    })
}

/// The diagram as a structured list, for screen readers and small screens.
fn text_list(d: &'static Diagram, lang: Lang) -> impl IntoView {
    let t = move |k: &'static str| all().locale(lang).ui(k).to_string();
    let nodes = d
        .nodes
        .iter()
        .map(|n| {
            let out = d
                .links
                .iter()
                .filter(|l| l.from == n.id)
                .map(|l| {
                    let mut s = format!("{} {}", link_kind_text(lang, &l.kind), label(lang, &l.to));
                    if l.delay {
                        s.push_str(&format!(", {}", t("diagram_delay")));
                    }
                    if l.inferred {
                        s.push_str(&format!(" ({})", t("diagram_inferred")));
                    }
                    view! { <li>{s}</li> }
                })
                .collect_view();
            let flag = (!n.elaborated).then(|| format!(" ({})", t("diagram_not_elaborated")));
            view! {
                <li>
                    <strong>{label(lang, &n.id)}</strong>
                    " (" {node_kind_text(lang, &n.kind)} ")" {flag} ": "
                    {rich::plain(&text(lang, &n.id).explanation)}
                    <ul>{out}</ul>
                </li>
            }
        })
        .collect_view();
    let loops = d
        .loops
        .iter()
        .map(|lp| {
            let path: Vec<&str> = lp.nodes.iter().chain(lp.nodes.first()).map(|n| label(lang, n)).collect();
            view! {
                <li>
                    <strong>{label(lang, &lp.id)}</strong>" (" {loop_kind_text(lang, &lp.kind)} "): "
                    {path.join(" → ")} ". " {rich::plain(&text(lang, &lp.id).explanation)}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="diagram-text">
            <summary>{t("diagram_as_text")}</summary>
            <ul>{nodes}{loops}</ul>
        </details>
    }
}

/// The loop impulse: whether it runs, and which run it is (a stopped run's
/// pending step must not move the ring of the next one).
#[derive(Clone, Copy)]
struct Player {
    running: RwSignal<bool>,
    run: StoredValue<u32>,
}

/// Runs the impulse once around the reinforcing loop, node to node; with
/// reduced motion the whole loop lights up at once instead. A second press stops.
fn play(cx: Ctx, lang: Lang, p: Player) {
    let Some(lp) = cx.d.loops.iter().find(|l| l.kind == "R") else { return };
    p.run.update_value(|r| *r += 1);
    if p.running.get_untracked() {
        p.running.set(false);
        cx.impulse.set(None);
        cx.impulse_all.set(false);
        return;
    }
    p.running.set(true);
    let path: Vec<&str> = lp.nodes.iter().chain(lp.nodes.first()).map(|n| label(lang, n)).collect();
    let t = |k: &'static str| all().locale(lang).ui(k).to_string();
    use_app().announce.set(format!("{} {}", t("diagram_impulse"), path.join(" → ")));
    if reduced_motion() {
        cx.impulse_all.set(true);
        return;
    }
    let steps: Vec<&'static str> = lp.nodes.iter().chain(lp.nodes.first()).map(String::as_str).collect();
    impulse_step(cx, p, p.run.get_value(), steps, 0);
}

fn impulse_step(cx: Ctx, p: Player, run: u32, steps: Vec<&'static str>, i: usize) {
    if p.run.try_get_value() != Some(run) {
        return;
    }
    match steps.get(i).copied() {
        Some(id) => {
            cx.impulse.try_set(Some(id));
            set_timeout(move || impulse_step(cx, p, run, steps, i + 1), std::time::Duration::from_millis(900));
        }
        None => {
            cx.impulse.try_set(None);
            p.running.try_set(false);
        }
    }
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
            let t = move |k: &'static str| all().locale(lang).ui(k).to_string();
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
            let play_button = (play_loop && d.loops.iter().any(|l| l.kind == "R")).then(|| {
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
            view! {
                <figcaption class="diagram-caption">
                    <div class="section-heading">
                        <h3 class="diagram-title" id=title_id.clone()>{text.label.as_str()}</h3>
                        <crate::app::copy_link::CopyLink target=d.id.as_str()/>
                    </div>
                    <p class="diagram-intro"><crate::app::rich::Rich text=text.explanation.as_str()/></p>
                    <p class="diagram-hint">{t("diagram_hint")}</p>
                    {play_button}
                </figcaption>
                <div class="diagram-body">
                    <div
                        class="diagram-canvas"
                        // Without scripts nothing inside can take focus: the canvas itself
                        // does, so a keyboard can scroll it on a narrow screen.
                        tabindex=(!scripted).then_some("0")
                        role=(!scripted).then_some("region")
                        aria-labelledby=(!scripted).then(|| title_id.clone())
                    >
                        <svg
                            class="diagram-svg"
                            viewBox=format!("0 0 {} {}", d.width, d.height)
                            preserveAspectRatio="xMidYMid meet"
                            role="group"
                            aria-labelledby=title_id.clone()
                        >
                            <g class="links">{links}</g>
                            <g class="loops">{loops}</g>
                            <g class="nodes">{nodes}</g>
                            <g class="impulse" aria-hidden="true">{ring}</g>
                        </svg>
                    </div>
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
