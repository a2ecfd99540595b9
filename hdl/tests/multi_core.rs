//! Multi-core tests: random seeded systems (cores, networks, routing tables, host inputs)
//! on the hardware `NeuroSystem` against the golden `neurosim::System`, step by step.

mod common;

use common::{check_weights, core_step_cycles, load_words, pack, Bench};
use neurocore::control_map::*;
use neurocore::neuro_system::{ROUTE_DRAIN, SYSTEM_READ_LATENCY};
use neurocore::{MemoryKind, NeuroCoreConfig, NeuroSystem, NeuroSystemConfig};
use neurosim::gen::{network, poisson_inputs, NetSpec};
use neurosim::system::{Route, ROUTE_SLOTS};
use neurosim::{Network, System};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

/// Driver of a `NeuroSystem` through its control port and step interface.
struct SystemBench {
    b: Bench<NeuroSystem>,
    cores: usize,
    /// Per cycle, when recording: the packed inputs ([`INPUTS`]) before the rising edge
    /// and outputs ([`OUTPUTS`]) after it.
    trace: Option<Vec<(u128, u128)>>,
}

/// Input ports and widths, most significant first, as packed in a trace.
const INPUTS: [(&str, usize); 11] = [
    ("ctrl_addr", 24),
    ("ctrl_wdata", 16),
    ("ctrl_write", 1),
    ("ctrl_read", 1),
    ("in_core", 4),
    ("in_spike", 16),
    ("in_spike_write", 1),
    ("step_start", 1),
    ("out_core", 4),
    ("out_spike_read", 1),
    ("core_reset", 1),
];
/// Output ports and widths, most significant first, as packed in a trace.
const OUTPUTS: [(&str, usize); 7] = [
    ("ctrl_ready", 1),
    ("ctrl_rdata", 16),
    ("ctrl_rvalid", 1),
    ("busy", 1),
    ("done", 1),
    ("out_spike", 16),
    ("out_spike_valid", 1),
];

/// What one hardware step produced.
struct SysStep {
    /// Output spikes per core (popped from each output queue).
    spikes: Vec<Vec<u32>>,
    /// Cycles with `busy` high.
    cycles: u64,
    /// Cycle (1-based, as `cycles`) of each core's `done`.
    core_done: Vec<u64>,
}

impl SystemBench {
    fn new(name: &str, cfg: NeuroSystemConfig) -> Self {
        let sys = NeuroSystem::new(cfg).expect("valid system config");
        SystemBench {
            b: Bench::new(name, sys, |s| &mut s.clock),
            cores: cfg.cores,
            trace: None,
        }
    }

    /// One clock cycle (recorded when tracing).
    fn tick(&mut self) {
        if self.trace.is_none() {
            self.b.tick();
            return;
        }
        self.b.settle();
        let u = &self.b.uut;
        let b = |x: bool| x as u64;
        let inputs = pack(&[
            (u.ctrl_addr.val().to_u64(), 24),
            (u.ctrl_wdata.val().to_u64(), 16),
            (b(u.ctrl_write.val()), 1),
            (b(u.ctrl_read.val()), 1),
            (u.in_core.val().to_u64(), 4),
            (u.in_spike.val().to_u64(), 16),
            (b(u.in_spike_write.val()), 1),
            (b(u.step_start.val()), 1),
            (u.out_core.val().to_u64(), 4),
            (b(u.out_spike_read.val()), 1),
            (b(u.core_reset.val()), 1),
        ]);
        self.b.tick();
        let u = &self.b.uut;
        let outputs = pack(&[
            (b(u.ctrl_ready.val()), 1),
            (u.ctrl_rdata.val().to_u64(), 16),
            (b(u.ctrl_rvalid.val()), 1),
            (b(u.busy.val()), 1),
            (b(u.done.val()), 1),
            (u.out_spike.val().to_u64(), 16),
            (b(u.out_spike_valid.val()), 1),
        ]);
        if let Some(t) = self.trace.as_mut() {
            t.push((inputs, outputs));
        }
    }

    fn wait_ready(&mut self) {
        let mut guard = 0;
        while !self.b.uut.ctrl_ready.val() {
            self.tick();
            guard += 1;
            assert!(guard < 100_000, "ctrl_ready never rose");
        }
    }

