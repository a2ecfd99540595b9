//! Run outputs: `trace.csv`, `spikes.csv`, `summary.json` and three SVG figures
//! (`stability.svg` with intervention markers, `plasma.svg`, `raster.svg`).
//! SVG is written by hand: three simple line/dot charts need no plotting crate, and the
//! bytes are reproducible. All outputs are deterministic for a given run.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};
use serde::Serialize;

use crate::experiment::Experiment;
use crate::run::RunResult;
use crate::twin::drug::Action;

/// The clinical-honesty statement carried by every report.
pub const DISCLAIMER: &str = "Research tool, not a medical device: the twin, its Stability Score and every \
suggestion are model outputs for research, not clinical advice; dose suggestions are bounded by the label \
maximum but have not been clinically validated.";

/// Header of `trace.csv`.
pub const TRACE_HEADER: &str = "time_h,day,hour,dose_mg,daily_dose_mg,plasma_ng_per_ml,effect_ng_per_ml,\
occupancy,mood,stress,sleep,source,severity,rate_pos,rate_neg,synchrony,stability,intervention,trigger,rule,action";

/// `trace.csv` text.
pub fn trace_csv(res: &RunResult) -> String {
    let mut s = String::with_capacity(res.rows.len() * 160);
    s.push_str(TRACE_HEADER);
    s.push('\n');
    for r in &res.rows {
        let day = (r.time_h / 24.0).floor();
        let (flag, trigger, rule, action) = match &r.decision {
            Some(d) => (1, d.flags.label(), d.rule.to_string(), d.action_text()),
            None => (0, String::new(), String::new(), String::new()),
        };
        let _ = writeln!(
            s,
            "{:.1},{},{:.1},{:.1},{:.1},{:.4},{:.4},{:.4},{:.4},{:.4},{:.4},{},{:.4},{:.4},{:.4},{:.4},{:.4},{flag},{trigger},{rule},{action}",
            r.time_h,
            day as u64 + 1,
            r.time_h - day * 24.0,
            r.dose_mg,
            r.daily_dose_mg,
            r.plasma,
            r.effect_site,
            r.occupancy,
            r.obs.mood,
            r.obs.stress,
            r.obs.sleep,
            r.source,
            r.severity,
            r.decoded.rate_pos,
            r.decoded.rate_neg,
            r.decoded.synchrony,
            r.stability,
        );
    }
    s
}

/// `spikes.csv` text (`step,neuron`).
pub fn spikes_csv(res: &RunResult) -> String {
    let mut s = String::with_capacity(res.spikes.len() * 10 + 16);
    s.push_str("step,neuron\n");
    for (step, n) in &res.spikes {
        let _ = writeln!(s, "{step},{n}");
    }
    s
}

#[derive(Serialize)]
struct Intervention {
    time_h: f64,
    trigger: String,
    rule: String,
    action: String,
    applied: bool,
}

#[derive(Serialize)]
struct Summary<'a> {
    disclaimer: &'a str,
    name: &'a str,
    patient: &'a str,
    seed: u64,
    backend: &'a str,
    drug: &'a str,
    effect: &'a str,
    duration_days: f64,
    sample_hours: f64,
    samples: usize,
    steps: u64,
    spikes: usize,
    start_daily_dose_mg: f64,
    final_daily_dose_mg: f64,
    final_times_h: &'a [f64],
    label_max_daily_mg: f64,
    mean_stability_first_day: f64,
    mean_stability_last_day: f64,
    min_stability: f64,
    max_plasma_ng_per_ml: f64,
    final_occupancy: f64,
    interventions: Vec<Intervention>,
}

fn mean(x: impl Iterator<Item = f64>) -> f64 {
    let (s, n) = x.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        s / n as f64
    }
}

/// `summary.json` text.
pub fn summary_json(exp: &Experiment, res: &RunResult) -> Result<String> {
    let per_day = ((24.0 / exp.sample_hours).round() as usize).max(1);
    let n = res.rows.len();
    let applied = exp.control.apply;
    let summary = Summary {
        disclaimer: DISCLAIMER,
        name: &exp.name,
        patient: &exp.patient_id,
        seed: exp.seed,
        backend: &res.backend,
        drug: exp.drug.name,
        effect: match exp.drug.action {
            Action::Serotonergic => "SERT occupancy",
            Action::Antiepileptic => "seizure-propensity reduction",
        },
        duration_days: exp.duration_days,
        sample_hours: exp.sample_hours,
        samples: n,
        steps: (n * exp.steps_per_sample) as u64,
        spikes: res.spikes.len(),
        start_daily_dose_mg: exp.schedule.daily_mg(),
        final_daily_dose_mg: res.final_schedule.daily_mg(),
        final_times_h: &res.final_schedule.times_h,
        label_max_daily_mg: exp.drug.max_daily_mg,
        mean_stability_first_day: mean(res.rows.iter().take(per_day).map(|r| r.stability)),
        mean_stability_last_day: mean(
            res.rows
                .iter()
                .skip(n.saturating_sub(per_day))
                .map(|r| r.stability),
        ),
        min_stability: res
            .rows
            .iter()
            .map(|r| r.stability)
            .fold(f64::INFINITY, f64::min)
            .min(1.0),
        max_plasma_ng_per_ml: res.plasma_curve.iter().map(|p| p.1).fold(0.0, f64::max),
        final_occupancy: res.rows.last().map_or(0.0, |r| r.occupancy),
        interventions: res
            .rows
            .iter()
            .filter_map(|r| {
                r.decision.as_ref().map(|d| Intervention {
                    time_h: r.time_h,
                    trigger: d.flags.label(),
                    rule: d.rule.to_string(),
                    action: d.action_text(),
                    applied: applied && d.changes_regimen(),
                })
            })
            .collect(),
    };
    Ok(serde_json::to_string_pretty(&summary)? + "\n")
}

