//! The diagrams in a browser: selecting by click and keyboard shows the
//! detail and writes the selection to the URL state; Escape closes it and
//! returns focus; arrow keys move between connected nodes; a fragment such
//! as `#argumentkaart/hoofdclaim` selects its node, and an unknown one
//! selects nothing.
//!
//! `cargo test --target wasm32-unknown-unknown --test web_diagrams`
//! (with wasm-bindgen-test-runner and a WebDriver).

#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use leptos::task::tick;
use opbouwwerk_uitgelegd::content::{content, DiagramText, Lang};
use opbouwwerk_uitgelegd::diagrams::diagram_by_id;
use opbouwwerk_uitgelegd::diagrams::timeline::{Timeline, TimelineChart, TimelineItem};
use opbouwwerk_uitgelegd::url_state::{Fragment, UrlState};
use support::{active_id, click, element_quote, element_text, find, focus, key, mount, ui};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const NL: Lang = Lang::Nl;

fn detail_text(root: &Element) -> String {
    support::text(root, ".diagram-detail")
}

/// The first words of a text, enough to recognise it.
fn start(text: &str) -> String {
    text.chars().take(40).collect()
}

#[wasm_bindgen_test]
async fn clicking_a_node_shows_its_detail_and_writes_the_url() {
    let m = mount(UrlState::default(), Fragment::default(), || {
        diagram_by_id("argumentkaart").unwrap()
    });
    let (state, parent) = (m.state, &m.root);
    tick().await;
    let figure = find(parent, "figure#argumentkaart");
    assert!(figure.get_attribute("aria-labelledby").is_some());
    let node = find(parent, "#argumentkaart--hoofdclaim");
    assert_eq!(node.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(node.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(node.get_attribute("aria-pressed").as_deref(), Some("false"));

    click(&node);
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("arg").map(str::to_string)),
        Some("hoofdclaim".into())
    );
    assert_eq!(node.get_attribute("aria-pressed").as_deref(), Some("true"));
    let detail = detail_text(parent);
    assert!(
        detail.contains(&element_text(NL, "hoofdclaim").label),
        "{detail}"
    );
    assert!(
        detail.contains(&start(element_quote("hoofdclaim"))),
        "{detail}"
    );
    assert!(!state.announce.get_untracked().is_empty());

    // A second click closes it again.
    click(&node);
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("arg").map(str::to_string)),
        None
    );
}

#[wasm_bindgen_test]
async fn unelaborated_arguments_say_so() {
    let m = mount(UrlState::default(), Fragment::default(), || {
        diagram_by_id("argumentkaart").unwrap()
    });
    let parent = &m.root;
    tick().await;
    let node = find(parent, "#argumentkaart--argument-3");
    assert!(node
        .get_attribute("class")
        .unwrap_or_default()
        .contains("node--unelaborated"));
    let not_elaborated = ui(NL, "diagram_not_elaborated");
    assert!(node
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains(&not_elaborated));
    click(&node);
    tick().await;
    assert!(detail_text(parent).contains(&not_elaborated));
}

#[wasm_bindgen_test]
async fn keyboard_selects_moves_and_escape_returns_focus() {
    let m = mount(UrlState::default(), Fragment::default(), || {
        diagram_by_id("spagaat-kringloop").unwrap()
    });
    let (state, parent) = (m.state, &m.root);
    tick().await;
    let node = find(parent, "#spagaat-kringloop--druk-individueel");
    focus(&node);

    // The arrow key moves to the connected node to the right.
    key(&node, "ArrowRight");
    tick().await;
    assert_eq!(active_id(), "spagaat-kringloop--tijd-collectief");

    let next = find(parent, "#spagaat-kringloop--tijd-collectief");
    key(&next, "Enter");
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("kring").map(str::to_string)),
        Some("tijd-collectief".into())
    );
    assert!(detail_text(parent).contains(&element_text(NL, "tijd-collectief").label));

    // Focus inside the detail; Escape closes it and returns focus to the node.
    let close = find(parent, ".diagram-close");
    focus(&close);
    key(&close, "Escape");
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("kring").map(str::to_string)),
        None
    );
    assert_eq!(active_id(), "spagaat-kringloop--tijd-collectief");
}

#[wasm_bindgen_test]
async fn an_inferred_link_is_dashed_and_says_so() {
    let m = mount(UrlState::default(), Fragment::default(), || {
        diagram_by_id("spagaat-kringloop").unwrap()
    });
    let (state, parent) = (m.state, &m.root);
    tick().await;
    let link = find(parent, "#spagaat-kringloop--druk-tijd");
    assert!(link
        .get_attribute("class")
        .unwrap_or_default()
        .contains("link--inferred"));
    key(&link, " ");
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("kring").map(str::to_string)),
        Some("druk-tijd".into())
    );
    assert!(detail_text(parent).contains(&ui(NL, "diagram_inferred")));
}

