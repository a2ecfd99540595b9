//! Pharmacokinetics and the effect compartment: one-compartment model with first-order
//! oral absorption and elimination, evaluated exactly by superposition over past doses.
//!
//! For a dose `D` (mg) taken at `t0`, with `τ = t − t0 ≥ 0` (h) and `f(x) = exp(−x·τ)`:
//! - plasma `Cp(τ) = D/V · ka · (f(ke) − f(ka)) / (ka − ke)`  (the label equation
//!   `F·D·ka/(V·(ka−ke))·(e^{−ke·τ} − e^{−ka·τ})` with apparent V/F),
//! - effect site `dCe/dt = ke0·(Cp − Ce)`, i.e. `Ce(τ) = D/V · ka · ke0 · f[ka, ke, ke0]`,
//!   the second divided difference of `f` (a sum of three exponentials).
//!
//! Divided differences are evaluated without cancellation when rate constants coincide,
//! so every covariate combination is exact. Concentrations are in ng/mL.

use anyhow::{bail, Result};

use super::drug::Drug;

/// One administered dose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dose {
    /// Time of intake, h since the start of the experiment.
    pub time_h: f64,
    /// Amount, mg.
    pub mg: f64,
}

/// Patient covariates that personalise the PK.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Covariates {
    /// Body weight, kg (20..=250).
    pub weight_kg: f64,
    /// Multiplier on the allometrically scaled clearance (0.1..=10), e.g. for CYP status.
    pub clearance_multiplier: f64,
}

impl Default for Covariates {
    fn default() -> Self {
        Covariates {
            weight_kg: 70.0,
            clearance_multiplier: 1.0,
        }
    }
}

/// Personalised rate constants of one drug in one patient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pk {
    /// Absorption rate constant, 1/h.
    pub ka: f64,
    /// Elimination rate constant CL/V, 1/h.
    pub ke: f64,
    /// Effect-compartment rate constant, 1/h.
    pub ke0: f64,
    /// Apparent volume, L.
    pub v_l: f64,
    /// Apparent clearance, L/h.
    pub cl_l_per_h: f64,
}

impl Pk {
    /// Scale the 70 kg values: `V = V70·(WT/70)`, `CL = CL70·(WT/70)^0.75·multiplier`.
    pub fn new(drug: &Drug, cov: Covariates) -> Result<Pk> {
        if !(20.0..=250.0).contains(&cov.weight_kg) {
            bail!("weight_kg = {} is out of range 20..=250", cov.weight_kg);
        }
        if !(0.1..=10.0).contains(&cov.clearance_multiplier) {
            bail!(
                "clearance_multiplier = {} is out of range 0.1..=10",
                cov.clearance_multiplier
            );
        }
        let scale = cov.weight_kg / 70.0;
        let v_l = drug.v_l * scale;
        let cl_l_per_h = drug.cl_l_per_h * scale.powf(0.75) * cov.clearance_multiplier;
        Ok(Pk {
            ka: drug.ka_per_h,
            ke: cl_l_per_h / v_l,
            ke0: drug.ke0_per_h,
            v_l,
            cl_l_per_h,
        })
    }

    /// Plasma concentration at `t_h` (ng/mL) from every dose taken at or before `t_h`.
    pub fn plasma(&self, doses: &[Dose], t_h: f64) -> f64 {
        self.sum(doses, t_h, |tau| -dd1(self.ka, self.ke, tau) * self.ka)
    }

    /// Effect-site concentration at `t_h` (ng/mL).
    pub fn effect_site(&self, doses: &[Dose], t_h: f64) -> f64 {
        self.sum(doses, t_h, |tau| {
            dd2(self.ka, self.ke, self.ke0, tau) * self.ka * self.ke0
        })
    }

    fn sum(&self, doses: &[Dose], t_h: f64, unit: impl Fn(f64) -> f64) -> f64 {
        // mg / L = µg/mL; × 1000 → ng/mL.
        let per_mg = 1000.0 / self.v_l;
        doses
            .iter()
            .filter(|d| d.time_h <= t_h)
            .map(|d| d.mg * per_mg * unit(t_h - d.time_h))
            .sum::<f64>()
            .max(0.0)
    }
}

/// Hyperbolic effect `Emax·C/(EC50 + C)` (occupancy or seizure reduction, 0..Emax).
pub fn emax_effect(drug: &Drug, ce_ng_per_ml: f64) -> f64 {
    let c = ce_ng_per_ml.max(0.0);
    drug.emax * c / (drug.ec50_ng_per_ml + c)
}

