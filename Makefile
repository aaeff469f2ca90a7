# The two commands of the README, and the pieces they are made of.
#   make serve   install what is missing, then serve the explainer with Trunk
#   make test    install what is missing, then run every test
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test tools tools-test tools-size build size bench package

serve: tools
	trunk serve

test: tools-test
	scripts/test.sh

tools:
	scripts/install-tools.sh serve

tools-test:
	scripts/install-tools.sh test

# Release build on the pinned nightly (scripts/release-env.sh).
build: tools
	scripts/release-build.sh

tools-size:
	scripts/install-tools.sh size

# The bytes of each way of reading, then what the WebAssembly is made of.
size: tools-size build
	scripts/size.sh dist
	node scripts/wasm-report.mjs

# An npm tarball of the embed files, in target/package/ (docs/embedding.md).
package: build
	node scripts/package.mjs dist

# Speed and size in headless Chromium, reported, never asserted (see README).
bench: tools-test build
	cargo bench -p browser-tests --bench explainer
