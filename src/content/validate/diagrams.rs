//! The diagrams and the timeline: unique ids, references that resolve,
//! nodes inside the drawing, loops that close and match their polarity,
//! and agreement with the id table.

use std::collections::BTreeSet;

use super::check_unique;
use super::quotes::check_quote_refs;
use crate::content::model::*;
use crate::ids::{self, SECTIONS as SECTION_IDS};

pub(super) fn check_diagrams(c: &Content, p: &mut Vec<String>) {
    check_unique(
        "diagram",
        c.shared.diagrams.iter().map(|d| d.id.as_str()),
        p,
    );
    // Every element's text lives in one table per language, and one query
    // key holds a diagram's selection: ids must be unique across all diagrams.
    check_unique(
        "diagram element",
        c.shared.diagrams.iter().flat_map(|d| {
            std::iter::once(d.id.as_str())
                .chain(d.nodes.iter().map(|n| n.id.as_str()))
                .chain(d.links.iter().map(|l| l.id.as_str()))
                .chain(d.loops.iter().map(|l| l.id.as_str()))
        }),
        p,
    );
    for d in &c.shared.diagrams {
        check_loops(d, p);
        if !SECTION_IDS.contains(&d.section.as_str()) {
            p.push(format!("diagram {}: unknown section {}", d.id, d.section));
        }
        // The id table says where each diagram is shown; the data must agree.
        match ids::diagram(&d.id) {
            None => p.push(format!(
                "diagram {}: not in the id table (src/ids.rs)",
                d.id
            )),
            Some(row) if row.section != d.section => p.push(format!(
                "diagram {}: in section {}, the id table says {}",
                d.id, d.section, row.section
            )),
            Some(_) => {}
        }
        let nodes: BTreeSet<&str> = d.nodes.iter().map(|n| n.id.as_str()).collect();
        check_unique(
            &format!("{} node", d.id),
            d.nodes.iter().map(|n| n.id.as_str()),
            p,
        );
        check_unique(
            &format!("{} link", d.id),
            d.links.iter().map(|n| n.id.as_str()),
            p,
        );
        for n in &d.nodes {
            if let Some(q) = &n.quote {
                check_quote_refs(
                    c,
                    &format!("diagram {} node {}", d.id, n.id),
                    std::slice::from_ref(q),
                    p,
                );
            }
            if let Some(s) = &n.section {
                if !SECTION_IDS.contains(&s.as_str())
                    && !c
                        .nl
                        .sections
                        .iter()
                        .any(|x| x.parts.iter().any(|pt| &pt.id == s))
                {
                    p.push(format!(
                        "diagram {} node {}: unknown section {s}",
                        d.id, n.id
                    ));
                }
            }
            if let Some(s) = &n.source {
                if c.source(s).is_none() {
                    p.push(format!(
                        "diagram {} node {}: unknown source {s}",
                        d.id, n.id
                    ));
                }
            }
            if n.x < 0.0 || n.y < 0.0 || n.x > d.width || n.y > d.height {
                p.push(format!(
                    "diagram {} node {}: outside the drawing",
                    d.id, n.id
                ));
            }
        }
        for l in &d.links {
            for end in [&l.from, &l.to] {
                if !nodes.contains(end.as_str()) {
                    p.push(format!(
                        "diagram {} link {}: unknown node {end}",
                        d.id, l.id
                    ));
                }
            }
            if let Some(q) = &l.quote {
                check_quote_refs(
                    c,
                    &format!("diagram {} link {}", d.id, l.id),
                    std::slice::from_ref(q),
                    p,
                );
            }
            if !l.inferred && l.quote.is_none() && d.id == "spagaat-kringloop" {
                p.push(format!(
                    "diagram {} link {}: a link the essay claims needs a quote",
                    d.id, l.id
                ));
            }
        }
        for lp in &d.loops {
            for n in &lp.nodes {
                if !nodes.contains(n.as_str()) {
                    p.push(format!("diagram {} loop {}: unknown node {n}", d.id, lp.id));
                }
            }
        }
    }
    for e in &c.shared.timeline {
        if e.end_year.is_some_and(|end| end < e.year) {
            p.push(format!("timeline {}: ends before it starts", e.id));
        }
        if e.sources.is_empty() {
            p.push(format!("timeline {}: no source", e.id));
        }
        for s in &e.sources {
            if c.source(s).is_none() {
                p.push(format!("timeline {}: unknown source {s}", e.id));
            }
        }
    }
}

/// A feedback loop must be a closed chain of the diagram's links, and its
/// label must match its polarity: an even number of `-` links reinforces (R),
/// an odd number balances (B).
fn check_loops(d: &Diagram, p: &mut Vec<String>) {
    for lp in &d.loops {
        if lp.nodes.len() < 2 {
            p.push(format!(
                "diagram {} loop {}: needs at least two nodes",
                d.id, lp.id
            ));
            continue;
        }
        let mut minus = 0;
        for (i, from) in lp.nodes.iter().enumerate() {
            let to = &lp.nodes[(i + 1) % lp.nodes.len()];
            match d.links.iter().find(|l| &l.from == from && &l.to == to) {
                Some(l) if l.kind == LinkKind::Minus => minus += 1,
                Some(l) if l.kind == LinkKind::Plus => {}
                Some(l) => p.push(format!(
                    "diagram {} loop {}: link {} has no polarity",
                    d.id, lp.id, l.id
                )),
                None => p.push(format!(
                    "diagram {} loop {}: no link from {from} to {to}",
                    d.id, lp.id
                )),
            }
        }
        let expected = if minus % 2 == 0 {
            LoopKind::Reinforcing
        } else {
            LoopKind::Balancing
        };
        if lp.kind != expected {
            let (marked, expected) = (lp.kind.as_str(), expected.as_str());
            p.push(format!(
                "diagram {} loop {}: marked {marked:?} but its polarity makes it {expected}",
                d.id, lp.id
            ));
        }
    }
}
