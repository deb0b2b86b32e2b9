//! The legend of a node-link diagram: one entry for each node type, relation
//! type and marking the diagram actually uses, each with a small sample
//! drawn the way the diagram draws it.

use leptos::prelude::*;

use super::marks::{end_mark, end_mark_view, EndMark};
use super::names::{link_kind_text, loop_kind_text, node_kind_text};
use crate::content::{Diagram, Lang, LinkKind, LoopKind};
use crate::state::t_in;

/// A sample line with the end mark of `kind` (a plain arrow for `None`),
/// 56 × 20 units.
fn line_sample(kind: Option<LinkKind>, extra_class: &str) -> impl IntoView {
    let class = format!(
        "link link--{}{extra_class}",
        kind.map_or("inferred", LinkKind::css)
    );
    view! {
        <svg class="legend-sample" viewBox="0 0 56 20" width="56" height="20" aria-hidden="true">
            <g class=class>
                <path class="link-line" d="M2,10 L46,10"/>
                {end_mark_view(kind.map_or(EndMark::Arrow, end_mark), (54.0, 10.0), (1.0, 0.0))}
                {kind.and_then(LinkKind::polarity_sign).map(|sign| view! {
                    <g class="link-polarity">
                        <circle cx="24" cy="10" r="8"/>
                        <text x="24" y="10" dy="0.35em" text-anchor="middle" font-size="14">{sign}</text>
                    </g>
                })}
            </g>
        </svg>
    }
}

#[component]
pub fn Legend(diagram: &'static Diagram, lang: Lang) -> impl IntoView {
    let t = t_in(lang);
    let mut items: Vec<AnyView> = Vec::new();
    let mut seen_nodes = Vec::new();
    let mut seen_links = Vec::new();
    for n in &diagram.nodes {
        if seen_nodes.contains(&n.kind) {
            continue;
        }
        seen_nodes.push(n.kind);
        let class = format!("node node--{}", n.kind.as_str());
        items.push(
            view! {
                <li>
                    <svg class="legend-sample" viewBox="0 0 56 20" width="56" height="20" aria-hidden="true">
                        <g class=class><rect class="node-box" x="4" y="2" width="48" height="16" rx="4"/></g>
                    </svg>
                    {node_kind_text(lang, n.kind)}
                </li>
            }
            .into_any(),
        );
    }
    if diagram.nodes.iter().any(|n| !n.elaborated) {
        items.push(
            view! {
                <li>
                    <svg class="legend-sample" viewBox="0 0 56 20" width="56" height="20" aria-hidden="true">
                        <g class="node node--argument node--unelaborated">
                            <rect class="node-box" x="4" y="2" width="48" height="16" rx="4"/>
                            <circle class="node-unelaborated-mark" cx="50" cy="4" r="4"/>
                        </g>
                    </svg>
                    {t("diagram_not_elaborated")}
                </li>
            }
            .into_any(),
        );
    }
    for l in &diagram.links {
        if seen_links.contains(&l.kind) {
            continue;
        }
        seen_links.push(l.kind);
        items.push(
            view! { <li>{line_sample(Some(l.kind), "")}{link_kind_text(lang, l.kind)}</li> }
                .into_any(),
        );
    }
    if diagram.links.iter().any(|l| l.inferred) {
        items.push(
            view! { <li>{line_sample(None, " link--inferred")}{t("diagram_inferred")}</li> }
                .into_any(),
        );
    }
    if diagram.links.iter().any(|l| l.delay) {
        items.push(
            view! {
                <li>
                    <svg class="legend-sample" viewBox="0 0 56 20" width="56" height="20" aria-hidden="true">
                        <g class="link">
                            <path class="link-line" d="M2,10 L54,10"/>
                            <path class="link-delay" d="M25,3 L25,17 M31,3 L31,17"/>
                        </g>
                    </svg>
                    {t("diagram_delay")}
                </li>
            }
            .into_any(),
        );
    }
    for kind in LoopKind::ALL {
        if diagram.loops.iter().any(|lp| lp.kind == kind) {
            let class = format!("loop loop--{}", kind.as_str().to_ascii_lowercase());
            items.push(
                view! {
                    <li>
                        <svg class="legend-sample" viewBox="0 0 56 20" width="56" height="20" aria-hidden="true">
                            <g class=class>
                                <circle class="loop-disc" cx="28" cy="10" r="9"/>
                                <text class="loop-letter" x="28" y="10" dy="0.35em" text-anchor="middle" font-size="12">{kind.as_str()}</text>
                            </g>
                        </svg>
                        {loop_kind_text(lang, kind)}
                    </li>
                }
                .into_any(),
            );
        }
    }
    view! {
        <div class="diagram-legend">
            <h4 class="diagram-legend-title">{t("diagram_legend")}</h4>
            <ul>{items}</ul>
        </div>
    }
}
