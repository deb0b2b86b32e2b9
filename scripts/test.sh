#!/usr/bin/env bash
# Runs every test at three levels and ends with one line: "N passed, N failed".
#   1. native `cargo test` (pure logic and content checks)
#   2. wasm-bindgen-test in headless Chromium through ChromeDriver (components)
#   3. end-to-end journeys with playwright-core in Chromium on the release dist/
#      (one release build; the journey with a site configuration renders a
#      copy of it again with the native prerender step)
# Each level runs even when an earlier one fails, so the summary is complete.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p target/test-logs

# The essay's text for the verbatim checks: ../shared/seed beside this
# checkout, or beside the checkout this one was cloned from (CI clones a
# local checkout elsewhere). The tests fail without it when CI is set.
if [ -z "${OPBOUWWERK_SEED:-}" ]; then
  origin=$(git config --get remote.origin.url 2>/dev/null || true)
  for dir in "$PWD/.." "${origin:+$origin/..}"; do
    f="$dir/shared/seed/opbouwwerkers-kom-uit-de-kast.txt"
    if [ -n "$dir" ] && [ -f "$f" ]; then export OPBOUWWERK_SEED="$f"; break; fi
  done
fi
echo "seed text: ${OPBOUWWERK_SEED:-not found}"
passed=0; failed=0; broken=()

level() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

# Counts one level: `count <name> <cargo|node> <status> <log>` adds the log's
# passed and failed tests to the totals; a run that failed without a failed
# test (it did not build, or crashed) counts as one failure, named <name>.
count() {
  local name=$1 kind=$2 status=$3 log=$4 p f
  if [ "$kind" = cargo ]; then
    read -r p f < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
                          END { print p + 0, f + 0 }' "$log")
  else
    p=$(awk '/^ℹ pass [0-9]+/ { print $3 }' "$log"); p=${p:-0}
    f=$(awk '/^ℹ fail [0-9]+/ { print $3 }' "$log"); f=${f:-0}
  fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then failed=$((failed + 1)); broken+=("$name"); fi
}

level "1/3 native: formatting and lints, then cargo test"
# Formatting is checked like a test: a file rustfmt would change fails it.
if cargo fmt --check >target/test-logs/fmt.log 2>&1; then
  echo "cargo fmt --check: clean"; passed=$((passed + 1))
else
  head -n 40 target/test-logs/fmt.log; failed=$((failed + 1)); broken+=("cargo fmt --check")
fi
# So is a lint clippy reports, in any target (the apps, the tests, the tools).
if cargo clippy --all-targets --color never -- -D warnings >target/test-logs/clippy.log 2>&1; then
  echo "cargo clippy --all-targets: clean"; passed=$((passed + 1))
else
  grep -A8 -E '^(warning|error)' target/test-logs/clippy.log | head -n 60; failed=$((failed + 1)); broken+=("cargo clippy")
fi
cargo test --color never 2>&1 | tee target/test-logs/native.log
count "native build" cargo "${PIPESTATUS[0]}" target/test-logs/native.log

level "2/3 wasm: wasm-bindgen-test in headless Chromium"
web_tests=()
for f in tests/web*.rs; do web_tests+=(--test "$(basename "$f" .rs)"); done
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --color never --target wasm32-unknown-unknown "${web_tests[@]}" 2>&1 | tee target/test-logs/wasm.log
count "wasm tests" cargo "${PIPESTATUS[0]}" target/test-logs/wasm.log

level "3/3 end to end: release build + playwright-core in Chromium"
if trunk build --release --offline 2>&1 | tee target/test-logs/trunk.log | tail -n 3; [ "${PIPESTATUS[0]}" = 0 ]; then
  node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
    tests/e2e/*.test.mjs 2>&1 | tee target/test-logs/e2e.log
  count "e2e run" node "${PIPESTATUS[0]}" target/test-logs/e2e.log
else
  failed=$((failed + 1)); broken+=("release build")
fi

echo
[ ${#broken[@]} -gt 0 ] && echo "broken (counted as one failure each): ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
