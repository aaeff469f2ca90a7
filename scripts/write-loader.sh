#!/usr/bin/env bash
# Post-build step (scripts/post-build.sh): writes the embed loader, the
# stable entry point for host pages, from its template, and fills in the
# iframe's script, with the hashed names of this build's JS glue,
# WebAssembly and stylesheet (every name from scripts/built-files.json).
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}
names=$(node "$(dirname "$0")/built-files.mjs" "$staging" built)
eval "$names"
cd "$staging"

fill() { sed -e "s/__GLUE__/${built[glue]}/" -e "s/__WASM__/${built[wasm]}/" -e "s/__CSS__/${built[css]}/" "$1"; }
fill "${built[loader_template]}" >"${built[loader]}"
rm "${built[loader_template]}"
# The iframe's page starts the explainer itself (its script is filled in place).
fill "${built[frame_script]}" >"${built[frame_script]}.filled"
mv "${built[frame_script]}.filled" "${built[frame_script]}"
