//! The simulator in a browser: moving a slider changes the chart and the
//! sentence in place and writes the value into the URL state after the
//! frame; a scenario
//! button sets every slider; the "what would change this conclusion" table
//! follows the assumptions it depends on and nothing else; numbers are Dutch.
//! Run with `wasm-pack test --headless --chrome` or
//! `cargo test --target wasm32-unknown-unknown --test web_sim`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use opbouwwerk_uitgelegd::content::Lang;
use opbouwwerk_uitgelegd::diagrams::simulator::{percent, SpagaatSimulator};
use opbouwwerk_uitgelegd::sim::{
    self, Criterion, Series, COMMUNITY_SHARE, GRID_CATCH, GRID_DELAY, TO_OPBOUWWERK,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

mod support;
use support::{find, mount_in, text, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

/// The simulator, mounted in Dutch with fresh state (tests/support).
fn mount() -> Mounted<impl Drop> {
    mount_in(Lang::Nl, || view! { <SpagaatSimulator/> })
}

fn fire(input: &HtmlInputElement, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict(name, &init).unwrap())
        .unwrap();
}

/// Moves a slider as a key press does: `input`, then `change`.
fn set_slider(root: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).unchecked_into();
    input.set_value(value);
    fire(&input, "input");
    fire(&input, "change");
}

