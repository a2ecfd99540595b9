//! End to end: `neurohost`'s serial backend -> pseudo-terminal -> the link hardware
//! simulated in rust-hdl (UART pins, frame decoder, command engine, encoder) with the
//! behavioural core behind it -> back. Results must equal the embedded golden model.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use neurocore::link::emulate::LinkEmulator;
use neurohost::board::{Board, Embedded};
use neurohost::serial::{Serial, SerialConfig};
use neurosim::gen::{self, NetSpec};
use serialport::{SerialPort, TTYPort};

#[test]
fn host_to_emulated_link_matches_embedded() {
    // 3 Mbaud at a 12 MHz clock: 4 cycles per bit, as on the iCEBreaker.
    let (mut master, slave) = TTYPort::pair().unwrap();
    master.set_timeout(Duration::from_millis(1)).unwrap();
    let path = slave.name().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    let emu = thread::spawn(move || {
        let mut emu = LinkEmulator::new(8, 24, 20).unwrap();
        let r = emu.serve(&mut master, &s2, 20_000);
        (r, emu.cycles)
    });
    let cfg = SerialConfig {
        timeout: Duration::from_secs(300),
        retries: 2,
        ..SerialConfig::default()
    };
    let start = Instant::now();
    let mut board = Serial::open(&path, cfg).unwrap();
    assert_eq!((board.info().inputs, board.info().neurons), (24, 20));
    let spec = NetSpec {
        random_params: true,
        stdp: true,
        input_weights: (10, 120),
        ..NetSpec::sparse(20, 16, 0.4)
    };
    let net = gen::network(&spec, 11);
    let inputs = gen::poisson_inputs(20, 100, 0.3, 11);
    board.load(&net).unwrap();
    let mut got = Vec::new();
    board.run(&inputs, &mut got).unwrap();
    let state = board.read_state().unwrap();
    let weights = board.read_weights().unwrap();
    let status = board.status().unwrap();
    let link = board.link_stats();
    let secs = start.elapsed().as_secs_f64();
    drop(board);
    stop.store(true, Ordering::Relaxed);
    let (r, cycles) = emu.join().unwrap();
    r.unwrap();
    drop(slave);

    let mut emb = Embedded::default();
    emb.load(&net).unwrap();
    let mut want = Vec::new();
    emb.run(&inputs, &mut want).unwrap();
    for (t, (a, b)) in want.iter().zip(&got).enumerate() {
        assert_eq!(a, b, "step {t}: embedded {a:?} emulated link {b:?}");
    }
    assert_eq!(want.len(), got.len());
    let spikes: usize = want.iter().map(Vec::len).sum();
    assert!(spikes > 20, "only {spikes} spikes");
    assert_eq!(emb.read_state().unwrap(), state);
    assert_eq!(emb.read_weights().unwrap(), weights);
    assert_eq!(status.steps_run, 100);
    assert_eq!(status.crc_errors + status.framing_errors, 0);
    assert_eq!(link.resends, 0);
    eprintln!(
        "{spikes} spikes, {} frames, {cycles} cycles simulated in {secs:.1} s ({:.0} cycles/s)",
        status.frames_ok,
        cycles as f64 / secs
    );
}
