//! The reading and embed app: it renders only the parts of the prerendered
//! page that need it, each in place of its prerendered copy, and leaves the
//! prose (intro, summaries, quotations, annotations, glossary, sources, and
//! the glossary cards, which the browser opens) as the HTML it is.
//!
//! Every reading and embed address has its own prerendered page
//! (`crate::pages`, swapped in by web/route.js), so the app never needs to
//! render another: a change of language, or the slides, is a navigation to
//! that page (`AppState::parts`). Rendering the parts alone keeps the start
//! short (no DOM of the whole page is built and laid out again) and keeps
//! the views of the prose out of this build's wasm. Only the parts near the
//! view are rendered at the start; a part further down when the reader
//! comes near it, presses in it or moves the focus into it, or the page is
//! printed (`browser::render_when_near`).
//!
//! The parts, found by what the prerendered page shows:
//! - the live region (`.live-region`), the site header with the language
//!   switch, the slides' and print buttons and the embed dialog
//!   (`.site-header`), the contents with the section in view (`nav.toc`);
//! - each section heading's copy link (`.section-heading > .copy-link`);
//! - the timeline (the element with its public id), each node-link diagram
//!   in the pieces that can change (`graph::Piece::LIVE`: its caption,
//!   drawing and detail; the legend and the text list stay HTML), and the
//!   simulator in pieces (`simulator::Piece::LIVE`: all but the model's
//!   links to the diagram, which stay HTML);
//! - an embed's link to the full explainer (`.embed-open-full`);
//! - and, at the end, the cards of glossary terms the parts show that the
//!   page has no card for yet.

use leptos::prelude::*;

use crate::app::header::SiteHeader;
use crate::app::reading::{track_reading, OpenFull};
use crate::app::toc::TableOfContents;
use crate::app::{wire_browser, LiveRegion};
use crate::browser::{self, replace_part, Takeover};
use crate::content::site::SiteConfig;
use crate::diagrams::graph::{self, GraphView};
use crate::diagrams::simulator::{self, Piece, SimView};
use crate::diagrams::timeline::{self, Timeline};
use crate::diagrams::causal_loop;
use crate::ids;
use crate::state::AppState;
use crate::url_state::{Fragment, Mode, UrlState};
use crate::widgets::copy_link::CopyLink;
use crate::widgets::glossary_term::GlossaryCards;

