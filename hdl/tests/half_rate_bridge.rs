//! `HalfRateBridge` against its timing contract, cycle by cycle, in rust-hdl simulation.
//!
//! Core clock edges are numbered 1, 2, ...; core cycle n is the time after edge n. The
//! divider rises at the odd edges (link edges), so the link's registers change there; the
//! even edges are mid edges. The contract (module documentation), written out per core
//! cycle n from the inputs of earlier cycles:
//! - link → core: a strobe is seen in core cycle n only for even n (the second half of its
//!   link cycle); data passes unchanged.
//! - core → link: in link cycle L (odd n = L and L + 1), `l_ctrl_ready`, `l_busy` and
//!   `l_out_spike_valid` are the core's values of cycle L - 2, `l_ctrl_rvalid` / `l_done` are
//!   the OR of the core's pulses in cycles L - 3 and L - 2; `l_out_spike` in cycle n is the
//!   core's value of the last odd cycle before the last mid edge; `l_ctrl_rdata` is
//!   `c_ctrl_rdata` of the last cycle with `c_ctrl_rvalid` before n.
//!
//! Inputs are random (seeded): link-side inputs change only at link edges, core-side inputs
//! every cycle, core pulses at least two cycles apart (one access or step at a time).

use neurocore::link::half_rate_bridge::HalfRateBridge;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

/// Link-side inputs of one link cycle.
#[derive(Clone, Copy, Default, Debug)]
struct LinkIn {
    addr: u32,
    wdata: u16,
    spike: u16,
    write: bool,
    read: bool,
    push: bool,
    start: bool,
    pop: bool,
    reset: bool,
}

/// Core-side inputs of one core cycle.
#[derive(Clone, Copy, Default, Debug)]
struct CoreIn {
    ready: bool,
    rdata: u16,
    rvalid: bool,
    busy: bool,
    done: bool,
    head: u16,
    head_valid: bool,
}

fn check(cycle: usize, signal: &str, got: u64, want: u64) {
    assert_eq!(
        got, want,
        "core cycle {cycle}: {signal} is {got:#x}, the contract says {want:#x}"
    );
}

