# The two commands of the README (`make serve`, `make test`) and the rest.
# Each sets up whatever tools are missing first (scripts/setup.sh).
SHELL := /bin/bash
.PHONY: serve test dist bench setup clean

setup:
	@scripts/setup.sh

## Build and serve the app on http://127.0.0.1:8080/ (rebuilds on change).
serve: setup
	@scripts/serve.sh

## Run every test (native, wasm in headless Chromium, end to end) and print a summary.
test: setup
	@scripts/test.sh

## Build the release dist/: a static folder for any web server, under any sub-path.
dist: setup
	@source scripts/env.sh && trunk build --release --offline

## Benchmark: first-load bytes, simulation and slider latency, Lighthouse.
bench: dist
	@scripts/bench.sh

clean:
	cargo clean && rm -rf dist
