//! `neurocore`: build FPGA images of the NeuroCore board tops with the open toolchain, and
//! emulate a board behind a pseudo-terminal.

use anyhow::Result;
use clap::{Parser, Subcommand};
use neurocore::boards::bringup::Bringup;
use neurocore::boards::heartbeat::Heartbeat;
use neurocore::boards::neuro_system_design::NeuroSystemDesign;
use neurocore::boards::neurocore_design::{uart_divisor, NeurocoreDesign};
use neurocore::emulate::{serve, Engine};
use neurocore::flow::{build, BoardKind, BuildOptions, DesignKind, SystemSizes};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "neurocore", version, about = "NeuroCore FPGA tools")]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Generate the board top's Verilog, synthesise, place and route, pack, and write the image with
    /// report.json and report.md to <out>/<board>/<design>/. Exits non-zero when a tool is missing or fails,
    /// the design does not fit, or a clock misses its target.
    Build {
        /// Target board.
        #[arg(long, value_enum)]
        board: BoardKind,
        /// Design inside the board top.
        #[arg(long, value_enum, default_value = "bringup")]
        design: DesignKind,
        /// Requested core clock in MHz (default: 48 on icebreaker, 100 on ulx3s); the PLL picks the
        /// nearest frequency it can make, and the report gives it exactly.
        #[arg(long)]
        clock_mhz: Option<f64>,
        /// NeuroSystem design: number of cores.
        #[arg(long, default_value_t = 4)]
        cores: usize,
        /// NeuroSystem design: input channels per core (default: the board's NeuroCore configuration).
        #[arg(long)]
        inputs: Option<usize>,
        /// NeuroSystem design: neurons per core (default: the board's NeuroCore configuration).
        #[arg(long)]
        neurons: Option<usize>,
        /// nextpnr placement seed (fixed, so builds are reproducible).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Project root, holding constraints/ and the YoWASP venv .venv/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output directory for images and reports.
        #[arg(long, default_value = "bitstreams")]
        out: PathBuf,
        /// Directory for intermediate files and tool logs.
        #[arg(long, default_value = "target/fpga")]
        work: PathBuf,
    },
    /// Run a board's design cycle by cycle, its UART bridged to a pseudo-terminal; prints
    /// `port: PATH`, which `neurohost ... --port PATH` then uses as it would a real board.
    /// Runs until stopped (Ctrl-C).
    Emulate {
        /// Board whose core clock and UART the emulation follows.
        #[arg(long, value_enum, default_value = "icebreaker")]
        board: BoardKind,
        /// Design inside the board top.
        #[arg(long, value_enum, default_value = "bringup")]
        design: DesignKind,
        /// Simulator.
        #[arg(long, value_enum, default_value = "verilator")]
        engine: Engine,
        /// Shorten the UART bit to this many core clock cycles (>= 4; even and >= 8 for the
        /// designs with the serial link, which runs at half the core clock). Default: the
        /// board's real divisor (core clock / 3 Mbaud), which is what the hardware does.
        #[arg(long)]
        fast_uart: Option<u32>,
        /// NeuroSystem design: number of cores.
        #[arg(long, default_value_t = 4)]
        cores: usize,
        /// NeuroCore / NeuroSystem design: input channels (default: the board's configuration).
        #[arg(long)]
        inputs: Option<usize>,
        /// NeuroCore design: neurons (default: the board's configuration).
        #[arg(long)]
        neurons: Option<usize>,
        /// Directory for the Verilator build.
        #[arg(long, default_value = "target/emulator")]
        work: PathBuf,
    },
}

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
        Commands::Build {
            board,
            design,
            clock_mhz,
            cores,
            inputs,
            neurons,
            seed,
            root,
            out,
            work,
        } => {
            let clock_hz = match clock_mhz {
                Some(mhz) if mhz.is_finite() && mhz > 0.0 && mhz <= 1000.0 => {
                    Some((mhz * 1e6).round() as u64)
                }
                Some(mhz) => anyhow::bail!("--clock-mhz must be in (0, 1000] MHz, got {mhz}"),
                None => None,
            };
            let opts = BuildOptions {
                board,
                design,
                sizes: SystemSizes {
                    cores,
                    inputs,
                    neurons,
                },
                clock_hz,
                seed,
                root,
                out_dir: out,
                work_dir: work,
            };
            let outcome = build(&opts)?;
            print!("{}", outcome.report.markdown());
            println!("\nWrote {}", outcome.dir.display());
            Ok(())
        }
        Commands::Emulate {
            board,
            design,
            engine,
            fast_uart,
            cores,
            inputs,
            neurons,
            work,
        } => {
            let clock_hz = board.default_clock_hz();
            let divisor = match fast_uart {
                Some(d) if d >= 4 => d,
                Some(d) => anyhow::bail!("--fast-uart {d}: a UART bit needs at least 4 cycles"),
                None => uart_divisor(clock_hz) as u32,
            };
            let work = work.join(board.name()).join(design.name());
            match design {
                DesignKind::Bringup => {
                    let half = Heartbeat::half_period_for_1hz(clock_hz as f64);
                    serve(Bringup::new(half)?, engine, divisor, &work)
                }
                DesignKind::CoreOnly => anyhow::bail!(
                    "--design core-only has no link to talk to: emulate `neurocore` instead"
                ),
                DesignKind::Neurocore => {
                    let mut cfg = DesignKind::neurocore_config(board);
                    cfg.inputs = inputs.unwrap_or(cfg.inputs);
                    cfg.neurons = neurons.unwrap_or(cfg.neurons);
                    let d =
                        NeurocoreDesign::new(cfg, divisor as u64).map_err(anyhow::Error::msg)?;
                    eprintln!(
                        "NeuroCore {} inputs x {} neurons ({:?} weights), UART {} cycles per bit",
                        cfg.inputs, cfg.neurons, cfg.memory, divisor
                    );
                    serve(
                        d,
                        engine,
                        divisor,
                        &work.join(format!("{}x{}", cfg.inputs, cfg.neurons)),
                    )
                }
                DesignKind::Neurosystem => {
                    let sizes = SystemSizes {
                        cores,
                        inputs,
                        neurons,
                    };
                    let cfg = DesignKind::neurosystem_config(board, sizes);
                    let d =
                        NeuroSystemDesign::new(cfg, divisor as u64).map_err(anyhow::Error::msg)?;
                    eprintln!(
                        "NeuroSystem {} cores x ({} inputs x {} neurons, {:?} weights), UART {} cycles per bit; RUN drives core 0",
                        cfg.cores, cfg.core.inputs, cfg.core.neurons, cfg.core.memory, divisor
                    );
                    serve(
                        d,
                        engine,
                        divisor,
                        &work.join(format!(
                            "{}x{}x{}",
                            cfg.cores, cfg.core.inputs, cfg.core.neurons
                        )),
                    )
                }
            }
        }
    }
}
