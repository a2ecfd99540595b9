//! The Verilator engine: builds the generated Verilog of a board design (module `top`,
//! ports `clock`, `reset`, `uart_rx`, `uart_tx`, `led`) with `harness.cpp` into a native
//! program and runs it as a child process whose stdin/stdout carry the UART bytes.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{bail, Context, Result};

use super::ByteLink;

/// The C++ harness (UART line model, byte pipes, cycle counter).
pub const HARNESS: &str = include_str!("harness.cpp");

/// A behavioural model of the iCE40 UP5K single-port RAM (16K x 16, nibble write mask,
/// output updated on reads only, zero-initialised), replacing the black-box declaration
/// that designs with SPRAM weights carry (the rust-hdl engine has its own model).
pub const SPRAM_MODEL: &str = r#"
module SB_SPRAM256KA(input [13:0] ADDRESS, input [15:0] DATAIN, input [3:0] MASKWREN,
    input WREN, input CHIPSELECT, input CLOCK, input STANDBY, input SLEEP,
    input POWEROFF, output reg [15:0] DATAOUT);
reg [15:0] mem [0:16383];
integer k;
initial begin
    for (k = 0; k < 16384; k = k + 1) mem[k] = 16'd0;
    DATAOUT = 16'd0;
end
always @(posedge CLOCK) if (CHIPSELECT && !STANDBY && !SLEEP && POWEROFF) begin
    if (WREN) begin
        if (MASKWREN[0]) mem[ADDRESS][3:0] <= DATAIN[3:0];
        if (MASKWREN[1]) mem[ADDRESS][7:4] <= DATAIN[7:4];
        if (MASKWREN[2]) mem[ADDRESS][11:8] <= DATAIN[11:8];
        if (MASKWREN[3]) mem[ADDRESS][15:12] <= DATAIN[15:12];
    end else DATAOUT <= mem[ADDRESS];
end
endmodule
"#;

/// `verilog` with every black-box declaration of `SB_SPRAM256KA` replaced by [`SPRAM_MODEL`].
pub fn with_spram_model(verilog: &str) -> String {
    const START: &str = "(* blackbox *)\nmodule SB_SPRAM256KA(";
    let mut out = String::with_capacity(verilog.len());
    let mut rest = verilog;
    let mut replaced = false;
    while let Some(at) = rest.find(START) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail
            .find("endmodule")
            .map_or(tail.len(), |e| e + "endmodule".len());
        if !replaced {
            out.push_str(SPRAM_MODEL);
            replaced = true;
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Build (or reuse, if the Verilog is unchanged) the emulator program for `verilog` in
/// `dir`. Needs `verilator` (Debian package `verilator`) and a C++ compiler.
pub fn build(verilog: &str, dir: &Path) -> Result<PathBuf> {
    let verilog = &with_spram_model(verilog);
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let exe = dir.join("obj").join("emu");
    let source = format!("{verilog}\n// harness\n{HARNESS}");
    if exe.exists()
        && std::fs::read_to_string(dir.join("built_from"))
            .ok()
            .as_deref()
            == Some(&source)
    {
        return Ok(exe);
    }
    std::fs::write(dir.join("top.v"), verilog)?;
    std::fs::write(dir.join("harness.cpp"), HARNESS)?;
    let status = Command::new("verilator")
        .current_dir(dir)
        .args([
            "--cc",
            "top.v",
            "--exe",
            "harness.cpp",
            "--build",
            "--top-module",
            "top",
            "-O3",
            "--x-assign",
            "fast",
            "--x-initial",
            "fast",
            "-Wno-fatal",
            "-Wno-lint",
            "-Wno-style",
            "--Mdir",
            "obj",
            "-o",
            "emu",
            "-j",
            "2",
            "--noassert",
            "-CFLAGS",
            "-O2 -march=native",
        ])
        .stdout(Stdio::null())
        .status()
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot run verilator ({e}): install it, e.g. `apt-get install verilator`"
            )
        })?;
    if !status.success() {
        bail!(
            "verilator failed to build the emulator in {}",
            dir.display()
        );
    }
    std::fs::write(dir.join("built_from"), source)?;
    Ok(exe)
}

/// Run the built emulator `exe` with UART `divisor`, bridging `link`, until `stop` is set
/// or the host side is gone. Returns the harness's report (`cycles=N seconds=S`).
pub fn run(exe: &Path, divisor: u32, link: ByteLink, stop: &AtomicBool) -> Result<String> {
    let mut child: Child = Command::new(exe)
        .arg(divisor.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {}", exe.display()))?;
    let mut stdout = child.stdout.take().context("emulator stdout")?;
    let from_board = link.from_board;
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || from_board.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut stdin = child.stdin.take().context("emulator stdin")?;
    while !stop.load(Ordering::Relaxed) {
        match link
            .to_board
            .recv_timeout(std::time::Duration::from_millis(20))
        {
            Ok(bytes) => stdin.write_all(&bytes).context("writing to the emulator")?,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    drop(stdin); // end of input: the harness finishes the line and exits
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).ok();
    }
    let status = child.wait().context("waiting for the emulator")?;
    reader.join().ok();
    if !status.success() {
        bail!("the emulator exited with {status}: {err}");
    }
    Ok(err.trim().to_string())
}
