//! The neural twin: the patient's affective circuit as a NeuroCore network, the spike-rate
//! encoder of the observed signals, the drug → excitability mapping and the decoder.
//!
//! Layout (fits the UP5K configuration: 96 inputs, 50 neurons):
//! - inputs `0..16` mood, `16..32` stress, `32..48` sleep (fixed pathway, 16 channels each);
//!   `48..96` the same three signals again (adaptive pathway, plastic);
//! - neurons `0..20` POS (positive affect), `20..40` NEG (negative affect / threat),
//!   `40..50` INH (inhibitory interneurons).
//!
//! Synapses exist with probability 1/2 (drawn from the run seed), weights uniform in:
//! mood→POS 16..=28, sleep→POS 6..=12, stress→NEG 16..=28, POS→POS 2..=6, NEG→NEG 2..=8,
//! POS→NEG and NEG→POS −8..=−2, POS/NEG→INH 8..=14, INH→POS/NEG −16..=−8; `weight_shift` 1.
//! Every neuron: syn_shift 2, mem_shift 3, threshold 1024, zero reset, refractory 2.
//! The adaptive rows (48..96) start at 0 and are plastic under STDP (pre/post decay shift
//! 3/3, increments 96, plus/minus shift 6/5 so depression dominates uncorrelated pairs,
//! weights 0..=12): they learn which population the patient's signals drive, bounded so
//! that they cannot erase the fixed pathway's selectivity.

use std::ops::Range;

use anyhow::Result;
use neurosim::{Network, NeuronParams, Reset, Stdp, StdpParams};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::drug::Action;
use super::patient::Observation;
use crate::board::Board;

/// Input channels per signal.
pub const CHANNELS: usize = 16;
/// Mood input channels.
pub const IN_MOOD: Range<usize> = 0..16;
/// Stress input channels.
pub const IN_STRESS: Range<usize> = 16..32;
/// Sleep input channels.
pub const IN_SLEEP: Range<usize> = 32..48;
/// Channels of the adaptive (plastic) pathway: a second copy of the three signals,
/// `48..64` mood, `64..80` stress, `80..96` sleep.
pub const IN_ADAPTIVE: Range<usize> = 48..96;
/// Total input channels.
pub const INPUTS: usize = 96;
/// Positive-affect neurons.
pub const POS: Range<usize> = 0..20;
/// Negative-affect neurons.
pub const NEG: Range<usize> = 20..40;
/// Inhibitory neurons.
pub const INH: Range<usize> = 40..50;
/// Total neurons.
pub const NEURONS: usize = 50;

/// RNG stream of the network's connectivity.
const NETWORK_STREAM: u64 = 2;
/// RNG stream of the encoder.
const ENCODER_STREAM: u64 = 3;

/// Lowest and highest per-step spike probability of an input channel.
pub const RATE_MIN: f64 = 0.02;
/// See [`RATE_MIN`].
pub const RATE_MAX: f64 = 0.30;

/// Largest bias added (POS, SSRI) or removed (NEG) at full effect, membrane units per step.
pub const BIAS_GAIN: f64 = 48.0;

/// Base parameters of every neuron.
pub fn base_params() -> NeuronParams {
    NeuronParams {
        syn_shift: 2,
        mem_shift: 3,
        bias: 0,
        threshold: 1024,
        reset: Reset::Zero,
        refractory: 2,
    }
}

/// Build the affective-circuit network for a run seed (see the module doc).
pub fn build_network(seed: u64) -> Network {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(NETWORK_STREAM);
    let mut net = Network::new(INPUTS, NEURONS, 1, base_params());
    let mut connect = |net: &mut Network, src: Range<usize>, dst: Range<usize>, lo: i8, hi: i8| {
        for s in src {
            for n in dst.clone() {
                if rng.gen_bool(0.5) {
                    net.set_weight(s, n, rng.gen_range(lo..=hi));
                }
            }
        }
    };
    let rec = |r: Range<usize>| INPUTS + r.start..INPUTS + r.end;
    connect(&mut net, IN_MOOD, POS, 16, 28);
    connect(&mut net, IN_SLEEP, POS, 6, 12);
    connect(&mut net, IN_STRESS, NEG, 16, 28);
    connect(&mut net, rec(POS), POS, 2, 6);
    connect(&mut net, rec(NEG), NEG, 2, 8);
    connect(&mut net, rec(POS), NEG, -8, -2);
    connect(&mut net, rec(NEG), POS, -8, -2);
    connect(&mut net, rec(POS), INH, 8, 14);
    connect(&mut net, rec(NEG), INH, 8, 14);
    connect(&mut net, rec(INH), POS, -16, -8);
    connect(&mut net, rec(INH), NEG, -16, -8);
    let mut plastic = vec![false; INPUTS + NEURONS];
    plastic[IN_ADAPTIVE].fill(true);
    net.stdp = Some(Stdp {
        params: StdpParams {
            pre_decay_shift: 3,
            post_decay_shift: 3,
            pre_increment: 96,
            post_increment: 96,
            plus_shift: 6,
            minus_shift: 5,
            w_min: 0,
            w_max: 12,
        },
        plastic,
    });
    net
}

