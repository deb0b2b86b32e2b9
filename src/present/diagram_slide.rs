//! The diagrams that a slide cannot show as the reading page draws them:
//! the simulator, laid out for the slide's shape from its pieces, and the
//! timeline, half of its events per slide ([`deck::diagram_pages`]). The
//! reading page's components are used as they are; only the choice and the
//! arrangement of their pieces is the slide's.

use leptos::prelude::*;

use crate::deck::{self, TIMELINE};
use crate::diagrams::simulator::{self, Piece, SimView};
use crate::diagrams::timeline::{content_items, TimelineChart, TimelineItem};
use crate::sim::{CATCH, COMMUNITY_SHARE, CUTS, DELAY, EXTRA_BUDGET, LATENT, SKILL, TO_OPBOUWWERK};

/// The simulator's first slide moves the levers the scenarios differ in.
pub const LEVERS: [usize; 3] = [COMMUNITY_SHARE, EXTRA_BUDGET, TO_OPBOUWWERK];
/// Its second slide, the model's assumptions (the same in every scenario).
pub const ASSUMPTIONS: [usize; 5] = [CUTS, DELAY, CATCH, LATENT, SKILL];

/// The simulator on slide `page` of its two: the chart on the left, as tall
/// as the slide; beside it the heading (`children`), on the first slide the
/// scenarios (keys 1–4, `present::DeckState::on_key`), the result in one
/// sentence, and that slide's sliders. The scenario's description, the
/// sliders' help, the table and the explanation stay on the reading page.
#[component]
pub fn SimSlide(page: usize, children: Children) -> impl IntoView {
    let sim = SimView::new();
    let state = crate::state::use_app();
    let (only, legend): (&'static [usize], &'static str) = if page == 0 {
        (&LEVERS, "present_sim_levers")
    } else {
        (&ASSUMPTIONS, "present_sim_assumptions")
    };
    view! {
        <section class="sim slide-sim" data-page=page>
            <div class="slide-sim-chart">
                {Piece::Chart.view(sim)}
                // What the reading page's simulator says first, said under
                // its chart on the slide too: a thinking model, no forecast.
                <p class="sim-badge">{move || state.t("sim_badge")}</p>
            </div>
            <div class="slide-sim-side">
                {children()}
                {(page == 0).then(|| Piece::Presets.view(sim))}
                {Piece::Result.view(sim)}
                {simulator::some_sliders(sim, only, legend)}
            </div>
        </section>
    }
}

/// The timeline's events on slide `page`: the content's, in date order,
/// split into [`deck::diagram_pages`] runs of (nearly) equal length.
pub fn timeline_page(page: usize) -> Vec<TimelineItem> {
    let mut items = content_items();
    items.sort_by_key(|i| (i.year, i.end_year));
    let per = items.len().div_ceil(deck::diagram_pages(TIMELINE).max(1));
    items.into_iter().skip(page * per).take(per).collect()
}

/// The timeline on slide `page` of its two.
#[component]
pub fn TimelineSlide(page: usize) -> impl IntoView {
    view! { <TimelineChart items=timeline_page(page)/> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_slides_show_every_event_once_in_date_order() {
        let pages = deck::diagram_pages(TIMELINE);
        assert!(pages >= 2);
        let shown: Vec<&str> = (0..pages).flat_map(timeline_page).map(|i| i.id).collect();
        let mut all = content_items();
        all.sort_by_key(|i| (i.year, i.end_year));
        assert_eq!(shown, all.iter().map(|i| i.id).collect::<Vec<_>>());
        // No slide carries more than half again as many as another.
        let sizes: Vec<usize> = (0..pages).map(|p| timeline_page(p).len()).collect();
        assert!(
            sizes
                .iter()
                .all(|&n| n >= 1 && n <= all.len().div_ceil(pages)),
            "{sizes:?}"
        );
    }

    #[test]
    fn the_simulator_slides_have_every_slider_once() {
        let mut both: Vec<usize> = LEVERS.iter().chain(&ASSUMPTIONS).copied().collect();
        both.sort_unstable();
        assert_eq!(both, (0..crate::sim::PARAMS.len()).collect::<Vec<_>>());
    }
}
