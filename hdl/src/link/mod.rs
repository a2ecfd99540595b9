//! The board link in hardware: UART, NeuroLink framing ([`neurosim::protocol`]).
//!
//! - [`uart_rx`] / [`uart_tx`]: 8N1 UART, baud rate set by a clock divisor.
//! - [`crc16`]: the CRC-16/GENIBUS register update, one byte per cycle.
//! - [`frame_rx`]: streaming COBS decoder with CRC check, writing the decoded body to a
//!   buffer and reporting each frame as good, CRC error or framing error.
//! - [`frame_tx`]: COBS encoder with CRC append, reading a response body from a buffer.
//! - [`engine`]: the command engine: frames in, control-port accesses and steps, responses out.
//! - [`half_rate_bridge`]: the link clock (half the core clock) and the registers that carry
//!   the engine's control port and step interface to the core clock.

pub mod core_model;
pub mod crc16;
pub mod emulate;
pub mod engine;
pub mod frame_rx;
pub mod frame_tx;
pub mod half_rate_bridge;
pub mod link_top;
pub mod uart_rx;
pub mod uart_tx;

/// The iCEBreaker's FTDI UART rate.
pub const DEFAULT_BAUD: u64 = 3_000_000;

/// Clock cycles per UART bit for `clock_hz` and `baud`, rounded to nearest; at least 4
/// (the receiver samples mid-bit after a 2-flop synchroniser).
pub fn divisor(clock_hz: u64, baud: u64) -> Result<u64, String> {
    if baud == 0 {
        return Err("baud rate must be positive".into());
    }
    let d = (clock_hz + baud / 2) / baud;
    if !(4..=0xFFFF).contains(&d) {
        return Err(format!(
            "{clock_hz} Hz / {baud} baud = {d} cycles per bit, must be 4..=65535"
        ));
    }
    let err = (d * baud).abs_diff(clock_hz) as f64 / clock_hz as f64;
    if err > 0.02 {
        return Err(format!(
            "{clock_hz} Hz cannot make {baud} baud within 2% ({:.1}% off)",
            err * 100.0
        ));
    }
    Ok(d)
}
