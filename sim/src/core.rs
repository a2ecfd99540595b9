//! The golden model of one NeuroCore: NC-LIF v1 neurons ([`crate::neuron`]), event-driven
//! synaptic accumulation and STDP v1 ([`crate::stdp`]). No allocation per step.
//!
//! The neuron state and parameters are kept as structure-of-arrays of `i32` so that the
//! accumulation and the neuron pass vectorise; on x86-64 CPUs with AVX2 (detected at run
//! time) both loops run in AVX2-compiled copies of the same code. The result is bit-exact
//! with [`crate::neuron::lif_update`] (a property test checks it against a naive reference).

use crate::network::Network;
use crate::neuron::{NeuronParams, NeuronState, Reset};
use crate::stdp::{decay, jump, update_weight};

/// A bad call into the model (the model itself never fails).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

/// Neuron state and parameters, one `i32` lane per neuron.
#[derive(Clone, Debug, Default)]
struct Lanes {
    i: Vec<i32>,
    v: Vec<i32>,
    refr: Vec<i32>,
    syn_shift: Vec<i32>,
    mem_shift: Vec<i32>,
    bias: Vec<i32>,
    threshold: Vec<i32>,
    /// 1 for reset "subtract", 0 for "zero".
    subtract: Vec<i32>,
    refractory: Vec<i32>,
    /// 1 if the neuron spiked in the last step.
    fired: Vec<i32>,
}

impl Lanes {
    fn new(params: &[NeuronParams]) -> Self {
        let n = params.len();
        let mut l = Lanes {
            i: vec![0; n],
            v: vec![0; n],
            refr: vec![0; n],
            fired: vec![0; n],
            ..Default::default()
        };
        l.syn_shift = vec![0; n];
        l.mem_shift = vec![0; n];
        l.bias = vec![0; n];
        l.threshold = vec![0; n];
        l.subtract = vec![0; n];
        l.refractory = vec![0; n];
        for (k, p) in params.iter().enumerate() {
            l.set_params(k, p);
        }
        l
    }

    fn set_params(&mut self, k: usize, p: &NeuronParams) {
        self.syn_shift[k] = p.syn_shift as i32;
        self.mem_shift[k] = p.mem_shift as i32;
        self.bias[k] = p.bias as i32;
        self.threshold[k] = p.threshold as i32;
        self.subtract[k] = (p.reset == Reset::Subtract) as i32;
        self.refractory[k] = p.refractory as i32;
    }
}

/// Add `row[k]` to `sum[k]` for every event's row (raw weights, shift applied later).
#[inline(always)]
fn accumulate(sum: &mut [i32], weights: &[i8], events: &[u32]) {
    let n = sum.len();
    sum.fill(0);
    for &s in events {
        let row = &weights[s as usize * n..(s as usize + 1) * n];
        for (a, &w) in sum.iter_mut().zip(row) {
            *a += w as i32;
        }
    }
}

/// The NC-LIF v1 rule for every neuron, branch-free so that it vectorises. `acc` holds the
/// raw weight sums on entry and `a = sum << weight_shift` on exit.
#[inline(always)]
fn lif_pass(l: &mut Lanes, acc: &mut [i32], weight_shift: u32) {
    let n = acc.len();
    let (lo, hi) = (i16::MIN as i32, i16::MAX as i32);
    // Equal-length slices: no bounds checks in the loop, so it vectorises.
    let (iv, vv, rv, fv) = (
        &mut l.i[..n],
        &mut l.v[..n],
        &mut l.refr[..n],
        &mut l.fired[..n],
    );
    let (syn, mem, bias) = (&l.syn_shift[..n], &l.mem_shift[..n], &l.bias[..n]);
    let (thr, sub, refractory) = (&l.threshold[..n], &l.subtract[..n], &l.refractory[..n]);
    for k in 0..n {
        let a = acc[k] << weight_shift;
        acc[k] = a;
        let i0 = iv[k];
        let i = (i0 - (i0 >> syn[k]) + a).clamp(lo, hi);
        let v0 = vv[k];
        let vn = (v0 - (v0 >> mem[k]) + i + bias[k]).clamp(lo, hi);
        let r = rv[k];
        let free = (r == 0) as i32;
        let fire = free & (vn >= thr[k]) as i32;
        let after_spike = sub[k] * (vn - thr[k]);
        iv[k] = i;
        vv[k] = if fire != 0 {
            after_spike
        } else if free != 0 {
            vn
        } else {
            v0
        };
        rv[k] = if fire != 0 {
            refractory[k]
        } else {
            r - 1 + free
        };
        fv[k] = fire;
    }
}

