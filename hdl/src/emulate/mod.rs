//! The board emulator: a board's core-clock top (UART pins and all) runs cycle by cycle,
//! its UART bridged to a pseudo-terminal, so that `neurohost` talks to it exactly as to a
//! real board. Two engines run the same top: rust-hdl's simulator (the reference) and
//! Verilator on the generated Verilog (fast).
//!
//! The emulated top is the board top below its PLL: one clock, `uart_rx` in, `uart_tx` out.

pub mod bridge;
pub mod uart_line;
pub mod verilator;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};

use rust_hdl::prelude::*;

use uart_line::UartLine;

/// A top the emulator can run: a clock input and the two UART pins.
pub trait UartBoard: Block {
    /// The clock input.
    fn clock_pin(&mut self) -> &mut Signal<In, Clock>;
    /// Drive the board's UART RX input.
    fn set_uart_rx(&mut self, level: bool);
    /// The board's UART TX output.
    fn uart_tx(&self) -> bool;
}

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
pub fn run_rust_hdl<B: UartBoard>(
    board: &mut B,
    divisor: u32,
    link: &ByteLink,
    stop: &AtomicBool,
) -> Result<u64, String> {
    board.connect_all();
    let mut line = UartLine::new(divisor);
    let mut cycles: u64 = 0;
    loop {
        if cycles.is_multiple_of(POLL_CYCLES) {
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
        board.set_uart_rx(line.rx_pin());
        for level in [true, false] {
            board.clock_pin().next = Clock::from(level);
            if !simulate(board, 100) {
                return Err(format!("the circuit did not settle in cycle {cycles}"));
            }
        }
        line.tick(board.uart_tx());
        cycles += 1;
    }
    Ok(cycles)
}
