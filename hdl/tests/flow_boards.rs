//! Simulation tests of the board tops and their blocks (PLL lock → reset release, heartbeat, UART echo).
//!
//! Plain simulation loop: set the clock level, let rust-hdl settle, sample. "Edge k" is the k-th rising
//! edge of the board oscillator (= core clock in the behavioural PLL model).

use neurocore::boards::bringup::Bringup;
use neurocore::boards::ecp5_pll::Ecp5PllConfig;
use neurocore::boards::ice40_pll::Ice40PllConfig;
use neurocore::boards::icebreaker::IceBreakerTop;
use neurocore::boards::lock_model::LOCK_CYCLES;
use neurocore::boards::reset_sync::{ResetSync, HOLD_CYCLES, RELEASE_LATENCY};
use neurocore::boards::ulx3s::Ulx3sTop;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

const SEEDS: [u64; 5] = [1, 2, 3, 4, 5];

/// Drives one full clock period through `set_clock` and returns after the rising edge has settled
/// (the low half comes first).
fn cycle<B: Block>(uut: &mut B, set_clock: fn(&mut B, bool)) {
    set_clock(uut, false);
    assert!(simulate(uut, 100), "simulation did not settle");
    set_clock(uut, true);
    assert!(simulate(uut, 100), "simulation did not settle");
}

/// What the board top exposes per edge, in board-independent terms.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sample {
    locked: bool,
    reset: bool,
    lock_led: bool,
    user_led: bool,
    tx: bool,
}

/// Runs a board top for `edges` edges with a random UART input and checks reset release, the lock LED,
/// the heartbeat period and the UART echo.
fn check_board(seed: u64, half_period: u64, edges: u64, mut step: impl FnMut(bool) -> Sample) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut rx_history = vec![true];
    let mut lock_edge = None;
    let mut release_edge = None;
    let mut toggles = Vec::new();
    let mut last_led = false;
    for edge in 1..=edges {
        let rx = rng.gen_bool(0.5);
        let s = step(rx);
        if s.locked && lock_edge.is_none() {
            lock_edge = Some(edge);
        }
        if !s.reset && release_edge.is_none() {
            release_edge = Some(edge);
        }
        assert_eq!(
            s.lock_led, !s.reset,
            "seed {seed} edge {edge}: lock LED {} vs reset {}",
            s.lock_led, s.reset
        );
        if s.reset {
            assert!(
                release_edge.is_none(),
                "seed {seed} edge {edge}: reset asserted again after release"
            );
            assert!(
                !s.user_led,
                "seed {seed} edge {edge}: heartbeat LED on during reset"
            );
        }
        // Two synchroniser flip-flops: after edge e, tx is the rx sampled at edge e - 1 (idle high at start).
        let expected_tx = rx_history[rx_history.len() - 1];
        assert_eq!(
            s.tx, expected_tx,
            "seed {seed} edge {edge}: tx {} expected {}",
            s.tx, expected_tx
        );
        rx_history.push(rx);
        if s.user_led != last_led {
            toggles.push(edge);
            last_led = s.user_led;
        }
    }
    // The behavioural PLL raises `locked` at edge LOCK_CYCLES, and the synchroniser samples it at that
    // same edge in simulation (in hardware `locked` is asynchronous: one edge more or less).
    let lock_edge = lock_edge.expect("PLL never locked");
    assert_eq!(lock_edge, LOCK_CYCLES as u64, "seed {seed}: lock edge");
    let release_edge = release_edge.expect("reset never released");
    assert_eq!(
        release_edge - lock_edge,
        RELEASE_LATENCY,
        "seed {seed}: reset released at edge {release_edge}, lock at edge {lock_edge}"
    );
    assert!(
        toggles.len() >= 3,
        "seed {seed}: only {} heartbeat toggles",
        toggles.len()
    );
    assert_eq!(
        toggles[0] - release_edge,
        half_period,
        "seed {seed}: first toggle at {}",
        toggles[0]
    );
    for pair in toggles.windows(2) {
        assert_eq!(
            pair[1] - pair[0],
            half_period,
            "seed {seed}: toggles at {pair:?}"
        );
    }
}

