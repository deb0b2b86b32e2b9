//! The time-series chart in SVG: pressure (top panel) and community vitality
//! (bottom panel) over the years, current settings solid, the baseline
//! (the "starting point") dashed. Scales with its container (viewBox, width
//! 100%). On input only the `d` attributes, the sentence and (when the axis
//! or the turn changes) the ticks are touched.

use leptos::prelude::*;

use super::{percent, SimView};
use crate::decimal::{coord, tenths};
use crate::sim::{baseline_run, Outcome, Run, Series, MONTHS};
use crate::state::use_app;

const WIDTH: f64 = 480.0;
const LEFT: f64 = 46.0;
const RIGHT: f64 = 468.0;
/// Top and bottom of the pressure panel.
const P_TOP: f64 = 34.0;
const P_BOTTOM: f64 = 184.0;
/// Top and bottom of the vitality panel.
const V_TOP: f64 = 236.0;
const V_BOTTOM: f64 = 336.0;
const HEIGHT: f64 = 384.0;

fn x(month: f64) -> f64 {
    LEFT + (RIGHT - LEFT) * month / MONTHS as f64
}

/// The pressure axis in percent: a range around both runs that always
/// includes 100% (capacity), and its tick step.
fn pressure_axis(run: &Run) -> (f64, f64, f64) {
    let base = baseline_run();
    let (mut lo, mut hi) = (100.0f64, 100.0f64);
    for r in [run, base] {
        for t in 0..=MONTHS {
            let p = r.value(Series::Pressure, t) * 100.0;
            lo = lo.min(p);
            hi = hi.max(p);
        }
    }
    let step = if hi - lo > 150.0 { 50.0 } else { 25.0 };
    let lo = (lo / step).floor() * step;
    let hi = ((hi / step).ceil() * step).max(lo + 2.0 * step);
    (lo, hi, step)
}

/// An SVG path through one series, scaled to a panel. Built on every slider
/// input, so its numbers are written by `decimal` (integer arithmetic), not
/// by core's float formatting, which would cost most of the update's time
/// budget in the wasm build.
fn path(run: &Run, series: Series, top: f64, bottom: f64, lo: f64, hi: f64, scale: f64) -> String {
    use std::fmt::Write;
    let mut d = String::with_capacity(14 * (MONTHS + 1));
    for t in 0..=MONTHS {
        let v = run.value(series, t) * scale;
        let y = bottom - (bottom - top) * (v - lo) / (hi - lo);
        let _ = write!(
            d,
            "{}{},{}",
            if t == 0 { "M" } else { " L" },
            tenths(x(t as f64)),
            tenths(y)
        );
    }
    d
}

