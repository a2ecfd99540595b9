//! `neurohost run` with `backend = "serial"`: the 10-day SSRI example on a board (here
//! the protocol-level board model behind a pseudo-terminal) writes the same `trace.csv`
//! and `spikes.csv` as the embedded run.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use neurohost::board_model::BoardModel;
use serialport::{SerialPort, TTYPort};

fn run(toml: &Path, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .args(["run", "--quiet", "--out"])
        .arg(out)
        .arg(toml)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn ssri_10day_on_a_serial_board_gives_the_embedded_trace() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let dir = std::env::temp_dir().join(format!("neurotwin-run-serial-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(examples.join("ssri_10day.toml")).unwrap();
    let csv = examples.join("neurotwinceutics_table1.csv");
    let text = text.replace(
        "csv = \"neurotwinceutics_table1.csv\"",
        &format!("csv = {:?}", csv.to_str().unwrap()),
    );

    let (mut master, slave) = TTYPort::pair().expect("pty pair");
    master
        .set_timeout(std::time::Duration::from_millis(5))
        .unwrap();
    let port = slave.name().expect("pty name");
    let stop = Arc::new(AtomicBool::new(false));
    let st = stop.clone();
    let server = std::thread::spawn(move || {
        let mut model = BoardModel::new(256, 256).unwrap();
        let _ = model.serve(&mut master, &st);
    });

    let embedded = dir.join("embedded.toml");
    std::fs::write(&embedded, &text).unwrap();
    let serial = dir.join("serial.toml");
    let serial_text = text.replace(
        "backend = \"embedded\"",
        &format!("backend = \"serial\"\nport = {port:?}"),
    );
    assert_ne!(serial_text, text);
    std::fs::write(&serial, serial_text).unwrap();
    run(&embedded, &dir.join("a"));
    run(&serial, &dir.join("b"));
    stop.store(true, Ordering::Relaxed);
    server.join().unwrap();
    drop(slave);
    for f in ["trace.csv", "spikes.csv"] {
        let a = std::fs::read(dir.join("a").join(f)).unwrap();
        let b = std::fs::read(dir.join("b").join(f)).unwrap();
        assert!(a.len() > 1000, "{f} too small");
        assert!(
            a == b,
            "{f} differs between the embedded and the serial backend"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
