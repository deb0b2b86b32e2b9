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
//! The parts, found by what the prerendered page shows, each kind with a
//! Cargo feature; the release has one app per feature (its name is
//! [`APP`]), built without `classroom`:
//! - `page-part`: the site header with the language switch, the slides'
//!   and print buttons and the embed dialog (`.site-header`), the contents
//!   with the section in view (`nav.toc`), and each section heading's copy
//!   link (`.section-heading > .copy-link`);
//! - `timeline-part`: the timeline (the element with its public id);
//! - `graphs-part`: each node-link diagram in the pieces that can change
//!   (`graph::Piece::LIVE`: its copy link and play button, drawing and
//!   detail; the rest of its caption, the legend and the text list stay
//!   HTML);
//! - `sim-part`: the simulator in pieces (`simulator::Piece::LIVE`: all but
//!   the explanation, of which only the sliders' values are live, and the
//!   model's links to the diagram, which stay HTML);
//! - and, at the end, the cards of glossary terms the parts show that the
//!   page has no card for yet: only the diagrams' details show terms (as
//!   rich text), so only the apps of the timeline and the node-link
//!   diagrams carry the cards' code.
//!
//! What belongs to the whole page is not a part, so that any app can keep
//! it: the live region is written by the app that announces
//! (`browser::announce`), an embed's link to the full explainer follows the
//! address (`browser::set_links`).

use leptos::prelude::*;

use crate::app::wire_browser;
use crate::browser::{self, replace_part, Takeover};
use crate::content::site::SiteConfig;
#[cfg(feature = "graphs-part")]
use crate::diagrams::graph::{self, GraphView};
#[cfg(feature = "sim-part")]
use crate::diagrams::simulator::{self, SimView};
#[cfg(feature = "graphs-part")]
use crate::ids::DiagramKind;
use crate::state::AppState;
use crate::url_state::{Mode, UrlState};
use crate::widgets::copy_link::share_url;
#[cfg(any(feature = "timeline-part", feature = "graphs-part"))]
use crate::widgets::glossary_cards::GlossaryCards;

/// The name of this app among the page's (web/loader-start.js): the part
/// it renders.
pub const APP: &str = if cfg!(feature = "sim-part") {
    "sim"
} else if cfg!(feature = "graphs-part") {
    "graphs"
} else if cfg!(feature = "timeline-part") {
    "timeline"
} else {
    "page"
};

/// One part of the prerendered page that the app renders again.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    #[cfg(feature = "page-part")]
    Header,
    #[cfg(feature = "page-part")]
    Contents,
    #[cfg(feature = "page-part")]
    CopyLink(&'static str),
    #[cfg(feature = "timeline-part")]
    Timeline,
    /// A node-link diagram is rendered in pieces, as the simulator is.
    #[cfg(feature = "graphs-part")]
    Graph(&'static str, graph::Piece),
    /// The simulator is rendered in pieces, its largest part otherwise.
    #[cfg(feature = "sim-part")]
    Simulator(simulator::Piece),
}

impl Part {
    /// Rendered at the start wherever it is: what the whole page answers
    /// to (the header, the contents).
    fn always(self) -> bool {
        #[cfg(feature = "page-part")]
        if matches!(self, Part::Header | Part::Contents) {
            return true;
        }
        false
    }
}

/// The states the parts share: the simulator's (its pieces share one) and
/// each node-link diagram's.
#[derive(Clone, Copy)]
struct Shared {
    #[cfg_attr(not(feature = "page-part"), allow(dead_code))]
    state: AppState,
    #[cfg(feature = "sim-part")]
    sim: SimView,
    #[cfg(feature = "graphs-part")]
    graphs: &'static [(&'static str, GraphView)],
}

