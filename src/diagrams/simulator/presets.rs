//! The presets as toggle buttons: each sets all sliders at once.

use leptos::prelude::*;

use super::fill;
use crate::sim::{PARAMS, PRESETS};
use crate::url_state::format_number;
use crate::state::use_app;

/// Interface-string keys of each preset, indexed as [`PRESETS`].
pub struct PresetText {
    pub label: &'static str,
    pub desc: &'static str,
}

pub const PRESET_TEXT: [PresetText; 3] = [
    PresetText { label: "sim_preset_wmo", desc: "sim_preset_wmo_desc" },
    PresetText { label: "sim_preset_meer_handen", desc: "sim_preset_meer_handen_desc" },
    PresetText { label: "sim_preset_vak", desc: "sim_preset_vak_desc" },
];

#[component]
pub fn SimPresets() -> impl IntoView {
    let state = use_app();
    let current = move || state.url.with(|u| u.sim.preset);
    let buttons = PRESETS
        .iter()
        .zip(PRESET_TEXT.iter())
        .map(|(p, text)| {
            let key = p.key;
            let params = p.params;
            let label = text.label;
            let pressed = move || if current() == Some(key) { "true" } else { "false" };
            view! {
                <button
                    type="button"
                    class="sim-preset"
                    aria-pressed=pressed
                    on:click=move |_| {
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
        let key = current()?;
        let i = PRESETS.iter().position(|p| p.key == key)?;
        let values: Vec<(&str, String)> =
            PARAMS.iter().zip(PRESETS[i].params.values).map(|(s, v)| (s.key, format_number(v))).collect();
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
