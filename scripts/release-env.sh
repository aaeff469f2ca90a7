# Sourced by scripts/release-build.sh and scripts/install-tools.sh: the
# toolchain and settings of the WebAssembly that readers download.
#
# Release builds compile the standard library for the widget itself on a
# pinned nightly (build-std) and make every panic an immediate abort: no
# panic messages and no formatting code for them ship to readers. Debug
# builds (`trunk serve`, the tests) stay on the stable toolchain of
# rust-toolchain.toml and print their panics. A nightly is pinned by date,
# so every machine builds the same bytes.
RELEASE_TOOLCHAIN=nightly-2026-10-01

export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
# No file and line in the binary for panics nobody sees, and Debug output
# that nothing shows to a reader left empty (messages quote values by hand).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none"
# Native steps run inside the build (the prerenderer) unset these again.
export NUE_RELEASE_ENV="RUSTUP_TOOLCHAIN CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT CARGO_PROFILE_RELEASE_PANIC CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS"
