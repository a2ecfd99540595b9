//! Frame decoder (receive side of [`neurosim::protocol`]): bytes from the UART in, the
//! decoded payload out to a buffer, seq and cmd in registers, one verdict per frame.
//!
//! Streaming COBS decode, one byte per cycle: a code byte `c` announces `c - 1` data bytes
//! and, if `c < 0xFF`, a zero that is emitted only if another code byte follows. Each
//! decoded byte is fed to the CRC register; body byte `k >= 2` is written to `buf_addr`
//! `k - 2` unless that is past the `MAX_PAYLOAD`-byte buffer (only the CRC bytes of a
//! full payload are), so the buffer holds the payload from address 0. At a 0x00
//! delimiter after at least one byte, one cycle later exactly one of `frame_ok`,
//! `crc_error` or `framing_error` pulses:
//! - framing error: a COBS block cut short by the delimiter, more than
//!   `MAX_BODY` decoded bytes (nothing is written past the buffer), fewer than 4, or a byte
//!   that arrived while `hold` was high;
//!   (a spoiled frame writes nothing more to the buffer);
//! - CRC error: the register did not end at `CRC_RESIDUE`;
//! - otherwise `frame_ok`, with the body length (seq + cmd + payload + 2 CRC bytes) on
//!   `len`. `len`, `seq` and `cmd` (the first and second decoded bytes, 0 if none) stay
//!   valid until the next frame's first byte. Empty frames (two delimiters in a row) produce nothing.
//!
//! The verdicts match [`neurosim::protocol::Decoder`] frame for frame.

use neurosim::protocol::{CRC_RESIDUE, MAX_BODY, MAX_PAYLOAD};
use rust_hdl::prelude::*;

use super::crc16::Crc16;

/// Bits of a body buffer address (`MAX_BODY` = 1028 bytes).
pub const BODY_ADDR_BITS: usize = 11;
/// Bits of a payload buffer address (`MAX_PAYLOAD` = 1024 bytes).
pub const PAYLOAD_ADDR_BITS: usize = 10;
// The decoder tests `pay_at >= MAX_PAYLOAD` as bit `PAYLOAD_ADDR_BITS` of `pay_at`.
const _: () = assert!(MAX_PAYLOAD == 1 << PAYLOAD_ADDR_BITS);

/// The streaming frame decoder.
#[derive(LogicBlock)]
pub struct FrameRx {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Received byte.
    pub data: Signal<In, Bits<8>>,
    /// `data` is a new byte (one cycle).
    pub valid: Signal<In, Bit>,
    /// The buffer is in use: a byte arriving now spoils its frame (framing error).
    pub hold: Signal<In, Bit>,
    /// Buffer write address.
    pub buf_addr: Signal<Out, Bits<PAYLOAD_ADDR_BITS>>,
    /// Buffer write data.
    pub buf_data: Signal<Out, Bits<8>>,
    /// Buffer write enable.
    pub buf_write: Signal<Out, Bit>,
    /// One-cycle pulse: a good frame of `len` body bytes is in the buffer.
    pub frame_ok: Signal<Out, Bit>,
    /// One-cycle pulse: a frame failed its CRC.
    pub crc_error: Signal<Out, Bit>,
    /// One-cycle pulse: a frame was malformed.
    pub framing_error: Signal<Out, Bit>,
    /// Body length of the last frame (bytes).
    pub len: Signal<Out, Bits<BODY_ADDR_BITS>>,
    /// First decoded byte of the last frame.
    pub seq: Signal<Out, Bits<8>>,
    /// Second decoded byte of the last frame.
    pub cmd: Signal<Out, Bits<8>>,
    crc: Crc16,
    crc_q: DFF<Bits<16>>,
    started: DFF<Bit>,
    bad: DFF<Bit>,
    zero_pending: DFF<Bit>,
    /// 1 + the bytes left in the current COBS block (the code byte is loaded as is): 1
    /// means the next byte is a code byte.
    count: DFF<Bits<8>>,
    len_q: DFF<Bits<BODY_ADDR_BITS>>,
    seq_q: DFF<Bits<8>>,
    cmd_q: DFF<Bits<8>>,
    ok_q: DFF<Bit>,
    crc_err_q: DFF<Bit>,
    framing_q: DFF<Bit>,
    waddr_q: DFF<Bits<PAYLOAD_ADDR_BITS>>,
    wdata_q: DFF<Bits<8>>,
    wen_q: DFF<Bit>,
    emit: Signal<Local, Bit>,
    emit_byte: Signal<Local, Bits<8>>,
    /// `len` minus 2, the buffer address of the byte being decoded.
    pay_at: Signal<Local, Bits<BODY_ADDR_BITS>>,
    max_body: Constant<Bits<BODY_ADDR_BITS>>,
    residue: Constant<Bits<16>>,
}

