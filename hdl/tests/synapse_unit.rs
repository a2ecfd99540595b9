//! Synapse unit vs `neurosim::Core::acc()`: random networks and input trains; events fed
//! through the show-ahead handshake (with random gaps), accumulators compared after every
//! step, then read out and cleared through the LIF port.

mod common;

use common::Bench;
use neurocore::control_map::row_words;
use neurocore::synapse_unit::{SynapseUnit, DRAIN_CYCLES};
use neurocore::MemoryKind;
use neurosim::gen::{network, poisson_inputs, NetSpec};
use neurosim::Core;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

fn run_seed(seed: u64, inputs: usize, neurons: usize, kind: MemoryKind, gaps: bool) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let spec = NetSpec {
        random_params: true,
        weight_shift: rng.gen_range(0..=7),
        input_weights: (-128, 127),
        recurrent_weights: (-128, 127),
        ..NetSpec::sparse(inputs, neurons, 0.7)
    };
    let net = network(&spec, seed);
    let mut gold = Core::new(net.clone()).expect("valid network");
    let mut b = Bench::new(
        &format!("synapse_unit_{seed}"),
        SynapseUnit::new(kind, neurons, net.sources()).expect("size"),
        |u| &mut u.clock,
    );
    let words = neurons.div_ceil(2);
    let rw = row_words(neurons);
    for s in 0..net.sources() {
        for m in 0..words {
            let lo = net.weight(s, 2 * m) as u8 as u64;
            let hi = if 2 * m + 1 < neurons {
                net.weight(s, 2 * m + 1) as u8 as u64
            } else {
                0
            };
            b.uut.wmem_addr.next = ((s * rw + m) as u64).to_bits();
            b.uut.wmem_wdata.next = ((hi << 8) | lo).to_bits();
            b.uut.wmem_write.next = true;
            b.tick();
        }
    }
    b.uut.wmem_write.next = false;
    b.uut.weight_shift.next = (net.weight_shift as u64).to_bits();
    for (t, inp) in poisson_inputs(inputs, 30, 0.3, seed).iter().enumerate() {
        gold.step(inp).expect("golden step");
        let events = gold.events().to_vec();
        let mut k = 0;
        let mut cycles = 0usize;
        let mut first_take = None;
        while k < events.len() || !b.uut.idle.val() {
            let offer = k < events.len() && !(gaps && rng.gen_bool(0.2));
            b.uut.ev_valid.next = offer;
            if offer {
                b.uut.ev_s.next = (events[k] as u64).to_bits();
            }
            b.settle();
            if b.uut.ev_take.val() {
                first_take.get_or_insert(cycles);
                k += 1;
            }
            b.tick();
            cycles += 1;
            assert!(
                cycles < 1_000_000,
                "seed {seed} step {t}: synapse unit never idle"
            );
        }
        b.uut.ev_valid.next = false;
        if let (false, Some(f), true) = (gaps, first_take, words >= 2) {
            assert_eq!(
                cycles - f,
                events.len() * words + DRAIN_CYCLES,
                "seed {seed} step {t}: cycles from first take to idle ({} events)",
                events.len()
            );
        }
        let acc = b.uut.accumulators(neurons);
        for (n, (&h, &g)) in acc.iter().zip(gold.acc()).enumerate() {
            assert_eq!(
                h, g,
                "seed {seed} step {t}: neuron {n} field acc: hw {h} gold {g}"
            );
        }
        // LIF read-out (one neuron per cycle, data two cycles later) returns acc and
        // clears it
        for c in 0..neurons + 2 {
            b.uut.lif_read.next = c < neurons;
            b.uut.lif_n.next = (c.min(neurons - 1) as u64).to_bits();
            b.tick();
            if (1..=neurons).contains(&c) {
                let n = c - 1;
                let got = common::sext(b.uut.lif_acc.val().to_u64(), 26) as i32;
                assert_eq!(
                    got,
                    gold.acc()[n],
                    "seed {seed} step {t} cycle {c}: neuron {n} field lif_acc"
                );
            }
        }
        b.uut.lif_read.next = false;
        b.tick();
        let acc = b.uut.accumulators(neurons);
        assert!(
            acc.iter().all(|&a| a == 0),
            "seed {seed} step {t}: accumulators not cleared: {acc:?}"
        );
    }
}

#[test]
fn synapse_unit_matches_golden_acc() {
    // short rows (1..4 words) exercise the accumulator forwarding paths
    let cases = [
        (1, 5, 1, MemoryKind::BlockRam, false),
        (2, 4, 3, MemoryKind::BlockRam, false),
        (3, 7, 5, MemoryKind::Spram, false),
        (4, 6, 8, MemoryKind::BlockRam, true),
        (5, 20, 13, MemoryKind::Spram, true),
        (6, 33, 40, MemoryKind::BlockRam, false),
        (7, 3, 2, MemoryKind::Spram, true),
    ];
    for (seed, inputs, neurons, kind, gaps) in cases {
        run_seed(seed, inputs, neurons, kind, gaps);
    }
}
