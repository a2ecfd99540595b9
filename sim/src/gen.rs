//! Seeded random networks and Poisson input spike trains, for tests and benchmarks.
//! The same seed gives the same network and inputs on every machine (ChaCha8).

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::network::{Network, Stdp};
use crate::neuron::{NeuronParams, Reset};
use crate::stdp::StdpParams;

/// What kind of random network to draw.
#[derive(Clone, Debug)]
pub struct NetSpec {
    /// Input channels.
    pub inputs: usize,
    /// Neurons.
    pub neurons: usize,
    /// Probability that a synapse exists (0..=1).
    pub connectivity: f64,
    /// Weights of existing input synapses are drawn from `input_weights` (inclusive).
    pub input_weights: (i8, i8),
    /// Weights of existing recurrent synapses are drawn from `recurrent_weights` (inclusive).
    pub recurrent_weights: (i8, i8),
    /// `weight_shift` of the core.
    pub weight_shift: u8,
    /// Draw every neuron parameter at random (full ranges, biased towards activity);
    /// otherwise every neuron gets `NeuronParams::default()` with `threshold`.
    pub random_params: bool,
    /// Threshold used when `random_params` is false.
    pub threshold: i16,
    /// Enable STDP with random parameters and a random half of the rows plastic.
    pub stdp: bool,
}

impl NetSpec {
    /// A benchmark-style network: `connectivity` sparse, mostly excitatory inputs,
    /// inhibition-leaning recurrent weights, default neuron parameters. The threshold,
    /// `135 × inputs × connectivity` (clamped to 1..=32767), is tuned so that 1,024 inputs
    /// at 10 Hz into 1,024 neurons at 10% connectivity give a mean output rate near 10 Hz
    /// (1 ms steps); smaller networks scale with their expected synaptic drive.
    pub fn sparse(inputs: usize, neurons: usize, connectivity: f64) -> Self {
        NetSpec {
            inputs,
            neurons,
            connectivity,
            input_weights: (-20, 60),
            recurrent_weights: (-40, 30),
            weight_shift: 4,
            random_params: false,
            threshold: (135.0 * inputs as f64 * connectivity).clamp(1.0, 32767.0) as i16,
            stdp: false,
        }
    }
}

/// Draw a network. Always valid (`Network::validate` passes).
pub fn network(spec: &NetSpec, seed: u64) -> Network {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let params = NeuronParams {
        threshold: spec.threshold,
        ..NeuronParams::default()
    };
    let mut net = Network::new(spec.inputs, spec.neurons, spec.weight_shift, params);
    if spec.random_params {
        for p in &mut net.params {
            *p = random_params(&mut rng);
        }
    }
    let stdp_params = spec.stdp.then(|| {
        let lo = rng.gen_range(-128i16..=0) as i8;
        let hi = rng.gen_range(0i16..=127) as i8;
        StdpParams {
            pre_decay_shift: rng.gen_range(0..=7),
            post_decay_shift: rng.gen_range(0..=7),
            pre_increment: rng.gen_range(1..=255),
            post_increment: rng.gen_range(1..=255),
            plus_shift: rng.gen_range(0..=7),
            minus_shift: rng.gen_range(0..=7),
            w_min: lo,
            w_max: hi,
        }
    });
    let sources = net.sources();
    let plastic: Vec<bool> = (0..sources)
        .map(|_| spec.stdp && rng.gen_bool(0.5))
        .collect();
    for (s, &is_plastic) in plastic.iter().enumerate() {
        let (mut lo, mut hi) = if s < spec.inputs {
            spec.input_weights
        } else {
            spec.recurrent_weights
        };
        if let (Some(p), true) = (&stdp_params, is_plastic) {
            lo = lo.clamp(p.w_min, p.w_max);
            hi = hi.clamp(p.w_min, p.w_max);
        }
        for n in 0..spec.neurons {
            if rng.gen_bool(spec.connectivity) {
                net.set_weight(s, n, rng.gen_range(lo..=hi));
            } else if let (Some(p), true) = (&stdp_params, is_plastic) {
                // an absent plastic synapse still has to sit inside [w_min, w_max]
                net.set_weight(s, n, 0i8.clamp(p.w_min, p.w_max));
            }
        }
    }
    if let Some(params) = stdp_params {
        net.stdp = Some(Stdp { params, plastic });
    }
    net
}

fn random_params(rng: &mut ChaCha8Rng) -> NeuronParams {
    NeuronParams {
        syn_shift: rng.gen_range(0..=15),
        mem_shift: rng.gen_range(0..=15),
        bias: rng.gen_range(-200..=400),
        threshold: if rng.gen_bool(0.1) {
            rng.gen_range(1..=32767)
        } else {
            rng.gen_range(1..=2000)
        },
        reset: if rng.gen_bool(0.5) {
            Reset::Zero
        } else {
            Reset::Subtract
        },
        refractory: rng.gen_range(0..=15),
    }
}

/// Independent Bernoulli (discrete Poisson) input spikes: each of `inputs` channels
/// spikes in each of `steps` steps with probability `p`. One ascending list per step.
pub fn poisson_inputs(inputs: usize, steps: usize, p: f64, seed: u64) -> Vec<Vec<u32>> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x9e37_79b9_7f4a_7c15);
    (0..steps)
        .map(|_| (0..inputs as u32).filter(|_| rng.gen_bool(p)).collect())
        .collect()
}
