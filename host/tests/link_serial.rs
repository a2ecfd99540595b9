//! The serial backend against the board model through a pseudo-terminal pair: results
//! identical to the embedded golden model, clear errors for missing, busy and vanished
//! ports, and the board's counters.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

use neurohost::board::{Board, Embedded};
use neurohost::board_model::BoardModel;
use neurohost::serial::{Serial, SerialConfig};
use neurosim::gen::{self, NetSpec};
use neurosim::Network;
use serialport::{SerialPort, TTYPort};

/// A board model serving the master side of a fresh pty pair. Returns the slave path, the
/// slave port (kept open so the master never sees a hang-up), the stop flag and the thread.
struct ModelOnPty {
    path: String,
    _slave: TTYPort,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<BoardModel>>,
}

impl ModelOnPty {
    fn start(inputs: usize, neurons: usize) -> Self {
        let (mut master, slave) = TTYPort::pair().expect("pty pair");
        master.set_timeout(Duration::from_millis(5)).unwrap();
        let path = slave.name().expect("slave name");
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let mut model = BoardModel::new(inputs, neurons).unwrap();
        let thread = thread::spawn(move || {
            // A stream error ends the model (the tests that close the port expect that).
            let _ = model.serve(&mut master, &s);
            model
        });
        ModelOnPty {
            path,
            _slave: slave,
            stop,
            thread: Some(thread),
        }
    }

    fn stop(mut self) -> BoardModel {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap()
    }
}

fn spec(inputs: usize, neurons: usize, stdp: bool) -> NetSpec {
    NetSpec {
        inputs,
        neurons,
        connectivity: 0.3,
        input_weights: (-20, 90),
        recurrent_weights: (-60, 50),
        weight_shift: 3,
        random_params: true,
        threshold: 300,
        stdp,
    }
}

fn run_both(net: &Network, board: &mut dyn Board, inputs: &[Vec<u32>], seed: u64) {
    let mut emb = Embedded::default();
    emb.load(net).unwrap();
    board.load(net).unwrap();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    // Two runs, with a parameter change between them.
    let half = inputs.len() / 2;
    emb.run(&inputs[..half], &mut a).unwrap();
    board.run(&inputs[..half], &mut b).unwrap();
    let mut p = net.params[0];
    p.bias = p.bias.saturating_add(17);
    emb.set_params(0, p).unwrap();
    board.set_params(0, p).unwrap();
    emb.run(&inputs[half..], &mut a).unwrap();
    board.run(&inputs[half..], &mut b).unwrap();
    for (t, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x, y, "seed {seed}: step {t}: embedded {x:?} serial {y:?}");
    }
    assert_eq!(a.len(), b.len());
    let spikes: usize = a.iter().map(Vec::len).sum();
    assert!(spikes > 0, "seed {seed}: a silent run proves little");
    let (sa, sb) = (emb.read_state().unwrap(), board.read_state().unwrap());
    for (n, (x, y)) in sa.iter().zip(&sb).enumerate() {
        assert_eq!(
            x, y,
            "seed {seed}: neuron {n} state: embedded {x:?} serial {y:?}"
        );
    }
    let (wa, wb) = (emb.read_weights().unwrap(), board.read_weights().unwrap());
    for (k, (x, y)) in wa.iter().zip(&wb).enumerate() {
        let (s, n) = (k / net.neurons, k % net.neurons);
        assert_eq!(
            x, y,
            "seed {seed}: weight {s}->{n}: embedded {x} serial {y}"
        );
    }
    assert_eq!(wa.len(), wb.len());
}

#[test]
fn serial_matches_embedded_on_five_seeds() {
    // Board core larger than the networks: exercises padding and source remapping.
    for seed in 0..5u64 {
        let pty = ModelOnPty::start(40, 36);
        let mut board = Serial::open(&pty.path, SerialConfig::default()).unwrap();
        assert_eq!(board.info().inputs, 40);
        let (i, n) = (24 + seed as usize, 20 + 3 * seed as usize);
        let net = gen::network(&spec(i, n, seed % 2 == 1), seed);
        let inputs = gen::poisson_inputs(i, 400, 0.15, seed + 100);
        run_both(&net, &mut board, &inputs, seed);
        let st = board.status().unwrap();
        assert_eq!(st.steps_run, 400, "seed {seed}");
        assert_eq!(st.crc_errors + st.framing_errors + st.duplicates, 0);
        assert!(st.frames_ok > 10);
        assert_eq!(board.link_stats().resends, 0);
        drop(board);
        pty.stop();
    }
}

