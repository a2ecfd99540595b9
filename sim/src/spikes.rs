//! Spike CSV files: input spikes `step,channel` and output spikes `step,neuron`,
//! one row per spike, sorted by step then index.

use std::io::Write;
use std::path::Path;

use crate::netfile::{csv_int, csv_rows};

/// Read input spikes for `steps` steps of a core with `inputs` channels.
/// Rows may come in any order; a duplicate row, a channel out of range or a step at or
/// beyond `steps` is an error naming the file and line (nothing is dropped silently).
/// Returns one ascending channel list per step.
pub fn read_inputs(path: &Path, inputs: usize, steps: usize) -> Result<Vec<Vec<u32>>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    parse_spikes(&text, &path.display().to_string(), "channel", inputs, steps)
}

/// Parse spike CSV text with header `step,<index_name>`; see [`read_inputs`].
pub fn parse_spikes(
    text: &str,
    name: &str,
    index_name: &str,
    count: usize,
    steps: usize,
) -> Result<Vec<Vec<u32>>, String> {
    let mut per_step: Vec<Vec<(u32, usize)>> = vec![Vec::new(); steps];
    let max_step = steps as i64 - 1;
    for row in csv_rows(text, name, ["step", index_name])? {
        let (at, [step, idx]) = row?;
        let step = step
            .trim()
            .parse::<i64>()
            .map_err(|_| format!("{at}: step {:?} is not an integer", step.trim()))?;
        if step < 0 || step > max_step {
            return Err(format!(
                "{at}: step = {step} is outside the run (0..={max_step}, {steps} steps)"
            ));
        }
        let idx = csv_int(idx, index_name, 0, count as i64 - 1, at)?;
        per_step[step as usize].push((idx as u32, at.line));
    }
    per_step
        .into_iter()
        .enumerate()
        .map(|(step, mut v)| {
            v.sort_unstable();
            if let Some(w) = v.windows(2).find(|w| w[0].0 == w[1].0) {
                return Err(format!(
                    "{name}:{}: duplicate spike step {step}, {index_name} {} (also on line {})",
                    w[1].1, w[1].0, w[0].1
                ));
            }
            Ok(v.into_iter().map(|(i, _)| i).collect())
        })
        .collect()
}

/// Write spikes as CSV rows `step,<index>` after the header `step,<index_name>`
/// (`first_step` is the step number of `spikes[0]`).
pub fn write_spikes<W: Write>(
    out: &mut W,
    first_step: usize,
    spikes: &[Vec<u32>],
) -> std::io::Result<()> {
    let mut line = String::with_capacity(32);
    for (k, step) in spikes.iter().enumerate() {
        for &n in step {
            line.clear();
            use std::fmt::Write as _;
            let _ = writeln!(line, "{},{n}", first_step + k);
            out.write_all(line.as_bytes())?;
        }
    }
    Ok(())
}
