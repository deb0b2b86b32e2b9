//! The simulator of "de nieuwe spagaat": scenarios, sliders, a chart, one
//! sentence with the result, a table of the same numbers, a "what would
//! change this conclusion" view and the model's equations and assumptions.
//! Shown, everywhere it appears, as an illustrative thinking model: not a
//! forecast and not data. The state lives in the URL (`state.url.sim`); the
//! model is [`crate::sim`].
//!
//! Moving a slider must update the page within a couple of milliseconds:
//! every value is a memo, and the views update text and attributes in place
//! (no list is rebuilt on input); the sensitivity grid recomputes only when
//! one of its own inputs changes. While a slider is dragged, its values live
//! in `live`; the URL is written when the slider is let go (`change`, which
//! every key press also fires): a `history.replaceState` on every `input`
//! event cost more than the rest of the update, and Chromium throttles a
//! page that calls it hundreds of times in a few seconds. Even then it is
//! written after the frame that shows the new value ([`SimView::commit`]),
//! not in the handler: writing it (and the other apps of the page reading
//! it back) took most of a key press's time, and keys held down or pressed
//! in a burst write it once.

mod chart;
mod explain;
mod fmt;
mod links;
mod notes;
mod presets;
mod sensitivity;
mod sliders;
mod summary;
mod table;

use leptos::prelude::*;

use crate::sim::{self, Grid, Params, Run, COMMUNITY_SHARE};
use crate::state::use_app;

pub use explain::drawn_inferred;
pub use fmt::{decimal, fill, percent, vitality};
pub use presets::PRESET_TEXT;
pub use summary::{sentence, RESULT_KEYS};

/// What every part of the simulator reads: the slider values, the run, its
/// sentence and the sensitivity grid.
#[derive(Clone, Copy)]
pub struct SimView {
    /// The slider values while a slider is dragged, ahead of the URL
    /// (`None` when the URL holds them).
    pub live: RwSignal<Option<Params>>,
    pub params: Memo<Params>,
    pub run: Memo<Run>,
    pub sentence: Memo<String>,
    pub grid: Memo<Grid>,
}

impl SimView {
    /// The simulator's state, from the app's (in context). Nothing is
    /// computed until a part reads it.
    pub(crate) fn new() -> SimView {
        let state = use_app();
        // While a slider is dragged its values are `live`; otherwise the URL's.
        let live = RwSignal::new(None::<Params>);
        let params = Memo::new(move |_| {
            live.get()
                .unwrap_or_else(|| state.url.with(|u| u.sim.params))
        });
        let run = Memo::new(move |_| sim::simulate(&params.get()));
        let sentence = Memo::new(move |_| {
            let s = params.with(|p| p.get(COMMUNITY_SHARE)) / 100.0;
            run.with(|r| summary::result_sentence(&state, r, s))
        });
        // Only the grid's own inputs make it recompute, not every slider.
        let grid_key = Memo::new(move |_| params.with(sim::grid_key));
        let grid = Memo::new(move |_| {
            let mut p = sim::baseline();
            for (i, v) in sim::GRID_INPUTS.iter().zip(grid_key.get()) {
                p = p.with(*i, v);
            }
            sim::grid(&p)
        });
        SimView {
            live,
            params,
            run,
            sentence,
            grid,
        }
    }

    /// Writes the slider values shown ahead of the address (`live`) into
    /// the app's state, and so the address; nothing when none are (a
    /// preset was chosen since, or an earlier call wrote them).
    pub fn commit(self, state: crate::state::AppState) {
        let Some(p) = self.live.get_untracked() else {
            return;
        };
        state.url.update(|u| {
            u.sim.params = p;
            u.sim.preset = None;
        });
        self.live.set(None);
    }
}

/// The simulator's public id (`<section id>`, `#spagaat-simulator`).
pub const ID: &str = "spagaat-simulator";

/// The pieces of the simulator that need the app, each rendered by one of
/// its components into one element. The reading app renders them one by one
/// in place of the prerendered simulator's (`app::parts`), so that none is a
/// long task on a slow phone; the rest of the simulator (its heading and
/// disclaimer) is text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Piece {
    CopyLink,
    Notes,
    Presets,
    Sliders,
    Result,
    Chart,
    Sensitivity,
    Table,
    /// How the model works: its equations, symbols and assumptions.
    Explain,
    /// Of [`Explain`](Self::Explain), the sliders' rows of the symbols
    /// table, with their current values.
    SliderSymbols,
    Links,
}

