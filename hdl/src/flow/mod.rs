//! The open FPGA flow: rust-hdl board top → Verilog → yosys → nextpnr → icepack / ecppack → report.
//!
//! [`build`] writes the generated Verilog, the pin constraints (copied from `constraints/`), the bitstream
//! and `report.json` + `report.md` to `<out>/<board>/<design>/`. Intermediate files and tool logs go to
//! `<work>/<board>/<design>/`. The build fails (and leaves `<out>` untouched) when a tool fails, the design
//! does not fit, or a clock misses its target.

pub mod report;
pub mod tools;

use crate::boards::bringup::Bringup;
use crate::boards::core_only::CoreOnly;
use crate::boards::ecp5_pll::Ecp5PllConfig;
use crate::boards::heartbeat::Heartbeat;
use crate::boards::ice40_pll::Ice40PllConfig;
use crate::boards::icebreaker::{self, IceBreakerTop};
use crate::boards::neuro_system_design::NeuroSystemDesign;
use crate::boards::neurocore_design::{uart_divisor, NeurocoreDesign};
use crate::boards::ulx3s::{self, Ulx3sTop};
use crate::neuro_system::NeuroSystemConfig;
use crate::neurocore::NeuroCoreConfig;
use crate::weight_memory::MemoryKind;
use anyhow::{anyhow, bail, Context, Result};
use report::{
    count_cells, parse_nextpnr, parse_yosys_stat, ClockPlan, Report, Resource, ToolVersions,
};
use rust_hdl::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use tools::{find_tool, Tool};

/// The boards the flow targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BoardKind {
    /// iCEBreaker: Lattice iCE40UP5K-SG48, 12 MHz oscillator.
    Icebreaker,
    /// ULX3S: Lattice ECP5 LFE5U-85F-CABGA381, 25 MHz oscillator.
    Ulx3s,
}

impl BoardKind {
    /// The board's name in paths and reports.
    pub fn name(self) -> &'static str {
        match self {
            BoardKind::Icebreaker => "icebreaker",
            BoardKind::Ulx3s => "ulx3s",
        }
    }

    /// Default (and minimum target) core clock in Hz.
    pub fn default_clock_hz(self) -> u64 {
        match self {
            BoardKind::Icebreaker => 48_000_000,
            BoardKind::Ulx3s => 100_000_000,
        }
    }

    /// Oscillator frequency in Hz.
    pub fn oscillator_hz(self) -> u64 {
        match self {
            BoardKind::Icebreaker => icebreaker::OSCILLATOR_HZ,
            BoardKind::Ulx3s => ulx3s::OSCILLATOR_HZ,
        }
    }

    /// The pin constraint file in `constraints/`.
    pub fn constraints_file(self) -> &'static str {
        match self {
            BoardKind::Icebreaker => "icebreaker.pcf",
            BoardKind::Ulx3s => "ulx3s_v20.lpf",
        }
    }

    /// The FPGA device and package.
    pub fn device(self) -> &'static str {
        match self {
            BoardKind::Icebreaker => "iCE40UP5K-SG48",
            BoardKind::Ulx3s => "LFE5U-85F-6BG381C (CABGA381)",
        }
    }

    /// The bitstream file name.
    pub fn image_file(self) -> &'static str {
        match self {
            BoardKind::Icebreaker => "top.bin",
            BoardKind::Ulx3s => "top.bit",
        }
    }

    /// The constraint line giving nextpnr the frequency of the link's half-rate clock
    /// ([`LINK_CLOCK_NET`]), in the board's constraint format; the core clock is `--freq`.
    pub fn link_clock_constraint(self, link_hz: f64) -> String {
        let mhz = link_hz / 1e6;
        let line = match self {
            BoardKind::Icebreaker => format!("set_frequency {LINK_CLOCK_NET} {mhz}"),
            BoardKind::Ulx3s => format!("FREQUENCY NET \"{LINK_CLOCK_NET}\" {mhz} MHz;"),
        };
        format!("\n# The serial link's clock, half the core clock (added by the build).\n{line}\n")
    }

    fn tool_names(self) -> [&'static str; 3] {
        match self {
            BoardKind::Icebreaker => ["yosys", "nextpnr-ice40", "icepack"],
            BoardKind::Ulx3s => ["yosys", "nextpnr-ecp5", "ecppack"],
        }
    }
}

