//! # NeuroLink v3: the wire protocol between the host and a NeuroCore board
//!
//! Both directions use the same framing over a byte stream (a UART, 8N1).
//!
//! ## Frame
//! ```text
//! body  = [seq u8] [cmd u8] [payload: 0..=MAX_PAYLOAD bytes] [crc_hi u8] [crc_lo u8]
//! wire  = COBS(body) 0x00
//! ```
//! - `crc` is CRC-16/GENIBUS (polynomial 0x1021, initial value 0xFFFF, no bit reflection,
//!   final XOR 0xFFFF; `crc16(b"123456789") == 0xD64E`) over `seq`, `cmd` and `payload`, sent
//!   **most significant byte first**. Then the CRC register run over the whole body (CRC
//!   bytes included, before the final XOR) of an intact frame ends at [`CRC_RESIDUE`]
//!   (0x1D0F): a hardware decoder needs no look-ahead. It is CRC-16/CCITT-FALSE plus the
//!   final XOR, which matters: without it a residue of 0 stays 0 when 0x00 bytes are
//!   appended, so a frame whose delimiter was corrupted into a COBS code byte would pass.
//! - COBS (consistent overhead byte stuffing) removes every 0x00 from the body; 0x00 is the
//!   frame delimiter and appears nowhere else. A receiver resynchronises on the next 0x00.
//! - All multi-byte payload fields are little-endian.
//!
//! ## Receiving (what every decoder, software or hardware, does)
//! At each 0x00, with `n` encoded bytes received since the previous 0x00:
//! - `n == 0`: nothing (an idle delimiter; senders may send 0x00 to flush a receiver);
//! - `n > MAX_ENCODED`, invalid COBS (a code byte pointing past the delimiter), or a
//!   decoded body shorter than 4 bytes or longer than `MAX_BODY`: a *framing error*;
//! - otherwise a CRC mismatch: a *CRC error*;
//! - otherwise a frame. A frame with an error is dropped and never acted on.
//!
//! ## Exchange
//! The host sends one command frame and waits for its response. The board answers every
//! frame: a response carries the command's `seq`; `cmd | 0x80` acknowledges (ACK) with the
//! result as payload, `0xFF` (NACK) carries `[code u8][cmd u8]` (see [`NackCode`]). A frame
//! dropped for a CRC or framing error is answered by a NACK with `seq` = its first decoded
//! byte (0 if none) and `cmd` 0xFF; the host then resends at once instead of waiting. (A
//! board busy with a command when several frames are dropped may NACK only the last one;
//! all are counted.)
//!
//! **Retries are idempotent.** The board remembers the `seq` of the last command it executed
//! and its response. A command (other than `INFO`) arriving with that same `seq` is not
//! executed again: the stored response is resent and counted as a duplicate. The host
//! therefore resends a command with the *same* `seq` on a timeout or a CRC/framing NACK,
//! and uses a new `seq` (previous + 1, mod 256) for each new command. `INFO` is always
//! executed and changes neither; its response tells the host the last `seq` used, so a
//! freshly started host never collides with it.
//!
//! ## Commands (host → board), `cmd` and payload; ACK payload
//! | cmd | name | request payload | ACK payload |
//! |---|---|---|---|
//! | 0x00 | INFO | none | `[version u8][max_payload u16][cores u8][inputs u16][neurons u16][last_seq u8]` |
//! | 0x01 | RESET | none | none. Strobes `core_reset`: state, traces, queues, core counters cleared; weights, parameters and registers kept |
//! | 0x02 | WRITE | `[addr u24][word u16] × k`, `k >= 1` | none. Writes `k` words to `addr, addr+1, …` of the control port |
//! | 0x03 | READ | `[addr u24][count u16]`, `1 <= count <= MAX_PAYLOAD/2` | `[word u16] × count` |
//! | 0x04 | RUN | `[steps u8 >= 1][spike stream]` (input channels of each step) | `[steps u8][spike stream]` (output neurons of each step) |
//! | 0x05 | STATUS | none | `[u32] × 10`, see [`Status`] |
//!
//! WRITE and READ reach the whole control-port address space (`addr[23:20]` core,
//! `addr[19:16]` region, `addr[15:0]` index), so they write and read neuron parameters,
//! neuron state, weight rows in bulk, traces, plastic flags, the learning and weight-shift
//! registers and the routing table; the range `addr .. addr + k` must stay in one region
//! (index never wraps past 0xFFFF), else BAD_ADDRESS. RUN runs `steps` steps back to back:
//! for each it pushes the step's input channels, strobes `step_start`, waits for `done` and
//! pops the output spikes; one exchange carries a whole batch of steps. Before running
//! anything the board refuses a RUN whose response, with room for a scratch bitmap
//! ([`run_scratch_len`]: the board assembles each step's bitmap there next to its id
//! list), might not fit one frame (`steps > max_run_steps(neurons, MAX_PAYLOAD)`:
//! BAD_PAYLOAD) or that names an input channel the core does not have (BAD_VALUE).
//!
//! Versions: 2 lowered the RUN batch limit from
//! `(MAX_PAYLOAD - 1) / max_spike_block_len(neurons)` to [`max_run_steps`], so the board's
//! response buffer is `MAX_PAYLOAD` bytes. 3 (this one) replaced v2's per-step spike
//! blocks (`[header u16]` then a list or a bitmap) by the spike stream below: no per-step
//! overhead for non-empty sparse steps, one token for a run of empty steps; frames are
//! unchanged, the batch limit leaves room for a power-of-two scratch bitmap (the same 29
//! steps at 256 neurons).
//!
//! ## Spike stream (compact spike traffic)
//! A sequence of 16-bit little-endian tokens that describes exactly `steps` steps, kind in
//! bits 15..14 (see [`token`]):
//! - `00`: an **id** in bits 11..0 (bits 13..12 zero), more ids of the same step follow;
//! - `01`: an id, the **last** one of its step;
//! - `10`: bits 13..0 = `n >= 1` consecutive **empty steps**;
//! - `11`: bits 13..0 = `len` (1..=[`MAX_BITMAP`]): a **bitmap** step, `len` bytes follow;
//!   bit `j` (LSB first) of byte `k` set means id `8k + j` spiked.
//!
//! The ids of a list step are strictly ascending. A sender with a width of `w` ids (the
//! number of input channels or neurons) sends the canonical form: each maximal run of empty
//! steps as one skip token, a non-empty step as a list if `2 * count <= 2 + ceil(w / 8)`
//! (the list is no longer than the bitmap token), else as a bitmap of `ceil(w / 8)` bytes.
//! Receivers accept any well-formed stream (a list or a bitmap for any step, several skip
//! tokens in a row). Malformed, refused with BAD_PAYLOAD as in v2: a token or bitmap cut
//! by the end of the payload, bytes after the last step, a skip of 0 steps or past
//! `steps`, an id token with bit 13 or 12 set, ids not ascending, a list whose last token
//! is not `01` (another kind or the end follows a `00` token), a bitmap length of 0 or over
//! 512. A board refuses an input channel it does not have (an id `>= inputs`, or such a bit
//! set in a bitmap of any length) with BAD_VALUE, as in v2.

