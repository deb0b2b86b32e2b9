//! The stock-and-flow model behind the simulator of "de nieuwe spagaat".
//!
//! An illustrative thinking model, not data and not a forecast: every number
//! is a round, invented assumption, never a measurement. Stepped monthly over
//! [`MONTHS`] months. Pure Rust: no web-sys, no leptos. The equations, as
//! shown on screen and checked against [`step`] by the tests, are
//! [`super::EQUATIONS`]:
//!
//! ```text
//! A  = 1 + λ · m · (1 − exp(−t / τ))       better access makes latent demand visible
//! F  = k · V                               share of requests a vital community catches
//! D  = N · A · (1 − F)                     requests for individual help per month
//! G  = 1 + b · (1 − σ)                     generalists (1 = today's team)
//! O  = b · σ                               professional opbouwwerkers (same cost per FTE)
//! P₀ = D / (K₀ · G · (1 − s))              pressure on the time meant for casework
//! x  = s / (1 + θ · max(0, P₀ − 1))        the spagaat: pressure squeezes collective time
//! K  = K₀ · G · (1 − x)                    casework capacity
//! P  = D / K                               pressure on the teams
//! U  = max(0, D − K)                       requests per month that get no help
//! E  = G · x + q · O + C · (1 − c)         collective work done this month
//! W  = E(t − L)                            collective work that bears fruit now
//! R  = g · W · (1 − V)                     what that work adds to vitality
//! V′ = V + R − δ · V                       community vitality next month
//! ```

use std::sync::OnceLock;

use super::params::*;

/// Months simulated: fifteen years.
pub const MONTHS: usize = 180;

/// How much latent demand can add to requests at most (at `latent` = 100%).
pub const LATENT_MAX: f64 = 0.3;
/// Time constant, in months, with which latent demand becomes visible.
pub const TAU: f64 = 24.0;
/// Would-be requests for help per month when no community catches anyone.
pub const NEED: f64 = 100.0;
/// Today's team's capacity in requests per month, all of it on casework.
pub const CAPACITY: f64 = 75.0;
/// Community vitality at the start (0 = no networks at all, 1 = fully vital).
pub const V0: f64 = 0.6;
/// How strongly pressure above the intended casework capacity squeezes the
/// generalists' collective time (our assumption).
pub const SQUEEZE: f64 = 2.0;
/// Collective work that the collective provisions (welzijnswerk, buurthuizen)
/// delivered before the cuts, in units of today's team.
pub const PROVISIONS: f64 = 0.1;
/// Growth of vitality per month per unit of collective work bearing fruit.
pub const GROWTH: f64 = 0.06;
/// Erosion of vitality per month (people move, networks age).
pub const EROSION: f64 = 0.01;
/// Collective work before the run starts (what the pipeline still delivers
/// during the first `L` months): the baseline's `E` in month 0, so the
/// baseline runs without a jump (a test checks this).
pub const E0: f64 = 0.163;

/// The slider values as the fractions and months the equations use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    /// Intended collective share of the generalists' time.
    pub s: f64,
    /// Cuts to collective provisions.
    pub c: f64,
    /// Delay in months (whole months).
    pub l: usize,
    pub k: f64,
    pub lambda: f64,
    /// Extra budget, as a share of today's team's cost.
    pub b: f64,
    /// Share of the extra budget spent on professional opbouwwerkers.
    pub sigma: f64,
    /// Skill of a professional opbouwwerker relative to a generalist.
    pub q: f64,
}

impl Inputs {
    pub fn from_params(p: &Params) -> Inputs {
        let v = |i: usize| PARAMS[i].clamp(p.get(i));
        Inputs {
            s: v(COMMUNITY_SHARE) / 100.0,
            c: v(CUTS) / 100.0,
            l: v(DELAY).round() as usize,
            k: v(CATCH) / 100.0,
            lambda: v(LATENT) / 100.0,
            b: v(EXTRA_BUDGET) / 100.0,
            sigma: v(TO_OPBOUWWERK) / 100.0,
            q: v(SKILL) / 100.0,
        }
    }
}

/// Everything computed in one month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    pub t: f64,
    /// Vitality at the start of the month.
    pub v: f64,
    pub a: f64,
    pub f: f64,
    pub d: f64,
    pub g: f64,
    pub o: f64,
    pub p0: f64,
    pub x: f64,
    pub k: f64,
    pub p: f64,
    pub u: f64,
    pub e: f64,
    pub w: f64,
    /// Growth of vitality this month from the collective work bearing fruit.
    pub r: f64,
    /// Vitality at the start of next month.
    pub v_next: f64,
}

/// One month of the model; each line is one entry of [`super::EQUATIONS`].
/// `past` holds `E` of the months before `t` (for the delay `W = E(t − L)`).
pub fn step(i: &Inputs, t: usize, v: f64, past: &[f64]) -> Month {
    let tf = t as f64;
    let a = 1.0 + i.lambda * LATENT_MAX * (1.0 - (-tf / TAU).exp());
    let f = i.k * v;
    let d = NEED * a * (1.0 - f);
    let g = 1.0 + i.b * (1.0 - i.sigma);
    let o = i.b * i.sigma;
    let p0 = d / (CAPACITY * g * (1.0 - i.s));
    let x = i.s / (1.0 + SQUEEZE * (p0 - 1.0).max(0.0));
    let k = CAPACITY * g * (1.0 - x);
    let p = d / k;
    let u = (d - k).max(0.0);
    let e = g * x + i.q * o + PROVISIONS * (1.0 - i.c);
    let w = effort_at(t as i64 - i.l as i64, t, e, past);
    let r = GROWTH * w * (1.0 - v);
    let v_next = (v + r - EROSION * v).clamp(0.0, 1.0);
    Month {
        t: tf,
        v,
        a,
        f,
        d,
        g,
        o,
        p0,
        x,
        k,
        p,
        u,
        e,
        w,
        r,
        v_next,
    }
}

