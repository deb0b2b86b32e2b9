//! The scenarios as toggle buttons: each sets all sliders at once.

use leptos::prelude::*;

use super::{fill, SimView};
use crate::sim::{PARAMS, PRESETS};
use crate::state::use_app;
use crate::url_state::format_number;

/// Interface-string keys of each scenario, indexed as [`PRESETS`]: its name,
/// a short name for the sensitivity table, and a description (which says it
/// holds in this model).
pub struct PresetText {
    pub label: &'static str,
    pub short: &'static str,
    pub desc: &'static str,
}

const fn text(label: &'static str, short: &'static str, desc: &'static str) -> PresetText {
    PresetText { label, short, desc }
}

pub const PRESET_TEXT: [PresetText; 4] = [
    text(
        "sim_preset_wmo",
        "sim_preset_wmo_short",
        "sim_preset_wmo_desc",
    ),
    text(
        "sim_preset_generalist",
        "sim_preset_generalist_short",
        "sim_preset_generalist_desc",
    ),
    text(
        "sim_preset_meer_handen",
        "sim_preset_meer_handen_short",
        "sim_preset_meer_handen_desc",
    ),
    text(
        "sim_preset_vak",
        "sim_preset_vak_short",
        "sim_preset_vak_desc",
    ),
];

#[component]
pub fn SimPresets(sim: SimView) -> impl IntoView {
    let state = use_app();
    // A scenario is current while the URL names it and no slider has moved
    // away from it since.
    let current = Memo::new(move |_| {
        let key = state.url.with(|u| u.sim.preset)?;
        let p = crate::sim::preset(key)?;
        (p.params == sim.params.get()).then_some(p.key)
    });
    let buttons = PRESETS
        .iter()
        .zip(PRESET_TEXT.iter())
        .map(|(p, text)| {
            let key = p.key;
            let params = p.params;
            let label = text.label;
            let pressed = move || {
                if current.get() == Some(key) {
                    "true"
                } else {
                    "false"
                }
            };
            view! {
                <button
                    type="button"
                    class="sim-preset"
                    data-preset=key
                    aria-pressed=pressed
                    on:click=move |_| {
                        sim.live.set(None);
                        state.url.update(|u| {
                            u.sim.preset = Some(key);
                            u.sim.params = params;
                        })
                    }
                >
                    {move || state.t(label)}
                </button>
            }
        })
        .collect_view();
    let desc = move || {
        let key = current.get()?;
        let i = PRESETS.iter().position(|p| p.key == key)?;
        let values: Vec<(&str, String)> = PARAMS
            .iter()
            .zip(PRESETS[i].params.values)
            .map(|(s, v)| (s.key, format_number(v)))
            .collect();
        Some(fill(&state.t(PRESET_TEXT[i].desc), &values))
    };
    view! {
        <div class="sim-presets">
            <p id="sim-presets-label" class="sim-presets-label">{move || state.t("sim_presets_label")}</p>
            <div class="sim-preset-buttons" role="group" aria-labelledby="sim-presets-label">
                {buttons}
            </div>
            <p class="sim-preset-desc">
                {move || desc().unwrap_or_else(|| state.t("sim_preset_custom_desc"))}
            </p>
        </div>
    }
}
