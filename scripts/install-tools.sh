#!/usr/bin/env bash
# Installs what the project needs and is missing; a second run skips what is there.
#
#   scripts/install-tools.sh serve   # Rust (stable, and the release nightly), Trunk,
#                                    # wasm-bindgen-cli, wasm-opt, brotli
#   scripts/install-tools.sh test    # the above, plus browsers, drivers, axe-core
#   scripts/install-tools.sh size    # serve's, plus twiggy for `make size`'s report
#
# Everything comes by package name from crates.io, npm or Debian: Trunk is
# configured never to download a tool itself (Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-serve}
trunk_version=0.22.1
geckodriver_version=0.37.1
twiggy_version=0.8.0
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
wasm_bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages, installed only when one is missing.
apt_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  say "apt-get install ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# `cargo install` of one exact version, skipped when `$bin --version` shows it.
cargo_tool() {
  local bin=$1 version=$2
  shift 2
  if "$bin" --version 2>/dev/null | head -n1 | grep -qw "$version"; then return; fi
  say "cargo install $bin $version"
  cargo install --locked --version "$version" "$@"
}

rust_toolchain() {
  # rust-toolchain.toml names the compiler and the wasm32 target; rustup
  # installs both on the first cargo call, which this makes explicit.
  cargo --version >/dev/null
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
}

# The nightly of release builds (scripts/release-env.sh), with the standard
# library's source for build-std.
release_toolchain() {
  local toolchain
  toolchain=$(. scripts/release-env.sh && printf '%s' "$RELEASE_TOOLCHAIN")
  if rustup component list --toolchain "$toolchain" --installed 2>/dev/null | grep -q '^rust-src' &&
    rustup target list --toolchain "$toolchain" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    return
  fi
  say "rustup toolchain install $toolchain"
  rustup toolchain install "$toolchain" --profile minimal -c rust-src -t wasm32-unknown-unknown
}

wasm_bindgen_cli() {
  if wasm-bindgen --version 2>/dev/null | grep -qw "$wasm_bindgen_version"; then return; fi
  say "wasm-bindgen-cli $wasm_bindgen_version"
  # The crate's own lock pins webpki-roots 1.0.11, which the registry does not
  # serve; 1.0.10 builds the same tool. The failed locked install still puts
  # the crate into cargo's cache, from where it is built with that one change.
  local log
  log=$(mktemp)
  if cargo install --locked --version "$wasm_bindgen_version" wasm-bindgen-cli 2>"$log"; then
    rm -f "$log"
    return
  fi
  # Say why the locked install failed before trying the known workaround, so
  # a different failure is not hidden behind it.
  tail -n 5 "$log" >&2
  rm -f "$log"
  say "wasm-bindgen-cli $wasm_bindgen_version: retrying with webpki-roots 1.0.10"
  local crate work
  crate=$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/wasm-bindgen-cli-"$wasm_bindgen_version".crate | head -n1)
  work=$(mktemp -d)
  tar xzf "$crate" -C "$work"
  (cd "$work/wasm-bindgen-cli-$wasm_bindgen_version" &&
    cargo update -p webpki-roots --precise 1.0.10 &&
    cargo install --locked --path .)
  rm -rf "$work"
}

# Every crate a build or test can need, fetched here while online, so that
# what runs later may be offline (Trunk's `offline = true`, and
# CARGO_NET_OFFLINE in scripts/test.sh): the project's own lock for every
# target, and the standard library's lock of the release nightly, which
# build-std resolves. A machine that once built online has the latter cached,
# which hid its absence; fetching from the toolchain's own sysroot keeps it
# right for whichever nightly release-env.sh pins next. Idempotent, and
# about a second when everything is cached.
fetch_crates() {
  local toolchain library
  say "cargo fetch (the project's lock, and the standard library's for build-std)"
  # Not --locked: a dependency just added to Cargo.toml is resolved here as
  # a build would; on a clean clone the lock is already complete.
  cargo fetch
  toolchain=$(. scripts/release-env.sh && printf '%s' "$RELEASE_TOOLCHAIN")
  library="$(rustc +"$toolchain" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  cargo +"$toolchain" fetch --locked --manifest-path "$library"
}

npm_tools() {
  if [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/tsc ] && [ -x node_modules/.bin/vite ] &&
    [ -f node_modules/axe-core/axe.min.js ] &&
    [ -f node_modules/govuk-frontend/package.json ] &&
    [ -f node_modules/world-atlas/countries-50m.json ] &&
    [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  say "npm ci (binaryen wasm-opt, terser, axe-core, typescript, vite, govuk-frontend, world-atlas)"
  npm ci --no-audit --no-fund
}

# Node.js with npm may come from Debian or elsewhere: only a missing npm is installed.
command -v npm >/dev/null || apt_packages nodejs npm
# Release builds precompress their files (scripts/precompress.sh); every
# build draws the share image with DejaVu (src/prerender/share.rs).
apt_packages brotli gzip fonts-dejavu-core
rust_toolchain
release_toolchain
cargo_tool trunk "$trunk_version" trunk --ignore-rust-version
wasm_bindgen_cli
fetch_crates
npm_tools

if [ "$mode" = test ]; then
  apt_packages chromium chromium-driver firefox-esr webkit2gtk-driver xvfb \
    nginx libnginx-mod-http-brotli-static
  cargo_tool geckodriver "$geckodriver_version" geckodriver
fi
# What the WebAssembly is made of (scripts/wasm-report.mjs).
if [ "$mode" = size ]; then
  cargo_tool twiggy "$twiggy_version" twiggy
fi
say "tools ready ($mode)"
