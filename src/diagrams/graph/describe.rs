//! What the detail panel says about the selected node, link or loop.

use super::context::Ctx;
use super::names::{label, link_kind_text, loop_kind_text, node_kind_text, text};
use crate::content::{DiagramLink, Lang};
use crate::diagrams::detail::{Detail, DetailNote, Related};

/// The detail of the selected element.
pub(super) fn detail_of(cx: Ctx, lang: Lang, id: &str) -> Option<Detail> {
    let d = cx.d;
    let rel_text = |l: &'static DiagramLink| {
        format!(
            "{} – {} – {}",
            label(lang, &l.from),
            link_kind_text(lang, l.kind),
            label(lang, &l.to)
        )
    };
    if let Some(n) = d.nodes.iter().find(|n| n.id == id) {
        let related = d
            .links
            .iter()
            .filter(|l| l.from == n.id || l.to == n.id)
            .map(|l| Related {
                text: rel_text(l),
                pick: cx.pick(lang, &l.id),
            })
            .collect();
        let mut notes = Vec::new();
        if !n.elaborated {
            notes.push(DetailNote::NotElaborated);
        }
        return Some(Detail {
            heading: label(lang, &n.id).to_string(),
            kind: Some(node_kind_text(lang, n.kind)),
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
        let mut notes = vec![if l.inferred {
            DetailNote::Inferred
        } else {
            DetailNote::Claimed
        }];
        if l.delay {
            notes.push(DetailNote::Delay);
        }
        return Some(Detail {
            heading: label(lang, &l.id).to_string(),
            kind: Some(link_kind_text(lang, l.kind)),
            notes,
            explanation: text(lang, &l.id).explanation.as_str(),
            quote: l.quote.as_deref(),
            section: Some(d.section.as_str()),
            related: [&l.from, &l.to]
                .into_iter()
                .map(|n| Related {
                    text: label(lang, n).to_string(),
                    pick: cx.pick(lang, n),
                })
                .collect(),
            ..Detail::default()
        });
    }
    let lp = d.loops.iter().find(|l| l.id == id)?;
    Some(Detail {
        heading: label(lang, &lp.id).to_string(),
        kind: Some(loop_kind_text(lang, lp.kind)),
        explanation: text(lang, &lp.id).explanation.as_str(),
        section: Some(d.section.as_str()),
        path: lp
            .nodes
            .iter()
            .map(|n| label(lang, n).to_string())
            .collect(),
        related: lp
            .nodes
            .iter()
            .map(|n| Related {
                text: label(lang, n).to_string(),
                pick: cx.pick(lang, n),
            })
            .collect(),
        ..Detail::default()
    })
}