/// One part of the prerendered page that the app renders again.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    LiveRegion,
    Header,
    Contents,
    CopyLink(&'static str),
    Timeline,
    /// A node-link diagram is rendered in pieces, as the simulator is.
    Graph(&'static str, graph::Piece),
    /// The simulator is rendered in pieces, its largest part otherwise.
    Simulator(Piece),
    OpenFull,
}

impl Part {
    /// Rendered at the start wherever it is: what the whole page answers
    /// to (announcements, the header, the contents), and an embed's link to
    /// the full explainer, whose address only the app knows.
    fn always(self) -> bool {
        matches!(self, Part::LiveRegion | Part::Header | Part::Contents | Part::OpenFull)
    }
}

/// Renders the parts of the prerendered page in the state of `url` and
/// `fragment` (`scrolled`: see `Start::Browser`): those near the view
/// first, nearest first, one per task, then ends the takeover; the others
/// when the reader comes near them (`browser::render_when_near`). The task
/// that started the app (compiling and starting the wasm is work enough)
/// only marks the parts, so a press in one is held until it is there
/// (web/loader-start.js).
pub fn mount(takeover: Takeover, url: UrlState, fragment: Fragment, scrolled: bool, site: Option<&'static SiteConfig>) {
    // Drives the effects, as `leptos::mount::mount_to` does.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let url = shown(url, browser::route_left_to_app());
    let parts = find_parts(&takeover);
    for (el, _) in &parts {
        browser::mark_part(el);
    }
    let cards: Vec<String> = takeover
        .find(".term-card[id]")
        .iter()
        .filter_map(|el| ids::card_term(&el.id()).map(str::to_string))
        .collect();
    leptos::task::spawn_local(async move {
        browser::next_task().await;
        let owner = Owner::new();
        let (state, sim, graphs) = owner.with(|| {
            let mut state = AppState::new(url, fragment).with_site(site);
            state.parts = true;
            provide_context(state);
            wire_browser(state, scrolled);
            // The pieces of the simulator share one simulator state, those
            // of a node-link diagram one state of that diagram.
            let graphs: Vec<_> = ids::DIAGRAMS
                .iter()
                .filter_map(|d| GraphView::new(d.id, d.id == causal_loop::ID).map(|g| (d.id, g)))
                .collect();
            (state, SimView::new(), graphs)
        });
        let mut parts: Vec<_> = parts.into_iter().map(|(el, part)| (browser::distance_from_view(&el), el, part)).collect();
        parts.sort_by(|a, b| a.0.total_cmp(&b.0));
        // The parts near the view (or with the focus or a held press in
        // them) now, nearest first; the others when the reader comes near.
        let (now, later): (Vec<_>, Vec<_>) =
            parts.into_iter().partition(|(distance, el, part)| part.always() || *distance <= browser::NEAR || browser::holds_reader(el));
        // One part per task: the browser may paint and answer the reader in
        // between, so no task is long, also on a slow phone.
        for (_, el, part) in now {
            browser::next_task().await;
            owner.with(|| replace_part(&el, view_of(part, state, sim, &graphs)));
        }
        owner.with(|| takeover.append_part(view! { <GlossaryCards except=cards/> }));
        takeover.finish_in_place();
        let later = later.into_iter().map(|(_, el, part)| (el, part)).collect();
        let parts_owner = owner.clone();
        browser::render_when_near(later, move |el, part| parts_owner.with(|| replace_part(el, view_of(part, state, sim, &graphs))));
        // The parts live as long as the page.
        std::mem::forget(owner);
    });
}

/// The state of the page that is shown: the address's own, or, where its
/// page did not come (`left_to_app`, web/route.js), the Dutch reading page
/// with the rest of the address's state (the address is written back so).
fn shown(url: UrlState, left_to_app: bool) -> UrlState {
    if left_to_app {
        UrlState { lang: Default::default(), mode: Mode::Reading, ..url }
    } else {
        url
    }
}

/// The parts the prerendered page has, found before any is rendered.
fn find_parts(takeover: &Takeover) -> Vec<(web_sys::Element, Part)> {
    let mut parts = Vec::new();
    let mut add = |selector: &str, part: Part| parts.extend(takeover.find(selector).into_iter().map(|el| (el, part)));
    add(".live-region", Part::LiveRegion);
    add(".site-header", Part::Header);
    add("nav.toc", Part::Contents);
    add(".embed-open-full", Part::OpenFull);
    // The diagrams: the timeline, the node-link diagrams (`graph`) and the
    // simulator. Each by its own parts, not `diagram_by_id`, so the whole
    // views of those rendered in pieces are not in this app.
    add(&format!("#{}", timeline::ID), Part::Timeline);
    for d in ids::DIAGRAMS.iter().filter(|d| graph::is_graph(d.id)) {
        for piece in graph::Piece::LIVE {
            add(&format!("#{} {}", d.id, piece.selector()), Part::Graph(d.id, piece));
        }
    }
    for &piece in Piece::LIVE {
        add(&format!("#{} {}", simulator::ID, piece.selector()), Part::Simulator(piece));
    }
    for el in takeover.find(".section-heading > .copy-link") {
        let target = el.query_selector("[data-copy-link]").ok().flatten().and_then(|b| b.get_attribute("data-copy-link"));
        if let Some(target) = target.and_then(|t| ids::SECTIONS.iter().find(|s| **s == t)) {
            parts.push((el, Part::CopyLink(target)));
        }
    }
    parts
}

/// The view of a part, in the app's state (and the simulator's, `sim`, and
/// the node-link diagrams', `graphs`).
fn view_of(part: Part, state: AppState, sim: SimView, graphs: &[(&str, GraphView)]) -> AnyView {
    match part {
        Part::LiveRegion => view! { <LiveRegion/> }.into_any(),
        Part::Header => {
            let progress = track_reading(state);
            view! { <SiteHeader progress=progress/> }.into_any()
        }
        Part::Contents => view! { <TableOfContents/> }.into_any(),
        Part::CopyLink(target) => view! { <CopyLink target=target/> }.into_any(),
        Part::Timeline => view! { <Timeline/> }.into_any(),
        Part::Graph(id, piece) => graphs.iter().find(|(g, _)| *g == id).map(|(_, g)| piece.live_view(*g)).unwrap_or_else(|| ().into_any()),
        Part::Simulator(piece) => piece.live_view(sim),
        Part::OpenFull => {
            let target = state.url.with_untracked(|u| match &u.mode {
                Mode::Embed { target, .. } => target.clone(),
                _ => None,
            });
            view! { <OpenFull target=target/> }.into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;

    #[test]
    fn a_page_that_did_not_come_is_the_dutch_reading_page_with_the_state() {
        let url = UrlState::from_query("?lang=en&embed=tijdlijn&tijd=wmo-2015");
        let shown = shown(url.clone(), true);
        assert_eq!((shown.lang, &shown.mode), (Lang::Nl, &Mode::Reading));
        assert_eq!(shown.selections, url.selections);
        assert_eq!(super::shown(url.clone(), false), url);
    }
}
