//! The Stability Score rises as a simulated patient responds and falls on a relapse.

use std::path::Path;

use neurohost::board::Embedded;
use neurohost::experiment::Experiment;
use neurohost::run::{run, RunResult};

fn simulate(seed: u64) -> RunResult {
    let src = format!(
        r#"
name = "response-relapse"
seed = {seed}
duration_days = 70
steps_per_sample = 100
output_dir = "unused"
[patient]
noise = 0.5
[drug]
name = "escitalopram"
dose_mg = 10
times_h = [8]
[scenario]
relapse_day = 43
relapse_factor = 3.0
[loop]
apply = false
"#
    );
    let exp = Experiment::parse(&src, Path::new("relapse.toml"), Path::new(".")).unwrap();
    run(&exp, &mut Embedded::default(), &mut |_, _| {}).unwrap()
}

/// Mean stability over days `[from, to)`.
fn mean(res: &RunResult, from: f64, to: f64) -> f64 {
    let v: Vec<f64> = res
        .rows
        .iter()
        .filter(|r| r.time_h >= from * 24.0 && r.time_h < to * 24.0)
        .map(|r| r.stability)
        .collect();
    v.iter().sum::<f64>() / v.len() as f64
}

#[test]
fn score_rises_with_response_and_falls_on_relapse() {
    for seed in 1..=5 {
        let res = simulate(seed);
        let start = mean(&res, 0.0, 7.0);
        let responded = mean(&res, 28.0, 42.0);
        let relapsed = mean(&res, 63.0, 70.0);
        let sev = |day: f64| {
            res.rows
                .iter()
                .find(|r| r.time_h >= day * 24.0)
                .map_or(f64::NAN, |r| r.severity)
        };
        println!(
            "seed {seed}: stability week 1 {start:.3}, weeks 5-6 {responded:.3}, week 10 {relapsed:.3}; severity {:.2} -> {:.2} -> {:.2}",
            sev(0.0),
            sev(42.0),
            sev(69.0)
        );
        assert!(
            responded > start + 0.05,
            "seed {seed}: no rise with response: week 1 {start:.3}, weeks 5-6 {responded:.3}"
        );
        assert!(
            relapsed < responded - 0.05,
            "seed {seed}: no fall on relapse: weeks 5-6 {responded:.3}, week 10 {relapsed:.3}"
        );
    }
}
