#!/usr/bin/env bash
# The benchmark: prints first-load bytes, one simulation natively, slider
# latency in Chromium, Lighthouse scores and the LCP ratio of the app over a
# static snapshot of its page. Not a test: figures, not verdicts.
# Run through `make bench` (which builds the release dist/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
echo "## Simulation, native (cargo run --release --example sim_bench)"
cargo run --quiet --release --example sim_bench
node scripts/bench.mjs dist