/// Bias of every neuron for a drug effect `e` (0..=1):
/// serotonergic: POS `+round(BIAS_GAIN·e)`, NEG `−round(BIAS_GAIN·e)`;
/// antiepileptic: NEG `−round(BIAS_GAIN·e)`; INH always 0.
pub fn biases(action: Action, e: f64) -> [i16; NEURONS] {
    // e is clamped to 0..=1, so the magnitude is at most BIAS_GAIN: no truncation.
    let m = (BIAS_GAIN * e.clamp(0.0, 1.0)).round() as i16;
    let mut b = [0i16; NEURONS];
    if action == Action::Serotonergic {
        b[POS].fill(m);
    }
    b[NEG].fill(-m);
    b
}

/// Rate encoder: each signal, scaled to `0..=1`, sets the per-step spike probability
/// `RATE_MIN + (RATE_MAX − RATE_MIN)·level` of each of its 16 channels (independent
/// Bernoulli draws from the encoder's seeded stream).
#[derive(Clone, Debug)]
pub struct Encoder {
    rng: ChaCha8Rng,
}

/// Scaled levels `(mood − 1)/9`, `(stress − 1)/9`, `sleep/9` clamped to `0..=1`.
pub fn levels(obs: &Observation) -> [f64; 3] {
    [
        ((obs.mood - 1.0) / 9.0).clamp(0.0, 1.0),
        ((obs.stress - 1.0) / 9.0).clamp(0.0, 1.0),
        (obs.sleep / 9.0).clamp(0.0, 1.0),
    ]
}

impl Encoder {
    /// An encoder for a run seed.
    pub fn new(seed: u64) -> Encoder {
        Self::with_stream(seed, ENCODER_STREAM)
    }

    /// An encoder on another stream of the seed (look-ahead simulations use their own).
    pub fn with_stream(seed: u64, stream: u64) -> Encoder {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(stream);
        Encoder { rng }
    }

    /// Input spikes (ascending channels) for `steps` steps of one observation.
    pub fn encode(&mut self, obs: &Observation, steps: usize) -> Vec<Vec<u32>> {
        let p = levels(obs).map(|l| RATE_MIN + (RATE_MAX - RATE_MIN) * l);
        (0..steps)
            .map(|_| {
                (0..INPUTS as u32)
                    .filter(|&c| self.rng.gen_bool(p[(c as usize / CHANNELS) % 3]))
                    .collect()
            })
            .collect()
    }
}

/// Decoded activity of one sampling window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decoded {
    /// POS rate, spikes per neuron per step.
    pub rate_pos: f64,
    /// NEG rate, spikes per neuron per step.
    pub rate_neg: f64,
    /// INH rate, spikes per neuron per step.
    pub rate_inh: f64,
    /// Synchrony χ of the excitatory (POS ∪ NEG) neurons, 0..=1 (Golomb's measure:
    /// `χ² = Var_t(A)/mean_i(p_i(1−p_i))`, `A(t)` the fraction spiking at step t).
    pub synchrony: f64,
}

