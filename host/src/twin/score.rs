//! The Stability Score in `[0, 1]` (1 = stable) from the decoded activity of one window
//! and the recent variability of the observed signals:
//!
//! `score = balance · (1 − SYNC_WEIGHT·χ) / (1 + σ/SIGMA0)` where
//! - `balance = (r_pos + ε)/(r_pos + r_neg + 2ε)`, `ε = 0.005` spikes/neuron/step: the share
//!   of positive-affect activity;
//! - `χ` is the excitatory synchrony (0..=1): synchronous bursts count against stability;
//! - `σ` is the mean of the sample standard deviations of mood, stress and sleep over the last
//!   `WINDOW` samples (rating points / hours; 0 with fewer than two samples).
//!
//! Each factor lies in `[0, 1]`, so the score does too.

use super::neural::Decoded;
use super::patient::Observation;

/// Samples in the variability window (4 = one day at 6-hourly sampling).
pub const WINDOW: usize = 4;
/// Weight of synchrony.
pub const SYNC_WEIGHT: f64 = 0.5;
/// Variability at which the score is halved.
pub const SIGMA0: f64 = 2.0;
/// Rate floor ε, spikes per neuron per step.
pub const EPS: f64 = 0.005;

/// Sample standard deviation (0 for fewer than two values).
fn std_dev(x: impl Iterator<Item = f64> + Clone) -> f64 {
    let n = x.clone().count();
    if n < 2 {
        return 0.0;
    }
    let mean = x.clone().sum::<f64>() / n as f64;
    (x.map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n as f64 - 1.0)).sqrt()
}

/// Recent variability σ of the last `WINDOW` observations of `history`.
pub fn variability(history: &[Observation]) -> f64 {
    let recent = &history[history.len().saturating_sub(WINDOW)..];
    (std_dev(recent.iter().map(|o| o.mood))
        + std_dev(recent.iter().map(|o| o.stress))
        + std_dev(recent.iter().map(|o| o.sleep)))
        / 3.0
}

/// The Stability Score (see the module doc); `history` ends with the current observation.
pub fn stability(d: &Decoded, history: &[Observation]) -> f64 {
    let balance = (d.rate_pos + EPS) / (d.rate_pos + d.rate_neg + 2.0 * EPS);
    let sync = 1.0 - SYNC_WEIGHT * d.synchrony.clamp(0.0, 1.0);
    let var = 1.0 / (1.0 + variability(history) / SIGMA0);
    (balance * sync * var).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(m: f64) -> Observation {
        Observation {
            mood: m,
            stress: 5.0,
            sleep: 7.0,
        }
    }

    #[test]
    fn score_orders_balance_synchrony_and_variability() {
        let calm = [obs(5.0), obs(5.0), obs(5.0), obs(5.0)];
        let shaky = [obs(2.0), obs(8.0), obs(2.0), obs(8.0)];
        let good = Decoded {
            rate_pos: 0.2,
            rate_neg: 0.05,
            rate_inh: 0.1,
            synchrony: 0.1,
        };
        let bad = Decoded {
            rate_pos: 0.05,
            rate_neg: 0.2,
            ..good
        };
        let synced = Decoded {
            synchrony: 0.9,
            ..good
        };
        let s = stability(&good, &calm);
        assert!(s > stability(&bad, &calm));
        assert!(s > stability(&synced, &calm));
        assert!(s > stability(&good, &shaky));
        let silent = Decoded {
            rate_pos: 0.0,
            rate_neg: 0.0,
            rate_inh: 0.0,
            synchrony: 0.0,
        };
        assert_eq!(stability(&silent, &calm), 0.5);
    }
}
