//! NC-LIF v1: the neuron rule, exactly as the hardware computes it.
//!
//! All arithmetic is two's-complement integer arithmetic. `sat16(x)` clamps to
//! `[-32768, 32767]`; `x >>> k` is an arithmetic right shift (floor division by `2^k`,
//! so `-1 >>> 4 == -1`).
//!
//! One step of one neuron, given its accumulated synaptic input `a` (an exact sum,
//! see [`crate::core::Core::step`]):
//! 1. `i = sat16(i - (i >>> syn_shift) + a)`
//! 2. if `ref > 0`: `ref -= 1`, `v` unchanged, no spike; otherwise
//!    `v = sat16(v - (v >>> mem_shift) + i + bias)` and, if `v >= threshold`, the neuron
//!    spikes, `v` becomes `0` (reset "zero") or `v - threshold` (reset "subtract") and
//!    `ref = refractory`.

/// Largest value of the refractory countdown and of the `refractory` parameter (4 bits).
pub const MAX_REFRACTORY: u8 = 15;
/// Largest `syn_shift` / `mem_shift` (4 bits).
pub const MAX_SHIFT: u8 = 15;

/// Clamp to the signed 16-bit range.
#[inline(always)]
pub fn sat16(x: i32) -> i16 {
    x.clamp(i16::MIN as i32, i16::MAX as i32) as i16
}

/// What happens to the membrane after a spike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Reset {
    /// `v = 0`.
    #[default]
    Zero,
    /// `v = v - threshold`.
    Subtract,
}

impl Reset {
    /// The name used in network files.
    pub fn name(self) -> &'static str {
        match self {
            Reset::Zero => "zero",
            Reset::Subtract => "subtract",
        }
    }
}

/// Per-neuron parameters. Ranges are enforced by [`NeuronParams::validate`] and by the
/// network file reader; the hardware stores them in these widths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeuronParams {
    /// Synaptic current decay shift, 0..=15 (4 bits). 0 means `i` keeps only this step's input.
    pub syn_shift: u8,
    /// Membrane leak shift, 0..=15 (4 bits).
    pub mem_shift: u8,
    /// Constant membrane drive added every non-refractory step (16-bit signed).
    pub bias: i16,
    /// Firing threshold, 1..=32767 (positive 16-bit signed).
    pub threshold: i16,
    /// Reset mode (1 bit).
    pub reset: Reset,
    /// Refractory period in steps, 0..=15 (4 bits).
    pub refractory: u8,
}

impl Default for NeuronParams {
    fn default() -> Self {
        NeuronParams {
            syn_shift: 2,
            mem_shift: 3,
            bias: 0,
            threshold: 200,
            reset: Reset::Zero,
            refractory: 2,
        }
    }
}

impl NeuronParams {
    /// Check every field against its range; the error names the field and the range.
    pub fn validate(&self) -> Result<(), String> {
        if self.syn_shift > MAX_SHIFT {
            return Err(format!(
                "syn_shift = {} is out of range 0..=15",
                self.syn_shift
            ));
        }
        if self.mem_shift > MAX_SHIFT {
            return Err(format!(
                "mem_shift = {} is out of range 0..=15",
                self.mem_shift
            ));
        }
        if self.threshold < 1 {
            return Err(format!(
                "threshold = {} is out of range 1..=32767",
                self.threshold
            ));
        }
        if self.refractory > MAX_REFRACTORY {
            return Err(format!(
                "refractory = {} is out of range 0..=15",
                self.refractory
            ));
        }
        Ok(())
    }
}

/// Per-neuron state. All fields start at 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct NeuronState {
    /// Synaptic current (16-bit signed).
    pub i: i16,
    /// Membrane potential (16-bit signed).
    pub v: i16,
    /// Refractory countdown, 0..=15 (4 bits).
    pub refr: u8,
}

