//! `neurohost ports` and `neurohost status --port` against the board model on a pty.

use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use neurohost::board_model::BoardModel;
use serialport::{SerialPort, TTYPort};

#[test]
fn status_prints_the_counters() {
    let (mut master, slave) = TTYPort::pair().unwrap();
    master.set_timeout(Duration::from_millis(5)).unwrap();
    let path = slave.name().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let server = thread::spawn(move || {
        let mut model = BoardModel::new(10, 20).unwrap();
        let _ = model.serve(&mut master, &s);
    });
    let out = Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .args(["status", "--port", &path])
        .output()
        .unwrap();
    stop.store(true, Ordering::Relaxed);
    server.join().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("10 inputs x 20 neurons"), "{text}");
    // INFO and STATUS were received intact.
    assert!(text.contains("frames_ok        2\n"), "{text}");
    assert!(text.contains("crc_errors       0\n"), "{text}");
}

#[test]
fn status_of_a_missing_port_fails_clearly() {
    let out = Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .args(["status", "--port", "/dev/neurotwin-missing"])
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/dev/neurotwin-missing does not exist"),
        "{err}"
    );
}

#[test]
fn ports_lists_without_failing() {
    let out = Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .arg("ports")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
