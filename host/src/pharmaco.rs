//! Pharmaco-Loop: watches the Stability Score, flags interventions (the paper's red dots)
//! and proposes one, always bounded by the drug label and naming the rule that produced it.
//!
//! Flags (any of): the score is below `threshold`; it dropped by more than `max_drop` since
//! the previous sample; the sample standard deviation of the last 4 scores exceeds
//! `max_fluctuation`. A flag is answered by the first matching rule:
//! - R1 cooldown: the last change was less than the label's minimum interval ago → hold.
//! - R2 sleep timing: SSRI, mean sleep of the last day < 6 h and an evening dose (≥ 16:00)
//!   → move once-daily dosing to 08:00 (SSRIs can disturb sleep; the labels allow morning dosing).
//! - R3 split dosing: fluctuation flag, half-life < 12 h and once daily → same daily dose twice daily.
//! - R4 sub-target exposure: effect below the drug's target and below the label max → increase.
//! - R5 awaiting onset: less than the drug's onset time since the last change → hold.
//! - R6 partial response: score below threshold and below the label max → increase.
//! - R7 adequate trial pending: score below threshold at the label max for less than the
//!   drug's adequate-trial time → hold.
//! - R8 non-response at label max: score below threshold after an adequate trial → consider
//!   a switch (no dose change is suggested).
//! - R9 transient dip: only a drop or fluctuation flag, adequate exposure → hold and monitor.
//!
//! Every dose suggestion passes [`bound_daily`]: within `[tablet, label max]`, at most
//! `min(max_change, label step)` from the current daily dose, a whole number of the smallest
//! tablet per intake, rounded towards the current dose. In predictive mode, R4/R6 choose the
//! candidate dose (every bounded dose from the current one up to the largest allowed) with
//! the highest stability predicted by simulating the twin forward.
//!
//! This is a research tool, not a medical device: suggestions are not clinical advice.

use anyhow::Result;

use crate::twin::drug::{Action as DrugAction, Drug};
use crate::twin::patient::Schedule;

/// Predicts the mean stability of a candidate regimen (model-predictive mode).
pub type Predictor<'a> = &'a mut dyn FnMut(&Schedule) -> Result<f64>;

/// Variability window of the fluctuation flag, samples.
pub const FLUCT_WINDOW: usize = 4;

/// How the loop chooses an increased dose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode {
    /// The largest bounded step.
    Rules,
    /// Simulate candidate doses forward for `horizon_days` and take the best.
    Predictive {
        /// Look-ahead, days.
        horizon_days: f64,
    },
}

/// Loop settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LoopParams {
    /// Flag when the score is below this (0..=1).
    pub threshold: f64,
    /// Flag when the score drops by more than this between samples.
    pub max_drop: f64,
    /// Flag when the std of the last 4 scores exceeds this.
    pub max_fluctuation: f64,
    /// Largest change of the daily dose per decision, mg/day (the label step also applies).
    pub max_change_mg_per_day: f64,
    /// Apply suggestions to the twin's regimen (closed loop) or only record them.
    pub apply: bool,
    /// Rules or model-predictive dose choice.
    pub mode: Mode,
}

/// Why a sample was flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Flags {
    /// Score below threshold.
    pub low: bool,
    /// Drop beyond `max_drop`.
    pub drop: bool,
    /// Fluctuation beyond `max_fluctuation`.
    pub fluctuation: bool,
}

impl Flags {
    /// Any flag set.
    pub fn any(&self) -> bool {
        self.low || self.drop || self.fluctuation
    }

    /// `low+drop` style label ("" when none).
    pub fn label(&self) -> String {
        let mut v = Vec::new();
        if self.low {
            v.push("low");
        }
        if self.drop {
            v.push("drop");
        }
        if self.fluctuation {
            v.push("fluctuation");
        }
        v.join("+")
    }
}

/// What the loop proposes.
#[derive(Clone, Debug, PartialEq)]
pub enum Proposal {
    /// No change.
    Hold,
    /// A new daily dose (same intake times).
    Dose {
        /// Current daily dose, mg/day.
        from_mg_per_day: f64,
        /// Suggested daily dose, mg/day.
        to_mg_per_day: f64,
    },
    /// New intake times, same daily dose.
    Timing {
        /// Suggested clock times, h.
        times_h: Vec<f64>,
    },
    /// Consider switching to another drug.
    Switch,
}