/// Decode the output spikes of one window (one ascending list per step).
pub fn decode(spikes: &[Vec<u32>]) -> Decoded {
    let steps = spikes.len().max(1) as f64;
    let mut per_neuron = [0u32; NEURONS];
    let exc = POS.start..NEG.end;
    let n_exc = exc.len() as f64;
    let (mut sum_a, mut sum_a2) = (0.0, 0.0);
    for step in spikes {
        let mut k = 0u32;
        for &n in step {
            if let Some(c) = per_neuron.get_mut(n as usize) {
                *c += 1;
            }
            if exc.contains(&(n as usize)) {
                k += 1;
            }
        }
        let a = f64::from(k) / n_exc;
        sum_a += a;
        sum_a2 += a * a;
    }
    let mean_a = sum_a / steps;
    let var_a = (sum_a2 / steps - mean_a * mean_a).max(0.0);
    let mean_var: f64 = exc
        .clone()
        .map(|n| {
            let p = f64::from(per_neuron[n]) / steps;
            p * (1.0 - p)
        })
        .sum::<f64>()
        / n_exc;
    let synchrony = if mean_var > 0.0 {
        (var_a / mean_var).clamp(0.0, 1.0).sqrt()
    } else {
        0.0
    };
    let rate = |r: Range<usize>| {
        let len = r.len() as f64;
        r.map(|n| f64::from(per_neuron[n])).sum::<f64>() / (len * steps)
    };
    Decoded {
        rate_pos: rate(POS),
        rate_neg: rate(NEG),
        rate_inh: rate(INH),
        synchrony,
    }
}

/// The neural twin on a board: tracks the biases it has set so that only changed
/// neurons are written (a serial link pays per write).
pub struct NeuralTwin {
    biases: [i16; NEURONS],
    encoder: Encoder,
    steps: u64,
}

impl NeuralTwin {
    /// Load the network for `seed` onto `board`.
    pub fn load(board: &mut dyn Board, seed: u64) -> Result<NeuralTwin> {
        board.load(&build_network(seed))?;
        Ok(NeuralTwin {
            biases: [0; NEURONS],
            encoder: Encoder::new(seed),
            steps: 0,
        })
    }

    /// Load a given network (e.g. with learned weights) with a given encoder state.
    pub fn load_with(
        board: &mut dyn Board,
        net: &Network,
        encoder: Encoder,
        biases: [i16; NEURONS],
    ) -> Result<NeuralTwin> {
        board.load(net)?;
        let mut twin = NeuralTwin {
            biases: [0; NEURONS],
            encoder,
            steps: 0,
        };
        twin.set_biases(board, biases)?;
        Ok(twin)
    }

    /// Current biases.
    pub fn biases(&self) -> [i16; NEURONS] {
        self.biases
    }

    /// Steps run so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Write the biases that differ from the current ones.
    pub fn set_biases(&mut self, board: &mut dyn Board, target: [i16; NEURONS]) -> Result<()> {
        for (n, (&want, have)) in target.iter().zip(self.biases.iter_mut()).enumerate() {
            if want != *have {
                board.set_params(
                    n,
                    NeuronParams {
                        bias: want,
                        ..base_params()
                    },
                )?;
                *have = want;
            }
        }
        Ok(())
    }

    /// Run one sampling window: encode `obs` for `steps` steps in one `Board::run` call.
    /// Returns the output spikes, one list per step.
    pub fn run_window(
        &mut self,
        board: &mut dyn Board,
        obs: &Observation,
        steps: usize,
    ) -> Result<Vec<Vec<u32>>> {
        let inputs = self.encoder.encode(obs, steps);
        let mut out = Vec::with_capacity(steps);
        board.run(&inputs, &mut out)?;
        if out.len() != steps {
            anyhow::bail!(
                "board {} returned {} steps of output for {steps} steps of input",
                board.name(),
                out.len()
            );
        }
        self.steps += steps as u64;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_is_valid_and_fits_up5k() {
        let net = build_network(7);
        net.validate().unwrap();
        assert!(net.inputs <= 256 && net.neurons <= 256);
    }

    #[test]
    fn decoder_measures_rates_and_synchrony() {
        // All excitatory neurons spike together every other step: χ = 1.
        let all: Vec<u32> = (0..40).collect();
        let spikes: Vec<Vec<u32>> = (0..100)
            .map(|k| if k % 2 == 0 { all.clone() } else { vec![] })
            .collect();
        let d = decode(&spikes);
        assert_eq!(d.rate_pos, 0.5);
        assert_eq!(d.rate_neg, 0.5);
        assert_eq!(d.rate_inh, 0.0);
        assert!((d.synchrony - 1.0).abs() < 1e-12);
        // One neuron per step in turn: asynchronous, χ small.
        let spikes: Vec<Vec<u32>> = (0..400).map(|k| vec![(k % 40) as u32]).collect();
        let d = decode(&spikes);
        assert!(d.synchrony < 0.2, "{d:?}");
    }
}
