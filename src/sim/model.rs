//! The stock-and-flow model behind the simulator of "de nieuwe spagaat".
//!
//! An illustrative thinking model, not data and not a forecast: every number
//! below is a round, invented assumption chosen so the mechanism the essay
//! describes can be seen, never a measurement. Stepped monthly over
//! [`MONTHS`] months. Pure Rust: no web-sys, no leptos.
//!
//! The model, one line per equation (also in [`EQUATIONS`], shown on screen):
//!
//! ```text
//! W  = s₀ + (s − s₀) · H(t − L)        community work that bears fruit (a pipeline of L months)
//! A  = 1 + λ · m · (1 − exp(−t / τ))   better access makes latent demand visible
//! D  = N · A · (1 − k · V)             requests for individual help per month
//! K  = K₀ · (1 + e) · (1 − s)          capacity left for casework per month
//! P  = D / K                           pressure on the teams
//! U  = max(0, D − K)                   requests per month that get no help
//! V′ = V + g · W · (1 − V) − (δ + r · c) · V   community vitality next month
//! ```
//!
//! `H(x)` is 1 when `x ≥ 0` and 0 otherwise. The test suite parses the
//! displayed text of each equation and evaluates it against [`step`], so what
//! the reader sees is what the model computes.

use std::sync::OnceLock;

use super::params::*;

/// Months simulated: fifteen years.
pub const MONTHS: usize = 180;

/// Share of capacity that went to community work before the run starts
/// (what the pipeline still delivers during the first `L` months): the
/// baseline's share, so the baseline runs without a jump.
pub const S0: f64 = 0.02;
/// Growth of vitality per month per unit of effective community work.
pub const GROWTH: f64 = 0.32;
/// Erosion of vitality per month without cuts (people move, networks age).
pub const EROSION: f64 = 0.003;
/// Extra erosion per month per unit of cuts to collective provisions.
pub const CUT_EROSION: f64 = 0.03;
/// How much latent demand can add to requests at most (at `latent` = 100%).
pub const LATENT_MAX: f64 = 0.3;
/// Time constant, in months, with which latent demand becomes visible.
pub const TAU: f64 = 24.0;
/// Would-be requests for help per month when no community catches anyone.
pub const NEED: f64 = 100.0;
/// The teams' capacity in requests per month, all of it on casework.
pub const CAPACITY: f64 = 75.0;
/// Community vitality at the start (0 = no networks at all, 1 = fully vital).
pub const V0: f64 = 0.6;

/// A fixed quantity of the model, shown with its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Constant {
    /// The symbol used in [`EQUATIONS`].
    pub symbol: &'static str,
    pub value: f64,
    /// Interface-string key of its explanation.
    pub key: &'static str,
}

pub const CONSTANTS: [Constant; 9] = [
    Constant { symbol: "s₀", value: S0, key: "sim_const_s0" },
    Constant { symbol: "g", value: GROWTH, key: "sim_const_g" },
    Constant { symbol: "δ", value: EROSION, key: "sim_const_delta" },
    Constant { symbol: "r", value: CUT_EROSION, key: "sim_const_r" },
    Constant { symbol: "m", value: LATENT_MAX, key: "sim_const_m" },
    Constant { symbol: "τ", value: TAU, key: "sim_const_tau" },
    Constant { symbol: "N", value: NEED, key: "sim_const_n" },
    Constant { symbol: "K₀", value: CAPACITY, key: "sim_const_k0" },
    Constant { symbol: "V₀", value: V0, key: "sim_const_v0" },
];

/// A slider's symbol in the equations: the slider value divided by `scale`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSymbol {
    pub symbol: &'static str,
    /// Index in [`PARAMS`].
    pub param: usize,
    /// 100 for percentages (the equations use fractions), 1 for months.
    pub scale: f64,
}

pub const PARAM_SYMBOLS: [ParamSymbol; 6] = [
    ParamSymbol { symbol: "s", param: COMMUNITY_SHARE, scale: 100.0 },
    ParamSymbol { symbol: "c", param: CUTS, scale: 100.0 },
    ParamSymbol { symbol: "L", param: DELAY, scale: 1.0 },
    ParamSymbol { symbol: "k", param: CATCH, scale: 100.0 },
    ParamSymbol { symbol: "λ", param: LATENT, scale: 100.0 },
    ParamSymbol { symbol: "e", param: EXTRA_CAPACITY, scale: 100.0 },
];