/// First divided difference of `x ↦ exp(−x·t)` at `a`, `b` (negative or zero).
fn dd1(a: f64, b: f64, t: f64) -> f64 {
    let d = b - a;
    if (d * t).abs() < 1e-6 {
        // Taylor series about `a`: −t·e^{−at}·(1 − d·t/2 + (d·t)²/6).
        let dt = d * t;
        -t * (-a * t).exp() * (1.0 - dt / 2.0 + dt * dt / 6.0)
    } else {
        ((-b * t).exp() - (-a * t).exp()) / d
    }
}

/// Second divided difference of `x ↦ exp(−x·t)` at `a`, `b`, `c` (non-negative).
fn dd2(a: f64, b: f64, c: f64, t: f64) -> f64 {
    let mut x = [a, b, c];
    x.sort_by(f64::total_cmp);
    let spread = (x[2] - x[0]) * t;
    if spread.abs() < 1e-4 {
        // All three (nearly) equal: t²/2·e^{−m·t} at the mean m (error O(spread²)).
        let m = (x[0] + x[1] + x[2]) / 3.0;
        t * t / 2.0 * (-m * t).exp()
    } else {
        (dd1(x[1], x[2], t) - dd1(x[0], x[1], t)) / (x[2] - x[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference Ce by fine RK4 integration of the two ODEs.
    fn rk4_ce(pk: &Pk, dose_mg: f64, t_end: f64) -> (f64, f64) {
        let (mut gut, mut cp_amt, mut ce) = (dose_mg, 0.0f64, 0.0f64);
        let h = 0.001;
        let conc = |amt: f64| amt / pk.v_l * 1000.0;
        let deriv =
            |g: f64, a: f64, e: f64| (-pk.ka * g, pk.ka * g - pk.ke * a, pk.ke0 * (conc(a) - e));
        let steps = (t_end / h).round() as usize;
        for _ in 0..steps {
            let k1 = deriv(gut, cp_amt, ce);
            let k2 = deriv(
                gut + h / 2.0 * k1.0,
                cp_amt + h / 2.0 * k1.1,
                ce + h / 2.0 * k1.2,
            );
            let k3 = deriv(
                gut + h / 2.0 * k2.0,
                cp_amt + h / 2.0 * k2.1,
                ce + h / 2.0 * k2.2,
            );
            let k4 = deriv(gut + h * k3.0, cp_amt + h * k3.1, ce + h * k3.2);
            gut += h / 6.0 * (k1.0 + 2.0 * k2.0 + 2.0 * k3.0 + k4.0);
            cp_amt += h / 6.0 * (k1.1 + 2.0 * k2.1 + 2.0 * k3.1 + k4.1);
            ce += h / 6.0 * (k1.2 + 2.0 * k2.2 + 2.0 * k3.2 + k4.2);
        }
        (conc(cp_amt), ce)
    }

    #[test]
    fn closed_form_matches_ode_including_equal_rates() {
        let drug = Drug::escitalopram();
        let base = Pk::new(&drug, Covariates::default()).unwrap();
        let equal_ka_ke0 = Pk {
            ke0: base.ka,
            ..base
        };
        let all_equal = Pk {
            ke: 0.2,
            ka: 0.2,
            ke0: 0.2,
            ..base
        };
        let near = Pk {
            ke: 0.2,
            ka: 0.2 + 1e-9,
            ke0: 0.2 - 1e-9,
            ..base
        };
        for pk in [base, equal_ka_ke0, all_equal, near] {
            let doses = [Dose {
                time_h: 0.0,
                mg: 10.0,
            }];
            for t in [0.5, 3.0, 6.0, 30.0] {
                let (cp, ce) = rk4_ce(&pk, 10.0, t);
                let (a, b) = (pk.plasma(&doses, t), pk.effect_site(&doses, t));
                assert!(
                    (a - cp).abs() < 1e-6 * cp.max(1.0),
                    "Cp at {t} h: {a} vs ODE {cp} ({pk:?})"
                );
                assert!(
                    (b - ce).abs() < 1e-6 * ce.max(1.0),
                    "Ce at {t} h: {b} vs ODE {ce} ({pk:?})"
                );
            }
        }
    }

    #[test]
    fn covariates_are_range_checked() {
        let d = Drug::sertraline();
        let e = Pk::new(
            &d,
            Covariates {
                weight_kg: 5.0,
                clearance_multiplier: 1.0,
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("weight_kg"));
        let e = Pk::new(
            &d,
            Covariates {
                weight_kg: 70.0,
                clearance_multiplier: 0.0,
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("0.1..=10"));
    }
}
