#!/usr/bin/env bash
# A brand-new machine's view of the crates and npm packages, on a warm one:
# a fresh clone of HEAD with an empty CARGO_HOME and an empty npm cache runs
# `make test` (or the make targets given). Every crate and package must then
# come through the install step; the tests run offline (scripts/test.sh) and
# Trunk too (Trunk.toml), so the first download the install step did not do
# fails at once and names what is missing.
#
#   scripts/cold-path.sh              # make test
#   scripts/cold-path.sh build size   # other targets
#
# Tools already installed (rustup's toolchains, ~/.cargo/bin, Debian's
# packages) are kept: building those too is what a truly new machine adds.
# KEEP=1 keeps the clone and its caches for a look afterwards.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cold-path.XXXXXX")
# mktemp's folder is private; the e2e suite's nginx workers must read dist/.
chmod 755 "$work"
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT

git clone --quiet "$repo" "$work/clone"
mkdir "$work/cargo-home" "$work/npm-cache"
export CARGO_HOME="$work/cargo-home"
export npm_config_cache="$work/npm-cache"
export PATH="$CARGO_HOME/bin:$HOME/.cargo/bin:$PATH"

started=$(date +%s)
status=0
make -C "$work/clone" "${@:-test}" || status=$?
elapsed=$(($(date +%s) - started))
printf '\ncold path (%s) at %s: %s after %dm%02ds\n' "${*:-test}" \
  "$(git -C "$repo" rev-parse --short HEAD)" \
  "$([ $status -eq 0 ] && echo passed || echo FAILED)" $((elapsed / 60)) $((elapsed % 60))
[ "${KEEP:-}" = 1 ] && echo "kept: $work"
exit $status
