//! `Ecp5Pll`: the ECP5 PLL (`EHXPLLL`) with CLKOP fed back to CLKFB.
//!
//! f_out = f_in × CLKFB_DIV / CLKI_DIV, with the VCO at f_out × CLKOP_DIV in 400–800 MHz and the phase
//! detector f_in / CLKI_DIV ≥ 3.125 MHz (the limits used by Project Trellis' `ecppll`). The output drives
//! the global clock network. `locked` is asynchronous to the output clock (see `ResetSync`).

use super::lock_model::LockModel;
use anyhow::{bail, Result};
use rust_hdl::prelude::*;

/// Divisors of the ECP5 PLL and the exact frequencies they give.
#[derive(Clone, Debug, PartialEq)]
pub struct Ecp5PllConfig {
    /// Reference frequency in Hz.
    pub f_in_hz: u64,
    /// Input divider CLKI_DIV (1–128).
    pub clki_div: u64,
    /// Feedback divider CLKFB_DIV (1–80).
    pub clkfb_div: u64,
    /// Output divider CLKOP_DIV (1–128), which sets the VCO frequency.
    pub clkop_div: u64,
}

impl Ecp5PllConfig {
    /// Finds the divisors whose output is closest to `f_out_hz`; among equal outputs, the VCO closest to
    /// the middle of its range (600 MHz).
    pub fn for_frequency(f_in_hz: u64, f_out_hz: u64) -> Result<Self> {
        let mhz = |hz: u64| hz as f64 / 1e6;
        if !(8_000_000..=400_000_000).contains(&f_in_hz) {
            bail!("ECP5 PLL input {} MHz is outside 8–400 MHz", mhz(f_in_hz));
        }
        if !(10_000_000..=400_000_000).contains(&f_out_hz) {
            bail!(
                "ECP5 PLL output {} MHz is outside 10–400 MHz",
                mhz(f_out_hz)
            );
        }
        let mut best: Option<((f64, f64), Self)> = None;
        for clki_div in 1..=128u64 {
            let f_pfd = f_in_hz as f64 / clki_div as f64;
            if f_pfd < 3.125e6 {
                break;
            }
            for clkfb_div in 1..=80u64 {
                for clkop_div in 1..=128u64 {
                    let config = Self {
                        f_in_hz,
                        clki_div,
                        clkfb_div,
                        clkop_div,
                    };
                    if !(400e6..=800e6).contains(&config.f_vco_hz()) {
                        continue;
                    }
                    let score = (
                        (config.f_out_hz() - f_out_hz as f64).abs(),
                        (config.f_vco_hz() - 600e6).abs(),
                    );
                    if best.as_ref().is_none_or(|(s, _)| score < *s) {
                        best = Some((score, config));
                    }
                }
            }
        }
        match best {
            Some((_, config)) => Ok(config),
            None => bail!(
                "no ECP5 PLL setting reaches {} MHz from {} MHz",
                mhz(f_out_hz),
                mhz(f_in_hz)
            ),
        }
    }

    /// The exact output frequency in Hz.
    pub fn f_out_hz(&self) -> f64 {
        (self.f_in_hz * self.clkfb_div) as f64 / self.clki_div as f64
    }

    /// The VCO frequency in Hz.
    pub fn f_vco_hz(&self) -> f64 {
        self.f_out_hz() * self.clkop_div as f64
    }

    /// CLKOP_CPHASE for zero phase shift (as `ecppll` computes it).
    pub fn clkop_cphase(&self) -> u64 {
        (self.clkop_div - 1) / 2
    }

    /// The divisors as text, for reports.
    pub fn describe(&self) -> String {
        format!(
            "EHXPLLL CLKOP feedback: {} MHz x CLKFB_DIV {} / CLKI_DIV {} = {} MHz (CLKOP_DIV {}, VCO {} MHz)",
            self.f_in_hz as f64 / 1e6,
            self.clkfb_div,
            self.clki_div,
            self.f_out_hz() / 1e6,
            self.clkop_div,
            self.f_vco_hz() / 1e6
        )
    }
}

/// The ECP5 PLL block.
#[derive(LogicBlock)]
pub struct Ecp5Pll {
    /// Reference clock.
    pub clock_in: Signal<In, Clock>,
    /// Core clock (CLKOP).
    pub clock_out: Signal<Out, Clock>,
    /// High while the PLL is locked (asynchronous).
    pub locked: Signal<Out, Bit>,
    _config: Ecp5PllConfig,
    _model: LockModel,
}