fn step_portable(l: &mut Lanes, acc: &mut [i32], weights: &[i8], events: &[u32], ws: u32) {
    accumulate(acc, weights, events);
    lif_pass(l, acc, ws);
}

/// # Safety
/// The CPU must support AVX2 (checked with `is_x86_feature_detected!` before the call).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn step_avx2(l: &mut Lanes, acc: &mut [i32], weights: &[i8], events: &[u32], ws: u32) {
    accumulate(acc, weights, events);
    lif_pass(l, acc, ws);
}

/// A running core: the network (whose weights STDP changes) and all state.
#[derive(Clone, Debug)]
pub struct Core {
    net: Network,
    lanes: Lanes,
    /// Accumulated input `a` of each neuron in the last step.
    acc: Vec<i32>,
    /// Source events of the last step: inputs in the order given, then recurrent ascending.
    events: Vec<u32>,
    /// Sources with at least one event in the current step, each once (STDP bookkeeping).
    pre_sources: Vec<u32>,
    /// Neurons that spiked in the last step, ascending.
    spikes: Vec<u32>,
    /// Per source: event in the current step (STDP bookkeeping, cleared every step).
    pre_event: Vec<bool>,
    /// Per neuron: spike in the current step (STDP bookkeeping, cleared every step).
    post_spike: Vec<bool>,
    pre_trace: Vec<u8>,
    post_trace: Vec<u8>,
    /// Sources whose row is plastic, ascending.
    plastic_sources: Vec<u32>,
    steps: u64,
    /// The CPU has AVX2: use the AVX2 copy of the inner loops.
    avx2: bool,
}

impl Core {
    /// A core at step 0 with all state zero. The network must be valid.
    pub fn new(net: Network) -> Result<Self, InputError> {
        net.validate().map_err(InputError)?;
        let (sources, neurons) = (net.sources(), net.neurons);
        let plastic_sources = match &net.stdp {
            Some(stdp) => (0..sources as u32)
                .filter(|&s| stdp.plastic[s as usize])
                .collect(),
            None => Vec::new(),
        };
        #[cfg(target_arch = "x86_64")]
        let avx2 = std::is_x86_feature_detected!("avx2");
        #[cfg(not(target_arch = "x86_64"))]
        let avx2 = false;
        Ok(Core {
            lanes: Lanes::new(&net.params),
            acc: vec![0; neurons],
            events: Vec::with_capacity(sources),
            pre_sources: Vec::with_capacity(sources),
            spikes: Vec::with_capacity(neurons),
            pre_event: vec![false; sources],
            post_spike: vec![false; neurons],
            pre_trace: vec![0; sources],
            post_trace: vec![0; neurons],
            plastic_sources,
            steps: 0,
            avx2,
            net,
        })
    }

    /// Back to step 0: state, traces and spikes cleared. Weights are kept as they are now.
    pub fn reset_state(&mut self) {
        for lane in [
            &mut self.lanes.i,
            &mut self.lanes.v,
            &mut self.lanes.refr,
            &mut self.lanes.fired,
        ] {
            lane.fill(0);
        }
        self.acc.fill(0);
        self.events.clear();
        self.spikes.clear();
        self.pre_trace.fill(0);
        self.post_trace.fill(0);
        self.steps = 0;
    }

