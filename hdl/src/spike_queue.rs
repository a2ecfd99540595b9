//! `SpikeQueue`: a first-in first-out queue of 16-bit spike ids in block RAM with a
//! show-ahead read port and an overflow counter.
//!
//! - `push` with `push_data` appends a word; a push while the queue holds `depth` words is
//!   dropped and counted in `overflow` (16 bit, saturating). `drop` counts a rejected word
//!   without pushing (used for out-of-range input channels). The counter shows a drop
//!   one cycle after it happened.
//! - `head_valid`/`head` show the oldest word; `pop` (only while `head_valid`) removes it.
//!   After a pop the next word (if any) is on `head` in the next cycle.
//! - `count`: words pushed and not yet popped (including the head); `nonempty`:
//!   `count != 0`, from a flip-flop (no compare behind it).
//! - `clear` empties the queue and zeroes the overflow counter.
//!
//! The pointers count modulo `2 * depth` (the constant mask leaves synthesis only the
//! `log2(depth) + 1` bits a queue of that depth needs). The RAM's read address is the
//! read pointer flip-flop itself: a held head is kept by not enabling the read.

use crate::sync_ram::SyncRam;
use rust_hdl::prelude::*;

/// Address bits of the queue RAM (up to 4096 words).
pub const QUEUE_BITS: usize = 12;

/// FIFO of spike ids with overflow counting.
#[derive(LogicBlock)]
pub struct SpikeQueue {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Empty the queue and zero the overflow counter.
    pub clear: Signal<In, Bit>,
    /// Append `push_data`.
    pub push: Signal<In, Bit>,
    /// Word appended.
    pub push_data: Signal<In, Bits<16>>,
    /// Count one rejected word.
    pub drop: Signal<In, Bit>,
    /// The oldest word is on `head`.
    pub head_valid: Signal<Out, Bit>,
    /// The oldest word.
    pub head: Signal<Out, Bits<16>>,
    /// Remove the head.
    pub pop: Signal<In, Bit>,
    /// Words held.
    pub count: Signal<Out, Bits<16>>,
    /// `count != 0` (registered).
    pub nonempty: Signal<Out, Bit>,
    /// Dropped words (saturating).
    pub overflow: Signal<Out, Bits<16>>,
    depth: Constant<Bits<16>>,
    mask: Constant<Bits<16>>,
    ptr_mask: Constant<Bits<16>>,
    ram: SyncRam<Bits<16>, QUEUE_BITS>,
    wr: DFF<Bits<16>>,
    wr1: DFF<Bits<16>>,
    diff1: Signal<Local, Bits<16>>,
    rd: DFF<Bits<16>>,
    /// `rd + 1`, stored with bit 0 inverted (as `wr1`).
    rd1: DFF<Bits<16>>,
    /// `rd != wr` (a word is pushed but not yet read from the RAM), as a register.
    ahead: DFF<Bit>,
    popped: DFF<Bits<16>>,
    hv: DFF<Bit>,
    pend: DFF<Bit>,
    ovf: DFF<Bits<16>>,
    ovf_pend: DFF<Bits<2>>,
    held: Signal<Local, Bits<16>>,
    ne: DFF<Bit>,
    full: DFF<Bit>,
    pop_ok: Signal<Local, Bit>,
    issue: Signal<Local, Bit>,
    vis: Signal<Local, Bit>,
    ovf_inc: Signal<Local, Bits<2>>,
    ovf_sum: Signal<Local, Bits<17>>,
}

impl SpikeQueue {
    /// A queue of `depth` words, a power of two in `2..=4096`.
    pub fn new(depth: usize) -> Result<Self, String> {
        if !depth.is_power_of_two() || !(2..=1 << QUEUE_BITS).contains(&depth) {
            return Err(format!(
                "queue depth {depth} is not a power of two in 2..={}",
                1 << QUEUE_BITS
            ));
        }
        Ok(Self {
            clock: Default::default(),
            clear: Default::default(),
            push: Default::default(),
            push_data: Default::default(),
            drop: Default::default(),
            head_valid: Default::default(),
            head: Default::default(),
            pop: Default::default(),
            count: Default::default(),
            nonempty: Default::default(),
            overflow: Default::default(),
            depth: Constant::new((depth as u64).to_bits()),
            mask: Constant::new(((depth - 1) as u64).to_bits()),
            ptr_mask: Constant::new(((2 * depth - 1) as u64).to_bits()),
            ram: SyncRam::new(depth),
            wr: Default::default(),
            wr1: Default::default(),
            diff1: Default::default(),
            rd: Default::default(),
            rd1: Default::default(),
            ahead: Default::default(),
            popped: Default::default(),
            hv: Default::default(),
            pend: Default::default(),
            ovf: Default::default(),
            ovf_pend: Default::default(),
            held: Default::default(),
            ne: Default::default(),
            full: Default::default(),
            pop_ok: Default::default(),
            issue: Default::default(),
            vis: Default::default(),
            ovf_inc: Default::default(),
            ovf_sum: Default::default(),
        })
    }
}

