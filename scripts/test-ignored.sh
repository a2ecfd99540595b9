#!/usr/bin/env bash
# The slow tests marked #[ignore] (sweeps, whole-board emulation, the ULX3S bring-up rebuild),
# in two lanes: most ignored test binaries hold a single test, so one lane runs the three
# whole-core tests one after the other and the other lane everything else. About 12 minutes
# on a 2-core machine once the tests are compiled (19 minutes in one lane).
set -euo pipefail
cd "$(dirname "$0")/.."
whole_core=(up5k_core_high_activity_matches_golden_model up5k_core_with_stdp_matches_golden_model
    sweep_random_cores)
cargo test -q --workspace --no-run
log=target/test-ignored-whole-core.log
cargo test --workspace --test whole_core -- --ignored --exact --test-threads=1 "${whole_core[@]}" \
    >"$log" 2>&1 &
lane=$!
skip=()
for t in "${whole_core[@]}"; do skip+=(--skip "$t"); done
status=0
cargo test --workspace -- --ignored "${skip[@]}" || status=$?
wait "$lane" || status=$?
echo "--- whole-core lane ($log):"
cat "$log"
exit "$status"
