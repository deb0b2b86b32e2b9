//! One labelled range input per parameter, with its value and unit visible
//! and spoken (`aria-valuetext`). Moving a slider changes the live values at
//! once and writes the URL state when it is let go, after the frame that
//! shows it (see the module above).
//! Each slider reads only its own value, so moving one updates one slider.

use leptos::prelude::*;

use super::SimView;
use crate::sim::PARAMS;
use crate::state::use_app;
use crate::url_state::format_number;

/// Interface-string keys of each slider, indexed as [`PARAMS`].
pub struct SliderText {
    pub label: &'static str,
    pub help: &'static str,
    /// Unit as shown after the value ("%", "mnd").
    pub unit_short: &'static str,
    /// Unit as spoken ("procent", "maanden").
    pub unit_long: &'static str,
}

const PCT: (&str, &str) = ("sim_unit_pct", "sim_unit_pct_long");
const MONTHS: (&str, &str) = ("sim_unit_months", "sim_unit_months_long");

const fn text(
    label: &'static str,
    help: &'static str,
    unit: (&'static str, &'static str),
) -> SliderText {
    SliderText {
        label,
        help,
        unit_short: unit.0,
        unit_long: unit.1,
    }
}

pub const SLIDER_TEXT: [SliderText; PARAMS.len()] = [
    text("sim_param_cw", "sim_param_cw_help", PCT),
    text("sim_param_cut", "sim_param_cut_help", PCT),
    text("sim_param_delay", "sim_param_delay_help", MONTHS),
    text("sim_param_catch", "sim_param_catch_help", PCT),
    text("sim_param_latent", "sim_param_latent_help", PCT),
    text("sim_param_extra", "sim_param_extra_help", PCT),
    text("sim_param_ow", "sim_param_ow_help", PCT),
    text("sim_param_skill", "sim_param_skill_help", PCT),
];

/// The sliders, all of them under "Stel zelf in"; on a slide (`only`,
/// indexes into [`PARAMS`]) that slide's share of them, under its own
/// `legend` (an interface key).
#[component]
pub fn SimSliders(
    sim: SimView,
    #[prop(optional)] only: Option<&'static [usize]>,
    #[prop(optional)] legend: Option<&'static str>,
) -> impl IntoView {
    let state = use_app();
    let legend = legend.unwrap_or("sim_sliders_legend");
    let sliders = PARAMS
        .iter()
        .zip(SLIDER_TEXT.iter())
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o.contains(i)))
        .map(|(i, (spec, text))| {
            let id = format!("sim-{}", spec.key);
            let help_id = format!("sim-{}-help", spec.key);
            let own = Memo::new(move |_| sim.params.with(|p| p.get(i)));
            let value = move || format_number(own.get());
            let (label, help, short, long) =
                (text.label, text.help, text.unit_short, text.unit_long);
            let shown = move || {
                let unit = state.t(short);
                if unit == "%" {
                    format!("{}%", value())
                } else {
                    format!("{} {unit}", value())
                }
            };
            let spoken = move || format!("{} {}", value(), state.t(long));
            let on_input = move |ev: leptos::ev::Event| {
                if let Some(v) = crate::decimal::parse(event_target_value(&ev).trim()) {
                    let now = sim.params.get_untracked();
                    sim.live.set(Some(now.with(i, v)));
                }
            };
            // A key press (or a drag let go) shows its value at once, as
            // `input` does; the address is written after the frame, so the
            // press is answered first and a burst of presses writes it once,
            // with the last value (`SimView::commit`).
            let on_change = move |ev: leptos::ev::Event| {
                on_input(ev);
                request_animation_frame(move || {
                    set_timeout(move || sim.commit(state), std::time::Duration::ZERO)
                });
            };
            view! {
                <div class="sim-slider">
                    <div class="sim-slider-head">
                        <label for=id.clone()>{move || state.t(label)}</label>
                        <span class="sim-value" aria-hidden="true">{shown}</span>
                    </div>
                    <input
                        type="range"
                        id=id
                        name=spec.key
                        min=format_number(spec.min)
                        max=format_number(spec.max)
                        step=format_number(spec.step)
                        // The attribute: where the prerendered page shows the
                        // thumb before the app; the property follows the state.
                        value=format_number(own.get_untracked())
                        prop:value=value
                        aria-valuetext=spoken
                        aria-describedby=help_id.clone()
                        on:input=on_input
                        on:change=on_change
                    />
                    <p id=help_id class="sim-help">{move || state.t(help)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="sim-sliders">
            <legend>{move || state.t(legend)}</legend>
            {sliders}
        </fieldset>
    }
}
