#!/usr/bin/env bash
# The benchmark: prints first-load bytes, one simulation natively, slider
# latency in Chromium, and per address Lighthouse figures, the app's LCP and
# time to visible content over those of a static snapshot of the same
# address, and the largest app of each address, on a plain static host and
# on nginx with the shipped configuration (deploy/nginx; docs/deploy.md).
# Not a test: figures, and which budgets they meet.
# Run through `make bench` (which builds the release dist/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
echo "## Simulation, native (cargo run --release --example sim_bench)"
cargo run --quiet --release --example sim_bench
node scripts/bench.mjs dist
