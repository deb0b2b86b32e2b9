//! "What would change this conclusion": for a grid of the two assumptions the
//! essay gives no numbers for (how strongly vital communities catch requests,
//! and how long collective work takes to bear fruit), which scenario gives
//! the lowest mean pressure over the fifteen years. Computed by the model,
//! never written by hand. The scenarios keep their levers; the other
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

/// One cell: the mean pressure of every scenario (indexed as [`PRESETS`])
/// and which is lowest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub catch: f64,
    pub delay: f64,
    pub mean: [f64; PRESETS.len()],
    /// Index in [`PRESETS`] of the scenario with the lowest mean pressure.
    pub best: usize,
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
            let mean = std::array::from_fn(|i| {
                simulate(&scenario_params(i, catch, delay, reader)).mean_pressure()
            });
            let best = (0..mean.len()).fold(0, |b, i| if mean[i] < mean[b] { i } else { b });
            cells.push(Cell {
                catch,
                delay,
                mean,
                best,
            });
        }
    }
    Grid { cells }
}

impl Grid {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        &self.cells[row * GRID_DELAY.len() + col]
    }

    /// Which scenarios win somewhere in the grid (indexes in [`PRESETS`]).
    pub fn winners(&self) -> Vec<usize> {
        (0..PRESETS.len())
            .filter(|i| self.cells.iter().any(|c| c.best == *i))
            .collect()
    }
}

/// The assumptions that the grid depends on, as a comparable key (so a view
/// can recompute only when one of them changes).
pub fn grid_key(p: &Params) -> [f64; GRID_INPUTS.len()] {
    GRID_INPUTS.map(|i| p.get(i))
}
