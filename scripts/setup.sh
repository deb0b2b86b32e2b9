#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the explainer, and
# skips what is already there. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk 0.21.14 (0.22 needs rustc 1.96).
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock (plain install:
#    the registry mirror can lack the newest versions --locked asks for).
WBG_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION" \
   || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# 4. Debian's Chromium and ChromeDriver (never a downloaded browser).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 5. The web servers the deploy journeys start on loopback with the shipped
#    configuration (deploy/, tests/e2e/deploy-*.test.mjs): Debian's nginx
#    with its brotli_static module, Caddy and Apache httpd. Installed only,
#    never started as services (a container's policy-rc.d, or none).
if ! command -v nginx >/dev/null || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] \
   || ! command -v caddy >/dev/null || [ ! -x /usr/sbin/apache2 ]; then
  say "installing Debian's nginx (with brotli_static), caddy and apache2"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx libnginx-mod-http-brotli-static caddy apache2 >/dev/null
fi

# 6. Node packages: wasm-opt (binaryen) for Trunk, and the end-to-end tools.
#    playwright-core downloads no browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
say "tools ready"
