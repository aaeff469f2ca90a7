#!/usr/bin/env bash
# Post-build step (scripts/post-build.sh): writes the server-rendered
# explainer into the built pages and writes the CMS fragment
# (src/bin/prerender/main.rs). A native build with the `ssr` feature; the test
# command builds the same, so it is cached.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
cd "$(dirname "$0")/.."
# The release WebAssembly builds on a nightly (scripts/release-env.sh); the
# prerenderer is native and builds as the tests do.
# shellcheck disable=SC2086 # a list of names on purpose
unset ${NUE_RELEASE_ENV:-}
cargo run --quiet --features ssr --bin prerender