use std::fmt;

/// Protocol version reported by INFO.
pub const VERSION: u8 = 3;
/// Largest payload of any frame, in bytes.
pub const MAX_PAYLOAD: usize = 1024;
/// Largest decoded body: seq, cmd, payload, CRC.
pub const MAX_BODY: usize = MAX_PAYLOAD + 4;
/// Largest COBS-encoded body (one code byte per 254 data bytes, plus one), delimiter excluded.
pub const MAX_ENCODED: usize = MAX_BODY + MAX_BODY / 254 + 1;
/// Largest spike id a stream can carry (4096 inputs or neurons per core).
pub const MAX_SPIKE_ID: u32 = 4095;
/// Largest bitmap of a spike stream, in bytes (4096 bits).
pub const MAX_BITMAP: usize = 512;
/// Largest WRITE: the payload holds a 3-byte address and this many words.
pub const MAX_WRITE_WORDS: usize = (MAX_PAYLOAD - 3) / 2;
/// Largest READ count (the response payload holds this many words).
pub const MAX_READ_WORDS: usize = MAX_PAYLOAD / 2;
/// Response `cmd` of a negative acknowledgement.
pub const NACK: u8 = 0xFF;
/// Flag set in the response `cmd` of an acknowledgement.
pub const ACK_FLAG: u8 = 0x80;

/// Command codes.
pub mod cmd {
    /// Board description and last sequence number.
    pub const INFO: u8 = 0x00;
    /// Core reset strobe.
    pub const RESET: u8 = 0x01;
    /// Write control-port words.
    pub const WRITE: u8 = 0x02;
    /// Read control-port words.
    pub const READ: u8 = 0x03;
    /// Run a batch of steps.
    pub const RUN: u8 = 0x04;
    /// Link and core counters.
    pub const STATUS: u8 = 0x05;
}