impl Piece {
    pub const ALL: [Piece; 11] = [
        Piece::CopyLink,
        Piece::Notes,
        Piece::Presets,
        Piece::Sliders,
        Piece::Result,
        Piece::Chart,
        Piece::Sensitivity,
        Piece::Table,
        Piece::SliderSymbols,
        Piece::Explain,
        Piece::Links,
    ];

    /// The pieces that answer the reader or change with the state: all but
    /// the last two, the explanation, of which only the sliders' values
    /// change (the piece before them), and the model's links to the
    /// diagram, which change only with the language, which on the reading
    /// page is a navigation: the reading app leaves those as the
    /// prerendered HTML they are.
    pub const LIVE: &'static [Piece] = Self::ALL.split_at(Self::ALL.len() - 2).0;

    /// The element the piece renders, under the simulator's `<section>`.
    pub fn selector(self) -> &'static str {
        match self {
            Piece::CopyLink => ".sim-head .copy-link",
            Piece::Notes => ".sim-notes",
            Piece::Presets => ".sim-presets",
            Piece::Sliders => ".sim-sliders",
            Piece::Result => ".sim-result",
            Piece::Chart => ".sim-figure",
            Piece::Sensitivity => ".sim-sensitivity",
            Piece::Table => ".sim-table",
            Piece::Explain => ".sim-explain",
            Piece::SliderSymbols => ".sim-slider-symbols",
            Piece::Links => ".sim-links",
        }
    }

    /// The piece's view, reading the one simulator state `sim`.
    pub fn view(self, sim: SimView) -> AnyView {
        match self {
            Piece::Explain => view! { <explain::SimExplain sim=sim/> }.into_any(),
            Piece::Links => view! { <links::SimLinks/> }.into_any(),
            live => live.live_view(sim),
        }
    }

    /// The view of a [`LIVE`](Self::LIVE) piece, and nothing for the
    /// others: the reading app, which renders only those, then carries no
    /// code of the explanation's text and of the model's links.
    pub fn live_view(self, sim: SimView) -> AnyView {
        match self {
            Piece::CopyLink => {
                view! { <crate::widgets::copy_link::CopyLink target=ID/> }.into_any()
            }
            Piece::Notes => view! { <notes::SimNotes/> }.into_any(),
            Piece::Presets => view! { <presets::SimPresets sim=sim/> }.into_any(),
            Piece::Sliders => view! { <sliders::SimSliders sim=sim/> }.into_any(),
            Piece::Result => view! { <summary::SimSummary sim=sim/> }.into_any(),
            Piece::Chart => view! { <chart::SimChart sim=sim/> }.into_any(),
            Piece::Sensitivity => view! { <sensitivity::SimSensitivity sim=sim/> }.into_any(),
            Piece::Table => view! { <table::SimTable sim=sim/> }.into_any(),
            Piece::SliderSymbols => view! { <explain::SliderSymbols sim=sim/> }.into_any(),
            Piece::Explain | Piece::Links => ().into_any(),
        }
    }
}

/// A slide's share of the sliders (indexes into [`sim::PARAMS`]) under
/// the legend `legend` (an interface key): the presentation lays the
/// simulator's pieces out for its slides (`present::diagram_slide`).
pub fn some_sliders(sim: SimView, only: &'static [usize], legend: &'static str) -> AnyView {
    view! { <sliders::SimSliders sim=sim only=only legend=legend/> }.into_any()
}

