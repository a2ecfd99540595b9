//! The emulator's plumbing end to end, on a board whose UART TX pin echoes its RX pin
//! through one register: host → pty → line model → pins → line model → pty → host, for
//! both engines. The NeuroCore board tops reuse exactly this plumbing.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use neurocore::boards::BoardDesign;
use neurocore::emulate::bridge::PtyBridge;
use neurocore::emulate::{run_rust_hdl, verilator};
use rust_hdl::prelude::*;

/// Echoes RX to TX through one register (held idle-high during reset); the LED shows reset.
#[derive(LogicBlock, Default)]
struct PinEcho {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    pub led: Signal<Out, Bit>,
    held: DFF<Bit>,
}

impl Logic for PinEcho {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, held);
        self.held.d.next = self.uart_rx.val() | self.reset.val();
        self.uart_tx.next = self.held.q.val();
        self.led.next = self.reset.val();
    }
}

impl BoardDesign for PinEcho {
    fn clock(&mut self) -> &mut Signal<In, Clock> {
        &mut self.clock
    }
    fn reset(&mut self) -> &mut Signal<In, Bit> {
        &mut self.reset
    }
    fn uart_rx(&mut self) -> &mut Signal<In, Bit> {
        &mut self.uart_rx
    }
    fn uart_tx(&self) -> &Signal<Out, Bit> {
        &self.uart_tx
    }
    fn led(&self) -> &Signal<Out, Bit> {
        &self.led
    }
}

/// Open `port` as the host would and check that `n` bytes come back unchanged.
fn echo_through(port: &str, n: usize) {
    let mut host = serialport::new(port, 3_000_000)
        .timeout(Duration::from_millis(100))
        .open_native()
        .expect("open the emulator's port");
    let data: Vec<u8> = (0..n).map(|k| (k * 37 + k / 256) as u8).collect();
    host.write_all(&data).unwrap();
    let mut got = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut buf = [0u8; 1024];
    while got.len() < data.len() && Instant::now() < deadline {
        match host.read(&mut buf) {
            Ok(k) => got.extend_from_slice(&buf[..k]),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(e) => panic!("read from the emulator: {e}"),
        }
    }
    assert_eq!(got.len(), data.len(), "bytes echoed before the deadline");
    let first_bad = got.iter().zip(&data).position(|(a, b)| a != b);
    assert_eq!(first_bad, None, "first differing byte");
}

#[test]
fn rust_hdl_engine_echoes_through_the_pty() {
    let (bridge, link) = PtyBridge::open().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let engine = std::thread::spawn(move || {
        let mut board = PinEcho::default();
        run_rust_hdl(&mut board, 16, &link, &s)
    });
    echo_through(&bridge.port, 300);
    stop.store(true, Ordering::Relaxed);
    let cycles = engine.join().unwrap().expect("the circuit settles");
    assert!(
        cycles >= 300 * 10 * 16,
        "{cycles} cycles for 300 bytes at 16 cycles per bit"
    );
}

#[test]
fn verilator_engine_echoes_through_the_pty() {
    if std::process::Command::new("verilator")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("NOTICE: verilator not installed; skipping (scripts/setup-tools.sh installs it)");
        return;
    }
    let mut board = PinEcho::default();
    board.connect_all();
    let verilog = generate_verilog(&board);
    let dir = std::env::temp_dir().join(format!("neurocore-emu-echo-{}", std::process::id()));
    let exe = verilator::build(&verilog, &dir).expect("verilator builds the harness");
    let (bridge, link) = PtyBridge::open().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let engine = std::thread::spawn(move || verilator::run(&exe, 16, link, &s));
    echo_through(&bridge.port, 3000);
    stop.store(true, Ordering::Relaxed);
    let report = engine.join().unwrap().expect("the emulator exits cleanly");
    let cycles: u64 = report
        .split_whitespace()
        .find_map(|f| f.strip_prefix("cycles="))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no cycle count in {report:?}"));
    assert!(cycles >= 3000 * 10 * 16, "{report}");
    std::fs::remove_dir_all(&dir).ok();
}

/// `neurocore emulate` as a user runs it: the bring-up design (its UART echo) behind the
/// printed port, rust-hdl engine with a shortened UART bit.
#[test]
fn emulate_command_serves_the_bringup_design() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_neurocore"))
        .args(["emulate", "--engine", "rust-hdl", "--fast-uart", "8"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("neurocore runs");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .trim()
        .strip_prefix("port: ")
        .expect("port line")
        .to_string();
    echo_through(&port, 40);
    child.kill().ok();
    child.wait().ok();
}