/// Control-port regions (`addr[19:16]`).
pub mod region {
    /// Neuron parameters, index `n*4+k`.
    pub const PARAMS: u32 = 0x0;
    /// Neuron state, index `n*4+k`.
    pub const STATE: u32 = 0x1;
    /// Weights, index `s*ceil(N/2)+n/2`.
    pub const WEIGHTS: u32 = 0x2;
    /// Pre traces, index `s`.
    pub const PRE_TRACES: u32 = 0x3;
    /// Post traces, index `n`.
    pub const POST_TRACES: u32 = 0x4;
    /// Plastic flags, index `s/16`.
    pub const PLASTIC: u32 = 0x5;
    /// Registers.
    pub const REGS: u32 = 0x6;
    /// Routing table.
    pub const ROUTING: u32 = 0x7;
}

/// Control-port word address of `index` in `region` of `core`.
/// Words per weight row of a core with `neurons` neurons: `ceil(neurons/2)` (two 8-bit
/// weights per 16-bit word) rounded up to a power of two, so the hardware forms a weight
/// address by concatenating source and word index. Weight `w[s][n]` is in word
/// `s * weight_row_words(N) + n/2`, low byte for even `n`.
pub fn weight_row_words(neurons: usize) -> usize {
    neurons.div_ceil(2).next_power_of_two()
}

pub fn address(core: u32, region: u32, index: u32) -> u32 {
    ((core & 0xF) << 20) | ((region & 0xF) << 16) | (index & 0xFFFF)
}

/// CRC register value after a whole intact body (CRC bytes included), before the final XOR.
pub const CRC_RESIDUE: u16 = 0x1D0F;

/// CRC-16/GENIBUS register after one more byte (the register starts at 0xFFFF).
#[inline]
pub fn crc16_update(crc: u16, byte: u8) -> u16 {
    let mut c = crc ^ ((byte as u16) << 8);
    for _ in 0..8 {
        c = if c & 0x8000 != 0 {
            (c << 1) ^ 0x1021
        } else {
            c << 1
        };
    }
    c
}

/// CRC-16/GENIBUS of `data` (register run, then the final XOR 0xFFFF).
pub fn crc16(data: &[u8]) -> u16 {
    data.iter().fold(0xFFFF, |c, &b| crc16_update(c, b)) ^ 0xFFFF
}

/// Append `COBS(data)` (no delimiter) to `out`.
pub fn cobs_encode(data: &[u8], out: &mut Vec<u8>) {
    let mut code_at = out.len();
    out.push(0);
    let mut code = 1u8;
    for &b in data {
        if b != 0 {
            out.push(b);
            code += 1;
        }
        if b == 0 || code == 0xFF {
            out[code_at] = code;
            code_at = out.len();
            out.push(0);
            code = 1;
        }
    }
    out[code_at] = code;
}

/// Decode one COBS block (no delimiter) into `out` (cleared first). `None` if invalid.
pub fn cobs_decode(enc: &[u8], out: &mut Vec<u8>) -> Option<()> {
    out.clear();
    let mut i = 0;
    while i < enc.len() {
        let code = enc[i] as usize;
        if code == 0 || i + code > enc.len() {
            return None;
        }
        out.extend_from_slice(&enc[i + 1..i + code]);
        i += code;
        if code < 0xFF && i < enc.len() {
            out.push(0);
        }
    }
    Some(())
}

/// A frame whose length, COBS and CRC checked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// Sequence number.
    pub seq: u8,
    /// Command or response code.
    pub cmd: u8,
    /// Payload, at most [`MAX_PAYLOAD`] bytes.
    pub payload: Vec<u8>,
}

/// Why a frame was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameError {
    /// Too long, bad COBS, or too short/long once decoded (counted as a framing error).
    /// `seq` is the first decoded byte, if any.
    Framing {
        /// First decoded byte (0 if none).
        seq: u8,
    },
    /// Well-formed but the CRC does not match (counted as a CRC error).
    Crc {
        /// First decoded byte (unreliable: the frame is corrupt).
        seq: u8,
    },
}

impl FrameError {
    /// The (unreliable) sequence byte of the bad frame.
    pub fn seq(self) -> u8 {
        match self {
            FrameError::Framing { seq } | FrameError::Crc { seq } => seq,
        }
    }
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameError::Framing { .. } => f.write_str("framing error (bad COBS or length)"),
            FrameError::Crc { .. } => f.write_str("CRC error"),
        }
    }
}

/// Append the wire form of a frame (COBS body and the 0x00 delimiter) to `out`.
/// Fails if the payload is longer than [`MAX_PAYLOAD`].
pub fn encode_frame(
    seq: u8,
    cmd: u8,
    payload: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), ProtocolError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(ProtocolError(format!(
            "payload of {} bytes exceeds the maximum of {MAX_PAYLOAD}",
            payload.len()
        )));
    }
    let mut body = Vec::with_capacity(payload.len() + 4);
    body.push(seq);
    body.push(cmd);
    body.extend_from_slice(payload);
    let crc = crc16(&body);
    body.extend_from_slice(&crc.to_be_bytes());
    cobs_encode(&body, out);
    out.push(0);
    Ok(())
}

