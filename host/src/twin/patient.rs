//! The TwinEngine's patient: dosing, PK/PD and the neuro-behavioural state (mood, stress,
//! sleep) with a delayed, indirect-response treatment effect, noise and scenario events.
//!
//! Symptom severity `S` (1 = untreated baseline) follows a Jusko type-IV indirect response:
//! `dS/dt = kin·r(t) − kout·(1 + sens·Smax·E/(SC50 + E))·S`, `kin = kout`, where `E` is the
//! drug effect at the effect site and `r(t)` is 1, or the relapse factor after a relapse.
//! `S` is advanced exactly with `E` held constant over steps of at most 1 h.
//! The observed signals are `X = healthy_X + (baseline_X − healthy_X)·S` plus a circadian
//! term, day-to-day AR(1) noise, rating noise and event offsets; see `docs/twin.md`.

use std::f64::consts::PI;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::drug::{Action, Drug};
use super::pk::{emax_effect, Covariates, Dose, Pk};

/// RNG stream of the patient's noise and events.
pub const PATIENT_STREAM: u64 = 1;

/// Who the patient is.
#[derive(Clone, Debug, PartialEq)]
pub struct PatientSpec {
    /// PK covariates.
    pub covariates: Covariates,
    /// Untreated mood rating (1..=10).
    pub baseline_mood: f64,
    /// Untreated stress rating (1..=10).
    pub baseline_stress: f64,
    /// Untreated sleep, h/night (0..=14).
    pub baseline_sleep: f64,
    /// Mood when fully well (S = 0).
    pub healthy_mood: f64,
    /// Stress when fully well.
    pub healthy_stress: f64,
    /// Sleep when fully well, h.
    pub healthy_sleep: f64,
    /// Symptom turnover kout, 1/day (sets how slowly the response builds).
    pub response_rate_per_day: f64,
    /// Multiplier on the drug's Smax (0 = non-responder, 1 = typical).
    pub drug_sensitivity: f64,
    /// Multiplier on every noise amplitude (0 = noiseless).
    pub noise: f64,
    /// Untreated seizures per week (used by antiepileptics).
    pub seizures_per_week: f64,
}

impl Default for PatientSpec {
    fn default() -> Self {
        PatientSpec {
            covariates: Covariates::default(),
            baseline_mood: 4.9,
            baseline_stress: 6.6,
            baseline_sleep: 6.8,
            healthy_mood: 8.0,
            healthy_stress: 3.0,
            healthy_sleep: 7.8,
            response_rate_per_day: 0.058,
            drug_sensitivity: 1.0,
            noise: 1.0,
            seizures_per_week: 0.0,
        }
    }
}

/// A dosing regimen: the same dose at fixed clock times every day from `start_day`.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    /// Single dose, mg.
    pub dose_mg: f64,
    /// Clock times of the daily doses, h (0..24), ascending.
    pub times_h: Vec<f64>,
    /// First dosing day (1-based).
    pub start_day: u32,
}

impl Schedule {
    /// Total daily dose, mg/day.
    pub fn daily_mg(&self) -> f64 {
        self.dose_mg * self.times_h.len() as f64
    }
}

/// Scenario events (the simglucose "scenario").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    /// Days (1-based) on which every dose is missed.
    pub missed_dose_days: Vec<u32>,
    /// Days (1-based) with an acute stressor.
    pub stress_days: Vec<u32>,
    /// Day (1-based) from which the illness worsens (`kin` × `relapse_factor`).
    pub relapse_day: Option<u32>,
    /// Factor on `kin` after the relapse day (>= 1).
    pub relapse_factor: f64,
}

/// What the patient (or the generator standing in for them) reports at one sample.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observation {
    /// Mood rating, 1..=10.
    pub mood: f64,
    /// Stress rating, 1..=10.
    pub stress: f64,
    /// Sleep, h (0..=14).
    pub sleep: f64,
}

/// The patient's state at one sample time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PatientSample {
    /// Sample time, h.
    pub time_h: f64,
    /// Drug taken since the previous sample (inclusive of this instant), mg.
    pub dose_mg: f64,
    /// Plasma concentration, ng/mL.
    pub plasma: f64,
    /// Effect-site concentration, ng/mL.
    pub effect_site: f64,
    /// Drug effect (SERT occupancy or seizure reduction), 0..=1.
    pub effect: f64,
    /// Symptom severity S.
    pub severity: f64,
    /// Seizure on this day (antiepileptic patients).
    pub seizure_day: bool,
    /// Generated observation.
    pub obs: Observation,
}

/// Per-day random state.
#[derive(Clone, Debug)]
struct DayNoise {
    /// AR(1) day-to-day deviations of mood, stress and sleep (unit variance).
    ar: [f64; 3],
    seizure: bool,
}

