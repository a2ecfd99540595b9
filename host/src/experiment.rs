//! The experiment file of `neurohost run` (TOML). Unknown keys are rejected; every
//! range-checked value is reported with its key, the allowed range and `line:column`.
//! Relative paths are resolved against the experiment file's directory. See `docs/twin.md`.

use std::fmt::Display;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Deserialize;
use toml::Spanned;

use crate::pharmaco::{LoopParams, Mode};
use crate::twin::drug::Drug;
use crate::twin::patient::{PatientSpec, Scenario, Schedule};
use crate::twin::pk::Covariates;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExperiment {
    name: String,
    seed: Spanned<i64>,
    duration_days: Spanned<f64>,
    sample_hours: Option<Spanned<f64>>,
    steps_per_sample: Option<Spanned<i64>>,
    backend: Option<Spanned<String>>,
    port: Option<Spanned<String>>,
    baud: Option<Spanned<i64>>,
    timeout_ms: Option<Spanned<i64>>,
    output_dir: String,
    patient: Option<RawPatient>,
    drug: RawDrug,
    observations: Option<RawObservations>,
    scenario: Option<RawScenario>,
    #[serde(rename = "loop")]
    control: Option<RawLoop>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPatient {
    id: Option<String>,
    weight_kg: Option<Spanned<f64>>,
    clearance_multiplier: Option<Spanned<f64>>,
    baseline_mood: Option<Spanned<f64>>,
    baseline_stress: Option<Spanned<f64>>,
    baseline_sleep: Option<Spanned<f64>>,
    healthy_mood: Option<Spanned<f64>>,
    healthy_stress: Option<Spanned<f64>>,
    healthy_sleep: Option<Spanned<f64>>,
    response_rate_per_day: Option<Spanned<f64>>,
    drug_sensitivity: Option<Spanned<f64>>,
    noise: Option<Spanned<f64>>,
    seizures_per_week: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDrug {
    name: Spanned<String>,
    dose_mg: Spanned<f64>,
    times_h: Spanned<Vec<f64>>,
    start_day: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawObservations {
    source: Spanned<String>,
    csv: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    missed_dose_days: Option<Spanned<Vec<i64>>>,
    stress_days: Option<Spanned<Vec<i64>>>,
    relapse_day: Option<Spanned<i64>>,
    relapse_factor: Option<Spanned<f64>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLoop {
    threshold: Option<Spanned<f64>>,
    max_drop: Option<Spanned<f64>>,
    max_fluctuation: Option<Spanned<f64>>,
    max_change_mg_per_day: Option<Spanned<f64>>,
    apply: Option<bool>,
    mode: Option<Spanned<String>>,
    horizon_days: Option<Spanned<f64>>,
}

/// Where the observed signals come from.
#[derive(Clone, Debug, PartialEq)]
pub enum ObservationSource {
    /// The patient generator only.
    Generator,
    /// A Table 1-style CSV; its rows replace the generator's ratings at their times and
    /// later samples come from the generator.
    Csv(PathBuf),
}

/// The backend that runs the neural twin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The golden model in this process.
    Embedded,
    /// A board (or `neurocore emulate`) at a serial port.
    Serial {
        /// Port path, e.g. `/dev/ttyUSB1`.
        port: String,
        /// Line rate in baud.
        baud: u32,
        /// Response timeout in milliseconds (the exchange's line time is added).
        timeout_ms: u64,
    },
}

/// A validated experiment.
#[derive(Clone, Debug)]
pub struct Experiment {
    /// Free-form name.
    pub name: String,
    /// Seed of every random stream.
    pub seed: u64,
    /// Duration, days (samples at `0, sample_hours, …` below `duration_days·24`).
    pub duration_days: f64,
    /// Sampling period, h.
    pub sample_hours: f64,
    /// NeuroCore steps per sampling period.
    pub steps_per_sample: usize,
    /// Backend.
    pub backend: Backend,
    /// Output directory.
    pub output_dir: PathBuf,
    /// Patient identifier for the reports (`[patient] id`, default "anonymous").
    pub patient_id: String,
    /// Patient.
    pub patient: PatientSpec,
    /// Drug.
    pub drug: Drug,
    /// Starting regimen.
    pub schedule: Schedule,
    /// Observation source.
    pub observations: ObservationSource,
    /// Scenario events.
    pub scenario: Scenario,
    /// Pharmaco-Loop settings.
    pub control: LoopParams,
}

/// Line and column (1-based) of a byte offset.
fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

struct Checker<'a> {
    src: &'a str,
    file: &'a Path,
}

impl Checker<'_> {
    fn at<T>(&self, v: &Spanned<T>) -> String {
        let (l, c) = line_col(self.src, v.span().start);
        format!("{}:{l}:{c}", self.file.display())
    }

    fn err<T>(&self, key: &str, v: &Spanned<T>, msg: impl Display) -> anyhow::Error {
        anyhow!("{}: {key}: {msg}", self.at(v))
    }

    /// A number in `lo..=hi`.
    fn range<T: PartialOrd + Display + Copy>(
        &self,
        key: &str,
        v: &Spanned<T>,
        lo: T,
        hi: T,
    ) -> Result<T> {
        let x = *v.get_ref();
        if x >= lo && x <= hi {
            Ok(x)
        } else {
            Err(self.err(key, v, format!("{x} is out of range {lo}..={hi}")))
        }
    }

    fn opt(
        &self,
        key: &str,
        v: &Option<Spanned<f64>>,
        lo: f64,
        hi: f64,
        default: f64,
    ) -> Result<f64> {
        match v {
            Some(v) => self.range(key, v, lo, hi),
            None => Ok(default),
        }
    }

    fn days(&self, key: &str, v: &Option<Spanned<Vec<i64>>>, max: i64) -> Result<Vec<u32>> {
        let Some(v) = v else { return Ok(Vec::new()) };
        v.get_ref()
            .iter()
            .map(|&d| {
                if (1..=max).contains(&d) {
                    Ok(d as u32)
                } else {
                    Err(self.err(key, v, format!("day {d} is out of range 1..={max}")))
                }
            })
            .collect()
    }
}

impl Experiment {
    /// Read and validate an experiment file.
    pub fn load(path: &Path) -> Result<Experiment> {
        let src = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read experiment file {}", path.display()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        Self::parse(&src, path, base)
    }

    /// Parse experiment text; `file` names it in messages, `base` resolves relative paths.
    pub fn parse(src: &str, file: &Path, base: &Path) -> Result<Experiment> {
        let raw: RawExperiment = toml::from_str(src).map_err(|e| {
            let (l, c) = e.span().map_or((0, 0), |s| line_col(src, s.start));
            anyhow!("{}:{l}:{c}: {}", file.display(), e.message())
        })?;
        let ck = Checker { src, file };
        let seed = ck.range("seed", &raw.seed, 0, i64::MAX)? as u64;
        let duration_days = ck.range("duration_days", &raw.duration_days, 0.25, 365.0)?;
        let sample_hours = ck.opt("sample_hours", &raw.sample_hours, 1.0, 24.0, 6.0)?;
        let steps_per_sample = match &raw.steps_per_sample {
            Some(v) => ck.range("steps_per_sample", v, 10, 100_000)? as usize,
            None => 200,
        };
        let backend = match &raw.backend {
            None => Backend::Embedded,
            Some(v) if v.get_ref() == "embedded" => Backend::Embedded,
            Some(v) if v.get_ref() == "serial" => match &raw.port {
                Some(port) => Backend::Serial {
                    port: port.get_ref().clone(),
                    baud: match &raw.baud {
                        Some(b) => ck.range("baud", b, 1_200, 12_000_000)? as u32,
                        None => crate::serial::DEFAULT_BAUD,
                    },
                    timeout_ms: match &raw.timeout_ms {
                        Some(t) => ck.range("timeout_ms", t, 10, 600_000)? as u64,
                        None => 500,
                    },
                },
                None => {
                    return Err(ck.err(
                        "backend",
                        v,
                        "backend \"serial\" needs `port = \"/dev/...\"`",
                    ))
                }
            },
            Some(v) => {
                return Err(ck.err(
                    "backend",
                    v,
                    format!(
                        "\"{}\" is not a backend; allowed: \"embedded\", \"serial\"",
                        v.get_ref()
                    ),
                ))
            }
        };
        if let (Backend::Embedded, Some(p)) = (&backend, &raw.port) {
            return Err(ck.err("port", p, "`port` is used only with backend = \"serial\""));
        }
        let rp = raw.patient.unwrap_or_default();
        let patient_id = rp.id.clone().unwrap_or_else(|| "anonymous".into());
        let d = PatientSpec::default();
        let patient = PatientSpec {
            covariates: Covariates {
                weight_kg: ck.opt("patient.weight_kg", &rp.weight_kg, 20.0, 250.0, 70.0)?,
                clearance_multiplier: ck.opt(
                    "patient.clearance_multiplier",
                    &rp.clearance_multiplier,
                    0.1,
                    10.0,
                    1.0,
                )?,
            },
            baseline_mood: ck.opt(
                "patient.baseline_mood",
                &rp.baseline_mood,
                1.0,
                10.0,
                d.baseline_mood,
            )?,
            baseline_stress: ck.opt(
                "patient.baseline_stress",
                &rp.baseline_stress,
                1.0,
                10.0,
                d.baseline_stress,
            )?,
            baseline_sleep: ck.opt(
                "patient.baseline_sleep",
                &rp.baseline_sleep,
                0.0,
                14.0,
                d.baseline_sleep,
            )?,
            healthy_mood: ck.opt(
                "patient.healthy_mood",
                &rp.healthy_mood,
                1.0,
                10.0,
                d.healthy_mood,
            )?,
            healthy_stress: ck.opt(
                "patient.healthy_stress",
                &rp.healthy_stress,
                1.0,
                10.0,
                d.healthy_stress,
            )?,
            healthy_sleep: ck.opt(
                "patient.healthy_sleep",
                &rp.healthy_sleep,
                0.0,
                14.0,
                d.healthy_sleep,
            )?,
            response_rate_per_day: ck.opt(
                "patient.response_rate_per_day",
                &rp.response_rate_per_day,
                0.001,
                2.0,
                d.response_rate_per_day,
            )?,
            drug_sensitivity: ck.opt(
                "patient.drug_sensitivity",
                &rp.drug_sensitivity,
                0.0,
                5.0,
                1.0,
            )?,
            noise: ck.opt("patient.noise", &rp.noise, 0.0, 5.0, 1.0)?,
            seizures_per_week: ck.opt(
                "patient.seizures_per_week",
                &rp.seizures_per_week,
                0.0,
                50.0,
                0.0,
            )?,
        };

        let drug = Drug::by_name(raw.drug.name.get_ref())
            .map_err(|e| ck.err("drug.name", &raw.drug.name, e))?;
        let times = raw.drug.times_h.get_ref().clone();
        if times.is_empty() || times.len() > 4 {
            return Err(ck.err("drug.times_h", &raw.drug.times_h, "give 1 to 4 clock times"));
        }
        if times.iter().any(|t| !(0.0..24.0).contains(t)) || times.windows(2).any(|w| w[0] >= w[1])
        {
            return Err(ck.err(
                "drug.times_h",
                &raw.drug.times_h,
                "clock times must be in 0..24 h and strictly ascending",
            ));
        }
        let dose_mg = ck.range("drug.dose_mg", &raw.drug.dose_mg, 0.0, drug.max_daily_mg)?;
        let tablets = dose_mg / drug.tablet_mg;
        if tablets < 1.0 || tablets.fract() != 0.0 {
            return Err(ck.err(
                "drug.dose_mg",
                &raw.drug.dose_mg,
                format!(
                    "{dose_mg} mg is not a whole number of {} mg tablets",
                    drug.tablet_mg
                ),
            ));
        }
        let daily = dose_mg * times.len() as f64;
        if daily > drug.max_daily_mg {
            return Err(ck.err(
                "drug.dose_mg",
                &raw.drug.dose_mg,
                format!(
                    "{daily} mg/day exceeds the {} label maximum of {} mg/day",
                    drug.name, drug.max_daily_mg
                ),
            ));
        }
        let max_day = duration_days.ceil() as i64;
        let start_day = match &raw.drug.start_day {
            Some(v) => ck.range("drug.start_day", v, 1, max_day)? as u32,
            None => 1,
        };
        let schedule = Schedule {
            dose_mg,
            times_h: times,
            start_day,
        };

        let observations = match &raw.observations {
            None => ObservationSource::Generator,
            Some(o) => match (o.source.get_ref().as_str(), &o.csv) {
                ("generator", None) => ObservationSource::Generator,
                ("csv", Some(p)) => ObservationSource::Csv(base.join(p.get_ref())),
                ("csv", None) => {
                    return Err(ck.err(
                        "observations.source",
                        &o.source,
                        "\"csv\" needs observations.csv = \"path\"",
                    ))
                }
                ("generator", Some(p)) => {
                    return Err(ck.err("observations.csv", p, "only allowed with source = \"csv\""))
                }
                (other, _) => {
                    return Err(ck.err(
                        "observations.source",
                        &o.source,
                        format!("\"{other}\" is not one of \"generator\", \"csv\""),
                    ))
                }
            },
        };

        let rs = raw.scenario.unwrap_or_default();
        let scenario = Scenario {
            missed_dose_days: ck.days(
                "scenario.missed_dose_days",
                &rs.missed_dose_days,
                max_day,
            )?,
            stress_days: ck.days("scenario.stress_days", &rs.stress_days, max_day)?,
            relapse_day: match &rs.relapse_day {
                Some(v) => Some(ck.range("scenario.relapse_day", v, 1, max_day)? as u32),
                None => None,
            },
            relapse_factor: ck.opt(
                "scenario.relapse_factor",
                &rs.relapse_factor,
                1.0,
                10.0,
                1.0,
            )?,
        };

        let rl = raw.control.unwrap_or_default();
        let mode = match &rl.mode {
            None => Mode::Rules,
            Some(m) => match m.get_ref().as_str() {
                "rules" => Mode::Rules,
                "predictive" => Mode::Predictive {
                    horizon_days: ck.opt("loop.horizon_days", &rl.horizon_days, 1.0, 28.0, 7.0)?,
                },
                other => {
                    return Err(ck.err(
                        "loop.mode",
                        m,
                        format!("\"{other}\" is not one of \"rules\", \"predictive\""),
                    ))
                }
            },
        };
        if let (Mode::Rules, Some(h)) = (mode, &rl.horizon_days) {
            return Err(ck.err(
                "loop.horizon_days",
                h,
                "only allowed with mode = \"predictive\"",
            ));
        }
        let control = LoopParams {
            threshold: ck.opt("loop.threshold", &rl.threshold, 0.0, 1.0, 0.4)?,
            max_drop: ck.opt("loop.max_drop", &rl.max_drop, 0.0, 1.0, 0.15)?,
            max_fluctuation: ck.opt("loop.max_fluctuation", &rl.max_fluctuation, 0.0, 1.0, 0.12)?,
            max_change_mg_per_day: ck.opt(
                "loop.max_change_mg_per_day",
                &rl.max_change_mg_per_day,
                0.0,
                drug.max_daily_mg,
                drug.max_step_mg_per_day,
            )?,
            apply: rl.apply.unwrap_or(true),
            mode,
        };
        if raw.name.trim().is_empty() {
            bail!("{}: name must not be empty", file.display());
        }
        Ok(Experiment {
            name: raw.name,
            seed,
            duration_days,
            sample_hours,
            steps_per_sample,
            backend,
            output_dir: base.join(raw.output_dir),
            patient_id,
            patient,
            drug,
            schedule,
            observations,
            scenario,
            control,
        })
    }

    /// Number of samples: times `k·sample_hours < duration_days·24`.
    pub fn samples(&self) -> usize {
        (self.duration_days * 24.0 / self.sample_hours - 1e-9).ceil() as usize
    }
}

/// One row of a Table 1-style observation CSV.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CsvObservation {
    /// Time, h since day 1 00:00.
    pub time_h: f64,
    /// Ratings.
    pub obs: crate::twin::patient::Observation,
}