/// Axes and frame of a 720×300 chart; returns the SVG so far and the plot-area mapper.
struct Chart {
    svg: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

const W: f64 = 720.0;
const H: f64 = 300.0;
const L: f64 = 60.0;
const R: f64 = 20.0;
const T: f64 = 30.0;
const B: f64 = 40.0;

impl Chart {
    fn new(title: &str, xlabel: &str, ylabel: &str, x: (f64, f64), y: (f64, f64)) -> Chart {
        let mut svg = String::new();
        let _ = writeln!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" font-family=\"sans-serif\" font-size=\"11\">"
        );
        let _ = writeln!(svg, "<rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>");
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"18\" text-anchor=\"middle\" font-size=\"13\">{}</text>",
            W / 2.0,
            esc(title)
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{L}\" y=\"{T}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"black\"/>",
            W - L - R,
            H - T - B
        );
        let c = Chart {
            svg,
            x0: x.0,
            x1: if x.1 > x.0 { x.1 } else { x.0 + 1.0 },
            y0: y.0,
            y1: if y.1 > y.0 { y.1 } else { y.0 + 1.0 },
        };
        let mut c = c;
        for i in 0..=5 {
            let xv = c.x0 + (c.x1 - c.x0) * i as f64 / 5.0;
            let yv = c.y0 + (c.y1 - c.y0) * i as f64 / 5.0;
            let (px, py) = (c.px(xv), c.py(yv));
            let _ = writeln!(
                c.svg,
                "<text x=\"{px:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                H - B + 14.0,
                tick(xv)
            );
            let _ = writeln!(
                c.svg,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
                L - 4.0,
                py + 4.0,
                tick(yv)
            );
            let _ = writeln!(
                c.svg,
                "<line x1=\"{L}\" y1=\"{py:.1}\" x2=\"{:.1}\" y2=\"{py:.1}\" stroke=\"#ddd\"/>",
                W - R
            );
        }
        let _ = writeln!(
            c.svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            (L + W - R) / 2.0,
            H - 6.0,
            esc(xlabel)
        );
        let _ = writeln!(
            c.svg,
            "<text x=\"14\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {})\">{}</text>",
            (T + H - B) / 2.0,
            (T + H - B) / 2.0,
            esc(ylabel)
        );
        c
    }

    fn px(&self, x: f64) -> f64 {
        L + (x - self.x0) / (self.x1 - self.x0) * (W - L - R)
    }

    fn py(&self, y: f64) -> f64 {
        H - B - (y - self.y0) / (self.y1 - self.y0) * (H - T - B)
    }

    fn line(&mut self, pts: &[(f64, f64)], color: &str) {
        let d: Vec<String> = pts
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", self.px(x), self.py(y)))
            .collect();
        let _ = writeln!(
            self.svg,
            "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" points=\"{}\"/>",
            d.join(" ")
        );
    }

    fn dot(&mut self, x: f64, y: f64, r: f64, color: &str) {
        let _ = writeln!(
            self.svg,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r}\" fill=\"{color}\"/>",
            self.px(x),
            self.py(y)
        );
    }

    fn hline(&mut self, y: f64, color: &str) {
        let py = self.py(y);
        let _ = writeln!(self.svg, "<line x1=\"{L}\" y1=\"{py:.1}\" x2=\"{:.1}\" y2=\"{py:.1}\" stroke=\"{color}\" stroke-dasharray=\"4 3\"/>", W - R);
    }

    fn finish(mut self) -> String {
        self.svg.push_str("</svg>\n");
        self.svg
    }
}

/// The smallest of 1, 2, 5 × 10^k that is >= x (x > 0), so that fifths make round ticks.
fn nice_ceil(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|&v| v >= x - 1e-12)
        .unwrap_or(10.0 * p)
}

/// A round axis maximum >= x: a whole number of `nice_ceil(x/5)` steps.
fn nice_max(x: f64) -> f64 {
    let step = nice_ceil(x / 5.0);
    (x / step - 1e-9).ceil().max(1.0) * step
}