/// The simulated patient. Deterministic for a given seed; `Clone` gives an independent
/// copy for model-predictive look-ahead.
#[derive(Clone, Debug)]
pub struct Patient {
    drug: Drug,
    pk: Pk,
    spec: PatientSpec,
    scenario: Scenario,
    schedule: Schedule,
    doses: Vec<Dose>,
    /// Doses at times `<= dosed_until` have been processed.
    dosed_until: f64,
    /// Time the severity was last advanced to, h.
    t_h: f64,
    severity: f64,
    /// Day index (0-based) of `noise`, `None` before the first sample.
    day: Option<u64>,
    noise: DayNoise,
    seed: u64,
    rng: ChaCha8Rng,
}

/// Standard normal deviate (Box–Muller, one of the pair).
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = 1.0 - rng.gen::<f64>();
    let u2: f64 = rng.gen::<f64>();
    (-2.0 * u1.ln()).sqrt() * (2.0 * PI * u2).cos()
}

/// AR(1) coefficient of the day-to-day noise.
const AR_PHI: f64 = 0.6;

impl Patient {
    /// A patient at time 0 with no drug on board and untreated severity 1.
    pub fn new(
        drug: Drug,
        spec: PatientSpec,
        schedule: Schedule,
        scenario: Scenario,
        seed: u64,
    ) -> anyhow::Result<Patient> {
        let pk = Pk::new(&drug, spec.covariates)?;
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(PATIENT_STREAM);
        Ok(Patient {
            drug,
            pk,
            spec,
            scenario,
            schedule,
            doses: Vec::new(),
            dosed_until: -1.0,
            t_h: 0.0,
            severity: 1.0,
            day: None,
            noise: DayNoise {
                ar: [0.0; 3],
                seizure: false,
            },
            seed,
            rng,
        })
    }

    /// The drug.
    pub fn drug(&self) -> &Drug {
        &self.drug
    }

    /// Personalised PK constants.
    pub fn pk(&self) -> &Pk {
        &self.pk
    }

    /// The regimen in force.
    pub fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    /// Doses taken so far.
    pub fn doses(&self) -> &[Dose] {
        &self.doses
    }

    /// Replace the regimen for every dose after the current time.
    pub fn set_schedule(&mut self, schedule: Schedule) {
        self.schedule = schedule;
    }

    /// A copy for look-ahead as the twin knows the patient at the current time: scenario
    /// events of later days are dropped (future stressors, missed doses and relapses are
    /// unknown) and the noise comes from stream `stream` instead of the patient's own.
    pub fn known_now(&self, stream: u64) -> Patient {
        let mut p = self.clone();
        let today = self.day.map_or(1, |d| d + 1);
        p.scenario
            .missed_dose_days
            .retain(|&d| u64::from(d) <= today);
        p.scenario.stress_days.retain(|&d| u64::from(d) <= today);
        if p.scenario.relapse_day.is_some_and(|d| u64::from(d) > today) {
            p.scenario.relapse_day = None;
        }
        p.rng = ChaCha8Rng::seed_from_u64(self.seed);
        p.rng.set_stream(stream);
        p
    }

    /// Drug effect at the effect site at `t_h`.
    pub fn effect_at(&self, t_h: f64) -> f64 {
        emax_effect(&self.drug, self.pk.effect_site(&self.doses, t_h))
    }

    /// Take every scheduled, not-missed dose in `(dosed_until, t_h]`; returns mg taken.
    fn take_doses(&mut self, t_h: f64) -> f64 {
        let mut taken = 0.0;
        let first_day = (self.dosed_until.max(0.0) / 24.0).floor() as u64;
        let last_day = (t_h / 24.0).floor() as u64;
        for day in first_day..=last_day {
            let day1 = day + 1;
            if day1 < u64::from(self.schedule.start_day)
                || self
                    .scenario
                    .missed_dose_days
                    .iter()
                    .any(|&d| u64::from(d) == day1)
            {
                continue;
            }
            for &clock in &self.schedule.times_h {
                let t = day as f64 * 24.0 + clock;
                if t > self.dosed_until && t <= t_h {
                    self.doses.push(Dose {
                        time_h: t,
                        mg: self.schedule.dose_mg,
                    });
                    taken += self.schedule.dose_mg;
                }
            }
        }
        self.dosed_until = t_h;
        taken
    }

    /// Draw the random state of day `day` (0-based) from the previous day's.
    fn new_day(&mut self, day: u64) {
        let innov = (1.0 - AR_PHI * AR_PHI).sqrt();
        for k in 0..3 {
            self.noise.ar[k] = AR_PHI * self.noise.ar[k] + innov * normal(&mut self.rng);
        }
        let u: f64 = self.rng.gen();
        self.noise.seizure = if self.drug.action == Action::Antiepileptic {
            let e = self.effect_at(day as f64 * 24.0);
            let lambda = self.spec.seizures_per_week / 7.0 * (1.0 - e);
            u < 1.0 - (-lambda).exp()
        } else {
            false
        };
    }

