//! The end marks of links: how each relation's arrow ends, in the drawing
//! and in the legend.

use leptos::prelude::*;

use crate::content::LinkKind;
use crate::decimal::{coord, tenths};
use crate::diagrams::geometry;

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

pub fn end_mark(kind: LinkKind) -> EndMark {
    match kind {
        LinkKind::GoesFurther => EndMark::DoubleArrow,
        LinkKind::SelectsFrom => EndMark::OpenArrow,
        LinkKind::ArguesAgainst | LinkKind::Criticises => EndMark::Bar,
        LinkKind::AgreesWith => EndMark::Dot,
        LinkKind::PartOf => EndMark::Diamond,
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
            <path class="link-line-stub" d=format!("M{},{} L{},{}", tenths(back(9.0).0), tenths(back(9.0).1), tenths(back(2.0).0), tenths(back(2.0).1))/>
        }
        .into_any(),
        EndMark::Dot => {
            let c = back(5.0);
            view! { <circle class="link-end" cx=coord(c.0) cy=coord(c.1) r="5.5"/> }.into_any()
        }
        EndMark::Diamond => {
            let (a, b) = (back(7.0), back(14.0));
            let (nx, ny) = (-dir.1 * 5.5, dir.0 * 5.5);
            let points = format!(
                "{},{} {},{} {},{} {},{}",
                tenths(tip.0),
                tenths(tip.1),
                tenths(a.0 + nx),
                tenths(a.1 + ny),
                tenths(b.0),
                tenths(b.1),
                tenths(a.0 - nx),
                tenths(a.1 - ny)
            );
            view! { <polygon class="link-end" points=points/> }.into_any()
        }
    }
}
