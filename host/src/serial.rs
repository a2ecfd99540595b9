//! The serial backend: a [`Board`] reached over a serial port (a real board, the board
//! emulator's pseudo-terminal, or the [`crate::board_model`] behind a pty) speaking
//! NeuroLink v3 ([`neurosim::protocol`]).
//!
//! Reliability: every command waits for its response up to a timeout (the configured base
//! plus twice the line time of the request and the largest response); on a timeout, a
//! CRC/framing NACK or a corrupt response it resends the same frame with the same
//! sequence number (the board replays its stored response instead of executing twice).
//! Each timeout doubles the wait (up to 8x) and counts against `retries`; immediate
//! resends (NACKs, corrupt responses) have a budget of `4 * retries + 4`. Responses with another sequence number are stale duplicates and are
//! dropped. A network smaller than the board's core is padded with neurons that never spike
//! and input channels that are never driven.

use std::io::{ErrorKind, Read, Write};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use neurosim::protocol::{
    self, address, encode_frame, region, Command, Decoder, Info, NackCode, Response, Status,
};
use neurosim::{Network, NeuronParams, NeuronState, Reset, StdpParams};

use crate::board::Board;
use crate::board_model::{pack_params_word2, pack_reg0, pack_stdp_regs};

/// The iCEBreaker's FTDI UART rate, the default.
pub const DEFAULT_BAUD: u32 = 3_000_000;

/// How to talk to the port.
#[derive(Clone, Copy, Debug)]
pub struct SerialConfig {
    /// Line rate in baud (8N1: 10 bits per byte).
    pub baud: u32,
    /// Base response timeout; the line time of the exchange is added.
    pub timeout: Duration,
    /// Resends of one command before giving up.
    pub retries: u32,
}

impl Default for SerialConfig {
    fn default() -> Self {
        SerialConfig {
            baud: DEFAULT_BAUD,
            timeout: Duration::from_millis(500),
            retries: 8,
        }
    }
}

/// What the host saw on the link (the board keeps its own counters, see [`Serial::status`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    /// Commands sent (first attempts).
    pub commands: u64,
    /// Resends.
    pub resends: u64,
    /// Waits that timed out.
    pub timeouts: u64,
    /// Response frames dropped for a CRC or framing error.
    pub bad_frames: u64,
    /// CRC/framing NACKs received (the board dropped a frame).
    pub board_drops: u64,
    /// Valid responses with an unexpected sequence number (stale duplicates), dropped.
    pub stale: u64,
}

/// The loaded network's shape on the board.
#[derive(Clone, Copy, Debug)]
struct Shape {
    inputs: usize,
    neurons: usize,
}

/// A NeuroCore board behind a serial port.
pub struct Serial {
    port: Box<dyn serialport::SerialPort>,
    path: String,
    cfg: SerialConfig,
    decoder: Decoder,
    /// Sequence number of the last command sent.
    seq: u8,
    info: Info,
    shape: Option<Shape>,
    stats: LinkStats,
    buf: Vec<u8>,
    /// Current payload limit: halved on every resend (down to [`MIN_PAYLOAD`]), doubled
    /// after [`GROW_AFTER`] clean exchanges in a row, so a noisy line gets shorter frames.
    limit: usize,
    clean: u32,
}

/// How a wait for a response ended.
enum Wait {
    /// The response (ACK or NACK) to the command.
    Got(Response),
    /// Nothing in time.
    TimedOut,
    /// A corrupt frame or a dropped-frame NACK: resend now.
    Resend,
}

/// Smallest payload limit the host backs off to.
const MIN_PAYLOAD: usize = 64;
/// Clean exchanges before the payload limit doubles again.
const GROW_AFTER: u32 = 16;

/// How long one read call may block; the response deadline is checked between reads.
const READ_SLICE: Duration = Duration::from_millis(20);

/// A clear message for a port that cannot be opened.
fn open_error(path: &str, e: serialport::Error) -> anyhow::Error {
    use serialport::ErrorKind as K;
    match e.kind() {
        K::Io(ErrorKind::NotFound) => anyhow!("serial port {path} does not exist ({e})"),
        K::NoDevice => anyhow!("serial port {path} is busy: another program has it open ({e})"),
        K::Io(ErrorKind::PermissionDenied) => {
            anyhow!(
                "no permission to open serial port {path} (are you in the dialout group?) ({e})"
            )
        }
        _ => anyhow!("cannot open serial port {path}: {e}"),
    }
}