/// A variable of the model, computed each month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    /// Effective community work (share of capacity whose effect has arrived).
    W,
    /// Access factor (latent demand made visible).
    A,
    /// Requests for individual help per month.
    D,
    /// Casework capacity per month.
    K,
    /// Pressure: requests per unit of casework capacity.
    P,
    /// Unmet requests per month.
    U,
    /// Community vitality next month.
    VNext,
}

/// One line of the model: what is shown on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Equation {
    /// Stable id; its explanation is the interface string `key`.
    pub id: &'static str,
    pub var: Var,
    /// The symbolic form, exactly as shown (and as checked by the tests).
    pub text: &'static str,
    pub key: &'static str,
}

/// The model's equations in the order [`step`] evaluates them.
pub const EQUATIONS: [Equation; 7] = [
    Equation { id: "effect", var: Var::W, text: "W = s₀ + (s − s₀) · H(t − L)", key: "sim_eq_effect" },
    Equation { id: "access", var: Var::A, text: "A = 1 + λ · m · (1 − exp(−t / τ))", key: "sim_eq_access" },
    Equation { id: "demand", var: Var::D, text: "D = N · A · (1 − k · V)", key: "sim_eq_demand" },
    Equation { id: "capacity", var: Var::K, text: "K = K₀ · (1 + e) · (1 − s)", key: "sim_eq_capacity" },
    Equation { id: "pressure", var: Var::P, text: "P = D / K", key: "sim_eq_pressure" },
    Equation { id: "unmet", var: Var::U, text: "U = max(0, D − K)", key: "sim_eq_unmet" },
    Equation {
        id: "vitality",
        var: Var::VNext,
        text: "V′ = V + g · W · (1 − V) − (δ + r · c) · V",
        key: "sim_eq_vitality",
    },
];

/// What the model leaves out or takes for granted; the text of each is the
/// interface string with this key.
pub const ASSUMPTIONS: [&str; 8] = [
    "sim_assume_invented",
    "sim_assume_units",
    "sim_assume_constant_policy",
    "sim_assume_protected",
    "sim_assume_pipeline",
    "sim_assume_catch",
    "sim_assume_latent",
    "sim_assume_no_second_line",
];

/// The slider values as the fractions and months the equations use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    pub s: f64,
    pub c: f64,
    pub l: f64,
    pub k: f64,
    pub lambda: f64,
    pub e: f64,
}

impl Inputs {
    pub fn from_params(p: &Params) -> Inputs {
        let v = |i: usize| {
            let sym = PARAM_SYMBOLS.iter().find(|s| s.param == i).expect("every parameter has a symbol");
            PARAMS[i].clamp(p.get(i)) / sym.scale
        };
        Inputs {
            s: v(COMMUNITY_SHARE),
            c: v(CUTS),
            l: v(DELAY),
            k: v(CATCH),
            lambda: v(LATENT),
            e: v(EXTRA_CAPACITY),
        }
    }
}

/// Everything computed in one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    pub t: f64,
    /// Vitality at the start of the month.
    pub v: f64,
    pub w: f64,
    pub a: f64,
    pub d: f64,
    pub k: f64,
    pub p: f64,
    pub u: f64,
    /// Vitality at the start of next month.
    pub v_next: f64,
}

impl Month {
    pub fn get(&self, var: Var) -> f64 {
        match var {
            Var::W => self.w,
            Var::A => self.a,
            Var::D => self.d,
            Var::K => self.k,
            Var::P => self.p,
            Var::U => self.u,
            Var::VNext => self.v_next,
        }
    }
}

/// `H(x)`: 1 when `x ≥ 0`, otherwise 0.
pub fn heaviside(x: f64) -> f64 {
    if x >= 0.0 {
        1.0
    } else {
        0.0
    }
}

/// One month of the model; each line is one entry of [`EQUATIONS`].
pub fn step(i: &Inputs, t: f64, v: f64) -> Month {
    let w = S0 + (i.s - S0) * heaviside(t - i.l);
    let a = 1.0 + i.lambda * LATENT_MAX * (1.0 - (-t / TAU).exp());
    let d = NEED * a * (1.0 - i.k * v);
    let k = CAPACITY * (1.0 + i.e) * (1.0 - i.s);
    let p = d / k;
    let u = (d - k).max(0.0);
    let v_next = v + GROWTH * w * (1.0 - v) - (EROSION + CUT_EROSION * i.c) * v;
    Month { t, v, w, a, d, k, p, u, v_next: v_next.clamp(0.0, 1.0) }
}

