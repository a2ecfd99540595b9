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
enum Command {}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {}
}