/// The serial ports of this machine, one description per port (`path  kind`).
pub fn list_ports() -> Result<Vec<String>> {
    // serialport scans /sys/class/tty on Linux and panics if it is missing.
    #[cfg(target_os = "linux")]
    if !std::path::Path::new("/sys/class/tty").is_dir() {
        bail!("cannot list serial ports: /sys/class/tty does not exist");
    }
    let ports = serialport::available_ports().context("cannot list serial ports")?;
    Ok(ports
        .into_iter()
        .map(|p| {
            let kind = match p.port_type {
                serialport::SerialPortType::UsbPort(u) => format!(
                    "USB {:04x}:{:04x} {} {}",
                    u.vid,
                    u.pid,
                    u.manufacturer.unwrap_or_default(),
                    u.product.unwrap_or_default()
                ),
                serialport::SerialPortType::PciPort => "PCI".into(),
                serialport::SerialPortType::BluetoothPort => "Bluetooth".into(),
                serialport::SerialPortType::Unknown => "unknown".into(),
            };
            format!("{}  {}", p.port_name, kind.trim_end())
        })
        .collect())
}

impl Serial {
    /// Open the port, flush the board's receiver and ask it who it is (INFO).
    pub fn open(path: &str, cfg: SerialConfig) -> Result<Self> {
        if cfg.baud == 0 {
            bail!("baud rate must be positive");
        }
        let port = serialport::new(path, cfg.baud)
            .timeout(READ_SLICE)
            .open()
            .map_err(|e| open_error(path, e))?;
        let mut s = Serial {
            port,
            path: path.to_string(),
            cfg,
            decoder: Decoder::new(),
            seq: 0,
            info: Info {
                version: 0,
                max_payload: 0,
                cores: 0,
                inputs: 0,
                neurons: 0,
                last_seq: 0,
            },
            shape: None,
            stats: LinkStats::default(),
            buf: vec![0; 4096],
            limit: MIN_PAYLOAD,
            clean: 0,
        };
        // A lone delimiter ends any partial frame the board holds.
        s.port
            .write_all(&[0])
            .map_err(|e| s.io_error("writing to", e))?;
        let info = match s.transact(&Command::Info)? {
            Response::Info(i) => i,
            other => bail!("{}: unexpected answer to INFO: {other:?}", s.path),
        };
        if info.version != protocol::VERSION {
            bail!(
                "{}: board speaks NeuroLink v{}, this host v{}",
                s.path,
                info.version,
                protocol::VERSION
            );
        }
        if (info.max_payload as usize) < 64 || info.inputs == 0 || info.neurons == 0 {
            bail!(
                "{}: board reports an unusable configuration {info:?}",
                s.path
            );
        }
        s.seq = info.last_seq;
        s.info = info;
        s.limit = s.max_payload();
        Ok(s)
    }

    /// The board's INFO (protocol version, sizes).
    pub fn info(&self) -> Info {
        self.info
    }

    /// The host's view of the link so far.
    pub fn link_stats(&self) -> LinkStats {
        self.stats
    }

    /// The board's counters (link and core).
    pub fn status(&mut self) -> Result<Status> {
        match self.transact(&Command::Status)? {
            Response::Status(s) => Ok(s),
            other => bail!("{}: unexpected answer to STATUS: {other:?}", self.path),
        }
    }

    fn io_error(&self, what: &str, e: std::io::Error) -> anyhow::Error {
        anyhow!(
            "serial port {}: error {what} the port ({e}); did the board disappear?",
            self.path
        )
    }

    fn max_payload(&self) -> usize {
        (self.info.max_payload as usize).min(protocol::MAX_PAYLOAD)
    }

    /// The payload limit for the next frame (adapts to the line's error rate).
    fn limit(&self) -> usize {
        self.limit
            .clamp(MIN_PAYLOAD, self.max_payload().max(MIN_PAYLOAD))
    }

    /// Send a command and return its (non-NACK) response, resending as needed.
    fn transact(&mut self, c: &Command) -> Result<Response> {
        loop {
            // Without `resplit` an exchange only ends with a response or an error.
            if let Some(r) = self.exchange(c, false)? {
                return Ok(r);
            }
        }
    }

