//! Property test: the golden model against a deliberately naive reference written here
//! from the rule text (dense loops over every source and synapse, i64 arithmetic, clamping
//! at the end, floor division instead of shifts), on random networks and inputs.

// The reference is deliberately written as plain indexed loops over the rule text.
#![allow(clippy::needless_range_loop, clippy::manual_memcpy)]

use neurosim::gen::{network, poisson_inputs, NetSpec};
use neurosim::{Core, Network, Reset};

struct Naive {
    net: Network,
    i: Vec<i64>,
    v: Vec<i64>,
    refr: Vec<i64>,
    w: Vec<i64>,
    prev_spikes: Vec<bool>,
    x: Vec<i64>,
    y: Vec<i64>,
}

fn clamp16(x: i64) -> i64 {
    x.clamp(-32768, 32767)
}

fn floor_div_pow2(x: i64, k: u8) -> i64 {
    x.div_euclid(1i64 << k)
}

fn naive_decay(z: i64, k: u8) -> i64 {
    let d = floor_div_pow2(z, k);
    if d > 0 {
        z - d
    } else if z > 0 {
        z - 1
    } else {
        0
    }
}

impl Naive {
    fn new(net: &Network) -> Self {
        let (s, n) = (net.sources(), net.neurons);
        Naive {
            i: vec![0; n],
            v: vec![0; n],
            refr: vec![0; n],
            w: net.weights.iter().map(|&w| w as i64).collect(),
            prev_spikes: vec![false; n],
            x: vec![0; s],
            y: vec![0; n],
            net: net.clone(),
        }
    }

    fn step(&mut self, input: &[u32]) -> Vec<u32> {
        let (ni, nn) = (self.net.inputs, self.net.neurons);
        let sources = ni + nn;
        let mut event = vec![false; sources];
        for &c in input {
            event[c as usize] = true;
        }
        for m in 0..nn {
            event[ni + m] = self.prev_spikes[m];
        }
        let mut spikes = vec![false; nn];
        for n in 0..nn {
            let p = self.net.params[n];
            let mut a: i64 = 0;
            for s in 0..sources {
                if event[s] {
                    a += self.w[s * nn + n] * (1i64 << self.net.weight_shift);
                }
            }
            self.i[n] = clamp16(self.i[n] - floor_div_pow2(self.i[n], p.syn_shift) + a);
            if self.refr[n] > 0 {
                self.refr[n] -= 1;
                continue;
            }
            self.v[n] = clamp16(
                self.v[n] - floor_div_pow2(self.v[n], p.mem_shift) + self.i[n] + p.bias as i64,
            );
            if self.v[n] >= p.threshold as i64 {
                spikes[n] = true;
                self.v[n] = match p.reset {
                    Reset::Zero => 0,
                    Reset::Subtract => self.v[n] - p.threshold as i64,
                };
                self.refr[n] = p.refractory as i64;
            }
        }
        if let Some(stdp) = &self.net.stdp {
            let p = stdp.params;
            for s in 0..sources {
                self.x[s] = naive_decay(self.x[s], p.pre_decay_shift);
            }
            for n in 0..nn {
                self.y[n] = naive_decay(self.y[n], p.post_decay_shift);
            }
            for s in 0..sources {
                if !stdp.plastic[s] {
                    continue;
                }
                for n in 0..nn {
                    let pot = if spikes[n] {
                        floor_div_pow2(self.x[s], p.plus_shift)
                    } else {
                        0
                    };
                    let dep = if event[s] {
                        floor_div_pow2(self.y[n], p.minus_shift)
                    } else {
                        0
                    };
                    if pot != dep {
                        let w = &mut self.w[s * nn + n];
                        *w = (*w + pot - dep).clamp(p.w_min as i64, p.w_max as i64);
                    }
                }
            }
            for s in 0..sources {
                if event[s] {
                    self.x[s] = (self.x[s] + p.pre_increment as i64).min(255);
                }
            }
            for n in 0..nn {
                if spikes[n] {
                    self.y[n] = (self.y[n] + p.post_increment as i64).min(255);
                }
            }
        }
        self.prev_spikes = spikes.clone();
        (0..nn as u32).filter(|&n| spikes[n as usize]).collect()
    }
}

