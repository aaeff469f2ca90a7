#!/usr/bin/env bash
# Prints the bytes a reader downloads, raw, gzip -9 and brotli -q 11: each
# file of the built site, then the total for each way of reading the
# explainer.
#
#   scripts/size.sh [dist]           # report
#   scripts/size.sh --check [dist]   # report, and fail when a way of reading
#                                    # is over its budget (make test runs this)
#
# A size is deterministic, so it may be asserted; timings never are.
set -euo pipefail
check=false
if [ "${1:-}" = --check ]; then
  check=true
  shift
fi
dist=${1:-dist}
# Brotli bytes a reader may download for one way of reading, every file it
# fetches counted (1 KB = 1000 bytes).
budget=60000
# The map of "The NATO plan", fetched only when that section opens (one file,
# light or dark): never part of the first load, and at most this itself.
map_budget=20000
[ -d "$dist" ] || { echo "size: no $dist/ folder; run 'make build' first" >&2; exit 1; }
cd "$dist"

declare -A raw gz br
files=$(find . -path ./.stage -prune -o -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.svg' \) -print | sed 's|^\./||' | sort)
printf '%-48s %9s %9s %9s\n' file raw gzip brotli
for file in $files; do
  raw[$file]=$(wc -c <"$file")
  gz[$file]=$(gzip -9 -c "$file" | wc -c)
  br[$file]=$(brotli -q 11 -c "$file" | wc -c)
  printf '%-48s %9d %9d %9d\n' "$file" "${raw[$file]}" "${gz[$file]}" "${br[$file]}"
done

# The files one way of reading downloads, by pattern; each pattern must
# match a file, so a renamed file cannot drop out of the count unnoticed.
over=()
total() {
  local label=$1 r=0 g=0 b=0 file pattern matched
  shift
  for pattern in "$@"; do
    matched=false
    for file in $files; do
      # shellcheck disable=SC2053 # the pattern is a glob on purpose
      [[ $file == $pattern ]] || continue
      matched=true
      r=$((r + raw[$file])) g=$((g + gz[$file])) b=$((b + br[$file]))
    done
    $matched || { echo "size: no file matches $pattern (for: $label)" >&2; exit 1; }
  done
  printf '%-48s %9d %9d %9d\n' "$label" "$r" "$g" "$b"
  [ "$b" -le "$budget" ] || over+=("$label: $b bytes brotli, budget $budget")
}

wasm=('nato-ukraine-explainer-*.js' 'nato-ukraine-explainer-*_bg.wasm' embed/enhance.js)
echo
printf '%-48s %9s %9s %9s\n' "total a reader downloads" raw gzip brotli
# index.html carries its stylesheets inline.
total "standalone page (index.html)" index.html "${wasm[@]}"
total "script embed (embed/nato-ukraine-explainer.js)" embed/nato-ukraine-explainer.js \
  'explainer-*.css' "${wasm[@]}"
total "CMS fragment (embed/fragment.html)" embed/fragment.html embed/nato-ukraine-explainer.js \
  'explainer-*.css' "${wasm[@]}"
# frame.html carries its stylesheets and its script (frame.js) inline, and
# starts the explainer without the loader.
total "iframe embed (embed/frame.html + frame-host.js)" embed/frame.html \
  embed/frame-host.js "${wasm[@]}"

echo
for map in nato-map.svg nato-map-dark.svg; do
  [ -n "${br[$map]:-}" ] || { echo "size: no $map (the map of \"The NATO plan\")" >&2; exit 1; }
  printf '%-48s %9d %9d %9d\n' "map, when its section opens ($map)" "${raw[$map]}" "${gz[$map]}" "${br[$map]}"
  [ "${br[$map]}" -le "$map_budget" ] || over+=("$map: ${br[$map]} bytes brotli, budget $map_budget")
done

if $check; then
  echo
  if [ ${#over[@]} -gt 0 ]; then
    printf 'size: over budget: %s\n' "${over[@]}" >&2
    exit 1
  fi
  echo "size: every way of reading is within $budget bytes brotli, the map within $map_budget"
fi