    /// One command exchange with resends. With `resplit` (for idempotent commands whose
    /// payload the caller can split), gives up (`None`) after two failed attempts if the
    /// payload is over the now smaller limit, so the caller sends shorter frames instead.
    fn exchange(&mut self, c: &Command, resplit: bool) -> Result<Option<Response>> {
        let payload = c.encode_payload()?;
        if c.code() != protocol::cmd::INFO {
            self.seq = self.seq.wrapping_add(1);
        }
        let seq = self.seq;
        let mut frame = Vec::with_capacity(payload.len() + 16);
        encode_frame(seq, c.code(), &payload, &mut frame)?;
        // Line time of the request and of the largest possible response, twice over.
        let bytes = (frame.len() + protocol::MAX_ENCODED + 1) as u64;
        let wait = self.cfg.timeout
            + Duration::from_micros(2 * bytes * 10 * 1_000_000 / self.cfg.baud as u64);
        self.stats.commands += 1;
        // Timeouts double the wait (a slow board, e.g. an emulator, gets time to answer)
        // and count against `retries`. Resends on a dropped-frame NACK or a corrupt
        // response do not wait, so they have their own, larger budget: a NACK may be a
        // stale one for an earlier retry that arrived while the board was busy.
        let max_wait = wait * 8;
        let (mut wait, mut timeouts, mut drops, mut attempt) = (wait, 0u32, 0u32, 0u32);
        loop {
            if attempt > 0 {
                self.stats.resends += 1;
                self.limit = (self.limit / 2).max(MIN_PAYLOAD);
                self.clean = 0;
                if resplit && attempt >= 2 && payload.len() > self.limit() {
                    return Ok(None);
                }
            }
            attempt += 1;
            self.port
                .write_all(&frame)
                .and_then(|_| self.port.flush())
                .map_err(|e| self.io_error("writing to", e))?;
            match self.await_response(seq, c.code(), wait)? {
                Wait::Got(Response::Nack {
                    code: NackCode::Busy,
                    ..
                }) => {
                    drops += 1;
                    thread::sleep(Duration::from_millis(1));
                }
                Wait::Got(Response::Nack { code, .. }) => bail!(
                    "{}: the board refused command 0x{:02X}: {code:?}",
                    self.path,
                    c.code()
                ),
                Wait::Got(r) => {
                    if attempt == 1 {
                        self.clean += 1;
                        if self.clean >= GROW_AFTER {
                            self.clean = 0;
                            self.limit = (self.limit * 2).min(self.max_payload());
                        }
                    }
                    return Ok(Some(r));
                }
                Wait::TimedOut => {
                    timeouts += 1;
                    wait = (wait * 2).min(max_wait);
                }
                Wait::Resend => drops += 1,
            }
            if timeouts > self.cfg.retries || drops > 4 * self.cfg.retries + 4 {
                bail!(
                    "{}: no valid answer to command 0x{:02X} after {attempt} attempts ({timeouts} timed out, last wait {wait:?})",
                    self.path,
                    c.code(),
                );
            }
        }
    }

    /// Wait for the response to `seq`.
    fn await_response(&mut self, seq: u8, code: u8, wait: Duration) -> Result<Wait> {
        let deadline = Instant::now() + wait;
        loop {
            if Instant::now() >= deadline {
                self.stats.timeouts += 1;
                return Ok(Wait::TimedOut);
            }
            let n = match self.port.read(&mut self.buf) {
                Ok(0) => bail!(
                    "serial port {}: the port closed; did the board disappear?",
                    self.path
                ),
                Ok(n) => n,
                Err(e)
                    if matches!(
                        e.kind(),
                        ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted
                    ) =>
                {
                    continue
                }
                Err(e) => return Err(self.io_error("reading from", e)),
            };
            let mut resend = false;
            let mut found = None;
            for k in 0..n {
                let Some(r) = self.decoder.push(self.buf[k]) else {
                    continue;
                };
                let Ok(f) = r else {
                    // A corrupt frame, maybe our response: resend, the board replays it.
                    self.stats.bad_frames += 1;
                    resend = true;
                    continue;
                };
                if f.cmd == protocol::NACK && f.payload.get(1) == Some(&0xFF) {
                    // The board dropped a frame (ours, or line noise): resend.
                    self.stats.board_drops += 1;
                    resend = true;
                    continue;
                }
                let ours =
                    f.seq == seq && (f.cmd == code | protocol::ACK_FLAG || f.cmd == protocol::NACK);
                if !ours || found.is_some() {
                    self.stats.stale += 1;
                    continue;
                }
                found = Some(Response::decode(f.cmd, &f.payload).with_context(|| {
                    format!("{}: malformed response with a valid CRC", self.path)
                })?);
            }
            if let Some(r) = found {
                return Ok(Wait::Got(r));
            }
            if resend {
                return Ok(Wait::Resend);
            }
        }
    }

