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
# Raised from 60000 with the links between editions in every explainer's
# header, which the issue of editions asks for (docs/performance.md).
budget=62000
# An edition's own page: its text, the same story, takes more bytes in a
# language written in another script (Cyrillic is two bytes a letter, and
# brotli's dictionary knows fewer of its words), as docs/performance.md shows.
edition_budget=63000
# The map of "The NATO plan", fetched only when that section opens (the
# drawing and an edition's names over it, light or dark): never part of the
# first load, and at most this itself.
map_budget=20000
# Switching edition in place, as the issue of editions asks: the other
# edition's texts, the script that shows them, and its names on the map.
switch_budget=8000
[ -d "$dist" ] || { echo "size: no $dist/ folder; run 'make build' first" >&2; exit 1; }
# The built files by name (built[glue], ...) and every file a reader
# downloads (served), from scripts/built-files.json.
names=$(node "$(dirname "$0")/built-files.mjs" "$dist" built served)
eval "$names"
cd "$dist"

declare -A raw gz br
printf '%-48s %9s %9s %9s\n' file raw gzip brotli
for file in "${served[@]}"; do
  raw[$file]=$(wc -c <"$file")
  gz[$file]=$(gzip -9 -c "$file" | wc -c)
  br[$file]=$(brotli -q 11 -c "$file" | wc -c)
  printf '%-48s %9d %9d %9d\n' "$file" "${raw[$file]}" "${gz[$file]}" "${br[$file]}"
done

# The bytes one way of reading downloads, every file it fetches counted, and
# whether they are within `limit`. Each must be one a reader downloads, so
# a renamed file cannot drop out of the count unnoticed.
over=()
total() {
  local limit=$1 label=$2 r=0 g=0 b=0 file
  shift 2
  for file in "$@"; do
    [ -n "${br[$file]:-}" ] || { echo "size: no $file (for: $label)" >&2; exit 1; }
    r=$((r + raw[$file])) g=$((g + gz[$file])) b=$((b + br[$file]))
  done
  printf '%-48s %9d %9d %9d\n' "$label" "$r" "$g" "$b"
  [ "$b" -le "$limit" ] || over+=("$label: $b bytes brotli, budget $limit")
}

wasm=("${built[glue]}" "${built[wasm]}" "${built[enhance]}")
echo
printf '%-48s %9s %9s %9s\n' "total a reader downloads" raw gzip brotli
# The page carries its stylesheets inline; browsers fetch its icon too.
total $budget "standalone page (${built[page]})" "${built[page]}" "${built[icon]}" "${wasm[@]}"
# Each edition in another language has a page of its own, a folder down.
for page in $(printf '%s\n' "${!br[@]}" | grep '^[^/]*/index\.html$' | sort); do
  total $edition_budget "standalone page, ${page%%/*} edition ($page)" "$page" "${built[icon]}" \
    "${wasm[@]}"
done
# Explainers rendered afresh fetch the story's texts; prerendered HTML
# carries them.
total $budget "script embed (${built[loader]})" "${built[loader]}" "${built[css]}" \
  "${built[story]}" "${wasm[@]}"
total $budget "CMS fragment (${built[fragment]})" "${built[fragment]}" "${built[loader]}" \
  "${built[css]}" "${wasm[@]}"
for fragment in $(printf '%s\n' "${!br[@]}" | grep '^embed/fragment\.[a-z-]*\.html$' | sort); do
  language=${fragment#embed/fragment.}
  language=${language%.html}
  total $edition_budget "CMS fragment, $language edition ($fragment)" "$fragment" \
    "embed/maps.$language.css" "${built[loader]}" "${built[css]}" "${wasm[@]}"
done
# The frame carries its stylesheets and its scripts inline (enhance.js among
# them), and starts the explainer without the loader.
total $budget "iframe embed (${built[frame]} + ${built[frame_host]##*/})" "${built[frame]}" \
  "${built[frame_host]}" "${built[glue]}" "${built[wasm]}"
for frame in $(printf '%s\n' "${!br[@]}" | grep '^embed/frame\.[a-z-]*\.html$' | sort); do
  language=${frame#embed/frame.}
  total $edition_budget "iframe embed, ${language%.html} edition ($frame)" "$frame" \
    "${built[frame_host]}" "${built[glue]}" "${built[wasm]}"
done

echo
# The map in each theme and edition: the drawing every edition shares, and
# the edition's names over it (nato-map-names.uk.svg).
editions=$(printf '%s\n' "${!br[@]}" | sed -n 's|^embed/story\.\([a-z-]*\)\.json$|\1|p' | sort)
in_edition() { [ -z "$2" ] && echo "$1" || echo "${1%.*}.$2.${1##*.}"; }
for language in "" $editions; do
  for theme in "" _dark; do
    drawing=${built[map$theme]} names=$(in_edition "${built[map_names$theme]}" "$language")
    total $map_budget "map, once its section opens ($names)" "$drawing" "$names"
  done
done

echo
# Switching a standalone page to another edition in place, once (the map
# open, so its names come too; its drawing is already there). Back to the
# English edition from another's page is the same with story.json.
for language in "" $editions; do
  total $switch_budget "switching to the ${language:-en} edition ($(in_edition "${built[story]}" "$language"))" \
    "${built[editions]}" "$(in_edition "${built[story]}" "$language")" \
    "$(in_edition "${built[map_names]}" "$language")"
done

if $check; then
  echo
  if [ ${#over[@]} -gt 0 ]; then
    printf 'size: over budget: %s\n' "${over[@]}" >&2
    exit 1
  fi
  echo "size: every way of reading is within $budget bytes brotli (an edition's page $edition_budget), the map within $map_budget, switching edition within $switch_budget"
fi
