//! `neurohost simulate`: run a network file on a board for N steps, write output spikes
//! (and optionally every neuron's `i` and `v`) as CSV.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use crate::board::Board;

/// What to simulate and where to write it (the `simulate` subcommand's flags).
#[derive(clap::Args, Debug)]
pub struct SimulateArgs {
    /// Network TOML file.
    #[arg(long)]
    pub network: PathBuf,
    /// Input spikes CSV (`step,channel`); none if absent.
    #[arg(long)]
    pub input: Option<PathBuf>,
    /// Number of steps to run.
    #[arg(long)]
    pub steps: usize,
    /// Output spikes CSV (`step,neuron`).
    #[arg(long)]
    pub out: PathBuf,
    /// Also write `step,neuron,i,v` for every neuron and step.
    #[arg(long)]
    pub trace: Option<PathBuf>,
    /// Run on a board (or `neurocore emulate`) at this serial port instead of the
    /// embedded golden model; the output files are identical.
    #[arg(long)]
    pub port: Option<String>,
    /// Line rate of `--port` in baud.
    #[arg(long, default_value_t = crate::serial::DEFAULT_BAUD)]
    pub baud: u32,
    /// Response timeout of `--port` in milliseconds (the exchange's line time is added).
    /// An emulated board (`neurocore emulate`) runs ~50x slower than real time: use 20000.
    #[arg(long, default_value_t = 500)]
    pub timeout_ms: u64,
}

/// Figures of a finished run.
pub struct SimulateSummary {
    pub steps: usize,
    pub neurons: usize,
    pub input_spikes: usize,
    pub output_spikes: usize,
    pub seconds: f64,
}

/// Steps per `Board::run` call: bounds memory and lets a serial board stream.
const CHUNK: usize = 1000;

/// Run the simulation. Output rows are written as steps complete, so a failure mid-run
/// (e.g. a vanished serial port) leaves a valid CSV of the steps done so far.
pub fn simulate(board: &mut dyn Board, args: &SimulateArgs) -> Result<SimulateSummary> {
    let net = neurosim::netfile::load(&args.network)?;
    let inputs = match &args.input {
        Some(p) => {
            neurosim::spikes::read_inputs(p, net.inputs, args.steps).map_err(anyhow::Error::msg)?
        }
        None => vec![Vec::new(); args.steps],
    };
    board.load(&net)?;
    let mut out = create(&args.out)?;
    writeln!(out, "step,neuron")?;
    let mut trace = match &args.trace {
        Some(p) => {
            let mut t = create(p)?;
            writeln!(t, "step,neuron,i,v")?;
            Some(t)
        }
        None => None,
    };
    let start = Instant::now();
    let mut output_spikes = 0;
    let mut spikes = Vec::with_capacity(CHUNK);
    let mut line = String::new();
    for (c, chunk) in inputs
        .chunks(if trace.is_some() { 1 } else { CHUNK })
        .enumerate()
    {
        let first = c * if trace.is_some() { 1 } else { CHUNK };
        spikes.clear();
        board.run(chunk, &mut spikes)?;
        output_spikes += spikes.iter().map(Vec::len).sum::<usize>();
        neurosim::spikes::write_spikes(&mut out, first, &spikes)
            .with_context(|| format!("writing {}", args.out.display()))?;
        if let Some(t) = trace.as_mut() {
            use std::fmt::Write as _;
            line.clear();
            for (n, s) in board.read_state()?.iter().enumerate() {
                let _ = writeln!(line, "{first},{n},{},{}", s.i, s.v);
            }
            t.write_all(line.as_bytes())?;
        }
    }
    out.flush()?;
    if let Some(t) = trace.as_mut() {
        t.flush()?;
    }
    Ok(SimulateSummary {
        steps: args.steps,
        neurons: net.neurons,
        input_spikes: inputs.iter().map(Vec::len).sum(),
        output_spikes,
        seconds: start.elapsed().as_secs_f64(),
    })
}

fn create(path: &Path) -> Result<BufWriter<File>> {
    let f = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    Ok(BufWriter::new(f))
}