/// One decision: the rule that fired and its proposal.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// Flags of the sample.
    pub flags: Flags,
    /// Rule identifier and name, e.g. `R4 sub-target exposure`.
    pub rule: &'static str,
    /// The proposal.
    pub proposal: Proposal,
}

impl Decision {
    /// The regimen after this decision (the current one if nothing changes).
    pub fn schedule_after(&self, current: &Schedule) -> Schedule {
        match &self.proposal {
            Proposal::Dose { to_mg_per_day, .. } => Schedule {
                dose_mg: to_mg_per_day / current.times_h.len() as f64,
                ..current.clone()
            },
            // Same daily dose, spread over the new intake times.
            Proposal::Timing { times_h } => Schedule {
                dose_mg: current.daily_mg() / times_h.len().max(1) as f64,
                times_h: times_h.clone(),
                ..current.clone()
            },
            Proposal::Hold | Proposal::Switch => current.clone(),
        }
    }

    /// A short comma-free description for the trace.
    pub fn action_text(&self) -> String {
        match &self.proposal {
            Proposal::Hold => "hold".into(),
            Proposal::Dose {
                from_mg_per_day,
                to_mg_per_day,
            } => format!("dose {from_mg_per_day}->{to_mg_per_day} mg/day"),
            Proposal::Timing { times_h } => format!(
                "timing {}",
                times_h
                    .iter()
                    .map(|t| {
                        // Clock time in 0..24 h, so both parts fit their widths.
                        let minutes = (t * 60.0).round() as u32;
                        format!("{:02}:{:02}", minutes / 60, minutes % 60)
                    })
                    .collect::<Vec<_>>()
                    .join("+")
            ),
            Proposal::Switch => "consider switch".into(),
        }
    }

    /// Does it change the regimen?
    pub fn changes_regimen(&self) -> bool {
        matches!(
            self.proposal,
            Proposal::Dose { .. } | Proposal::Timing { .. }
        )
    }
}

/// What the loop sees at one sample.
#[derive(Clone, Debug)]
pub struct Context<'a> {
    /// The drug.
    pub drug: &'a Drug,
    /// The regimen in force.
    pub schedule: &'a Schedule,
    /// Scores so far, ending with the current one.
    pub scores: &'a [f64],
    /// Current drug effect (occupancy or seizure reduction).
    pub effect: f64,
    /// Mean sleep over the last day, h.
    pub recent_sleep_h: f64,
    /// Days since the last regimen change (or the treatment start).
    pub days_since_change: f64,
}

/// Largest change of the daily dose in one decision, mg/day.
pub fn max_change(drug: &Drug, p: &LoopParams) -> f64 {
    p.max_change_mg_per_day.min(drug.max_step_mg_per_day)
}

/// Bound a target daily dose: clamp to `[tablet·n, label max]` and to `current ± max change`,
/// then round the single dose to whole tablets towards the current dose (`n` intakes a day).
pub fn bound_daily(drug: &Drug, p: &LoopParams, current: f64, target: f64, n: usize) -> f64 {
    let n = n.max(1) as f64;
    let step = max_change(drug, p);
    let lo = (current - step).max(drug.tablet_mg * n);
    let hi = (current + step).min(drug.max_daily_mg);
    if lo > hi {
        return current;
    }
    let t = target.clamp(lo, hi);
    let single = t / n / drug.tablet_mg;
    let tablets = if t >= current {
        single.floor()
    } else {
        single.ceil()
    };
    let bounded = tablets * drug.tablet_mg * n;
    if bounded < lo - 1e-9 || bounded > hi + 1e-9 {
        current
    } else {
        bounded
    }
}

/// Score flags for the latest sample.
pub fn flags(p: &LoopParams, scores: &[f64]) -> Flags {
    let Some(&s) = scores.last() else {
        return Flags::default();
    };
    let drop = scores.len() >= 2 && scores[scores.len() - 2] - s > p.max_drop;
    let recent = &scores[scores.len().saturating_sub(FLUCT_WINDOW)..];
    let fluctuation = recent.len() == FLUCT_WINDOW && {
        let m = recent.iter().sum::<f64>() / recent.len() as f64;
        let var = recent.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (recent.len() - 1) as f64;
        var.sqrt() > p.max_fluctuation
    };
    Flags {
        low: s < p.threshold,
        drop,
        fluctuation,
    }
}

