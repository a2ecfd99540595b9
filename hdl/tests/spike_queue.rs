//! Spike queue vs a `VecDeque` model: random pushes, pops, drops and clears; every cycle
//! the count, `nonempty`, the overflow counter and (when shown) the head word must match, and a
//! queued word must reach the head within 2 cycles.

mod common;

use common::Bench;
use neurocore::spike_queue::SpikeQueue;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;
use std::collections::VecDeque;

fn run_seed(seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let depth = 1usize << rng.gen_range(1..=6);
    let mut b = Bench::new(
        &format!("spike_queue_{seed}"),
        SpikeQueue::new(depth).expect("depth"),
        |u| &mut u.clock,
    );
    let mut model: VecDeque<u16> = VecDeque::new();
    let mut overflow = 0u16;
    let mut overflow_next = 0u16; // the counter shows a drop one cycle later
    let mut waiting = 0; // cycles the model has had a word without a visible head
    let push_p = rng.gen_range(0.1..0.9);
    let pop_p = rng.gen_range(0.1..0.9);
    for cycle in 0..3000 {
        let what = format!("seed {seed} depth {depth} cycle {cycle}");
        assert_eq!(
            b.uut.count.val().index(),
            model.len(),
            "{what}: field count"
        );
        assert_eq!(
            b.uut.nonempty.val(),
            !model.is_empty(),
            "{what}: field nonempty"
        );
        assert_eq!(
            b.uut.overflow.val().to_u16(),
            overflow,
            "{what}: field overflow"
        );
        let hv = b.uut.head_valid.val();
        if hv {
            let head = b.uut.head.val().to_u16();
            assert_eq!(Some(&head), model.front(), "{what}: field head: hw {head}");
            waiting = 0;
        } else if !model.is_empty() {
            waiting += 1;
            assert!(waiting <= 2, "{what}: head not shown for {waiting} cycles");
        }
        let clear = rng.gen_bool(0.002);
        let push = rng.gen_bool(push_p);
        let pop = hv && rng.gen_bool(pop_p);
        let drop = rng.gen_bool(0.02);
        let data: u16 = rng.gen();
        b.uut.clear.next = clear;
        b.uut.push.next = push;
        b.uut.push_data.next = (data as u64).to_bits();
        b.uut.pop.next = pop;
        b.uut.drop.next = drop;
        b.tick();
        overflow = overflow_next;
        if clear {
            model.clear();
            overflow = 0;
            overflow_next = 0;
            waiting = 0;
            continue;
        }
        if pop {
            model.pop_front();
        }
        // a push is refused when the queue held `depth` words before this cycle's pop
        let held_before = model.len() + usize::from(pop);
        if push {
            if held_before == depth {
                overflow_next = overflow_next.saturating_add(1);
            } else {
                model.push_back(data);
            }
        }
        if drop {
            overflow_next = overflow_next.saturating_add(1);
        }
    }
}

#[test]
fn spike_queue_matches_model() {
    for seed in 1..=8 {
        run_seed(seed);
    }
}
