#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find.
# Run through `make test`, which first installs whatever is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# The install step fetched every crate (scripts/install-tools.sh): a test
# that needs one more fails here, naming it, instead of downloading it quietly
# on a warm machine and failing on a new one.
export CARGO_NET_OFFLINE=true

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
wasm=(--target wasm32-unknown-unknown)

step "format"
cargo fmt --all --check

step "clippy: native (plain, and with the server renderer)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --all-targets --features ssr -- -D warnings

step "clippy: wasm32 (the browser build and its tests)"
cargo clippy "${wasm[@]}" --all-targets --features hydrate -- -D warnings
cargo clippy "${wasm[@]}" --all-targets -p wasm-streams -- -D warnings
cargo clippy "${wasm[@]}" --all-targets -p send_wrapper -- -D warnings

step "native tests: story file, accordion state, server render"
cargo test --features ssr
cargo test -p send_wrapper

step "browser tests: wasm-bindgen-test in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test "${wasm[@]}" --features hydrate --test web
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test "${wasm[@]}" -p wasm-streams

step "release build with Trunk, on the pinned nightly"
scripts/release-build.sh

step "TypeScript: the loader's types, used and misused (tsc --strict)"
node scripts/check-types.mjs

step "bytes a reader downloads, against the budget of every way of reading"
scripts/size.sh --check dist

step "npm package: packed, installed into a new app and bundled there by Vite"
node scripts/bundle-app.mjs

step "end to end: Chromium, Firefox ESR and WebKitGTK"
cargo test -p browser-tests --test e2e
