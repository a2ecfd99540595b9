//! The generated Verilog of the board tops behaves like their rust-hdl simulation.
//!
//! The board tops' glue is hand-written Verilog (`Verilog::Custom`), so the rust-hdl simulation alone
//! does not cover it. Each test builds a board top with the bring-up design (short heartbeat), runs it
//! in rust-hdl and, from its generated Verilog, in Icarus Verilog with behavioural PLL models, under a
//! seeded random UART input, and compares every output after every rising edge. Skipped with a notice
//! when `iverilog` is not installed (Debian package `iverilog`). About 1 s.

use neurocore::boards::bringup::Bringup;
use neurocore::boards::ecp5_pll::Ecp5PllConfig;
use neurocore::boards::ice40_pll::Ice40PllConfig;
use neurocore::boards::icebreaker::IceBreakerTop;
use neurocore::boards::lock_model::LOCK_CYCLES;
use neurocore::boards::reset_sync::RELEASE_LATENCY;
use neurocore::boards::ulx3s::Ulx3sTop;
use neurocore::flow::verilog_of;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use std::fs;
use std::process::Command;

const SEEDS: [u64; 5] = [11, 12, 13, 14, 15];

/// Behavioural PLL models for Icarus. rust-hdl's lock model raises `locked` while the flip-flops sample
/// at rising edge LOCK_CYCLES, so they see it at that edge; these models raise LOCK after rising edge
/// LOCK_CYCLES - 1, so the flip-flops see it at the same edge.
fn pll_models() -> String {
    format!(
        "\
module lock_counter(input clock, output lock);
    reg [7:0] rises = 0;
    always @(posedge clock) if (rises != {n}) rises <= rises + 1;
    assign lock = rises == {n};
endmodule
module SB_PLL40_PAD(input PACKAGEPIN, output PLLOUTGLOBAL, output LOCK, input RESETB, input BYPASS);
    parameter FEEDBACK_PATH = \"SIMPLE\";
    parameter DIVR = 0;
    parameter DIVF = 0;
    parameter DIVQ = 0;
    parameter FILTER_RANGE = 0;
    assign PLLOUTGLOBAL = PACKAGEPIN;
    lock_counter lc(.clock(PACKAGEPIN), .lock(LOCK));
endmodule
module EHXPLLL(input CLKI, input CLKFB, input PHASESEL1, input PHASESEL0, input PHASEDIR,
    input PHASESTEP, input PHASELOADREG, input STDBY, input PLLWAKESYNC, input RST, input ENCLKOP,
    output CLKOP, output LOCK);
    parameter PLLRST_ENA = \"\";
    parameter INTFB_WAKE = \"\";
    parameter STDBY_ENABLE = \"\";
    parameter DPHASE_SOURCE = \"\";
    parameter OUTDIVIDER_MUXA = \"\";
    parameter OUTDIVIDER_MUXB = \"\";
    parameter OUTDIVIDER_MUXC = \"\";
    parameter OUTDIVIDER_MUXD = \"\";
    parameter CLKI_DIV = 1;
    parameter CLKOP_ENABLE = \"\";
    parameter CLKOP_DIV = 1;
    parameter CLKOP_CPHASE = 0;
    parameter CLKOP_FPHASE = 0;
    parameter FEEDBK_PATH = \"\";
    parameter CLKFB_DIV = 1;
    assign CLKOP = CLKI;
    lock_counter lc(.clock(CLKI), .lock(LOCK));
endmodule
",
        n = LOCK_CYCLES - 1
    )
}

/// Removes the `(* blackbox *)` module declarations rust-hdl appends for the vendor primitives.
fn strip_blackboxes(verilog: &str) -> String {
    let mut out = verilog.to_string();
    while let Some(start) = out.find("(* blackbox *)") {
        let end = start
            + out[start..]
                .find("endmodule")
                .expect("blackbox without endmodule")
            + "endmodule".len();
        out.replace_range(start..end, "");
    }
    out
}

/// A testbench driving `clock_port` and, per edge, `rx_port` from `rx`, printing `$display(format, outputs)`
/// after each rising edge: rx changes while the clock is low, as in the rust-hdl loop.
fn testbench(ports: &str, clock_port: &str, rx_port: &str, display: &str, rx: &[bool]) -> String {
    let mut tb = format!(
        "`timescale 1ns/1ps\nmodule tb;\n{ports}\ninitial begin\n    {clock_port} = 0;\n    {rx_port} = 1;\n"
    );
    for (i, bit) in rx.iter().enumerate() {
        tb += &format!(
            "    {rx_port} = {};\n    #5 {clock_port} = 1;\n    #1 $display(\"edge {} {display});\n    #4 {clock_port} = 0;\n",
            u8::from(*bit),
            i + 1
        );
    }
    tb + "    $finish;\nend\nendmodule\n"
}

/// Runs Icarus on the files; `None` when it is not installed.
fn icarus(name: &str, files: &[(&str, String)]) -> Option<Vec<String>> {
    if Command::new("iverilog").arg("-V").output().is_err() {
        eprintln!("NOTICE: iverilog not found (apt-get install iverilog): skipping the Verilog cross-check");
        return None;
    }
    let dir = std::env::temp_dir().join(format!(
        "neurocore-flow-icarus-{name}-{}",
        std::process::id()
    ));
    fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        fs::write(dir.join(file), text).unwrap();
    }
    let names: Vec<&str> = files.iter().map(|(f, _)| *f).collect();
    let out = Command::new("iverilog")
        .args(["-g2005", "-o", "sim"])
        .args(&names)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "iverilog failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new("vvp")
        .args(["-n", "sim"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "vvp failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    fs::remove_dir_all(&dir).unwrap();
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.starts_with("edge "))
            .map(String::from)
            .collect(),
    )
}