/// Streaming frame decoder: bytes in, frames or errors out, with a bounded buffer
/// ([`MAX_ENCODED`] bytes). Never fails on any input; resynchronises on every 0x00.
#[derive(Clone, Debug, Default)]
pub struct Decoder {
    enc: Vec<u8>,
    overflow: bool,
    body: Vec<u8>,
}

impl Decoder {
    /// An empty decoder.
    pub fn new() -> Self {
        Decoder {
            enc: Vec::with_capacity(MAX_ENCODED),
            overflow: false,
            body: Vec::with_capacity(MAX_ENCODED),
        }
    }

    /// Feed one byte. Returns a result at each non-empty frame delimiter.
    pub fn push(&mut self, byte: u8) -> Option<Result<Frame, FrameError>> {
        if byte != 0 {
            if self.enc.len() < MAX_ENCODED {
                self.enc.push(byte);
            } else {
                self.overflow = true;
            }
            return None;
        }
        if self.enc.is_empty() && !self.overflow {
            return None;
        }
        let r = self.finish();
        self.enc.clear();
        self.overflow = false;
        Some(r)
    }

    fn finish(&mut self) -> Result<Frame, FrameError> {
        let valid = !self.overflow && cobs_decode(&self.enc, &mut self.body).is_some();
        if !valid {
            // Best effort: the first data byte of a frame is its seq.
            let seq = if self.enc.first().copied().unwrap_or(0) > 1 {
                self.enc.get(1).copied().unwrap_or(0)
            } else {
                0
            };
            return Err(FrameError::Framing { seq });
        }
        let b = &self.body;
        let seq = b.first().copied().unwrap_or(0);
        if b.len() < 4 || b.len() > MAX_BODY {
            return Err(FrameError::Framing { seq });
        }
        if b.iter().fold(0xFFFF, |c, &x| crc16_update(c, x)) != CRC_RESIDUE {
            return Err(FrameError::Crc { seq });
        }
        Ok(Frame {
            seq,
            cmd: b[1],
            payload: b[2..b.len() - 2].to_vec(),
        })
    }
}

/// A malformed message (a well-framed frame whose payload makes no sense), or a message
/// that cannot be encoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtocolError(pub String);

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProtocolError {}

fn perr<T>(msg: impl Into<String>) -> Result<T, ProtocolError> {
    Err(ProtocolError(msg.into()))
}

/// Token kinds of a spike stream (bits 15..14 of a token).
pub mod token {
    /// An id, more ids of its step follow.
    pub const ID: u16 = 0b00 << 14;
    /// An id, the last one of its step.
    pub const LAST_ID: u16 = 0b01 << 14;
    /// A run of empty steps.
    pub const SKIP: u16 = 0b10 << 14;
    /// A bitmap step; its bytes follow.
    pub const BITMAP: u16 = 0b11 << 14;
    /// The kind bits.
    pub const KIND: u16 = 0b11 << 14;
    /// The 14-bit field of a skip or bitmap token.
    pub const FIELD: u16 = 0x3FFF;
}

/// Check one step's ids: strictly ascending, each `< width`.
fn check_ids(ids: &[u32], width: usize) -> Result<(), ProtocolError> {
    for (k, &id) in ids.iter().enumerate() {
        if id as usize >= width {
            return perr(format!("spike id {id} out of range 0..{width}"));
        }
        if k > 0 && ids[k - 1] >= id {
            return perr(format!(
                "spike ids must be strictly ascending, got {} then {id}",
                ids[k - 1]
            ));
        }
    }
    Ok(())
}