/// The designs a board top can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DesignKind {
    /// PLL, reset after lock, 1 Hz heartbeat LED, lock LED and a UART echo.
    Bringup,
    /// The NeuroCore behind its serial link at 3 Mbaud (see [`DesignKind::neurocore_config`]).
    Neurocore,
    /// The NeuroCore alone, driven by a shift register (resource and Fmax measurement only,
    /// see [`CoreOnly`]).
    CoreOnly,
    /// Several NeuroCores with the spike router behind the serial link (see
    /// [`DesignKind::neurosystem_config`]).
    Neurosystem,
}

/// Sizes of the `neurosystem` design.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SystemSizes {
    /// Number of cores.
    pub cores: usize,
    /// Input channels per core (`None`: the board's NeuroCore configuration).
    pub inputs: Option<usize>,
    /// Neurons per core (`None`: the board's NeuroCore configuration).
    pub neurons: Option<usize>,
}

impl Default for SystemSizes {
    /// Four cores of the board's NeuroCore configuration.
    fn default() -> Self {
        SystemSizes {
            cores: 4,
            inputs: None,
            neurons: None,
        }
    }
}

/// The net of the serial link's clock (half the core clock, from
/// [`crate::link::half_rate_bridge`]) in a board top whose design is `neurocore` or
/// `neurosystem`: the divider flip-flop's output. Its alias `app.link.bridge.link_clock` is
/// gone after yosys 0.70's `synth_ecp5`, and nextpnr ignores a constraint on a missing net
/// (with a warning), leaving the link clock checked at the core clock's `--freq`.
pub const LINK_CLOCK_NET: &str = "app.link.bridge.div.q";

impl DesignKind {
    /// The design has the serial link, whose clock is half the core clock.
    pub fn has_link_clock(self) -> bool {
        matches!(self, DesignKind::Neurocore | DesignKind::Neurosystem)
    }

    /// The design's name in paths and reports.
    pub fn name(self) -> &'static str {
        match self {
            DesignKind::Bringup => "bringup",
            DesignKind::Neurocore => "neurocore",
            DesignKind::CoreOnly => "core-only",
            DesignKind::Neurosystem => "neurosystem",
        }
    }

    /// The `neurosystem` configuration for `board`: `sizes.cores` cores of the board's
    /// NeuroCore configuration, with `sizes.inputs` inputs and `sizes.neurons` neurons if
    /// given.
    pub fn neurosystem_config(board: BoardKind, sizes: SystemSizes) -> NeuroSystemConfig {
        let mut core = DesignKind::neurocore_config(board);
        core.inputs = sizes.inputs.unwrap_or(core.inputs);
        core.neurons = sizes.neurons.unwrap_or(core.neurons);
        NeuroSystemConfig {
            cores: sizes.cores,
            core,
        }
    }

    /// The NeuroCore configuration built for `board`: on the iCEBreaker the UP5K
    /// configuration (256 inputs, 256 neurons, weights in the four SPRAMs); on the ULX3S
    /// the same size with weights in block RAM.
    pub fn neurocore_config(board: BoardKind) -> NeuroCoreConfig {
        match board {
            BoardKind::Icebreaker => NeuroCoreConfig::up5k(),
            BoardKind::Ulx3s => NeuroCoreConfig {
                memory: MemoryKind::BlockRam,
                ..NeuroCoreConfig::up5k()
            },
        }
    }
}

/// The NeuroCore design for `board` at core clock `f_hz`.
fn neurocore_for(board: BoardKind, f_hz: u64) -> Result<NeurocoreDesign> {
    NeurocoreDesign::new(DesignKind::neurocore_config(board), uart_divisor(f_hz))
        .map_err(|e| anyhow!(e))
}

/// The NeuroSystem design for `board` at core clock `f_hz`.
fn neurosystem_for(board: BoardKind, sizes: SystemSizes, f_hz: u64) -> Result<NeuroSystemDesign> {
    NeuroSystemDesign::new(
        DesignKind::neurosystem_config(board, sizes),
        uart_divisor(f_hz),
    )
    .map_err(|e| anyhow!(e))
}

/// The Verilog of a board top and the clock plan behind it.
pub struct Generated {
    /// Verilog source, top module `top`.
    pub verilog: String,
    /// Oscillator, requested and achieved core clock.
    pub clock: ClockPlan,
}

