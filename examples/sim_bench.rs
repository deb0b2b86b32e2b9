//! Benchmark: one full simulation run (every preset), timed natively.
//! `cargo run --release --example sim_bench` (run by scripts/bench.sh).

use std::time::Instant;

use opbouwwerk_uitgelegd::sim::{self, PRESETS};

fn main() {
    let runs = 2000;
    for preset in PRESETS {
        // Warm up, then time.
        let mut sink = 0.0;
        for _ in 0..50 {
            sink += sim::simulate(&preset.params)
                .months
                .last()
                .map_or(0.0, |m| m.p);
        }
        let start = Instant::now();
        for _ in 0..runs {
            sink += sim::simulate(std::hint::black_box(&preset.params))
                .months
                .last()
                .map_or(0.0, |m| m.p);
        }
        let per_run = start.elapsed() / runs;
        println!(
            "simulation ({} months), preset {:<12} {:>8.2} µs per run   (checksum {sink:.1})",
            sim::MONTHS,
            preset.key,
            per_run.as_secs_f64() * 1e6
        );
    }
}