/// Append the spike stream of `steps` (each strictly ascending, ids `< width`,
/// `width <= 4096`) in the canonical form: a maximal run of empty steps is one skip token,
/// a non-empty step is an id list if `2 * count <= 2 + ceil(width / 8)`, else a bitmap.
pub fn encode_spike_stream(
    steps: &[Vec<u32>],
    width: usize,
    out: &mut Vec<u8>,
) -> Result<(), ProtocolError> {
    if width > MAX_SPIKE_ID as usize + 1 {
        return perr(format!("spike width {width} exceeds 4096"));
    }
    let len = width.div_ceil(8);
    let mut k = 0;
    while k < steps.len() {
        let ids = &steps[k];
        check_ids(ids, width)?;
        if ids.is_empty() {
            let run = steps[k..].iter().take_while(|s| s.is_empty()).count();
            // A run longer than the 14-bit field takes several tokens.
            let n = run.min(token::FIELD as usize);
            out.extend_from_slice(&(token::SKIP | n as u16).to_le_bytes());
            k += n;
            continue;
        }
        if 2 * ids.len() <= 2 + len {
            for (j, &id) in ids.iter().enumerate() {
                let kind = if j + 1 == ids.len() {
                    token::LAST_ID
                } else {
                    token::ID
                };
                out.extend_from_slice(&(kind | id as u16).to_le_bytes());
            }
        } else {
            out.extend_from_slice(&(token::BITMAP | len as u16).to_le_bytes());
            let start = out.len();
            out.resize(start + len, 0);
            for &id in ids {
                out[start + id as usize / 8] |= 1 << (id % 8);
            }
        }
        k += 1;
    }
    Ok(())
}

/// Canonical encoded size in bytes of a step of `count` spikes at `width`: the list
/// (`2 * count`) or the bitmap token (`2 + ceil(width / 8)`), whichever is shorter; 2 for an
/// empty step (an upper bound: a run of empty steps shares one skip token).
pub fn spike_step_len(count: usize, width: usize) -> usize {
    if count == 0 {
        2
    } else {
        (2 * count).min(max_spike_step_len(width))
    }
}

/// Largest encoded step at `width`: a bitmap token (`2 + ceil(width / 8)` bytes).
pub fn max_spike_step_len(width: usize) -> usize {
    2 + width.div_ceil(8)
}

/// Bytes a board keeps free at the top of its response buffer during a RUN: a scratch
/// bitmap of `ceil(neurons / 8)` bytes rounded up to a power of two (so a byte's address
/// is the scratch base ORed with its index).
pub fn run_scratch_len(neurons: usize) -> usize {
    neurons.div_ceil(8).next_power_of_two()
}

/// Most steps one RUN may carry for a core of `neurons` when frames carry at most
/// `max_payload` payload bytes: `1 + steps * max_spike_step_len(neurons)` plus
/// [`run_scratch_len`] fit `max_payload`; at most 255.
pub fn max_run_steps(neurons: usize, max_payload: usize) -> usize {
    (max_payload.saturating_sub(1 + run_scratch_len(neurons)) / max_spike_step_len(neurons))
        .min(255)
}

/// A cursor over a payload.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(b: &'a [u8]) -> Self {
        Reader { b, at: 0 }
    }
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], ProtocolError> {
        if self.b.len() - self.at < n {
            return perr(format!("payload ends inside {what}"));
        }
        let s = &self.b[self.at..self.at + n];
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self, what: &str) -> Result<u8, ProtocolError> {
        Ok(self.take(1, what)?[0])
    }
    fn u16(&mut self, what: &str) -> Result<u16, ProtocolError> {
        let s = self.take(2, what)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u24(&mut self, what: &str) -> Result<u32, ProtocolError> {
        let s = self.take(3, what)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], 0]))
    }
    fn u32(&mut self, what: &str) -> Result<u32, ProtocolError> {
        let s = self.take(4, what)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn rest(&self) -> usize {
        self.b.len() - self.at
    }
    fn end(&self, what: &str) -> Result<(), ProtocolError> {
        if self.rest() != 0 {
            return perr(format!("{} unexpected bytes after {what}", self.rest()));
        }
        Ok(())
    }
}