fn tick(v: f64) -> String {
    if v.abs() >= 100.0 || v.fract().abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Stability over time (days) with the loop's interventions as red dots (the paper's Figure 2).
pub fn stability_svg(exp: &Experiment, res: &RunResult) -> String {
    let mut c = Chart::new(
        &format!(
            "{}: Stability Score ({}; red = intervention flagged)",
            exp.name, exp.drug.name
        ),
        "day",
        "stability",
        (0.0, nice_max(exp.duration_days)),
        (0.0, 1.0),
    );
    c.hline(exp.control.threshold, "#c60");
    let pts: Vec<(f64, f64)> = res
        .rows
        .iter()
        .map(|r| (r.time_h / 24.0, r.stability))
        .collect();
    c.line(&pts, "#1f5fa8");
    for r in &res.rows {
        let (rad, color) = if r.decision.is_some() {
            (4.0, "red")
        } else {
            (2.0, "#1f5fa8")
        };
        c.dot(r.time_h / 24.0, r.stability, rad, color);
    }
    c.finish()
}

/// Hourly plasma concentration (ng/mL) over the run.
pub fn plasma_svg(exp: &Experiment, res: &RunResult) -> String {
    let max = res.plasma_curve.iter().map(|p| p.1).fold(0.0, f64::max);
    let mut c = Chart::new(
        &format!("{}: {} plasma concentration", exp.name, exp.drug.name),
        "day",
        "plasma (ng/mL)",
        (0.0, nice_max(exp.duration_days)),
        (0.0, nice_max(max)),
    );
    let pts: Vec<(f64, f64)> = res
        .plasma_curve
        .iter()
        .map(|&(t, v)| (t / 24.0, v))
        .collect();
    c.line(&pts, "#2a7a2a");
    c.finish()
}

/// Spike raster of the last (up to) 1,000 steps.
pub fn raster_svg(exp: &Experiment, res: &RunResult) -> String {
    let total = (res.rows.len() * exp.steps_per_sample) as u64;
    let first = total.saturating_sub(1000);
    let mut c = Chart::new(
        &format!(
            "{}: NeuroCore spike raster, steps {first}..{total} (POS 0-19, NEG 20-39, INH 40-49)",
            exp.name
        ),
        "step",
        "neuron",
        (first as f64, total as f64),
        (0.0, crate::twin::neural::NEURONS as f64),
    );
    for &(step, n) in res.spikes.iter().filter(|(s, _)| *s >= first) {
        let color = match n as usize {
            n if crate::twin::neural::POS.contains(&n) => "#1f5fa8",
            n if crate::twin::neural::NEG.contains(&n) => "#b02020",
            _ => "#555",
        };
        c.dot(step as f64, n as f64 + 0.5, 1.0, color);
    }
    c.finish()
}

/// Write every output file into `dir` (created if needed).
pub fn write_all(dir: &Path, exp: &Experiment, res: &RunResult) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create output directory {}", dir.display()))?;
    let files = [
        ("trace.csv", trace_csv(res)),
        ("spikes.csv", spikes_csv(res)),
        ("summary.json", summary_json(exp, res)?),
        ("stability.svg", stability_svg(exp, res)),
        ("plasma.svg", plasma_svg(exp, res)),
        ("raster.svg", raster_svg(exp, res)),
    ];
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::write(&p, text).with_context(|| format!("cannot write {}", p.display()))?;
    }
    Ok(())
}

/// The short text summary printed at the end of a run.
pub fn text_summary(exp: &Experiment, res: &RunResult) -> String {
    let per_day = ((24.0 / exp.sample_hours).round() as usize).max(1);
    let n = res.rows.len();
    let first = mean(res.rows.iter().take(per_day).map(|r| r.stability));
    let last = mean(
        res.rows
            .iter()
            .skip(n.saturating_sub(per_day))
            .map(|r| r.stability),
    );
    let flagged = res.rows.iter().filter(|r| r.decision.is_some()).count();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} (patient {}, {} on {}, seed {}): {n} samples over {} days",
        exp.name, exp.patient_id, exp.drug.name, res.backend, exp.seed, exp.duration_days
    );
    let _ = writeln!(
        s,
        "stability: first day {first:.3}, last day {last:.3}; {flagged} samples flagged"
    );
    for r in res.rows.iter().filter(|r| {
        r.decision.as_ref().is_some_and(|d| {
            d.changes_regimen() || matches!(d.proposal, crate::pharmaco::Proposal::Switch)
        })
    }) {
        if let Some(d) = &r.decision {
            let _ = writeln!(
                s,
                "  day {:.2}: {} -> {}",
                r.time_h / 24.0,
                d.rule,
                d.action_text()
            );
        }
    }
    let _ = writeln!(
        s,
        "regimen: {} -> {} mg/day (label max {} mg/day)",
        exp.schedule.daily_mg(),
        res.final_schedule.daily_mg(),
        exp.drug.max_daily_mg
    );
    let _ = writeln!(s, "{DISCLAIMER}");
    s
}