/// Decide for the latest sample. `predict` (predictive mode) returns the predicted mean
/// stability of a candidate regimen. Returns `None` when nothing is flagged.
pub fn decide(
    p: &LoopParams,
    ctx: &Context,
    predict: Option<Predictor>,
) -> Result<Option<Decision>> {
    let f = flags(p, ctx.scores);
    if !f.any() {
        return Ok(None);
    }
    let d = ctx.drug;
    let sched = ctx.schedule;
    let daily = sched.daily_mg();
    let n = sched.times_h.len();
    let at_max = bound_daily(d, p, daily, f64::INFINITY, n) <= daily;
    let decision = |rule, proposal| {
        Ok(Some(Decision {
            flags: f,
            rule,
            proposal,
        }))
    };
    if ctx.days_since_change < d.min_days_between_changes {
        return decision("R1 cooldown", Proposal::Hold);
    }
    if d.action == DrugAction::Serotonergic
        && ctx.recent_sleep_h < 6.0
        && n == 1
        && sched.times_h[0] >= 16.0
    {
        return decision("R2 sleep timing", Proposal::Timing { times_h: vec![8.0] });
    }
    if f.fluctuation && d.half_life_h() < 12.0 && n == 1 {
        let single = daily / 2.0;
        if (single / d.tablet_mg).fract() == 0.0 {
            let t = sched.times_h[0];
            let second = if t + 12.0 < 24.0 { t + 12.0 } else { t - 12.0 };
            let mut times = vec![t, second];
            times.sort_by(f64::total_cmp);
            return decision("R3 split dosing", Proposal::Timing { times_h: times });
        }
    }
    let increase = |predict: Option<Predictor>| -> Result<f64> {
        let best = bound_daily(d, p, daily, f64::INFINITY, n);
        let Some(predict) = predict else {
            return Ok(best);
        };
        // Candidates: every bounded daily dose from the current one up to `best`.
        let per = d.tablet_mg * n as f64;
        let mut cands = vec![daily];
        let mut c = daily + per;
        while c <= best + 1e-9 {
            cands.push(bound_daily(d, p, daily, c, n));
            c += per;
        }
        let mut choice = (daily, f64::NEG_INFINITY);
        for c in cands {
            let s = predict(&Schedule {
                dose_mg: c / n as f64,
                ..sched.clone()
            })?;
            if s > choice.1 + 1e-12 {
                choice = (c, s);
            }
        }
        Ok(choice.0)
    };
    let is_predictive = matches!(p.mode, Mode::Predictive { .. });
    let dose = |to: f64| {
        if to > daily {
            Proposal::Dose {
                from_mg_per_day: daily,
                to_mg_per_day: to,
            }
        } else {
            Proposal::Hold
        }
    };
    if ctx.effect < d.target_effect && !at_max {
        let to = increase(if is_predictive { predict } else { None })?;
        let rule = if is_predictive {
            "R4 sub-target exposure (predictive)"
        } else {
            "R4 sub-target exposure"
        };
        return decision(rule, dose(to));
    }
    if ctx.days_since_change < d.onset_days {
        return decision("R5 awaiting onset", Proposal::Hold);
    }
    if !f.low {
        return decision("R9 transient dip", Proposal::Hold);
    }
    if !at_max {
        let to = increase(if is_predictive { predict } else { None })?;
        let rule = if is_predictive {
            "R6 partial response (predictive)"
        } else {
            "R6 partial response"
        };
        return decision(rule, dose(to));
    }
    if ctx.days_since_change < d.adequate_trial_days {
        return decision("R7 adequate trial pending", Proposal::Hold);
    }
    decision("R8 non-response at label max", Proposal::Switch)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> LoopParams {
        LoopParams {
            threshold: 0.4,
            max_drop: 0.15,
            max_fluctuation: 0.12,
            max_change_mg_per_day: 50.0,
            apply: true,
            mode: Mode::Rules,
        }
    }

    #[test]
    fn flags_low_drop_and_fluctuation() {
        let p = params();
        assert!(!flags(&p, &[0.6, 0.6]).any());
        assert!(flags(&p, &[0.6, 0.3]).low);
        assert!(flags(&p, &[0.8, 0.6]).drop);
        assert!(flags(&p, &[0.9, 0.5, 0.9, 0.5]).fluctuation);
    }

    #[test]
    fn bound_rounds_towards_current_and_respects_label() {
        let d = Drug::sertraline();
        let p = params();
        assert_eq!(bound_daily(&d, &p, 50.0, 1000.0, 1), 100.0);
        assert_eq!(bound_daily(&d, &p, 175.0, 1000.0, 1), 200.0);
        assert_eq!(bound_daily(&d, &p, 200.0, 1000.0, 1), 200.0);
        assert_eq!(bound_daily(&d, &p, 50.0, 70.0, 1), 50.0);
        assert_eq!(bound_daily(&d, &p, 100.0, 0.0, 1), 50.0);
    }

    #[test]
    fn rules_fire_in_order() {
        let d = Drug::sertraline();
        let p = params();
        let evening = Schedule {
            dose_mg: 50.0,
            times_h: vec![20.0],
            start_day: 1,
        };
        let ctx = Context {
            drug: &d,
            schedule: &evening,
            scores: &[0.2],
            effect: 0.5,
            recent_sleep_h: 5.0,
            days_since_change: 3.0,
        };
        let r = |c: &Context| decide(&p, c, None).unwrap().unwrap();
        assert_eq!(r(&ctx).rule, "R1 cooldown");
        let ctx = Context {
            days_since_change: 8.0,
            ..ctx
        };
        assert_eq!(r(&ctx).rule, "R2 sleep timing");
        let ctx = Context {
            recent_sleep_h: 7.0,
            ..ctx
        };
        let dec = r(&ctx);
        assert_eq!(dec.rule, "R4 sub-target exposure");
        assert_eq!(dec.schedule_after(&evening).dose_mg, 100.0);
        let ctx = Context { effect: 0.8, ..ctx };
        assert_eq!(r(&ctx).rule, "R5 awaiting onset");
        let ctx = Context {
            days_since_change: 20.0,
            ..ctx
        };
        assert_eq!(r(&ctx).rule, "R6 partial response");
        let ctx_dip = Context {
            scores: &[0.9, 0.7],
            ..ctx.clone()
        };
        assert_eq!(r(&ctx_dip).rule, "R9 transient dip");
        let max = Schedule {
            dose_mg: 200.0,
            ..evening.clone()
        };
        let ctx = Context {
            schedule: &max,
            ..ctx
        };
        assert_eq!(r(&ctx).rule, "R7 adequate trial pending");
        let ctx = Context {
            days_since_change: 28.0,
            ..ctx
        };
        assert_eq!(r(&ctx).proposal, Proposal::Switch);
    }

    #[test]
    fn predictive_mode_takes_the_best_bounded_candidate() {
        let d = Drug::sertraline();
        let p = LoopParams {
            mode: Mode::Predictive { horizon_days: 7.0 },
            max_change_mg_per_day: 100.0,
            ..params()
        };
        let sched = Schedule {
            dose_mg: 50.0,
            times_h: vec![8.0],
            start_day: 1,
        };
        let ctx = Context {
            drug: &d,
            schedule: &sched,
            scores: &[0.2],
            effect: 0.5,
            recent_sleep_h: 7.0,
            days_since_change: 8.0,
        };
        let mut seen = Vec::new();
        // Peaks at 75 mg/day; the label step (50) caps candidates at 100 mg/day.
        let mut f = |s: &Schedule| -> Result<f64> {
            seen.push(s.daily_mg());
            Ok(-(s.daily_mg() - 75.0).abs())
        };
        let dec = decide(&p, &ctx, Some(&mut f)).unwrap().unwrap();
        assert_eq!(seen, [50.0, 75.0, 100.0]);
        assert_eq!(dec.rule, "R4 sub-target exposure (predictive)");
        assert_eq!(
            dec.proposal,
            Proposal::Dose {
                from_mg_per_day: 50.0,
                to_mg_per_day: 75.0
            }
        );
    }

    #[test]
    fn split_dosing_keeps_the_daily_dose() {
        let d = Drug::levetiracetam();
        let p = params();
        let sched = Schedule {
            dose_mg: 1000.0,
            times_h: vec![8.0],
            start_day: 1,
        };
        let ctx = Context {
            drug: &d,
            schedule: &sched,
            scores: &[0.9, 0.5, 0.9, 0.5],
            effect: 0.5,
            recent_sleep_h: 7.0,
            days_since_change: 30.0,
        };
        let dec = decide(&p, &ctx, None).unwrap().unwrap();
        assert_eq!(dec.rule, "R3 split dosing");
        let after = dec.schedule_after(&sched);
        assert_eq!(after.times_h, [8.0, 20.0]);
        assert_eq!(dec.action_text(), "timing 08:00+20:00");
        assert_eq!(after.daily_mg(), 1000.0);
    }
}
