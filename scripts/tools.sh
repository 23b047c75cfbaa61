#!/usr/bin/env bash
# Installs what building and testing Dramatis needs, when it is missing, and nothing twice.
#   scripts/tools.sh build   the wasm32 target, rust-src, trunk, wasm-bindgen-cli, npm packages
#                            (wasm-opt)
#   scripts/tools.sh test    all of the above, plus Debian's Chromium and chromedriver, and
#                            Debian's Graphviz (the layout is compared with neato, fdp, sfdp)
# Safe to run repeatedly: each step checks the installed version first.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
  # rust-toolchain.toml names the toolchain and the wasm32 target; this makes rustup fetch both.
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # The release build rebuilds the standard library from its source (scripts/release.sh).
  if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    say "adding the rust-src component"
    rustup component add rust-src
  fi
}

ensure_cargo_tool() { # binary version crate [extra cargo install args]
  local binary=$1 version=$2 crate=$3
  shift 3
  if command -v "$binary" >/dev/null && "$binary" --version 2>/dev/null | grep -q " $version\b"; then
    return
  fi
  say "installing $crate $version (a few minutes, once)"
  cargo install "$crate" --version "=$version" "$@"
}

ensure_npm() {
  local stamp=node_modules/.dramatis-lock
  if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
    return
  fi
  say "installing npm packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}

ensure_graphviz() {
  if command -v neato >/dev/null && command -v fdp >/dev/null && command -v sfdp >/dev/null; then
    return
  fi
  say "installing Debian's graphviz"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null
}

ensure_rust
ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
# Without --locked: a dependency locked by wasm-bindgen-cli is missing from the registry.
ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
ensure_npm
if [ "${1:-build}" = test ]; then
  ensure_chromium
  ensure_graphviz
fi