/// Read a spike stream of exactly `steps` steps (ids strictly ascending within a step,
/// each `<= 4095`; bitmaps of 1..=[`MAX_BITMAP`] bytes) into `out` (cleared first).
fn read_spike_stream(
    r: &mut Reader,
    steps: usize,
    out: &mut Vec<Vec<u32>>,
) -> Result<(), ProtocolError> {
    out.clear();
    let mut cur: Vec<u32> = Vec::new();
    // A list is open: its last id has not come yet.
    let mut open = false;
    while out.len() < steps || open {
        let t = r.u16("a spike token")?;
        let field = t & token::FIELD;
        match t & token::KIND {
            token::ID | token::LAST_ID => {
                if field > MAX_SPIKE_ID as u16 {
                    return perr(format!("spike id token 0x{t:04X}: bits 13..12 must be 0"));
                }
                let id = field as u32;
                if cur.last().is_some_and(|&p| p >= id) {
                    return perr(format!(
                        "spike ids must be strictly ascending, got {} then {id}",
                        cur.last().copied().unwrap_or(0)
                    ));
                }
                cur.push(id);
                open = t & token::KIND == token::ID;
                if !open {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ if open => return perr("a spike list ends without its last id"),
            token::SKIP => {
                let n = field as usize;
                if n == 0 || out.len() + n > steps {
                    return perr(format!(
                        "a skip of {n} steps after {} of {steps} steps",
                        out.len()
                    ));
                }
                out.resize(out.len() + n, Vec::new());
            }
            _ => {
                let len = field as usize;
                if len == 0 || len > MAX_BITMAP {
                    return perr(format!(
                        "spike bitmap of {len} bytes, must be 1..={MAX_BITMAP}"
                    ));
                }
                let bytes = r.take(len, "a spike bitmap")?;
                let mut ids = Vec::new();
                for (k, &b) in bytes.iter().enumerate() {
                    for j in 0..8 {
                        if b & (1 << j) != 0 {
                            ids.push((8 * k + j) as u32);
                        }
                    }
                }
                out.push(ids);
            }
        }
    }
    Ok(())
}

/// A command, host to board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Board description; always executed, never replayed.
    Info,
    /// `core_reset` strobe.
    Reset,
    /// Write `data` to consecutive control-port words from `addr`.
    Write {
        /// Word address (24 bits).
        addr: u32,
        /// Words, 1..=[`MAX_WRITE_WORDS`].
        data: Vec<u16>,
    },
    /// Read `count` consecutive control-port words from `addr`.
    Read {
        /// Word address (24 bits).
        addr: u32,
        /// 1..=[`MAX_READ_WORDS`].
        count: u16,
    },
    /// Run one step per entry with these input channels (strictly ascending).
    Run {
        /// Input channels of each step, 1..=255 steps.
        steps: Vec<Vec<u32>>,
        /// Width of the input bitmaps (number of input channels in use), 1..=4096.
        width: usize,
    },
    /// Counters.
    Status,
}

impl Command {
    /// The command code.
    pub fn code(&self) -> u8 {
        match self {
            Command::Info => cmd::INFO,
            Command::Reset => cmd::RESET,
            Command::Write { .. } => cmd::WRITE,
            Command::Read { .. } => cmd::READ,
            Command::Run { .. } => cmd::RUN,
            Command::Status => cmd::STATUS,
        }
    }

    /// The payload bytes.
    pub fn encode_payload(&self) -> Result<Vec<u8>, ProtocolError> {
        let mut p = Vec::new();
        match self {
            Command::Info | Command::Reset | Command::Status => {}
            Command::Write { addr, data } => {
                check_range(*addr, data.len(), MAX_WRITE_WORDS)?;
                p.extend_from_slice(&addr.to_le_bytes()[..3]);
                for w in data {
                    p.extend_from_slice(&w.to_le_bytes());
                }
            }
            Command::Read { addr, count } => {
                check_range(*addr, *count as usize, MAX_READ_WORDS)?;
                p.extend_from_slice(&addr.to_le_bytes()[..3]);
                p.extend_from_slice(&count.to_le_bytes());
            }
            Command::Run { steps, width } => {
                if steps.is_empty() || steps.len() > 255 {
                    return perr(format!("RUN of {} steps, must be 1..=255", steps.len()));
                }
                p.push(steps.len() as u8);
                encode_spike_stream(steps, *width, &mut p)?;
                if p.len() > MAX_PAYLOAD {
                    return perr(format!(
                        "RUN payload of {} bytes exceeds {MAX_PAYLOAD}",
                        p.len()
                    ));
                }
            }
        }
        Ok(p)
    }

    /// Parse a command frame's code and payload. For RUN, `width` is 0 (unknown to the receiver).
    pub fn decode(code: u8, payload: &[u8]) -> Result<Command, ProtocolError> {
        let mut r = Reader::new(payload);
        let c = match code {
            cmd::INFO => Command::Info,
            cmd::RESET => Command::Reset,
            cmd::STATUS => Command::Status,
            cmd::WRITE => {
                let addr = r.u24("the address")?;
                if r.rest() == 0 || !r.rest().is_multiple_of(2) {
                    return perr(format!(
                        "WRITE data of {} bytes: must be a non-zero number of 16-bit words",
                        r.rest()
                    ));
                }
                let mut data = Vec::with_capacity(r.rest() / 2);
                while r.rest() > 0 {
                    data.push(r.u16("the data")?);
                }
                check_range(addr, data.len(), MAX_WRITE_WORDS)?;
                Command::Write { addr, data }
            }
            cmd::READ => {
                let addr = r.u24("the address")?;
                let count = r.u16("the count")?;
                check_range(addr, count as usize, MAX_READ_WORDS)?;
                Command::Read { addr, count }
            }
            cmd::RUN => {
                let n = r.u8("the step count")?;
                if n == 0 {
                    return perr("RUN of 0 steps");
                }
                let mut steps = Vec::with_capacity(n as usize);
                read_spike_stream(&mut r, n as usize, &mut steps)?;
                Command::Run { steps, width: 0 }
            }
            other => return perr(format!("unknown command 0x{other:02X}")),
        };
        r.end("the command")?;
        Ok(c)
    }
}

/// `count` words from `addr` stay inside one region and `1 <= count <= max`.
fn check_range(addr: u32, count: usize, max: usize) -> Result<(), ProtocolError> {
    if addr > 0xFF_FFFF {
        return perr(format!("address 0x{addr:X} exceeds 24 bits"));
    }
    if count == 0 || count > max {
        return perr(format!("{count} words, must be 1..={max}"));
    }
    if (addr & 0xFFFF) as usize + count > 0x1_0000 {
        return perr(format!(
            "{count} words from address 0x{addr:06X} cross the end of the region"
        ));
    }
    Ok(())
}

/// Why a board refused a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NackCode {
    /// CRC mismatch.
    Crc = 1,
    /// Bad COBS or length.
    Framing = 2,
    /// Unknown command code.
    UnknownCommand = 3,
    /// Payload malformed for the command.
    BadPayload = 4,
    /// Address outside what the board has.
    BadAddress = 5,
    /// A value the board cannot hold (e.g. a spike id beyond its inputs).
    BadValue = 6,
    /// The core is busy; try again.
    Busy = 7,
    /// The board cannot do this (e.g. the software board model changing learning
    /// settings mid-run).
    Unsupported = 8,
}

