#!/usr/bin/env bash
# Prints the bytes a reader downloads, raw, gzip -9 and brotli -q 11: each
# file of the built site, then the total for each way of reading the
# explainer. Reported, not asserted.
set -euo pipefail
dist=${1:-dist}
[ -d "$dist" ] || { echo "size: no $dist/ folder; run 'make build' first" >&2; exit 1; }
cd "$dist"

declare -A raw gz br
files=$(find . -path ./.stage -prune -o -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print | sed 's|^\./||' | sort)
printf '%-48s %9s %9s %9s\n' file raw gzip brotli
for file in $files; do
  raw[$file]=$(wc -c <"$file")
  gz[$file]=$(gzip -9 -c "$file" | wc -c)
  br[$file]=$(brotli -q 11 -c "$file" | wc -c)
  printf '%-48s %9d %9d %9d\n' "$file" "${raw[$file]}" "${gz[$file]}" "${br[$file]}"
done

# The files one way of reading downloads, by pattern.
total() {
  local label=$1 r=0 g=0 b=0 file pattern
  shift
  for pattern in "$@"; do
    for file in $files; do
      # shellcheck disable=SC2053 # the pattern is a glob on purpose
      [[ $file == $pattern ]] || continue
      r=$((r + raw[$file])) g=$((g + gz[$file])) b=$((b + br[$file]))
    done
  done
  printf '%-48s %9d %9d %9d\n' "$label" "$r" "$g" "$b"
}

echo
printf '%-48s %9s %9s %9s\n' "total a reader downloads" raw gzip brotli
total "standalone page (index.html)" index.html 'explainer-*.css' 'page-*.css' \
  'nato-ukraine-explainer-*.js' 'nato-ukraine-explainer-*.wasm'
total "script embed (embed/nato-ukraine-explainer.js)" embed/nato-ukraine-explainer.js \
  'explainer-*.css' 'nato-ukraine-explainer-*.js' 'nato-ukraine-explainer-*.wasm'
total "iframe embed (embed/frame.html + frame-host.js)" embed/frame.html embed/frame.css \
  embed/frame.js embed/frame-host.js embed/nato-ukraine-explainer.js \
  'explainer-*.css' 'nato-ukraine-explainer-*.js' 'nato-ukraine-explainer-*.wasm'
