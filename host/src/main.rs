//! `neurohost`: run NeuroCore networks and patient-twin experiments.

use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::{Parser, Subcommand};

use neurohost::board::Embedded;
use neurohost::simulate::{simulate, SimulateArgs};

#[derive(Parser)]
#[command(
    name = "neurohost",
    version,
    about = "NeuroTwin host: golden-model simulation, patient twin, board link"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a network file for N steps on the embedded golden model; write output spikes as CSV.
    Simulate {
        /// Network TOML file.
        #[arg(long)]
        network: PathBuf,
        /// Input spikes CSV (`step,channel`); none if absent.
        #[arg(long)]
        input: Option<PathBuf>,
        /// Number of steps to run.
        #[arg(long)]
        steps: usize,
        /// Output spikes CSV (`step,neuron`).
        #[arg(long)]
        out: PathBuf,
        /// Also write `step,neuron,i,v` for every neuron and step.
        #[arg(long)]
        trace: Option<PathBuf>,
    },
    /// Print the STDP weight change of one synapse after a single pre/post pair, Δt = -20..=20.
    StdpWindow {
        /// Take the STDP parameters from this network file's `[stdp]` (defaults otherwise).
        #[arg(long)]
        network: Option<PathBuf>,
    },
    /// Write a seeded random network (TOML + weight CSV) and Poisson input spikes.
    Generate {
        /// Input channels.
        #[arg(long, default_value_t = 1024)]
        inputs: usize,
        /// Neurons.
        #[arg(long, default_value_t = 1024)]
        neurons: usize,
        /// Probability that a synapse exists.
        #[arg(long, default_value_t = 0.1)]
        connectivity: f64,
        /// Mean input rate in Hz (one step = 1 ms).
        #[arg(long, default_value_t = 10.0)]
        rate_hz: f64,
        /// Steps of input to generate.
        #[arg(long, default_value_t = 10_000)]
        steps: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output directory (network.toml, network_weights.csv, input.csv).
        #[arg(long)]
        out_dir: PathBuf,
    },
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Simulate {
            network,
            input,
            steps,
            out,
            trace,
        } => {
            let args = SimulateArgs {
                network,
                input,
                steps,
                out,
                trace,
            };
            let s = simulate(&mut Embedded::default(), &args)?;
            eprintln!(
                "{} steps, {} neurons: {} input spikes, {} output spikes ({:.2} Hz mean at 1 ms steps), {:.4} s",
                s.steps,
                s.neurons,
                s.input_spikes,
                s.output_spikes,
                s.output_spikes as f64 / (s.neurons as f64 * s.steps as f64) * 1000.0,
                s.seconds
            );
        }
        Command::StdpWindow { network } => {
            let params = match network {
                Some(p) => match neurosim::netfile::load(&p)?.stdp {
                    Some(s) => s.params,
                    None => bail!("{} has no [stdp] section", p.display()),
                },
                None => neurosim::StdpParams::default(),
            };
            print!("{}", neurohost::stdp_window::table(&params));
        }
        Command::Generate {
            inputs,
            neurons,
            connectivity,
            rate_hz,
            steps,
            seed,
            out_dir,
        } => neurohost::generate::generate(
            &neurohost::generate::GenerateArgs {
                inputs,
                neurons,
                connectivity,
                rate_hz,
                steps,
                seed,
            },
            &out_dir,
        )?,
    }
    Ok(())
}