impl Logic for SpikeQueue {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wr, wr1, rd, rd1, ahead, popped, hv, pend, ovf, ovf_pend, ne, full);
        clock!(self, clock, ram);
        self.held.next = (self.wr.q.val() - self.popped.q.val()) & self.ptr_mask.val();
        self.count.next = self.held.val();
        self.overflow.next = self.ovf.q.val();
        self.head.next = self.ram.read_data.val();

        // write side
        self.ram.write_address.next = bit_cast::<QUEUE_BITS, 16>(self.wr.q.val() & self.mask.val());
        self.ram.write_data.next = self.push_data.val();
        self.ram.write_enable.next = false;
        self.ovf_inc.next = 0.into();
        // nonempty == (count != 0), as a register: set by an accepted push; a pop without
        // a push leaves words exactly when rd != wr (the head is visible then, so rd is
        // popped + 1: the read pointer leads by the visible head)
        self.nonempty.next = self.ne.q.val();
        // full == (held == depth), as a register (it gates the write enable): set by an
        // accepted push without a pop at held == depth - 1, cleared by a pop. held ==
        // depth - 1 without a subtraction: wr + 1 (a register, wr1) and popped agree
        // in the low k bits and differ in bit k. wr1 is stored with bit 0 inverted, so
        // that its power-up and clear value 0 stands for wr + 1 = 1
        self.diff1.next = (self.wr1.q.val() ^ 1) ^ self.popped.q.val();
        self.vis.next = self.hv.q.val() | self.pend.q.val();
        self.pop_ok.next = self.pop.val() & self.vis.val();
        if self.pop_ok.val() {
            self.full.d.next = false;
            self.ne.d.next = self.ahead.q.val();
        }
        if self.push.val() {
            if self.full.q.val() {
                self.ovf_inc.next = 1.into();
            } else {
                self.ram.write_enable.next = true;
                self.ne.d.next = true;
                self.wr.d.next = (self.wr.q.val() + 1) & self.ptr_mask.val();
                self.wr1.d.next = (((self.wr1.q.val() ^ 1) + 1) & self.ptr_mask.val()) ^ 1;
                if !self.pop_ok.val()
                    & ((self.diff1.val() & self.mask.val()) == 0)
                    & ((self.diff1.val() & self.depth.val()) != 0)
                {
                    self.full.d.next = true;
                }
            }
        }
        if self.drop.val() {
            self.ovf_inc.next = self.ovf_inc.val() + 1;
        }
        // the counter adds last cycle's increment (keeps the compare and the add in
        // separate cycles; `overflow` lags the dropped word by one cycle)
        self.ovf_pend.d.next = self.ovf_inc.val();
        self.ovf_sum.next =
            bit_cast::<17, 16>(self.ovf.q.val()) + bit_cast::<17, 2>(self.ovf_pend.q.val());
        self.ovf.d.next = self.ovf_sum.val().get_bits::<16>(0);
        if self.ovf_sum.val().get_bit(16) {
            self.ovf.d.next = 0xFFFF.into();
        }

        // read side: the RAM output register is the head register, held (read not
        // enabled) while the head waits for its pop; without a head the RAM reads every
        // cycle (so its output is defined from the first edge on, also in Icarus)
        self.head_valid.next = self.vis.val();
        self.issue.next = (!self.vis.val() | self.pop.val()) & self.ahead.q.val();
        self.ram.read_address.next = bit_cast::<QUEUE_BITS, 16>(self.rd.q.val() & self.mask.val());
        self.ram.read_enable.next = self.issue.val() | !self.vis.val();
        if self.issue.val() {
            self.rd.d.next = (self.rd.q.val() + 1) & self.ptr_mask.val();
            self.rd1.d.next = (((self.rd1.q.val() ^ 1) + 1) & self.ptr_mask.val()) ^ 1;
        }
        // ahead == (rd != wr) after this edge: a write alone makes it true (the queue never
        // holds 2 * depth words); a read alone leaves it true while rd + 1 != wr
        if self.ram.write_enable.val() & !self.issue.val() {
            self.ahead.d.next = true;
        }
        if self.issue.val() & !self.ram.write_enable.val() {
            self.ahead.d.next = (self.rd1.q.val() ^ 1) != self.wr.q.val();
        }
        self.pend.d.next = self.issue.val();
        self.hv.d.next = self.vis.val() & !self.pop.val();
        if self.pop_ok.val() {
            self.popped.d.next = (self.popped.q.val() + 1) & self.ptr_mask.val();
        }

        if self.clear.val() {
            self.wr.d.next = 0.into();
            self.wr1.d.next = 0.into();
            self.rd.d.next = 0.into();
            self.rd1.d.next = 0.into();
            self.ahead.d.next = false;
            self.popped.d.next = 0.into();
            self.full.d.next = false;
            self.ne.d.next = false;
            self.hv.d.next = false;
            self.pend.d.next = false;
            self.ovf.d.next = 0.into();
            self.ovf_pend.d.next = 0.into();
        }
    }
}