#[test]
fn bridge_meets_its_timing_contract_cycle_by_cycle() {
    for seed in 1..=4u64 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut uut = HalfRateBridge::default();
        uut.clock.connect();
        uut.l_ctrl_addr.connect();
        uut.l_ctrl_wdata.connect();
        uut.l_ctrl_write.connect();
        uut.l_ctrl_read.connect();
        uut.l_in_spike.connect();
        uut.l_in_spike_write.connect();
        uut.l_step_start.connect();
        uut.l_out_spike_read.connect();
        uut.l_core_reset.connect();
        uut.c_ctrl_ready.connect();
        uut.c_ctrl_rdata.connect();
        uut.c_ctrl_rvalid.connect();
        uut.c_busy.connect();
        uut.c_done.connect();
        uut.c_out_spike.connect();
        uut.c_out_spike_valid.connect();
        uut.connect_all();
        // core[n], link[n]: the inputs during core cycle n (index 0: before edge 1)
        let mut core: Vec<CoreIn> = vec![CoreIn::default()];
        let mut link: Vec<LinkIn> = vec![LinkIn::default()];
        let (mut last_rvalid, mut last_done) = (0usize, 0usize);
        simulate(&mut uut, 100);
        for n in 1..4000usize {
            // edge n
            uut.clock.next = Clock::from(true);
            simulate(&mut uut, 100);
            uut.clock.next = Clock::from(false);
            simulate(&mut uut, 100);
            // inputs of cycle n
            let l = if n % 2 == 1 {
                let s: u8 = rng.gen_range(0..8);
                LinkIn {
                    addr: rng.gen::<u32>() & 0xFF_FFFF,
                    wdata: rng.gen(),
                    spike: rng.gen(),
                    write: s == 1,
                    read: s == 2,
                    push: s == 3 || rng.gen_bool(0.1),
                    start: s == 4,
                    pop: s == 5 || rng.gen_bool(0.1),
                    reset: s == 6,
                }
            } else {
                link[n - 1]
            };
            let mut c = CoreIn {
                ready: rng.gen(),
                rdata: rng.gen(),
                rvalid: false,
                busy: rng.gen(),
                done: false,
                head: rng.gen(),
                head_valid: rng.gen(),
            };
            if n - last_rvalid >= 2 && rng.gen_bool(0.3) {
                c.rvalid = true;
                last_rvalid = n;
            }
            if n - last_done >= 2 && rng.gen_bool(0.3) {
                c.done = true;
                last_done = n;
            }
            link.push(l);
            core.push(c);
            uut.l_ctrl_addr.next = (l.addr as u64).to_bits();
            uut.l_ctrl_wdata.next = (l.wdata as u64).to_bits();
            uut.l_in_spike.next = (l.spike as u64).to_bits();
            uut.l_ctrl_write.next = l.write;
            uut.l_ctrl_read.next = l.read;
            uut.l_in_spike_write.next = l.push;
            uut.l_step_start.next = l.start;
            uut.l_out_spike_read.next = l.pop;
            uut.l_core_reset.next = l.reset;
            uut.c_ctrl_ready.next = c.ready;
            uut.c_ctrl_rdata.next = (c.rdata as u64).to_bits();
            uut.c_ctrl_rvalid.next = c.rvalid;
            uut.c_busy.next = c.busy;
            uut.c_done.next = c.done;
            uut.c_out_spike.next = (c.head as u64).to_bits();
            uut.c_out_spike_valid.next = c.head_valid;
            simulate(&mut uut, 100);

            // link → core, cycle n
            let second_half = n % 2 == 0;
            let strobes = [
                ("c_ctrl_write", uut.c_ctrl_write.val(), l.write),
                ("c_ctrl_read", uut.c_ctrl_read.val(), l.read),
                ("c_in_spike_write", uut.c_in_spike_write.val(), l.push),
                ("c_step_start", uut.c_step_start.val(), l.start),
                ("c_out_spike_read", uut.c_out_spike_read.val(), l.pop),
                ("c_core_reset", uut.c_core_reset.val(), l.reset),
            ];
            for (name, got, want) in strobes {
                check(n, name, got as u64, (want && second_half) as u64);
            }
            check(
                n,
                "c_ctrl_addr",
                uut.c_ctrl_addr.val().to_u64(),
                l.addr as u64,
            );
            check(
                n,
                "c_ctrl_wdata",
                uut.c_ctrl_wdata.val().to_u64(),
                l.wdata as u64,
            );
            check(
                n,
                "c_in_spike",
                uut.c_in_spike.val().to_u64(),
                l.spike as u64,
            );

            // core → link: the link cycle that contains core cycle n starts at edge L
            if n >= 4 {
                let big_l = if n % 2 == 1 { n } else { n - 1 };
                let s = core[big_l - 2];
                check(
                    n,
                    "l_ctrl_ready",
                    uut.l_ctrl_ready.val() as u64,
                    s.ready as u64,
                );
                check(n, "l_busy", uut.l_busy.val() as u64, s.busy as u64);
                check(
                    n,
                    "l_out_spike_valid",
                    uut.l_out_spike_valid.val() as u64,
                    s.head_valid as u64,
                );
                let (p, q) = (core[big_l - 3], core[big_l - 2]);
                check(
                    n,
                    "l_ctrl_rvalid",
                    uut.l_ctrl_rvalid.val() as u64,
                    (p.rvalid | q.rvalid) as u64,
                );
                check(
                    n,
                    "l_done",
                    uut.l_done.val() as u64,
                    (p.done | q.done) as u64,
                );
                // head: loaded at the last mid edge (even edge m <= n) from cycle m - 1
                let m = if n % 2 == 0 { n } else { n - 1 };
                check(
                    n,
                    "l_out_spike",
                    uut.l_out_spike.val().to_u64(),
                    core[m - 1].head as u64,
                );
                if let Some(j) = (1..n).rev().find(|&j| core[j].rvalid) {
                    check(
                        n,
                        "l_ctrl_rdata",
                        uut.l_ctrl_rdata.val().to_u64(),
                        core[j].rdata as u64,
                    );
                }
            }
        }
    }
}

#[test]
fn link_clock_is_half_the_core_clock_rising_at_odd_edges() {
    let mut uut = HalfRateBridge::default();
    uut.clock.connect();
    uut.connect_all();
    simulate(&mut uut, 100);
    for n in 1..=16usize {
        uut.clock.next = Clock::from(true);
        simulate(&mut uut, 100);
        assert_eq!(uut.link_clock.val().clk, n % 2 == 1, "after core edge {n}");
        uut.clock.next = Clock::from(false);
        simulate(&mut uut, 100);
    }
}
