//! `Ice40Pll`: the iCE40 PLL fed from its dedicated input pad (`SB_PLL40_PAD`, SIMPLE feedback).
//!
//! f_out = f_in × (DIVF + 1) / ((DIVR + 1) × 2^DIVQ), with the iCE40 limits f_in/(DIVR+1) in 10–133 MHz,
//! VCO in 533–1066 MHz and f_out in 16–275 MHz (the search follows icestorm's `icepll`).
//! The output drives the global clock network (`PLLOUTGLOBAL`). Latency: none (a clock); `locked` is
//! asynchronous to the output clock and must be synchronised (see `ResetSync`).

use super::lock_model::LockModel;
use anyhow::{bail, Result};
use rust_hdl::prelude::*;

/// Divisors of the iCE40 PLL and the exact frequencies they give.
#[derive(Clone, Debug, PartialEq)]
pub struct Ice40PllConfig {
    /// Reference frequency in Hz.
    pub f_in_hz: u64,
    /// Reference divider DIVR (0–15).
    pub divr: u64,
    /// Feedback divider DIVF (0–127).
    pub divf: u64,
    /// Output divider DIVQ (1–6), a power-of-two divide.
    pub divq: u64,
    /// Loop filter range setting for the phase detector frequency.
    pub filter_range: u64,
}

impl Ice40PllConfig {
    /// Finds the divisors whose output is closest to `f_out_hz` (ties: first in icepll's search order).
    pub fn for_frequency(f_in_hz: u64, f_out_hz: u64) -> Result<Self> {
        let mhz = |hz: f64| hz / 1e6;
        if !(10_000_000..=133_000_000).contains(&f_in_hz) {
            bail!(
                "iCE40 PLL input {} MHz is outside 10–133 MHz",
                mhz(f_in_hz as f64)
            );
        }
        if !(16_000_000..=275_000_000).contains(&f_out_hz) {
            bail!(
                "iCE40 PLL output {} MHz is outside 16–275 MHz",
                mhz(f_out_hz as f64)
            );
        }
        let mut best: Option<(f64, Self)> = None;
        for divr in 0..=15u64 {
            let f_pfd = f_in_hz as f64 / (divr + 1) as f64;
            if !(10e6..=133e6).contains(&f_pfd) {
                continue;
            }
            for divf in 0..=127u64 {
                let f_vco = f_pfd * (divf + 1) as f64;
                if !(533e6..=1066e6).contains(&f_vco) {
                    continue;
                }
                for divq in 1..=6u64 {
                    let config = Self {
                        f_in_hz,
                        divr,
                        divf,
                        divq,
                        filter_range: filter_range(f_pfd),
                    };
                    let error = (config.f_out_hz() - f_out_hz as f64).abs();
                    if best.as_ref().is_none_or(|(e, _)| error < *e) {
                        best = Some((error, config));
                    }
                }
            }
        }
        match best {
            Some((_, config)) => Ok(config),
            None => bail!(
                "no iCE40 PLL setting reaches {} MHz from {} MHz",
                mhz(f_out_hz as f64),
                mhz(f_in_hz as f64)
            ),
        }
    }

    /// The exact output frequency in Hz.
    pub fn f_out_hz(&self) -> f64 {
        (self.f_in_hz * (self.divf + 1)) as f64 / ((self.divr + 1) << self.divq) as f64
    }

    /// The VCO frequency in Hz.
    pub fn f_vco_hz(&self) -> f64 {
        (self.f_in_hz * (self.divf + 1)) as f64 / (self.divr + 1) as f64
    }

    /// The divisors as text, for reports.
    pub fn describe(&self) -> String {
        format!(
            "SB_PLL40_PAD SIMPLE: {} MHz x (DIVF {} + 1) / ((DIVR {} + 1) x 2^DIVQ {}) = {} MHz (VCO {} MHz)",
            self.f_in_hz as f64 / 1e6,
            self.divf,
            self.divr,
            self.divq,
            self.f_out_hz() / 1e6,
            self.f_vco_hz() / 1e6
        )
    }
}

