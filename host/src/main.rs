//! `neurohost`: run NeuroCore networks and patient-twin experiments.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::{Parser, Subcommand};

use neurohost::board::{Board, Embedded};
use neurohost::generate::GenerateArgs;
use neurohost::serial::{Serial, SerialConfig};
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
    /// Run a network file for N steps (embedded golden model, or a board with --port); write output spikes as CSV.
    Simulate(SimulateArgs),
    /// Print the STDP weight change of one synapse after a single pre/post pair, Δt = -20..=20.
    StdpWindow {
        /// Take the STDP parameters from this network file's `[stdp]` (defaults otherwise).
        #[arg(long)]
        network: Option<PathBuf>,
    },
    /// Write a seeded random network (TOML + weight CSV) and Poisson input spikes.
    Generate(GenerateArgs),
    /// Run a patient-twin experiment (TwinEngine + NeuroCore + Pharmaco-Loop) from a TOML file.
    Run(neurohost::run::RunArgs),
    /// List the serial ports of this machine.
    Ports,
    /// Print a board's link and core counters.
    Status {
        /// Serial port of the board (or of `neurocore emulate`).
        #[arg(long)]
        port: String,
        /// Line rate in baud.
        #[arg(long, default_value_t = neurohost::serial::DEFAULT_BAUD)]
        baud: u32,
        /// Response timeout in milliseconds (line time is added).
        #[arg(long, default_value_t = 500)]
        timeout_ms: u64,
    },
}

/// Errors are printed as one line with their causes (`error: what: why`), exit status 1.
fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Simulate(args) => {
            let mut board: Box<dyn Board> = match &args.port {
                Some(port) => Box::new(Serial::open(
                    port,
                    SerialConfig {
                        baud: args.baud,
                        timeout: std::time::Duration::from_millis(args.timeout_ms),
                        ..Default::default()
                    },
                )?),
                None => Box::new(Embedded::default()),
            };
            let s = simulate(board.as_mut(), &args)?;
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
        Command::Generate(args) => neurohost::generate::generate(&args)?,
        Command::Run(args) => neurohost::run::run_command(&args)?,
        Command::Ports => {
            for p in neurohost::serial::list_ports()? {
                println!("{p}");
            }
        }
        Command::Status {
            port,
            baud,
            timeout_ms,
        } => {
            let cfg = neurohost::serial::SerialConfig {
                baud,
                timeout: std::time::Duration::from_millis(timeout_ms),
                ..Default::default()
            };
            let mut board = neurohost::serial::Serial::open(&port, cfg)?;
            let info = board.info();
            println!(
                "board            NeuroLink v{}, {} core(s) of {} inputs x {} neurons, max payload {} bytes",
                info.version, info.cores, info.inputs, info.neurons, info.max_payload
            );
            print!("{}", board.status()?);
        }
    }
    Ok(())
}
