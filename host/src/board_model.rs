//! The board model: a software NeuroCore board that speaks NeuroLink v3
//! ([`neurosim::protocol`]) over any byte stream, built on the golden model
//! ([`neurosim::Core`]). It is the reference for the hardware command engine (same
//! responses, same link counters) and lets the serial backend be tested without a board.
//!
//! Control-port behaviour modelled (one core, `inputs` channels, `neurons` neurons):
//! - addresses with core != 0 or region > 7 are refused (BAD_ADDRESS); inside a region,
//!   words beyond what the core has read 0 and ignore writes, as in hardware;
//! - parameter word 2 keeps bits 12..0 (reserved bits read 0); a threshold below 1 is
//!   refused (BAD_VALUE): the golden model cannot hold it;
//! - registers 8..=14 are read-only counters; cycles of the last step (10/11) and the
//!   queue/route counters (12..=14) read 0: the model has no cycles and no queues.
//!
//! Model limitations (refused with UNSUPPORTED): writing neuron state, traces or the
//! routing table; writing registers 0..=3 or plastic flags once a step has run since the
//! last RESET (the model applies them by rebuilding its `Core`, which would lose state).

use std::io::{ErrorKind, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{bail, Context, Result};
use neurosim::protocol::{
    self, cmd, encode_frame, region, Command, Decoder, FrameError, Info, NackCode, Response, Status,
};
use neurosim::{Core, Network, NeuronParams, Reset, Stdp, StdpParams};

/// A board answering NeuroLink v3 frames byte by byte.
pub struct BoardModel {
    core: Core,
    /// Registers 0..=3 as last written.
    regs: [u16; 4],
    /// Plastic flag per source, as last written.
    plastic: Vec<bool>,
    /// Registers or plastic flags changed: rebuild `core` before the next step.
    dirty: bool,
    decoder: Decoder,
    /// Sequence number and wire bytes of the last executed command's response.
    last: Option<(u8, Vec<u8>)>,
    last_seq: u8,
    status: Status,
}

/// Parameters of a neuron nobody configured: it never spikes without input.
fn idle_params() -> NeuronParams {
    NeuronParams {
        syn_shift: 0,
        mem_shift: 0,
        bias: 0,
        threshold: i16::MAX,
        reset: Reset::Zero,
        refractory: 0,
    }
}

/// Parameter word 2: `{reset[12], refractory[11:8], mem_shift[7:4], syn_shift[3:0]}`.
pub fn pack_params_word2(p: &NeuronParams) -> u16 {
    ((matches!(p.reset, Reset::Subtract) as u16) << 12)
        | ((p.refractory as u16) << 8)
        | ((p.mem_shift as u16) << 4)
        | p.syn_shift as u16
}

/// Register 0: `{stdp_enable[8], weight_shift[2:0]}`.
pub fn pack_reg0(stdp_enable: bool, weight_shift: u8) -> u16 {
    ((stdp_enable as u16) << 8) | (weight_shift as u16 & 7)
}

/// Registers 1..=3 from STDP parameters.
pub fn pack_stdp_regs(p: &StdpParams) -> [u16; 3] {
    [
        ((p.minus_shift as u16 & 7) << 12)
            | ((p.plus_shift as u16 & 7) << 8)
            | ((p.post_decay_shift as u16 & 7) << 4)
            | (p.pre_decay_shift as u16 & 7),
        ((p.post_increment as u16) << 8) | p.pre_increment as u16,
        ((p.w_max as u8 as u16) << 8) | p.w_min as u8 as u16,
    ]
}

fn unpack_stdp_regs(r: &[u16; 4]) -> StdpParams {
    StdpParams {
        pre_decay_shift: (r[1] & 7) as u8,
        post_decay_shift: ((r[1] >> 4) & 7) as u8,
        plus_shift: ((r[1] >> 8) & 7) as u8,
        minus_shift: ((r[1] >> 12) & 7) as u8,
        pre_increment: r[2] as u8,
        post_increment: (r[2] >> 8) as u8,
        w_min: r[3] as u8 as i8,
        w_max: (r[3] >> 8) as u8 as i8,
    }
}

impl BoardModel {
    /// A board with one core of `inputs` channels and `neurons` neurons (each 1..=4096),
    /// as after power-up: idle parameters, zero weights, learning off, `last_seq` 0.
    pub fn new(inputs: usize, neurons: usize) -> Result<Self> {
        let net = Network::new(inputs, neurons, 0, idle_params());
        let sources = net.sources();
        let core = Core::new(net).map_err(|e| anyhow::anyhow!("board model: {e}"))?;
        let d = StdpParams::default();
        let s = pack_stdp_regs(&d);
        Ok(BoardModel {
            core,
            regs: [0, s[0], s[1], s[2]],
            plastic: vec![false; sources],
            dirty: false,
            decoder: Decoder::new(),
            last: None,
            last_seq: 0,
            status: Status::default(),
        })
    }

    /// What INFO reports.
    pub fn info(&self) -> Info {
        let net = self.core.network();
        Info {
            version: protocol::VERSION,
            max_payload: protocol::MAX_PAYLOAD as u16,
            cores: 1,
            inputs: net.inputs as u16,
            neurons: net.neurons as u16,
            last_seq: self.last_seq,
        }
    }

    /// The counters STATUS reports.
    pub fn status(&self) -> Status {
        Status {
            steps_run: self.core.steps() as u32,
            ..self.status
        }
    }

    /// The core as it is now (for tests).
    pub fn core(&self) -> &Core {
        &self.core
    }

    /// Feed one received byte; the wire bytes of any response are appended to `out`.
    pub fn feed(&mut self, byte: u8, out: &mut Vec<u8>) {
        let Some(r) = self.decoder.push(byte) else {
            return;
        };
        let frame = match r {
            Ok(f) => f,
            Err(e) => {
                match e {
                    FrameError::Crc { .. } => self.status.crc_errors += 1,
                    FrameError::Framing { .. } => self.status.framing_errors += 1,
                }
                let code = match e {
                    FrameError::Crc { .. } => NackCode::Crc,
                    FrameError::Framing { .. } => NackCode::Framing,
                };
                self.status.nacks_sent += 1;
                self.send(e.seq(), &Response::Nack { code, cmd: 0xFF }, out);
                return;
            }
        };
        self.status.frames_ok = self.status.frames_ok.wrapping_add(1);
        if frame.cmd != cmd::INFO {
            if let Some((seq, wire)) = &self.last {
                if *seq == frame.seq {
                    self.status.duplicates = self.status.duplicates.wrapping_add(1);
                    out.extend_from_slice(wire);
                    return;
                }
            }
        }
        let resp = match Command::decode(frame.cmd, &frame.payload) {
            Ok(c) => self.execute(c),
            Err(_) if frame.cmd > cmd::STATUS => Err(NackCode::UnknownCommand),
            Err(_) => Err(NackCode::BadPayload),
        };
        let resp = resp.unwrap_or_else(|code| {
            self.status.nacks_sent = self.status.nacks_sent.wrapping_add(1);
            Response::Nack {
                code,
                cmd: frame.cmd,
            }
        });
        let start = out.len();
        self.send(frame.seq, &resp, out);
        if frame.cmd != cmd::INFO {
            self.last_seq = frame.seq;
            self.last = Some((frame.seq, out[start..].to_vec()));
        }
    }

    fn send(&self, seq: u8, r: &Response, out: &mut Vec<u8>) {
        // Every response the model builds fits (RUN batches are checked before running).
        let payload = r
            .encode_payload(self.core.network().neurons)
            .unwrap_or_default();
        // A payload within MAX_PAYLOAD always encodes.
        let _ = encode_frame(seq, r.code(), &payload, out);
    }

    fn execute(&mut self, c: Command) -> Result<Response, NackCode> {
        match c {
            Command::Info => Ok(Response::Info(self.info())),
            Command::Reset => {
                self.core.reset_state();
                Ok(Response::Reset)
            }
            Command::Status => Ok(Response::Status(self.status())),
            Command::Write { addr, data } => {
                let (reg, base) = self.split(addr)?;
                // Check every word before writing any.
                for (k, &w) in data.iter().enumerate() {
                    self.check_write(reg, base + k as u32, w)?;
                }
                for (k, &w) in data.iter().enumerate() {
                    self.write(reg, base + k as u32, w);
                }
                Ok(Response::Write)
            }
            Command::Read { addr, count } => {
                let (reg, base) = self.split(addr)?;
                Ok(Response::Read(
                    (0..count as u32)
                        .map(|k| self.read(reg, base + k))
                        .collect(),
                ))
            }
            Command::Run { steps, .. } => self.run(&steps),
        }
    }

    fn split(&self, addr: u32) -> Result<(u32, u32), NackCode> {
        let (core, reg) = (addr >> 20, (addr >> 16) & 0xF);
        if core != 0 || reg > region::ROUTING {
            return Err(NackCode::BadAddress);
        }
        Ok((reg, addr & 0xFFFF))
    }

    fn words_per_row(&self) -> u32 {
        neurosim::protocol::weight_row_words(self.core.network().neurons) as u32
    }

    fn check_write(&self, reg: u32, index: u32, w: u16) -> Result<(), NackCode> {
        match reg {
            region::PARAMS => {
                let n = (index / 4) as usize;
                if n < self.core.network().neurons && index % 4 == 1 && (w as i16) < 1 {
                    return Err(NackCode::BadValue);
                }
                Ok(())
            }
            region::WEIGHTS => Ok(()),
            // The model cannot write state or traces and has no routing table.
            region::STATE | region::PRE_TRACES | region::POST_TRACES | region::ROUTING => {
                Err(NackCode::Unsupported)
            }
            region::PLASTIC => self.check_config_write(),
            _ if index < 4 => self.check_config_write(),
            _ => Ok(()),
        }
    }

    fn check_config_write(&self) -> Result<(), NackCode> {
        if self.core.steps() > 0 {
            // The model changes learning settings only right after RESET.
            return Err(NackCode::Unsupported);
        }
        Ok(())
    }

    fn write(&mut self, reg: u32, index: u32, w: u16) {
        let (inputs, neurons) = (self.core.network().inputs, self.core.network().neurons);
        match reg {
            region::PARAMS => {
                let n = (index / 4) as usize;
                if n >= neurons {
                    return;
                }
                let mut p = self.core.network().params[n];
                match index % 4 {
                    0 => p.bias = w as i16,
                    1 => p.threshold = w as i16,
                    2 => {
                        p.syn_shift = (w & 0xF) as u8;
                        p.mem_shift = ((w >> 4) & 0xF) as u8;
                        p.refractory = ((w >> 8) & 0xF) as u8;
                        p.reset = if w & 0x1000 != 0 {
                            Reset::Subtract
                        } else {
                            Reset::Zero
                        };
                    }
                    _ => return,
                }
                // Every field is in range (checked in check_write / by the masks).
                let _ = self.core.set_params(n, p);
            }
            region::WEIGHTS => {
                let wpr = self.words_per_row();
                let (s, m) = ((index / wpr) as usize, (index % wpr) as usize);
                // Rows are padded to a power of two words: padding words hold no weight.
                if s >= inputs + neurons || 2 * m >= neurons {
                    return;
                }
                let _ = self.core.set_weight(s, 2 * m, w as u8 as i8);
                if 2 * m + 1 < neurons {
                    let _ = self.core.set_weight(s, 2 * m + 1, (w >> 8) as u8 as i8);
                }
            }
            region::PLASTIC => {
                for b in 0..16 {
                    let s = index as usize * 16 + b;
                    if s < self.plastic.len() {
                        self.plastic[s] = w & (1 << b) != 0;
                        self.dirty = true;
                    }
                }
            }
            region::REGS if index < 4 => {
                self.regs[index as usize] = w;
                self.dirty = true;
            }
            _ => {}
        }
    }

    fn read(&self, reg: u32, index: u32) -> u16 {
        let net = self.core.network();
        let n = (index / 4) as usize;
        match reg {
            region::PARAMS if n < net.neurons => {
                let p = &net.params[n];
                match index % 4 {
                    0 => p.bias as u16,
                    1 => p.threshold as u16,
                    2 => pack_params_word2(p),
                    _ => 0,
                }
            }
            region::STATE if n < net.neurons => {
                let s = self.core.state()[n];
                match index % 4 {
                    0 => s.i as u16,
                    1 => s.v as u16,
                    2 => s.refr as u16,
                    _ => 0,
                }
            }
            region::WEIGHTS => {
                let wpr = self.words_per_row();
                let (s, m) = ((index / wpr) as usize, (index % wpr) as usize);
                if s >= net.sources() || 2 * m >= net.neurons {
                    return 0;
                }
                let lo = net.weight(s, 2 * m) as u8 as u16;
                let hi = if 2 * m + 1 < net.neurons {
                    net.weight(s, 2 * m + 1) as u8 as u16
                } else {
                    0
                };
                (hi << 8) | lo
            }
            region::PRE_TRACES => self
                .core
                .pre_traces()
                .get(index as usize)
                .map_or(0, |&x| x as u16),
            region::POST_TRACES => self
                .core
                .post_traces()
                .get(index as usize)
                .map_or(0, |&x| x as u16),
            region::PLASTIC => (0..16)
                .filter(|b| {
                    self.plastic
                        .get(index as usize * 16 + b)
                        .copied()
                        .unwrap_or(false)
                })
                .fold(0, |acc, b| acc | (1 << b)),
            region::REGS => match index {
                0..=3 => self.regs[index as usize],
                8 => self.core.steps() as u16,
                9 => (self.core.steps() >> 16) as u16,
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Apply changed registers and plastic flags by rebuilding the core (state is zero:
    /// they can only change right after RESET).
    fn rebuild(&mut self) -> Result<(), NackCode> {
        if !self.dirty {
            return Ok(());
        }
        let mut net = self.core.network().clone();
        net.weight_shift = (self.regs[0] & 7) as u8;
        net.stdp = (self.regs[0] & 0x100 != 0).then(|| Stdp {
            params: unpack_stdp_regs(&self.regs),
            plastic: self.plastic.clone(),
        });
        self.core = Core::new(net).map_err(|_| NackCode::BadValue)?;
        self.dirty = false;
        Ok(())
    }

    fn run(&mut self, steps: &[Vec<u32>]) -> Result<Response, NackCode> {
        let (inputs, neurons) = (self.core.network().inputs, self.core.network().neurons);
        if steps.len() > protocol::max_run_steps(neurons, protocol::MAX_PAYLOAD) {
            // The outputs of this many steps may not fit one response.
            return Err(NackCode::BadPayload);
        }
        if steps.iter().flatten().any(|&c| c as usize >= inputs) {
            return Err(NackCode::BadValue);
        }
        self.rebuild()?;
        let mut out = Vec::with_capacity(steps.len());
        for s in steps {
            // Channels are in range and strictly ascending (checked above and by the decoder).
            match self.core.step(s) {
                Ok(spikes) => out.push(spikes.to_vec()),
                Err(_) => return Err(NackCode::BadValue),
            }
        }
        Ok(Response::Run(out))
    }

    /// Serve a byte stream until `stop` is set (checked whenever a read times out) or the
    /// stream fails. `port` should have a short read timeout.
    pub fn serve<P: Read + Write>(&mut self, port: &mut P, stop: &AtomicBool) -> Result<()> {
        let mut buf = [0u8; 4096];
        let mut out = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let n = match port.read(&mut buf) {
                Ok(0) => bail!("board model: the stream closed"),
                Ok(n) => n,
                Err(e) if matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock) => {
                    continue
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e).context("board model: reading the stream"),
            };
            out.clear();
            for &b in &buf[..n] {
                self.feed(b, &mut out);
            }
            if !out.is_empty() {
                port.write_all(&out)
                    .context("board model: writing the stream")?;
                port.flush().context("board model: flushing the stream")?;
            }
        }
        Ok(())
    }
}
