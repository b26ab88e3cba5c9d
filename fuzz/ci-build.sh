#!/usr/bin/env bash
# Proves the fuzz targets build. Installs cargo-fuzz if it is missing
# (about two minutes from source), then builds every target with the
# sanitizer-instrumented release profile that `cargo fuzz run` uses.
#
# cargo-fuzz needs nightly-only compiler flags; RUSTC_BOOTSTRAP=1 lets the
# stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

RUSTC_BOOTSTRAP=1 cargo fuzz build --dev