    /// Advance severity from `self.t_h` to `t_h` in exact steps of at most 1 h.
    fn advance_severity(&mut self, t_h: f64) {
        let kout = self.spec.response_rate_per_day / 24.0;
        let smax = self.drug.response_smax * self.spec.drug_sensitivity;
        while self.t_h < t_h {
            let h = (t_h - self.t_h).min(1.0);
            let mid = self.t_h + h / 2.0;
            let e = self.effect_at(mid);
            let relapsed = self
                .scenario
                .relapse_day
                .is_some_and(|d| mid >= f64::from(d.saturating_sub(1)) * 24.0);
            let kin = kout
                * if relapsed {
                    self.scenario.relapse_factor
                } else {
                    1.0
                };
            let k = kout * (1.0 + smax * e / (self.drug.response_sc50 + e));
            let s_inf = kin / k;
            self.severity = s_inf + (self.severity - s_inf) * (-k * h).exp();
            self.t_h += h;
        }
    }

    /// Advance to `t_h` (>= the last sample time) and report the state there.
    pub fn advance_to(&mut self, t_h: f64) -> PatientSample {
        let dose_mg = self.take_doses(t_h);
        self.advance_severity(t_h);
        let day = (t_h / 24.0).floor() as u64;
        let first_new = self.day.map_or(0, |d| d + 1);
        for d in first_new..=day {
            self.new_day(d);
        }
        self.day = Some(day);
        let plasma = self.pk.plasma(&self.doses, t_h);
        let effect_site = self.pk.effect_site(&self.doses, t_h);
        let effect = emax_effect(&self.drug, effect_site);
        let obs = self.observe(t_h, day);
        PatientSample {
            time_h: t_h,
            dose_mg,
            plasma,
            effect_site,
            effect,
            severity: self.severity,
            seizure_day: self.noise.seizure,
            obs,
        }
    }

    /// The generated ratings at `t_h` on day `day` (0-based).
    fn observe(&mut self, t_h: f64, day: u64) -> Observation {
        let sp = &self.spec;
        let s = self.severity;
        let clock = t_h - day as f64 * 24.0;
        let n = sp.noise;
        let mut mood = sp.healthy_mood + (sp.baseline_mood - sp.healthy_mood) * s;
        let mut stress = sp.healthy_stress + (sp.baseline_stress - sp.healthy_stress) * s;
        let mut sleep = sp.healthy_sleep + (sp.baseline_sleep - sp.healthy_sleep) * s;
        // Circadian: mood best in the evening, stress highest at midday.
        mood += 0.3 * n * (2.0 * PI * (clock - 18.0) / 24.0).cos();
        stress += 0.6 * n * (2.0 * PI * (clock - 12.0) / 24.0).cos();
        // Day-to-day AR(1) deviations.
        mood += 0.35 * n * self.noise.ar[0];
        stress += 0.7 * n * self.noise.ar[1];
        sleep += 0.6 * n * self.noise.ar[2];
        // Events of the day.
        let day1 = day + 1;
        if self
            .scenario
            .stress_days
            .iter()
            .any(|&d| u64::from(d) == day1)
        {
            stress += 3.0;
            mood -= 1.2;
            sleep -= 1.5;
        }
        if self.noise.seizure {
            stress += 2.0;
            mood -= 0.8;
            sleep -= 1.2;
        }
        // Rating noise.
        mood += 0.15 * n * normal(&mut self.rng);
        stress += 0.6 * n * normal(&mut self.rng);
        sleep += 0.4 * n * normal(&mut self.rng);
        Observation {
            mood: mood.clamp(1.0, 10.0),
            stress: stress.clamp(1.0, 10.0),
            sleep: sleep.clamp(0.0, 14.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patient(scenario: Scenario) -> Patient {
        let sched = Schedule {
            dose_mg: 10.0,
            times_h: vec![8.0],
            start_day: 1,
        };
        Patient::new(
            Drug::escitalopram(),
            PatientSpec::default(),
            sched,
            scenario,
            3,
        )
        .unwrap()
    }

    #[test]
    fn missed_days_skip_doses_and_severity_responds_slowly() {
        let mut p = patient(Scenario {
            missed_dose_days: vec![2],
            ..Scenario::default()
        });
        p.advance_to(24.0 * 3.0);
        let times: Vec<f64> = p.doses().iter().map(|d| d.time_h).collect();
        assert_eq!(times, [8.0, 56.0]);
        let s3 = p.advance_to(24.0 * 3.0 + 6.0).severity;
        assert!(s3 > 0.8, "severity after 3 days {s3}");
        let s42 = p.advance_to(24.0 * 42.0).severity;
        assert!(s42 < 0.6, "severity after 6 weeks {s42}");
    }

    #[test]
    fn look_ahead_copy_forgets_future_events_and_noise() {
        let mut p = patient(Scenario {
            stress_days: vec![1, 5],
            relapse_day: Some(9),
            relapse_factor: 2.0,
            ..Scenario::default()
        });
        p.advance_to(30.0);
        let k = p.known_now(99);
        assert_eq!(k.scenario.stress_days, [1]);
        assert_eq!(k.scenario.relapse_day, None);
        let (mut a, mut b) = (p.clone(), k);
        assert_ne!(a.advance_to(36.0).obs, b.advance_to(36.0).obs);
    }
}
