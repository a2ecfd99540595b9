//! The board emulator: a board's core-clock top (UART pins and all) runs cycle by cycle,
//! its UART bridged to a pseudo-terminal, so that `neurohost` talks to it exactly as to a
//! real board. Two engines run the same top: rust-hdl's simulator (the reference) and
//! Verilator on the generated Verilog (fast).
//!
//! The emulated top is the board's design below its PLL (a [`BoardDesign`]): the clock
//! runs cycle by cycle, `reset` is held high for the first [`RESET_CYCLES`] cycles and then
//! released (as the board top does after PLL lock), `uart_rx`/`uart_tx` carry the link.

pub mod bridge;
pub mod uart_line;
pub mod verilator;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};

use anyhow::Result;

use rust_hdl::prelude::*;

use crate::boards::BoardDesign;
use uart_line::UartLine;

/// Cycles the emulator holds `reset` high at start (the Verilator harness does the same).
pub const RESET_CYCLES: u64 = 16;

/// How the bytes of the link reach an engine and leave it.
pub struct ByteLink {
    /// Bytes from the host to the board.
    pub to_board: Receiver<Vec<u8>>,
    /// Bytes from the board to the host.
    pub from_board: Sender<Vec<u8>>,
}

/// Cycles between two looks at the byte channels (well below one UART bit at any divisor
/// the emulator accepts, so no byte waits).
const POLL_CYCLES: u64 = 64;

/// Run `board` in rust-hdl's simulator (plain loop, no scheduler threads) until `stop` is
/// set or the host side of `link` is gone. `divisor` is the UART's clock cycles per bit.
/// Returns the number of cycles run, or an error if the circuit does not settle.
pub fn run_rust_hdl<B: BoardDesign>(
    board: &mut B,
    divisor: u32,
    link: &ByteLink,
    stop: &AtomicBool,
) -> Result<u64, String> {
    board.connect_all();
    let mut line = UartLine::new(divisor);
    let mut cycles: u64 = 0;
    loop {
        // The host's bytes are taken only once reset is over, as on the board.
        if cycles.is_multiple_of(POLL_CYCLES) && cycles >= RESET_CYCLES {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            loop {
                match link.to_board.try_recv() {
                    Ok(bytes) => line.send(&bytes),
                    Err(std::sync::mpsc::TryRecvError::Empty) => break,
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => return Ok(cycles),
                }
            }
            let got = line.take_received();
            if !got.is_empty() && link.from_board.send(got).is_err() {
                return Ok(cycles);
            }
        }
        board.uart_rx().next = line.rx_pin();
        board.reset().next = cycles < RESET_CYCLES;
        for level in [true, false] {
            board.clock().next = Clock::from(level);
            if !simulate(board, 100) {
                return Err(format!("the circuit did not settle in cycle {cycles}"));
            }
        }
        line.tick(board.uart_tx().val());
        cycles += 1;
    }
    Ok(cycles)
}

/// Which simulator runs the emulated board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// rust-hdl's own simulator: the reference, slower.
    RustHdl,
    /// Verilator on the generated Verilog: fast (needs `verilator` and a C++ compiler).
    Verilator,
}

/// Emulate `design` behind a new pseudo-terminal until the process is stopped: print the
/// port path (the line `port: PATH` on stdout), then run the engine. `divisor` is the
/// UART's clock cycles per bit; `work` holds the Verilator build.
pub fn serve<D: BoardDesign + Send + 'static>(
    mut design: D,
    engine: Engine,
    divisor: u32,
    work: &Path,
) -> Result<()> {
    design.connect_all();
    let exe = match engine {
        Engine::Verilator => Some(verilator::build(&generate_verilog(&design), work)?),
        Engine::RustHdl => None,
    };
    let (bridge, link) = bridge::PtyBridge::open()?;
    println!("port: {}", bridge.port);
    eprintln!(
        "emulated board: far slower than real time; give the host a long response timeout \
         (neurohost simulate --timeout-ms 20000, or timeout_ms = 20000 in an experiment)"
    );
    use std::io::Write as _;
    std::io::stdout().flush()?;
    let stop = AtomicBool::new(false);
    match exe {
        Some(exe) => {
            let report = verilator::run(&exe, divisor, link, &stop)?;
            eprintln!("{report}");
        }
        None => {
            let cycles =
                run_rust_hdl(&mut design, divisor, &link, &stop).map_err(anyhow::Error::msg)?;
            eprintln!("cycles={cycles}");
        }
    }
    drop(bridge);
    Ok(())
}
