#!/usr/bin/env bash
# The project's test command: formatting, lints, then every test of the workspace.
#   scripts/test.sh            the default suite (what the README and CI run)
#   scripts/test.sh --ignored  also the slow sweeps marked #[ignore] (CI runs them too)
# Hardware tests that need yosys/verilator print a notice and skip when those are absent;
# `scripts/setup-fpga-tools.sh --apt` installs them (Debian/Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
if [[ "${1:-}" == "--ignored" ]]; then
    scripts/test-ignored.sh
fi
