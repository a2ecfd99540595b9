//! Issue #6's acceptance check: the 10-day SSRI example (`examples/ssri_10day.toml`) run on
//! the emulated iCEBreaker board (Verilator, the UP5K NeuroCore behind its 3 Mbaud link)
//! gives the same `trace.csv` and `spikes.csv` as on the embedded golden model.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use neurocore::boards::neurocore_design::NeurocoreDesign;
use neurocore::emulate::bridge::PtyBridge;
use neurocore::emulate::verilator;
use neurocore::NeuroCoreConfig;
use neurohost::board::Embedded;
use neurohost::experiment::Experiment;
use neurohost::report::{spikes_csv, trace_csv};
use neurohost::serial::{Serial, SerialConfig};
use rust_hdl::prelude::{generate_verilog, Block};

#[test]
#[ignore = "slow: about 4 minutes of Verilator emulation (8,000 NeuroCore steps at 3 Mbaud)"]
fn ssri_10day_trace_is_identical_on_the_emulated_board() {
    if std::process::Command::new("verilator")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("NOTICE: verilator not installed; skipping (scripts/setup-fpga-tools.sh --apt installs it)");
        return;
    }
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/ssri_10day.toml");
    let exp = Experiment::load(&example).expect("the example parses");

    let mut embedded = Embedded::default();
    let want = neurohost::run::run(&exp, &mut embedded, &mut |_, _| {}).unwrap();

    let mut design = NeurocoreDesign::new(NeuroCoreConfig::up5k(), 16).unwrap();
    design.connect_all();
    let dir = std::env::temp_dir().join(format!("neurocore-twin-{}", std::process::id()));
    let exe = verilator::build(&generate_verilog(&design), &dir).expect("verilator builds");
    let (bridge, link) = PtyBridge::open().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let s = stop.clone();
    let engine = std::thread::spawn(move || verilator::run(&exe, 16, link, &s));
    let cfg = SerialConfig {
        timeout: Duration::from_secs(60),
        ..SerialConfig::default()
    };
    let mut board = Serial::open(&bridge.port, cfg).expect("open the emulated board");
    let got = neurohost::run::run(&exp, &mut board, &mut |_, _| {}).unwrap();
    drop(board);
    stop.store(true, Ordering::Relaxed);
    let report = engine.join().unwrap().expect("the emulator exits cleanly");
    eprintln!("emulated board: {report}");
    std::fs::remove_dir_all(&dir).ok();

    assert!(trace_csv(&want) == trace_csv(&got), "trace.csv differs");
    assert!(spikes_csv(&want) == spikes_csv(&got), "spikes.csv differs");
}