#[test]
fn dense_activity_uses_bitmaps_and_matches() {
    let pty = ModelOnPty::start(64, 64);
    let mut board = Serial::open(&pty.path, SerialConfig::default()).unwrap();
    let mut s = spec(64, 64, false);
    s.input_weights = (40, 120);
    let net = gen::network(&s, 9);
    let inputs = gen::poisson_inputs(64, 300, 0.6, 9);
    run_both(&net, &mut board, &inputs, 9);
    drop(board);
    pty.stop();
}

#[test]
fn reconnect_continues_the_sequence() {
    let pty = ModelOnPty::start(16, 16);
    let net = gen::network(&spec(16, 16, false), 3);
    let inputs = gen::poisson_inputs(16, 50, 0.3, 3);
    let mut b1 = Serial::open(&pty.path, SerialConfig::default()).unwrap();
    b1.load(&net).unwrap();
    let mut out1 = Vec::new();
    b1.run(&inputs, &mut out1).unwrap();
    drop(b1);
    // A second host session must not collide with the board's last sequence number.
    let mut b2 = Serial::open(&pty.path, SerialConfig::default()).unwrap();
    b2.load(&net).unwrap();
    let mut out2 = Vec::new();
    b2.run(&inputs, &mut out2).unwrap();
    assert_eq!(out1, out2);
    assert_eq!(b2.status().unwrap().duplicates, 0);
    drop(b2);
    pty.stop();
}

#[test]
fn missing_port_is_a_clear_error() {
    let e = Serial::open("/dev/neurotwin-no-such-port", SerialConfig::default())
        .err()
        .expect("must fail")
        .to_string();
    assert!(e.contains("does not exist"), "{e}");
}

#[test]
fn busy_port_is_a_clear_error() {
    let pty = ModelOnPty::start(8, 8);
    let first = Serial::open(&pty.path, SerialConfig::default()).unwrap();
    let e = Serial::open(&pty.path, SerialConfig::default())
        .err()
        .expect("second open must fail")
        .to_string();
    assert!(e.contains("busy"), "{e}");
    drop(first);
    pty.stop();
}

#[test]
fn silent_board_times_out_after_retries() {
    // A pty with nobody answering.
    let (_master, slave) = TTYPort::pair().unwrap();
    let path = slave.name().unwrap();
    let cfg = SerialConfig {
        timeout: Duration::from_millis(30),
        retries: 2,
        ..SerialConfig::default()
    };
    let e = Serial::open(&path, cfg)
        .err()
        .expect("must fail")
        .to_string();
    assert!(e.contains("after 3 attempts"), "{e}");
}

#[test]
fn vanished_board_mid_run_keeps_completed_steps() {
    let (mut master, slave) = TTYPort::pair().unwrap();
    master.set_timeout(Duration::from_millis(5)).unwrap();
    let path = slave.name().unwrap();
    let mut model = BoardModel::new(16, 16).unwrap();
    // Serve a fixed number of frames, then vanish (close the master side).
    let server = thread::spawn(move || {
        use std::io::{Read, Write};
        let mut buf = [0u8; 1024];
        let mut out = Vec::new();
        let mut frames = 0;
        while frames < 40 {
            let n = match master.read(&mut buf) {
                Ok(n) => n,
                Err(_) => continue,
            };
            out.clear();
            for &b in &buf[..n] {
                model.feed(b, &mut out);
            }
            frames += out.iter().filter(|&&b| b == 0).count();
            master.write_all(&out).unwrap();
        }
        drop(master);
    });
    let mut board = Serial::open(&path, SerialConfig::default()).unwrap();
    drop(slave);
    let net = gen::network(&spec(16, 16, false), 5);
    board.load(&net).unwrap();
    let inputs = gen::poisson_inputs(16, 20_000, 0.2, 5);
    let mut out = Vec::new();
    let e = board.run(&inputs, &mut out).unwrap_err();
    server.join().unwrap();
    let msg = format!("{e:#}");
    assert!(msg.contains("disappear"), "{msg}");
    assert!(
        !out.is_empty() && out.len() < inputs.len(),
        "{} steps kept",
        out.len()
    );
    let mut emb = Embedded::default();
    emb.load(&net).unwrap();
    let mut want = Vec::new();
    emb.run(&inputs[..out.len()], &mut want).unwrap();
    assert_eq!(out, want, "the steps kept must be exact");
}