/// One NC-LIF v1 update of one neuron with accumulated input `a`.
/// Returns the new state and whether the neuron spiked.
#[inline(always)]
pub fn lif_update(p: &NeuronParams, s: NeuronState, a: i32) -> (NeuronState, bool) {
    let i32_i = s.i as i32;
    let i = sat16(i32_i - (i32_i >> p.syn_shift) + a);
    if s.refr > 0 {
        return (
            NeuronState {
                i,
                v: s.v,
                refr: s.refr - 1,
            },
            false,
        );
    }
    let v32 = s.v as i32;
    let v = sat16(v32 - (v32 >> p.mem_shift) + i as i32 + p.bias as i32);
    if v >= p.threshold {
        let v = match p.reset {
            Reset::Zero => 0,
            // v >= threshold >= 1, so v - threshold is in 0..=32766: no overflow.
            Reset::Subtract => v - p.threshold,
        };
        (
            NeuronState {
                i,
                v,
                refr: p.refractory,
            },
            true,
        )
    } else {
        (NeuronState { i, v, refr: 0 }, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> NeuronParams {
        NeuronParams {
            syn_shift: 2,
            mem_shift: 3,
            bias: 0,
            threshold: 100,
            reset: Reset::Zero,
            refractory: 2,
        }
    }

    #[test]
    fn sat16_clamps_both_ways() {
        assert_eq!(sat16(40_000), 32767);
        assert_eq!(sat16(-40_000), -32768);
        assert_eq!(sat16(-5), -5);
    }

    #[test]
    fn negative_shifts_floor() {
        // i = -1: -1 >>> 2 = -1, so i - (i>>>2) = 0.
        let s = NeuronState {
            i: -1,
            v: -1,
            refr: 0,
        };
        let (n, spk) = lif_update(&p(), s, 0);
        assert_eq!(n.i, 0);
        // v = -1 - (-1) + 0 + 0 = 0
        assert_eq!(n.v, 0);
        assert!(!spk);
        // i = -7: -7 >>> 2 = -2 (floor of -1.75); -7 + 2 = -5; plus a = 0.
        let (n, _) = lif_update(
            &p(),
            NeuronState {
                i: -7,
                v: 0,
                refr: 0,
            },
            0,
        );
        assert_eq!(n.i, -5);
        // v = 0 - 0 + (-5) = -5
        assert_eq!(n.v, -5);
    }

    #[test]
    fn current_saturates_high_and_low() {
        let (n, _) = lif_update(
            &p(),
            NeuronState {
                i: 32000,
                v: 0,
                refr: 1,
            },
            10_000,
        );
        // 32000 - 8000 + 10000 = 34000 -> 32767
        assert_eq!(n.i, 32767);
        let (n, _) = lif_update(
            &p(),
            NeuronState {
                i: -32000,
                v: 0,
                refr: 1,
            },
            -10_000,
        );
        // -32000 + 8000 - 10000 = -34000 -> -32768
        assert_eq!(n.i, -32768);
    }

    #[test]
    fn membrane_saturates_low() {
        let mut q = p();
        q.bias = -32768;
        q.mem_shift = 15;
        // v = -30000 - (-1) + (-20000 - (-5000)... ) computed by hand below
        let s = NeuronState {
            i: -20000,
            v: -30000,
            refr: 0,
        };
        let (n, spk) = lif_update(&q, s, 0);
        // i = -20000 - (-5000) = -15000; v = -30000 - (-1) + -15000 + -32768 -> -32768
        assert_eq!(n.i, -15000);
        assert_eq!(n.v, -32768);
        assert!(!spk);
    }

    #[test]
    fn membrane_saturates_high_then_spikes() {
        let mut q = p();
        q.threshold = 32767;
        q.reset = Reset::Subtract;
        let s = NeuronState {
            i: 30000,
            v: 30000,
            refr: 0,
        };
        let (n, spk) = lif_update(&q, s, 0);
        // i = 30000 - 7500 = 22500; v = 30000 - 3750 + 22500 = 48750 -> 32767 >= 32767
        assert!(spk);
        assert_eq!(n.i, 22500);
        assert_eq!(n.v, 0);
        assert_eq!(n.refr, 2);
    }

    #[test]
    fn subtract_reset_keeps_remainder() {
        let mut q = p();
        q.reset = Reset::Subtract;
        let s = NeuronState {
            i: 0,
            v: 96,
            refr: 0,
        };
        // i = 0 + 40 = 40; v = 96 - 12 + 40 = 124 >= 100 -> 24
        let (n, spk) = lif_update(&q, s, 40);
        assert!(spk);
        assert_eq!(
            n,
            NeuronState {
                i: 40,
                v: 24,
                refr: 2
            }
        );
    }

    #[test]
    fn zero_reset_and_refractory_countdown() {
        let s = NeuronState {
            i: 0,
            v: 96,
            refr: 0,
        };
        let (s, spk) = lif_update(&p(), s, 40);
        assert!(spk);
        assert_eq!(
            s,
            NeuronState {
                i: 40,
                v: 0,
                refr: 2
            }
        );
        // Refractory: i still integrates, v frozen, no spike even with huge input.
        let (s, spk) = lif_update(&p(), s, 1000);
        assert!(!spk);
        assert_eq!(
            s,
            NeuronState {
                i: 1030,
                v: 0,
                refr: 1
            }
        );
        let (s, spk) = lif_update(&p(), s, 0);
        assert!(!spk);
        assert_eq!(
            s,
            NeuronState {
                i: 773,
                v: 0,
                refr: 0
            }
        );
        // Free again: v = 0 - 0 + 580 = 580 >= 100.
        let (s, spk) = lif_update(&p(), s, 0);
        assert!(spk);
        assert_eq!(
            s,
            NeuronState {
                i: 580,
                v: 0,
                refr: 2
            }
        );
    }

    #[test]
    fn shift_zero_forgets_everything() {
        let mut q = p();
        q.syn_shift = 0;
        q.mem_shift = 0;
        let (s, _) = lif_update(
            &q,
            NeuronState {
                i: 500,
                v: 50,
                refr: 0,
            },
            7,
        );
        assert_eq!(
            s,
            NeuronState {
                i: 7,
                v: 7,
                refr: 0
            }
        );
    }

    #[test]
    fn validate_names_field() {
        let mut q = p();
        q.syn_shift = 16;
        assert!(q.validate().unwrap_err().contains("syn_shift"));
        let mut q = p();
        q.threshold = 0;
        assert!(q.validate().unwrap_err().contains("1..=32767"));
    }
}
