//! `CoreOnly`: the NeuroCore without its serial link, as a board design for measuring the
//! core's resources and Fmax (`neurocore build --design core-only`). It is not a usable
//! image: nothing talks to the core.
//!
//! A 63-bit shift register clocked from the UART receive pin drives every core input
//! (control port, input spike, step start, output pop, core reset), so synthesis can
//! optimise none of the core away; the core's outputs are XOR-reduced into one register
//! that drives the UART transmit pin, `busy` drives the LED. The harness adds 63 + 1
//! flip-flops and about 15 LUTs to the core's figures.

use rust_hdl::prelude::*;

use crate::neurocore::{NeuroCore, NeuroCoreConfig};

/// The NeuroCore driven by a shift register.
#[derive(LogicBlock)]
pub struct CoreOnly {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Active-high synchronous reset (holds the core in `core_reset`).
    pub reset: Signal<In, Bit>,
    /// Shift-register input.
    pub uart_rx: Signal<In, Bit>,
    /// XOR of the core's outputs, registered.
    pub uart_tx: Signal<Out, Bit>,
    /// The core's `busy`.
    pub led: Signal<Out, Bit>,
    core: NeuroCore,
    sr: DFF<Bits<63>>,
    out: DFF<Bit>,
}

impl CoreOnly {
    /// A NeuroCore of `cfg` behind the shift register.
    pub fn new(cfg: NeuroCoreConfig) -> Result<Self, String> {
        Ok(CoreOnly {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led: Default::default(),
            core: NeuroCore::new(cfg)?,
            sr: Default::default(),
            out: Default::default(),
        })
    }
}

impl Logic for CoreOnly {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sr, out);
        clock!(self, clock, core);
        // shifting only while the core is idle keeps yosys from merging the core's input
        // registers with the shift register's (same D input, same clock)
        if !self.core.busy.val() {
            self.sr.d.next = self.sr.q.val() << 1;
            if self.uart_rx.val() {
                self.sr.d.next = (self.sr.q.val() << 1) | 1;
            }
        }
        self.core.ctrl_addr.next = self.sr.q.val().get_bits::<24>(0);
        self.core.ctrl_wdata.next = self.sr.q.val().get_bits::<16>(24);
        self.core.in_spike.next = self.sr.q.val().get_bits::<16>(40);
        self.core.ctrl_write.next = self.sr.q.val().get_bit(56);
        self.core.ctrl_read.next = self.sr.q.val().get_bit(57);
        self.core.in_spike_write.next = self.sr.q.val().get_bit(58);
        self.core.step_start.next = self.sr.q.val().get_bit(59);
        self.core.out_spike_read.next = self.sr.q.val().get_bit(60);
        self.core.core_reset.next = self.sr.q.val().get_bit(61) | self.reset.val();
        self.out.d.next = self.core.ctrl_rdata.val().xor()
            ^ self.core.out_spike.val().xor()
            ^ self.core.ctrl_ready.val()
            ^ self.core.ctrl_rvalid.val()
            ^ self.core.done.val()
            ^ self.core.out_spike_valid.val()
            ^ self.sr.q.val().get_bit(62);
        self.uart_tx.next = self.out.q.val();
        self.led.next = self.core.busy.val();
    }
}

impl_board_design!(CoreOnly);