impl Ecp5Pll {
    /// A PLL with the given divisors.
    pub fn new(config: Ecp5PllConfig) -> Self {
        Self {
            clock_in: Default::default(),
            clock_out: Default::default(),
            locked: Default::default(),
            _config: config,
            _model: LockModel::default(),
        }
    }

    /// The divisors in use.
    pub fn config(&self) -> &Ecp5PllConfig {
        &self._config
    }
}

impl Logic for Ecp5Pll {
    fn update(&mut self) {
        self.clock_out.next = self.clock_in.val();
        self.locked.next = self._model.observe(self.clock_in.val().clk);
    }

    fn connect(&mut self) {
        self.clock_out.connect();
        self.locked.connect();
    }

    fn hdl(&self) -> Verilog {
        let c = &self._config;
        Verilog::Wrapper(Wrapper {
            code: format!(
                "\
// {describe}
(* FREQUENCY_PIN_CLKI=\"{f_in}\" *)
(* FREQUENCY_PIN_CLKOP=\"{f_out}\" *)
(* ICP_CURRENT=\"12\" *) (* LPF_RESISTOR=\"8\" *) (* MFG_ENABLE_FILTEROPAMP=\"1\" *) (* MFG_GMCREF_SEL=\"2\" *)
EHXPLLL #(
    .PLLRST_ENA(\"DISABLED\"),
    .INTFB_WAKE(\"DISABLED\"),
    .STDBY_ENABLE(\"DISABLED\"),
    .DPHASE_SOURCE(\"DISABLED\"),
    .OUTDIVIDER_MUXA(\"DIVA\"),
    .OUTDIVIDER_MUXB(\"DIVB\"),
    .OUTDIVIDER_MUXC(\"DIVC\"),
    .OUTDIVIDER_MUXD(\"DIVD\"),
    .CLKI_DIV({clki}),
    .CLKOP_ENABLE(\"ENABLED\"),
    .CLKOP_DIV({clkop}),
    .CLKOP_CPHASE({cphase}),
    .CLKOP_FPHASE(0),
    .FEEDBK_PATH(\"CLKOP\"),
    .CLKFB_DIV({clkfb})
) pll_i (
    .RST(1'b0),
    .STDBY(1'b0),
    .CLKI(clock_in),
    .CLKOP(clock_out),
    .CLKFB(clock_out),
    .PHASESEL0(1'b0),
    .PHASESEL1(1'b0),
    .PHASEDIR(1'b1),
    .PHASESTEP(1'b1),
    .PHASELOADREG(1'b1),
    .PLLWAKESYNC(1'b0),
    .ENCLKOP(1'b0),
    .LOCK(locked)
);
",
                describe = c.describe(),
                f_in = c.f_in_hz as f64 / 1e6,
                f_out = c.f_out_hz() / 1e6,
                clki = c.clki_div,
                clkop = c.clkop_div,
                cphase = c.clkop_cphase(),
                clkfb = c.clkfb_div
            ),
            cores: r#"
(* blackbox *)
module EHXPLLL(input CLKI, input CLKFB, input PHASESEL1, input PHASESEL0, input PHASEDIR, input PHASESTEP,
    input PHASELOADREG, input STDBY, input PLLWAKESYNC, input RST, input ENCLKOP, input ENCLKOS,
    input ENCLKOS2, input ENCLKOS3, output CLKOP, output CLKOS, output CLKOS2, output CLKOS3, output LOCK,
    output INTLOCK, output REFCLK, output CLKINTFB);
endmodule
"#
            .into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulx3s_100mhz_is_exact() {
        let c = Ecp5PllConfig::for_frequency(25_000_000, 100_000_000).unwrap();
        assert_eq!(
            (c.clki_div, c.clkfb_div, c.clkop_div, c.clkop_cphase()),
            (1, 4, 6, 2)
        );
        assert_eq!(c.f_out_hz(), 100e6);
        assert_eq!(c.f_vco_hz(), 600e6);
    }

    #[test]
    fn unreachable_frequencies_are_refused() {
        assert!(Ecp5PllConfig::for_frequency(25_000_000, 500_000_000).is_err());
        assert!(Ecp5PllConfig::for_frequency(1_000_000, 100_000_000).is_err());
    }
}
