//! Control port: read-back of every region, out-of-range accesses, counters, queue
//! overflow counting and `core_reset`, against the golden model.

mod common;

use common::CoreBench;
use neurocore::control_map::*;
use neurocore::{MemoryKind, NeuroCoreConfig};
use neurosim::gen::{network, poisson_inputs, NetSpec};
use neurosim::Core;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn spec(inputs: usize, neurons: usize) -> NetSpec {
    NetSpec {
        random_params: true,
        weight_shift: 5,
        ..NetSpec::sparse(inputs, neurons, 0.5)
    }
}

#[test]
fn every_region_reads_back() {
    for (seed, memory) in [
        (1u64, MemoryKind::BlockRam),
        (2, MemoryKind::Spram),
        (3, MemoryKind::BlockRam),
        (4, MemoryKind::Spram),
        (5, MemoryKind::BlockRam),
    ] {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let cfg = NeuroCoreConfig {
            inputs: rng.gen_range(1..20),
            neurons: rng.gen_range(1..20),
            memory,
        };
        let mut hw = CoreBench::new("control_readback", cfg);
        let net = network(&spec(cfg.inputs, cfg.neurons), seed);
        hw.load(&net);
        for (n, p) in net.params.iter().enumerate() {
            let base = (n * 4) as u64;
            assert_eq!(
                hw.read(address(0, REGION_PARAMS, base + K_BIAS)),
                p.bias as u16,
                "seed {seed} neuron {n} bias"
            );
            assert_eq!(
                hw.read(address(0, REGION_PARAMS, base + K_THRESHOLD)),
                p.threshold as u16,
                "seed {seed} neuron {n} threshold"
            );
            assert_eq!(
                hw.read(address(0, REGION_PARAMS, base + K_CTL)),
                ctl_word(p),
                "seed {seed} neuron {n} ctl"
            );
        }
        let rw = row_words(cfg.neurons);
        let words = hw.b.uut.weight_words().to_vec();
        for s in 0..cfg.sources() {
            for m in 0..cfg.neurons.div_ceil(2) {
                let a = s * rw + m;
                assert_eq!(
                    hw.read(address(0, REGION_WEIGHTS, a as u64)),
                    words[a],
                    "seed {seed} source {s} word {m}"
                );
                let lo = net.weight(s, 2 * m) as u8 as u16;
                assert_eq!(
                    words[a] & 0xFF,
                    lo,
                    "seed {seed} source {s} neuron {} weight",
                    2 * m
                );
            }
        }
        // state: write random values, read back
        let mut state = Vec::new();
        for n in 0..cfg.neurons {
            let (i, v, r) = (rng.gen::<u16>(), rng.gen::<u16>(), rng.gen_range(0..16u16));
            hw.write(address(0, REGION_STATE, (n * 4) as u64 + K_I), i);
            hw.write(address(0, REGION_STATE, (n * 4) as u64 + K_V), v);
            hw.write(address(0, REGION_STATE, (n * 4) as u64 + K_REF), r);
            state.push((i as i16, v as i16, r as u8));
        }
        assert_eq!(hw.b.uut.neuron_state(), state, "seed {seed}: state written");
        for (n, &(i, v, r)) in state.iter().enumerate() {
            assert_eq!(
                hw.read(address(0, REGION_STATE, (n * 4) as u64 + K_I)),
                i as u16,
                "seed {seed} neuron {n} i"
            );
            assert_eq!(
                hw.read(address(0, REGION_STATE, (n * 4) as u64 + K_V)),
                v as u16,
                "seed {seed} neuron {n} v"
            );
            assert_eq!(
                hw.read(address(0, REGION_STATE, (n * 4) as u64 + K_REF)),
                r as u16,
                "seed {seed} neuron {n} ref"
            );
        }
        // out of range: neuron N, k = 3, another core: ignored / read 0
        let n = cfg.neurons as u64;
        hw.write(address(0, REGION_STATE, n * 4 + K_V), 0x1234);
        hw.write(address(0, REGION_STATE, 3), 0x1234);
        hw.write(address(1, REGION_STATE, K_V), 0x1234);
        assert_eq!(
            hw.b.uut.neuron_state(),
            state,
            "seed {seed}: out-of-range writes changed state"
        );
        assert_eq!(
            hw.read(address(0, REGION_STATE, n * 4 + K_V)),
            0,
            "seed {seed}: neuron N reads 0"
        );
        assert_eq!(
            hw.read(address(1, REGION_STATE, K_V)),
            0,
            "seed {seed}: core 1 reads 0"
        );
        assert_eq!(
            hw.read(address(0, REGION_REGS, REG_CONFIG)),
            net.weight_shift as u16,
            "seed {seed}: weight_shift"
        );
    }
}

