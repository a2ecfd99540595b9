//! `neurohost`: run NeuroCore networks and patient-twin experiments.

use anyhow::Result;
use clap::{Parser, Subcommand};

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
    /// Run a patient-twin experiment (TwinEngine + NeuroCore + Pharmaco-Loop) from a TOML file.
    Run(neurohost::run::RunArgs),
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => neurohost::run::run_command(&args),
    }
}
