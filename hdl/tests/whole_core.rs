//! Whole-core tests: random networks, hardware vs the golden model step by step.

mod common;

use common::{core_step_cycles, CoreBench};
use neurocore::control_map::*;
use neurocore::{MemoryKind, NeuroCoreConfig};
use neurosim::gen::{network, poisson_inputs, NetSpec};
use neurosim::{Core, Network};

/// Run `steps` steps of a random network on hardware and golden model; compare spikes,
/// accumulators, full neuron state every step and the cycle count formula.
fn run(name: &str, cfg: NeuroCoreConfig, spec: &NetSpec, seed: u64, steps: usize, p_in: f64) {
    run_net(name, cfg, network(spec, seed), seed, steps, p_in)
}

fn run_net(name: &str, cfg: NeuroCoreConfig, net: Network, seed: u64, steps: usize, p_in: f64) {
    let mut gold = Core::new(net.clone()).expect("valid network");
    let mut hw = CoreBench::new(name, cfg);
    hw.load(&net);
    let inputs = poisson_inputs(net.inputs, steps, p_in, seed);
    let (mut total_spikes, mut total_events, mut total_cycles) = (0usize, 0usize, 0u64);
    let loaded_at = hw.b.cycle;
    for (t, inp) in inputs.iter().enumerate() {
        let expect = gold.step(inp).expect("golden step").to_vec();
        let got = hw.step(inp);
        let events = gold.events().len();
        total_spikes += expect.len();
        total_events += events;
        total_cycles += got.cycles;
        for (n, (&a, &b)) in got.acc.iter().zip(gold.acc()).enumerate() {
            assert_eq!(
                a, b,
                "{name} seed {seed} step {t}: neuron {n} field acc: hw {a} gold {b}"
            );
        }
        let state = hw.b.uut.neuron_state();
        for (n, (h, g)) in state.iter().zip(gold.state()).enumerate() {
            assert_eq!(
                h.0, g.i,
                "{name} seed {seed} step {t}: neuron {n} field i: hw {} gold {}",
                h.0, g.i
            );
            assert_eq!(
                h.1, g.v,
                "{name} seed {seed} step {t}: neuron {n} field v: hw {} gold {}",
                h.1, g.v
            );
            assert_eq!(
                h.2, g.refr,
                "{name} seed {seed} step {t}: neuron {n} field ref: hw {} gold {}",
                h.2, g.refr
            );
        }
        assert_eq!(
            got.spikes, expect,
            "{name} seed {seed} step {t}: spikes hw {:?} gold {:?}",
            got.spikes, expect
        );
        if net.stdp.is_some() {
            let what = format!("{name} seed {seed} step {t}");
            for (s, (h, g)) in
                hw.b.uut
                    .pre_traces()
                    .iter()
                    .zip(gold.pre_traces())
                    .enumerate()
            {
                assert_eq!(h, g, "{what}: source {s} field pre_trace: hw {h} gold {g}");
            }
            for (n, (h, g)) in
                hw.b.uut
                    .post_traces()
                    .iter()
                    .zip(gold.post_traces())
                    .enumerate()
            {
                assert_eq!(h, g, "{what}: neuron {n} field post_trace: hw {h} gold {g}");
            }
            hw.check_weights(gold.network(), &what);
        }
        if let Some(formula) =
            core_step_cycles(&net, gold.events(), !expect.is_empty(), gold.pre_traces())
        {
            assert_eq!(
                got.cycles as usize, formula,
                "{name} seed {seed} step {t}: cycles hw {} formula {formula} ({events} events)",
                got.cycles
            );
        }
    }
    let lo = hw.read(address(0, REGION_REGS, REG_STEPS_LO)) as usize;
    assert_eq!(lo, steps, "{name}: steps register");
    let changed = net
        .weights
        .iter()
        .zip(&gold.network().weights)
        .filter(|(a, b)| a != b)
        .count();
    eprintln!(
        "{name} seed {seed}: {} inputs x {} neurons, {steps} steps, {total_events} events, \
         {total_spikes} spikes, {changed} weights changed by learning, {:.1} cycles/step, \
         {} cycles simulated ({} to load)",
        cfg.inputs,
        cfg.neurons,
        total_cycles as f64 / steps as f64,
        hw.b.cycle,
        loaded_at
    );
}

fn small_spec(inputs: usize, neurons: usize) -> NetSpec {
    NetSpec {
        random_params: true,
        weight_shift: 5,
        ..NetSpec::sparse(inputs, neurons, 0.5)
    }
}

#[test]
fn small_cores_match_golden_model() {
    for seed in 1..=5 {
        let cfg = NeuroCoreConfig {
            inputs: 6,
            neurons: 5,
            memory: MemoryKind::BlockRam,
        };
        run("small", cfg, &small_spec(6, 5), seed, 200, 0.3);
    }
}