/// Waits until the browser has drawn its next frame and run a task after
/// it: when a slider writes the address (`SimView::commit`).
async fn after_frame() {
    let window = web_sys::window().unwrap();
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        window.request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let task = js_sys::Promise::new(&mut |resolve, _| {
        window.set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn moving_a_slider_changes_chart_sentence_and_url_state_in_place() {
    let m = mount();
    let (root, state) = (&m.root, m.state);
    let path = find(root, "path.sim-now");
    let before_path = path.get_attribute("d").unwrap();
    let before_sentence = text(root, ".sim-result");
    assert!(
        before_sentence.to_lowercase().contains("in dit denkmodel"),
        "{before_sentence}"
    );
    let pressed = find(root, ".sim-preset[aria-pressed=\"true\"]");
    assert_eq!(pressed.text_content().unwrap(), state.t("sim_preset_wmo"));

    set_slider(root, "sim-cw", "30");
    // The page follows the press at once; the address after the frame.
    leptos::task::tick().await;
    assert!(find(root, "#sim-cw")
        .get_attribute("aria-valuetext")
        .unwrap()
        .starts_with("30 "));
    after_frame().await;

    let (params, preset) = state.url.with_untracked(|u| (u.sim.params, u.sim.preset));
    assert_eq!(params.get(COMMUNITY_SHARE), 30.0);
    assert_eq!(preset, None);
    // The same path element, with a new `d`: updated in place.
    let now = find(root, "path.sim-now");
    assert!(
        now.is_same_node(Some(&path)),
        "the chart's line is updated, not rebuilt"
    );
    assert_ne!(now.get_attribute("d").unwrap(), before_path);
    let after_sentence = text(root, ".sim-result");
    assert_ne!(after_sentence, before_sentence);
    let p10 = percent(
        sim::simulate(&params).at_year(Series::Pressure, 10),
        state.lang(),
    );
    assert!(
        after_sentence.contains(&p10),
        "{after_sentence} should mention {p10}"
    );
    assert!(after_sentence.to_lowercase().contains("in dit denkmodel"));
    assert!(root
        .query_selector(".sim-preset[aria-pressed=\"true\"]")
        .unwrap()
        .is_none());
    assert!(find(root, "#sim-cw")
        .get_attribute("aria-valuetext")
        .unwrap()
        .starts_with("30 "));
}

#[wasm_bindgen_test]
async fn dragging_updates_the_page_at_once_and_the_url_when_let_go() {
    let m = mount();
    let input: HtmlInputElement = find(&m.root, "#sim-delay").unchecked_into();
    let before = text(&m.root, ".sim-result");
    input.set_value("40");
    fire(&input, "input");
    leptos::task::tick().await;
    assert_ne!(
        text(&m.root, ".sim-result"),
        before,
        "the sentence follows the drag"
    );
    assert_eq!(
        m.state.url.with_untracked(|u| u.sim.params.get(sim::DELAY)),
        18.0,
        "the URL waits"
    );
    let shown = input.value();
    let sentence = text(&m.root, ".sim-result");
    fire(&input, "change");
    // Let go: the page stays as the drag left it, and the address follows
    // after the frame (`SimView::commit`), not in the handler.
    let at_once = m.state.url.with_untracked(|u| u.sim.params.get(sim::DELAY));
    leptos::task::tick().await;
    assert_eq!(text(&m.root, ".sim-result"), sentence);
    after_frame().await;
    let later = m.state.url.with_untracked(|u| u.sim.params.get(sim::DELAY));
    assert_eq!((shown.as_str(), at_once, later), ("40", 18.0, 40.0));
    assert_eq!(text(&m.root, ".sim-result"), sentence);
}

#[wasm_bindgen_test]
async fn a_scenario_button_sets_every_slider() {
    let m = mount();
    let vak: HtmlElement = find(&m.root, ".sim-preset[data-preset=\"vak\"]").unchecked_into();
    vak.click();
    leptos::task::tick().await;
    assert_eq!(m.state.url.with_untracked(|u| u.sim.preset), Some("vak"));
    assert_eq!(vak.get_attribute("aria-pressed").as_deref(), Some("true"));
    let ow: HtmlInputElement = find(&m.root, "#sim-ow").unchecked_into();
    assert_eq!(ow.value(), "100");
    assert_eq!(
        m.state
            .url
            .with_untracked(|u| u.sim.params.get(TO_OPBOUWWERK)),
        100.0
    );
    assert!(text(&m.root, ".sim-preset-desc")
        .to_lowercase()
        .contains("in dit denkmodel"));
}

#[wasm_bindgen_test]
async fn the_sensitivity_table_follows_its_assumptions_only() {
    let m = mount();
    let root = &m.root;
    let rows = root.query_selector_all(".sim-sens tbody tr").unwrap();
    assert_eq!(rows.length() as usize, GRID_CATCH.len());
    let cells = root.query_selector_all(".sim-sens tbody td").unwrap();
    assert_eq!(cells.length() as usize, GRID_CATCH.len() * GRID_DELAY.len());
    let region = find(root, ".sim-sensitivity [role=region]");
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    // The reader's own setting (catch 50, delay 18) is marked in words.
    assert_eq!(
        root.query_selector_all(".sim-sens-here").unwrap().length(),
        1
    );
    // The criteria are said in words beside the table and in every cell.
    assert_eq!(
        region.get_attribute("aria-describedby").as_deref(),
        Some("sim-sens-criteria")
    );
    assert_eq!(
        text(root, "#sim-sens-criteria"),
        m.state.t("sim_sens_criteria")
    );
    assert_eq!(
        root.query_selector_all(".sim-sens tbody .sim-sens-criterion")
            .unwrap()
            .length() as usize,
        2 * GRID_CATCH.len() * GRID_DELAY.len()
    );
    let bests = |root: &HtmlElement, attribute: &str| -> Vec<String> {
        let cells = root.query_selector_all(".sim-sens tbody td").unwrap();
        (0..cells.length())
            .map(|i| {
                cells
                    .item(i)
                    .unwrap()
                    .unchecked_into::<Element>()
                    .get_attribute(attribute)
                    .unwrap()
            })
            .collect()
    };
    let keys = |grid: &sim::Grid, criterion| -> Vec<String> {
        grid.cells
            .iter()
            .map(|c| sim::PRESETS[c.best(criterion)].key.to_string())
            .collect()
    };
    let grid = sim::grid(&sim::baseline());
    let first = bests(root, "data-best");
    assert_eq!(first, keys(&grid, Criterion::Pressure));
    assert_eq!(
        bests(root, "data-best-vitality"),
        keys(&grid, Criterion::Vitality)
    );
    // A lever does not change it; an assumption (expertise) can.
    set_slider(root, "sim-cw", "40");
    leptos::task::tick().await;
    assert_eq!(bests(root, "data-best"), first);
    set_slider(root, "sim-skill", "300");
    leptos::task::tick().await;
    let after = bests(root, "data-best");
    let expected = sim::grid(&sim::baseline().with(sim::SKILL, 300.0));
    assert_eq!(after, keys(&expected, Criterion::Pressure));
    assert_eq!(
        bests(root, "data-best-vitality"),
        keys(&expected, Criterion::Vitality)
    );
    assert_ne!(after, first);
}

/// The tag beside each equation is the one derived from the links it
/// implements, as the diagram draws them, and our assumptions in it.
#[wasm_bindgen_test]
fn each_equation_shows_its_derived_origin() {
    use opbouwwerk_uitgelegd::diagrams::simulator::drawn_inferred;
    let m = mount();
    for eq in sim::EQUATIONS {
        let derived = sim::origin(eq.id, &drawn_inferred);
        let item = find(&m.root, &format!("[data-equation=\"{}\"]", eq.id));
        let tag = item
            .query_selector(".sim-origin")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(tag, m.state.t(sim::origin_key(derived)), "{}", eq.id);
    }
    let demand = find(&m.root, "[data-equation=\"demand\"]");
    assert_eq!(
        demand.get_attribute("data-origin").as_deref(),
        Some("sim_origin_ours")
    );
}

#[wasm_bindgen_test]
async fn numbers_are_written_with_a_decimal_comma_in_dutch() {
    let m = mount();
    let symbols = text(&m.root, ".sim-symbols");
    assert!(
        symbols.contains("0,06"),
        "growth g = 0,06 in Dutch: {symbols}"
    );
    assert!(!symbols.contains("0.06"));
}

/// The reading app renders the simulator in pieces, each in place of one
/// element of the prerendered simulator (`app::parts`): every piece finds
/// exactly one element, and no two pieces the same.
#[wasm_bindgen_test]
fn every_piece_of_the_simulator_is_one_element_of_its_own() {
    use opbouwwerk_uitgelegd::diagrams::simulator::{Piece, ID};
    let m = mount();
    let mut seen = Vec::new();
    for piece in Piece::ALL {
        let found = m
            .root
            .query_selector_all(&format!("#{ID} {}", piece.selector()))
            .unwrap();
        assert_eq!(found.length(), 1, "{piece:?}");
        let el = found.item(0).unwrap();
        assert!(!seen.contains(&el), "{piece:?} is another piece's element");
        seen.push(el);
    }
}