    fn write(&mut self, addr: u32, data: u16) {
        self.wait_ready();
        self.b.uut.ctrl_addr.next = (addr as u64).to_bits();
        self.b.uut.ctrl_wdata.next = (data as u64).to_bits();
        self.b.uut.ctrl_write.next = true;
        self.tick();
        self.b.uut.ctrl_write.next = false;
        self.b.settle();
        self.wait_ready();
    }

    fn read(&mut self, addr: u32) -> u16 {
        self.wait_ready();
        self.b.uut.ctrl_addr.next = (addr as u64).to_bits();
        self.b.uut.ctrl_read.next = true;
        self.tick();
        self.b.uut.ctrl_read.next = false;
        self.b.settle();
        for lat in 1..=SYSTEM_READ_LATENCY {
            if lat == SYSTEM_READ_LATENCY {
                assert!(self.b.uut.ctrl_rvalid.val(), "ctrl_rvalid missing");
                return self.b.uut.ctrl_rdata.val().to_u16();
            }
            assert!(!self.b.uut.ctrl_rvalid.val(), "ctrl_rvalid early");
            self.tick();
        }
        unreachable!()
    }

    /// One step; with `reset_at`, `core_reset` is pulsed in that cycle of the step (carried
    /// out after it) and the reset pass awaited.
    fn step(&mut self, inputs: &[Vec<u32>], reset_at: Option<u64>) -> SysStep {
        for (c, inp) in inputs.iter().enumerate() {
            for &ch in inp {
                self.b.uut.in_core.next = (c as u64).to_bits();
                self.b.uut.in_spike.next = (ch as u64).to_bits();
                self.b.uut.in_spike_write.next = true;
                self.tick();
            }
        }
        self.b.uut.in_spike_write.next = false;
        self.b.settle();
        let mut guard = 0;
        while self.b.uut.busy.val() {
            self.tick();
            guard += 1;
            assert!(guard < 10, "system busy before step_start");
        }
        // a push in the cycle of step_start is ignored: checked here once per step
        self.b.uut.in_core.next = 0.into();
        self.b.uut.in_spike.next = 0.into();
        self.b.uut.in_spike_write.next = true;
        self.b.uut.step_start.next = true;
        self.tick();
        self.b.uut.in_spike_write.next = false;
        self.b.uut.step_start.next = false;
        self.b.settle();
        let mut cycles = 0u64;
        let mut core_done = vec![0u64; self.cores];
        loop {
            assert!(self.b.uut.busy.val(), "busy fell before done");
            cycles += 1;
            for (c, d) in core_done.iter_mut().enumerate() {
                if self.b.uut.cores[c].done.val() {
                    assert_eq!(*d, 0, "core {c} done twice");
                    *d = cycles;
                }
            }
            if self.b.uut.done.val() {
                break;
            }
            // pushes while busy are ignored
            self.b.uut.in_spike_write.next = cycles % 7 == 3;
            self.b.uut.core_reset.next = reset_at == Some(cycles);
            assert!(cycles < 10_000_000, "step never finished");
            self.tick();
        }
        self.b.uut.in_spike_write.next = false;
        self.b.uut.core_reset.next = false;
        self.tick();
        if reset_at.is_some() {
            let mut guard = 0;
            while self.b.uut.busy.val() {
                self.tick();
                guard += 1;
                assert!(guard < 100_000, "reset pass never ended");
            }
        }
        assert!(!self.b.uut.busy.val(), "busy after done");
        let mut spikes = Vec::new();
        for c in 0..self.cores {
            self.b.uut.out_core.next = (c as u64).to_bits();
            self.b.settle();
            let mut s = Vec::new();
            while self.b.uut.out_spike_valid.val() {
                s.push(self.b.uut.out_spike.val().to_u32());
                self.b.uut.out_spike_read.next = true;
                self.tick();
            }
            self.b.uut.out_spike_read.next = false;
            self.b.settle();
            spikes.push(s);
        }
        SysStep {
            spikes,
            cycles,
            core_done,
        }
    }
}

