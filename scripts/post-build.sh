#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the steps that finish each build in
# Trunk's staging folder, one after another, since Trunk would run hooks of
# one stage at the same time. Each reads what the steps before it wrote,
# and every step finds the built files by the names in
# scripts/built-files.json. The steps marked "release" do nothing in debug
# builds (`trunk serve`).
set -euo pipefail
cd "$(dirname "$0")/.."

# Release: short names for the WebAssembly's imports and exports, in the
# .wasm and the glue alike; first, while the glue is as wasm-bindgen wrote
# it and its names can be found.
node scripts/minify-wasm-names.mjs
# The embed loader, written from its template, and the iframe's script,
# filled in with this build's hashed names; before minifying, so the loader
# is there to be minified as the module it is.
scripts/write-loader.sh
# Release: minify the embed scripts, the loader among them, and the glue's
# top-level names; after the glue's imports and exports are renamed.
node scripts/minify-js.mjs
# The prerendered explainer in the pages, which name the stylesheet; after
# minifying, since it inlines the iframe's script, allowed by its hash, into
# the iframe's page.
scripts/prerender.sh
# Release: a .br and a .gz beside every file a reader downloads; last, when
# every file is final.
scripts/precompress.sh
