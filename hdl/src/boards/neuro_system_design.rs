//! `NeuroSystemDesign`: a multi-core [`NeuroSystem`] behind the serial link, as a board
//! design — UART pins → [`LinkTop`] → control port and step interface → `NeuroSystem`.
//!
//! The link (NeuroLink v1) addresses the control port with the core index in
//! `addr[23:20]`, so WRITE and READ reach every core, its routing table (region 0x7) and
//! its dropped-route count. RUN is the one-core command: its input spikes go to core 0,
//! it steps the whole system (every core, then the routing) and returns core 0's output
//! spikes. The other cores' spikes reach core 0 through routes; their output queues are
//! not read by the link (they fill and count overflow, which changes nothing else).
//!
//! Reset (active high, synchronous): the link sees an idle line and the system is held in
//! `core_reset`. LED: on while the link is busy with a command or a response.

use rust_hdl::prelude::*;

use crate::link::link_top::LinkTop;
use crate::neuro_system::{NeuroSystem, NeuroSystemConfig};

/// A NeuroSystem and its serial link.
#[derive(LogicBlock)]
pub struct NeuroSystemDesign {
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
    sys: NeuroSystem,
}

impl NeuroSystemDesign {
    /// A system of `cfg` behind a link with `divisor` core clock cycles per UART bit.
    pub fn new(cfg: NeuroSystemConfig, divisor: u64) -> Result<Self, String> {
        Ok(NeuroSystemDesign {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led: Default::default(),
            link: LinkTop::new(divisor, cfg.core.inputs, cfg.core.neurons)?,
            sys: NeuroSystem::new(cfg)?,
        })
    }
}

impl Logic for NeuroSystemDesign {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, link, sys);
        self.link.uart_rx.next = self.uart_rx.val() | self.reset.val();
        self.uart_tx.next = self.link.uart_tx.val();
        self.led.next = !self.link.idle.val();
        self.sys.ctrl_addr.next = self.link.ctrl_addr.val();
        self.sys.ctrl_wdata.next = self.link.ctrl_wdata.val();
        self.sys.ctrl_write.next = self.link.ctrl_write.val();
        self.sys.ctrl_read.next = self.link.ctrl_read.val();
        self.link.ctrl_ready.next = self.sys.ctrl_ready.val();
        self.link.ctrl_rdata.next = self.sys.ctrl_rdata.val();
        self.link.ctrl_rvalid.next = self.sys.ctrl_rvalid.val();
        self.sys.in_core.next = 0.into();
        self.sys.in_spike.next = self.link.in_spike.val();
        self.sys.in_spike_write.next = self.link.in_spike_write.val();
        self.sys.step_start.next = self.link.step_start.val();
        self.link.busy.next = self.sys.busy.val();
        self.link.done.next = self.sys.done.val();
        self.sys.out_core.next = 0.into();
        self.link.out_spike.next = self.sys.out_spike.val();
        self.link.out_spike_valid.next = self.sys.out_spike_valid.val();
        self.sys.out_spike_read.next = self.link.out_spike_read.val();
        self.sys.core_reset.next = self.link.core_reset.val() | self.reset.val();
    }
}

impl_board_design!(NeuroSystemDesign);
