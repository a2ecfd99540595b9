//! Link emulator: the link hardware ([`LinkTop`], UART pins and all) simulated cycle by
//! cycle in rust-hdl, with the behavioural core ([`CoreModel`]) behind its control port,
//! bridged to a byte stream (e.g. the master side of a pseudo-terminal, so that
//! `neurohost` talks to it as to a board). The host side of the line is the emulator's
//! [`UartLine`]. Once the real core lands, `LinkTop` + core form a
//! [`crate::boards::BoardDesign`] for `neurocore emulate` (both engines); this emulator
//! exists because the behavioural core is Rust and cannot run under Verilator.

use std::io::{ErrorKind, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use rust_hdl::prelude::*;

use super::core_model::{CoreInputs, CoreModel};
use super::link_top::LinkTop;
use crate::emulate::uart_line::UartLine;

/// The simulated board: link hardware plus behavioural core.
pub struct LinkEmulator {
    top: LinkTop,
    core: CoreModel,
    divisor: u64,
    line: UartLine,
    /// `uart_tx` was high for the last `divisor * 10` cycles (no byte coming).
    tx_quiet_for: u64,
    /// Clock cycles simulated.
    pub cycles: u64,
}

impl LinkEmulator {
    /// A board with `divisor` core clock cycles per UART bit (see [`LinkTop::new`]) and a
    /// core of `inputs` x `neurons`.
    pub fn new(divisor: u64, inputs: usize, neurons: usize) -> Result<Self, String> {
        let mut top = LinkTop::new(divisor, inputs, neurons)?;
        top.clock.connect();
        top.uart_rx.connect();
        top.ctrl_ready.connect();
        top.ctrl_rdata.connect();
        top.ctrl_rvalid.connect();
        top.busy.connect();
        top.done.connect();
        top.out_spike.connect();
        top.out_spike_valid.connect();
        top.connect_all();
        let mut emu = LinkEmulator {
            top,
            core: CoreModel::new(inputs, neurons)?,
            divisor,
            line: UartLine::new(divisor as u32),
            tx_quiet_for: 0,
            cycles: 0,
        };
        // Idle line for a few bit times so the receiver starts in its idle state.
        for _ in 0..4 * divisor {
            emu.cycle()?;
        }
        Ok(emu)
    }

    /// Queue bytes from the host.
    pub fn send(&mut self, bytes: &[u8]) {
        self.line.send(bytes);
    }

    /// Nothing queued or on the wire towards the board.
    pub fn idle(&self) -> bool {
        self.line.send_idle()
    }

    /// One clock cycle; returns the bytes the board finished sending on `uart_tx`.
    pub fn cycle(&mut self) -> Result<Vec<u8>, String> {
        let o = self.core.outputs();
        let t = &mut self.top;
        t.uart_rx.next = self.line.rx_pin();
        t.ctrl_ready.next = o.ctrl_ready;
        t.ctrl_rvalid.next = o.ctrl_rvalid;
        t.ctrl_rdata.next = (o.ctrl_rdata as u64).to_bits();
        t.busy.next = o.busy;
        t.done.next = o.done;
        t.out_spike.next = (o.out_spike as u64).to_bits();
        t.out_spike_valid.next = o.out_spike_valid;
        if !simulate(t, 200) {
            return Err(format!(
                "the circuit did not settle in cycle {}",
                self.cycles
            ));
        }
        let strobes = CoreInputs {
            ctrl_addr: t.ctrl_addr.val().to_u64() as u32,
            ctrl_wdata: t.ctrl_wdata.val().to_u64() as u16,
            ctrl_write: t.ctrl_write.val(),
            ctrl_read: t.ctrl_read.val(),
            in_spike: t.in_spike.val().to_u64() as u16,
            in_spike_write: t.in_spike_write.val(),
            step_start: t.step_start.val(),
            out_spike_read: t.out_spike_read.val(),
            core_reset: t.core_reset.val(),
        };
        self.core.edge(&strobes)?;
        for level in [true, false] {
            t.clock.next = Clock::from(level);
            if !simulate(t, 200) {
                return Err(format!(
                    "the circuit did not settle in cycle {}",
                    self.cycles
                ));
            }
        }
        let tx = t.uart_tx.val();
        self.line.tick(tx);
        self.tx_quiet_for = if tx { self.tx_quiet_for + 1 } else { 0 };
        self.cycles += 1;
        Ok(self.line.take_received())
    }

    /// Serve a byte stream until `stop` is set: bytes read from `port` go to the board's
    /// UART, bytes the board sends are written back. `port` should have a short read
    /// timeout: it is read whenever the board is idle, and every `poll_cycles` simulated
    /// cycles while it is busy.
    pub fn serve<P: Read + Write>(
        &mut self,
        port: &mut P,
        stop: &AtomicBool,
        poll_cycles: u64,
    ) -> Result<(), String> {
        if poll_cycles == 0 {
            return Err("poll_cycles must be at least 1".into());
        }
        let mut buf = [0u8; 4096];
        let mut out = Vec::new();
        // Cycles in a row with the board and both line directions idle; after two byte
        // times of that, nothing is in flight inside the UART receiver either.
        let mut quiet_for = 0u64;
        while !stop.load(Ordering::Relaxed) {
            if self.idle() && self.tx_quiet_for > 10 * self.divisor && self.top.idle.val() {
                quiet_for += 1;
            } else {
                quiet_for = 0;
            }
            let quiet = quiet_for > 20 * self.divisor;
            if quiet || self.cycles.is_multiple_of(poll_cycles) {
                match port.read(&mut buf) {
                    Ok(0) => return Err("the stream closed".into()),
                    Ok(n) => self.send(&buf[..n]),
                    Err(e)
                        if matches!(
                            e.kind(),
                            ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted
                        ) => {}
                    Err(e) => return Err(format!("reading the stream: {e}")),
                }
                if quiet && self.idle() {
                    continue;
                }
            }
            out.extend(self.cycle()?);
            if out.last() == Some(&0) || out.len() >= 256 {
                port.write_all(&out)
                    .and_then(|_| port.flush())
                    .map_err(|e| format!("writing the stream: {e}"))?;
                out.clear();
            }
        }
        Ok(())
    }
}
