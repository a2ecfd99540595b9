//! End-to-end checks of the open FPGA flow on the committed images.
//!
//! When yosys, nextpnr-ice40 and icepack are installed (CI installs Debian's `yosys nextpnr-ice40
//! fpga-icestorm`), rebuild the iCEBreaker bring-up and NeuroCore images and check that they fit, meet
//! timing, and that the Verilog and the bitstream are byte-identical to the ones committed in
//! `bitstreams/icebreaker/<design>/` (the build is deterministic); and that a clock the design cannot
//! meet fails the build without touching the output. Without the tools they print a notice and pass.
//! About 5 s (bring-up) and a minute (NeuroCore) with the native tools.
//! The ULX3S rebuild (`#[ignore]`, about 30 s with YoWASP nextpnr-ecp5) is run explicitly.

use neurocore::flow::report::Report;
use neurocore::flow::tools::find_tool;
use neurocore::flow::{build, BoardKind, BuildOptions, DesignKind};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Whether every tool is available; prints a notice naming what is missing otherwise.
fn tools_present(names: &[&'static str]) -> bool {
    let venv = root().join(".venv");
    for name in names {
        if let Err(e) = find_tool(name, &venv) {
            eprintln!("NOTICE: skipping this FPGA build check: {e}");
            return false;
        }
    }
    true
}

fn options(
    board: BoardKind,
    design: DesignKind,
    clock_hz: Option<u64>,
    seed: u64,
    scratch: &Path,
) -> BuildOptions {
    BuildOptions {
        board,
        design,
        sizes: Default::default(),
        clock_hz,
        seed,
        root: root(),
        out_dir: scratch.join("out"),
        work_dir: scratch.join("work"),
    }
}

fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("neurocore-flow-{name}-{}", std::process::id()))
}

/// Rebuilds `board`'s `design` image at the clock and seed its committed report gives and compares it
/// with the committed one; `clock_hz` is the core clock the committed image must run at.
fn rebuild_matches_committed(board: BoardKind, design: DesignKind, clock_hz: f64, files: &[&str]) {
    let committed = root()
        .join("bitstreams")
        .join(board.name())
        .join(design.name());
    let committed_report: Report =
        serde_json::from_str(&fs::read_to_string(committed.join("report.json")).unwrap()).unwrap();
    assert_eq!(committed_report.clock.achieved_hz, clock_hz);
    let scratch = scratch(&format!("{}-{}", board.name(), design.name()));
    let requested = Some(committed_report.clock.requested_hz);
    let outcome = build(&options(
        board,
        design,
        requested,
        committed_report.seed,
        &scratch,
    ))
    .unwrap_or_else(|e| panic!("{} {} build failed: {e:#}", board.name(), design.name()));
    let report = &outcome.report;
    assert!(report.fits, "does not fit: {:?}", report.resources);
    assert!(report.timing_met, "misses timing: {:?}", report.timing);
    assert_eq!(report.clock.achieved_hz, clock_hz);
    assert!(
        report.timing.iter().any(|t| t.fmax_mhz >= clock_hz / 1e6),
        "{:?}",
        report.timing
    );

    for file in files {
        let built = fs::read(outcome.dir.join(file)).unwrap();
        let expected = fs::read(committed.join(file)).unwrap_or_else(|e| {
            panic!("reading committed {}: {e}", committed.join(file).display())
        });
        assert!(
            built == expected,
            "{file}: rebuilt ({} bytes) differs from committed ({} bytes). Tools now: {:?}; committed \
             image built with: {:?}. Rebuild with `scripts/build-bitstream.sh {} --design {}` and commit \
             if intended.",
            built.len(),
            expected.len(),
            report.tools,
            committed_report.tools,
            board.name(),
            design.name()
        );
    }
    fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn icebreaker_bringup_rebuilds_identically() {
    if tools_present(&["yosys", "nextpnr-ice40", "icepack"]) {
        rebuild_matches_committed(
            BoardKind::Icebreaker,
            DesignKind::Bringup,
            48e6,
            &["top.v", "top.bin", "icebreaker.pcf"],
        );
    }
}

/// The iCEBreaker NeuroCore image (1 core × 256 inputs × 256 neurons, STDP, 3 Mbaud link): the
/// check issue #5 asks of CI. Core at 48 MHz, the link at 24 MHz. About 1.5 minutes with Debian's
/// tools.
#[test]
fn icebreaker_neurocore_rebuilds_identically() {
    if tools_present(&["yosys", "nextpnr-ice40", "icepack"]) {
        rebuild_matches_committed(
            BoardKind::Icebreaker,
            DesignKind::Neurocore,
            48e6,
            &["top.v", "top.bin", "icebreaker.pcf"],
        );
    }
}

#[test]
fn missed_clock_target_fails_the_build() {
    if !tools_present(&["yosys", "nextpnr-ice40", "icepack"]) {
        return;
    }
    let scratch = scratch("timing");
    // 120 MHz is well beyond the bring-up design's ~65 MHz on the UP5K.
    let err = match build(&options(
        BoardKind::Icebreaker,
        DesignKind::Bringup,
        Some(120_000_000),
        1,
        &scratch,
    )) {
        Ok(_) => panic!("a 120 MHz iCE40 build must miss timing"),
        Err(e) => format!("{e:#}"),
    };
    assert!(err.contains("needs 120.00 MHz"), "{err}");
    assert!(
        !scratch.join("out").exists(),
        "a failed build must not write the output directory"
    );
    let report: Report = serde_json::from_str(
        &fs::read_to_string(scratch.join("work/icebreaker/bringup/report.json")).unwrap(),
    )
    .unwrap();
    assert!(report.fits && !report.timing_met);
    fs::remove_dir_all(&scratch).unwrap();
}

#[test]
#[ignore = "ULX3S build: about 30 s with YoWASP nextpnr-ecp5; run explicitly"]
fn ulx3s_bringup_rebuilds_identically() {
    if tools_present(&["yosys", "nextpnr-ecp5", "ecppack"]) {
        rebuild_matches_committed(
            BoardKind::Ulx3s,
            DesignKind::Bringup,
            100e6,
            &["top.v", "top.bit", "ulx3s_v20.lpf"],
        );
    }
}
