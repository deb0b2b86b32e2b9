//! Components of the reading view, mounted in headless Chromium: what a
//! reader sees and can do. Run with wasm-bindgen-test (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use leptos::{prelude::*, task::tick};
use opbouwwerk_uitgelegd::app::{glossary_term::GlossaryTerm, quote::QuoteBlock, section::SectionView};
use opbouwwerk_uitgelegd::content::{content, Lang};
use opbouwwerk_uitgelegd::state::AppState;
use opbouwwerk_uitgelegd::url_state::{Fragment, UrlState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the document to mount into.
fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn state(lang: Lang) -> AppState {
    AppState::new(UrlState { lang, ..UrlState::default() }, Fragment::default())
}

#[wasm_bindgen_test]
async fn a_glossary_term_opens_and_closes_its_card() {
    let el = container();
    let s = state(Lang::Nl);
    let _h = leptos::mount::mount_to(el.clone(), move || {
        provide_context(s);
        view! { <p>"Sinds de "<GlossaryTerm id="wmo" label="Wmo"/>"."</p> }
    });
    let button: web_sys::HtmlElement = el.query_selector("button").unwrap().unwrap().unchecked_into();
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(el.query_selector(".term-card").unwrap().is_none());

    button.click();
    tick().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let card = el.query_selector(".term-card").unwrap().expect("card is open");
    let definition = &content().nl.term("wmo").unwrap().term;
    assert!(card.text_content().unwrap().contains(definition.as_str()));
    assert!(s.announce.get_untracked().starts_with(definition.as_str()), "the definition is announced");

    button.click();
    tick().await;
    assert!(el.query_selector(".term-card").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_quotation_is_dutch_and_translated_in_english() {
    let id = content().shared.quotes[0].id.as_str();
    for (lang, translated) in [(Lang::Nl, false), (Lang::En, true)] {
        let el = container();
        let s = state(lang);
        let _h = leptos::mount::mount_to(el.clone(), move || {
            provide_context(s);
            view! { <QuoteBlock id=id/> }
        });
        tick().await;
        let quote = el.query_selector("blockquote").unwrap().unwrap();
        assert_eq!(quote.get_attribute("lang").as_deref(), Some("nl"));
        assert_eq!(quote.text_content().unwrap().trim(), content().shared.quotes[0].text);
        let translation = el.query_selector(".translation[lang=en]").unwrap();
        assert_eq!(translation.is_some(), translated, "{lang:?}");
    }
}

#[wasm_bindgen_test]
async fn a_section_shows_its_title_quotations_and_parts() {
    let el = container();
    let s = state(Lang::En);
    let section = content().en.section("handreikingen").unwrap();
    let _h = leptos::mount::mount_to(el.clone(), move || {
        provide_context(s);
        view! { <SectionView section=section/> }
    });
    tick().await;
    let root = el.query_selector("section#handreikingen").unwrap().expect("section with its public id");
    assert_eq!(root.query_selector("h2").unwrap().unwrap().text_content().unwrap(), section.title);
    assert_eq!(root.query_selector_all(".part").unwrap().length() as usize, section.parts.len());
    assert!(root.query_selector("#handreiking-4").unwrap().is_some());
}
