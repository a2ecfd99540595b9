//! The golden model of a multi-core NeuroCore system: `C` cores (1..=16) of the same size
//! stepping in lockstep, whose neurons spike into each other's input channels through a
//! routing table. Bit-exact with the hardware `NeuroSystem` (`hdl/src/neuro_system.rs`),
//! overflow counts included.
//!
//! # Semantics
//!
//! - **Cores.** Every core is a [`Core`] with the same `inputs` and `neurons`; sources are
//!   its input channels and its own neurons (recurrent, one step delay) as for one core.
//! - **Routing table.** Per source core `c` and neuron `n`, [`ROUTE_SLOTS`] route slots;
//!   slot `k` is word `n * ROUTE_SLOTS + k` of control region 0x7 of core `c`, laid out
//!   `{valid[15], dest_core[14:11], dest_channel[10:0]}` ([`Route::word`]). A spike of
//!   neuron `n` of core `c` at step `t` becomes, for every valid slot, one input event
//!   on channel `dest_channel` of core `dest_core` at step `t + 1` (the delay of the
//!   recurrent path, so every step's inputs are complete when it starts). A route may
//!   target its own core. A route word whose `dest_core >= C` or `dest_channel >= inputs`
//!   does nothing (no event, not counted); [`System::set_route`] refuses to store one.
//! - **Delivery order.** After all cores have finished step `t`, the router walks source
//!   cores `c = 0, 1, ...`, within a core its spikes in ascending neuron order, within a
//!   neuron slots `k = 0, 1, ...`, and appends each event to the destination core's input
//!   queue (one slot per cycle in hardware). The input queue then holds, in this order,
//!   the routed events of step `t`, followed by the host's inputs of step `t + 1` (the
//!   host pushes while the system is idle; pushes while it is busy are ignored).
//! - **Events.** A routed event and a host input on the same channel in the same step
//!   are two events: the channel's row is accumulated twice (likewise two routes to the
//!   same channel). For STDP a source either had a pre event in the step or not: its
//!   pre-trace jumps once and its row is updated once ([`Core::step_events`]).
//! - **Overflow.** Each input queue holds [`input_queue_depth`]`(inputs)` events (the
//!   hardware queue, empty when routing starts). A routed event that finds its
//!   destination's queue full is dropped and counted on the **destination** core
//!   (`REG_DROPPED_ROUTES`, [`System::dropped_routes`]); a host input that finds it full
//!   is dropped and counted in the destination's `REG_IN_OVERFLOW`
//!   ([`System::in_overflow`]). The hardware registers saturate at 0xFFFF; the model
//!   counts in `u64`.
//! - **Reset.** [`System::reset_state`] (the control port's `core_reset`) clears every
//!   core's state, the queued routed events and the counters; weights, parameters and
//!   routing tables stay.

use crate::core::{Core, InputError};
use crate::network::Network;

/// Route slots per neuron.
pub const ROUTE_SLOTS: usize = 2;
/// Largest number of cores (`dest_core` and the control address' core field are 4 bits).
pub const MAX_CORES: usize = 16;
/// Largest `inputs` of a routed core (`dest_channel` is 11 bits).
pub const MAX_ROUTED_INPUTS: usize = 2048;

/// Words of a core's input queue: `inputs` rounded up to a power of two (at least 2).
pub fn input_queue_depth(inputs: usize) -> usize {
    inputs.next_power_of_two().max(2)
}

/// One route: an input event on `channel` of core `core` one step after the spike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// Destination core.
    pub core: u8,
    /// Destination input channel.
    pub channel: u16,
}

impl Route {
    /// The route word of a slot: `{valid[15], dest_core[14:11], dest_channel[10:0]}`,
    /// 0 for an empty slot.
    pub fn word(route: Option<Route>) -> u16 {
        match route {
            Some(r) => 0x8000 | ((r.core as u16 & 0xF) << 11) | (r.channel & 0x7FF),
            None => 0,
        }
    }

