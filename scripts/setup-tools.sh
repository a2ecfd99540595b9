#!/usr/bin/env bash
# Install the open FPGA and simulation tools the hardware tests and builds use
# (Debian/Ubuntu package names; run as root or with sudo).
set -euo pipefail
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
$SUDO apt-get update -q
$SUDO apt-get install -y -q yosys nextpnr-ice40 fpga-icestorm verilator iverilog
