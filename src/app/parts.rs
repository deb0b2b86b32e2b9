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
//! the views of the prose out of this build's wasm.
//!
//! The parts, found by what the prerendered page shows:
//! - the live region (`.live-region`), the site header with the language
//!   switch, the slides' and print buttons and the embed dialog
//!   (`.site-header`), the contents with the section in view (`nav.toc`);
//! - each section heading's copy link (`.section-heading > .copy-link`);
//! - each diagram and the simulator (the element with its public id);
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
use crate::diagrams::diagram_by_id;
use crate::ids;
use crate::state::AppState;
use crate::url_state::{Fragment, Mode, UrlState};
use crate::widgets::copy_link::CopyLink;
use crate::widgets::glossary_term::GlossaryCards;

/// Renders the parts of the prerendered page in the state of `url` and
/// `fragment` (`scrolled`: see `Start::Browser`), and ends the takeover.
pub fn mount(takeover: Takeover, url: UrlState, fragment: Fragment, scrolled: bool, site: Option<&'static SiteConfig>) {
    // Drives the effects, as `leptos::mount::mount_to` does.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let url = shown(url, browser::route_left_to_app());
    let owner = Owner::new();
    owner.with(|| {
        let mut state = AppState::new(url, fragment).with_site(site);
        state.parts = true;
        provide_context(state);
        wire_browser(state, scrolled);
        render_parts(&takeover, state);
    });
    // The parts live as long as the page.
    std::mem::forget(owner);
    takeover.finish_in_place();
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

fn render_parts(takeover: &Takeover, state: AppState) {
    // Everything is found before anything is replaced.
    let live = takeover.find(".live-region");
    let header = takeover.find(".site-header");
    let toc = takeover.find("nav.toc");
    let links: Vec<_> = takeover
        .find(".section-heading > .copy-link")
        .into_iter()
        .filter_map(|el| {
            let target = el.query_selector("[data-copy-link]").ok().flatten()?.get_attribute("data-copy-link")?;
            let target = ids::SECTIONS.iter().find(|s| **s == target)?;
            Some((el, *target))
        })
        .collect();
    let diagrams: Vec<_> = ids::DIAGRAMS
        .iter()
        .flat_map(|d| takeover.find(&format!("#{}", d.id)).into_iter().map(move |el| (el, d.id)))
        .collect();
    let open_full = takeover.find(".embed-open-full");
    let cards: Vec<String> = takeover
        .find(".term-card[id]")
        .iter()
        .filter_map(|el| ids::card_term(&el.id()).map(str::to_string))
        .collect();

    for el in &live {
        replace_part(el, view! { <LiveRegion/> });
    }
    if let Some(el) = header.first() {
        let progress = track_reading(state);
        replace_part(el, view! { <SiteHeader progress=progress/> });
    }
    for el in &toc {
        replace_part(el, view! { <TableOfContents/> });
    }
    for (el, target) in &links {
        replace_part(el, view! { <CopyLink target=*target/> });
    }
    for (el, id) in &diagrams {
        if let Some(view) = diagram_by_id(id) {
            replace_part(el, view);
        }
    }
    if let Some(el) = open_full.first() {
        let target = state.url.with_untracked(|u| match &u.mode {
            Mode::Embed { target, .. } => target.clone(),
            _ => None,
        });
        replace_part(el, view! { <OpenFull target=target/> });
    }
    takeover.append_part(view! { <GlossaryCards except=cards/> });
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
