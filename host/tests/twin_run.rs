//! End-to-end `neurohost run` of the 10-day SSRI example: output files, headers,
//! determinism (identical bytes on a second run) and backend independence (any `Board`
//! that computes the same spikes gives the same trace).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Result;
use neurohost::board::{Board, Embedded};
use neurohost::experiment::Experiment;
use neurohost::report::{trace_csv, TRACE_HEADER};
use neurohost::run::run;
use neurosim::{Network, NeuronParams, NeuronState};

const FILES: [&str; 6] = [
    "trace.csv",
    "spikes.csv",
    "summary.json",
    "stability.svg",
    "plasma.svg",
    "raster.svg",
];

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/ssri_10day.toml")
}

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("neurotwin-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn run_cli(out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .arg("run")
        .arg(example())
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "run failed: {}\n{stdout}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("not a medical device"), "{stdout}");
    assert!(stdout.contains("40 samples"), "{stdout}");
}

#[test]
fn ssri_10day_runs_end_to_end_deterministically() {
    let (a, b) = (temp_dir("run-a"), temp_dir("run-b"));
    run_cli(&a);
    run_cli(&b);
    for f in FILES {
        let x = std::fs::read(a.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        let y = std::fs::read(b.join(f)).unwrap();
        assert!(!x.is_empty(), "{f} is empty");
        assert!(
            x == y,
            "{f} differs between two runs of the same experiment"
        );
    }
    let trace = std::fs::read_to_string(a.join("trace.csv")).unwrap();
    let mut lines = trace.lines();
    let header = lines.next().unwrap();
    assert_eq!(header, TRACE_HEADER);
    for col in [
        "time_h",
        "dose_mg",
        "plasma_ng_per_ml",
        "occupancy",
        "mood",
        "stress",
        "sleep",
        "stability",
        "intervention",
    ] {
        assert!(header.split(',').any(|c| c == col), "trace.csv lacks {col}");
    }
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 40, "10 days at 6 h");
    let width = header.split(',').count();
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.split(',').count(), width, "trace.csv row {i}: {r}");
    }
    // The first 10 samples are the paper's Table 1.
    assert!(rows[0].starts_with("0.0,1,0.0,"), "{}", rows[0]);
    assert!(
        rows[0].contains(",4.9481,6.3832,7.6355,csv,"),
        "{}",
        rows[0]
    );
    assert!(rows[9].contains(",csv,") && rows[10].contains(",twin,"));
    let spikes = std::fs::read_to_string(a.join("spikes.csv")).unwrap();
    assert!(spikes.starts_with("step,neuron\n"));
    assert!(spikes.lines().count() > 1000, "too few spikes");
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(a.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["samples"], 40);
    assert!(summary["disclaimer"]
        .as_str()
        .unwrap()
        .contains("not a medical device"));
    for svg in ["stability.svg", "plasma.svg", "raster.svg"] {
        let s = std::fs::read_to_string(a.join(svg)).unwrap();
        assert!(
            s.starts_with("<svg") && s.trim_end().ends_with("</svg>"),
            "{svg}"
        );
    }
    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}

/// A different backend: the golden model driven one step per `run` call (a different
/// batching than the runner asks for). Spikes are identical, so the trace must be too.
#[derive(Default)]
struct OneStepAtATime {
    inner: Embedded,
    calls: usize,
}

impl Board for OneStepAtATime {
    fn load(&mut self, net: &Network) -> Result<()> {
        self.inner.load(net)
    }
    fn run(&mut self, inputs: &[Vec<u32>], out: &mut Vec<Vec<u32>>) -> Result<()> {
        for step in inputs {
            self.calls += 1;
            self.inner.run(std::slice::from_ref(step), out)?;
        }
        Ok(())
    }
    fn set_params(&mut self, neuron: usize, params: NeuronParams) -> Result<()> {
        self.inner.set_params(neuron, params)
    }
    fn read_state(&mut self) -> Result<Vec<NeuronState>> {
        self.inner.read_state()
    }
    fn read_weights(&mut self) -> Result<Vec<i8>> {
        self.inner.read_weights()
    }
    fn name(&self) -> String {
        "one-step".into()
    }
}

#[test]
fn trace_is_backend_independent() {
    let exp = Experiment::load(&example()).unwrap();
    let a = run(&exp, &mut Embedded::default(), &mut |_, _| {}).unwrap();
    let mut other = OneStepAtATime::default();
    let b = run(&exp, &mut other, &mut |_, _| {}).unwrap();
    assert_eq!(other.calls, 40 * exp.steps_per_sample);
    assert_eq!(trace_csv(&a), trace_csv(&b));
    assert_eq!(a.spikes, b.spikes);
}

#[test]
fn bad_experiment_file_fails_with_position() {
    let dir = temp_dir("bad");
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("bad.toml");
    std::fs::write(&f, "name = \"x\"\nseed = -3\nduration_days = 1\noutput_dir = \"o\"\n[drug]\nname = \"sertraline\"\ndose_mg = 50\ntimes_h = [8]\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .arg("run")
        .arg(&f)
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.toml:2:8: seed: -3 is out of range 0..="),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn predictive_example_runs_and_is_deterministic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/levetiracetam.toml");
    let exp = Experiment::load(&path).unwrap();
    let a = run(&exp, &mut Embedded::default(), &mut |_, _| {}).unwrap();
    let b = run(&exp, &mut Embedded::default(), &mut |_, _| {}).unwrap();
    assert_eq!(trace_csv(&a), trace_csv(&b));
    assert!(a
        .rows
        .iter()
        .all(|r| r.daily_dose_mg <= exp.drug.max_daily_mg));
    assert!(
        a.rows.iter().any(|r| r
            .decision
            .as_ref()
            .is_some_and(|d| d.rule.contains("(predictive)"))),
        "no predictive decision in the levetiracetam example"
    );
}
