# The two commands the README promises. Both install what is missing first.
#   make serve   serve the widget with its built-in story on http://127.0.0.1:8080
#   make test    run every check and test; the last line counts what ran
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench fuzz

serve:
	@scripts/tools.sh build
	trunk serve --offline --address 127.0.0.1 --port 8080

test:
	@scripts/test.sh

build:
	@scripts/tools.sh build
	scripts/release.sh

# Benchmarks of the release build: writes docs/benchmarks.md (about 15 minutes).
bench:
	scripts/bench.sh

# A longer fuzzing session than the test command's minute.
fuzz:
	scripts/fuzz.sh 1800
