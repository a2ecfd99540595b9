//! Frame encoder (send side of [`neurosim::protocol`]): sends a response body of seq
//! (`h0`), cmd (`h1`) and a payload of `len` bytes read from a buffer, appends the CRC-16/GENIBUS (MSB first),
//! COBS-encodes it and ends it with the 0x00 delimiter, one byte per `out_valid &&
//! out_ready` handshake (wire `out_ready` to a [`super::uart_tx::UartTx`]'s `ready`).
//! The byte stream equals [`neurosim::protocol::encode_frame`] exactly.
//!
//! For each COBS block it first scans ahead (2 cycles per byte, feeding the CRC register
//! on the first pass over each body byte) to the next zero, 254 bytes or the end, then
//! sends the code byte and re-reads the block's bytes. The buffer has a 1-cycle read latency.
//! Which body byte the scan pointer addresses (seq, cmd, payload, CRC high or low byte,
//! end) comes from constant compares on the pointer and on one difference `scan - len`.

use rust_hdl::prelude::*;

use super::crc16::Crc16;
use super::frame_rx::{BODY_ADDR_BITS, PAYLOAD_ADDR_BITS};

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
enum TxState {
    Idle,
    ScanAddr,
    ScanData,
    Code,
    EmitAddr,
    EmitData,
    Delim,
}

/// The frame encoder.
#[derive(LogicBlock, Default)]
pub struct FrameTx {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Start sending a body of `h0`, `h1` and `len` payload bytes (accepted while `ready`).
    pub start: Signal<In, Bit>,
    /// Payload length, 0..=1024.
    pub len: Signal<In, Bits<BODY_ADDR_BITS>>,
    /// First body byte (seq), held while sending.
    pub h0: Signal<In, Bits<8>>,
    /// Second body byte (cmd), held while sending.
    pub h1: Signal<In, Bits<8>>,
    /// Idle.
    pub ready: Signal<Out, Bit>,
    /// Buffer read address (payload byte index).
    pub buf_addr: Signal<Out, Bits<PAYLOAD_ADDR_BITS>>,
    /// Buffer read data (one cycle after the address).
    pub buf_data: Signal<In, Bits<8>>,
    /// Wire byte.
    pub out_data: Signal<Out, Bits<8>>,
    /// `out_data` is to be sent.
    pub out_valid: Signal<Out, Bit>,
    /// The sink takes `out_data` this cycle if `out_valid`.
    pub out_ready: Signal<In, Bit>,
    crc: Crc16,
    crc_q: DFF<Bits<16>>,
    state: DFF<TxState>,
    /// The block being sent is the last one (its scan reached the end of the body).
    last: DFF<Bit>,
    /// Payload length (`len`).
    len_q: DFF<Bits<BODY_ADDR_BITS>>,
    /// The buffer pointer, as a payload index (body index - 2, modulo 2^11: seq and cmd
    /// are at 0x7FE and 0x7FF, the CRC bytes at `len_q` and `len_q + 1`).
    scan: DFF<Bits<BODY_ADDR_BITS>>,
    /// The other block boundary: the block start while scanning, the next block's start
    /// while emitting (swapped with `scan` when the code byte goes out).
    pos: DFF<Bits<BODY_ADDR_BITS>>,
    /// While scanning: the code byte, 1 + the block's data bytes (1..=255). While
    /// emitting: 255 - (code byte) + (bytes sent), up to 254 (counting up both ways
    /// needs a single incrementer).
    n: DFF<Bits<8>>,
    /// `scan - len_q` modulo 2^11: 0, 1 at the CRC bytes, 2 at the end; never 0..=2 at
    /// seq, cmd or a payload byte.
    rel: Signal<Local, Bits<BODY_ADDR_BITS>>,
    /// `scan` is at a CRC byte.
    at_crc: Signal<Local, Bit>,
    /// The body-with-CRC byte at `scan` (the scan pointer, rewound to `pos` to emit).
    vbyte: Signal<Local, Bits<8>>,
    /// The final CRC (register XOR 0xFFFF).
    crc_final: Signal<Local, Bits<16>>,
}

