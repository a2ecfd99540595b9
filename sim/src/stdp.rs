//! STDP v1: integer-only spike-timing-dependent plasticity, bit-exact with the hardware.
//!
//! Every source `s` (input channel or recurrent neuron) has an 8-bit unsigned
//! pre-trace `x[s]`, every neuron `n` an 8-bit unsigned post-trace `y[n]`; all start at 0.
//! A *pre event* of source `s` at step `t` is the event the synapse unit sees at step `t`:
//! an input spike of channel `s` at step `t`, or, for `s = inputs + m`, a spike of neuron
//! `m` at step `t - 1`. A *post spike* of neuron `n` at step `t` is its output spike at `t`.
//!
//! After the neuron updates of step `t` (which used the weights as they were at the start
//! of the step), in this order:
//! 1. **Decay** every trace: `x = decay(x, pre_decay_shift)`, `y = decay(y, post_decay_shift)`
//!    where `decay(z, k) = z - max(z >> k, min(z, 1))`: a shift-based exponential decay
//!    that still reaches 0 (once `z >> k` is 0 it falls by 1 per step).
//! 2. **Weights**: for every plastic source `s` and every neuron `n`,
//!    `pot = post_spike[n] ? (x[s] >> plus_shift) : 0`,
//!    `dep = pre_event[s] ? (y[n] >> minus_shift) : 0`, and if `pot != dep`,
//!    `w[s][n] = clamp(w[s][n] + pot - dep, w_min, w_max)`. The traces used are the
//!    decayed ones of step 1, so they hold only spikes of earlier steps: a pre/post pair
//!    in the same step changes nothing.
//! 3. **Jump**: `x[s] = min(255, x[s] + pre_increment)` for every pre event,
//!    `y[n] = min(255, y[n] + post_increment)` for every post spike.
//!
//! Pre-before-post by `Δt > 0` steps potentiates by `decay^Δt(pre_increment) >> plus_shift`;
//! post-before-pre by `Δt` depresses by `decay^Δt(post_increment) >> minus_shift`: the
//! classic asymmetric exponential window, see [`window`].

/// Per-core STDP parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StdpParams {
    /// Pre-trace decay shift, 0..=7 (3 bits). Larger = slower decay (τ ≈ 2^k steps).
    pub pre_decay_shift: u8,
    /// Post-trace decay shift, 0..=7 (3 bits).
    pub post_decay_shift: u8,
    /// Pre-trace jump on a pre event, 1..=255.
    pub pre_increment: u8,
    /// Post-trace jump on a post spike, 1..=255.
    pub post_increment: u8,
    /// Potentiation rate: `pot = x >> plus_shift`, 0..=7 (3 bits).
    pub plus_shift: u8,
    /// Depression rate: `dep = y >> minus_shift`, 0..=7 (3 bits).
    pub minus_shift: u8,
    /// Lowest weight learning can reach (8-bit signed), `w_min <= w_max`.
    pub w_min: i8,
    /// Highest weight learning can reach (8-bit signed).
    pub w_max: i8,
}

impl Default for StdpParams {
    fn default() -> Self {
        StdpParams {
            pre_decay_shift: 2,
            post_decay_shift: 3,
            pre_increment: 255,
            post_increment: 255,
            plus_shift: 4,
            minus_shift: 5,
            w_min: -128,
            w_max: 127,
        }
    }
}

/// Largest decay and learning-rate shift (3 bits).
pub const MAX_STDP_SHIFT: u8 = 7;

impl StdpParams {
    /// Check every field against its range; the error names the field and the range.
    pub fn validate(&self) -> Result<(), String> {
        for (name, v) in [
            ("pre_decay_shift", self.pre_decay_shift),
            ("post_decay_shift", self.post_decay_shift),
            ("plus_shift", self.plus_shift),
            ("minus_shift", self.minus_shift),
        ] {
            if v > MAX_STDP_SHIFT {
                return Err(format!("{name} = {v} is out of range 0..=7"));
            }
        }
        for (name, v) in [
            ("pre_increment", self.pre_increment),
            ("post_increment", self.post_increment),
        ] {
            if v == 0 {
                return Err(format!("{name} = 0 is out of range 1..=255"));
            }
        }
        if self.w_min > self.w_max {
            return Err(format!(
                "w_min = {} is greater than w_max = {}",
                self.w_min, self.w_max
            ));
        }
        Ok(())
    }
}

