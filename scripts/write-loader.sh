#!/usr/bin/env bash
# Trunk post-build hook: writes embed/nato-ukraine-explainer.js, the stable
# entry point for host pages, from the template embed/loader.js, and fills
# in embed/frame.js, with the hashed names of this build's JS glue,
# WebAssembly and stylesheet.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}
cd "$staging"

one() {
  local found
  found=$(find . -maxdepth 1 -name "$1" -printf '%f\n')
  [ "$(printf '%s\n' "$found" | grep -c .)" -eq 1 ] || {
    echo "write-loader: expected one file matching $1 in $staging, found: ${found:-none}" >&2
    exit 1
  }
  printf '%s' "$found"
}

glue=$(one 'nato-ukraine-explainer-*.js')
wasm=$(one 'nato-ukraine-explainer-*_bg.wasm')
css=$(one 'explainer-*.css')
fill() { sed -e "s/__GLUE__/$glue/" -e "s/__WASM__/$wasm/" -e "s/__CSS__/$css/" "$1"; }
fill embed/loader.js >embed/nato-ukraine-explainer.js
rm embed/loader.js
# The iframe's page starts the explainer itself (embed/frame.js).
fill embed/frame.js >embed/frame.js.filled
mv embed/frame.js.filled embed/frame.js