#[wasm_bindgen_test]
async fn the_fragment_selects_a_node_and_an_unknown_one_nothing() {
    let m = mount(
        UrlState::default(),
        Fragment::parse("#argumentkaart/hoofdclaim"),
        || diagram_by_id("argumentkaart").unwrap(),
    );
    tick().await;
    assert_eq!(
        m.state
            .url
            .with_untracked(|u| u.selection("arg").map(str::to_string)),
        Some("hoofdclaim".into())
    );
    assert!(detail_text(&m.root).contains(&element_text(NL, "hoofdclaim").label));
    drop(m);

    let m = mount(
        UrlState::default(),
        Fragment::parse("#argumentkaart/bestaat-niet"),
        || diagram_by_id("argumentkaart").unwrap(),
    );
    tick().await;
    assert_eq!(
        m.state
            .url
            .with_untracked(|u| u.selection("arg").map(str::to_string)),
        None
    );
    assert!(detail_text(&m.root).contains(&ui(NL, "diagram_choose")));
}

#[wasm_bindgen_test]
async fn a_source_shows_its_full_reference_and_bibliography_link() {
    let m = mount(
        UrlState::from_query("?bron=vlaar-2019"),
        Fragment::default(),
        || diagram_by_id("bronnenkaart").unwrap(),
    );
    let (state, parent) = (m.state, &m.root);
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("bron").map(str::to_string)),
        Some("vlaar-2019".into())
    );
    let detail = detail_text(parent);
    let reference = content().source("vlaar-2019").unwrap().reference(Lang::Nl);
    assert!(detail.contains(&reference), "{detail}");
    let link = find(parent, ".diagram-detail a[href='#bron-vlaar-2019']");
    assert!(!link.text_content().unwrap_or_default().is_empty());
}

#[wasm_bindgen_test]
async fn timeline_events_are_selectable_and_cite_their_sources() {
    let text = |label: &str, explanation: &str| -> &'static DiagramText {
        Box::leak(Box::new(DiagramText {
            label: label.into(),
            explanation: explanation.into(),
        }))
    };
    let items = vec![
        TimelineItem {
            id: "wmo-2007",
            year: 2007,
            end_year: None,
            sources: vec!["wikipedia-wmo"],
            nl: text("Eerste Wmo", "De eerste Wmo."),
            en: text("First Wmo", "The first Wmo."),
        },
        TimelineItem {
            id: "wmo-2015",
            year: 2015,
            end_year: None,
            sources: vec!["wikipedia-wmo", "springer-sociaal-domein"],
            nl: text("Wmo 2015", "De Wmo 2015 gaat in."),
            en: text("Wmo 2015", "The Wmo 2015 takes effect."),
        },
        TimelineItem {
            id: "stadsvernieuwing",
            year: 1970,
            end_year: Some(1979),
            sources: vec!["canon-stadsvernieuwing"],
            nl: text("Stadsvernieuwing", "Bewoners verzetten zich."),
            en: text("Urban renewal", "Residents resist."),
        },
    ];
    let m = mount(
        UrlState::default(),
        Fragment::default(),
        move || view! { <TimelineChart items=items/> },
    );
    let (state, parent) = (m.state, &m.root);
    tick().await;
    assert!(
        parent
            .query_selector("figure#tijdlijn .timeline-bar")
            .unwrap()
            .is_some(),
        "a period is a bar"
    );
    let first = find(parent, "#tijdlijn--wmo-2007");
    click(&first);
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("tijd").map(str::to_string)),
        Some("wmo-2007".into())
    );
    let detail = detail_text(parent);
    assert!(
        detail.contains("2007: Eerste Wmo") && detail.contains("De eerste Wmo."),
        "{detail}"
    );
    assert!(parent
        .query_selector(".diagram-detail a[href='#bron-wikipedia-wmo']")
        .unwrap()
        .is_some());

    // Arrow keys move along the line in date order (not the given order),
    // Home and End jump to the ends, Escape closes.
    focus(&first);
    key(&first, "ArrowRight");
    tick().await;
    assert_eq!(active_id(), "tijdlijn--wmo-2015");
    key(&first, "ArrowLeft");
    tick().await;
    assert_eq!(active_id(), "tijdlijn--stadsvernieuwing");
    key(&find(parent, "#tijdlijn--stadsvernieuwing"), "End");
    tick().await;
    assert_eq!(active_id(), "tijdlijn--wmo-2015");
    key(&first, "Escape");
    tick().await;
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("tijd").map(str::to_string)),
        None
    );
}

