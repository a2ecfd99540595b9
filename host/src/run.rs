//! The experiment runner: TwinEngine → encoder → Board → decoder → Stability Score →
//! Pharmaco-Loop → back into the regimen. Deterministic for a given experiment: every
//! random draw comes from seeded streams, and the board is used only through [`Board`],
//! one `run` call per sampling period, so any bit-exact backend gives the same trace.

use anyhow::{bail, Result};

use crate::board::{Board, Embedded};
use crate::experiment::{read_observations, Experiment, ObservationSource};
use crate::pharmaco::{self, Context, Decision, Mode};
use crate::twin::neural::{self, biases, build_network, decode, Encoder, NeuralTwin};
use crate::twin::patient::{Observation, Patient, Schedule};
use crate::twin::score;
use neurosim::Network;

/// One row of `trace.csv`.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceRow {
    /// Sample time, h since day 1 00:00.
    pub time_h: f64,
    /// Drug taken since the previous sample, mg.
    pub dose_mg: f64,
    /// Daily dose of the regimen in force after this sample's decision, mg/day.
    pub daily_dose_mg: f64,
    /// Plasma concentration, ng/mL.
    pub plasma: f64,
    /// Effect-site concentration, ng/mL.
    pub effect_site: f64,
    /// SERT occupancy (SSRIs) or seizure-propensity reduction (antiepileptics), 0..=1.
    pub occupancy: f64,
    /// Observed ratings fed to the neural twin.
    pub obs: Observation,
    /// `csv` or `twin`.
    pub source: &'static str,
    /// Symptom severity S of the patient model.
    pub severity: f64,
    /// Decoded activity.
    pub decoded: neural::Decoded,
    /// Stability Score.
    pub stability: f64,
    /// The loop's decision, if the sample was flagged.
    pub decision: Option<Decision>,
}

/// Everything a run produces.
#[derive(Clone, Debug)]
pub struct RunResult {
    /// One row per sample.
    pub rows: Vec<TraceRow>,
    /// Output spikes `(step, neuron)`.
    pub spikes: Vec<(u64, u32)>,
    /// Hourly plasma curve `(time_h, ng/mL)` for the figure.
    pub plasma_curve: Vec<(f64, f64)>,
    /// Board name.
    pub backend: String,
    /// Final regimen.
    pub final_schedule: Schedule,
}

/// Mean sleep over the last day of observations.
fn recent_sleep(history: &[Observation], per_day: usize) -> f64 {
    let r = &history[history.len().saturating_sub(per_day.max(1))..];
    r.iter().map(|o| o.sleep).sum::<f64>() / r.len().max(1) as f64
}

/// First RNG stream of look-ahead simulations (one stream per sample index above it).
const LOOKAHEAD_STREAM: u64 = 1 << 32;

/// Predicted mean stability of `schedule` over `horizon_h`: a copy of the patient as known
/// now ([`Patient::known_now`]: no future events, its own noise stream) and a fresh
/// embedded board with the current (learned) weights and biases, generator ratings.
/// `learned` caches the board's network for all candidates of one decision (one weight
/// read-back per decision, not per candidate).
#[allow(clippy::too_many_arguments)]
fn predict(
    exp: &Experiment,
    patient: &Patient,
    board: &mut dyn Board,
    twin: &NeuralTwin,
    learned: &mut Option<Network>,
    history: &[Observation],
    now_h: f64,
    horizon_h: f64,
    schedule: &Schedule,
) -> Result<f64> {
    let stream = LOOKAHEAD_STREAM + (now_h / exp.sample_hours).round() as u64;
    let mut p = patient.known_now(stream);
    p.set_schedule(schedule.clone());
    let net = match learned {
        Some(net) => net,
        None => {
            let mut net = build_network(exp.seed);
            net.weights = board.read_weights()?;
            learned.insert(net)
        }
    };
    let mut sim = Embedded::default();
    let encoder = Encoder::with_stream(exp.seed, stream);
    let mut nt = NeuralTwin::load_with(&mut sim, net, encoder, twin.biases())?;
    let mut hist = history.to_vec();
    let (mut sum, mut n) = (0.0, 0usize);
    let mut t = now_h + exp.sample_hours;
    while t <= now_h + horizon_h + 1e-9 {
        let s = p.advance_to(t);
        nt.set_biases(&mut sim, biases(p.drug().action, s.effect))?;
        let out = nt.run_window(&mut sim, &s.obs, exp.steps_per_sample)?;
        hist.push(s.obs);
        sum += score::stability(&decode(&out), &hist);
        n += 1;
        t += exp.sample_hours;
    }
    Ok(if n == 0 { 0.0 } else { sum / n as f64 })
}