#[test]
fn tiny_cores_with_one_word_rows_match_golden_model() {
    // rows of one word: a bubble per event, so the cycle formula is not asserted
    for (seed, neurons) in [(11, 1), (12, 2), (13, 1), (14, 2), (15, 2)] {
        let cfg = NeuroCoreConfig {
            inputs: 3,
            neurons,
            memory: MemoryKind::BlockRam,
        };
        run("tiny", cfg, &small_spec(3, neurons), seed, 200, 0.4);
    }
}

#[test]
fn medium_cores_match_golden_model() {
    for (seed, inputs, neurons) in [
        (21, 40, 24),
        (22, 17, 33),
        (23, 64, 64),
        (24, 30, 7),
        (25, 9, 50),
    ] {
        let cfg = NeuroCoreConfig {
            inputs,
            neurons,
            memory: if seed % 2 == 0 {
                MemoryKind::Spram
            } else {
                MemoryKind::BlockRam
            },
        };
        run("medium", cfg, &small_spec(inputs, neurons), seed, 200, 0.15);
    }
}

#[test]
fn up5k_core_matches_golden_model() {
    // the full UP5K configuration at a moderate event rate, to keep the default suite fast
    let spec = NetSpec {
        random_params: true,
        weight_shift: 2,
        ..NetSpec::sparse(256, 256, 0.1)
    };
    run("up5k", NeuroCoreConfig::up5k(), &spec, 31, 200, 0.01);
}

#[test]
#[ignore = "long: UP5K configuration at a high event rate (about 1M cycles)"]
fn up5k_core_high_activity_matches_golden_model() {
    let spec = NetSpec {
        random_params: true,
        weight_shift: 3,
        ..NetSpec::sparse(256, 256, 0.2)
    };
    run("up5k_busy", NeuroCoreConfig::up5k(), &spec, 31, 200, 0.03);
}

fn stdp_spec(inputs: usize, neurons: usize) -> NetSpec {
    NetSpec {
        stdp: true,
        ..small_spec(inputs, neurons)
    }
}

#[test]
fn small_cores_with_stdp_match_golden_model() {
    for (seed, inputs, neurons) in [(41, 6, 5), (42, 4, 8), (43, 9, 3), (44, 5, 1), (45, 7, 6)] {
        let cfg = NeuroCoreConfig {
            inputs,
            neurons,
            memory: if seed % 2 == 0 {
                MemoryKind::Spram
            } else {
                MemoryKind::BlockRam
            },
        };
        run(
            "small_stdp",
            cfg,
            &stdp_spec(inputs, neurons),
            seed,
            200,
            0.3,
        );
    }
}

#[test]
fn medium_cores_with_stdp_match_golden_model() {
    for (seed, inputs, neurons) in [(51, 24, 16), (52, 20, 18), (53, 13, 21)] {
        let cfg = NeuroCoreConfig {
            inputs,
            neurons,
            memory: if seed % 2 == 0 {
                MemoryKind::Spram
            } else {
                MemoryKind::BlockRam
            },
        };
        run(
            "medium_stdp",
            cfg,
            &stdp_spec(inputs, neurons),
            seed,
            200,
            0.15,
        );
    }
}

/// The UP5K configuration with STDP for 40 steps, with all plastic rows of the generated
/// network (about half of the 512). The STDP pass rewrites only the rows whose weights can
/// change (a pre event, or a post spike with a non-zero potentiation term): ~79K cycles
/// per step here; 40 steps took 375 s on a 2-core machine (200 took 35 minutes in CI).
#[test]
#[ignore = "long: UP5K configuration with STDP, 40 steps (about 6 minutes)"]
fn up5k_core_with_stdp_matches_golden_model() {
    let spec = NetSpec {
        random_params: true,
        weight_shift: 3,
        stdp: true,
        ..NetSpec::sparse(256, 256, 0.2)
    };
    run_net(
        "up5k_stdp",
        NeuroCoreConfig::up5k(),
        network(&spec, 61),
        61,
        40,
        0.03,
    );
}

#[test]
#[ignore = "long sweep: 40 seeds of random small and medium cores with and without STDP, 150 steps each (about 5 minutes)"]
fn sweep_random_cores() {
    for seed in 200..240u64 {
        let inputs = 1 + (seed as usize * 7) % 30;
        let neurons = 1 + (seed as usize * 11) % 40;
        let cfg = NeuroCoreConfig {
            inputs,
            neurons,
            memory: if seed % 2 == 0 {
                MemoryKind::Spram
            } else {
                MemoryKind::BlockRam
            },
        };
        let spec = if seed % 3 == 0 {
            small_spec(inputs, neurons)
        } else {
            stdp_spec(inputs, neurons)
        };
        run("sweep", cfg, &spec, seed, 150, 0.2);
    }
}
