//! Components of the reading view, mounted in headless Chromium: what a
//! reader sees and can do. Run with wasm-bindgen-test (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::{prelude::*, task::tick};
use opbouwwerk_uitgelegd::app::footer::CallToAction;
use opbouwwerk_uitgelegd::article::section::SectionView;
use opbouwwerk_uitgelegd::content::{content, site::SiteConfig, Lang};
use opbouwwerk_uitgelegd::state::AppState;
use opbouwwerk_uitgelegd::url_state::{Fragment, UrlState};
use opbouwwerk_uitgelegd::widgets::{
    glossary_cards::GlossaryCards, glossary_term::GlossaryTerm, quote::QuoteBlock,
};
use support::{click, find, has, mount_in, mount_with, text};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_glossary_term_opens_and_closes_its_card() {
    // The card is a popover the browser opens: the app adds no behaviour.
    let m = mount_in(
        Lang::Nl,
        || view! { <p>"Sinds de "<GlossaryTerm id="wmo" label="Wmo"/>"."</p><GlossaryCards/> },
    );
    let button = find(&m.root, "button");
    let card = find(&m.root, "#kaart-begrip-wmo");
    let open = |card: &web_sys::Element| card.matches(":popover-open").unwrap();
    assert_eq!(
        button.get_attribute("popovertarget"),
        card.get_attribute("id")
    );
    assert!(!open(&card));

    click(&button);
    tick().await;
    assert!(open(&card));
    let definition = &content().nl.term("wmo").unwrap().term;
    assert!(card.text_content().unwrap().contains(definition.as_str()));

    click(&button);
    tick().await;
    assert!(!open(&card));
}

#[wasm_bindgen_test]
async fn a_quotation_is_dutch_and_translated_in_english() {
    let id = content().shared.quotes[0].id.as_str();
    for (lang, translated) in [(Lang::Nl, false), (Lang::En, true)] {
        let m = mount_in(lang, move || view! { <QuoteBlock id=id/> });
        tick().await;
        let quote = find(&m.root, "blockquote");
        assert_eq!(quote.get_attribute("lang").as_deref(), Some("nl"));
        assert_eq!(
            quote.text_content().unwrap().trim(),
            content().shared.quotes[0].text
        );
        assert_eq!(
            has(&m.root, ".translation[lang=en]"),
            translated,
            "{lang:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_section_shows_its_title_quotations_and_parts() {
    let section = content().en.section("handreikingen").unwrap();
    let m = mount_in(Lang::En, move || view! { <SectionView section=section/> });
    tick().await;
    let root = find(&m.root, "section#handreikingen");
    assert_eq!(find(&root, "h2").text_content().unwrap(), section.title);
    assert_eq!(
        root.query_selector_all(".part").unwrap().length() as usize,
        section.parts.len()
    );
    for part in &section.parts {
        assert!(has(&root, &format!("#{}", part.id)), "part {}", part.id);
    }
}

#[wasm_bindgen_test]
async fn the_site_configuration_in_the_state_gives_the_call_to_action() {
    // The same wasm serves every organisation: the configuration comes in
    // through the state (read from the page in the browser), not the build.
    let site: &'static SiteConfig = Box::leak(Box::new(SiteConfig {
        organisation: "Test Org".into(),
        cta_text: "Join us".into(),
        cta_url: "https://example.org/join".into(),
        accent: "#1a6b54".into(),
    }));
    let state = AppState::new(UrlState::default(), Fragment::default()).with_site(Some(site));
    let m = mount_with(state, || view! { <CallToAction/> });
    tick().await;
    assert_eq!(text(&m.root, ".cta-org"), site.organisation);
    assert_eq!(text(&m.root, ".cta-link"), site.cta_text);
    assert_eq!(
        find(&m.root, ".cta-link").get_attribute("href").as_deref(),
        Some(site.cta_url.as_str())
    );

    let without = mount_in(Lang::Nl, || view! { <CallToAction/> });
    tick().await;
    assert!(
        !has(&without.root, ".cta"),
        "no configuration, no call to action"
    );
}