/// Renders the parts of the prerendered page in the state of the address
/// (`scrolled`: see `Start::Browser`): those near the view first, nearest
/// first, one per task, then ends the takeover; the others when the reader
/// comes near them (`browser::render_when_near`). The task that started the
/// app (compiling and starting the wasm is work enough) only marks the
/// parts, so a press in one is held until it is there (web/loader-start.js).
pub fn mount(takeover: Takeover, scrolled: bool, site: Option<&'static SiteConfig>) {
    // Drives the effects, as `leptos::mount::mount_to` does.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let left_to_app = browser::route_left_to_app();
    let parts = find_parts(&takeover);
    for (el, _) in &parts {
        browser::mark_part(el);
    }
    browser::parts_marked(APP);
    #[cfg(any(feature = "timeline-part", feature = "graphs-part"))]
    let cards: Vec<String> = takeover
        .find(".term-card[id]")
        .iter()
        .filter_map(|el| crate::ids::card_term(&el.id()).map(str::to_string))
        .collect();
    leptos::task::spawn_local(async move {
        browser::next_task().await;
        let owner = Owner::new();
        // The address as it is now, in the same task as this app begins to
        // hear of its changes: another app of the page may have changed it
        // since this one started (the state they share, `wire_browser`).
        // Its notes on values it could not use are of the address as the
        // reader opened it, which the first app wrote back normalised.
        let (url, fragment) = browser::read_location();
        let url = UrlState {
            notes: UrlState::from_query(&browser::opened_query()).notes,
            ..shown(url, left_to_app)
        };
        let shared = owner.with(|| {
            let mut state = AppState::new(url, fragment).with_site(site);
            state.parts = true;
            provide_context(state);
            wire_browser(state, scrolled);
            wire_page(state);
            Shared {
                state,
                #[cfg(feature = "sim-part")]
                sim: SimView::new(),
                // The pieces of a node-link diagram share one state of it.
                #[cfg(feature = "graphs-part")]
                graphs: Vec::leak(
                    crate::ids::DIAGRAMS
                        .iter()
                        .filter_map(|d| match d.kind {
                            DiagramKind::Graph { play_loop } => {
                                GraphView::new(d.id, play_loop).map(|g| (d.id, g))
                            }
                            _ => None,
                        })
                        .collect(),
                ),
            }
        });
        // The parts near the view (or with the focus or a held press in
        // them) now, nearest first; the others when the reader comes near.
        let (mut now, later): (Vec<_>, Vec<_>) = parts
            .into_iter()
            .map(|(el, part)| (browser::distance_from_view(&el), el, part))
            .partition(|(distance, el, part)| {
                part.always() || *distance <= browser::NEAR || browser::holds_reader(el)
            });
        // One part per task: the browser may paint and answer the reader in
        // between, so no task is long, also on a slow phone. The nearest is
        // picked each time: a handful of parts, and no sort's code in the app.
        while let Some(nearest) = (0..now.len()).min_by(|&a, &b| now[a].0.total_cmp(&now[b].0)) {
            let (_, el, part) = now.swap_remove(nearest);
            browser::next_task().await;
            owner.with(|| replace_part(&el, view_of(part, shared)));
        }
        #[cfg(any(feature = "timeline-part", feature = "graphs-part"))]
        owner.with(|| takeover.append_part(view! { <GlossaryCards except=cards/> }));
        takeover.finish_in_place(APP);
        let later = later.into_iter().map(|(_, el, part)| (el, part)).collect();
        let parts_owner = owner.clone();
        browser::render_when_near(later, move |el, part| {
            parts_owner.with(|| replace_part(el, view_of(part, shared)))
        });
        // The parts live as long as the page.
        std::mem::forget(owner);
    });
}

