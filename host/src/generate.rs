//! `neurohost generate`: a seeded random network and Poisson inputs, for benchmarks and tests.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use neurosim::gen::{network, poisson_inputs, NetSpec};

/// What to generate (the `generate` subcommand's flags).
#[derive(clap::Args, Debug)]
pub struct GenerateArgs {
    /// Input channels.
    #[arg(long, default_value_t = 1024)]
    pub inputs: usize,
    /// Neurons.
    #[arg(long, default_value_t = 1024)]
    pub neurons: usize,
    /// Probability that a synapse exists, 0..=1.
    #[arg(long, default_value_t = 0.1)]
    pub connectivity: f64,
    /// Mean input rate in Hz at 1 ms per step, 0..=1000.
    #[arg(long, default_value_t = 10.0)]
    pub rate_hz: f64,
    /// Steps of input to generate.
    #[arg(long, default_value_t = 10_000)]
    pub steps: usize,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output directory (network.toml, network_weights.csv, input.csv).
    #[arg(long)]
    pub out_dir: PathBuf,
}

/// Write `network.toml`, `network_weights.csv` and `input.csv` into `a.out_dir`.
pub fn generate(a: &GenerateArgs) -> Result<()> {
    let dir = &a.out_dir;
    if !(0.0..=1.0).contains(&a.connectivity) {
        bail!("--connectivity {} is out of range 0..=1", a.connectivity);
    }
    if !(0.0..=1000.0).contains(&a.rate_hz) {
        bail!(
            "--rate-hz {} is out of range 0..=1000 (1 ms steps)",
            a.rate_hz
        );
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let net = network(
        &NetSpec::sparse(a.inputs, a.neurons, a.connectivity),
        a.seed,
    );
    net.validate().map_err(anyhow::Error::msg)?;
    let toml = dir.join("network.toml");
    neurosim::netfile::save(&net, &toml).with_context(|| format!("writing {}", toml.display()))?;
    let inputs = poisson_inputs(a.inputs, a.steps, a.rate_hz / 1000.0, a.seed);
    let path = dir.join("input.csv");
    let mut out = BufWriter::new(
        File::create(&path).with_context(|| format!("cannot create {}", path.display()))?,
    );
    writeln!(out, "step,channel")?;
    neurosim::spikes::write_spikes(&mut out, 0, &inputs)?;
    out.flush()?;
    Ok(())
}
