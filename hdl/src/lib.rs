//! # neurocore: the NeuroCore in rust-hdl
//!
//! - [`boards`]: board tops (clock/PLL, reset, LEDs, pins) around a design.
//! - [`emulate`]: the board emulator (rust-hdl and Verilator engines, UART over a pty).
//! - [`flow`]: the open FPGA flow (yosys, nextpnr, packers) and its reports.
//! - [`link`]: UART, CRC, COBS framing: the board side of the serial link.

pub mod boards;
pub mod emulate;
pub mod flow;
pub mod link;
pub use neurosim;