/// The PLL filter range for a phase detector frequency (from icepll).
fn filter_range(f_pfd_hz: f64) -> u64 {
    match f_pfd_hz / 1e6 {
        f if f < 17.0 => 1,
        f if f < 26.0 => 2,
        f if f < 44.0 => 3,
        f if f < 66.0 => 4,
        f if f < 101.0 => 5,
        _ => 6,
    }
}

/// The iCE40 PLL block: `clock_in` must be the top-level pin of the PLL's input pad.
#[derive(LogicBlock)]
pub struct Ice40Pll {
    /// Reference clock from the package pin.
    pub clock_in: Signal<In, Clock>,
    /// Core clock (global network).
    pub clock_out: Signal<Out, Clock>,
    /// High while the PLL is locked (asynchronous).
    pub locked: Signal<Out, Bit>,
    _config: Ice40PllConfig,
    _model: LockModel,
}

impl Ice40Pll {
    /// A PLL with the given divisors.
    pub fn new(config: Ice40PllConfig) -> Self {
        Self {
            clock_in: Default::default(),
            clock_out: Default::default(),
            locked: Default::default(),
            _config: config,
            _model: LockModel::default(),
        }
    }

    /// The divisors in use.
    pub fn config(&self) -> &Ice40PllConfig {
        &self._config
    }
}

impl Logic for Ice40Pll {
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
SB_PLL40_PAD #(
    .FEEDBACK_PATH(\"SIMPLE\"),
    .DIVR(4'd{divr}),
    .DIVF(7'd{divf}),
    .DIVQ(3'd{divq}),
    .FILTER_RANGE(3'd{filter})
) pll_i (
    .PACKAGEPIN(clock_in),
    .PLLOUTGLOBAL(clock_out),
    .LOCK(locked),
    .RESETB(1'b1),
    .BYPASS(1'b0)
);
",
                describe = c.describe(),
                divr = c.divr,
                divf = c.divf,
                divq = c.divq,
                filter = c.filter_range
            ),
            cores: r#"
(* blackbox *)
module SB_PLL40_PAD(input PACKAGEPIN, output PLLOUTCORE, output PLLOUTGLOBAL, input EXTFEEDBACK,
    input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB, input LATCHINPUTVALUE,
    output SDO, input SDI, input SCLK);
parameter FEEDBACK_PATH = "SIMPLE";
parameter DIVR = 4'b0000;
parameter DIVF = 7'b0000000;
parameter DIVQ = 3'b000;
parameter FILTER_RANGE = 3'b000;
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
    fn icebreaker_48mhz_is_exact() {
        let c = Ice40PllConfig::for_frequency(12_000_000, 48_000_000).unwrap();
        assert_eq!((c.divr, c.divf, c.divq, c.filter_range), (0, 63, 4, 1));
        assert_eq!(c.f_out_hz(), 48e6);
        assert_eq!(c.f_vco_hz(), 768e6);
    }

    #[test]
    fn unreachable_frequencies_are_refused() {
        assert!(Ice40PllConfig::for_frequency(12_000_000, 300_000_000).is_err());
        assert!(Ice40PllConfig::for_frequency(5_000_000, 48_000_000).is_err());
    }

    #[test]
    fn nearest_setting_respects_limits() {
        for target in (16..=275).step_by(7) {
            let c = Ice40PllConfig::for_frequency(12_000_000, target * 1_000_000).unwrap();
            assert!(
                (533e6..=1066e6).contains(&c.f_vco_hz()),
                "{target} MHz: VCO {}",
                c.f_vco_hz()
            );
            assert!(c.divf <= 127 && c.divr <= 15 && (1..=6).contains(&c.divq));
            // Within the reachable grid the error is below one feedback step at the PFD.
            assert!(
                (c.f_out_hz() - (target * 1_000_000) as f64).abs() <= 12e6 / 2.0,
                "{target} MHz"
            );
        }
    }
}
