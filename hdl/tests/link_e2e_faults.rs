//! Fault injection through the emulated link hardware: a relay between the host's pty and
//! the emulated board corrupts, drops, duplicates and inserts bytes (both directions).
//! The run must complete with results identical to the embedded golden model, and the
//! board's counters (kept by the hardware command engine) must show the faults.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use neurocore::link::emulate::LinkEmulator;
use neurohost::board::{Board, Embedded};
use neurohost::serial::{Serial, SerialConfig};
use neurosim::gen::{self, NetSpec};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serialport::{SerialPort, TTYPort};

/// A byte stream that mangles what passes through it: each byte, with probability
/// `1/rate`, is corrupted, dropped, duplicated or preceded by a random byte.
struct Faulty<P> {
    inner: P,
    rng: ChaCha8Rng,
    rate: u32,
    faults: u64,
}

impl<P> Faulty<P> {
    fn mangle(&mut self, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len() + 4);
        for &b in bytes {
            if !self.rng.gen_ratio(1, self.rate) {
                out.push(b);
                continue;
            }
            self.faults += 1;
            match self.rng.gen_range(0..4) {
                0 => out.push(b ^ self.rng.gen_range(1..=255u8)),
                1 => {}
                2 => out.extend_from_slice(&[b, b]),
                _ => out.extend_from_slice(&[self.rng.gen(), b]),
            }
        }
        out
    }
}

impl<P: Read> Read for Faulty<P> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut tmp = vec![0u8; buf.len() / 2];
        let n = self.inner.read(&mut tmp)?;
        let m = self.mangle(&tmp[..n]);
        let k = m.len().min(buf.len());
        buf[..k].copy_from_slice(&m[..k]);
        Ok(k)
    }
}

impl<P: Write> Write for Faulty<P> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let m = self.mangle(buf);
        self.inner.write_all(&m)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[test]
fn faults_through_the_emulated_link_leave_results_exact() {
    let (mut master, slave) = TTYPort::pair().unwrap();
    master.set_timeout(Duration::from_millis(1)).unwrap();
    let path = slave.name().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s2 = stop.clone();
    let emu = thread::spawn(move || {
        let mut emu = LinkEmulator::new(8, 12, 10).unwrap();
        let mut port = Faulty {
            inner: master,
            rng: ChaCha8Rng::seed_from_u64(3),
            rate: 150,
            faults: 0,
        };
        let r = emu.serve(&mut port, &s2, 2_000);
        (r, port.faults)
    });
    let cfg = SerialConfig {
        timeout: Duration::from_secs(5),
        retries: 30,
        ..SerialConfig::default()
    };
    let mut board = Serial::open(&path, cfg).unwrap();
    let spec = NetSpec {
        random_params: true,
        input_weights: (10, 120),
        ..NetSpec::sparse(12, 10, 0.4)
    };
    let net = gen::network(&spec, 5);
    let inputs = gen::poisson_inputs(12, 80, 0.3, 5);
    board.load(&net).unwrap();
    let mut got = Vec::new();
    board.run(&inputs, &mut got).unwrap();
    let weights = board.read_weights().unwrap();
    let status = board.status().unwrap();
    let link = board.link_stats();
    drop(board);
    stop.store(true, Ordering::Relaxed);
    let (r, faults) = emu.join().unwrap();
    r.unwrap();
    drop(slave);

    let mut emb = Embedded::default();
    emb.load(&net).unwrap();
    let mut want = Vec::new();
    emb.run(&inputs, &mut want).unwrap();
    assert_eq!(want, got, "spikes through a faulty line");
    assert_eq!(emb.read_weights().unwrap(), weights);
    eprintln!("{faults} faults injected; board {status:?}; host {link:?}");
    assert!(faults >= 10, "only {faults} faults injected");
    assert!(status.crc_errors + status.framing_errors > 0, "{status:?}");
    assert!(link.resends > 0, "{link:?}");
    assert_eq!(status.steps_run, 80, "every step ran exactly once");
}