    /// Run one step with the given input channels spiking (strictly ascending, each
    /// `< inputs`). Returns the neurons that spiked, ascending.
    pub fn step(&mut self, inputs: &[u32]) -> Result<&[u32], InputError> {
        let n_in = self.net.inputs as u32;
        let mut prev: Option<u32> = None;
        for &c in inputs {
            if c >= n_in {
                return Err(InputError(format!(
                    "input channel {c} out of range 0..{n_in}"
                )));
            }
            if let Some(p) = prev.filter(|&p| p >= c) {
                return Err(InputError(format!(
                    "input channels must be strictly ascending, got {p} then {c}"
                )));
            }
            prev = Some(c);
        }
        Ok(self.run_step(inputs))
    }

    /// Run one step with input events in the order of the hardware input queue: any
    /// order, repeats allowed (each `< inputs`). Every event adds its row once, so a
    /// channel listed twice adds its row twice; for STDP a source either had a pre event
    /// in the step or not (its trace jumps once, its row is updated once), as in the
    /// hardware's per-source event flag. Returns the neurons that spiked, ascending.
    pub fn step_events(&mut self, inputs: &[u32]) -> Result<&[u32], InputError> {
        let n_in = self.net.inputs as u32;
        if let Some(c) = inputs.iter().find(|&&c| c >= n_in) {
            return Err(InputError(format!(
                "input channel {c} out of range 0..{n_in}"
            )));
        }
        Ok(self.run_step(inputs))
    }

    /// One step with checked input events.
    fn run_step(&mut self, inputs: &[u32]) -> &[u32] {
        let n_in = self.net.inputs as u32;
        self.events.clear();
        self.events.extend_from_slice(inputs);
        self.events.extend(self.spikes.iter().map(|&m| n_in + m));

        let ws = self.net.weight_shift as u32;
        let (l, acc, w, ev) = (
            &mut self.lanes,
            &mut self.acc,
            &self.net.weights,
            &self.events,
        );
        #[cfg(target_arch = "x86_64")]
        if self.avx2 {
            // SAFETY: `avx2` is true only if the CPU reported AVX2 support in `Core::new`.
            unsafe { step_avx2(l, acc, w, ev, ws) }
        } else {
            step_portable(l, acc, w, ev, ws)
        }
        #[cfg(not(target_arch = "x86_64"))]
        step_portable(l, acc, w, ev, ws);

        self.spikes.clear();
        for (k, &f) in self.lanes.fired.iter().enumerate() {
            if f != 0 {
                self.spikes.push(k as u32);
            }
        }

        if self.net.stdp.is_some() {
            self.learn();
        }
        self.steps += 1;
        &self.spikes
    }

    /// STDP v1 after the neuron updates of a step (see [`crate::stdp`]).
    fn learn(&mut self) {
        let Some(stdp) = &self.net.stdp else { return };
        let p = stdp.params;
        let n = self.net.neurons;
        for x in &mut self.pre_trace {
            *x = decay(*x, p.pre_decay_shift);
        }
        for y in &mut self.post_trace {
            *y = decay(*y, p.post_decay_shift);
        }
        self.pre_sources.clear();
        for &s in &self.events {
            if !self.pre_event[s as usize] {
                self.pre_event[s as usize] = true;
                self.pre_sources.push(s);
            }
        }
        for &m in &self.spikes {
            self.post_spike[m as usize] = true;
        }
        // Rows with a pre event: every synapse of the row.
        for &s in &self.pre_sources {
            if !stdp.plastic[s as usize] {
                continue;
            }
            let x = self.pre_trace[s as usize];
            let row = &mut self.net.weights[s as usize * n..(s as usize + 1) * n];
            for (k, w) in row.iter_mut().enumerate() {
                *w = update_weight(&p, *w, x, self.post_trace[k], true, self.post_spike[k]);
            }
        }
        // Columns of spiking neurons, rows without a pre event (those are done above).
        for &m in &self.spikes {
            let y = self.post_trace[m as usize];
            for &s in &self.plastic_sources {
                if self.pre_event[s as usize] {
                    continue;
                }
                let idx = s as usize * n + m as usize;
                let x = self.pre_trace[s as usize];
                self.net.weights[idx] = update_weight(&p, self.net.weights[idx], x, y, false, true);
            }
        }
        for &s in &self.pre_sources {
            self.pre_event[s as usize] = false;
            self.pre_trace[s as usize] = jump(self.pre_trace[s as usize], p.pre_increment);
        }
        for &m in &self.spikes {
            self.post_spike[m as usize] = false;
            self.post_trace[m as usize] = jump(self.post_trace[m as usize], p.post_increment);
        }
    }

