//! `Bringup`: the board bring-up design — a 1 Hz heartbeat on the user LED and a UART echo.
//!
//! The UART receive pin passes a two-flip-flop synchroniser and is driven back out on the transmit pin, so
//! a terminal on the board's USB serial port sees what it types at any baud rate (checks the FTDI path
//! and the pin mapping). The synchroniser stores the inverted line so the transmit pin idles high from
//! configuration. Latency rx → tx: 2 core clock cycles.

use super::heartbeat::Heartbeat;
use anyhow::Result;
use rust_hdl::prelude::*;

/// The bring-up design (a [`BoardDesign`]).
#[derive(LogicBlock)]
pub struct Bringup {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Active-high synchronous reset.
    pub reset: Signal<In, Bit>,
    /// UART receive line (asynchronous, idle high).
    pub uart_rx: Signal<In, Bit>,
    /// UART transmit line: the echo of `uart_rx`.
    pub uart_tx: Signal<Out, Bit>,
    /// Heartbeat LED, active high.
    pub led: Signal<Out, Bit>,
    heartbeat: Heartbeat,
    rx_meta_n: DFF<Bit>,
    rx_sync_n: DFF<Bit>,
}

impl Bringup {
    /// A bring-up design whose LED toggles every `half_period` core clock cycles.
    pub fn new(half_period: u64) -> Result<Self> {
        Ok(Self {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led: Default::default(),
            heartbeat: Heartbeat::new(half_period)?,
            rx_meta_n: Default::default(),
            rx_sync_n: Default::default(),
        })
    }
}

impl Logic for Bringup {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, rx_meta_n, rx_sync_n);
        self.heartbeat.clock.next = self.clock.val();
        self.heartbeat.reset.next = self.reset.val();
        self.led.next = self.heartbeat.led.val();
        self.rx_meta_n.d.next = !self.uart_rx.val();
        self.rx_sync_n.d.next = self.rx_meta_n.q.val();
        self.uart_tx.next = !self.rx_sync_n.q.val();
    }
}

impl_board_design!(Bringup);
