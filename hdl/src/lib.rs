//! # neurocore: the NeuroCore in rust-hdl
//!
//! - [`emulate`]: the board emulator (rust-hdl and Verilator engines, UART over a pty).

pub mod emulate;
pub use neurosim;
pub mod link;
