//! `NeurocoreDesign`: the NeuroCore behind its serial link, as a board design — UART pins →
//! [`LinkTop`] (UART, framing, command engine) → control port and step interface →
//! [`NeuroCore`]. The board top supplies the core clock and the reset after PLL lock.
//!
//! Reset (active high, synchronous): while it is high the link sees an idle line (no byte
//! can start) and the core is held in `core_reset`, so the board comes out of reset with
//! zero state, empty queues and zero counters (weights and parameters are loaded by the
//! host over the link; SPRAM cannot be initialised by the bitstream).
//! LED: on while the link is busy with a command or a response.

use rust_hdl::prelude::*;

use crate::link::link_top::LinkTop;
use crate::neurocore::{NeuroCore, NeuroCoreConfig};

/// The NeuroCore and its serial link.
#[derive(LogicBlock)]
pub struct NeurocoreDesign {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Active-high synchronous reset.
    pub reset: Signal<In, Bit>,
    /// UART receive pin (idle high).
    pub uart_rx: Signal<In, Bit>,
    /// UART transmit pin (idle high).
    pub uart_tx: Signal<Out, Bit>,
    /// Activity LED (active high).
    pub led: Signal<Out, Bit>,
    link: LinkTop,
    core: NeuroCore,
}

/// The link's line rate on every board (the iCEBreaker's FTDI port runs at 3 Mbaud).
pub const BAUD: u64 = 3_000_000;

/// Core clock cycles per UART bit at core clock `clock_hz` for [`BAUD`]: twice the nearest
/// number of link clock cycles (the link runs at half the core clock). 48 MHz gives exactly
/// 16; 100 MHz gives 34 = 2.94 Mbaud, 2 % slow, within UART tolerance.
pub fn uart_divisor(clock_hz: u64) -> u64 {
    2 * ((clock_hz / 2 + BAUD / 2) / BAUD)
}

impl NeurocoreDesign {
    /// A NeuroCore of `cfg` behind a link with `divisor` core clock cycles per UART bit (even;
    /// see [`LinkTop::new`]).
    pub fn new(cfg: NeuroCoreConfig, divisor: u64) -> Result<Self, String> {
        Ok(NeurocoreDesign {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led: Default::default(),
            link: LinkTop::new(divisor, cfg.inputs, cfg.neurons)?,
            core: NeuroCore::new(cfg)?,
        })
    }
}

impl Logic for NeurocoreDesign {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, link, core);
        self.link.uart_rx.next = self.uart_rx.val() | self.reset.val();
        self.uart_tx.next = self.link.uart_tx.val();
        self.led.next = !self.link.idle.val();
        self.core.ctrl_addr.next = self.link.ctrl_addr.val();
        self.core.ctrl_wdata.next = self.link.ctrl_wdata.val();
        self.core.ctrl_write.next = self.link.ctrl_write.val();
        self.core.ctrl_read.next = self.link.ctrl_read.val();
        self.link.ctrl_ready.next = self.core.ctrl_ready.val();
        self.link.ctrl_rdata.next = self.core.ctrl_rdata.val();
        self.link.ctrl_rvalid.next = self.core.ctrl_rvalid.val();
        self.core.in_spike.next = self.link.in_spike.val();
        self.core.in_spike_write.next = self.link.in_spike_write.val();
        self.core.step_start.next = self.link.step_start.val();
        self.link.busy.next = self.core.busy.val();
        self.link.done.next = self.core.done.val();
        self.link.out_spike.next = self.core.out_spike.val();
        self.link.out_spike_valid.next = self.core.out_spike_valid.val();
        self.core.out_spike_read.next = self.link.out_spike_read.val();
        self.core.core_reset.next = self.link.core_reset.val() | self.reset.val();
    }
}

impl_board_design!(NeurocoreDesign);
