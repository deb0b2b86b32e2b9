//! The whole diagram as a structured list, for screen readers and small
//! screens.

use leptos::prelude::*;

use super::names::{label, link_kind_text, loop_kind_text, node_kind_text, text};
use crate::content::{rich, Diagram, Lang};
use crate::state::t_in;

/// The diagram as a structured list, for screen readers and small screens.
pub(super) fn text_list(d: &'static Diagram, lang: Lang) -> impl IntoView {
    let t = t_in(lang);
    let nodes = d
        .nodes
        .iter()
        .map(|n| {
            let out = d
                .links
                .iter()
                .filter(|l| l.from == n.id)
                .map(|l| {
                    let mut s = format!("{} {}", link_kind_text(lang, l.kind), label(lang, &l.to));
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
                    " (" {node_kind_text(lang, n.kind)} ")" {flag} ": "
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
            let path: Vec<&str> = lp
                .nodes
                .iter()
                .chain(lp.nodes.first())
                .map(|n| label(lang, n))
                .collect();
            view! {
                <li>
                    <strong>{label(lang, &lp.id)}</strong>" (" {loop_kind_text(lang, lp.kind)} "): "
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
