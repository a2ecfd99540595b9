//! `IceBreakerTop`: the iCEBreaker (iCE40UP5K-SG48) board top around a [`BoardDesign`].
//!
//! Pins (`constraints/icebreaker.pcf`): `clk` 12 MHz oscillator (pin 35, the PLL input pad), `rx` UART from
//! the FTDI bridge (pin 6), `tx` UART to it (pin 9), `ledr_n` red LED (pin 11) and `ledg_n` green LED (pin 37),
//! both active low. The PLL turns 12 MHz into the core clock; `ResetSync` holds the design in reset until
//! the PLL has locked. Red LED: the design's `led`. Green LED: on once the core clock domain is out of
//! reset (PLL locked and its clock running).

use super::ice40_pll::{Ice40Pll, Ice40PllConfig};
use super::reset_sync::ResetSync;
use super::{check_design_ports, BoardDesign};
use anyhow::Result;
use rust_hdl::prelude::*;

/// The iCEBreaker's oscillator frequency in Hz.
pub const OSCILLATOR_HZ: u64 = 12_000_000;

/// The iCEBreaker board top.
#[derive(LogicBlock)]
pub struct IceBreakerTop<D: BoardDesign> {
    /// 12 MHz oscillator, pin 35.
    pub clk: Signal<In, Clock>,
    /// UART receive (FTDI TXD → FPGA), pin 6.
    pub rx: Signal<In, Bit>,
    /// UART transmit (FPGA → FTDI RXD), pin 9.
    pub tx: Signal<Out, Bit>,
    /// Red LED, active low, pin 11.
    pub ledr_n: Signal<Out, Bit>,
    /// Green LED, active low, pin 37.
    pub ledg_n: Signal<Out, Bit>,
    /// 12 MHz → core clock.
    pub pll: Ice40Pll,
    /// Core clock domain reset.
    pub reset_sync: ResetSync,
    /// The design-specific part (`app`: `design` is a reserved word in Verilog-2001).
    pub app: D,
}

impl<D: BoardDesign> IceBreakerTop<D> {
    /// A board top running `design` at the clock `pll` produces from the 12 MHz oscillator.
    pub fn new(mut design: D, pll: Ice40PllConfig) -> Result<Self> {
        check_design_ports(&mut design)?;
        Ok(Self {
            clk: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            ledr_n: Default::default(),
            ledg_n: Default::default(),
            pll: Ice40Pll::new(pll),
            reset_sync: ResetSync::new(),
            app: design,
        })
    }
}

impl<D: BoardDesign> Logic for IceBreakerTop<D> {
    fn update(&mut self) {
        self.pll.clock_in.next = self.clk.val();
        self.reset_sync.clock.next = self.pll.clock_out.val();
        self.reset_sync.locked.next = self.pll.locked.val();
        self.app.clock().next = self.pll.clock_out.val();
        self.app.reset().next = self.reset_sync.reset.val();
        self.app.uart_rx().next = self.rx.val();
        self.tx.next = self.app.uart_tx().val();
        self.ledr_n.next = !self.app.led().val();
        self.ledg_n.next = self.reset_sync.reset.val();
    }

    fn connect(&mut self) {
        self.pll.clock_in.connect();
        self.reset_sync.clock.connect();
        self.reset_sync.locked.connect();
        self.app.clock().connect();
        self.app.reset().connect();
        self.app.uart_rx().connect();
        self.tx.connect();
        self.ledr_n.connect();
        self.ledg_n.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
always @(*) begin
    pll$clock_in = clk;
    reset_sync$clock = pll$clock_out;
    reset_sync$locked = pll$locked;
    app$clock = pll$clock_out;
    app$reset = reset_sync$reset;
    app$uart_rx = rx;
    tx = app$uart_tx;
    ledr_n = ~app$led;
    ledg_n = reset_sync$reset;
end
"
            .into(),
        )
    }
}
