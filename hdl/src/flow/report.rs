//! Build reports: parsing nextpnr's `--report` JSON and yosys' `stat -json`, checking fit and timing,
//! and writing `report.json` and `report.md`.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One resource kind: how many are used and how many the device has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    /// Human name (`LUT4`, `FF`, `BRAM`, ...).
    pub name: String,
    /// The primitive / bel type it counts.
    pub cell: String,
    /// Used by the design.
    pub used: u64,
    /// Available on the device.
    pub available: u64,
}

/// Achieved and required frequency of one clock net, from nextpnr's timing analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClockTiming {
    /// The clock net.
    pub net: String,
    /// Fmax in MHz.
    pub fmax_mhz: f64,
    /// The constraint nextpnr checked against, in MHz.
    pub constraint_mhz: f64,
    /// `fmax_mhz >= constraint_mhz`.
    pub met: bool,
}

/// The clock plan of the build.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClockPlan {
    /// Board oscillator in Hz.
    pub oscillator_hz: u64,
    /// Requested core clock in Hz.
    pub requested_hz: u64,
    /// Core clock the PLL divisors give, in Hz (exact).
    pub achieved_hz: f64,
    /// The PLL settings.
    pub pll: String,
}

/// Versions of the tools that built the image.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolVersions {
    /// Synthesis.
    pub yosys: String,
    /// Place and route.
    pub nextpnr: String,
    /// Bitstream packer.
    pub packer: String,
}

/// Everything `report.json` holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Board name (`icebreaker`, `ulx3s`).
    pub board: String,
    /// Design name (`bringup`, ...).
    pub design: String,
    /// FPGA device and package.
    pub device: String,
    /// nextpnr placement seed.
    pub seed: u64,
    /// Commit of the source tree that was built; `-dirty` when tracked files outside `bitstreams/` differ.
    pub git_revision: String,
    /// Clock plan.
    pub clock: ClockPlan,
    /// Tool versions.
    pub tools: ToolVersions,
    /// Resource use (LUT/FF from yosys, the rest from nextpnr).
    pub resources: Vec<Resource>,
    /// Fmax per clock from nextpnr.
    pub timing: Vec<ClockTiming>,
    /// The longest path between each pair of clocks (the core clock and the link's half-rate
    /// clock), each checked against [`Report::cross_clock_limit_ns`].
    #[serde(default)]
    pub cross_clock: Vec<CrossClockPath>,
    /// One core clock period in ns: every path between the two clocks starts and ends at
    /// edges one core period apart (see `link::half_rate_bridge`).
    #[serde(default)]
    pub cross_clock_limit_ns: f64,
    /// Every resource within the device.
    pub fits: bool,
    /// Every clock meets its constraint, the core clock runs at least at the achieved PLL
    /// frequency and every cross-clock path is within one core period.
    pub timing_met: bool,
    /// Bitstream file name (in the same directory).
    pub image: String,
    /// Bitstream size in bytes.
    pub image_bytes: u64,
    /// Wall time of synthesis + place and route + packing, in seconds.
    pub build_seconds: f64,
}

#[derive(Deserialize)]
struct NextpnrUse {
    used: u64,
    available: u64,
}

#[derive(Deserialize)]
struct NextpnrFmax {
    achieved: f64,
    constraint: f64,
}

#[derive(Deserialize)]
struct NextpnrStep {
    delay: f64,
}

#[derive(Deserialize)]
struct NextpnrPath {
    from: String,
    to: String,
    path: Vec<NextpnrStep>,
}

#[derive(Deserialize)]
struct NextpnrReport {
    utilization: BTreeMap<String, NextpnrUse>,
    fmax: BTreeMap<String, NextpnrFmax>,
    #[serde(default)]
    critical_paths: Vec<NextpnrPath>,
}

/// The longest path nextpnr found from registers of one clock to registers of another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrossClockPath {
    /// Launching clock net.
    pub from: String,
    /// Capturing clock net.
    pub to: String,
    /// Path delay in ns (clock-to-out, logic, routing and setup).
    pub delay_ns: f64,
}

impl CrossClockPath {
    /// The path fits in `limit_ns`.
    pub fn within(&self, limit_ns: f64) -> bool {
        self.delay_ns <= limit_ns
    }
}

/// Utilisation (bel type → used, available) and timing parsed from a nextpnr `--report` file.
pub struct PlaceRoute {
    /// Bel type → (used, available).
    pub utilization: BTreeMap<String, (u64, u64)>,
    /// Per-clock timing.
    pub timing: Vec<ClockTiming>,
    /// The longest path between each pair of clocks that has one (nextpnr reports, but
    /// does not check, these).
    pub cross_clock: Vec<CrossClockPath>,
}

