//! Spike router: random input pushes (also out of range and during a step), random
//! consumer stalls and random spike trains; the event stream of every step must be the
//! queued inputs in push order followed by the previous step's spikes (as sources
//! `inputs + m`, ascending), and the output queue must return every spike.

mod common;

use common::Bench;
use neurocore::spike_router::SpikeRouter;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

fn run_seed(seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let inputs = rng.gen_range(1..40);
    let neurons = rng.gen_range(1..40);
    let mut b = Bench::new(
        &format!("spike_router_{seed}"),
        SpikeRouter::new(inputs, neurons).expect("size"),
        |u| &mut u.clock,
    );
    let cap = inputs.next_power_of_two().max(2);
    let mut queued: Vec<u32> = Vec::new();
    let mut prev_spikes: Vec<u32> = Vec::new();
    let mut in_overflow = 0u16;
    // `held`: words of the current step still in the hardware queue
    let push =
        |b: &mut Bench<SpikeRouter>, c: u32, held: usize, queued: &mut Vec<u32>, ovf: &mut u16| {
            b.uut.in_spike.next = (c as u64).to_bits();
            b.uut.in_spike_write.next = true;
            b.tick();
            b.uut.in_spike_write.next = false;
            if (c as usize) < inputs && held + queued.len() < cap {
                queued.push(c);
            } else {
                *ovf += 1;
            }
        };
    for step in 0..40 {
        let what = format!("seed {seed} step {step}");
        for _ in 0..rng.gen_range(0..inputs + 3) {
            let c = rng.gen_range(0..inputs as u32 + 2);
            push(&mut b, c, 0, &mut queued, &mut in_overflow);
        }
        b.tick(); // the overflow counter lags a drop by one cycle
        assert_eq!(
            b.uut.in_overflow.val().to_u16(),
            in_overflow,
            "{what}: field in_overflow"
        );
        let mut expect: Vec<u32> = std::mem::take(&mut queued);
        let step_inputs = expect.len();
        expect.extend(prev_spikes.iter().map(|&m| inputs as u32 + m));
        b.uut.step_begin.next = true;
        b.tick();
        b.uut.step_begin.next = false;
        let mut got = Vec::new();
        let mut cycles = 0;
        loop {
            b.settle();
            if b.uut.ev_done.val() {
                break;
            }
            let take = b.uut.ev_valid.val() && rng.gen_bool(0.6);
            if take {
                got.push(b.uut.ev_s.val().to_u32());
            }
            b.uut.ev_take.next = take;
            // pushes during the step belong to the next step
            if rng.gen_bool(0.1) {
                b.tick();
                b.uut.ev_take.next = false;
                let c = rng.gen_range(0..inputs as u32);
                let held = step_inputs.saturating_sub(got.len());
                push(&mut b, c, held, &mut queued, &mut in_overflow);
            } else {
                b.tick();
                b.uut.ev_take.next = false;
            }
            cycles += 1;
            assert!(cycles < 10_000, "{what}: events never done");
        }
        assert_eq!(got, expect, "{what}: field event stream");
        // LIF pass: random ascending spikes
        b.uut.lif_begin.next = true;
        b.tick();
        b.uut.lif_begin.next = false;
        // `lif_begin` takes effect one cycle late (in the core the pass's first spike is
        // LIF_LATENCY cycles away)
        b.tick();
        let spikes: Vec<u32> = (0..neurons as u32).filter(|_| rng.gen_bool(0.3)).collect();
        for &n in &spikes {
            b.uut.spike_valid.next = true;
            b.uut.spike_n.next = (n as u64).to_bits();
            b.tick();
            if rng.gen_bool(0.3) {
                b.uut.spike_valid.next = false;
                b.tick();
            }
        }
        b.uut.spike_valid.next = false;
        b.tick();
        b.tick();
        let mut out = Vec::new();
        while b.uut.out_spike_valid.val() {
            out.push(b.uut.out_spike.val().to_u32());
            b.uut.out_spike_read.next = true;
            b.tick();
            b.uut.out_spike_read.next = false;
            b.settle();
        }
        assert_eq!(out, spikes, "{what}: field output queue");
        assert_eq!(
            b.uut.out_overflow.val().to_u16(),
            0,
            "{what}: field out_overflow"
        );
        prev_spikes = spikes;
    }
}

#[test]
fn spike_router_merges_and_queues() {
    for seed in 1..=8 {
        run_seed(seed);
    }
}
