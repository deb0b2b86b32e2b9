#!/usr/bin/env bash
# `make serve`: builds the explainer for editing and serves it on
# http://127.0.0.1:8080/, rebuilding when a file it is made of changes
# (Trunk.toml's [watch]); the page reloads itself after each build.
#
# One app, not the release's five: Trunk builds the classroom app (every
# default feature), which renders every way in, and the post-build step
# (scripts/post-build.mjs, OPBOUWWERK_SERVE=1) prerenders the pages with it
# and builds nothing more. The pages keep the release's
# Content-Security-Policy: Trunk's inline live-reload script is off, and a
# file (web/serve-reload.js) does its job. `make dist` builds the release.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
PORT=${PORT:-8080}
echo "make serve: building; the explainer will be on http://127.0.0.1:$PORT/"
export OPBOUWWERK_SERVE=1
exec trunk serve --offline --no-autoreload --port "$PORT" \
  --no-default-features=false --features classroom "$@"
