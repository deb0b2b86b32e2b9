//! The simulator in a browser: moving a slider changes the chart and the
//! sentence, and writes the value into the URL state.
//! Run with `wasm-pack test --headless --chrome` or
//! `cargo test --target wasm32-unknown-unknown --test web_sim`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use opbouwwerk_uitgelegd::diagrams::simulator::{percent, SpagaatSimulator};
use opbouwwerk_uitgelegd::sim::{self, Series, COMMUNITY_SHARE};
use opbouwwerk_uitgelegd::state::AppState;
use opbouwwerk_uitgelegd::url_state::{Fragment, UrlState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> (HtmlElement, AppState) {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        let state = AppState::new(UrlState::default(), Fragment::default());
        provide_context(state);
        tx.send(state).unwrap();
        view! { <SpagaatSimulator/> }
    });
    handle.forget();
    (el, rx.recv().unwrap())
}

fn find(root: &HtmlElement, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn set_slider(root: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    let ev = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn moving_a_slider_changes_chart_sentence_and_url_state() {
    let (root, state) = mount();
    assert!(root.query_selector("#spagaat-simulator").unwrap().is_some());
    let before_path = find(&root, "path.sim-now").get_attribute("d").unwrap();
    let before_sentence = text(&root, ".sim-result");
    assert!(!before_sentence.is_empty());
    // The baseline preset is pressed at first.
    let pressed = find(&root, ".sim-preset[aria-pressed=\"true\"]");
    assert_eq!(pressed.text_content().unwrap(), state.t("sim_preset_wmo"));

    set_slider(&root, "sim-cw", "30");
    leptos::task::tick().await;

    let (params, preset) = state.url.with_untracked(|u| (u.sim.params, u.sim.preset));
    assert_eq!(params.get(COMMUNITY_SHARE), 30.0);
    assert_eq!(preset, None);
    assert_ne!(find(&root, "path.sim-now").get_attribute("d").unwrap(), before_path);
    let after_sentence = text(&root, ".sim-result");
    assert_ne!(after_sentence, before_sentence);
    // The sentence describes the run for the new value.
    let p10 = percent(sim::simulate(&params).at_year(Series::Pressure, 10));
    assert!(after_sentence.contains(&p10), "{after_sentence} should mention {p10}");
    assert!(root.query_selector(".sim-preset[aria-pressed=\"true\"]").unwrap().is_none());
    let input = find(&root, "#sim-cw");
    assert!(input.get_attribute("aria-valuetext").unwrap().starts_with("30 "));
}

#[wasm_bindgen_test]
async fn a_preset_button_sets_every_slider() {
    let (root, state) = mount();
    let vak: HtmlElement = find(&root, ".sim-preset:nth-of-type(3)").unchecked_into();
    vak.click();
    leptos::task::tick().await;
    assert_eq!(state.url.with_untracked(|u| u.sim.preset), Some("vak"));
    assert_eq!(vak.get_attribute("aria-pressed").as_deref(), Some("true"));
    let cw: HtmlInputElement = find(&root, "#sim-cw").unchecked_into();
    assert_eq!(cw.value(), "20");
}