/// A random system: `cores` networks of `spec` and a routing table with a fraction
/// `p_route` of slots used. Also returns words the golden model refuses (a destination
/// core `>= cores` or a channel `>= inputs`) to write into otherwise empty hardware slots:
/// the hardware must ignore them.
fn random_system(
    cores: usize,
    spec: &NetSpec,
    seed: u64,
    p_route: f64,
) -> (System, Vec<(usize, usize, u16)>) {
    let nets: Vec<Network> = (0..cores)
        .map(|c| network(spec, seed * 1000 + c as u64))
        .collect();
    let mut sys = System::new(nets).expect("valid system");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut invalid = Vec::new();
    for c in 0..cores {
        for i in 0..spec.neurons * ROUTE_SLOTS {
            if rng.gen_bool(p_route) {
                let r = Route {
                    core: rng.gen_range(0..cores as u8),
                    channel: rng.gen_range(0..spec.inputs as u16),
                };
                sys.set_route(c, i / ROUTE_SLOTS, i % ROUTE_SLOTS, Some(r))
                    .expect("valid route");
            } else if rng.gen_bool(0.1) {
                let bad = if cores < 16 && rng.gen_bool(0.5) {
                    Route {
                        core: rng.gen_range(cores as u8..16),
                        channel: 0,
                    }
                } else {
                    Route {
                        core: rng.gen_range(0..cores as u8),
                        channel: rng.gen_range(spec.inputs as u16..2048),
                    }
                };
                invalid.push((c, i, Route::word(Some(bad))));
            }
        }
    }
    (sys, invalid)
}

/// What a run dropped, and its trace if recorded.
struct Outcome {
    /// Routed events dropped (all cores).
    dropped: u64,
    /// Host inputs dropped (all cores).
    overflow: u64,
    /// The cycle trace (see [`SystemBench::trace`]).
    trace: Option<Vec<(u128, u128)>>,
}

