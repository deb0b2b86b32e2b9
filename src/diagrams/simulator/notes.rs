//! A quiet note when the link held a simulator value we could not use as
//! given (out of range, or not a number).

use leptos::prelude::*;

use super::fill;
use super::sliders::SLIDER_TEXT;
use crate::sim::PARAMS;
use crate::state::use_app;
use crate::url_state::Note;

/// Templates for a clamped and a reset value.
pub const NOTE_KEYS: [&str; 2] = ["sim_note_clamped", "sim_note_reset"];

#[component]
pub fn SimNotes() -> impl IntoView {
    let state = use_app();
    let name = move |key: &str| match PARAMS.iter().position(|p| p.key == key) {
        Some(i) => state.t(SLIDER_TEXT[i].label),
        None => state.t("sim_presets_label"),
    };
    let lines = move || {
        state.url.with(|u| {
            u.notes
                .iter()
                .filter_map(|n| {
                    let (key, template) = match n {
                        Note::Clamped { key } => (*key, NOTE_KEYS[0]),
                        Note::Reset { key } => (*key, NOTE_KEYS[1]),
                    };
                    let ours = key == "preset" || PARAMS.iter().any(|p| p.key == key);
                    ours.then(|| fill(&state.t(template), &[("name", name(key))]))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="sim-notes" role="status">
            {move || {
                lines().into_iter().map(|line| view! { <p class="sim-note">{line}</p> }).collect_view()
            }}
        </div>
    }
}
