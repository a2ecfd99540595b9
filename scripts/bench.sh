#!/usr/bin/env bash
# Benchmarks side by side, printed as a Markdown table (see BENCHMARKS.md).
#   scripts/bench.sh          full size (1,024 neurons, 2,048 sources, 10% connectivity, 10,000 steps)
#   scripts/bench.sh --quick  reduced size, to prove the script works (CI)
# Sets up .venv with Brian2 from PyPI on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x .venv/bin/python ]] || ! .venv/bin/python -c "import brian2" 2>/dev/null; then
    python3 -m venv .venv
    # Brian2 2.9 (the newest for Python 3.11) needs NumPy 1.x.
    .venv/bin/pip install -q "brian2>=2.9" "numpy<2" cython
fi
cargo build -q --release -p neurohost
.venv/bin/python scripts/bench/run.py "$@"
