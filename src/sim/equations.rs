//! What the simulator shows of its model: every equation exactly as
//! [`super::step`] computes it (the tests parse and evaluate these texts),
//! the symbols of the sliders and constants, and the assumptions. Whose
//! mechanism each equation is, is derived in [`super::origin`].

use super::model::*;
use super::params::*;

/// A fixed quantity of the model, shown with its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Constant {
    /// The symbol used in [`EQUATIONS`].
    pub symbol: &'static str,
    pub value: f64,
    /// Interface-string key of its explanation.
    pub key: &'static str,
}

pub const CONSTANTS: [Constant; 10] = [
    Constant {
        symbol: "m",
        value: LATENT_MAX,
        key: "sim_const_m",
    },
    Constant {
        symbol: "τ",
        value: TAU,
        key: "sim_const_tau",
    },
    Constant {
        symbol: "N",
        value: NEED,
        key: "sim_const_n",
    },
    Constant {
        symbol: "K₀",
        value: CAPACITY,
        key: "sim_const_k0",
    },
    Constant {
        symbol: "θ",
        value: SQUEEZE,
        key: "sim_const_theta",
    },
    Constant {
        symbol: "C",
        value: PROVISIONS,
        key: "sim_const_c",
    },
    Constant {
        symbol: "g",
        value: GROWTH,
        key: "sim_const_g",
    },
    Constant {
        symbol: "δ",
        value: EROSION,
        key: "sim_const_delta",
    },
    Constant {
        symbol: "V₀",
        value: V0,
        key: "sim_const_v0",
    },
    Constant {
        symbol: "E₀",
        value: E0,
        key: "sim_const_e0",
    },
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

pub const PARAM_SYMBOLS: [ParamSymbol; N_PARAMS] = [
    ParamSymbol {
        symbol: "s",
        param: COMMUNITY_SHARE,
        scale: 100.0,
    },
    ParamSymbol {
        symbol: "c",
        param: CUTS,
        scale: 100.0,
    },
    ParamSymbol {
        symbol: "L",
        param: DELAY,
        scale: 1.0,
    },
    ParamSymbol {
        symbol: "k",
        param: CATCH,
        scale: 100.0,
    },
    ParamSymbol {
        symbol: "λ",
        param: LATENT,
        scale: 100.0,
    },
    ParamSymbol {
        symbol: "b",
        param: EXTRA_BUDGET,
        scale: 100.0,
    },
    ParamSymbol {
        symbol: "σ",
        param: TO_OPBOUWWERK,
        scale: 100.0,
    },
    ParamSymbol {
        symbol: "q",
        param: SKILL,
        scale: 100.0,
    },
];

/// A variable of the model, computed each month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    A,
    F,
    D,
    G,
    O,
    P0,
    X,
    K,
    P,
    U,
    E,
    W,
    R,
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

const fn eq(id: &'static str, var: Var, text: &'static str, key: &'static str) -> Equation {
    Equation { id, var, text, key }
}

/// The model's equations in the order [`step`] evaluates them.
pub const EQUATIONS: [Equation; 14] = [
    eq(
        "access",
        Var::A,
        "A = 1 + λ · m · (1 − exp(−t / τ))",
        "sim_eq_access",
    ),
    eq("catch", Var::F, "F = k · V", "sim_eq_catch"),
    eq("demand", Var::D, "D = N · A · (1 − F)", "sim_eq_demand"),
    eq(
        "generalists",
        Var::G,
        "G = 1 + b · (1 − σ)",
        "sim_eq_generalists",
    ),
    eq("opbouwwerkers", Var::O, "O = b · σ", "sim_eq_opbouwwerkers"),
    eq(
        "intended",
        Var::P0,
        "P₀ = D / (K₀ · G · (1 − s))",
        "sim_eq_intended",
    ),
    eq(
        "squeeze",
        Var::X,
        "x = s / (1 + θ · max(0, P₀ − 1))",
        "sim_eq_squeeze",
    ),
    eq(
        "capacity",
        Var::K,
        "K = K₀ · G · (1 − x)",
        "sim_eq_capacity",
    ),
    eq("pressure", Var::P, "P = D / K", "sim_eq_pressure"),
    eq("unmet", Var::U, "U = max(0, D − K)", "sim_eq_unmet"),
    eq(
        "effort",
        Var::E,
        "E = G · x + q · O + C · (1 − c)",
        "sim_eq_effort",
    ),
    eq("effect", Var::W, "W = E(t − L)", "sim_eq_effect"),
    eq("growth", Var::R, "R = g · W · (1 − V)", "sim_eq_growth"),
    eq(
        "vitality",
        Var::VNext,
        "V′ = V + R − δ · V",
        "sim_eq_vitality",
    ),
];

/// The left-hand symbol of each variable, as in [`EQUATIONS`].
pub fn symbol(var: Var) -> &'static str {
    match var {
        Var::A => "A",
        Var::F => "F",
        Var::D => "D",
        Var::G => "G",
        Var::O => "O",
        Var::P0 => "P₀",
        Var::X => "x",
        Var::K => "K",
        Var::P => "P",
        Var::U => "U",
        Var::E => "E",
        Var::W => "W",
        Var::R => "R",
        Var::VNext => "V′",
    }
}

impl Month {
    pub fn get(&self, var: Var) -> f64 {
        match var {
            Var::A => self.a,
            Var::F => self.f,
            Var::D => self.d,
            Var::G => self.g,
            Var::O => self.o,
            Var::P0 => self.p0,
            Var::X => self.x,
            Var::K => self.k,
            Var::P => self.p,
            Var::U => self.u,
            Var::E => self.e,
            Var::W => self.w,
            Var::R => self.r,
            Var::VNext => self.v_next,
        }
    }
}

/// What the model leaves out or takes for granted; the text of each is the
/// interface string with this key. Each says whose it is.
pub const ASSUMPTIONS: [&str; 10] = [
    "sim_assume_invented",
    "sim_assume_units",
    "sim_assume_constant_policy",
    "sim_assume_squeeze",
    "sim_assume_skill",
    "sim_assume_cost",
    "sim_assume_pipeline",
    "sim_assume_erosion",
    "sim_assume_catch",
    "sim_assume_no_second_line",
];