/// Run a random system (a fraction `p_route` of route slots used) for `steps` steps on
/// hardware and golden model and compare everything after every step; record the cycle
/// trace if `record`.
#[allow(clippy::too_many_arguments)]
fn run(
    name: &str,
    cores: usize,
    memory: MemoryKind,
    spec: &NetSpec,
    seed: u64,
    steps: usize,
    p_route: f64,
    record: bool,
) -> Outcome {
    let (mut gold, invalid) = random_system(cores, spec, seed, p_route);
    let core = NeuroCoreConfig {
        inputs: spec.inputs,
        neurons: spec.neurons,
        memory,
    };
    let mut hw = SystemBench::new(name, NeuroSystemConfig { cores, core });
    if record {
        hw.trace = Some(Vec::new());
    }
    for c in 0..cores {
        for (addr, data) in load_words(gold.core(c).network(), c as u64) {
            hw.write(addr, data);
        }
        for i in 0..spec.neurons * ROUTE_SLOTS {
            let w = gold.route_word(c, i);
            if w != 0 {
                hw.write(address(c as u64, REGION_ROUTING, i as u64), w);
            }
        }
    }
    for &(c, i, w) in &invalid {
        hw.write(address(c as u64, REGION_ROUTING, i as u64), w);
    }
    for c in 0..cores {
        let words = hw.b.uut.tables[c].words();
        for (i, &word) in words.iter().enumerate() {
            let expect = invalid
                .iter()
                .find(|&&(ic, ii, _)| (ic, ii) == (c, i))
                .map_or(gold.route_word(c, i), |&(_, _, w)| w);
            assert_eq!(word, expect, "{name} seed {seed}: core {c} route word {i}");
        }
        // region 0x7 reads back through the control port
        for i in [0, spec.neurons * ROUTE_SLOTS - 1] {
            let r = hw.read(address(c as u64, REGION_ROUTING, i as u64));
            assert_eq!(
                r, words[i],
                "{name} seed {seed}: core {c} route word {i} read"
            );
        }
        let beyond = address(
            c as u64,
            REGION_ROUTING,
            (spec.neurons * ROUTE_SLOTS) as u64,
        );
        assert_eq!(hw.read(beyond), 0, "{name}: route word beyond the table");
    }
    if cores < 16 {
        let a = address(cores as u64, REGION_PARAMS, 1);
        hw.write(a, 0x1234);
        assert_eq!(hw.read(a), 0, "{name}: a core index >= C reads 0");
        assert_eq!(
            hw.read(address(cores as u64, REGION_REGS, REG_DROPPED_ROUTES)),
            0
        );
        let thr = hw.read(address(0, REGION_PARAMS, 1));
        assert_eq!(thr, gold.core(0).network().params[0].threshold as u16);
    }

    let host: Vec<Vec<Vec<u32>>> = (0..cores)
        .map(|c| poisson_inputs(spec.inputs, steps, 0.25, seed * 100 + c as u64))
        .collect();
    let at = |t: usize| -> Vec<Vec<u32>> { host.iter().map(|h| h[t].clone()).collect() };
    let (mut total_spikes, mut total_routed, mut total_cycles) = (0usize, 0usize, 0u64);
    // a core_reset during this step is carried out after it
    let reset_step = steps / 2;
    for t in 0..steps {
        let inputs = at(t);
        gold.step(&inputs).expect("golden step");
        let reset = t == reset_step;
        if reset {
            gold.reset_state();
        }
        let got = hw.step(&inputs, reset.then_some(3));
        let what = |c: usize| format!("{name} seed {seed} step {t} core {c}");
        let mut spikes = 0;
        let mut slowest = 0;
        for c in 0..cores {
            let g = gold.core(c);
            assert_eq!(
                got.spikes[c],
                g.spikes(),
                "{}: spikes hw {:?} gold {:?}",
                what(c),
                got.spikes[c],
                g.spikes()
            );
            spikes += g.spikes().len();
            let state = hw.b.uut.cores[c].neuron_state();
            for (n, (h, s)) in state.iter().zip(g.state()).enumerate() {
                for (field, hv, gv) in [
                    ("i", h.0 as i32, s.i as i32),
                    ("v", h.1 as i32, s.v as i32),
                    ("ref", h.2 as i32, s.refr as i32),
                ] {
                    assert_eq!(
                        hv,
                        gv,
                        "{}: neuron {n} field {field}: hw {hv} gold {gv}",
                        what(c)
                    );
                }
            }
            if g.network().stdp.is_some() {
                let hc = &hw.b.uut.cores[c];
                for (s, (h, x)) in hc.pre_traces().iter().zip(g.pre_traces()).enumerate() {
                    assert_eq!(
                        h,
                        x,
                        "{}: source {s} field pre_trace: hw {h} gold {x}",
                        what(c)
                    );
                }
                for (n, (h, y)) in hc.post_traces().iter().zip(g.post_traces()).enumerate() {
                    assert_eq!(
                        h,
                        y,
                        "{}: neuron {n} field post_trace: hw {h} gold {y}",
                        what(c)
                    );
                }
                check_weights(hc, g.network(), &what(c));
            }
            let dropped = hw.b.uut.dropped_routes()[c] as u64;
            assert_eq!(
                dropped,
                gold.dropped_routes(c).min(0xFFFF),
                "{}: field dropped_routes: hw {dropped} gold {}",
                what(c),
                gold.dropped_routes(c)
            );
            if reset {
                continue;
            }
            if let Some(cyc) = core_step_cycles(
                g.network(),
                g.events(),
                !g.spikes().is_empty(),
                g.pre_traces(),
            ) {
                assert_eq!(got.core_done[c] as usize, cyc, "{}: core cycles", what(c));
            }
            slowest = slowest.max(got.core_done[c] as usize);
            total_routed += gold.pending(c).len();
        }
        let formula = slowest + cores + ROUTE_SLOTS * spikes + ROUTE_DRAIN;
        assert!(
            reset || got.cycles as usize == formula,
            "{name} seed {seed} step {t}: system cycles hw {} formula {formula} ({spikes} spikes)",
            got.cycles
        );
        total_spikes += spikes;
        total_cycles += got.cycles;
    }
    let (mut dropped, mut overflow) = (0, 0);
    for c in 0..cores {
        let d = hw.read(address(c as u64, REGION_REGS, REG_DROPPED_ROUTES)) as u64;
        assert_eq!(
            d,
            gold.dropped_routes(c).min(0xFFFF),
            "{name}: core {c} REG_DROPPED_ROUTES"
        );
        let o = hw.read(address(c as u64, REGION_REGS, REG_IN_OVERFLOW)) as u64;
        assert_eq!(
            o,
            gold.in_overflow(c).min(0xFFFF),
            "{name}: core {c} REG_IN_OVERFLOW"
        );
        let s = hw.read(address(c as u64, REGION_REGS, REG_STEPS_LO)) as u64;
        assert_eq!(s, gold.steps(), "{name}: core {c} steps register");
        dropped += d;
        overflow += o;
    }
    assert!(total_routed > 0, "{name} seed {seed}: nothing was routed");
    eprintln!(
        "{name} seed {seed}: {cores} cores x ({} inputs, {} neurons), {steps} steps, \
         {total_spikes} spikes, {total_routed} routed events, {dropped} routes and \
         {overflow} host inputs dropped, {:.1} cycles/step, {} cycles simulated",
        spec.inputs,
        spec.neurons,
        total_cycles as f64 / steps as f64,
        hw.b.cycle
    );
    Outcome {
        dropped,
        overflow,
        trace: hw.trace,
    }
}