impl Logic for FrameTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, crc_q, state, last, len_q, pos, scan, n);
        self.ready.next = false;
        self.out_valid.next = false;
        self.out_data.next = 0.into();
        self.buf_addr.next = self.scan.q.val().get_bits::<PAYLOAD_ADDR_BITS>(0);
        self.crc_final.next = self.crc_q.q.val() ^ 0xFFFF;
        self.rel.next = self.scan.q.val() - self.len_q.q.val();
        self.at_crc.next = self.rel.val().get_bits::<10>(1) == 0;
        self.vbyte.next = self.buf_data.val();
        if self.scan.q.val().get_bits::<10>(1) == 0x3FF {
            self.vbyte.next = self.h0.val();
            if self.scan.q.val().get_bit(0) {
                self.vbyte.next = self.h1.val();
            }
        }
        if self.at_crc.val() {
            self.vbyte.next = self.crc_final.val().get_bits::<8>(8);
            if self.rel.val().get_bit(0) {
                self.vbyte.next = self.crc_final.val().get_bits::<8>(0);
            }
        }
        self.crc.crc.next = self.crc_q.q.val();
        self.crc.data.next = self.vbyte.val();
        match self.state.q.val() {
            TxState::Idle => {
                self.ready.next = true;
                if self.start.val() {
                    self.len_q.d.next = self.len.val();
                    self.crc_q.d.next = 0xFFFF.into();
                    self.pos.d.next = 0x7FE.into();
                    self.scan.d.next = 0x7FE.into();
                    self.n.d.next = 1.into();
                    self.state.d.next = TxState::ScanAddr;
                }
            }
            TxState::ScanAddr => {
                // A full block ends first, even at the end of the data (then an empty
                // block follows, as in the software encoder).
                self.last.d.next = false;
                if self.n.q.val() == 255 {
                    self.state.d.next = TxState::Code;
                } else if self.rel.val() == 2 {
                    self.last.d.next = true;
                    self.state.d.next = TxState::Code;
                } else {
                    self.state.d.next = TxState::ScanData;
                }
            }
            TxState::ScanData => {
                // seq, cmd and the payload feed the CRC (`scan` is never past the CRC here).
                if !self.at_crc.val() {
                    self.crc_q.d.next = self.crc.out.val();
                }
                // A zero ends the block and is skipped: the next block starts after it.
                self.scan.d.next = self.scan.q.val() + 1;
                if self.vbyte.val() == 0 {
                    self.state.d.next = TxState::Code;
                } else {
                    self.n.d.next = self.n.q.val() + 1;
                    self.state.d.next = TxState::ScanAddr;
                }
            }
            TxState::Code => {
                self.out_valid.next = true;
                self.out_data.next = self.n.q.val();
                if self.out_ready.val() {
                    self.n.d.next = !self.n.q.val();
                    self.scan.d.next = self.pos.q.val();
                    self.pos.d.next = self.scan.q.val();
                    self.state.d.next = TxState::EmitAddr;
                }
            }
            TxState::EmitAddr => {
                if self.n.q.val() == 254 {
                    self.n.d.next = 1.into();
                    self.scan.d.next = self.pos.q.val();
                    if self.last.q.val() {
                        self.state.d.next = TxState::Delim;
                    } else {
                        self.state.d.next = TxState::ScanAddr;
                    }
                } else {
                    self.state.d.next = TxState::EmitData;
                }
            }
            TxState::EmitData => {
                self.out_valid.next = true;
                self.out_data.next = self.vbyte.val();
                if self.out_ready.val() {
                    self.scan.d.next = self.scan.q.val() + 1;
                    self.n.d.next = self.n.q.val() + 1;
                    self.state.d.next = TxState::EmitAddr;
                }
            }
            TxState::Delim => {
                self.out_valid.next = true;
                if self.out_ready.val() {
                    self.state.d.next = TxState::Idle;
                }
            }
            _ => {
                self.state.d.next = TxState::Idle;
            }
        }
    }
}