    fn shape(&self) -> Result<Shape> {
        self.shape
            .ok_or_else(|| anyhow!("{}: no network loaded on the board", self.path))
    }

    /// Board source index of network source `s`: inputs first, then neurons.
    fn hw_source(&self, sh: Shape, s: usize) -> usize {
        if s < sh.inputs {
            s
        } else {
            self.info.inputs as usize + (s - sh.inputs)
        }
    }

    fn write_words(&mut self, addr: u32, words: &[u16]) -> Result<()> {
        let mut done = 0;
        while done < words.len() {
            let k = (words.len() - done).min((self.limit() - 3) / 2);
            let c = Command::Write {
                addr: addr + done as u32,
                data: words[done..done + k].to_vec(),
            };
            match self.exchange(&c, true)? {
                Some(Response::Write) => done += k,
                // Too noisy for this frame size: resend in shorter pieces.
                None => {}
                Some(other) => bail!("{}: unexpected answer to WRITE: {other:?}", self.path),
            }
        }
        Ok(())
    }

    fn read_words(&mut self, addr: u32, count: usize) -> Result<Vec<u16>> {
        let mut out = Vec::with_capacity(count);
        while out.len() < count {
            let k = (count - out.len()).min(self.limit() / 2);
            let c = Command::Read {
                addr: addr + out.len() as u32,
                count: k as u16,
            };
            match self.exchange(&c, true)? {
                Some(Response::Read(w)) if w.len() == k => out.extend(w),
                // Too noisy for this frame size: read in shorter pieces.
                None => {}
                Some(other) => bail!("{}: unexpected answer to READ: {other:?}", self.path),
            }
        }
        Ok(out)
    }
}

fn params_words(p: &NeuronParams) -> [u16; 3] {
    [p.bias as u16, p.threshold as u16, pack_params_word2(p)]
}

/// A neuron that never spikes without input (padding of a network smaller than the core).
const PAD_PARAMS: NeuronParams = NeuronParams {
    syn_shift: 0,
    mem_shift: 0,
    bias: 0,
    threshold: i16::MAX,
    reset: Reset::Zero,
    refractory: 0,
};

impl Board for Serial {
    fn load(&mut self, net: &Network) -> Result<()> {
        net.validate()
            .map_err(|e| anyhow!("invalid network: {e}"))?;
        let (hw_in, hw_n) = (self.info.inputs as usize, self.info.neurons as usize);
        if net.inputs > hw_in || net.neurons > hw_n {
            bail!(
                "{}: network of {} inputs and {} neurons does not fit the board's core ({hw_in} inputs, {hw_n} neurons)",
                self.path,
                net.inputs,
                net.neurons
            );
        }
        let wpr = protocol::weight_row_words(hw_n);
        let hw_sources = hw_in + hw_n;
        if hw_sources * wpr > 0x1_0000 {
            bail!(
                "{}: the board's weight region is larger than 64K words",
                self.path
            );
        }
        self.shape = None;
        match self.transact(&Command::Reset)? {
            Response::Reset => {}
            other => bail!("{}: unexpected answer to RESET: {other:?}", self.path),
        }
        let sh = Shape {
            inputs: net.inputs,
            neurons: net.neurons,
        };
        // Registers 0..=3: weight shift, learning.
        let stdp = net.stdp.as_ref();
        let sp = stdp.map_or(StdpParams::default(), |s| s.params);
        let r = pack_stdp_regs(&sp);
        self.write_words(
            address(0, region::REGS, 0),
            &[
                pack_reg0(stdp.is_some(), net.weight_shift),
                r[0],
                r[1],
                r[2],
            ],
        )?;
        // Plastic flags of every board source.
        let mut flags = vec![0u16; hw_sources.div_ceil(16)];
        if let Some(st) = stdp {
            for (s, _) in st.plastic.iter().enumerate().filter(|(_, p)| **p) {
                let h = self.hw_source(sh, s);
                flags[h / 16] |= 1 << (h % 16);
            }
        }
        self.write_words(address(0, region::PLASTIC, 0), &flags)?;
        // Parameters of every board neuron.
        let mut words = Vec::with_capacity(hw_n * 4);
        for n in 0..hw_n {
            let p = net.params.get(n).unwrap_or(&PAD_PARAMS);
            words.extend_from_slice(&params_words(p));
            words.push(0);
        }
        self.write_words(address(0, region::PARAMS, 0), &words)?;
        // Every weight of the board (a reset keeps weights).
        let mut w = vec![0u16; hw_sources * wpr];
        for s in 0..net.sources() {
            let h = self.hw_source(sh, s);
            for n in 0..net.neurons {
                let b = net.weight(s, n) as u8 as u16;
                w[h * wpr + n / 2] |= if n % 2 == 0 { b } else { b << 8 };
            }
        }
        self.write_words(address(0, region::WEIGHTS, 0), &w)?;
        self.shape = Some(sh);
        Ok(())
    }