    /// The network, with the weights as learning has left them.
    pub fn network(&self) -> &Network {
        &self.net
    }

    /// Change one neuron's parameters between steps (as the control port does).
    pub fn set_params(&mut self, n: usize, p: NeuronParams) -> Result<(), InputError> {
        if n >= self.net.neurons {
            return Err(InputError(format!(
                "neuron {n} out of range 0..{}",
                self.net.neurons
            )));
        }
        p.validate()
            .map_err(|e| InputError(format!("neuron {n}: {e}")))?;
        self.net.params[n] = p;
        self.lanes.set_params(n, &p);
        Ok(())
    }

    /// Change one weight between steps (as the control port does).
    pub fn set_weight(&mut self, s: usize, n: usize, w: i8) -> Result<(), InputError> {
        if s >= self.net.sources() || n >= self.net.neurons {
            return Err(InputError(format!(
                "synapse {s} -> {n} out of range ({} sources, {} neurons)",
                self.net.sources(),
                self.net.neurons
            )));
        }
        self.net.set_weight(s, n, w);
        Ok(())
    }

    /// Neuron state after the last step.
    pub fn state(&self) -> Vec<NeuronState> {
        (0..self.net.neurons).map(|k| self.neuron(k)).collect()
    }

    /// State of neuron `k` after the last step. Panics if `k >= neurons`.
    pub fn neuron(&self, k: usize) -> NeuronState {
        let l = &self.lanes;
        // The lanes hold values produced by sat16 and the 4-bit refractory rule.
        NeuronState {
            i: l.i[k] as i16,
            v: l.v[k] as i16,
            refr: l.refr[k] as u8,
        }
    }

    /// Accumulated synaptic input `a` of each neuron in the last step.
    pub fn acc(&self) -> &[i32] {
        &self.acc
    }

    /// Source events of the last step: the input events in the order given (ascending
    /// for [`Core::step`]), then the recurrent events ascending.
    pub fn events(&self) -> &[u32] {
        &self.events
    }

    /// Neurons that spiked in the last step, ascending.
    pub fn spikes(&self) -> &[u32] {
        &self.spikes
    }

    /// Pre-traces (one per source) after the last step.
    pub fn pre_traces(&self) -> &[u8] {
        &self.pre_trace
    }

    /// Post-traces (one per neuron) after the last step.
    pub fn post_traces(&self) -> &[u8] {
        &self.post_trace
    }

