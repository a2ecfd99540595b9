//! End-to-end check of the open FPGA flow on the iCEBreaker bring-up image: when yosys, nextpnr-ice40 and
//! icepack are installed (CI installs Debian's `yosys nextpnr-ice40 fpga-icestorm`), rebuild it and check
//! that it fits, meets timing, and that the Verilog and the bitstream are byte-identical to the ones
//! committed in `bitstreams/icebreaker/bringup/` (the build is deterministic). Without the tools it prints
//! a notice and passes. About 3 s with the native tools.

use neurocore::flow::tools::find_tool;
use neurocore::flow::{build, BoardKind, BuildOptions, DesignKind};
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn icebreaker_bringup_rebuilds_identically() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf();
    let venv = root.join(".venv");
    for tool in ["yosys", "nextpnr-ice40", "icepack"] {
        if let Err(e) = find_tool(tool, &venv) {
            eprintln!("NOTICE: skipping the iCEBreaker rebuild check: {e}");
            return;
        }
    }
    let scratch = std::env::temp_dir().join(format!("neurocore-flow-test-{}", std::process::id()));
    let opts = BuildOptions {
        board: BoardKind::Icebreaker,
        design: DesignKind::Bringup,
        clock_hz: None,
        seed: 1,
        root: root.clone(),
        out_dir: scratch.join("out"),
        work_dir: scratch.join("work"),
    };
    let outcome =
        build(&opts).unwrap_or_else(|e| panic!("iCEBreaker bring-up build failed: {e:#}"));
    let report = &outcome.report;
    assert!(report.fits, "does not fit: {:?}", report.resources);
    assert!(report.timing_met, "misses timing: {:?}", report.timing);
    assert_eq!(report.clock.achieved_hz, 48e6);
    assert!(
        report.timing.iter().any(|t| t.fmax_mhz >= 48.0),
        "{:?}",
        report.timing
    );

    let committed: PathBuf = root.join("bitstreams/icebreaker/bringup");
    for file in ["top.v", "top.bin", "icebreaker.pcf"] {
        let built = fs::read(outcome.dir.join(file)).unwrap();
        let expected = fs::read(committed.join(file)).unwrap_or_else(|e| {
            panic!("reading committed {}: {e}", committed.join(file).display())
        });
        assert!(
            built == expected,
            "{file}: rebuilt ({} bytes) differs from committed ({} bytes); rebuild with \
             scripts/build-bitstream.sh icebreaker and commit if the change is intended",
            built.len(),
            expected.len()
        );
    }
    fs::remove_dir_all(&scratch).unwrap();
}