/// A whole run: one entry per month, months `0..=MONTHS`.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub months: Vec<Month>,
}

/// Runs the model for a set of slider values.
pub fn simulate(p: &Params) -> Run {
    let inputs = Inputs::from_params(p);
    let mut v = V0;
    let mut months = Vec::with_capacity(MONTHS + 1);
    for t in 0..=MONTHS {
        let m = step(&inputs, t as f64, v);
        v = m.v_next;
        months.push(m);
    }
    Run { months }
}

/// The run of the baseline ("since the Wmo"), computed once.
pub fn baseline_run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| simulate(&baseline()))
}

/// Which of a run's series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Vitality,
    Demand,
    Pressure,
    Unmet,
}

impl Run {
    pub fn value(&self, series: Series, month: usize) -> f64 {
        let m = &self.months[month.min(MONTHS)];
        match series {
            Series::Vitality => m.v,
            Series::Demand => m.d,
            Series::Pressure => m.p,
            Series::Unmet => m.u,
        }
    }

    pub fn series(&self, series: Series) -> Vec<f64> {
        (0..=MONTHS).map(|t| self.value(series, t)).collect()
    }

    /// A series' value at the start of year `n` (month `12 n`).
    pub fn at_year(&self, series: Series, n: usize) -> f64 {
        self.value(series, 12 * n)
    }

    pub fn max(&self, series: Series) -> f64 {
        (0..=MONTHS).map(|t| self.value(series, t)).fold(f64::MIN, f64::max)
    }

    /// The month of highest pressure (the first, if it is reached twice).
    pub fn peak_pressure_month(&self) -> usize {
        let mut best = 0;
        for t in 1..=MONTHS {
            if self.months[t].p > self.months[best].p {
                best = t;
            }
        }
        best
    }

    /// The month from which pressure stays below `other`'s to the end of the
    /// run, if it does at the end.
    pub fn month_below(&self, other: &Run) -> Option<usize> {
        let below = |t: usize| self.months[t].p < other.months[t].p - EPS;
        if !below(MONTHS) {
            return None;
        }
        let mut t = MONTHS;
        while t > 0 && below(t - 1) {
            t -= 1;
        }
        Some(t)
    }

    /// The month from which pressure stays above `other`'s to the end of the
    /// run, if it does at the end.
    pub fn month_above(&self, other: &Run) -> Option<usize> {
        let above = |t: usize| self.months[t].p > other.months[t].p + EPS;
        if !above(MONTHS) {
            return None;
        }
        let mut t = MONTHS;
        while t > 0 && above(t - 1) {
            t -= 1;
        }
        Some(t)
    }

    /// The largest excess of pressure over `other`'s, and its month (0 and
    /// month 0 when this run is never above).
    pub fn worst_excess(&self, other: &Run) -> (f64, usize) {
        let mut best = (0.0, 0);
        for t in 0..=MONTHS {
            let gap = self.months[t].p - other.months[t].p;
            if gap > best.0 {
                best = (gap, t);
            }
        }
        best
    }
}

/// Differences smaller than this count as equal.
const EPS: f64 = 1e-9;

/// The shape of a run's pressure compared with the baseline: what the
/// sentence under the chart says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The same pressure as the baseline throughout.
    Same,
    /// Worse first, then better from `from` on: the J-curve.
    WorseThenBetter { from: usize },
    /// Better from the start (or nearly) to the end.
    Better,
    /// Better first, worse from `from` on.
    BetterThenWorse { from: usize },
    /// Worse (or no better) at the end of the run.
    Worse,
}

impl Run {
    pub fn outcome(&self, base: &Run) -> Outcome {
        let same = self.months.iter().zip(&base.months).all(|(a, b)| (a.p - b.p).abs() <= EPS);
        if same {
            return Outcome::Same;
        }
        let first_gap = self.months[0].p - base.months[0].p;
        match (self.month_below(base), self.month_above(base)) {
            (Some(0), _) => Outcome::Better,
            (Some(from), _) if first_gap > EPS => Outcome::WorseThenBetter { from },
            (Some(_), _) => Outcome::Better,
            (None, Some(from)) if from > 0 && first_gap < -EPS => Outcome::BetterThenWorse { from },
            _ => Outcome::Worse,
        }
    }
}