/// `E` in month `at`, seen from month `now` (whose `E` is `e_now`): `E₀`
/// before the run starts.
pub fn effort_at(at: i64, now: usize, e_now: f64, past: &[f64]) -> f64 {
    if at < 0 {
        E0
    } else if at as usize >= now {
        e_now
    } else {
        past[at as usize]
    }
}

/// A whole run: one entry per month, months `0..=MONTHS`.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub months: Vec<Month>,
}

/// Runs the model for a set of slider values.
pub fn simulate(p: &Params) -> Run {
    simulate_inputs(&Inputs::from_params(p))
}

pub fn simulate_inputs(inputs: &Inputs) -> Run {
    let mut v = V0;
    let mut past = Vec::with_capacity(MONTHS + 1);
    let mut months = Vec::with_capacity(MONTHS + 1);
    for t in 0..=MONTHS {
        let m = step(inputs, t, v, &past);
        v = m.v_next;
        past.push(m.e);
        months.push(m);
    }
    Run { months }
}

/// The run of the baseline (the "starting point"), computed once.
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
    /// The generalists' actual collective share `x`.
    Collective,
}

impl Run {
    pub fn value(&self, series: Series, month: usize) -> f64 {
        let m = &self.months[month.min(MONTHS)];
        match series {
            Series::Vitality => m.v,
            Series::Demand => m.d,
            Series::Pressure => m.p,
            Series::Unmet => m.u,
            Series::Collective => m.x,
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
        (0..=MONTHS)
            .map(|t| self.value(series, t))
            .fold(f64::MIN, f64::max)
    }

    /// Mean pressure over the whole run: one criterion of the sensitivity
    /// view (it counts the early years as much as the late ones).
    pub fn mean_pressure(&self) -> f64 {
        self.months.iter().map(|m| m.p).sum::<f64>() / self.months.len() as f64
    }

    /// Mean community vitality over the whole run: the other criterion of
    /// the sensitivity view, the essay's own goal (vital communities).
    pub fn mean_vitality(&self) -> f64 {
        self.months.iter().map(|m| m.v).sum::<f64>() / self.months.len() as f64
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

    /// Whether pressure in each month is lower (−1), the same (0) or
    /// higher (+1) than `other`'s.
    pub fn pressure_signs(&self, other: &Run) -> Vec<i8> {
        self.months
            .iter()
            .zip(&other.months)
            .map(|(a, b)| {
                let gap = a.p - b.p;
                if gap < -EPS {
                    -1
                } else if gap > EPS {
                    1
                } else {
                    0
                }
            })
            .collect()
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
/// sentence under the chart says. Each shape is exact (months count as the
/// same within a rounding error), so that the sentence never says more than
/// the run shows; a native property test reads every sentence's claims back
/// against the series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The same pressure as the baseline in every month.
    Same,
    /// Lower in every month, from month 0 to the end.
    Better,
    /// The same before month `from`, lower from `from` to the end (a lever
    /// that acts only after the delay).
    SameThenBetter { from: usize },
    /// Higher at first and never lower before `from`, lower from `from` to
    /// the end: the J-curve.
    WorseThenBetter { from: usize },
    /// Lower at first and never higher before `from`, higher from `from` to
    /// the end.
    BetterThenWorse { from: usize },
    /// The same before month `from`, higher from `from` to the end.
    SameThenWorse { from: usize },
    /// Never lower (and higher in some month).
    Worse,
    /// Any other shape: lower in `lower` months, higher in `higher` months,
    /// the same in the rest.
    Mixed { lower: usize, higher: usize },
}

impl Run {
    pub fn outcome(&self, base: &Run) -> Outcome {
        let signs = self.pressure_signs(base);
        let count = |s: i8| signs.iter().filter(|x| **x == s).count();
        let (lower, higher) = (count(-1), count(1));
        if lower == 0 && higher == 0 {
            return Outcome::Same;
        }
        let (first, last) = (signs[0], signs[MONTHS]);
        // The tail: the months from `from` to the end that share the last
        // month's sign.
        let mut from = MONTHS;
        while from > 0 && signs[from - 1] == last {
            from -= 1;
        }
        let before = &signs[..from];
        let all = |ok: fn(i8) -> bool| before.iter().all(|s| ok(*s));
        match (first, last) {
            (-1, -1) if from == 0 => Outcome::Better,
            (0, -1) if all(|s| s == 0) => Outcome::SameThenBetter { from },
            (1, -1) if all(|s| s >= 0) => Outcome::WorseThenBetter { from },
            (-1, 1) if all(|s| s <= 0) => Outcome::BetterThenWorse { from },
            (0, 1) if all(|s| s == 0) => Outcome::SameThenWorse { from },
            _ if lower == 0 => Outcome::Worse,
            _ => Outcome::Mixed { lower, higher },
        }
    }
}