    fn run(&mut self, inputs: &[Vec<u32>], out: &mut Vec<Vec<u32>>) -> Result<()> {
        let sh = self.shape()?;
        let max = self.max_payload();
        let out_step = protocol::max_spike_step_len(self.info.neurons as usize);
        // The board refuses a batch whose response might not fit one frame.
        let max_steps = protocol::max_run_steps(self.info.neurons as usize, max);
        if max_steps == 0 {
            bail!("{}: one step's output may not fit one frame", self.path);
        }
        let mut at = 0;
        while at < inputs.len() {
            // As many steps as fit the current payload limit (at least one step).
            let lim = self.limit();
            let steps_lim = ((lim - 1) / out_step).clamp(1, max_steps);
            let mut len = 1;
            let mut end = at;
            while end < inputs.len() && end - at < steps_lim {
                let b = protocol::spike_step_len(inputs[end].len(), sh.inputs);
                if len + b > max || (len + b > lim && end > at) {
                    break;
                }
                len += b;
                end += 1;
            }
            if end == at {
                bail!("input spikes of step {at} do not fit one frame");
            }
            let c = Command::Run {
                steps: inputs[at..end].to_vec(),
                width: sh.inputs,
            };
            let steps = match self
                .transact(&c)
                .with_context(|| format!("running steps {at}..{end}"))?
            {
                Response::Run(s) if s.len() == end - at => s,
                other => bail!("{}: unexpected answer to RUN: {other:?}", self.path),
            };
            for (k, s) in steps.into_iter().enumerate() {
                if let Some(&n) = s.iter().find(|&&n| n as usize >= sh.neurons) {
                    bail!(
                        "{}: step {}: the board reports a spike of neuron {n}, beyond the network's {} neurons",
                        self.path,
                        at + k,
                        sh.neurons
                    );
                }
                out.push(s);
            }
            at = end;
        }
        Ok(())
    }

    fn set_params(&mut self, neuron: usize, params: NeuronParams) -> Result<()> {
        let sh = self.shape()?;
        if neuron >= sh.neurons {
            bail!("neuron {neuron} out of range 0..{}", sh.neurons);
        }
        params
            .validate()
            .map_err(|e| anyhow!("neuron {neuron}: {e}"))?;
        self.write_words(
            address(0, region::PARAMS, neuron as u32 * 4),
            &params_words(&params),
        )
    }

    fn read_state(&mut self) -> Result<Vec<NeuronState>> {
        let sh = self.shape()?;
        let w = self.read_words(address(0, region::STATE, 0), sh.neurons * 4)?;
        Ok(w.chunks(4)
            .map(|c| NeuronState {
                i: c[0] as i16,
                v: c[1] as i16,
                refr: (c[2] & 0xF) as u8,
            })
            .collect())
    }

    fn read_weights(&mut self) -> Result<Vec<i8>> {
        let sh = self.shape()?;
        let wpr = protocol::weight_row_words(self.info.neurons as usize);
        let mut out = Vec::with_capacity((sh.inputs + sh.neurons) * sh.neurons);
        for s in 0..sh.inputs + sh.neurons {
            let h = self.hw_source(sh, s);
            let row = self.read_words(
                address(0, region::WEIGHTS, (h * wpr) as u32),
                sh.neurons.div_ceil(2),
            )?;
            for n in 0..sh.neurons {
                let w = row[n / 2];
                out.push(if n % 2 == 0 {
                    w as u8 as i8
                } else {
                    (w >> 8) as u8 as i8
                });
            }
        }
        Ok(out)
    }

    fn name(&self) -> String {
        self.path.clone()
    }
}
