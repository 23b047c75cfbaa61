#!/usr/bin/env bash
# Fuzzes the dataset loader and checker, and the draft extractor, with cargo-fuzz (libFuzzer)
# for a bounded time, split between the two targets.
#   scripts/fuzz.sh [SECONDS]     default 60 in all; `make fuzz` runs it for 30 minutes
# Without AddressSanitizer (`--sanitizer none`): the crates fuzzed forbid unsafe code, so what
# the fuzzer looks for is panics, overflows and hangs, and the build is faster.
# Needs a nightly toolchain. Without one it says so and runs the stable property tests
# (crates/core/tests/mutations.rs) instead of skipping silently. Writes target/fuzz-summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
summary=target/fuzz-summary.txt
mkdir -p target
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: no nightly toolchain on this machine; cargo-fuzz needs one."
  echo "fuzz: running the stable property tests (seeded mutations) in its place."
  cargo test -p dramatis-core --locked --test mutations --test draft_hostile
  echo "fuzzer: not available (no nightly); stable property tests ran instead" > "$summary"
  exit 0
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (once)"
  cargo install cargo-fuzz --locked
fi
mkdir -p fuzz/corpus/load fuzz/corpus/draft fuzz/seeds-draft
# The draft target starts from the test articles and the built-in one.
cp tests/articles/*.txt data/article.txt fuzz/seeds-draft/
cd fuzz
half=$(( seconds / 2 > 0 ? seconds / 2 : 1 ))
summary_line=""
for target in load draft; do
  log=$(mktemp)
  seeds=seeds
  [ "$target" = draft ] && seeds=seeds-draft
  # The corpus grows between runs on the same machine.
  set +e
  cargo +nightly fuzz run --sanitizer none "$target" "corpus/$target" "$seeds" -- -max_total_time="$half" -seed=1 -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  grep -E "^#[0-9]+ +(DONE|INITED)|Done [0-9]+ runs|ERROR|panicked" "$log" || true
  runs=$(grep -Eo "Done [0-9]+ runs in [0-9]+ second" "$log" | tail -1 || true)
  if [ "$status" -ne 0 ] || grep -q "ERROR: libFuzzer" "$log"; then
    echo "fuzz: CRASH found in $target; the input is in fuzz/artifacts/$target/. Turn it into a test." >&2
    tail -40 "$log" >&2
    exit 1
  fi
  summary_line="$summary_line$target: ${runs:-no summary}; "
done
cd ..
echo "fuzzer: ${summary_line}(cargo-fuzz, libFuzzer), 0 crashes" | tee "$summary"