fn spec(inputs: usize, neurons: usize, stdp: bool) -> NetSpec {
    NetSpec {
        random_params: true,
        weight_shift: 5,
        stdp,
        ..NetSpec::sparse(inputs, neurons, 0.5)
    }
}

#[test]
fn two_cores_match_golden_model() {
    for seed in 1..=5 {
        let mem = if seed % 2 == 0 {
            MemoryKind::Spram
        } else {
            MemoryKind::BlockRam
        };
        run("two", 2, mem, &spec(6, 5, false), seed, 200, 0.5, false);
    }
}

#[test]
fn four_cores_match_golden_model() {
    for seed in 11..=15 {
        run(
            "four",
            4,
            MemoryKind::BlockRam,
            &spec(5, 7, false),
            seed,
            200,
            0.5,
            false,
        );
    }
}

#[test]
fn two_cores_with_stdp_match_golden_model() {
    for seed in 21..=25 {
        run(
            "two_stdp",
            2,
            MemoryKind::BlockRam,
            &spec(4, 6, true),
            seed,
            200,
            0.5,
            false,
        );
    }
}

#[test]
fn four_cores_with_stdp_match_golden_model() {
    for seed in 31..=35 {
        run(
            "four_stdp",
            4,
            MemoryKind::BlockRam,
            &spec(3, 4, true),
            seed,
            200,
            0.5,
            false,
        );
    }
}

/// Dense routing into 2-word input queues: routed events and host inputs overflow.
#[test]
fn overflowing_queues_match_golden_model() {
    let (mut dropped, mut overflow) = (0, 0);
    for seed in 41..=43 {
        let r = run(
            "overflow",
            3,
            MemoryKind::BlockRam,
            &spec(2, 8, seed % 2 == 0),
            seed,
            200,
            0.9,
            false,
        );
        dropped += r.dropped;
        overflow += r.overflow;
    }
    assert!(
        dropped > 0 && overflow > 0,
        "no overflow: {dropped} routes, {overflow} inputs dropped"
    );
}

#[test]
#[ignore = "long sweep: 8 random systems of 3 to 15 cores, with and without STDP, 150 steps each (about 5 minutes)"]
fn sweep_random_systems() {
    for seed in 100..108u64 {
        let cores = 1 + (seed as usize * 5) % 16;
        let inputs = 1 + (seed as usize * 7) % 12;
        let neurons = 3 + (seed as usize * 11) % 14;
        run(
            "sweep",
            cores,
            MemoryKind::BlockRam,
            &spec(inputs, neurons, seed % 2 == 0),
            seed,
            150,
            0.3 + (seed % 4) as f64 * 0.2,
            false,
        );
    }
}

/// The generated Verilog of a `NeuroSystem` behaves like its rust-hdl simulation: a
/// recorded run (loading, routing with overflow, STDP) replayed in Icarus Verilog gives
/// the same outputs after every rising edge. Skipped with a notice without `iverilog`.
#[test]
fn verilog_matches_rust_hdl_simulation() {
    if std::process::Command::new("iverilog")
        .arg("-V")
        .output()
        .is_err()
    {
        eprintln!("NOTICE: iverilog not found (apt-get install iverilog): skipping");
        return;
    }
    let (cores, spec) = (3, spec(2, 8, true));
    let r = run(
        "verilog",
        cores,
        MemoryKind::BlockRam,
        &spec,
        51,
        60,
        0.8,
        true,
    );
    assert!(r.dropped > 0, "the recorded run should drop routed events");
    let trace = r.trace.expect("recorded");
    let core = NeuroCoreConfig {
        inputs: spec.inputs,
        neurons: spec.neurons,
        memory: MemoryKind::BlockRam,
    };
    let mut sys = NeuroSystem::new(NeuroSystemConfig { cores, core }).expect("config");
    sys.connect_all();
    common::icarus_replay("system", &generate_verilog(&sys), &INPUTS, &OUTPUTS, &trace);
}