fn cycle<B: Block>(uut: &mut B, set_clock: fn(&mut B, bool)) {
    set_clock(uut, false);
    assert!(simulate(uut, 100), "simulation did not settle");
    set_clock(uut, true);
    assert!(simulate(uut, 100), "simulation did not settle");
}

fn compare(seed: u64, board: &str, rust: &[String], verilog: &[String]) {
    assert_eq!(
        rust.len(),
        verilog.len(),
        "seed {seed} {board}: edge counts differ"
    );
    for (r, v) in rust.iter().zip(verilog) {
        assert_eq!(
            r, v,
            "seed {seed} {board}: rust-hdl (left) and Icarus (right) differ"
        );
    }
}

fn random_rx(seed: u64, edges: usize) -> Vec<bool> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..edges).map(|_| rng.gen_bool(0.5)).collect()
}

#[test]
fn icebreaker_verilog_matches_simulation() {
    for seed in SEEDS {
        let half_period = 3 + seed % 5;
        let edges = (LOCK_CYCLES as u64 + RELEASE_LATENCY + 4 * half_period) as usize;
        let rx = random_rx(seed, edges);
        let pll = Ice40PllConfig::for_frequency(12_000_000, 48_000_000).unwrap();
        let verilog = verilog_of(
            IceBreakerTop::new(Bringup::new(half_period).unwrap(), pll.clone()).unwrap(),
        )
        .unwrap();
        let mut top = IceBreakerTop::new(Bringup::new(half_period).unwrap(), pll).unwrap();
        top.connect_all();
        let rust: Vec<String> = rx
            .iter()
            .enumerate()
            .map(|(i, &bit)| {
                top.rx.next = bit;
                cycle(&mut top, |t, level| t.clk.next = Clock { clk: level });
                let b = |x: bool| u8::from(x);
                format!(
                    "edge {} {} {} {}",
                    i + 1,
                    b(top.tx.val()),
                    b(top.ledr_n.val()),
                    b(top.ledg_n.val())
                )
            })
            .collect();
        let ports = "reg clk, rx; wire tx, ledr_n, ledg_n;\ntop dut(.clk(clk), .rx(rx), .tx(tx), .ledr_n(ledr_n), .ledg_n(ledg_n));";
        let tb = testbench(ports, "clk", "rx", "%b %b %b\", tx, ledr_n, ledg_n", &rx);
        let files = [
            ("tb.v", tb),
            ("top.v", strip_blackboxes(&verilog)),
            ("models.v", pll_models()),
        ];
        if let Some(icarus) = icarus("icebreaker", &files) {
            compare(seed, "icebreaker", &rust, &icarus);
            assert!(
                rust.iter().any(|l| l.ends_with(" 0 0")),
                "seed {seed}: heartbeat and lock LEDs never both on"
            );
        }
    }
}

#[test]
fn ulx3s_verilog_matches_simulation() {
    for seed in SEEDS {
        let half_period = 3 + seed % 5;
        let edges = (LOCK_CYCLES as u64 + RELEASE_LATENCY + 4 * half_period) as usize;
        let rx = random_rx(seed, edges);
        let pll = Ecp5PllConfig::for_frequency(25_000_000, 100_000_000).unwrap();
        let verilog =
            verilog_of(Ulx3sTop::new(Bringup::new(half_period).unwrap(), pll.clone()).unwrap())
                .unwrap();
        let mut top = Ulx3sTop::new(Bringup::new(half_period).unwrap(), pll).unwrap();
        top.connect_all();
        let rust: Vec<String> = rx
            .iter()
            .enumerate()
            .map(|(i, &bit)| {
                top.ftdi_txd.next = bit;
                cycle(&mut top, |t, level| t.clk_25mhz.next = Clock { clk: level });
                format!(
                    "edge {} {} {:08b} {}",
                    i + 1,
                    u8::from(top.ftdi_rxd.val()),
                    top.led.val().index(),
                    u8::from(top.wifi_gpio0.val())
                )
            })
            .collect();
        let ports = "reg clk_25mhz, ftdi_txd; wire ftdi_rxd, wifi_gpio0; wire [7:0] led;\n\
                     top dut(.clk_25mhz(clk_25mhz), .ftdi_txd(ftdi_txd), .ftdi_rxd(ftdi_rxd), .led(led), .wifi_gpio0(wifi_gpio0));";
        let tb = testbench(
            ports,
            "clk_25mhz",
            "ftdi_txd",
            "%b %b %b\", ftdi_rxd, led, wifi_gpio0",
            &rx,
        );
        let files = [
            ("tb.v", tb),
            ("top.v", strip_blackboxes(&verilog)),
            ("models.v", pll_models()),
        ];
        if let Some(icarus) = icarus("ulx3s", &files) {
            compare(seed, "ulx3s", &rust, &icarus);
            assert!(
                rust.iter().any(|l| l.contains(" 00000011 ")),
                "seed {seed}: heartbeat and lock LEDs never both on"
            );
        }
    }
}
