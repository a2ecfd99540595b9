//! Experiment-file errors: unknown keys, bad values and ranges are reported with the key,
//! the allowed range and line:column.

use std::path::Path;

use neurohost::experiment::Experiment;

const GOOD: &str = r#"name = "t"
seed = 1
duration_days = 10
output_dir = "out"
[drug]
name = "sertraline"
dose_mg = 50
times_h = [8]
"#;

fn err(src: &str) -> String {
    match Experiment::parse(src, Path::new("exp.toml"), Path::new(".")) {
        Ok(_) => panic!("accepted:\n{src}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn good_file_parses_with_defaults() {
    let e = Experiment::parse(GOOD, Path::new("exp.toml"), Path::new("/base")).unwrap();
    assert_eq!(e.samples(), 40);
    assert_eq!(e.sample_hours, 6.0);
    assert_eq!(e.output_dir, Path::new("/base/out"));
    assert_eq!(e.schedule.daily_mg(), 50.0);
}

#[test]
fn unknown_key_is_rejected_with_position() {
    let e = err(&GOOD.replace("seed = 1", "seed = 1\ncolour = \"red\""));
    assert!(e.contains("exp.toml:3:1"), "{e}");
    assert!(e.contains("unknown field `colour`"), "{e}");
    let e = err(&format!("{GOOD}[patient]\nwieght_kg = 70\n"));
    assert!(
        e.contains("exp.toml:10:1") && e.contains("wieght_kg"),
        "{e}"
    );
}

#[test]
fn ranges_name_key_range_and_position() {
    let e = err(&GOOD.replace("duration_days = 10", "duration_days = 400"));
    assert!(
        e.contains("exp.toml:3:17: duration_days: 400 is out of range 0.25..=365"),
        "{e}"
    );
    let e = err(&format!("{GOOD}[patient]\nweight_kg = 5\n"));
    assert!(
        e.contains("exp.toml:10:13: patient.weight_kg: 5 is out of range 20..=250"),
        "{e}"
    );
    let e = err(&format!("{GOOD}[loop]\nthreshold = 1.5\n"));
    assert!(
        e.contains("exp.toml:10:13: loop.threshold: 1.5 is out of range 0..=1"),
        "{e}"
    );
    let e = err(&format!("{GOOD}[scenario]\nstress_days = [3, 11]\n"));
    assert!(
        e.contains("exp.toml:10:15: scenario.stress_days: day 11 is out of range 1..=10"),
        "{e}"
    );
}

#[test]
fn label_limits_and_tablets_are_enforced() {
    let e = err(&GOOD.replace("dose_mg = 50", "dose_mg = 250"));
    assert!(
        e.contains("exp.toml:7:11: drug.dose_mg: 250 is out of range 0..=200"),
        "{e}"
    );
    let e = err(&GOOD.replace(
        "dose_mg = 50\ntimes_h = [8]",
        "dose_mg = 150\ntimes_h = [8, 20]",
    ));
    assert!(
        e.contains("300 mg/day exceeds the sertraline label maximum of 200 mg/day"),
        "{e}"
    );
    let e = err(&GOOD.replace("dose_mg = 50", "dose_mg = 30"));
    assert!(e.contains("not a whole number of 25 mg tablets"), "{e}");
    let e = err(&GOOD.replace("times_h = [8]", "times_h = [20, 8]"));
    assert!(
        e.contains("exp.toml:8:11: drug.times_h") && e.contains("ascending"),
        "{e}"
    );
}

#[test]
fn bad_names_and_types_are_reported() {
    let e = err(&GOOD.replace("\"sertraline\"", "\"aspirin\""));
    assert!(
        e.contains("exp.toml:6:8: drug.name: unknown drug \"aspirin\""),
        "{e}"
    );
    let e = err(&GOOD.replace("seed = 1", "seed = \"one\""));
    assert!(
        e.contains("exp.toml:2:8") && e.contains("invalid type"),
        "{e}"
    );
    let e = err(&GOOD.replace(
        "output_dir = \"out\"",
        "output_dir = \"out\"\nbackend = \"fpga\"",
    ));
    assert!(
        e.contains(
            "exp.toml:5:11: backend: \"fpga\" is not a backend; allowed: \"embedded\", \"serial\""
        ),
        "{e}"
    );
    let e = err(&format!("{GOOD}[observations]\nsource = \"csv\"\n"));
    assert!(
        e.contains("observations.source") && e.contains("needs observations.csv"),
        "{e}"
    );
    let e = err(&format!("{GOOD}[loop]\nmode = \"magic\"\n"));
    assert!(e.contains("exp.toml:10:8: loop.mode"), "{e}");
    let e = err(&GOOD.replace("name = \"t\"\n", ""));
    assert!(e.contains("missing field `name`"), "{e}");
}

#[test]
fn observation_csv_errors_name_file_line_and_field() {
    use neurohost::experiment::read_observations;
    let dir = std::env::temp_dir().join(format!("neurotwin-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let h = "day,hour,stress_1_10,sleep_hours,mood_1_10\n";
    let ok = read_observations(&write(
        "ok.csv",
        &format!("{h}1,0,6.3,7.6,4.9\n1,6,8.4,7.5,4.8\n"),
    ))
    .unwrap();
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[1].time_h, 6.0);
    assert_eq!(ok[1].obs.stress, 8.4);
    let e = read_observations(&write("h.csv", "day,hour,mood\n"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("h.csv:1: header must be"), "{e}");
    let e = read_observations(&write("r.csv", &format!("{h}1,0,11,7.6,4.9\n")))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("r.csv:2: stress_1_10 = 11 is out of range 1..=10"),
        "{e}"
    );
    let e = read_observations(&write("n.csv", &format!("{h}1,0,x,7.6,4.9\n")))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("n.csv:2: stress_1_10 = \"x\" is not a number"),
        "{e}"
    );
    let e = read_observations(&write("o.csv", &format!("{h}1,6,5,7,5\n1,0,5,7,5\n")))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("o.csv:3: rows must be in strictly increasing time"),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