#[wasm_bindgen_test]
async fn the_play_button_runs_and_stops_the_loop_impulse() {
    let m = mount(UrlState::default(), Fragment::default(), || {
        diagram_by_id("spagaat-kringloop").unwrap()
    });
    let (state, parent) = (m.state, &m.root);
    tick().await;
    let button = find(parent, ".diagram-play");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    click(&button);
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(state
        .announce
        .get_untracked()
        .starts_with(&ui(NL, "diagram_impulse")));
    // Either the ring is on its first node, or (reduced motion) the whole loop is lit.
    assert!(parent.query_selector(".impulse-on").unwrap().is_some());
    click(&button);
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(parent.query_selector(".impulse-on").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_selection_and_translates_the_detail() {
    let m = mount(
        UrlState::from_query("?kring=vangnet"),
        Fragment::default(),
        || diagram_by_id("spagaat-kringloop").unwrap(),
    );
    let (state, parent) = (m.state, &m.root);
    tick().await;
    assert!(detail_text(parent).contains(&element_text(NL, "vangnet").label));
    state.url.update(|u| u.lang = Lang::En);
    tick().await;
    let detail = detail_text(parent);
    assert!(
        detail.contains(&element_text(Lang::En, "vangnet").label),
        "{detail}"
    );
    // The quotation stays Dutch, with our translation beside it.
    assert!(
        detail.contains(&start(element_quote("vangnet"))),
        "{detail}"
    );
    assert_eq!(
        state
            .url
            .with_untracked(|u| u.selection("kring").map(str::to_string)),
        Some("vangnet".into())
    );
}

/// Ids of the diagram parts in the tab order.
fn tab_stops(parent: &Element, selector: &str) -> Vec<String> {
    let list = parent.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .filter(|e| e.get_attribute("tabindex").as_deref() == Some("0"))
        .map(|e| e.id())
        .collect()
}

#[wasm_bindgen_test]
async fn the_nodes_of_a_diagram_are_one_tab_stop_that_follows_focus_and_selection() {
    let m = mount(UrlState::default(), Fragment::default(), || {
        diagram_by_id("argumentkaart").unwrap()
    });
    let (state, parent) = (m.state, &m.root);
    tick().await;
    // One stop for all nodes (the first), and none for the links.
    let first = tab_stops(parent, "#argumentkaart .node");
    assert_eq!(first.len(), 1, "one node in the tab order: {first:?}");
    assert!(
        tab_stops(parent, "#argumentkaart .link").is_empty(),
        "links are reached from a node's detail"
    );
    // The arrow keys move the stop with the focus.
    let node = find(parent, &format!("#{}", first[0]));
    focus(&node);
    key(&node, "ArrowRight");
    tick().await;
    let moved = tab_stops(parent, "#argumentkaart .node");
    assert_eq!(moved, vec![active_id()], "the stop is where the focus went");
    assert_ne!(moved, first);
    // A selection from the URL is the stop.
    state
        .url
        .update(|u| u.set_selection("arg", Some("hoofdclaim")));
    tick().await;
    assert_eq!(
        tab_stops(parent, "#argumentkaart .node"),
        vec!["argumentkaart--hoofdclaim".to_string()]
    );
}

#[wasm_bindgen_test]
async fn the_timeline_is_one_tab_stop() {
    let m = mount(
        UrlState::default(),
        Fragment::default(),
        || view! { <Timeline/> },
    );
    let parent = &m.root;
    tick().await;
    let stops = tab_stops(parent, ".timeline-event");
    assert_eq!(stops.len(), 1, "one event in the tab order: {stops:?}");
    let event = find(parent, &format!("#{}", stops[0]));
    focus(&event);
    key(&event, "End");
    tick().await;
    assert_eq!(tab_stops(parent, ".timeline-event"), vec![active_id()]);
}

/// The reading app renders a node-link diagram in pieces, each in place of
/// one element of the prerendered figure (`app::parts`): every piece finds
/// exactly one element of its own, and a piece rendered alone is that very
/// element, in both languages and with a selection.
#[wasm_bindgen_test]
async fn every_piece_of_a_node_link_diagram_is_one_element_and_renders_alone_as_in_the_whole() {
    use opbouwwerk_uitgelegd::diagrams::graph::{Graph, GraphView, Piece};
    for (id, play) in [
        ("argumentkaart", false),
        ("spagaat-kringloop", true),
        ("bronnenkaart", false),
    ] {
        for query in ["", "?lang=en", "?arg=hoofdclaim&kring=kring-r"] {
            let (url, fragment) = (UrlState::from_query(query), Fragment::default());
            let lang = url.lang;
            let whole = mount(
                url.clone(),
                fragment.clone(),
                move || view! { <Graph diagram_id=id play_loop=play/> },
            );
            tick().await;
            let mut seen = Vec::new();
            for piece in Piece::ALL {
                let found = whole
                    .root
                    .query_selector_all(&format!("#{id} {}", piece.selector()))
                    .unwrap();
                // Only a diagram shown with the play button has that piece.
                if piece == Piece::Play && !play {
                    assert_eq!(found.length(), 0, "{id} {piece:?}");
                    continue;
                }
                assert_eq!(found.length(), 1, "{id} {piece:?}");
                let el: Element = found.item(0).unwrap().unchecked_into();
                assert!(
                    !seen.contains(&el),
                    "{id}: {piece:?} is another piece's element"
                );
                // The reading app renders the live pieces alone (`live_view`).
                let live = Piece::LIVE.contains(&piece);
                let alone = mount(url.clone(), fragment.clone(), move || {
                    GraphView::new(id, play).map(|g| {
                        if live {
                            piece.live_view(g)
                        } else {
                            piece.view(g)
                        }
                    })
                });
                tick().await;
                assert_eq!(
                    alone.root.inner_html(),
                    el.outer_html(),
                    "{id} {piece:?} in {}",
                    lang.code()
                );
                seen.push(el);
            }
        }
    }
}