/// One step of trace decay: `z - max(z >> k, min(z, 1))`.
#[inline(always)]
pub fn decay(z: u8, k: u8) -> u8 {
    z - (z >> k).max(z.min(1))
}

/// Trace jump on a spike: `min(255, z + inc)`.
#[inline(always)]
pub fn jump(z: u8, inc: u8) -> u8 {
    z.saturating_add(inc)
}

/// The weight after one STDP update of one synapse (step 2 of the module docs).
/// `x` is the source's decayed pre-trace, `y` the neuron's decayed post-trace.
#[inline(always)]
pub fn update_weight(p: &StdpParams, w: i8, x: u8, y: u8, pre_event: bool, post_spike: bool) -> i8 {
    let pot = if post_spike {
        (x >> p.plus_shift) as i16
    } else {
        0
    };
    let dep = if pre_event {
        (y >> p.minus_shift) as i16
    } else {
        0
    };
    if pot == dep {
        return w;
    }
    (w as i16 + pot - dep).clamp(p.w_min as i16, p.w_max as i16) as i8
}

/// Weight change of one plastic synapse (starting at weight 0, far from the clip limits)
/// after a single pre event at step 0 and a single post spike at step `dt`
/// (`dt > 0`: pre before post; `dt < 0`: post before pre), both traces starting at 0.
pub fn window(p: &StdpParams, dt: i32) -> i32 {
    let (pre_at, post_at) = if dt >= 0 { (0, dt) } else { (-dt, 0) };
    let last = pre_at.max(post_at);
    let (mut x, mut y, mut w) = (0u8, 0u8, 0i8);
    let free = StdpParams {
        w_min: i8::MIN,
        w_max: i8::MAX,
        ..*p
    };
    for t in 0..=last {
        x = decay(x, p.pre_decay_shift);
        y = decay(y, p.post_decay_shift);
        let pre = t == pre_at;
        let post = t == post_at;
        w = update_weight(&free, w, x, y, pre, post);
        if pre {
            x = jump(x, p.pre_increment);
        }
        if post {
            y = jump(y, p.post_increment);
        }
    }
    w as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decay_reaches_zero() {
        let mut z = 255u8;
        let mut seq = vec![z];
        while z > 0 {
            z = decay(z, 2);
            seq.push(z);
        }
        assert_eq!(
            seq,
            [255, 192, 144, 108, 81, 61, 46, 35, 27, 21, 16, 12, 9, 7, 6, 5, 4, 3, 2, 1, 0]
        );
        assert_eq!(decay(0, 0), 0);
        assert_eq!(decay(200, 0), 0);
    }

    #[test]
    fn jump_saturates() {
        assert_eq!(jump(200, 100), 255);
        assert_eq!(jump(10, 5), 15);
    }

    #[test]
    fn update_clips_and_skips_equal() {
        let p = StdpParams {
            w_min: -10,
            w_max: 10,
            plus_shift: 0,
            minus_shift: 0,
            ..Default::default()
        };
        assert_eq!(update_weight(&p, 5, 100, 0, false, true), 10);
        assert_eq!(update_weight(&p, -5, 0, 100, true, false), -10);
        // pot == dep: untouched even outside [w_min, w_max]
        assert_eq!(update_weight(&p, 50, 7, 7, true, true), 50);
        assert_eq!(update_weight(&p, 3, 9, 4, true, true), 8);
    }

    #[test]
    fn window_by_hand() {
        let p = StdpParams::default();
        // Δt = 1: pre trace 255 decayed once = 192, >> 4 = 12.
        assert_eq!(window(&p, 1), 12);
        assert_eq!(window(&p, 2), 9);
        // Δt = -1: post trace 255 decayed once with k = 3 = 224, >> 5 = 7.
        assert_eq!(window(&p, -1), -7);
        assert_eq!(window(&p, 0), 0);
    }
}
