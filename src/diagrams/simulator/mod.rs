//! The simulator of "de nieuwe spagaat": presets, sliders, a chart, one
//! sentence with the result, a table of the same numbers and the model's
//! equations and assumptions. Shown, everywhere it appears, as an
//! illustrative thinking model: not a forecast and not data. The state lives
//! in the URL (`state.url.sim`); the model is [`crate::sim`].

mod chart;
mod explain;
mod fmt;
mod notes;
mod presets;
mod sliders;
mod summary;
mod table;

use leptos::prelude::*;

use crate::sim::{self, Params, Run};
use crate::state::use_app;

pub use fmt::{decimal, fill, percent, vitality};

/// What every part of the simulator reads: the slider values and the run.
#[derive(Clone, Copy)]
pub(crate) struct SimView {
    pub params: Memo<Params>,
    pub run: Memo<Run>,
}

#[component]
pub fn SpagaatSimulator() -> impl IntoView {
    let state = use_app();
    let params = Memo::new(move |_| state.url.with(|u| u.sim.params));
    let run = Memo::new(move |_| sim::simulate(&params.get()));
    let view_state = SimView { params, run };
    view! {
        <section id="spagaat-simulator" class="sim" aria-labelledby="sim-title">
            <header class="sim-head">
                <p class="sim-badge">{move || state.t("sim_badge")}</p>
                <div class="section-heading">
                    <h3 id="sim-title">{move || state.t("sim_title")}</h3>
                    <crate::widgets::copy_link::CopyLink target="spagaat-simulator"/>
                </div>
                <p class="sim-disclaimer">{move || state.t("sim_disclaimer")}</p>
            </header>
            <notes::SimNotes/>
            <presets::SimPresets/>
            <sliders::SimSliders sim=view_state/>
            <summary::SimSummary sim=view_state/>
            <chart::SimChart sim=view_state/>
            <table::SimTable sim=view_state/>
            <explain::SimExplain sim=view_state/>
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
    for s in sliders::SLIDER_TEXT {
        keys.extend([s.label, s.help, s.unit_short, s.unit_long]);
    }
    for p in presets::PRESET_TEXT {
        keys.extend([p.label, p.desc]);
    }
    keys
}