#[component]
pub fn SpagaatSimulator() -> impl IntoView {
    let state = use_app();
    // Every piece as the reading app renders it alone (`Piece::view`).
    let sim = SimView::new();
    view! {
        <section id=ID class="sim" aria-labelledby="sim-title">
            <header class="sim-head">
                <p class="sim-badge">{move || state.t("sim_badge")}</p>
                <div class="section-heading">
                    <h3 id="sim-title">{move || state.t("sim_title")}</h3>
                    {Piece::CopyLink.view(sim)}
                </div>
                <p class="sim-disclaimer">{move || state.t("sim_disclaimer")}</p>
            </header>
            {Piece::Notes.view(sim)}
            <div class="sim-workbench">
                <div class="sim-controls">
                    {Piece::Presets.view(sim)}
                    {Piece::Sliders.view(sim)}
                </div>
                <div class="sim-output">
                    {Piece::Result.view(sim)}
                    {Piece::Chart.view(sim)}
                </div>
            </div>
            {Piece::Sensitivity.view(sim)}
            {Piece::Table.view(sim)}
            {Piece::Explain.view(sim)}
            {Piece::Links.view(sim)}
        </section>
    }
}

/// Interface strings the simulator looks up through tables (slider labels,
/// units, presets) rather than as literal calls of `t`, so the tests can
/// check they exist in both languages.
pub fn ui_keys() -> Vec<&'static str> {
    let mut keys = Vec::new();
    keys.extend(summary::RESULT_KEYS);
    keys.extend(notes::NOTE_KEYS);
    keys.extend(explain::SLIDER_VALUE_KEYS);
    keys.extend(explain::WHY_KEYS);
    keys.extend(sensitivity::CRITERION_KEYS);
    keys.extend(sim::ORIGIN_KEYS.map(|(_, k)| k));
    keys.extend(sim::link_note_keys());
    for s in sliders::SLIDER_TEXT {
        keys.extend([s.label, s.help, s.unit_short, s.unit_long]);
    }
    keys.extend(preset_keys());
    keys
}

/// Each scenario's name, short name and description keys, indexed as
/// [`sim::PRESETS`].
pub fn preset_keys() -> Vec<&'static str> {
    presets::PRESET_TEXT
        .iter()
        .flat_map(|p| [p.label, p.short, p.desc])
        .collect()
}

/// The keys of the sentences that state a result of the model: each must
/// say that it holds in this model (checked natively in both languages).
pub fn qualified_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = summary::RESULT_KEYS.to_vec();
    keys.extend(presets::PRESET_TEXT.iter().map(|p| p.desc));
    keys.extend(sensitivity::QUALIFIED_KEYS);
    keys
}

#[cfg(test)]
mod tests {
    use super::{Piece, SimView};
    use crate::state::AppState;
    use crate::url_state::{Fragment, UrlState};
    use leptos::prelude::*;

    #[test]
    fn a_burst_of_slider_presses_writes_the_last_value_once_and_a_preset_since_wins() {
        Owner::new().with(|| {
            let state = AppState::new(UrlState::from_query("?preset=vak"), Fragment::default());
            provide_context(state);
            let sim = SimView::new();
            // Three presses before the frame: shown at once, not yet written.
            let start = sim.params.get_untracked();
            for v in [21.0, 22.0, 23.0] {
                sim.live.set(Some(sim.params.get_untracked().with(0, v)));
            }
            assert_eq!(sim.params.get_untracked().get(0), 23.0);
            assert_eq!(state.url.with_untracked(|u| u.sim.params), start);
            // After the frame, one commit per press: the first writes the
            // last value, the others find nothing left to write.
            for _ in 0..3 {
                sim.commit(state);
            }
            assert_eq!(state.url.with_untracked(|u| u.sim.params.get(0)), 23.0);
            assert_eq!(state.url.with_untracked(|u| u.sim.preset), None);
            assert_eq!(sim.live.get_untracked(), None);
            // A press, then a preset chosen before its commit: the preset stays.
            sim.live.set(Some(sim.params.get_untracked().with(0, 30.0)));
            sim.live.set(None);
            state.url.update(|u| u.sim.preset = Some("wmo"));
            sim.commit(state);
            assert_eq!(state.url.with_untracked(|u| u.sim.preset), Some("wmo"));
        });
    }

    #[test]
    fn every_piece_but_the_explanation_and_the_model_links_is_live() {
        let fixed: Vec<_> = Piece::ALL
            .into_iter()
            .filter(|p| !Piece::LIVE.contains(p))
            .collect();
        assert_eq!(
            fixed,
            [Piece::Explain, Piece::Links],
            "these stay HTML in the reading app"
        );
    }
}