/// Connects `top`, runs rust-hdl's checks (open signals, logic loops, writes to inputs) and returns its
/// Verilog, top module `top`.
pub fn verilog_of<B: Block>(mut top: B) -> Result<String> {
    top.connect_all();
    check_all(&top).map_err(|e| anyhow!("the board top fails rust-hdl's checks: {e:?}"))?;
    Ok(generate_verilog_unchecked(&top))
}

/// Builds the board top for `design` (`sizes` for the `neurosystem` design) at a core clock
/// near `clock_hz` and returns its Verilog.
pub fn generate(
    board: BoardKind,
    design: DesignKind,
    sizes: SystemSizes,
    clock_hz: u64,
) -> Result<Generated> {
    let oscillator_hz = board.oscillator_hz();
    let (verilog, achieved_hz, pll) = match board {
        BoardKind::Icebreaker => {
            let pll = Ice40PllConfig::for_frequency(oscillator_hz, clock_hz)?;
            let f = pll.f_out_hz();
            let verilog = match design {
                DesignKind::Bringup => {
                    let design = Bringup::new(Heartbeat::half_period_for_1hz(f))?;
                    verilog_of(IceBreakerTop::new(design, pll.clone())?)?
                }
                DesignKind::Neurocore => {
                    let design = neurocore_for(board, f.round() as u64)?;
                    verilog_of(IceBreakerTop::new(design, pll.clone())?)?
                }
                DesignKind::CoreOnly => {
                    let design = CoreOnly::new(DesignKind::neurocore_config(board))
                        .map_err(|e| anyhow!(e))?;
                    verilog_of(IceBreakerTop::new(design, pll.clone())?)?
                }
                DesignKind::Neurosystem => {
                    let design = neurosystem_for(board, sizes, f.round() as u64)?;
                    verilog_of(IceBreakerTop::new(design, pll.clone())?)?
                }
            };
            (verilog, f, pll.describe())
        }
        BoardKind::Ulx3s => {
            let pll = Ecp5PllConfig::for_frequency(oscillator_hz, clock_hz)?;
            let f = pll.f_out_hz();
            let verilog = match design {
                DesignKind::Bringup => {
                    let design = Bringup::new(Heartbeat::half_period_for_1hz(f))?;
                    verilog_of(Ulx3sTop::new(design, pll.clone())?)?
                }
                DesignKind::Neurocore => {
                    let design = neurocore_for(board, f.round() as u64)?;
                    verilog_of(Ulx3sTop::new(design, pll.clone())?)?
                }
                DesignKind::CoreOnly => {
                    let design = CoreOnly::new(DesignKind::neurocore_config(board))
                        .map_err(|e| anyhow!(e))?;
                    verilog_of(Ulx3sTop::new(design, pll.clone())?)?
                }
                DesignKind::Neurosystem => {
                    let design = neurosystem_for(board, sizes, f.round() as u64)?;
                    verilog_of(Ulx3sTop::new(design, pll.clone())?)?
                }
            };
            (verilog, f, pll.describe())
        }
    };
    Ok(Generated {
        verilog,
        clock: ClockPlan {
            oscillator_hz,
            requested_hz: clock_hz,
            achieved_hz,
            pll,
        },
    })
}

/// What to build and where.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Target board.
    pub board: BoardKind,
    /// Design inside the board top.
    pub design: DesignKind,
    /// Sizes of the `neurosystem` design (ignored by the others).
    pub sizes: SystemSizes,
    /// Requested core clock in Hz (`None`: the board's default).
    pub clock_hz: Option<u64>,
    /// nextpnr placement seed.
    pub seed: u64,
    /// Project root: holds `constraints/` and the YoWASP venv `.venv/`.
    pub root: PathBuf,
    /// Where the image and reports go (`<out>/<board>/<design>/`).
    pub out_dir: PathBuf,
    /// Where intermediate files and logs go (`<work>/<board>/<design>/`).
    pub work_dir: PathBuf,
}

/// The result of a successful build.
pub struct BuildOutcome {
    /// The report (also written as `report.json` and `report.md`).
    pub report: Report,
    /// The directory holding the image and reports.
    pub dir: PathBuf,
}

