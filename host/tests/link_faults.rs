//! Fault injection: a relay between the host's serial port and the board model corrupts,
//! drops, duplicates and inserts bytes at a set rate in both directions. The run must
//! still complete with results identical to the embedded golden model, and the counters
//! on both sides must show that faults were seen.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use neurohost::board::{Board, Embedded};
use neurohost::board_model::BoardModel;
use neurohost::serial::{Serial, SerialConfig};
use neurosim::gen::{self, NetSpec};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serialport::{SerialPort, TTYPort};

/// Faults applied so far, per kind.
#[derive(Default, Debug, Clone, Copy)]
struct Faults {
    corrupted: u64,
    dropped: u64,
    duplicated: u64,
    inserted: u64,
}

/// Pass `bytes` through the fault model into `out`: each byte suffers a fault with
/// probability `1/rate`: corrupted, dropped, duplicated or preceded by a random byte
/// (one kind, chosen uniformly).
fn mangle(rng: &mut ChaCha8Rng, rate: u32, bytes: &[u8], out: &mut Vec<u8>, f: &mut Faults) {
    for &b in bytes {
        if !rng.gen_ratio(1, rate) {
            out.push(b);
            continue;
        }
        match rng.gen_range(0..4) {
            0 => {
                f.corrupted += 1;
                out.push(b ^ rng.gen_range(1..=255u8));
            }
            1 => f.dropped += 1,
            2 => {
                f.duplicated += 1;
                out.extend_from_slice(&[b, b]);
            }
            _ => {
                f.inserted += 1;
                out.extend_from_slice(&[rng.gen(), b]);
            }
        }
    }
}

fn faulty_run(seed: u64, rate: u32, steps: usize) {
    let (mut master, slave) = TTYPort::pair().unwrap();
    master.set_timeout(Duration::from_millis(2)).unwrap();
    let path = slave.name().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let relay = thread::spawn(move || {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut model = BoardModel::new(32, 32).unwrap();
        let mut f = Faults::default();
        let (mut buf, mut to_model, mut from_model, mut to_host) =
            ([0u8; 4096], Vec::new(), Vec::new(), Vec::new());
        while !stop2.load(Ordering::Relaxed) {
            let n = match master.read(&mut buf) {
                Ok(n) => n,
                Err(_) => continue,
            };
            to_model.clear();
            mangle(&mut rng, rate, &buf[..n], &mut to_model, &mut f);
            from_model.clear();
            for &b in &to_model {
                model.feed(b, &mut from_model);
            }
            to_host.clear();
            mangle(&mut rng, rate, &from_model, &mut to_host, &mut f);
            master.write_all(&to_host).unwrap();
        }
        (model.status(), f)
    });

    let cfg = SerialConfig {
        timeout: Duration::from_millis(40),
        retries: 20,
        ..SerialConfig::default()
    };
    let mut board = Serial::open(&path, cfg).unwrap();
    let spec = NetSpec {
        random_params: true,
        stdp: true,
        ..NetSpec::sparse(32, 32, 0.3)
    };
    let net = gen::network(&spec, seed);
    let inputs = gen::poisson_inputs(32, steps, 0.2, seed);
    board.load(&net).unwrap();
    let mut got = Vec::new();
    board.run(&inputs, &mut got).unwrap();
    let weights = board.read_weights().unwrap();
    let link = board.link_stats();
    drop(board);
    stop.store(true, Ordering::Relaxed);
    let (status, faults) = relay.join().unwrap();
    drop(slave);

    let mut emb = Embedded::default();
    emb.load(&net).unwrap();
    let mut want = Vec::new();
    emb.run(&inputs, &mut want).unwrap();
    assert_eq!(got.len(), want.len());
    for (t, (a, b)) in want.iter().zip(&got).enumerate() {
        assert_eq!(
            a, b,
            "seed {seed}: step {t}: embedded {a:?} through faults {b:?}"
        );
    }
    assert_eq!(
        emb.read_weights().unwrap(),
        weights,
        "seed {seed}: weights differ"
    );
    eprintln!("seed {seed}: faults {faults:?}\n board {status:?}\n host {link:?}");
    let injected = faults.corrupted + faults.dropped + faults.duplicated + faults.inserted;
    assert!(
        injected >= 20,
        "seed {seed}: only {injected} faults injected"
    );
    assert!(
        status.crc_errors + status.framing_errors > 0,
        "seed {seed}: {status:?}"
    );
    assert!(link.resends > 0, "seed {seed}: {link:?}");
    assert_eq!(
        status.steps_run as usize, steps,
        "seed {seed}: each step ran once"
    );
}

#[test]
fn one_in_a_thousand_faults_leave_results_exact() {
    for seed in 0..3 {
        faulty_run(seed, 1000, 6000);
    }
}

#[test]
fn one_in_a_hundred_faults_leave_results_exact() {
    faulty_run(7, 100, 2000);
}