/// Read `day,hour,stress_1_10,sleep_hours,mood_1_10`; errors name the file, line and field.
pub fn read_observations(path: &Path) -> Result<Vec<CsvObservation>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read observation file {}", path.display()))?;
    let mut lines = text.lines().enumerate();
    let header = "day,hour,stress_1_10,sleep_hours,mood_1_10";
    match lines.next() {
        Some((_, h)) if h.trim() == header => {}
        _ => bail!("{}:1: header must be `{header}`", path.display()),
    }
    let mut out: Vec<CsvObservation> = Vec::new();
    for (i, line) in lines {
        let ln = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        if f.len() != 5 {
            bail!(
                "{}:{ln}: expected 5 fields, found {}",
                path.display(),
                f.len()
            );
        }
        let num = |k: usize, name: &str, lo: f64, hi: f64| -> Result<f64> {
            let v: f64 = f[k].parse().map_err(|_| {
                anyhow!(
                    "{}:{ln}: {name} = \"{}\" is not a number",
                    path.display(),
                    f[k]
                )
            })?;
            if !(lo..=hi).contains(&v) {
                bail!(
                    "{}:{ln}: {name} = {v} is out of range {lo}..={hi}",
                    path.display()
                );
            }
            Ok(v)
        };
        let day = num(0, "day", 1.0, 366.0)?;
        let hour = num(1, "hour", 0.0, 23.999)?;
        if day.fract() != 0.0 {
            bail!("{}:{ln}: day = {day} is not a whole number", path.display());
        }
        let time_h = (day - 1.0) * 24.0 + hour;
        if out.last().is_some_and(|p| p.time_h >= time_h) {
            bail!(
                "{}:{ln}: rows must be in strictly increasing time",
                path.display()
            );
        }
        out.push(CsvObservation {
            time_h,
            obs: crate::twin::patient::Observation {
                stress: num(2, "stress_1_10", 1.0, 10.0)?,
                sleep: num(3, "sleep_hours", 0.0, 14.0)?,
                mood: num(4, "mood_1_10", 1.0, 10.0)?,
            },
        });
    }
    Ok(out)
}