/// The commit of the source tree, with `-dirty` when tracked files outside `bitstreams/` (the build's
/// own output) differ from it.
fn git_revision(root: &Path) -> String {
    let git = |args: &[&str]| Command::new("git").args(args).current_dir(root).output();
    let head = match git(&["rev-parse", "--short=12", "HEAD"]) {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        _ => return "unknown (not a git checkout)".into(),
    };
    match git(&["diff", "--quiet", "HEAD", "--", ".", ":(exclude)bitstreams"]) {
        Ok(o) if o.status.success() => head,
        Ok(o) if o.status.code() == Some(1) => format!("{head}-dirty"),
        _ => format!("{head} (dirty state unknown)"),
    }
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<()> {
    fs::write(path, contents).with_context(|| format!("writing {}", path.display()))
}

/// Maps nextpnr's bel utilisation and yosys' cell counts to the report's resource table. A bel type
/// missing from nextpnr's report is an error (a different nextpnr may name it differently), not a 0.
fn resources(
    board: BoardKind,
    pnr: &report::PlaceRoute,
    cells: &std::collections::BTreeMap<String, u64>,
) -> Result<Vec<Resource>> {
    let bel = |name: &str, cell: &str| -> Result<Resource> {
        let (used, available) = pnr.utilization.get(cell).copied().ok_or_else(|| {
            anyhow!("nextpnr's report has no utilisation entry for `{cell}` ({name})")
        })?;
        Ok(Resource {
            name: name.into(),
            cell: cell.into(),
            used,
            available,
        })
    };
    Ok(match board {
        BoardKind::Icebreaker => {
            let lcs = bel("logic cells", "ICESTORM_LC")?;
            let available = lcs.available;
            vec![
                Resource {
                    name: "LUT4".into(),
                    cell: "SB_LUT4".into(),
                    used: count_cells(cells, &["SB_LUT4"]),
                    available,
                },
                Resource {
                    name: "FF".into(),
                    cell: "SB_DFF*".into(),
                    used: count_cells(cells, &["SB_DFF"]),
                    available,
                },
                lcs,
                bel("BRAM (4 Kbit)", "ICESTORM_RAM")?,
                bel("SPRAM (256 Kbit)", "ICESTORM_SPRAM")?,
                bel("DSP", "ICESTORM_DSP")?,
                bel("PLL", "ICESTORM_PLL")?,
                bel("global buffers", "SB_GB")?,
                bel("IO", "SB_IO")?,
            ]
        }
        BoardKind::Ulx3s => vec![
            bel("LUT4", "TRELLIS_COMB")?,
            bel("FF", "TRELLIS_FF")?,
            bel("BRAM (18 Kbit)", "DP16KD")?,
            bel("DSP (18x18)", "MULT18X18D")?,
            bel("PLL", "EHXPLLL")?,
            bel("global buffers", "DCCA")?,
            bel("IO", "TRELLIS_IO")?,
        ],
    })
}

/// Runs the whole flow (see the module documentation).
pub fn build(opts: &BuildOptions) -> Result<BuildOutcome> {
    let board = opts.board;
    // Tools run inside the work directory: every path handed to them must be absolute or relative to it.
    let root = fs::canonicalize(&opts.root)
        .with_context(|| format!("project root {}", opts.root.display()))?;
    let venv = root.join(".venv");
    let [synth, pnr, pack]: [Tool; 3] = {
        let names = board.tool_names();
        [
            find_tool(names[0], &venv)?,
            find_tool(names[1], &venv)?,
            find_tool(names[2], &venv)?,
        ]
    };
    let generated = generate(
        board,
        opts.design,
        opts.sizes,
        opts.clock_hz.unwrap_or(board.default_clock_hz()),
    )?;
    let rel = Path::new(board.name()).join(opts.design.name());
    let work = opts.work_dir.join(&rel);
    fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let constraints_name = board.constraints_file();
    let mut constraints = read(&root.join("constraints").join(constraints_name))?;
    if opts.design.has_link_clock() {
        constraints += &board.link_clock_constraint(generated.clock.achieved_hz / 2.0);
    }
    write(&work.join("top.v"), &generated.verilog)?;
    write(&work.join(constraints_name), &constraints)?;

    let start = Instant::now();
    // iCE40: ABC9 with the UltraPlus delay model (timing-driven mapping; measured on the
    // NeuroCore image: +12 % Fmax and fewer cells than the default ABC flow).
    let synth_cmd = match board {
        BoardKind::Icebreaker => "synth_ice40 -abc9 -device u",
        BoardKind::Ulx3s => "synth_ecp5",
    };
    let script = format!("read_verilog top.v; {synth_cmd} -top top -json top.json; tee -q -o yosys-stat.json stat -json");
    synth.run(&work, &["-p", &script], "yosys.log")?;

    let seed = opts.seed.to_string();
    let freq = format!("{}", generated.clock.achieved_hz / 1e6);
    let common = [
        "--json",
        "top.json",
        "--report",
        "nextpnr-report.json",
        "--seed",
        &seed,
        "--freq",
        &freq,
        "--timing-allow-fail",
    ];
    let device_args: Vec<&str> = match board {
        BoardKind::Icebreaker => vec![
            "--up5k",
            "--package",
            "sg48",
            "--pcf",
            constraints_name,
            "--asc",
            "top.asc",
        ],
        BoardKind::Ulx3s => vec![
            "--85k",
            "--package",
            "CABGA381",
            "--lpf",
            constraints_name,
            "--textcfg",
            "top.config",
        ],
    };
    let args: Vec<&str> = device_args.into_iter().chain(common).collect();
    pnr.run(&work, &args, "nextpnr.log")?;

    let image = board.image_file();
    match board {
        BoardKind::Icebreaker => pack.run(&work, &["top.asc", image], "pack.log")?,
        BoardKind::Ulx3s => pack.run(&work, &["--compress", "top.config", image], "pack.log")?,
    }
    let build_seconds = start.elapsed().as_secs_f64();

    let pr = parse_nextpnr(&read(&work.join("nextpnr-report.json"))?)?;
    let cells = parse_yosys_stat(&read(&work.join("yosys-stat.json"))?)?;
    let resources = resources(board, &pr, &cells)?;
    let fits = resources.iter().all(|r| r.used <= r.available);
    let core_mhz = generated.clock.achieved_hz / 1e6;
    let cross_clock_limit_ns = 1e3 / core_mhz;
    let timing_met = !pr.timing.is_empty()
        && pr.timing.iter().all(|t| t.met)
        && pr
            .timing
            .iter()
            .any(|t| t.constraint_mhz >= core_mhz - 1e-3)
        && pr
            .cross_clock
            .iter()
            .all(|p| p.within(cross_clock_limit_ns));
    let image_bytes = fs::metadata(work.join(image))
        .with_context(|| format!("reading {}", work.join(image).display()))?
        .len();
    let report = Report {
        board: board.name().into(),
        design: opts.design.name().into(),
        device: board.device().into(),
        seed: opts.seed,
        git_revision: git_revision(&root),
        clock: generated.clock,
        tools: ToolVersions {
            yosys: synth.version()?,
            nextpnr: pnr.version()?,
            packer: pack.version()?,
        },
        resources,
        timing: pr.timing,
        cross_clock: pr.cross_clock,
        cross_clock_limit_ns,
        fits,
        timing_met,
        image: image.into(),
        image_bytes,
        build_seconds,
    };
    let json = serde_json::to_string_pretty(&report).context("serialising the report")? + "\n";
    write(&work.join("report.json"), &json)?;
    write(&work.join("report.md"), report.markdown())?;
    if !fits || !timing_met {
        let mut problems = Vec::new();
        for r in report.resources.iter().filter(|r| r.used > r.available) {
            problems.push(format!("{} uses {} of {}", r.name, r.used, r.available));
        }
        for t in report.timing.iter().filter(|t| !t.met) {
            problems.push(format!(
                "clock `{}` reaches {:.2} MHz, needs {:.2} MHz",
                t.net, t.fmax_mhz, t.constraint_mhz
            ));
        }
        for p in report
            .cross_clock
            .iter()
            .filter(|p| !p.within(cross_clock_limit_ns))
        {
            problems.push(format!(
                "path `{}` -> `{}` takes {:.2} ns, more than one core clock period ({:.2} ns)",
                p.from, p.to, p.delay_ns, cross_clock_limit_ns
            ));
        }
        if !timing_met && problems.is_empty() {
            problems.push(format!(
                "no clock was checked at the core clock of {core_mhz} MHz"
            ));
        }
        bail!(
            "{} / {}: {}; report in {}",
            board.name(),
            opts.design.name(),
            problems.join("; "),
            work.display()
        );
    }

    let dir = opts.out_dir.join(&rel);
    fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    for file in ["top.v", constraints_name, image] {
        fs::copy(work.join(file), dir.join(file))
            .with_context(|| format!("copying {file} to {}", dir.display()))?;
    }
    write(&dir.join("report.json"), &json)?;
    write(&dir.join("report.md"), report.markdown())?;
    Ok(BuildOutcome { report, dir })
}
