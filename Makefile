# The two commands the README promises. Both install what is missing first.
#   make serve   serve the widget with its built-in story on http://127.0.0.1:8080
#   make test    run every check and test; the last line counts what ran
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test check build bench fuzz

serve:
	@scripts/tools.sh build
	trunk serve --offline --address 127.0.0.1 --port 8080

test:
	@scripts/test.sh

# The quick loop while changing code (under 3 minutes on a warm machine): formatting, clippy
# on the host and on the browser build of the widget, and the host tests.
check:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --workspace --exclude dramatis-render --features dramatis-widget/hydrate --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
	cargo test --workspace --locked

build:
	@scripts/tools.sh build
	scripts/release.sh

# Benchmarks of the release build: writes docs/benchmarks.md (about 15 minutes).
bench:
	scripts/bench.sh

# A longer fuzzing session than the test command's minute.
fuzz:
	scripts/fuzz.sh 1800