impl Default for FrameRx {
    fn default() -> Self {
        FrameRx {
            clock: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            hold: Default::default(),
            buf_addr: Default::default(),
            buf_data: Default::default(),
            buf_write: Default::default(),
            frame_ok: Default::default(),
            crc_error: Default::default(),
            framing_error: Default::default(),
            len: Default::default(),
            seq: Default::default(),
            cmd: Default::default(),
            crc: Default::default(),
            crc_q: Default::default(),
            started: Default::default(),
            bad: Default::default(),
            zero_pending: Default::default(),
            count: Default::default(),
            len_q: Default::default(),
            seq_q: Default::default(),
            cmd_q: Default::default(),
            ok_q: Default::default(),
            crc_err_q: Default::default(),
            framing_q: Default::default(),
            waddr_q: Default::default(),
            wdata_q: Default::default(),
            wen_q: Default::default(),
            emit: Default::default(),
            emit_byte: Default::default(),
            pay_at: Default::default(),
            max_body: Constant::new((MAX_BODY as u64).to_bits()),
            residue: Constant::new((CRC_RESIDUE as u64).to_bits()),
        }
    }
}

impl Logic for FrameRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            crc_q,
            started,
            bad,
            zero_pending,
            count,
            len_q,
            seq_q,
            cmd_q,
            ok_q,
            crc_err_q,
            framing_q,
            waddr_q,
            wdata_q,
            wen_q
        );
        self.buf_addr.next = self.waddr_q.q.val();
        self.buf_data.next = self.wdata_q.q.val();
        self.buf_write.next = self.wen_q.q.val();
        self.frame_ok.next = self.ok_q.q.val();
        self.crc_error.next = self.crc_err_q.q.val();
        self.framing_error.next = self.framing_q.q.val();
        self.len.next = self.len_q.q.val();
        self.seq.next = self.seq_q.q.val();
        self.cmd.next = self.cmd_q.q.val();
        self.ok_q.d.next = false;
        self.crc_err_q.d.next = false;
        self.framing_q.d.next = false;
        self.wen_q.d.next = false;
        self.emit.next = false;
        self.emit_byte.next = self.data.val();
        if self.valid.val() {
            if self.data.val() == 0 {
                if self.started.q.val() {
                    self.started.d.next = false;
                    if self.bad.q.val()
                        | (self.count.q.val() != 1)
                        | (self.len_q.q.val().get_bits::<9>(2) == 0)
                    {
                        self.framing_q.d.next = true;
                    } else if self.crc_q.q.val() != self.residue.val() {
                        self.crc_err_q.d.next = true;
                    } else {
                        self.ok_q.d.next = true;
                    }
                }
            } else if !self.started.q.val() {
                // First code byte of a frame.
                self.started.d.next = true;
                self.bad.d.next = self.hold.val();
                self.len_q.d.next = 0.into();
                self.seq_q.d.next = 0.into();
                self.cmd_q.d.next = 0.into();
                self.crc_q.d.next = 0xFFFF.into();
                self.count.d.next = self.data.val();
                self.zero_pending.d.next = self.data.val() != 0xFF;
            } else {
                if self.hold.val() {
                    self.bad.d.next = true;
                }
                if self.count.q.val() == 1 {
                    // A code byte: the previous block's zero, if any, is data.
                    self.count.d.next = self.data.val();
                    self.zero_pending.d.next = self.data.val() != 0xFF;
                    if self.zero_pending.q.val() {
                        self.emit.next = true;
                        self.emit_byte.next = 0.into();
                    }
                } else {
                    self.count.d.next = self.count.q.val() - 1;
                    self.emit.next = true;
                }
            }
        }
        // Locals act as blocking assignments: read emit_byte only once it is final.
        self.crc.crc.next = self.crc_q.q.val();
        self.pay_at.next = self.len_q.q.val() - 2;
        self.crc.data.next = self.emit_byte.val();
        if self.emit.val() {
            if self.len_q.q.val() == self.max_body.val() {
                self.bad.d.next = true;
            } else {
                // A spoiled frame writes nothing (the buffer may be in use).
                // Seq and cmd wrap `pay_at` past the buffer: not written. (Bit 10 of
                // `pay_at` is `pay_at >= MAX_PAYLOAD`, a bit test where `<` would make
                // yosys build a carry chain.)
                self.wen_q.d.next =
                    !self.bad.q.val() & !self.hold.val() & !self.pay_at.val().get_bit(10);
                self.waddr_q.d.next = self.pay_at.val().get_bits::<PAYLOAD_ADDR_BITS>(0);
                self.wdata_q.d.next = self.emit_byte.val();
                self.len_q.d.next = self.len_q.q.val() + 1;
                self.crc_q.d.next = self.crc.out.val();
                if self.len_q.q.val() == 0 {
                    self.seq_q.d.next = self.emit_byte.val();
                }
                if self.len_q.q.val() == 1 {
                    self.cmd_q.d.next = self.emit_byte.val();
                }
            }
        }
    }
}