/// Parses nextpnr's `--report` JSON.
pub fn parse_nextpnr(json: &str) -> Result<PlaceRoute> {
    let r: NextpnrReport = serde_json::from_str(json).context("parsing nextpnr's report JSON")?;
    let utilization = r
        .utilization
        .into_iter()
        .map(|(k, v)| (k, (v.used, v.available)))
        .collect();
    let timing = r
        .fmax
        .into_iter()
        .map(|(net, f)| ClockTiming {
            net,
            fmax_mhz: f.achieved,
            constraint_mhz: f.constraint,
            met: f.achieved >= f.constraint,
        })
        .collect();
    // "posedge net" / "negedge net"; "<async>" ends are ports, not registers
    let clock_of = |end: &str| {
        end.strip_prefix("posedge ")
            .or_else(|| end.strip_prefix("negedge "))
            .map(str::to_string)
    };
    let cross_clock = r
        .critical_paths
        .iter()
        .filter_map(|p| match (clock_of(&p.from), clock_of(&p.to)) {
            (Some(from), Some(to)) if from != to => Some(CrossClockPath {
                from,
                to,
                delay_ns: p.path.iter().map(|s| s.delay).sum(),
            }),
            _ => None,
        })
        .collect();
    Ok(PlaceRoute {
        utilization,
        timing,
        cross_clock,
    })
}

#[derive(Deserialize)]
struct YosysModule {
    num_cells_by_type: BTreeMap<String, u64>,
}

#[derive(Deserialize)]
struct YosysStat {
    modules: BTreeMap<String, YosysModule>,
}

/// Cell counts by type of the synthesised top module, from yosys' `stat -json`.
pub fn parse_yosys_stat(json: &str) -> Result<BTreeMap<String, u64>> {
    let stat: YosysStat = serde_json::from_str(json).context("parsing yosys' stat JSON")?;
    let mut cells = BTreeMap::new();
    for module in stat.modules.into_values() {
        for (cell, n) in module.num_cells_by_type {
            *cells.entry(cell).or_insert(0) += n;
        }
    }
    Ok(cells)
}

/// Counts yosys cells whose type starts with one of `prefixes` (e.g. every `SB_DFF*` variant).
pub fn count_cells(cells: &BTreeMap<String, u64>, prefixes: &[&str]) -> u64 {
    cells
        .iter()
        .filter(|(name, _)| prefixes.iter().any(|p| name.starts_with(p)))
        .map(|(_, n)| n)
        .sum()
}

