//! "What would change this conclusion": for a grid of the two assumptions the
//! essay gives no numbers for (how strongly vital communities catch requests,
//! and how long collective work takes to bear fruit), which scenario comes
//! out best on each of two criteria: the lowest mean pressure on the teams
//! and the highest mean community vitality (the essay's own goal), both over
//! the fifteen years. Computed by the model, never written by hand. The scenarios keep their levers; the other
//! assumptions (cuts, latent demand, skill) are the reader's current values.

use super::model::*;
use super::params::*;

/// The grid's values of `catch` (rows), in %.
pub const GRID_CATCH: [f64; 5] = [10.0, 30.0, 50.0, 70.0, 90.0];
/// The grid's values of `delay` (columns), in months.
pub const GRID_DELAY: [f64; 4] = [6.0, 18.0, 30.0, 42.0];

/// The assumptions, taken from the reader's settings, that the grid uses
/// besides its own two: only these make it recompute.
pub const GRID_INPUTS: [usize; 3] = [CUTS, LATENT, SKILL];

/// What "best" means in a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// The lowest mean pressure on the teams over the run.
    Pressure,
    /// The highest mean community vitality over the run.
    Vitality,
}

impl Criterion {
    pub const ALL: [Criterion; 2] = [Criterion::Pressure, Criterion::Vitality];
}

/// One cell: each scenario's mean pressure and mean vitality (indexed as
/// [`PRESETS`]) and which is best on each criterion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub catch: f64,
    pub delay: f64,
    pub pressure: [f64; PRESETS.len()],
    pub vitality: [f64; PRESETS.len()],
    /// Index in [`PRESETS`] of the scenario with the lowest mean pressure.
    pub best_pressure: usize,
    /// Index in [`PRESETS`] of the scenario with the highest mean vitality.
    pub best_vitality: usize,
}

impl Cell {
    /// The best scenario on `criterion` (an index in [`PRESETS`]).
    pub fn best(&self, criterion: Criterion) -> usize {
        match criterion {
            Criterion::Pressure => self.best_pressure,
            Criterion::Vitality => self.best_vitality,
        }
    }

    /// A scenario's value on `criterion`.
    pub fn value(&self, criterion: Criterion, scenario: usize) -> f64 {
        match criterion {
            Criterion::Pressure => self.pressure[scenario],
            Criterion::Vitality => self.vitality[scenario],
        }
    }
}

/// The whole grid, row by row (`catch`), then column (`delay`).
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub cells: Vec<Cell>,
}

/// A scenario's parameters in a cell, with the reader's other assumptions.
pub fn scenario_params(scenario: usize, catch: f64, delay: f64, reader: &Params) -> Params {
    let mut p = PRESETS[scenario].params;
    for i in GRID_INPUTS {
        p = p.with(i, reader.get(i));
    }
    p.with(CATCH, catch).with(DELAY, delay)
}

/// Computes the grid for the reader's assumptions.
pub fn grid(reader: &Params) -> Grid {
    let mut cells = Vec::with_capacity(GRID_CATCH.len() * GRID_DELAY.len());
    for catch in GRID_CATCH {
        for delay in GRID_DELAY {
            let runs: [Run; PRESETS.len()] =
                std::array::from_fn(|i| simulate(&scenario_params(i, catch, delay, reader)));
            let pressure = runs.each_ref().map(Run::mean_pressure);
            let vitality = runs.each_ref().map(Run::mean_vitality);
            // Ties go to the earlier scenario.
            let lowest =
                (0..pressure.len()).fold(0, |b, i| if pressure[i] < pressure[b] { i } else { b });
            let highest =
                (0..vitality.len()).fold(0, |b, i| if vitality[i] > vitality[b] { i } else { b });
            cells.push(Cell {
                catch,
                delay,
                pressure,
                vitality,
                best_pressure: lowest,
                best_vitality: highest,
            });
        }
    }
    Grid { cells }
}

impl Grid {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        &self.cells[row * GRID_DELAY.len() + col]
    }

    /// Which scenarios are best on `criterion` somewhere in the grid
    /// (indexes in [`PRESETS`]).
    pub fn winners(&self, criterion: Criterion) -> Vec<usize> {
        (0..PRESETS.len())
            .filter(|i| self.cells.iter().any(|c| c.best(criterion) == *i))
            .collect()
    }
}

/// The assumptions that the grid depends on, as a comparable key (so a view
/// can recompute only when one of them changes).
pub fn grid_key(p: &Params) -> [f64; GRID_INPUTS.len()] {
    GRID_INPUTS.map(|i| p.get(i))
}