#[component]
pub fn SimChart(sim: SimView) -> impl IntoView {
    let state = use_app();
    let base = baseline_run();
    let axis = Memo::new(move |_| sim.run.with(pressure_axis));
    let py = move |p: f64| {
        let (lo, hi, _) = axis.get();
        P_BOTTOM - (P_BOTTOM - P_TOP) * (p - lo) / (hi - lo)
    };
    let p_path = move |r: &Run| {
        let (lo, hi, _) = axis.get();
        path(r, Series::Pressure, P_TOP, P_BOTTOM, lo, hi, 100.0)
    };
    let v_path = |r: &Run| path(r, Series::Vitality, V_TOP, V_BOTTOM, 0.0, 100.0, 100.0);
    let p_ticks = move || {
        let (lo, hi, step) = axis.get();
        let n = ((hi - lo) / step).round() as usize;
        (0..=n)
            .map(|i| {
                let p = lo + step * i as f64;
                let y = coord(py(p));
                let capacity = (p - 100.0).abs() < 1e-9;
                view! {
                    <line class="sim-grid" class:sim-capacity=capacity x1=coord(LEFT) x2=coord(RIGHT) y1=y.clone() y2=y.clone()/>
                    <text class="sim-tick" x=coord(LEFT - 6.0) y=y text-anchor="end" dominant-baseline="middle">
                        {percent(p / 100.0, state.lang())}
                    </text>
                }
            })
            .collect_view()
    };
    let v_ticks = [0.0, 50.0, 100.0]
        .into_iter()
        .map(|v| {
            let y = V_BOTTOM - (V_BOTTOM - V_TOP) * v / 100.0;
            view! {
                <line class="sim-grid" x1=coord(LEFT) x2=coord(RIGHT) y1=coord(y) y2=coord(y)/>
                <text class="sim-tick" x=coord(LEFT - 6.0) y=coord(y) text-anchor="end" dominant-baseline="middle">{coord(v)}</text>
            }
        })
        .collect_view();
    let years = (0..=MONTHS / 12)
        .map(|year| {
            let xx = coord(x(12.0 * year as f64));
            let labelled = year % 5 == 0;
            view! {
                <line class="sim-axis" x1=xx.clone() x2=xx.clone() y1=coord(V_BOTTOM) y2=coord(V_BOTTOM + if labelled { 6.0 } else { 3.0 })/>
                <line class="sim-axis" x1=xx.clone() x2=xx.clone() y1=coord(P_BOTTOM) y2=coord(P_BOTTOM + 3.0)/>
                {labelled.then(|| view! {
                    <text class="sim-tick" x=xx.clone() y=coord(V_BOTTOM + 22.0) text-anchor="middle">{year}</text>
                })}
            }
        })
        .collect_view();
    // Where pressure drops below the baseline for good: the turn of the J.
    let turn = Memo::new(move |_| match sim.run.with(|r| r.outcome(base)) {
        Outcome::WorseThenBetter { from } => Some(from),
        _ => None,
    });
    let crossing = move || match turn.get() {
        Some(from) => {
            let xx = x(from as f64);
            // Keep the label inside the chart when the turn comes late.
            let late = from > MONTHS / 2;
            let (label_x, anchor) = if late {
                (xx - 4.0, "end")
            } else {
                (xx + 4.0, "start")
            };
            Some(view! {
                <g class="sim-crossing">
                    <line x1=coord(xx) x2=coord(xx) y1=coord(P_TOP) y2=coord(P_BOTTOM)/>
                    <text
                        class="sim-tick"
                        x=coord(label_x)
                        y=coord(P_TOP + 12.0)
                        text-anchor=anchor
                    >
                        {move || state.t("sim_chart_turn")}
                    </text>
                </g>
            })
        }
        None => None,
    };
    let desc = move || sim.sentence.get();
    view! {
        <figure class="sim-figure">
            <svg
                class="sim-chart"
                viewBox=format!("0 0 {} {}", tenths(WIDTH), tenths(HEIGHT))
                width="100%"
                role="img"
                aria-labelledby="sim-chart-title sim-chart-desc"
                preserveAspectRatio="xMidYMid meet"
            >
                <title id="sim-chart-title">{move || state.t("sim_chart_title")}</title>
                <desc id="sim-chart-desc">{desc}</desc>
                <text class="sim-panel-title" x=coord(LEFT) y=coord(P_TOP - 14.0)>{move || state.t("sim_chart_pressure")}</text>
                {p_ticks}
                {crossing}
                <path class="sim-line sim-base" d=move || { let _ = axis.get(); p_path(base) }/>
                <path class="sim-line sim-now" d=move || sim.run.with(|r| p_path(r))/>
                <text class="sim-panel-title" x=coord(LEFT) y=coord(V_TOP - 14.0)>{move || state.t("sim_chart_vitality")}</text>
                {v_ticks}
                <path class="sim-line sim-base" d=v_path(base)/>
                <path class="sim-line sim-now" d=move || sim.run.with(v_path)/>
                {years}
                <text class="sim-tick" x=coord((LEFT + RIGHT) / 2.0) y=coord(HEIGHT - 4.0) text-anchor="middle">{move || state.t("sim_chart_years")}</text>
            </svg>
            <figcaption>
                <ul class="sim-legend">
                    <li>
                        <svg class="sim-swatch" viewBox="0 0 32 8" aria-hidden="true"><line class="sim-line sim-now" x1="0" x2="32" y1="4" y2="4"/></svg>
                        {move || state.t("sim_legend_now")}
                    </li>
                    <li>
                        <svg class="sim-swatch" viewBox="0 0 32 8" aria-hidden="true"><line class="sim-line sim-base" x1="0" x2="32" y1="4" y2="4"/></svg>
                        {move || state.t("sim_legend_base")}
                    </li>
                    <li class="sim-legend-capacity">{move || state.t("sim_legend_capacity")}</li>
                </ul>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{simulate, Params, PARAMS};

    #[test]
    fn the_pressure_axis_holds_both_runs_and_capacity() {
        let extreme = Params {
            values: PARAMS.map(|p| p.max),
        };
        for run in [baseline_run().clone(), simulate(&extreme)] {
            let (lo, hi, step) = pressure_axis(&run);
            assert!(lo <= 100.0 && hi >= 100.0 && step > 0.0);
            assert!(run.max(Series::Pressure) * 100.0 <= hi);
            assert!(((hi - lo) / step) <= 8.0);
        }
    }
}