    /// Number of steps run since creation or the last reset.
    pub fn steps(&self) -> u64 {
        self.steps
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::Stdp;
    use crate::stdp::{window, StdpParams};

    /// 1 input, 2 neurons: input 0 -> neuron 0 (strong), neuron 0 -> neuron 1 (strong).
    fn chain() -> Network {
        let p = NeuronParams {
            syn_shift: 0,
            mem_shift: 0,
            bias: 0,
            threshold: 100,
            reset: crate::Reset::Zero,
            refractory: 0,
        };
        let mut net = Network::new(1, 2, 2, p);
        net.set_weight(0, 0, 50); // 50 << 2 = 200
        net.set_weight(1, 1, 50); // source 1 = neuron 0
        net
    }

    /// The AVX2 copy of the inner loops computes exactly what the portable copy does.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_and_portable_paths_agree() {
        if !std::is_x86_feature_detected!("avx2") {
            eprintln!("no AVX2 on this CPU: only the portable path exists here");
            return;
        }
        let spec = crate::gen::NetSpec {
            inputs: 40,
            neurons: 37,
            connectivity: 0.5,
            input_weights: (-128, 127),
            recurrent_weights: (-128, 127),
            weight_shift: 7,
            random_params: true,
            threshold: 0,
            stdp: false,
        };
        for seed in 0..5 {
            let net = crate::gen::network(&spec, seed);
            let inputs = crate::gen::poisson_inputs(net.inputs, 300, 0.3, seed);
            let mut a = Core::new(net.clone()).unwrap();
            let mut b = Core::new(net).unwrap();
            b.avx2 = false;
            for (t, inp) in inputs.iter().enumerate() {
                let sa = a.step(inp).unwrap().to_vec();
                let sb = b.step(inp).unwrap().to_vec();
                assert_eq!(sa, sb, "seed {seed} step {t}: spikes");
                assert_eq!(a.state(), b.state(), "seed {seed} step {t}: state");
                assert_eq!(a.acc(), b.acc(), "seed {seed} step {t}: acc");
            }
        }
    }

    #[test]
    fn recurrent_spikes_arrive_one_step_later() {
        let mut core = Core::new(chain()).unwrap();
        assert_eq!(core.step(&[0]).unwrap(), &[0]);
        assert_eq!(core.acc(), &[200, 0]);
        assert_eq!(core.step(&[]).unwrap(), &[1]);
        assert_eq!(core.events(), &[1]);
        assert_eq!(core.acc(), &[0, 200]);
        assert_eq!(core.step(&[]).unwrap(), &[] as &[u32]);
        assert_eq!(core.steps(), 3);
    }

    #[test]
    fn bad_inputs_are_refused() {
        let mut core = Core::new(chain()).unwrap();
        assert!(core.step(&[1]).unwrap_err().0.contains("out of range 0..1"));
        let mut net = chain();
        net.inputs = 3;
        net.weights = vec![0; 5 * 2];
        let mut core = Core::new(net).unwrap();
        assert!(core
            .step(&[2, 1])
            .unwrap_err()
            .0
            .contains("strictly ascending"));
        assert!(core
            .step(&[1, 1])
            .unwrap_err()
            .0
            .contains("strictly ascending"));
    }

    /// The whole core reproduces the analytic STDP window for one pre/post pair.
    #[test]
    fn core_learning_matches_window() {
        let params = StdpParams::default();
        for dt in -12i32..=12 {
            // input 0 is the plastic pre synapse (weight 0, so it never drives the neuron);
            // input 1 forces the post spike.
            let p = NeuronParams {
                threshold: 100,
                refractory: 0,
                ..NeuronParams::default()
            };
            let mut net = Network::new(2, 1, 0, p);
            net.set_weight(1, 0, 127);
            net.params[0].syn_shift = 0;
            net.params[0].mem_shift = 0;
            net.stdp = Some(Stdp {
                params,
                plastic: vec![true, false, false],
            });
            let mut core = Core::new(net).unwrap();
            let (pre_at, post_at) = if dt >= 0 { (0, dt) } else { (-dt, 0) };
            for t in 0..=pre_at.max(post_at) {
                let mut inp = Vec::new();
                if t == pre_at {
                    inp.push(0);
                }
                if t == post_at {
                    inp.push(1);
                }
                let spikes = core.step(&inp).unwrap().to_vec();
                assert_eq!(spikes.contains(&0), t == post_at, "dt {dt} step {t}");
            }
            assert_eq!(
                core.network().weight(0, 0) as i32,
                window(&params, dt),
                "dt {dt}"
            );
        }
    }
}
