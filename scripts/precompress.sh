#!/usr/bin/env bash
# Trunk post-build hook (release builds only): writes a .br (brotli -q 11) and
# a .gz (gzip -9) beside every text, image (the map's SVG) and WebAssembly file, so any static
# server or CDN can send them compressed without compressing on the fly.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
cd "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
find . -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' -o -name '*.svg' \) -print0 |
  while IFS= read -r -d '' file; do
    gzip -9 -n -c "$file" >"$file.gz"
    brotli -q 11 -c "$file" >"$file.br"
  done
