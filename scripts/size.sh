#!/usr/bin/env bash
# Prints the bytes a reader downloads: each file of the built site raw, gzip -9
# and brotli -q 11, and the total. Reported, not asserted.
set -euo pipefail
dist=${1:-dist}
[ -d "$dist" ] || { echo "size: no $dist/ folder; run 'make build' first" >&2; exit 1; }

printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli -q 11 -c "$file" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "${file#"$dist"/}" "$raw" "$gz" "$br"
done < <(find "$dist" -path '*/.stage' -prune -o -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print | sort)
printf '%-44s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
