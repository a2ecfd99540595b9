//! Retries against the whole data path: `neurohost`'s serial backend, with a response
//! timeout far below the board's response time, -> pseudo-terminal -> the emulator
//! (rust-hdl engine) running `NeurocoreDesign` — UART pins, frame decoder,
//! command engine, encoder and the real NeuroCore — -> back. Spikes, neuron state and
//! weights must equal the embedded golden model.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use neurocore::boards::neurocore_design::NeurocoreDesign;
use neurocore::emulate::bridge::PtyBridge;
use neurocore::emulate::run_rust_hdl;
use neurocore::{MemoryKind, NeuroCoreConfig};
use neurohost::board::{Board, Embedded};
use neurohost::serial::{Serial, SerialConfig};
use neurosim::gen::{self, NetSpec};

fn cfg() -> NeuroCoreConfig {
    NeuroCoreConfig {
        inputs: 16,
        neurons: 16,
        memory: MemoryKind::BlockRam,
    }
}

/// Run a seeded network through the board behind `port`; compare with the embedded model.
fn check_board(port: &str, stdp: bool, seed: u64, steps: usize) -> String {
    // A short base timeout on purpose: with the slow reference engine (and on a loaded
    // machine) the host times out and resends while the board is still busy, which the
    // replay of `seq` must absorb; each timeout doubles the wait (up to 8x).
    let serial_cfg = SerialConfig {
        timeout: Duration::from_millis(300),
        retries: 6,
        ..SerialConfig::default()
    };
    let start = Instant::now();
    let mut board = Serial::open(port, serial_cfg).unwrap();
    assert_eq!((board.info().inputs, board.info().neurons), (16, 16));
    let spec = NetSpec {
        random_params: true,
        stdp,
        input_weights: (10, 120),
        ..NetSpec::sparse(12, 14, 0.4)
    };
    let net = gen::network(&spec, seed);
    let inputs = gen::poisson_inputs(12, steps, 0.3, seed);
    board.load(&net).unwrap();
    let mut got = Vec::new();
    board.run(&inputs, &mut got).unwrap();
    let state = board.read_state().unwrap();
    let weights = board.read_weights().unwrap();
    let status = board.status().unwrap();
    let secs = start.elapsed().as_secs_f64();
    drop(board);

    let mut emb = Embedded::default();
    emb.load(&net).unwrap();
    let mut want = Vec::new();
    emb.run(&inputs, &mut want).unwrap();
    for (t, (a, b)) in want.iter().zip(&got).enumerate() {
        assert_eq!(a, b, "seed {seed}: step {t}: embedded {a:?} board {b:?}");
    }
    assert_eq!(want.len(), got.len());
    let spikes: usize = want.iter().map(Vec::len).sum();
    assert!(spikes > 10, "seed {seed}: only {spikes} spikes");
    assert_eq!(
        emb.read_state().unwrap(),
        state,
        "seed {seed}: neuron state"
    );
    assert_eq!(emb.read_weights().unwrap(), weights, "seed {seed}: weights");
    assert_eq!(status.steps_run as usize, steps);
    assert!(status.last_step_cycles > 0, "{status:?}");
    format!("seed {seed} stdp {stdp}: {spikes} spikes in {secs:.1} s; status {status:?}")
}

/// The reference engine runs the whole core at only ~5-8K cycles/s (about a minute here,
/// much more on a loaded machine): run explicitly with `--ignored`.
#[test]
#[ignore]
fn host_to_link_and_real_core_matches_embedded_rust_hdl() {
    let (bridge, link) = PtyBridge::open().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    let emu = thread::spawn(move || {
        // 8 core cycles per bit (the shortest: 4 link cycles).
        let mut design = NeurocoreDesign::new(cfg(), 8).unwrap();
        run_rust_hdl(&mut design, 8, &link, &s2)
    });
    // One run with learning (the reference engine is slow with the whole core).
    let a = check_board(&bridge.port, true, 22, 40);
    stop.store(true, Ordering::Relaxed);
    let cycles = emu.join().unwrap().unwrap();
    eprintln!("rust-hdl: {a}\n{cycles} cycles");
}
