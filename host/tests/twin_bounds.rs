//! Property test: thousands of random patients, dozens of Pharmaco-Loop decisions each;
//! no suggestion ever leaves the label limits or the maximum change per decision.

use anyhow::Result;
use neurohost::pharmaco::{decide, max_change, Context, LoopParams, Mode, Predictor, Proposal};
use neurohost::twin::drug::Drug;
use neurohost::twin::patient::Schedule;
use neurohost::twin::pk::{emax_effect, Covariates, Dose, Pk};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const PATIENTS: usize = 4000;
const DECISIONS: usize = 24;

#[test]
fn suggestions_never_leave_label_bounds() {
    let mut rng = ChaCha8Rng::seed_from_u64(0xB0_0D5);
    let drugs = Drug::all();
    let (mut dose_changes, mut total) = (0usize, 0usize);
    for patient in 0..PATIENTS {
        let drug = drugs[rng.gen_range(0..drugs.len())].clone();
        let cov = Covariates {
            weight_kg: rng.gen_range(40.0..150.0),
            clearance_multiplier: rng.gen_range(0.2..4.0),
        };
        let pk = Pk::new(&drug, cov).unwrap();
        let n = rng.gen_range(1..=2usize);
        let max_tablets = (drug.max_daily_mg / n as f64 / drug.tablet_mg).floor() as u32;
        let mut sched = Schedule {
            dose_mg: f64::from(rng.gen_range(1..=max_tablets)) * drug.tablet_mg,
            times_h: if n == 1 {
                vec![rng.gen_range(0..24) as f64]
            } else {
                vec![8.0, 20.0]
            },
            start_day: 1,
        };
        let params = LoopParams {
            threshold: rng.gen_range(0.0..1.0),
            max_drop: rng.gen_range(0.0..0.5),
            max_fluctuation: rng.gen_range(0.0..0.3),
            max_change_mg_per_day: rng.gen_range(0.0..drug.max_daily_mg),
            apply: true,
            mode: if rng.gen_bool(0.5) {
                Mode::Rules
            } else {
                Mode::Predictive { horizon_days: 7.0 }
            },
        };
        let mut doses: Vec<Dose> = Vec::new();
        let mut scores: Vec<f64> = Vec::new();
        let mut since_change = 0.0;
        for k in 0..DECISIONS {
            // One simulated day per decision on the current regimen.
            for &t in &sched.times_h {
                doses.push(Dose {
                    time_h: k as f64 * 24.0 + t,
                    mg: sched.dose_mg,
                });
            }
            let now = k as f64 * 24.0 + 23.0;
            let effect = emax_effect(&drug, pk.effect_site(&doses, now));
            scores.push(rng.gen_range(0.0..1.0));
            since_change += rng.gen_range(0.0..20.0);
            let ctx = Context {
                drug: &drug,
                schedule: &sched,
                scores: &scores,
                effect,
                recent_sleep_h: rng.gen_range(3.0..9.0),
                days_since_change: since_change,
            };
            let mut predictor = |_: &Schedule| -> Result<f64> { Ok(rng.gen_range(0.0..1.0)) };
            let pred: Option<Predictor> = if matches!(params.mode, Mode::Predictive { .. }) {
                Some(&mut predictor)
            } else {
                None
            };
            let Some(dec) = decide(&params, &ctx, pred).unwrap() else {
                continue;
            };
            total += 1;
            let from = sched.daily_mg();
            let next = dec.schedule_after(&sched);
            let to = next.daily_mg();
            let why = format!(
                "patient {patient} decision {k}: {} {} ({from} -> {to} mg/day)",
                dec.rule,
                dec.action_text()
            );
            assert!(
                to <= drug.max_daily_mg + 1e-9,
                "{why}: above label max {}",
                drug.max_daily_mg
            );
            assert!(to >= drug.tablet_mg - 1e-9, "{why}: below one tablet");
            assert!(
                (to - from).abs() <= max_change(&drug, &params) + 1e-9,
                "{why}: change beyond {}",
                max_change(&drug, &params)
            );
            let tablets = next.dose_mg / drug.tablet_mg;
            assert!(
                (tablets - tablets.round()).abs() < 1e-9,
                "{why}: {} mg is not whole tablets",
                next.dose_mg
            );
            if let Proposal::Dose {
                from_mg_per_day,
                to_mg_per_day,
            } = dec.proposal
            {
                assert_eq!(from_mg_per_day, from, "{why}");
                assert_eq!(to_mg_per_day, to, "{why}");
                assert!(
                    since_change >= drug.min_days_between_changes,
                    "{why}: inside the label's change interval"
                );
                dose_changes += 1;
            }
            if dec.changes_regimen() {
                sched = next;
                since_change = 0.0;
            }
        }
    }
    println!(
        "{PATIENTS} patients, {total} decisions, {dose_changes} dose changes, all within bounds"
    );
    assert!(
        dose_changes > 1000,
        "too few dose changes exercised: {dose_changes}"
    );
}