/// Run an experiment on `board`. `progress(done, total)` is called after every sample.
pub fn run(
    exp: &Experiment,
    board: &mut dyn Board,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<RunResult> {
    let csv = match &exp.observations {
        ObservationSource::Generator => Vec::new(),
        ObservationSource::Csv(path) => read_observations(path)?,
    };
    let samples = exp.samples();
    for row in &csv {
        let k = row.time_h / exp.sample_hours;
        if (k - k.round()).abs() > 1e-9 || k.round() as usize >= samples {
            bail!(
                "observation at {} h is not on the sampling grid (every {} h below {} h)",
                row.time_h,
                exp.sample_hours,
                exp.duration_days * 24.0
            );
        }
    }
    let mut patient = Patient::new(
        exp.drug.clone(),
        exp.patient.clone(),
        exp.schedule.clone(),
        exp.scenario.clone(),
        exp.seed,
    )?;
    let mut twin = NeuralTwin::load(board, exp.seed)?;
    let per_day = (24.0 / exp.sample_hours).round() as usize;
    let mut rows = Vec::with_capacity(samples);
    let mut spikes = Vec::new();
    let mut history: Vec<Observation> = Vec::with_capacity(samples);
    let mut scores: Vec<f64> = Vec::with_capacity(samples);
    let mut last_change_h = f64::from(exp.schedule.start_day - 1) * 24.0;
    for k in 0..samples {
        let t = k as f64 * exp.sample_hours;
        let s = patient.advance_to(t);
        let (obs, source) = match csv.iter().find(|r| (r.time_h - t).abs() < 1e-9) {
            Some(r) => (r.obs, "csv"),
            None => (s.obs, "twin"),
        };
        twin.set_biases(board, biases(exp.drug.action, s.effect))?;
        let step0 = twin.steps();
        let out = twin.run_window(board, &obs, exp.steps_per_sample)?;
        for (i, step) in out.iter().enumerate() {
            spikes.extend(step.iter().map(|&n| (step0 + i as u64, n)));
        }
        let decoded = decode(&out);
        history.push(obs);
        let stability = score::stability(&decoded, &history);
        scores.push(stability);
        let current = patient.schedule().clone();
        let ctx = Context {
            drug: &exp.drug,
            schedule: &current,
            scores: &scores,
            effect: s.effect,
            recent_sleep_h: recent_sleep(&history, per_day),
            days_since_change: (t - last_change_h) / 24.0,
        };
        let decision = match exp.control.mode {
            Mode::Rules => pharmaco::decide(&exp.control, &ctx, None)?,
            Mode::Predictive { horizon_days } => {
                let mut learned = None;
                let mut f = |c: &Schedule| {
                    predict(
                        exp,
                        &patient,
                        board,
                        &twin,
                        &mut learned,
                        &history,
                        t,
                        horizon_days * 24.0,
                        c,
                    )
                };
                pharmaco::decide(&exp.control, &ctx, Some(&mut f))?
            }
        };
        if let Some(d) = &decision {
            if exp.control.apply && d.changes_regimen() {
                patient.set_schedule(d.schedule_after(&current));
                last_change_h = t;
            }
        }
        rows.push(TraceRow {
            time_h: t,
            dose_mg: s.dose_mg,
            daily_dose_mg: patient.schedule().daily_mg(),
            plasma: s.plasma,
            effect_site: s.effect_site,
            occupancy: s.effect,
            obs,
            source,
            severity: s.severity,
            decoded,
            stability,
            decision,
        });
        progress(k + 1, samples);
    }
    let end = samples as f64 * exp.sample_hours;
    let plasma_curve = (0..=end.ceil() as usize)
        .map(|h| (h as f64, patient.pk().plasma(patient.doses(), h as f64)))
        .collect();
    Ok(RunResult {
        rows,
        spikes,
        plasma_curve,
        backend: board.name(),
        final_schedule: patient.schedule().clone(),
    })
}

/// Arguments of `neurohost run`.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// The experiment file (TOML).
    pub experiment: std::path::PathBuf,
    /// Write the outputs here instead of the file's `output_dir`.
    #[arg(long)]
    pub out: Option<std::path::PathBuf>,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// `neurohost run`: load the experiment, run it with a progress bar, write the outputs
/// and print the text summary.
pub fn run_command(args: &RunArgs) -> Result<()> {
    let exp = Experiment::load(&args.experiment)?;
    let mut board: Box<dyn Board> = match &exp.backend {
        crate::experiment::Backend::Embedded => Box::new(Embedded::default()),
        crate::experiment::Backend::Serial {
            port,
            baud,
            timeout_ms,
        } => Box::new(crate::serial::Serial::open(
            port,
            crate::serial::SerialConfig {
                baud: *baud,
                timeout: std::time::Duration::from_millis(*timeout_ms),
                ..Default::default()
            },
        )?),
    };
    let bar = if args.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(exp.samples() as u64)
    };
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} samples ({elapsed})")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(exp.name.clone());
    let started = std::time::Instant::now();
    let res = run(&exp, board.as_mut(), &mut |done, _| {
        bar.set_position(done as u64)
    })?;
    let elapsed = started.elapsed();
    bar.finish_and_clear();
    let dir = args.out.clone().unwrap_or_else(|| exp.output_dir.clone());
    crate::report::write_all(&dir, &exp, &res)?;
    print!("{}", crate::report::text_summary(&exp, &res));
    println!(
        "outputs in {} (trace.csv, spikes.csv, summary.json, stability.svg, plasma.svg, raster.svg); run took {:.3} s",
        dir.display(),
        elapsed.as_secs_f64()
    );
    Ok(())
}