fn check(spec: &NetSpec, seed: u64, steps: usize, rate: f64) -> usize {
    let net = network(spec, seed);
    let mut golden = Core::new(net.clone()).expect("valid network");
    let mut naive = Naive::new(&net);
    let inputs = poisson_inputs(net.inputs, steps, rate, seed);
    let mut total = 0;
    for (t, inp) in inputs.iter().enumerate() {
        // Every 97 steps, change a third of the neurons' parameters, as a host does
        // between steps (the patient twin modulates biases this way).
        if t % 97 == 96 {
            for n in (t % 3..net.neurons).step_by(3) {
                let mut p = naive.net.params[n];
                p.bias = p.bias.wrapping_add(37 * t as i16);
                p.threshold = (p.threshold / 2).max(1);
                p.refractory = (p.refractory + 1) % 16;
                p.mem_shift = (p.mem_shift + 3) % 16;
                naive.net.params[n] = p;
                golden.set_params(n, p).expect("valid parameters");
            }
        }
        let want = naive.step(inp);
        let got = golden.step(inp).expect("valid inputs").to_vec();
        assert_eq!(
            got, want,
            "seed {seed} step {t}: spikes differ (golden vs naive)"
        );
        total += got.len();
        for (n, s) in golden.state().iter().enumerate() {
            let w = (naive.i[n], naive.v[n], naive.refr[n]);
            assert_eq!(
                (s.i as i64, s.v as i64, s.refr as i64),
                w,
                "seed {seed} step {t} neuron {n}: (i, v, ref) golden vs naive"
            );
        }
        if net.stdp.is_some() {
            for (s, (&g, &w)) in golden.pre_traces().iter().zip(&naive.x).enumerate() {
                assert_eq!(g as i64, w, "seed {seed} step {t} source {s}: pre trace");
            }
            for (n, (&g, &w)) in golden.post_traces().iter().zip(&naive.y).enumerate() {
                assert_eq!(g as i64, w, "seed {seed} step {t} neuron {n}: post trace");
            }
            for (k, (&g, &w)) in golden.network().weights.iter().zip(&naive.w).enumerate() {
                assert_eq!(
                    g as i64,
                    w,
                    "seed {seed} step {t} synapse {} -> {}: weight",
                    k / net.neurons,
                    k % net.neurons
                );
            }
        }
    }
    total
}

fn random_spec(seed: u64, stdp: bool) -> NetSpec {
    let sizes = [(3, 5), (16, 32), (40, 17), (64, 64)];
    let (inputs, neurons) = sizes[seed as usize % sizes.len()];
    NetSpec {
        inputs,
        neurons,
        connectivity: 0.3,
        input_weights: (-128, 127),
        recurrent_weights: (-128, 127),
        weight_shift: (seed % 8) as u8,
        random_params: true,
        threshold: 0,
        stdp,
    }
}

#[test]
fn golden_matches_naive_without_learning() {
    let mut spikes = 0;
    for seed in 0..12 {
        spikes += check(&random_spec(seed, false), seed, 600, 0.2);
    }
    // The comparison means something only if neurons actually fire.
    assert!(spikes > 10_000, "only {spikes} spikes in the whole test");
}

#[test]
fn golden_matches_naive_with_stdp() {
    let mut spikes = 0;
    for seed in 100..112 {
        spikes += check(&random_spec(seed, true), seed, 500, 0.2);
    }
    assert!(spikes > 10_000, "only {spikes} spikes in the whole test");
}

#[test]
fn golden_matches_naive_on_benchmark_style_network() {
    let spec = NetSpec::sparse(128, 128, 0.1);
    let spikes = check(&spec, 7, 500, 0.05);
    assert!(spikes > 100, "only {spikes} spikes");
}