impl NackCode {
    /// From the wire byte.
    pub fn from_byte(b: u8) -> Option<NackCode> {
        Some(match b {
            1 => NackCode::Crc,
            2 => NackCode::Framing,
            3 => NackCode::UnknownCommand,
            4 => NackCode::BadPayload,
            5 => NackCode::BadAddress,
            6 => NackCode::BadValue,
            7 => NackCode::Busy,
            8 => NackCode::Unsupported,
            _ => return None,
        })
    }
}

/// The INFO response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Info {
    /// Protocol version ([`VERSION`]).
    pub version: u8,
    /// Largest payload the board accepts and sends.
    pub max_payload: u16,
    /// Number of cores.
    pub cores: u8,
    /// Input channels of a core.
    pub inputs: u16,
    /// Neurons of a core.
    pub neurons: u16,
    /// `seq` of the last executed command (0 after power-up).
    pub last_seq: u8,
}

/// The STATUS response: link counters (kept by the command engine) and core counters
/// (control-port registers 8..=14). All counters wrap at 2^32.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Status {
    /// Frames received with good COBS, length and CRC.
    pub frames_ok: u32,
    /// Frames dropped for a CRC mismatch.
    pub crc_errors: u32,
    /// Frames dropped for bad COBS or length (including over-long frames).
    pub framing_errors: u32,
    /// NACK responses sent.
    pub nacks_sent: u32,
    /// Commands answered from the stored response (retries of an executed command).
    pub duplicates: u32,
    /// Steps run since the last RESET (registers 8/9).
    pub steps_run: u32,
    /// Clock cycles of the last step (registers 10/11).
    pub last_step_cycles: u32,
    /// Output-queue overflows (register 12).
    pub out_overflows: u32,
    /// Input-queue overflows (register 13).
    pub in_overflows: u32,
    /// Dropped routes (register 14).
    pub dropped_routes: u32,
}

impl Status {
    fn fields(&self) -> [u32; 10] {
        [
            self.frames_ok,
            self.crc_errors,
            self.framing_errors,
            self.nacks_sent,
            self.duplicates,
            self.steps_run,
            self.last_step_cycles,
            self.out_overflows,
            self.in_overflows,
            self.dropped_routes,
        ]
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = [
            "frames_ok",
            "crc_errors",
            "framing_errors",
            "nacks_sent",
            "duplicates",
            "steps_run",
            "last_step_cycles",
            "out_overflows",
            "in_overflows",
            "dropped_routes",
        ];
        for (name, v) in names.iter().zip(self.fields()) {
            writeln!(f, "{name:<17}{v}")?;
        }
        Ok(())
    }
}

/// A response, board to host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// ACK of INFO.
    Info(Info),
    /// ACK of RESET.
    Reset,
    /// ACK of WRITE.
    Write,
    /// ACK of READ: the words read.
    Read(Vec<u16>),
    /// ACK of RUN: output neurons of each step.
    Run(Vec<Vec<u32>>),
    /// ACK of STATUS.
    Status(Status),
    /// NACK: why, and the command byte refused (0xFF for a dropped frame).
    Nack {
        /// Reason.
        code: NackCode,
        /// The refused command's code.
        cmd: u8,
    },
}