#[test]
fn icebreaker_top_releases_reset_after_lock_and_blinks() {
    for seed in SEEDS {
        let half_period = 5 + seed * 3;
        let pll = Ice40PllConfig::for_frequency(12_000_000, 48_000_000).unwrap();
        let mut top = IceBreakerTop::new(Bringup::new(half_period).unwrap(), pll).unwrap();
        top.connect_all();
        let edges = LOCK_CYCLES as u64 + RELEASE_LATENCY + 4 * half_period + 3;
        check_board(seed, half_period, edges, |rx| {
            top.rx.next = rx;
            cycle(&mut top, |t, level| t.clk.next = Clock { clk: level });
            Sample {
                locked: top.pll.locked.val(),
                reset: top.reset_sync.reset.val(),
                lock_led: !top.ledg_n.val(),
                user_led: !top.ledr_n.val(),
                tx: top.tx.val(),
            }
        });
    }
}

#[test]
fn ulx3s_top_releases_reset_after_lock_and_blinks() {
    for seed in SEEDS {
        let half_period = 4 + seed * 5;
        let pll = Ecp5PllConfig::for_frequency(25_000_000, 100_000_000).unwrap();
        let mut top = Ulx3sTop::new(Bringup::new(half_period).unwrap(), pll).unwrap();
        top.connect_all();
        let edges = LOCK_CYCLES as u64 + RELEASE_LATENCY + 4 * half_period + 3;
        check_board(seed, half_period, edges, |rx| {
            top.ftdi_txd.next = rx;
            cycle(&mut top, |t, level| t.clk_25mhz.next = Clock { clk: level });
            let led = top.led.val();
            assert_eq!(
                led.get_bits::<6>(2),
                Bits::<6>::default(),
                "LEDs 7..2 must stay off"
            );
            assert!(top.wifi_gpio0.val(), "wifi_gpio0 must be high");
            Sample {
                locked: top.pll.locked.val(),
                reset: top.reset_sync.reset.val(),
                lock_led: led.get_bit(1),
                user_led: led.get_bit(0),
                tx: top.ftdi_rxd.val(),
            }
        });
    }
}

/// Reference model of `ResetSync`: the register contents after each rising edge.
#[derive(Default)]
struct ResetSyncModel {
    meta: bool,
    locked: bool,
    hold: u64,
    released: bool,
}

impl ResetSyncModel {
    /// One rising edge with `locked_in` at the synchroniser input; returns `reset` after the edge.
    fn edge(&mut self, locked_in: bool) -> bool {
        let hold = if !self.locked {
            0
        } else if self.hold != HOLD_CYCLES {
            self.hold + 1
        } else {
            self.hold
        };
        let released = self.locked && self.hold == HOLD_CYCLES;
        self.locked = self.meta;
        self.meta = locked_in;
        self.hold = hold;
        self.released = released;
        !self.released
    }
}

#[test]
fn reset_sync_matches_its_model_under_lock_glitches() {
    for seed in SEEDS {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut uut = ResetSync::new();
        uut.connect_all();
        let mut model = ResetSyncModel::default();
        let mut locked = false;
        let mut releases = 0;
        for edge in 1..=2000u64 {
            // Long locked stretches with occasional drops of random length.
            if locked && rng.gen_bool(0.01) || !locked && rng.gen_bool(0.2) {
                locked = !locked;
            }
            uut.locked.next = locked;
            let before = uut.reset.val();
            cycle(&mut uut, |u, level| u.clock.next = Clock { clk: level });
            let expected = model.edge(locked);
            let got = uut.reset.val();
            assert_eq!(
                got, expected,
                "seed {seed} edge {edge}: reset {got} expected {expected} (locked {locked})"
            );
            if before && !got {
                releases += 1;
            }
        }
        assert!(
            releases >= 3,
            "seed {seed}: only {releases} releases exercised"
        );
    }
}
