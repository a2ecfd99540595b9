#!/usr/bin/env bash
# Load a built NeuroCore image onto a board over USB.
#
#   scripts/flash.sh icebreaker [design]          # write bitstreams/icebreaker/<design>/top.bin to the SPI flash
#   scripts/flash.sh icebreaker [design] --sram   # load into the FPGA only (lost at power-off)
#   scripts/flash.sh ulx3s [design]               # load bitstreams/ulx3s/<design>/top.bit into the FPGA (SRAM)
#   scripts/flash.sh ulx3s [design] --flash       # write it to the SPI flash (survives power-off)
#
# design defaults to "bringup". iCEBreaker: iceprog (Debian package fpga-icestorm), else openFPGALoader.
# ULX3S: openFPGALoader (Debian package openfpgaloader), else fujprog. On Linux the user needs access to
# the FTDI USB device (udev rule or root).
set -euo pipefail
cd "$(dirname "$0")/.."

board="${1:-}"
design="bringup"
mode=""
shift || true
for arg in "$@"; do
    case "$arg" in
        --sram|--flash) mode="$arg" ;;
        *) design="$arg" ;;
    esac
done

have() { command -v "$1" >/dev/null 2>&1; }

case "$board" in
    icebreaker)
        image="bitstreams/icebreaker/$design/top.bin"
        [[ -f "$image" ]] || { echo "no image $image: build it with scripts/build-bitstream.sh icebreaker" >&2; exit 1; }
        if have iceprog; then
            if [[ "$mode" == "--sram" ]]; then iceprog -S "$image"; else iceprog "$image"; fi
        elif have openFPGALoader; then
            if [[ "$mode" == "--sram" ]]; then openFPGALoader -b ice40_generic -m "$image"; else openFPGALoader -b ice40_generic -f "$image"; fi
        else
            echo "neither iceprog nor openFPGALoader found: apt-get install fpga-icestorm (or openfpgaloader)" >&2
            exit 1
        fi
        ;;
    ulx3s)
        image="bitstreams/ulx3s/$design/top.bit"
        [[ -f "$image" ]] || { echo "no image $image: build it with scripts/build-bitstream.sh ulx3s" >&2; exit 1; }
        if have openFPGALoader; then
            if [[ "$mode" == "--flash" ]]; then openFPGALoader -b ulx3s -f "$image"; else openFPGALoader -b ulx3s "$image"; fi
        elif have fujprog; then
            if [[ "$mode" == "--flash" ]]; then fujprog -j flash "$image"; else fujprog "$image"; fi
        else
            echo "neither openFPGALoader nor fujprog found: apt-get install openfpgaloader" >&2
            exit 1
        fi
        ;;
    *)
        echo "usage: $0 icebreaker|ulx3s [design] [--sram|--flash]" >&2
        exit 2
        ;;
esac