impl Response {
    /// The response `cmd` byte.
    pub fn code(&self) -> u8 {
        match self {
            Response::Info(_) => cmd::INFO | ACK_FLAG,
            Response::Reset => cmd::RESET | ACK_FLAG,
            Response::Write => cmd::WRITE | ACK_FLAG,
            Response::Read(_) => cmd::READ | ACK_FLAG,
            Response::Run(_) => cmd::RUN | ACK_FLAG,
            Response::Status(_) => cmd::STATUS | ACK_FLAG,
            Response::Nack { .. } => NACK,
        }
    }

    /// The payload bytes. `width` is the bitmap width of RUN output blocks (neurons).
    pub fn encode_payload(&self, width: usize) -> Result<Vec<u8>, ProtocolError> {
        let mut p = Vec::new();
        match self {
            Response::Reset | Response::Write => {}
            Response::Info(i) => {
                p.push(i.version);
                p.extend_from_slice(&i.max_payload.to_le_bytes());
                p.push(i.cores);
                p.extend_from_slice(&i.inputs.to_le_bytes());
                p.extend_from_slice(&i.neurons.to_le_bytes());
                p.push(i.last_seq);
            }
            Response::Read(words) => {
                for w in words {
                    p.extend_from_slice(&w.to_le_bytes());
                }
            }
            Response::Run(steps) => {
                if steps.is_empty() || steps.len() > 255 {
                    return perr(format!("RUN of {} steps, must be 1..=255", steps.len()));
                }
                p.push(steps.len() as u8);
                encode_spike_stream(steps, width, &mut p)?;
            }
            Response::Status(s) => {
                for v in s.fields() {
                    p.extend_from_slice(&v.to_le_bytes());
                }
            }
            Response::Nack { code, cmd } => {
                p.push(*code as u8);
                p.push(*cmd);
            }
        }
        if p.len() > MAX_PAYLOAD {
            return perr(format!(
                "response payload of {} bytes exceeds {MAX_PAYLOAD}",
                p.len()
            ));
        }
        Ok(p)
    }

    /// Parse a response frame's code and payload.
    pub fn decode(code: u8, payload: &[u8]) -> Result<Response, ProtocolError> {
        let mut r = Reader::new(payload);
        let resp = match code {
            NACK => {
                let c = r.u8("the NACK code")?;
                let code = NackCode::from_byte(c)
                    .ok_or_else(|| ProtocolError(format!("unknown NACK code {c}")))?;
                Response::Nack {
                    code,
                    cmd: r.u8("the NACK command")?,
                }
            }
            c if c == cmd::INFO | ACK_FLAG => Response::Info(Info {
                version: r.u8("INFO")?,
                max_payload: r.u16("INFO")?,
                cores: r.u8("INFO")?,
                inputs: r.u16("INFO")?,
                neurons: r.u16("INFO")?,
                last_seq: r.u8("INFO")?,
            }),
            c if c == cmd::RESET | ACK_FLAG => Response::Reset,
            c if c == cmd::WRITE | ACK_FLAG => Response::Write,
            c if c == cmd::READ | ACK_FLAG => {
                if payload.is_empty() || !payload.len().is_multiple_of(2) {
                    return perr(format!("READ response of {} bytes", payload.len()));
                }
                let mut w = Vec::with_capacity(payload.len() / 2);
                while r.rest() > 0 {
                    w.push(r.u16("READ")?);
                }
                Response::Read(w)
            }
            c if c == cmd::RUN | ACK_FLAG => {
                let n = r.u8("the step count")?;
                if n == 0 {
                    return perr("RUN response of 0 steps");
                }
                let mut steps = Vec::with_capacity(n as usize);
                read_spike_stream(&mut r, n as usize, &mut steps)?;
                Response::Run(steps)
            }
            c if c == cmd::STATUS | ACK_FLAG => {
                let mut f = [0u32; 10];
                for v in &mut f {
                    *v = r.u32("STATUS")?;
                }
                Response::Status(Status {
                    frames_ok: f[0],
                    crc_errors: f[1],
                    framing_errors: f[2],
                    nacks_sent: f[3],
                    duplicates: f[4],
                    steps_run: f[5],
                    last_step_cycles: f[6],
                    out_overflows: f[7],
                    in_overflows: f[8],
                    dropped_routes: f[9],
                })
            }
            other => return perr(format!("unknown response code 0x{other:02X}")),
        };
        r.end("the response")?;
        Ok(resp)
    }
}

#[cfg(test)]
mod tests;
