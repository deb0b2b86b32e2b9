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
        let v = v.clamp(self.min, self.max);
        let snapped = self.min + ((v - self.min) / self.step).round() * self.step;
        snapped.clamp(self.min, self.max)
    }
}

/// Index of each parameter in [`PARAMS`] and in [`Params::values`].
pub const COMMUNITY_SHARE: usize = 0;
pub const CUTS: usize = 1;
pub const DELAY: usize = 2;
pub const CATCH: usize = 3;
pub const LATENT: usize = 4;
pub const EXTRA_CAPACITY: usize = 5;

/// The sliders, in the order they are shown.
pub const PARAMS: [ParamSpec; 6] = [
    // Share of the teams' professional capacity spent on community work.
    ParamSpec { key: "cw", min: 0.0, max: 50.0, step: 1.0, unit: "%" },
    // Cuts to collective provisions, relative to before the Wmo 2015.
    ParamSpec { key: "cut", min: 0.0, max: 60.0, step: 1.0, unit: "%" },
    // Months before community work bears fruit.
    ParamSpec { key: "delay", min: 0.0, max: 48.0, step: 1.0, unit: "mnd" },
    // How strongly vital communities catch people before they need help.
    ParamSpec { key: "catch", min: 0.0, max: 100.0, step: 5.0, unit: "%" },
    // How much latent demand better access makes visible.
    ParamSpec { key: "latent", min: 0.0, max: 100.0, step: 5.0, unit: "%" },
    // Extra case workers hired on top of the current team.
    ParamSpec { key: "extra", min: 0.0, max: 50.0, step: 1.0, unit: "%" },
];

/// A full set of slider values, indexed as [`PARAMS`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub values: [f64; 6],
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

/// The presets; the first is the baseline the chart compares against.
pub const PRESETS: [Preset; 3] = [
    // Since the Wmo: little community work, cuts to collective provisions.
    Preset { key: "wmo", params: Params { values: [2.0, 30.0, 18.0, 50.0, 40.0, 0.0] } },
    // Only more case workers: the same, plus extra hands for casework.
    Preset { key: "meer-handen", params: Params { values: [2.0, 30.0, 18.0, 50.0, 40.0, 20.0] } },
    // Community work as a profession: a fifth of capacity goes to opbouwwerk.
    Preset { key: "vak", params: Params { values: [20.0, 30.0, 18.0, 50.0, 40.0, 0.0] } },
];

/// The baseline ("since the Wmo").
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
