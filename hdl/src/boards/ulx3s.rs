//! `Ulx3sTop`: the ULX3S (ECP5 LFE5U, CABGA381) board top around a [`BoardDesign`].
//!
//! Pins (`constraints/ulx3s_v20.lpf`, names as in the board's published LPF): `clk_25mhz` 25 MHz oscillator
//! (G2), `ftdi_txd` UART from the FTDI bridge (M1), `ftdi_rxd` UART to it (L4), `led[7:0]` active high
//! (B2 C2 C1 D2 D1 E2 E1 H3), `wifi_gpio0` (L2) driven high so the on-board ESP32 does not reset or
//! reprogram the FPGA. The PLL turns 25 MHz into the core clock; `ResetSync` holds the design in reset
//! until the PLL has locked. `led[0]`: the design's `led`; `led[1]`: on once the core clock domain is out
//! of reset; `led[7:2]` off.

use super::ecp5_pll::{Ecp5Pll, Ecp5PllConfig};
use super::reset_sync::ResetSync;
use super::{check_design_ports, BoardDesign};
use anyhow::Result;
use rust_hdl::prelude::*;

/// The ULX3S oscillator frequency in Hz.
pub const OSCILLATOR_HZ: u64 = 25_000_000;

/// The ULX3S board top.
#[derive(LogicBlock)]
pub struct Ulx3sTop<D: BoardDesign> {
    /// 25 MHz oscillator, G2.
    pub clk_25mhz: Signal<In, Clock>,
    /// UART receive (FTDI TXD → FPGA), M1.
    pub ftdi_txd: Signal<In, Bit>,
    /// UART transmit (FPGA → FTDI RXD), L4.
    pub ftdi_rxd: Signal<Out, Bit>,
    /// User LEDs, active high.
    pub led: Signal<Out, Bits<8>>,
    /// ESP32 GPIO0, held high.
    pub wifi_gpio0: Signal<Out, Bit>,
    /// 25 MHz → core clock.
    pub pll: Ecp5Pll,
    /// Core clock domain reset.
    pub reset_sync: ResetSync,
    /// The design-specific part (`app`: `design` is a reserved word in Verilog-2001).
    pub app: D,
}

impl<D: BoardDesign> Ulx3sTop<D> {
    /// A board top running `design` at the clock `pll` produces from the 25 MHz oscillator.
    pub fn new(mut design: D, pll: Ecp5PllConfig) -> Result<Self> {
        check_design_ports(&mut design)?;
        Ok(Self {
            clk_25mhz: Default::default(),
            ftdi_txd: Default::default(),
            ftdi_rxd: Default::default(),
            led: Default::default(),
            wifi_gpio0: Default::default(),
            pll: Ecp5Pll::new(pll),
            reset_sync: ResetSync::new(),
            app: design,
        })
    }
}

impl<D: BoardDesign> Logic for Ulx3sTop<D> {
    fn update(&mut self) {
        self.pll.clock_in.next = self.clk_25mhz.val();
        self.reset_sync.clock.next = self.pll.clock_out.val();
        self.reset_sync.locked.next = self.pll.locked.val();
        self.app.clock().next = self.pll.clock_out.val();
        self.app.reset().next = self.reset_sync.reset.val();
        self.app.uart_rx().next = self.ftdi_txd.val();
        self.ftdi_rxd.next = self.app.uart_tx().val();
        self.led.next = Bits::<8>::default()
            .replace_bit(0, self.app.led().val())
            .replace_bit(1, !self.reset_sync.reset.val());
        self.wifi_gpio0.next = true;
    }

    fn connect(&mut self) {
        self.pll.clock_in.connect();
        self.reset_sync.clock.connect();
        self.reset_sync.locked.connect();
        self.app.clock().connect();
        self.app.reset().connect();
        self.app.uart_rx().connect();
        self.ftdi_rxd.connect();
        self.led.connect();
        self.wifi_gpio0.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
always @(*) begin
    pll$clock_in = clk_25mhz;
    reset_sync$clock = pll$clock_out;
    reset_sync$locked = pll$locked;
    app$clock = pll$clock_out;
    app$reset = reset_sync$reset;
    app$uart_rx = ftdi_txd;
    ftdi_rxd = app$uart_tx;
    led = {6'b000000, ~reset_sync$reset, app$led};
    wifi_gpio0 = 1'b1;
end
"
            .into(),
        )
    }
}