/// What the whole page shows of the state, whichever parts an app renders:
/// announcements in the live region, and an embed's link to the full
/// explainer with the current state.
fn wire_page(state: AppState) {
    Effect::new(move |first: Option<()>| {
        let text = state.announce.get();
        // The prerendered region is empty: nothing to say until there is.
        if first.is_some() || !text.is_empty() {
            browser::announce(&text);
        }
    });
    let target = state.url.with_untracked(|u| match &u.mode {
        Mode::Embed { target, .. } => Some(target.clone()),
        _ => None,
    });
    if let Some(target) = target {
        Effect::new(move |_| {
            browser::set_links(".embed-open-full a", &share_url(state, target.as_deref()))
        });
    }
}

/// The state of the page that is shown: the address's own, or, where its
/// page did not come (`left_to_app`, web/route.js), the Dutch reading page
/// with the rest of the address's state (the address is written back so).
fn shown(url: UrlState, left_to_app: bool) -> UrlState {
    if left_to_app {
        UrlState {
            lang: Default::default(),
            mode: Mode::Reading,
            ..url
        }
    } else {
        url
    }
}

/// The parts the prerendered page has, found before any is rendered.
#[allow(unused_mut, unused_variables)]
fn find_parts(takeover: &Takeover) -> Vec<(web_sys::Element, Part)> {
    let mut parts = Vec::new();
    let mut add = |selector: &str, part: Part| {
        parts.extend(takeover.find(selector).into_iter().map(|el| (el, part)))
    };
    #[cfg(feature = "page-part")]
    {
        add(".site-header", Part::Header);
        add("nav.toc", Part::Contents);
    }
    // The diagrams: the timeline, the node-link diagrams (`graph`) and the
    // simulator. Each by its own parts, not `diagram_by_id`, so the whole
    // views of those rendered in pieces are not in this app.
    #[cfg(feature = "timeline-part")]
    add(
        &format!("#{}", crate::diagrams::timeline::ID),
        Part::Timeline,
    );
    #[cfg(feature = "graphs-part")]
    for d in crate::ids::DIAGRAMS
        .iter()
        .filter(|d| graph::is_graph(d.id))
    {
        for piece in graph::Piece::LIVE {
            add(
                &format!("#{} {}", d.id, piece.selector()),
                Part::Graph(d.id, piece),
            );
        }
    }
    #[cfg(feature = "sim-part")]
    for &piece in simulator::Piece::LIVE {
        add(
            &format!("#{} {}", simulator::ID, piece.selector()),
            Part::Simulator(piece),
        );
    }
    #[cfg(feature = "page-part")]
    for el in takeover.find(".section-heading > .copy-link") {
        let target = el
            .query_selector("[data-copy-link]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-copy-link"));
        if let Some(target) = target.and_then(|t| crate::ids::SECTIONS.iter().find(|s| **s == t)) {
            parts.push((el, Part::CopyLink(target)));
        }
    }
    parts
}

/// The view of a part, in the app's state (and the simulator's and the
/// node-link diagrams').
#[allow(unused_variables)]
fn view_of(part: Part, shared: Shared) -> AnyView {
    match part {
        #[cfg(feature = "page-part")]
        Part::Header => {
            let progress = crate::app::reading::track_reading(shared.state);
            view! { <crate::app::header::SiteHeader progress=progress/> }.into_any()
        }
        #[cfg(feature = "page-part")]
        Part::Contents => view! { <crate::app::toc::TableOfContents/> }.into_any(),
        #[cfg(feature = "page-part")]
        Part::CopyLink(target) => {
            view! { <crate::widgets::copy_link::CopyLink target=target/> }.into_any()
        }
        #[cfg(feature = "timeline-part")]
        Part::Timeline => view! { <crate::diagrams::timeline::Timeline/> }.into_any(),
        #[cfg(feature = "graphs-part")]
        Part::Graph(id, piece) => shared
            .graphs
            .iter()
            .find(|(g, _)| *g == id)
            .map(|(_, g)| piece.live_view(*g))
            .unwrap_or_else(|| ().into_any()),
        #[cfg(feature = "sim-part")]
        Part::Simulator(piece) => piece.live_view(shared.sim),
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
