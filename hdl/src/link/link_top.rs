//! The link as the board sees it: UART pins in and out, the control port and step
//! interface towards the core. `UartRx` -> [`LinkEngine`] -> `UartTx` run on the link clock,
//! half the core clock, made and bridged to the core clock by a [`HalfRateBridge`]: every
//! port of this block is on the core clock.

use rust_hdl::prelude::*;

use super::engine::LinkEngine;
use super::half_rate_bridge::HalfRateBridge;
use super::uart_rx::UartRx;
use super::uart_tx::UartTx;

/// UART pins to NeuroCore control port.
#[derive(LogicBlock)]
pub struct LinkTop {
    /// Core clock (the link runs at half of it).
    pub clock: Signal<In, Clock>,
    /// UART receive pin (from the host; idle high).
    pub uart_rx: Signal<In, Bit>,
    /// UART transmit pin (to the host; idle high).
    pub uart_tx: Signal<Out, Bit>,
    /// Control port word address.
    pub ctrl_addr: Signal<Out, Bits<24>>,
    /// Control port write data.
    pub ctrl_wdata: Signal<Out, Bits<16>>,
    /// Control port write strobe.
    pub ctrl_write: Signal<Out, Bit>,
    /// Control port read strobe.
    pub ctrl_read: Signal<Out, Bit>,
    /// Control port ready.
    pub ctrl_ready: Signal<In, Bit>,
    /// Control port read data.
    pub ctrl_rdata: Signal<In, Bits<16>>,
    /// Control port read data valid.
    pub ctrl_rvalid: Signal<In, Bit>,
    /// Input channel for the next step.
    pub in_spike: Signal<Out, Bits<16>>,
    /// Push `in_spike`.
    pub in_spike_write: Signal<Out, Bit>,
    /// Start a step.
    pub step_start: Signal<Out, Bit>,
    /// A step runs.
    pub busy: Signal<In, Bit>,
    /// A step finished.
    pub done: Signal<In, Bit>,
    /// Head of the output queue.
    pub out_spike: Signal<In, Bits<16>>,
    /// The output queue is not empty.
    pub out_spike_valid: Signal<In, Bit>,
    /// Pop the output queue.
    pub out_spike_read: Signal<Out, Bit>,
    /// Core reset strobe.
    pub core_reset: Signal<Out, Bit>,
    /// One link-cycle pulse per UART byte with a bad stop bit (link clock; for a status LED).
    pub line_error: Signal<Out, Bit>,
    /// No command in progress, nothing being sent (link clock; for a status LED).
    pub idle: Signal<Out, Bit>,
    bridge: HalfRateBridge,
    rx: UartRx,
    engine: LinkEngine,
    tx: UartTx,
}

impl LinkTop {
    /// A link with `divisor` core clock cycles per UART bit (even, at least 8: the UARTs
    /// count `divisor / 2` link clock cycles) for a core of `inputs` channels and `neurons`
    /// neurons.
    pub fn new(divisor: u64, inputs: usize, neurons: usize) -> Result<Self, String> {
        if !divisor.is_multiple_of(2) || !(8..=0x1_FFFE).contains(&divisor) {
            return Err(format!(
                "UART divisor {divisor}: the link runs at half the core clock, so a bit must \
                 last an even number of core clock cycles, 8 to 131070"
            ));
        }
        Ok(LinkTop {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            ctrl_addr: Default::default(),
            ctrl_wdata: Default::default(),
            ctrl_write: Default::default(),
            ctrl_read: Default::default(),
            ctrl_ready: Default::default(),
            ctrl_rdata: Default::default(),
            ctrl_rvalid: Default::default(),
            in_spike: Default::default(),
            in_spike_write: Default::default(),
            step_start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            out_spike: Default::default(),
            out_spike_valid: Default::default(),
            out_spike_read: Default::default(),
            core_reset: Default::default(),
            line_error: Default::default(),
            idle: Default::default(),
            bridge: Default::default(),
            rx: UartRx::new(divisor / 2),
            engine: LinkEngine::new(inputs, neurons)?,
            tx: UartTx::new(divisor / 2),
        })
    }
}

impl Logic for LinkTop {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, bridge);
        self.rx.clock.next = self.bridge.link_clock.val();
        self.engine.clock.next = self.bridge.link_clock.val();
        self.tx.clock.next = self.bridge.link_clock.val();
        self.rx.rx.next = self.uart_rx.val();
        self.uart_tx.next = self.tx.tx.val();
        self.line_error.next = self.rx.framing_error.val();
        self.idle.next = self.engine.idle.val() & self.tx.ready.val();
        self.engine.rx_data.next = self.rx.data.val();
        self.engine.rx_valid.next = self.rx.valid.val();
        self.tx.data.next = self.engine.tx_data.val();
        self.tx.start.next = self.engine.tx_valid.val();
        self.engine.tx_ready.next = self.tx.ready.val();
        // engine <-> bridge (link clock)
        self.bridge.l_ctrl_addr.next = self.engine.ctrl_addr.val();
        self.bridge.l_ctrl_wdata.next = self.engine.ctrl_wdata.val();
        self.bridge.l_ctrl_write.next = self.engine.ctrl_write.val();
        self.bridge.l_ctrl_read.next = self.engine.ctrl_read.val();
        self.engine.ctrl_ready.next = self.bridge.l_ctrl_ready.val();
        self.engine.ctrl_rdata.next = self.bridge.l_ctrl_rdata.val();
        self.engine.ctrl_rvalid.next = self.bridge.l_ctrl_rvalid.val();
        self.bridge.l_in_spike.next = self.engine.in_spike.val();
        self.bridge.l_in_spike_write.next = self.engine.in_spike_write.val();
        self.bridge.l_step_start.next = self.engine.step_start.val();
        self.engine.busy.next = self.bridge.l_busy.val();
        self.engine.done.next = self.bridge.l_done.val();
        self.engine.out_spike.next = self.bridge.l_out_spike.val();
        self.engine.out_spike_valid.next = self.bridge.l_out_spike_valid.val();
        self.bridge.l_out_spike_read.next = self.engine.out_spike_read.val();
        self.bridge.l_core_reset.next = self.engine.core_reset.val();
        // bridge <-> core (core clock)
        self.ctrl_addr.next = self.bridge.c_ctrl_addr.val();
        self.ctrl_wdata.next = self.bridge.c_ctrl_wdata.val();
        self.ctrl_write.next = self.bridge.c_ctrl_write.val();
        self.ctrl_read.next = self.bridge.c_ctrl_read.val();
        self.bridge.c_ctrl_ready.next = self.ctrl_ready.val();
        self.bridge.c_ctrl_rdata.next = self.ctrl_rdata.val();
        self.bridge.c_ctrl_rvalid.next = self.ctrl_rvalid.val();
        self.in_spike.next = self.bridge.c_in_spike.val();
        self.in_spike_write.next = self.bridge.c_in_spike_write.val();
        self.step_start.next = self.bridge.c_step_start.val();
        self.bridge.c_busy.next = self.busy.val();
        self.bridge.c_done.next = self.done.val();
        self.bridge.c_out_spike.next = self.out_spike.val();
        self.bridge.c_out_spike_valid.next = self.out_spike_valid.val();
        self.out_spike_read.next = self.bridge.c_out_spike_read.val();
        self.core_reset.next = self.bridge.c_core_reset.val();
    }
}
