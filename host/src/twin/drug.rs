//! Drug parameters (PK, PD, label limits, tablet sizes) for the shipped drugs.
//!
//! Units: hours, litres, milligrams, ng/mL (= µg/L). Clearance and volume are the
//! apparent oral values CL/F and V/F of a 70 kg adult; concentrations computed from them
//! are total plasma concentrations, so the bioavailability F cancels and is kept for the
//! record only. Every value and its source is listed in `docs/twin.md`.

use anyhow::{bail, Result};

/// How a drug acts on the patient model and on the neural twin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// SSRI: the effect is serotonin-transporter (SERT) occupancy; it drives the delayed
    /// antidepressant response and raises the positive-affect population's excitability.
    Serotonergic,
    /// Antiepileptic: the effect is the fractional reduction of seizure propensity; it
    /// lowers the negative-affect population's excitability.
    Antiepileptic,
}

/// One drug: pharmacokinetics, pharmacodynamics and the label limits the loop obeys.
#[derive(Clone, Debug, PartialEq)]
pub struct Drug {
    /// Lower-case generic name.
    pub name: &'static str,
    /// Mode of action.
    pub action: Action,
    /// Oral bioavailability F (0..=1), `None` if never measured; informational (see module doc).
    pub bioavailability: Option<f64>,
    /// First-order absorption rate constant ka, 1/h.
    pub ka_per_h: f64,
    /// Apparent clearance CL/F of a 70 kg adult, L/h.
    pub cl_l_per_h: f64,
    /// Apparent volume V/F of a 70 kg adult, L.
    pub v_l: f64,
    /// Effect-compartment equilibration rate constant ke0, 1/h.
    pub ke0_per_h: f64,
    /// Maximal effect (occupancy or seizure reduction), 0..=1.
    pub emax: f64,
    /// Effect-site concentration at half-maximal effect, ng/mL.
    pub ec50_ng_per_ml: f64,
    /// Effect at or above which exposure counts as adequate (the loop's target).
    pub target_effect: f64,
    /// Label maximum daily dose, mg/day.
    pub max_daily_mg: f64,
    /// Smallest tablet strength, mg: every suggested single dose is a multiple of it.
    pub tablet_mg: f64,
    /// Label maximum change of the daily dose per titration step, mg/day.
    pub max_step_mg_per_day: f64,
    /// Label minimum interval between dose changes, days.
    pub min_days_between_changes: f64,
    /// Days after a start or dose change before a full response can be expected.
    pub onset_days: f64,
    /// Days at the label maximum that make an adequate trial before a switch is considered.
    pub adequate_trial_days: f64,
    /// Drug-driven maximal stimulation Smax of symptom removal (indirect-response model).
    pub response_smax: f64,
    /// Effect at half-maximal stimulation SC50 of symptom removal.
    pub response_sc50: f64,
}

impl Drug {
    /// The drugs this build ships, by name.
    pub fn all() -> [Drug; 3] {
        [
            Self::sertraline(),
            Self::escitalopram(),
            Self::levetiracetam(),
        ]
    }

    /// Look a drug up by its generic name (case-insensitive).
    pub fn by_name(name: &str) -> Result<Drug> {
        let lower = name.to_ascii_lowercase();
        match Self::all().into_iter().find(|d| d.name == lower) {
            Some(d) => Ok(d),
            None => bail!(
                "unknown drug \"{name}\"; this build ships: {}",
                Self::all().map(|d| d.name).join(", ")
            ),
        }
    }

    /// Elimination half-life of a 70 kg adult, h.
    pub fn half_life_h(&self) -> f64 {
        std::f64::consts::LN_2 * self.v_l / self.cl_l_per_h
    }

    /// Sertraline (Zoloft). t½ 26 h (label); CL/F derived from the label AUC; V/F = CL/ke;
    /// ka fitted to the label steady-state Tmax 4.5–8.4 h; SERT Emax/EC50 from Meyer 2004.
    pub fn sertraline() -> Drug {
        let cl = 78.0;
        let ke = std::f64::consts::LN_2 / 26.0;
        Drug {
            name: "sertraline",
            action: Action::Serotonergic,
            bioavailability: None,
            ka_per_h: 0.31,
            cl_l_per_h: cl,
            v_l: cl / ke,
            ke0_per_h: 0.3,
            emax: 0.85,
            ec50_ng_per_ml: 2.5,
            target_effect: 0.76,
            max_daily_mg: 200.0,
            tablet_mg: 25.0,
            max_step_mg_per_day: 50.0,
            min_days_between_changes: 7.0,
            onset_days: 14.0,
            adequate_trial_days: 28.0,
            response_smax: 1.6,
            response_sc50: 0.5,
        }
    }

    /// Escitalopram (Lexapro). CL/F 600 mL/min, t½ 30 h (label 27–32 h); ka fitted to the
    /// label Tmax ~5 h; SERT Emax/EC50/ke0 fitted to Klein et al. occupancy data.
    pub fn escitalopram() -> Drug {
        let cl = 36.0;
        let ke = std::f64::consts::LN_2 / 30.0;
        Drug {
            name: "escitalopram",
            action: Action::Serotonergic,
            bioavailability: Some(0.8),
            ka_per_h: 0.64,
            cl_l_per_h: cl,
            v_l: cl / ke,
            ke0_per_h: 0.3,
            emax: 0.86,
            ec50_ng_per_ml: 1.5,
            target_effect: 0.76,
            max_daily_mg: 20.0,
            tablet_mg: 5.0,
            max_step_mg_per_day: 10.0,
            min_days_between_changes: 7.0,
            onset_days: 14.0,
            adequate_trial_days: 28.0,
            response_smax: 1.6,
            response_sc50: 0.5,
        }
    }

    /// Levetiracetam (Keppra). F 100%, CL 0.96 mL/min/kg and V 0.6 L/kg (label) at 70 kg;
    /// ka fitted to the label Tmax ~1 h; seizure-reduction Emax 0.72 (Snoeck & Stockis 2004).
    pub fn levetiracetam() -> Drug {
        Drug {
            name: "levetiracetam",
            action: Action::Antiepileptic,
            bioavailability: Some(1.0),
            ka_per_h: 3.7,
            cl_l_per_h: 0.96e-3 * 60.0 * 70.0,
            v_l: 0.6 * 70.0,
            ke0_per_h: 0.1,
            emax: 0.72,
            ec50_ng_per_ml: 10_000.0,
            target_effect: 0.4,
            max_daily_mg: 3000.0,
            tablet_mg: 250.0,
            max_step_mg_per_day: 1000.0,
            min_days_between_changes: 14.0,
            onset_days: 0.0,
            adequate_trial_days: 28.0,
            response_smax: 0.0,
            response_sc50: 0.5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_lives_match_labels() {
        assert!((Drug::sertraline().half_life_h() - 26.0).abs() < 1e-9);
        assert!((Drug::escitalopram().half_life_h() - 30.0).abs() < 1e-9);
        let t = Drug::levetiracetam().half_life_h();
        assert!((6.0..=8.0).contains(&t), "levetiracetam t1/2 {t}");
    }

    #[test]
    fn lookup_is_case_insensitive_and_errors_list_drugs() {
        assert_eq!(Drug::by_name("Sertraline").unwrap().name, "sertraline");
        let e = Drug::by_name("aspirin").unwrap_err().to_string();
        assert!(e.contains("escitalopram"), "{e}");
    }
}