    /// The route of a word (`None` when bit 15 is clear).
    pub fn from_word(w: u16) -> Option<Route> {
        (w & 0x8000 != 0).then_some(Route {
            core: ((w >> 11) & 0xF) as u8,
            channel: w & 0x7FF,
        })
    }
}

/// A running multi-core system.
#[derive(Clone, Debug)]
pub struct System {
    cores: Vec<Core>,
    /// Route words per source core, `n * ROUTE_SLOTS + k`.
    routes: Vec<Vec<u16>>,
    /// Routed events for the next step, per destination core, in delivery order.
    pending: Vec<Vec<u32>>,
    /// This step's input events per core (scratch).
    events: Vec<Vec<u32>>,
    dropped_routes: Vec<u64>,
    in_overflow: Vec<u64>,
    depth: usize,
}

impl System {
    /// A system of one core per network, all at step 0, every route slot empty. The
    /// networks must be valid and of the same size.
    pub fn new(nets: Vec<Network>) -> Result<Self, InputError> {
        let Some(first) = nets.first() else {
            return Err(InputError("a system needs at least one core".into()));
        };
        if nets.len() > MAX_CORES {
            return Err(InputError(format!(
                "{} cores: at most {MAX_CORES}",
                nets.len()
            )));
        }
        let (inputs, neurons) = (first.inputs, first.neurons);
        if inputs > MAX_ROUTED_INPUTS {
            return Err(InputError(format!(
                "inputs = {inputs}: a routed core has at most {MAX_ROUTED_INPUTS}"
            )));
        }
        for (c, net) in nets.iter().enumerate() {
            if (net.inputs, net.neurons) != (inputs, neurons) {
                return Err(InputError(format!(
                    "core {c} has {} inputs x {} neurons, core 0 {inputs} x {neurons}: all cores must be the same size",
                    net.inputs, net.neurons
                )));
            }
        }
        let n = nets.len();
        let cores = nets
            .into_iter()
            .enumerate()
            .map(|(c, net)| Core::new(net).map_err(|e| InputError(format!("core {c}: {e}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let depth = input_queue_depth(inputs);
        Ok(System {
            cores,
            routes: vec![vec![0; neurons * ROUTE_SLOTS]; n],
            pending: vec![Vec::with_capacity(depth); n],
            events: vec![Vec::with_capacity(depth); n],
            dropped_routes: vec![0; n],
            in_overflow: vec![0; n],
            depth,
        })
    }

    /// Number of cores.
    pub fn len(&self) -> usize {
        self.cores.len()
    }

    /// Always false (a system has at least one core).
    pub fn is_empty(&self) -> bool {
        self.cores.is_empty()
    }

    /// Core `c`. Panics if `c >= len()`.
    pub fn core(&self, c: usize) -> &Core {
        &self.cores[c]
    }

    /// Core `c`, to change parameters or weights between steps. Panics if `c >= len()`.
    pub fn core_mut(&mut self, c: usize) -> &mut Core {
        &mut self.cores[c]
    }

    /// Set slot `slot` of neuron `n` of core `c` (`None` empties it).
    pub fn set_route(
        &mut self,
        c: usize,
        n: usize,
        slot: usize,
        route: Option<Route>,
    ) -> Result<(), InputError> {
        let (cores, inputs, neurons) = (self.len(), self.inputs(), self.neurons());
        if c >= cores || n >= neurons || slot >= ROUTE_SLOTS {
            return Err(InputError(format!(
                "route slot core {c} neuron {n} slot {slot} out of range ({cores} cores, {neurons} neurons, {ROUTE_SLOTS} slots)"
            )));
        }
        if let Some(r) = route {
            if r.core as usize >= cores || r.channel as usize >= inputs {
                return Err(InputError(format!(
                    "route to core {} channel {} out of range ({cores} cores, {inputs} inputs)",
                    r.core, r.channel
                )));
            }
        }
        self.routes[c][n * ROUTE_SLOTS + slot] = Route::word(route);
        Ok(())
    }

    /// Route word `index` (`n * ROUTE_SLOTS + k`) of core `c`, as the control port reads it.
    /// Panics if out of range.
    pub fn route_word(&self, c: usize, index: usize) -> u16 {
        self.routes[c][index]
    }

    /// Input channels per core.
    pub fn inputs(&self) -> usize {
        self.cores[0].network().inputs
    }

    /// Neurons per core.
    pub fn neurons(&self) -> usize {
        self.cores[0].network().neurons
    }

    /// Run one step. `inputs[c]` are the host's input channels of core `c` in push order
    /// (repeats allowed, each `< inputs`); missing trailing entries mean no inputs.
    /// Spikes are then in `core(c).spikes()`, and the routed events of this step's spikes
    /// in [`System::pending`].
    pub fn step<S: AsRef<[u32]>>(&mut self, inputs: &[S]) -> Result<(), InputError> {
        let (cores, n_in) = (self.len(), self.inputs() as u32);
        if inputs.len() > cores {
            return Err(InputError(format!(
                "inputs for {} cores, the system has {cores}",
                inputs.len()
            )));
        }
        for (c, inp) in inputs.iter().enumerate() {
            if let Some(ch) = inp.as_ref().iter().find(|&&ch| ch >= n_in) {
                return Err(InputError(format!(
                    "core {c}: input channel {ch} out of range 0..{n_in}"
                )));
            }
        }
        for c in 0..cores {
            let ev = &mut self.events[c];
            ev.clear();
            ev.append(&mut self.pending[c]);
            let host = inputs.get(c).map_or(&[][..], |s| s.as_ref());
            let take = host.len().min(self.depth - ev.len());
            ev.extend_from_slice(&host[..take]);
            self.in_overflow[c] += (host.len() - take) as u64;
            self.cores[c]
                .step_events(ev)
                .map_err(|e| InputError(format!("core {c}: {e}")))?;
        }
        for c in 0..cores {
            for &n in self.cores[c].spikes() {
                let slots = &self.routes[c][n as usize * ROUTE_SLOTS..][..ROUTE_SLOTS];
                for &w in slots {
                    let Some(r) = Route::from_word(w) else {
                        continue;
                    };
                    let d = r.core as usize;
                    if d >= cores || r.channel as u32 >= n_in {
                        continue;
                    }
                    if self.pending[d].len() == self.depth {
                        self.dropped_routes[d] += 1;
                    } else {
                        self.pending[d].push(r.channel as u32);
                    }
                }
            }
        }
        Ok(())
    }

    /// Routed events waiting in core `d`'s input queue for the next step, in delivery order.
    pub fn pending(&self, d: usize) -> &[u32] {
        &self.pending[d]
    }

    /// Routed events dropped at core `d` because its input queue was full.
    pub fn dropped_routes(&self, d: usize) -> u64 {
        self.dropped_routes[d]
    }

    /// Host inputs dropped at core `d` because its input queue was full.
    pub fn in_overflow(&self, d: usize) -> u64 {
        self.in_overflow[d]
    }

    /// Steps run since creation or the last reset.
    pub fn steps(&self) -> u64 {
        self.cores[0].steps()
    }

    /// Back to step 0 (the control port's `core_reset`): every core's state, the queued
    /// routed events and the counters are cleared; weights, parameters and routes stay.
    pub fn reset_state(&mut self) {
        for c in 0..self.len() {
            self.cores[c].reset_state();
            self.pending[c].clear();
            self.dropped_routes[c] = 0;
            self.in_overflow[c] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gen::{network, poisson_inputs, NetSpec};
    use crate::neuron::{NeuronParams, Reset};

    fn route(core: u8, channel: u16) -> Option<Route> {
        Some(Route { core, channel })
    }

    /// Two cores of 2 inputs x 2 neurons, threshold 100, shifts 0 (so `i = a` and
    /// `v = i` every step): one event of weight 50 (50 << 1 = 100) makes a neuron fire.
    fn two_core_chain() -> System {
        let p = NeuronParams {
            syn_shift: 0,
            mem_shift: 0,
            bias: 0,
            threshold: 100,
            reset: Reset::Zero,
            refractory: 0,
        };
        // core 0: input 0 -> neuron 0. core 1: input 1 -> neuron 1 (weight 50 each).
        let mut a = Network::new(2, 2, 1, p);
        a.set_weight(0, 0, 50);
        let mut b = Network::new(2, 2, 1, p);
        b.set_weight(1, 1, 50);
        let mut sys = System::new(vec![a, b]).unwrap();
        // neuron 0 of core 0 -> core 1 channel 1 (slot 0) and core 1 channel 0 (slot 1)
        sys.set_route(0, 0, 0, route(1, 1)).unwrap();
        sys.set_route(0, 0, 1, route(1, 0)).unwrap();
        // neuron 1 of core 1 -> core 0 channel 0
        sys.set_route(1, 1, 0, route(0, 0)).unwrap();
        sys
    }

    #[test]
    fn route_words_round_trip() {
        assert_eq!(Route::word(None), 0);
        assert_eq!(Route::word(route(3, 5)), 0x8000 | (3 << 11) | 5);
        assert_eq!(Route::word(route(15, 2047)), 0xFFFF);
        for w in [0u16, 0x7FFF, 0x8000, 0x9ABC, 0xFFFF] {
            let r = Route::from_word(w);
            assert_eq!(r.is_some(), w & 0x8000 != 0);
            if r.is_some() {
                assert_eq!(Route::word(r), w);
            }
        }
        assert_eq!(input_queue_depth(1), 2);
        assert_eq!(input_queue_depth(6), 8);
        assert_eq!(input_queue_depth(256), 256);
    }

    /// Hand-computed: the spike travels core 0 -> core 1 -> core 0, one step per hop, and
    /// routed events and host inputs on the same channel both count.
    #[test]
    fn two_core_example_by_hand() {
        let mut sys = two_core_chain();
        let none: [&[u32]; 0] = [];
        // step 0: host input 0 of core 0 -> neuron 0 of core 0 fires (acc 50 << 1 = 100)
        sys.step(&[&[0u32][..]]).unwrap();
        assert_eq!(sys.core(0).spikes(), &[0]);
        assert_eq!(sys.core(1).spikes(), &[] as &[u32]);
        assert_eq!(sys.pending(1), &[1, 0], "slot 0 then slot 1");
        assert_eq!(sys.pending(0), &[] as &[u32]);
        // step 1: core 1 gets events on channels 1 and 0: neuron 1 fires (i = 100)
        sys.step(&none).unwrap();
        assert_eq!(sys.core(1).events(), &[1, 0]);
        assert_eq!(sys.core(1).acc(), &[0, 100]);
        assert_eq!(sys.core(1).spikes(), &[1]);
        // core 0: its neuron 0 spiked in step 0 (recurrent source 2, all weights 0)
        assert_eq!(sys.core(0).events(), &[2]);
        assert_eq!(sys.core(0).spikes(), &[] as &[u32]);
        assert_eq!(sys.pending(0), &[0]);
        assert_eq!(sys.pending(1), &[] as &[u32]);
        // step 2: core 0 gets the routed event on channel 0 plus a host input on channel 0:
        // two events, acc = 2 * 100
        sys.step(&[&[0u32][..]]).unwrap();
        assert_eq!(sys.core(0).events(), &[0, 0]);
        assert_eq!(sys.core(0).acc(), &[200, 0]);
        assert_eq!(sys.steps(), 3);
        assert_eq!((sys.dropped_routes(0), sys.dropped_routes(1)), (0, 0));
        sys.reset_state();
        assert_eq!(sys.steps(), 0);
        assert_eq!(sys.pending(1), &[] as &[u32]);
        assert_eq!(sys.route_word(0, 1), Route::word(route(1, 0)));
    }

    /// Overflow, by hand: a queue of 2 words, three routed events and a host input.
    #[test]
    fn overflow_drops_routes_then_host_inputs() {
        let p = NeuronParams {
            threshold: 1,
            refractory: 0,
            ..NeuronParams::default()
        };
        // 2 inputs (queue depth 2), 3 neurons driven by input 0
        let mut nets = Vec::new();
        for _ in 0..2 {
            let mut net = Network::new(2, 3, 7, p);
            for n in 0..3 {
                net.set_weight(0, n, 100);
            }
            nets.push(net);
        }
        let mut sys = System::new(nets).unwrap();
        for n in 0..3 {
            sys.set_route(0, n, 0, route(1, 1)).unwrap();
        }
        sys.set_route(0, 2, 1, route(1, 0)).unwrap();
        sys.step(&[&[0u32][..]]).unwrap();
        assert_eq!(sys.core(0).spikes(), &[0, 1, 2]);
        // order (n0,k0) (n1,k0) (n2,k0) (n2,k1): the first two fit
        assert_eq!(sys.pending(1), &[1, 1]);
        assert_eq!(sys.dropped_routes(1), 2);
        assert_eq!(sys.dropped_routes(0), 0);
        sys.step(&[&[][..], &[0u32, 1][..]]).unwrap();
        assert_eq!(sys.core(1).events(), &[1, 1]);
        assert_eq!(sys.in_overflow(1), 2);
    }

    #[test]
    fn bad_systems_and_routes_are_refused() {
        let p = NeuronParams::default();
        assert!(System::new(vec![]).is_err());
        let err =
            System::new(vec![Network::new(2, 2, 0, p), Network::new(2, 3, 0, p)]).unwrap_err();
        assert!(err.0.contains("same size"), "{err}");
        assert!(System::new(vec![Network::new(1, 1, 0, p); 17]).is_err());
        let mut sys = System::new(vec![Network::new(2, 2, 0, p); 2]).unwrap();
        assert!(sys.set_route(0, 0, 0, route(2, 0)).is_err());
        assert!(sys.set_route(0, 0, 0, route(1, 2)).is_err());
        assert!(sys.set_route(0, 2, 0, None).is_err());
        assert!(sys.set_route(0, 0, ROUTE_SLOTS, None).is_err());
        assert!(sys.step(&[&[2u32][..]]).is_err());
        assert!(sys.step(&[&[][..], &[][..], &[0u32][..]]).is_err());
    }

    /// Random networks and routes: the system gives what separate cores give when the
    /// routed events are delivered by hand (host inputs first, then routed events sorted:
    /// another order, which changes nothing without overflow), spikes and state identical.
    #[test]
    fn matches_cores_routed_by_hand() {
        use rand::{Rng, SeedableRng};
        for seed in 0..6u64 {
            let cores = 2 + seed as usize % 3;
            let (inputs, neurons) = (5 + seed as usize, 4 + seed as usize);
            let spec = NetSpec {
                random_params: true,
                weight_shift: 5,
                stdp: seed % 2 == 1,
                ..NetSpec::sparse(inputs, neurons, 0.5)
            };
            let nets: Vec<Network> = (0..cores)
                .map(|c| network(&spec, seed * 10 + c as u64))
                .collect();
            let mut sys = System::new(nets.clone()).unwrap();
            let mut by_hand: Vec<Core> = nets.into_iter().map(|n| Core::new(n).unwrap()).collect();
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
            let mut table = vec![vec![None; neurons * ROUTE_SLOTS]; cores];
            for (c, t) in table.iter_mut().enumerate() {
                for (i, slot) in t.iter_mut().enumerate() {
                    if rng.gen_bool(0.6) {
                        let r = route(
                            rng.gen_range(0..cores as u8),
                            rng.gen_range(0..inputs as u16),
                        );
                        *slot = r;
                        sys.set_route(c, i / ROUTE_SLOTS, i % ROUTE_SLOTS, r)
                            .unwrap();
                    }
                }
            }
            let host: Vec<Vec<Vec<u32>>> = (0..cores)
                .map(|c| poisson_inputs(inputs, 200, 0.2, seed * 100 + c as u64))
                .collect();
            let mut routed: Vec<Vec<u32>> = vec![Vec::new(); cores];
            let mut total_routed = 0;
            for t in 0..200 {
                let step_in: Vec<&[u32]> = host.iter().map(|h| &h[t][..]).collect();
                sys.step(&step_in).unwrap();
                let mut next: Vec<Vec<u32>> = vec![Vec::new(); cores];
                for (c, core) in by_hand.iter_mut().enumerate() {
                    let mut ev = host[c][t].clone();
                    let mut r = std::mem::take(&mut routed[c]);
                    r.sort_unstable();
                    ev.extend(r);
                    core.step_events(&ev).unwrap();
                    for &n in core.spikes() {
                        let slots = &table[c][n as usize * ROUTE_SLOTS..][..ROUTE_SLOTS];
                        for r in slots.iter().flatten() {
                            next[r.core as usize].push(r.channel as u32);
                            total_routed += 1;
                        }
                    }
                }
                routed = next;
                for (c, b) in by_hand.iter().enumerate() {
                    let a = sys.core(c);
                    assert_eq!(
                        a.spikes(),
                        b.spikes(),
                        "seed {seed} step {t} core {c}: spikes"
                    );
                    assert_eq!(a.state(), b.state(), "seed {seed} step {t} core {c}: state");
                    assert_eq!(
                        a.pre_traces(),
                        b.pre_traces(),
                        "seed {seed} step {t} core {c}: pre traces"
                    );
                    assert_eq!(
                        a.post_traces(),
                        b.post_traces(),
                        "seed {seed} step {t} core {c}: post traces"
                    );
                    assert_eq!(
                        a.network().weights,
                        b.network().weights,
                        "seed {seed} step {t} core {c}: weights"
                    );
                    assert_eq!(sys.dropped_routes(c), 0);
                }
            }
            assert!(
                total_routed > 20,
                "seed {seed}: only {total_routed} routed events"
            );
            eprintln!("seed {seed}: {cores} cores, {total_routed} routed events");
        }
    }

    /// With all host inputs first and no repeats, `step_events` is `step`.
    #[test]
    fn step_events_without_repeats_is_step() {
        let spec = NetSpec {
            random_params: true,
            stdp: true,
            ..NetSpec::sparse(12, 9, 0.5)
        };
        let net = network(&spec, 3);
        let (mut a, mut b) = (Core::new(net.clone()).unwrap(), Core::new(net).unwrap());
        for inp in poisson_inputs(12, 100, 0.3, 3) {
            assert_eq!(a.step(&inp).unwrap(), b.step_events(&inp).unwrap());
        }
        assert_eq!(a.network().weights, b.network().weights);
        assert_eq!(a.pre_traces(), b.pre_traces());
    }

    /// A repeated pre event acts once on STDP (trace and row), twice on accumulation.
    #[test]
    fn repeated_events_accumulate_twice_and_learn_once() {
        let spec = NetSpec {
            random_params: true,
            stdp: true,
            ..NetSpec::sparse(4, 3, 1.0)
        };
        let mut net = network(&spec, 7);
        if let Some(stdp) = net.stdp.as_mut() {
            stdp.plastic.iter_mut().for_each(|p| *p = true);
        }
        let (mut once, mut twice) = (Core::new(net.clone()).unwrap(), Core::new(net).unwrap());
        once.step_events(&[2]).unwrap();
        twice.step_events(&[2, 2]).unwrap();
        let doubled: Vec<i32> = once.acc().iter().map(|a| 2 * a).collect();
        assert_eq!(twice.acc(), &doubled[..]);
        assert_eq!(once.pre_traces(), twice.pre_traces());
        if once.spikes() == twice.spikes() {
            assert_eq!(once.network().weights, twice.network().weights);
        }
    }
}