impl Report {
    /// Renders the human-readable summary.
    pub fn markdown(&self) -> String {
        let mut s = format!(
            "# NeuroCore build: {} / {}\n\n\
             - Device: {}\n- Result: {}\n- Core clock: requested {} MHz, PLL gives {} MHz ({})\n\
             - Oscillator: {} MHz\n- Seed: {}\n- Source revision: {}\n- Image: `{}` ({} bytes)\n\
             - Build time: {:.1} s\n\n## Resources\n\n| resource | cell | used | available | % |\n|---|---|---:|---:|---:|\n",
            self.board,
            self.design,
            self.device,
            match (self.fits, self.timing_met) {
                (true, true) => "fits and meets timing",
                (false, _) => "DOES NOT FIT",
                (true, false) => "FAILS TIMING",
            },
            self.clock.requested_hz as f64 / 1e6,
            self.clock.achieved_hz / 1e6,
            self.clock.pll,
            self.clock.oscillator_hz as f64 / 1e6,
            self.seed,
            self.git_revision,
            self.image,
            self.image_bytes,
            self.build_seconds
        );
        for r in &self.resources {
            let pct = if r.available == 0 {
                0.0
            } else {
                100.0 * r.used as f64 / r.available as f64
            };
            s += &format!(
                "| {} | {} | {} | {} | {:.1} |\n",
                r.name, r.cell, r.used, r.available, pct
            );
        }
        s += "\n## Timing (nextpnr)\n\n| clock net | Fmax (MHz) | constraint (MHz) | met |\n|---|---:|---:|---|\n";
        for t in &self.timing {
            s += &format!(
                "| `{}` | {:.2} | {:.2} | {} |\n",
                t.net,
                t.fmax_mhz,
                t.constraint_mhz,
                if t.met { "yes" } else { "NO" }
            );
        }
        if !self.cross_clock.is_empty() {
            s += &format!(
                "\n## Cross-clock paths (limit: one core clock period, {:.2} ns)\n\n\
                 | from | to | delay (ns) | met |\n|---|---|---:|---|\n",
                self.cross_clock_limit_ns
            );
            for p in &self.cross_clock {
                s += &format!(
                    "| `{}` | `{}` | {:.2} | {} |\n",
                    p.from,
                    p.to,
                    p.delay_ns,
                    if p.within(self.cross_clock_limit_ns) {
                        "yes"
                    } else {
                        "NO"
                    }
                );
            }
        }
        s += &format!(
            "\n## Tools\n\n- yosys: {}\n- nextpnr: {}\n- packer: {}\n",
            self.tools.yosys, self.tools.nextpnr, self.tools.packer
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nextpnr_report_is_parsed() {
        let json = r#"{
            "utilization": {"ICESTORM_LC": {"used": 60, "available": 5280}, "ICESTORM_SPRAM": {"used": 0, "available": 4}},
            "fmax": {"clk_core": {"achieved": 150.5, "constraint": 48.0}, "slow": {"achieved": 10.0, "constraint": 12.0}},
            "critical_paths": [
                {"from": "posedge clk_core", "to": "posedge clk_core", "path": [{"delay": 5.0}]},
                {"from": "<async>", "to": "posedge slow", "path": [{"delay": 3.0}]},
                {"from": "posedge clk_core", "to": "posedge slow", "path": [{"delay": 1.25}, {"delay": 4.5}]},
                {"from": "posedge slow", "to": "negedge clk_core", "path": [{"delay": 2.0}]}
            ]
        }"#;
        let pr = parse_nextpnr(json).unwrap();
        assert_eq!(pr.utilization["ICESTORM_LC"], (60, 5280));
        assert_eq!(pr.utilization["ICESTORM_SPRAM"], (0, 4));
        assert_eq!(pr.timing.len(), 2);
        assert!(pr.timing[0].met && pr.timing[0].net == "clk_core");
        assert!(!pr.timing[1].met);
        let cross = |from: &str, to: &str, delay_ns: f64| CrossClockPath {
            from: from.into(),
            to: to.into(),
            delay_ns,
        };
        assert_eq!(
            pr.cross_clock,
            [
                cross("clk_core", "slow", 5.75),
                cross("slow", "clk_core", 2.0)
            ]
        );
    }

    #[test]
    fn bad_report_is_an_error() {
        assert!(parse_nextpnr("{\"fmax\": {}}").is_err());
        assert!(parse_yosys_stat("not json").is_err());
    }

    #[test]
    fn markdown_states_the_verdict() {
        let mut report = Report {
            board: "icebreaker".into(),
            design: "bringup".into(),
            device: "iCE40UP5K-SG48".into(),
            seed: 1,
            git_revision: "abc".into(),
            clock: ClockPlan {
                oscillator_hz: 12_000_000,
                requested_hz: 48_000_000,
                achieved_hz: 48e6,
                pll: "p".into(),
            },
            tools: ToolVersions {
                yosys: "y".into(),
                nextpnr: "n".into(),
                packer: "p".into(),
            },
            resources: vec![Resource {
                name: "LUT4".into(),
                cell: "SB_LUT4".into(),
                used: 10,
                available: 40,
            }],
            timing: vec![ClockTiming {
                net: "clk".into(),
                fmax_mhz: 40.0,
                constraint_mhz: 48.0,
                met: false,
            }],
            cross_clock: vec![CrossClockPath {
                from: "clk".into(),
                to: "link".into(),
                delay_ns: 25.0,
            }],
            cross_clock_limit_ns: 20.83,
            fits: true,
            timing_met: false,
            image: "top.bin".into(),
            image_bytes: 1,
            build_seconds: 1.0,
        };
        let md = report.markdown();
        assert!(md.contains("FAILS TIMING"), "{md}");
        assert!(md.contains("| LUT4 | SB_LUT4 | 10 | 40 | 25.0 |"), "{md}");
        assert!(md.contains("| `clk` | 40.00 | 48.00 | NO |"), "{md}");
        assert!(
            md.contains("limit: one core clock period, 20.83 ns"),
            "{md}"
        );
        assert!(md.contains("| `clk` | `link` | 25.00 | NO |"), "{md}");
        report.fits = false;
        assert!(report.markdown().contains("DOES NOT FIT"));
    }

    #[test]
    fn yosys_cells_are_counted() {
        let json = r#"{"modules": {"\\top": {"num_cells": 5, "num_cells_by_type": {"SB_DFF": 2, "SB_DFFE": 1, "SB_LUT4": 2}}}}"#;
        let cells = parse_yosys_stat(json).unwrap();
        assert_eq!(count_cells(&cells, &["SB_DFF"]), 3);
        assert_eq!(count_cells(&cells, &["SB_LUT4"]), 2);
    }
}
