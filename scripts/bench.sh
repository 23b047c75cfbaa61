#!/usr/bin/env bash
# The benchmarks (make bench): builds the release bundle, synthetic stories of 50, 500 and
# 5,000 actors, the layout benchmark for wasm and natively, and the per-crate size breakdown,
# runs Lighthouse three times, then scripts/bench.mjs, which writes target/reports/benchmarks.md
# (copy it to docs/benchmarks.md when its numbers change what the README says).
#   scripts/bench.sh [--quick]   (--quick: small sizes, few repetitions, no Lighthouse; writes
#                                 target/bench/benchmarks-quick.md; the test command runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
quick=${1:-}
# The host programs: optimised for the real run; with --quick, the test build's own (built
# for the whole workspace as `cargo test --workspace` builds it, so nothing is compiled again;
# it optimises dramatis-core anyway, see Cargo.toml).
if [ -n "$quick" ]; then
  cargo build --workspace --examples --bins --locked --quiet
  bin=target/debug
else
  cargo build --release --locked --quiet -p dramatis-core --example synth
  cargo build --release --locked --quiet -p dramatis-bench --bin layout_bench --bin draft_bench
  bin=target/release
fi

scripts/tools.sh test
[ -f dist/index.html ] && [ -n "$quick" ] || scripts/release.sh
mkdir -p target/bench
sizes="50 500 5000"
[ -n "$quick" ] && sizes="50"
for n in $sizes; do
  "$bin/examples/synth" "$n" > "target/bench/synth-$n.json"
done

# The widget's layout code for the browser, without the widget around it, built as the
# release bundle is (and sharing its standard library and crates).
scripts/release.sh cargo build --release --locked --quiet --target wasm32-unknown-unknown \
  -p dramatis-bench --bin layout_bench
wasm-bindgen --target web --out-dir target/bench/layout target/release-wasm/wasm32-unknown-unknown/release/layout_bench.wasm
if [ -n "$quick" ]; then
  echo "(natively: not run with --quick)" > target/bench/native.txt
else
  "$bin/layout_bench" > target/bench/native.txt
fi

# The draft extractor: natively, and in the browser at 4x CPU slowdown (a 2,000-word article).
scripts/release.sh cargo build --release --locked --quiet --target wasm32-unknown-unknown -p dramatis-bench --bin draft_bench
wasm-bindgen --target web --out-dir target/bench/draft target/release-wasm/wasm32-unknown-unknown/release/draft_bench.wasm
{ "$bin/draft_bench" "$([ -n "$quick" ] && echo 20 || echo 500)"
  node scripts/draft-bench.mjs "$([ -n "$quick" ] && echo 10 || echo 100)"; } | tee target/bench/draft.txt

# What each crate costs: the widget's module as trunk builds it, but keeping function names.
wasm-bindgen --target web --out-dir target/bench/costs target/release-wasm/wasm32-unknown-unknown/release/dramatis.wasm
wasm-opt -Oz -g --converge --low-memory-unused --zero-filled-memory --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int \
  target/bench/costs/dramatis_bg.wasm -o target/bench/costs/named.wasm
node scripts/wasm-costs.mjs target/bench/costs/named.wasm --json > target/bench/costs.json
node scripts/size-report.mjs > target/bench/sizes.txt

[ -n "$quick" ] || node scripts/lighthouse.mjs --runs 3
node scripts/bench.mjs $quick
