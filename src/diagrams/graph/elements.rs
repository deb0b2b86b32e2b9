//! The three kinds of element a node-link diagram draws: nodes, links and
//! loops, each focusable and selectable by mouse, touch and keyboard.

use leptos::prelude::*;

use super::context::Ctx;
use super::marks::{end_mark, end_mark_view};
use super::names::{label, link_kind_text, loop_kind_text, node_kind_text};
use crate::content::{DiagramLink, DiagramLoop, DiagramNode, Lang, LoopKind};
use crate::decimal::{coord, tenths};
use crate::diagrams::geometry::{self, Rect};
use crate::state::{t_in, use_app};

pub(super) fn node_view(
    cx: Ctx,
    lang: Lang,
    n: &'static DiagramNode,
    rect: Rect,
    lines: Vec<String>,
) -> impl IntoView {
    let id = n.id.as_str();
    let near: Vec<&'static str> =
        cx.d.links
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
    let t = t_in(lang);
    let mut aria = format!("{} ({})", label(lang, id), node_kind_text(lang, n.kind));
    if !n.elaborated {
        aria.push_str(&format!(" – {}", t("diagram_not_elaborated")));
    }
    let class = format!(
        "node node--{}{}",
        n.kind.as_str(),
        if n.elaborated {
            ""
        } else {
            " node--unelaborated"
        }
    );
    let sel = cx.sel;
    let scripted = use_app().scripted;
    let impulse = cx.impulse;
    let in_r_loop =
        cx.d.loops
            .iter()
            .any(|lp| lp.kind == LoopKind::Reinforcing && lp.nodes.iter().any(|x| x == id));
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
            view! { <tspan x="0" y=coord(top + i as f32 * geometry::LINE_H)>{line}</tspan> }
        })
        .collect_view();
    view! {
        <g
            class=class
            class:selected=move || sel.is(id)
            class:impulse-on=move || impulse.get() == Some(id) || (in_r_loop && impulse_all.get())
            class:loop-member=move || cx.in_selected_loop(id, None)
            id=sel.dom_id(id)
            transform=format!("translate({},{})", tenths(n.x), tenths(n.y))
            tabindex=move || scripted.then(|| cx.tabindex(id))
            role=scripted.then_some("button")
            aria-label=scripted.then_some(aria)
            aria-pressed=move || scripted.then(|| sel.is(id).to_string())
            on:focus=move |_| cx.stop.focused(id)
            on:click=move |_| cx.toggle(lang, id)
            on:keydown=cx.keys(lang, id, (n.x, n.y), near)
        >
            <rect
                class="node-focus"
                x=coord(-rect.hw - 6.0)
                y=coord(-rect.hh - 6.0)
                width=coord(rect.hw * 2.0 + 12.0)
                height=coord(rect.hh * 2.0 + 12.0)
                rx="12"
            />
            <rect
                class="node-box"
                x=coord(-rect.hw)
                y=coord(-rect.hh)
                width=coord(rect.hw * 2.0)
                height=coord(rect.hh * 2.0)
                rx="8"
            />
            {(!n.elaborated).then(|| {
                view! { <circle class="node-unelaborated-mark" cx=coord(rect.hw - 2.0) cy=coord(-rect.hh + 2.0) r="7"/> }
            })}
            <text class="node-label" text-anchor="middle" font-size=coord(geometry::FONT)>{tspans}</text>
        </g>
    }
}

pub(super) fn link_view(
    cx: Ctx,
    lang: Lang,
    l: &'static DiagramLink,
    a: Rect,
    b: Rect,
    bend: f32,
) -> impl IntoView {
    let id = l.id.as_str();
    let g = geometry::link_geom(a, b, bend);
    let t = t_in(lang);
    let from = label(lang, &l.from);
    let to = label(lang, &l.to);
    let mut aria = format!("{from} – {} – {to}", link_kind_text(lang, l.kind));
    if l.delay {
        aria.push_str(&format!(", {}", t("diagram_delay")));
    }
    if l.inferred {
        aria.push_str(&format!(" ({})", t("diagram_inferred")));
    }
    let polarity = l.kind.polarity_sign().map(|sign| {
        view! {
            <g class="link-polarity" aria-hidden="true">
                <circle cx=coord(g.label.0) cy=coord(g.label.1) r="10"/>
                <text x=coord(g.label.0) y=coord(g.label.1) dy="0.35em" text-anchor="middle" font-size="17">
                    {sign}
                </text>
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
        l.kind.css(),
        if l.inferred { " link--inferred" } else { "" }
    );
    let sel = cx.sel;
    let scripted = use_app().scripted;
    let impulse = cx.impulse;
    let impulse_all = cx.impulse_all;
    let in_r_loop = cx.d.loops.iter().any(|lp| {
        lp.kind == LoopKind::Reinforcing
            && lp
                .nodes
                .iter()
                .zip(lp.nodes.iter().cycle().skip(1))
                .any(|(x, y)| *x == l.from && *y == l.to)
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
            {end_mark_view(end_mark(l.kind), g.tip, g.dir)}
            {delay}
            {polarity}
        </g>
    }
}

pub(super) fn loop_view(cx: Ctx, lang: Lang, lp: &'static DiagramLoop) -> impl IntoView {
    let id = lp.id.as_str();
    let sel = cx.sel;
    let scripted = use_app().scripted;
    let aria = format!("{} ({})", label(lang, id), loop_kind_text(lang, lp.kind));
    let class = format!("loop loop--{}", lp.kind.as_str().to_ascii_lowercase());
    let near: Vec<&'static str> = lp.nodes.iter().map(String::as_str).collect();
    // A circular arrow around the letter: three quarters of a circle.
    let r = 22.0;
    let (x, y) = (coord(lp.x), coord(lp.y));
    let arc = format!(
        "M{x},{} A{},{} 0 1 1 {},{y}",
        tenths(lp.y - r),
        tenths(r),
        tenths(r),
        tenths(lp.x - r)
    );
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
            <circle class="loop-focus" cx=x.clone() cy=y.clone() r=coord(r + 9.0)/>
            <circle class="loop-disc" cx=x.clone() cy=y.clone() r=coord(r - 3.0)/>
            <path class="loop-arc" d=arc/>
            <polygon class="loop-arc-head" points=geometry::arrowhead((lp.x - r, lp.y + 1.0), (0.0, -1.0), 9.0)/>
            <text class="loop-letter" x=x y=y dy="0.35em" text-anchor="middle" font-size="18">
                {lp.kind.as_str()}
            </text>
        </g>
    }
}
