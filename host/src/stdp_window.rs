//! `neurohost stdp-window`: the STDP v1 learning window as a table.

use neurosim::stdp::{window, StdpParams};

/// The weight change for Δt = -20..=20 (Δt = t_post - t_pre in steps), one line each,
/// with a bar: `+` potentiation, `-` depression.
pub fn table(p: &StdpParams) -> String {
    let mut s =
        String::from("# dt = t_post - t_pre (steps); dw = weight change of one synapse\ndt,dw\n");
    for dt in -20..=20 {
        let dw = window(p, dt);
        let bar = if dw >= 0 { "+" } else { "-" }.repeat(dw.unsigned_abs() as usize);
        s.push_str(&format!("{dt},{dw}  {bar}\n"));
    }
    s
}
