#!/usr/bin/env bash
# The release build readers get: `trunk build --release` on the pinned
# nightly with the settings of scripts/release-env.sh. Arguments go to Trunk,
# for example `--public-url https://assets.example/explainer/`.
# (A plain `trunk build --release` works too, on the stable toolchain, with a
# larger WebAssembly.)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/release-env.sh
. scripts/release-env.sh
exec trunk build --release "$@"