#[test]
fn counters_overflow_and_reset() {
    for seed in 11..16u64 {
        let cfg = NeuroCoreConfig {
            inputs: 5,
            neurons: 6,
            memory: MemoryKind::BlockRam,
        };
        let net = network(&spec(5, 6), seed);
        let mut gold = Core::new(net.clone()).expect("valid");
        let mut hw = CoreBench::new("control_counters", cfg);
        hw.load(&net);
        // input overflow: channels >= inputs and more than the queue holds (8 words)
        for &c in &[5u32, 9, 70] {
            hw.b.uut.in_spike.next = rust_hdl::prelude::ToBits::to_bits(c as u64);
            hw.b.uut.in_spike_write.next = true;
            hw.b.tick();
        }
        hw.b.uut.in_spike_write.next = false;
        assert_eq!(
            hw.read(address(0, REGION_REGS, REG_IN_OVERFLOW)),
            3,
            "seed {seed}: bad channels counted"
        );
        // steps without popping: the output queue (8 words) overflows
        let inputs = poisson_inputs(5, 40, 0.5, seed);
        let mut queued = 0usize;
        let mut dropped = 0usize;
        let mut expect_queue = Vec::new();
        for inp in &inputs {
            let spikes = gold.step(inp).expect("gold").to_vec();
            let r = hw.step_no_pop(inp);
            let cyc = hw.read(address(0, REGION_REGS, REG_CYCLES_LO)) as u64
                | (hw.read(address(0, REGION_REGS, REG_CYCLES_HI)) as u64) << 16;
            assert_eq!(cyc, r.cycles, "seed {seed}: cycles register");
            for s in spikes {
                if queued < 8 {
                    queued += 1;
                    expect_queue.push(s);
                } else {
                    dropped += 1;
                }
            }
        }
        assert!(dropped > 0, "seed {seed}: test needs an overflow");
        assert_eq!(
            hw.read(address(0, REGION_REGS, REG_OUT_OVERFLOW)) as usize,
            dropped,
            "seed {seed}: output overflow count"
        );
        assert_eq!(hw.pop_all(), expect_queue, "seed {seed}: queued spikes");
        assert_eq!(
            hw.read(address(0, REGION_REGS, REG_STEPS_LO)) as usize,
            inputs.len(),
            "seed {seed}: steps"
        );
        // reset: state, queues and counters cleared, weights and params kept
        hw.b.uut.core_reset.next = true;
        hw.b.tick();
        hw.b.uut.core_reset.next = false;
        for reg in [
            REG_STEPS_LO,
            REG_STEPS_HI,
            REG_CYCLES_LO,
            REG_OUT_OVERFLOW,
            REG_IN_OVERFLOW,
        ] {
            assert_eq!(
                hw.read(address(0, REGION_REGS, reg)),
                0,
                "seed {seed}: register {reg} after reset"
            );
        }
        assert!(
            hw.b.uut.neuron_state().iter().all(|&s| s == (0, 0, 0)),
            "seed {seed}: state after reset"
        );
        gold.reset_state();
        for (t, inp) in poisson_inputs(5, 30, 0.4, seed + 100).iter().enumerate() {
            let expect = gold.step(inp).expect("gold").to_vec();
            let got = hw.step(inp);
            assert_eq!(
                got.spikes, expect,
                "seed {seed} step {t} after reset: spikes"
            );
        }
    }
}
