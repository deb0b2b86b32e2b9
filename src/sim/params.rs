//! The simulator's parameters: what the reader sets with sliders, their
//! ranges, and the presets that tell the essay's story. The `key` of each
//! parameter is its public, documented URL query name: never rename one.

/// One slider: its URL key, range and step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    pub key: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Unit shown after the value, e.g. "%" or "mnd".
    pub unit: &'static str,
}

impl ParamSpec {
    /// Clamps to the range and snaps to the step grid.
    pub fn clamp(&self, v: f64) -> f64 {
        // Not `f64::clamp`: its check of the bounds would bring core's
        // float formatting into the wasm (`crate::decimal`).
        let v = v.max(self.min).min(self.max);
        let snapped = self.min + ((v - self.min) / self.step).round() * self.step;
        snapped.max(self.min).min(self.max)
    }
}

/// Index of each parameter in [`PARAMS`] and in [`Params::values`].
pub const COMMUNITY_SHARE: usize = 0;
pub const CUTS: usize = 1;
pub const DELAY: usize = 2;
pub const CATCH: usize = 3;
pub const LATENT: usize = 4;
pub const EXTRA_BUDGET: usize = 5;
pub const TO_OPBOUWWERK: usize = 6;
pub const SKILL: usize = 7;

/// How many parameters (sliders) there are.
pub const N_PARAMS: usize = 8;

/// The sliders, in the order they are shown. The first six keys are the
/// published ones; `ow` and `skill` were added later (an old link without
/// them gets the baseline's values: extra budget then buys case workers,
/// which is what `extra` meant before).
pub const PARAMS: [ParamSpec; N_PARAMS] = [
    // Intended share of the generalists' time for collective work.
    ParamSpec {
        key: "cw",
        min: 0.0,
        max: 50.0,
        step: 1.0,
        unit: "%",
    },
    // Cuts to collective provisions (budget and time for collective work),
    // relative to before the Wmo 2015.
    ParamSpec {
        key: "cut",
        min: 0.0,
        max: 60.0,
        step: 1.0,
        unit: "%",
    },
    // Months before community work bears fruit.
    ParamSpec {
        key: "delay",
        min: 0.0,
        max: 48.0,
        step: 1.0,
        unit: "mnd",
    },
    // How strongly vital communities catch people before they need help.
    ParamSpec {
        key: "catch",
        min: 0.0,
        max: 100.0,
        step: 5.0,
        unit: "%",
    },
    // How much latent demand better access makes visible.
    ParamSpec {
        key: "latent",
        min: 0.0,
        max: 100.0,
        step: 5.0,
        unit: "%",
    },
    // Extra budget, as a share of what the current team costs.
    ParamSpec {
        key: "extra",
        min: 0.0,
        max: 50.0,
        step: 1.0,
        unit: "%",
    },
    // Share of the extra budget spent on professional opbouwwerkers (the
    // rest buys generalist case workers at the same cost per FTE).
    ParamSpec {
        key: "ow",
        min: 0.0,
        max: 100.0,
        step: 10.0,
        unit: "%",
    },
    // What an hour of a professional opbouwwerker achieves for vitality,
    // relative to an hour of a generalist's collective work (our assumption).
    ParamSpec {
        key: "skill",
        min: 50.0,
        max: 300.0,
        step: 10.0,
        unit: "%",
    },
];

/// A full set of slider values, indexed as [`PARAMS`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub values: [f64; N_PARAMS],
}

impl Params {
    pub fn get(&self, i: usize) -> f64 {
        self.values[i]
    }

    /// A copy with value `i` set (clamped and snapped).
    pub fn with(mut self, i: usize, v: f64) -> Params {
        self.values[i] = PARAMS[i].clamp(v);
        self
    }
}

/// A named starting point. `key` is its public URL value (`?preset=`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub key: &'static str,
    pub params: Params,
}

/// The presets (scenarios); the first is the baseline the chart compares
/// against. They differ only in their levers (`cw`, `extra`, `ow`); the
/// assumptions (cuts, delay, catch, latent demand, skill) are the same.
/// `meer-handen` and `vak` spend the same extra budget, so they cost the same.
pub const PRESETS: [Preset; 4] = [
    // The starting point (baseline), from the Wmo 2015 on: teams meant to
    // give a tenth of their time to collective work, cuts to collective
    // provisions, no extra budget.
    Preset {
        key: "wmo",
        params: Params {
            values: [10.0, 30.0, 18.0, 50.0, 40.0, 0.0, 0.0, 150.0],
        },
    },
    // Lever (a): the generalists are asked to do more collective work,
    // without extra budget.
    Preset {
        key: "generalist",
        params: Params {
            values: [25.0, 30.0, 18.0, 50.0, 40.0, 0.0, 0.0, 150.0],
        },
    },
    // Extra budget spent on more case workers.
    Preset {
        key: "meer-handen",
        params: Params {
            values: [10.0, 30.0, 18.0, 50.0, 40.0, 20.0, 0.0, 150.0],
        },
    },
    // Lever (b): the same extra budget spent on professional opbouwwerkers.
    Preset {
        key: "vak",
        params: Params {
            values: [10.0, 30.0, 18.0, 50.0, 40.0, 20.0, 100.0, 150.0],
        },
    },
];

/// The baseline, the "starting point": the Wmo 2015 (our reading of the
/// essay's "de komst van de Wmo"), with invented numbers.
pub fn baseline() -> Params {
    PRESETS[0].params
}

pub fn preset(key: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_lie_within_their_ranges() {
        for p in PRESETS {
            for (v, spec) in p.params.values.iter().zip(PARAMS) {
                assert_eq!(spec.clamp(*v), *v, "{} {}", p.key, spec.key);
            }
        }
    }

    #[test]
    fn clamp_snaps_to_the_grid() {
        assert_eq!(PARAMS[CATCH].clamp(52.0), 50.0);
        assert_eq!(PARAMS[CATCH].clamp(-3.0), 0.0);
        assert_eq!(PARAMS[DELAY].clamp(1e9), 48.0);
    }
}
