#!/usr/bin/env bash
# The release bundle in dist/ (what `make build`, the test command and the benchmarks ship):
# `trunk build --release --offline`, with Rust's standard library rebuilt for the widget.
#
# A panic in the release build stops the module at once (`-Cpanic=immediate-abort`) instead
# of formatting a message: the code that formats panic messages (locations, `Debug` of the
# values involved) is then never linked. web/loader.js turns the stop into the same apology
# in the widget's place that the debug build's panic hook shows. Measured on 2026-11-29: the
# widget's module 86,502 -> 74,169 bytes brotli (-12.3 KB): 2.1 KB from building the
# standard library with the release profile (`opt-level = "z"`, one LTO unit with ours), the
# rest from leaving out panic messages.
#
# Both are unstable options of the pinned compiler (rust-toolchain.toml), allowed on a stable
# toolchain by RUSTC_BOOTSTRAP=1. They need the `rust-src` component (rust-toolchain.toml
# asks rustup for it) and the standard library's own crates (fetched below).
# The release build gets its own target directory, so that builds with and without these
# options do not rebuild each other.
#
#   scripts/release.sh              the release bundle in dist/, its pages rendered ahead of
#                                   time (`dramatis-check render --built-in`)
#   scripts/release.sh cargo ...    any other wasm32 release build the same way (the benchmarks'
#                                   layout module), sharing the standard library and crates
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Leptos's `erase_components` as in every build (.cargo/config.toml; these flags replace those):
# the pages rendered ahead of time on the host (below) need the same, or their hydration markers
# differ from what the module expects.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none --cfg=erase_components ${DRAMATIS_EXTRA_RUSTFLAGS:-}"
export CARGO_TARGET_DIR="$PWD/target/release-wasm"
# The standard library's own crates (from crates.io; nothing is fetched once they are here),
# since trunk builds offline.
cargo fetch --quiet --target wasm32-unknown-unknown \
  --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if [ "${1:-}" = cargo ]; then
  exec "$@"
fi
trunk build --release --offline "$@"
# The pages rendered ahead of time with the built-in story (index.html, and embed.html for
# iframes), by the widget's own components on the host; the module takes them over. A host
# build like the tests' (.cargo/config.toml gives it the module's `erase_components`).
env -u CARGO_UNSTABLE_BUILD_STD -u RUSTC_BOOTSTRAP CARGO_TARGET_DIR="$PWD/target" \
  cargo run --quiet --locked -p dramatis-cli -- render --built-in --widget dist
