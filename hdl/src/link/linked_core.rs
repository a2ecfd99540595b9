//! A board design with the whole data path: UART pins -> [`LinkTop`] -> [`NeuroCore`].
//! It is a [`BoardDesign`], so a board top (PLL, reset, pins) or the emulator can run it.
//! While `reset` is high the UART input is held idle; `led` is on while the link is idle.

use rust_hdl::prelude::*;

use super::link_top::LinkTop;
use crate::boards::BoardDesign;
use crate::neurocore::{NeuroCore, NeuroCoreConfig};

/// UART link plus one NeuroCore.
#[derive(LogicBlock)]
pub struct LinkedCore {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset (holds the UART input idle).
    pub reset: Signal<In, Bit>,
    /// UART receive pin.
    pub uart_rx: Signal<In, Bit>,
    /// UART transmit pin.
    pub uart_tx: Signal<Out, Bit>,
    /// On while the link is idle.
    pub led: Signal<Out, Bit>,
    link: LinkTop,
    core: NeuroCore,
}

impl LinkedCore {
    /// The link with `divisor` clock cycles per UART bit in front of a core `cfg`.
    pub fn new(divisor: u64, cfg: NeuroCoreConfig) -> Result<Self, String> {
        Ok(LinkedCore {
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

impl Logic for LinkedCore {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, link, core);
        self.link.uart_rx.next = self.uart_rx.val() | self.reset.val();
        self.uart_tx.next = self.link.uart_tx.val();
        self.led.next = self.link.idle.val();
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
        self.core.core_reset.next = self.link.core_reset.val();
    }
}

impl BoardDesign for LinkedCore {
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
