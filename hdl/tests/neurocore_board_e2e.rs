//! End to end on the real hardware: `neurohost`'s serial backend → pseudo-terminal →
//! `neurocore emulate`'s engines running [`NeurocoreDesign`] (UART pins, framing, command
//! engine, NeuroCore) → back. Spikes, neuron state and learned weights must equal the
//! embedded golden model's.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use neurocore::boards::neurocore_design::NeurocoreDesign;
use neurocore::emulate::bridge::PtyBridge;
use neurocore::emulate::{run_rust_hdl, verilator};
use neurocore::{MemoryKind, NeuroCoreConfig};
use neurohost::board::{Board, Embedded};
use neurohost::serial::{Serial, SerialConfig};
use neurosim::gen::{self, NetSpec};
use neurosim::Network;
use rust_hdl::prelude::generate_verilog;
use rust_hdl::prelude::Block;

fn network(inputs: usize, neurons: usize, seed: u64) -> Network {
    let spec = NetSpec {
        random_params: true,
        stdp: true,
        input_weights: (10, 120),
        ..NetSpec::sparse(inputs, neurons, 0.4)
    };
    gen::network(&spec, seed)
}

/// Run `net` for `steps` steps on the board at `port` and on the golden model; compare.
fn compare(port: &str, net: &Network, steps: usize, seed: u64) -> (usize, f64) {
    let cfg = SerialConfig {
        // An emulated board runs far slower than real time: be patient.
        timeout: Duration::from_secs(300),
        retries: 2,
        ..SerialConfig::default()
    };
    let start = Instant::now();
    let mut board = Serial::open(port, cfg).expect("open the emulated board");
    let inputs = gen::poisson_inputs(net.inputs, steps, 0.3, seed);
    board.load(net).unwrap();
    let mut got = Vec::new();
    // Two runs, with parameter changes between them (as the patient twin does).
    let half = steps / 2;
    let changed: Vec<(usize, neurosim::NeuronParams)> = (0..net.neurons)
        .step_by(3)
        .map(|n| {
            let mut p = net.params[n];
            p.bias = p.bias.saturating_add(if n % 2 == 0 { 150 } else { -90 });
            p.threshold = (p.threshold / 2).max(1);
            (n, p)
        })
        .collect();
    board.run(&inputs[..half], &mut got).unwrap();
    for &(n, p) in &changed {
        board.set_params(n, p).unwrap();
    }
    board.run(&inputs[half..], &mut got).unwrap();
    let state = board.read_state().unwrap();
    let weights = board.read_weights().unwrap();
    let status = board.status().unwrap();
    let secs = start.elapsed().as_secs_f64();

    let mut emb = Embedded::default();
    emb.load(net).unwrap();
    let mut want = Vec::new();
    emb.run(&inputs[..half], &mut want).unwrap();
    for &(n, p) in &changed {
        emb.set_params(n, p).unwrap();
    }
    emb.run(&inputs[half..], &mut want).unwrap();
    assert_eq!(want.len(), got.len());
    for (t, (a, b)) in want.iter().zip(&got).enumerate() {
        assert_eq!(
            a, b,
            "step {t}: spikes, golden model {a:?} vs hardware {b:?}"
        );
    }
    for (n, (a, b)) in emb.read_state().unwrap().iter().zip(&state).enumerate() {
        assert_eq!(a, b, "neuron {n}: state, golden model vs hardware");
    }
    let want_w = emb.read_weights().unwrap();
    if let Some(k) = (0..want_w.len()).find(|&k| want_w[k] != weights[k]) {
        panic!(
            "weight {} -> {}: golden model {} vs hardware {}",
            k / net.neurons,
            k % net.neurons,
            want_w[k],
            weights[k]
        );
    }
    assert_eq!(status.steps_run, steps as u32);
    assert_eq!(status.crc_errors + status.framing_errors, 0);
    let spikes: usize = want.iter().map(Vec::len).sum();
    assert!(
        spikes > 50,
        "only {spikes} spikes: the comparison would mean little"
    );
    (spikes, secs)
}

#[test]
fn rust_hdl_engine_runs_the_neurocore_board_bit_exactly() {
    let cfg = NeuroCoreConfig {
        inputs: 12,
        neurons: 10,
        memory: MemoryKind::Spram,
    };
    // A shortened UART bit (8 core cycles, 4 link cycles) keeps this reference engine quick.
    let mut design = NeurocoreDesign::new(cfg, 8).unwrap();
    let (bridge, link) = PtyBridge::open().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let engine = std::thread::spawn(move || run_rust_hdl(&mut design, 8, &link, &s));
    let (spikes, secs) = compare(&bridge.port, &network(12, 10, 3), 100, 3);
    stop.store(true, Ordering::Relaxed);
    let cycles = engine.join().unwrap().expect("the circuit settles");
    eprintln!(
        "rust-hdl: {spikes} spikes, {cycles} cycles in {secs:.1} s ({:.0} cycles/s)",
        cycles as f64 / secs
    );
}

/// The Verilator engine on a board design of `cfg` at the real 3 Mbaud divisor (16 at 48 MHz).
fn verilator_case(cfg: NeuroCoreConfig, net: &Network, steps: usize) {
    if std::process::Command::new("verilator")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("NOTICE: verilator not installed; skipping (scripts/setup-fpga-tools.sh --apt installs it)");
        return;
    }
    let mut design = NeurocoreDesign::new(cfg, 16).unwrap();
    design.connect_all();
    let dir = std::env::temp_dir().join(format!(
        "neurocore-e2e-{}x{}-{}",
        cfg.inputs,
        cfg.neurons,
        std::process::id()
    ));
    let exe = verilator::build(&generate_verilog(&design), &dir).expect("verilator builds");
    let (bridge, link) = PtyBridge::open().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let engine = std::thread::spawn(move || verilator::run(&exe, 16, link, &s));
    let (spikes, secs) = compare(&bridge.port, net, steps, 5);
    stop.store(true, Ordering::Relaxed);
    let report = engine.join().unwrap().expect("the emulator exits cleanly");
    eprintln!(
        "verilator {}x{}: {spikes} spikes in {secs:.1} s; {report}",
        cfg.inputs, cfg.neurons
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn verilator_engine_runs_a_small_spram_neurocore_bit_exactly() {
    let cfg = NeuroCoreConfig {
        inputs: 32,
        neurons: 32,
        memory: MemoryKind::Spram,
    };
    verilator_case(cfg, &network(32, 32, 5), 200);
}

/// The full iCEBreaker configuration (256 inputs x 256 neurons, SPRAM, STDP) with a
/// network that uses all of it.
#[test]
#[ignore = "slow: builds the UP5K design with Verilator and loads 128 KB of weights at 3 Mbaud"]
fn verilator_engine_runs_the_up5k_neurocore_bit_exactly() {
    let spec = NetSpec {
        stdp: true,
        ..NetSpec::sparse(256, 256, 0.1)
    };
    let net = gen::network(&spec, 8);
    verilator_case(NeuroCoreConfig::up5k(), &net, 300);
}
