#!/usr/bin/env bash
# Post-build step (scripts/post-build.sh), release builds only: writes a .br
# (brotli -q 11) and a .gz (gzip -9) beside every file a reader downloads
# (text, the map's SVG and the WebAssembly; scripts/built-files.json's
# `served`), so any static server or CDN can send them compressed without
# compressing on the fly.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
staging=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}
names=$(node "$(dirname "$0")/built-files.mjs" "$staging" served)
eval "$names"
cd "$staging"
for file in "${served[@]}"; do
  gzip -9 -n -c "$file" >"$file.gz"
  brotli -q 11 -c "$file" >"$file.br"
done
