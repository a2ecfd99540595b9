//! `SynapseUnit`: event-driven synaptic accumulation, two synapses per clock cycle.
//!
//! For every source event `s` it takes from the spike router (show-ahead handshake
//! `ev_valid`/`ev_s`/`ev_take`) it streams the row of `s` from the [`WeightMemory`]
//! (word `m` at address `(s << row_shift) | m` holds the weights to neurons `2m` and
//! `2m+1`) and adds `w << weight_shift` (sign-extended to 26 bits) into the per-neuron
//! accumulators, held in two block RAM banks (even and odd neurons, `ceil(N/2)` words of
//! 26 bits each). One word (two synapses) per cycle; rows follow each other without a
//! gap when a row has at least two words.
//!
//! Accumulator read-modify-write pipeline (item = one weight word issued at cycle t):
//! t issue the weight read (the weight memory's latency is 3: request registered, RAM
//! read, word registered); t+3 register the weight word, issue the accumulator reads;
//! t+4 weights sign-extended and shifted, accumulator words registered; t+5 add and
//! write back. The read at t+3 sees
//! the writes of items t-3 and older; in rows shorter than three words (`neurons <= 4`)
//! items t-1 and t-2 may share the accumulator word (t-2 writes it at the very edge
//! that reads it): their sums are forwarded from the write-back history registers
//! instead of the RAM word, newest first, so the pipeline never stalls. With rows of
//! three or more words no such item shares a word with the one issued (consecutive
//! items have consecutive words, modulo the row length), so the forwarding logic is
//! built only for short rows. Latency from the last issue to `idle`: [`DRAIN_CYCLES`].
//!
//! The LIF pipeline reads `acc[n]` with `lif_read`/`lif_n` (data on `lif_acc` two cycles
//! later: both banks' words are registered before the select); the word is cleared to 0
//! in the cycle after the read, ready for the next step.
//!
//! The weight memory is also reachable (while no row is streaming) through the memory
//! port `wmem_*` (read latency [`crate::weight_memory::READ_LATENCY`]; a write request
//! does not read).

use crate::control_map::{ACC_BITS, NEURON_BITS, SOURCE_BITS};
use crate::sync_ram::SyncRam;
use crate::weight_memory::{MemoryKind, WeightMemory};
use rust_hdl::prelude::*;

/// Cycles from the last weight read issued to `idle`.
pub const DRAIN_CYCLES: usize = 6;

/// Bits of an accumulator word index (neuron / 2).
pub const WORD_BITS: usize = NEURON_BITS - 1;

type Acc = Bits<ACC_BITS>;
type Word = Bits<WORD_BITS>;

/// Event-driven accumulation of `w << weight_shift` into per-neuron accumulators.
#[derive(LogicBlock)]
pub struct SynapseUnit {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// An event is offered.
    pub ev_valid: Signal<In, Bit>,
    /// Source index of the offered event.
    pub ev_s: Signal<In, Bits<SOURCE_BITS>>,
    /// The offered event is taken this cycle.
    pub ev_take: Signal<Out, Bit>,
    /// No row streaming and nothing in the accumulate pipeline.
    pub idle: Signal<Out, Bit>,
    /// `idle` in the next cycle unless an event is taken in this one (only the last
    /// pipeline stage may be busy now).
    pub idle_next: Signal<Out, Bit>,
    /// Source of the row streaming (of the event taken last).
    pub row_s: Signal<Out, Bits<SOURCE_BITS>>,
    /// `weight_shift`, 0..=7.
    pub weight_shift: Signal<In, Bits<3>>,
    /// LIF request of `acc[lif_n]`.
    pub lif_read: Signal<In, Bit>,
    /// Neuron requested.
    pub lif_n: Signal<In, Bits<NEURON_BITS>>,
    /// `acc[n]` of the request two cycles earlier.
    pub lif_acc: Signal<Out, Acc>,
    /// Weight memory port: word address (used while no row streams).
    pub wmem_addr: Signal<In, Bits<16>>,
    /// Weight memory port: data written.
    pub wmem_wdata: Signal<In, Bits<16>>,
    /// Weight memory port: write strobe.
    pub wmem_write: Signal<In, Bit>,
    /// Weight memory port: word read for the request three cycles earlier.
    pub wmem_rdata: Signal<Out, Bits<16>>,
    row_shift: Constant<Bits<4>>,
    last_m: Constant<Word>,
    m_mask: Constant<Word>,
    before_last_m: Constant<Word>,
    one_word: Constant<Bit>,
    short_rows: Constant<Bit>,
    weights: WeightMemory,
    acc_even: SyncRam<Acc, WORD_BITS>,
    acc_odd: SyncRam<Acc, WORD_BITS>,
    cur_valid: DFF<Bit>,
    cur_s: DFF<Bits<SOURCE_BITS>>,
    m: DFF<Word>,
    m_last: DFF<Bit>,
    held: DFF<Bit>,
    r0_valid: DFF<Bit>,
    r0_m: DFF<Word>,
    r1_valid: DFF<Bit>,
    r1_m: DFF<Word>,
    r2_valid: DFF<Bit>,
    r2_m: DFF<Word>,
    r3_valid: DFF<Bit>,
    r3_m: DFF<Word>,
    r3_w: DFF<Bits<16>>,
    r4_valid: DFF<Bit>,
    r4_m: DFF<Word>,
    r4_se: DFF<Acc>,
    r4_so: DFF<Acc>,
    r4_ae: DFF<Acc>,
    r4_ao: DFF<Acc>,
    r4_f1: DFF<Bit>,
    r4_f2: DFF<Bit>,
    h1_valid: DFF<Bit>,
    h1_m: DFF<Word>,
    h1_e: DFF<Acc>,
    h1_o: DFF<Acc>,
    h2_e: DFF<Acc>,
    h2_o: DFF<Acc>,
    lif_pend: DFF<Bit>,
    lif_odd: DFF<Bit>,
    lif_word: DFF<Word>,
    lif_e: DFF<Acc>,
    lif_o: DFF<Acc>,
    lif_odd2: DFF<Bit>,
    take: Signal<Local, Bit>,
    we_x: Signal<Local, Acc>,
    wo_x: Signal<Local, Acc>,
    fe: Signal<Local, Acc>,
    fo: Signal<Local, Acc>,
    sum_e: Signal<Local, Acc>,
    sum_o: Signal<Local, Acc>,
}

impl SynapseUnit {
    /// A synapse unit for `neurons` neurons and `sources` sources with weights in `kind`.
    pub fn new(kind: MemoryKind, neurons: usize, sources: usize) -> Result<Self, String> {
        let words = neurons.div_ceil(2);
        let row_shift = crate::control_map::row_shift(neurons);
        let depth = sources << row_shift;
        Ok(Self {
            clock: Default::default(),
            ev_valid: Default::default(),
            ev_s: Default::default(),
            ev_take: Default::default(),
            idle: Default::default(),
            idle_next: Default::default(),
            row_s: Default::default(),
            weight_shift: Default::default(),
            lif_read: Default::default(),
            lif_n: Default::default(),
            lif_acc: Default::default(),
            wmem_addr: Default::default(),
            wmem_wdata: Default::default(),
            wmem_write: Default::default(),
            wmem_rdata: Default::default(),
            row_shift: Constant::new((row_shift as u64).to_bits()),
            last_m: Constant::new(((words - 1) as u64).to_bits()),
            // `m` wraps at the next power of two of the row length (synthesis keeps only
            // the bits the size needs)
            m_mask: Constant::new(((words.next_power_of_two() - 1) as u64).to_bits()),
            before_last_m: Constant::new(
                ((words as u64).wrapping_sub(2) & ((1 << WORD_BITS) - 1)).to_bits(),
            ),
            one_word: Constant::new(words == 1),
            short_rows: Constant::new(words < 3),
            weights: WeightMemory::new(kind, depth)?,
            acc_even: SyncRam::new(words),
            acc_odd: SyncRam::new(words),
            cur_valid: Default::default(),
            cur_s: Default::default(),
            m: Default::default(),
            m_last: Default::default(),
            held: Default::default(),
            r0_valid: Default::default(),
            r0_m: Default::default(),
            r1_valid: Default::default(),
            r1_m: Default::default(),
            r2_valid: Default::default(),
            r2_m: Default::default(),
            r3_valid: Default::default(),
            r3_m: Default::default(),
            r3_w: Default::default(),
            r4_valid: Default::default(),
            r4_m: Default::default(),
            r4_se: Default::default(),
            r4_so: Default::default(),
            r4_ae: Default::default(),
            r4_ao: Default::default(),
            r4_f1: Default::default(),
            r4_f2: Default::default(),
            h1_valid: Default::default(),
            h1_m: Default::default(),
            h1_e: Default::default(),
            h1_o: Default::default(),
            h2_e: Default::default(),
            h2_o: Default::default(),
            lif_pend: Default::default(),
            lif_odd: Default::default(),
            lif_word: Default::default(),
            lif_e: Default::default(),
            lif_o: Default::default(),
            lif_odd2: Default::default(),
            take: Default::default(),
            we_x: Default::default(),
            wo_x: Default::default(),
            fe: Default::default(),
            fo: Default::default(),
            sum_e: Default::default(),
            sum_o: Default::default(),
        })
    }

    /// The weight words (for test harnesses).
    pub fn weight_words(&self) -> &[u16] {
        self.weights.contents()
    }

    /// Accumulators of neurons `0..neurons` (for test harnesses).
    pub fn accumulators(&self, neurons: usize) -> Vec<i32> {
        let (e, o) = (self.acc_even.contents(), self.acc_odd.contents());
        (0..neurons)
            .map(|n| {
                let raw = if n % 2 == 0 { e[n / 2] } else { o[n / 2] };
                let raw = raw.to_u32();
                ((raw << (32 - ACC_BITS)) as i32) >> (32 - ACC_BITS)
            })
            .collect()
    }
}

impl Logic for SynapseUnit {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, cur_valid, cur_s, m, m_last, held, r0_valid, r0_m, r1_valid, r1_m,
            r2_valid, r2_m, r3_valid, r3_m, r3_w, r4_valid, r4_m, r4_se, r4_so, r4_ae, r4_ao,
            r4_f1, r4_f2, h1_valid, h1_m, h1_e, h1_o, h2_e, h2_o, lif_pend, lif_odd, lif_word,
            lif_e, lif_o, lif_odd2
        );
        clock!(self, clock, weights, acc_even, acc_odd);
        // every read port reads every cycle
        self.acc_even.read_enable.next = true;
        self.acc_odd.read_enable.next = true;

        // ---- row streaming ----
        // m_last == (m == last_m) while a row streams, as a register; held ==
        // (cur_valid & !m_last), the unit cannot take an event, as a register (`ev_take`
        // fans out across the router and the STDP unit)
        self.take.next = self.ev_valid.val() & !self.held.q.val();
        self.held.d.next = self.cur_valid.q.val()
            & !self.m_last.q.val()
            & (self.m.q.val() != self.before_last_m.val());
        self.ev_take.next = self.take.val();
        self.row_s.next = self.cur_s.q.val();
        if self.cur_valid.q.val() {
            self.m.d.next = (self.m.q.val() + 1) & self.m_mask.val();
            self.m_last.d.next = self.m.q.val() == self.before_last_m.val();
            if self.m_last.q.val() {
                self.cur_valid.d.next = false;
            }
        }
        if self.take.val() {
            self.cur_valid.d.next = true;
            self.cur_s.d.next = self.ev_s.val();
            self.m.d.next = 0.into();
            self.m_last.d.next = self.one_word.val();
            self.held.d.next = !self.one_word.val();
        }
        self.idle_next.next = !self.cur_valid.q.val()
            & !self.r0_valid.q.val()
            & !self.r1_valid.q.val()
            & !self.r2_valid.q.val()
            & !self.r3_valid.q.val();
        self.idle.next = self.idle_next.val() & !self.r4_valid.q.val();

        // ---- weight memory: row stream or memory port ----
        self.weights.address.next = self.wmem_addr.val();
        self.weights.write_data.next = self.wmem_wdata.val();
        self.weights.write_enable.next = self.wmem_write.val() & !self.cur_valid.q.val();
        if self.cur_valid.q.val() {
            self.weights.address.next = (bit_cast::<16, SOURCE_BITS>(self.cur_s.q.val())
                << self.row_shift.val())
                | bit_cast::<16, WORD_BITS>(self.m.q.val());
        }
        self.wmem_rdata.next = self.weights.read_data.val();

        // ---- stages t+1, t+2 (weight read in flight); stage t+3: issue accumulator reads ----
        self.r0_valid.d.next = self.cur_valid.q.val();
        self.r0_m.d.next = self.m.q.val();
        self.r1_valid.d.next = self.r0_valid.q.val();
        self.r1_m.d.next = self.r0_m.q.val();
        self.r2_valid.d.next = self.r1_valid.q.val();
        self.r2_m.d.next = self.r1_m.q.val();
        self.acc_even.read_address.next = self.r2_m.q.val();
        self.acc_odd.read_address.next = self.r2_m.q.val();
        if self.lif_read.val() {
            self.acc_even.read_address.next = self.lif_n.val().get_bits::<WORD_BITS>(1);
            self.acc_odd.read_address.next = self.lif_n.val().get_bits::<WORD_BITS>(1);
        }

        // ---- stage t+3: register the weight word ----
        self.r3_valid.d.next = self.r2_valid.q.val();
        self.r3_m.d.next = self.r2_m.q.val();
        self.r3_w.d.next = self.weights.read_data.val();

        // ---- stage t+4: sign-extend and shift the weights, register the accumulator
        // words; forwarding matches ----
        self.we_x.next = bit_cast::<ACC_BITS, 8>(self.r3_w.q.val().get_bits::<8>(0));
        if self.r3_w.q.val().get_bit(7) {
            self.we_x.next = bit_cast::<ACC_BITS, 8>(self.r3_w.q.val().get_bits::<8>(0))
                | bits::<ACC_BITS>(0x3FF_FF00);
        }
        self.wo_x.next = bit_cast::<ACC_BITS, 8>(self.r3_w.q.val().get_bits::<8>(8));
        if self.r3_w.q.val().get_bit(15) {
            self.wo_x.next = bit_cast::<ACC_BITS, 8>(self.r3_w.q.val().get_bits::<8>(8))
                | bits::<ACC_BITS>(0x3FF_FF00);
        }
        self.r4_valid.d.next = self.r3_valid.q.val();
        self.r4_m.d.next = self.r3_m.q.val();
        self.r4_se.d.next = self.we_x.val() << self.weight_shift.val();
        self.r4_so.d.next = self.wo_x.val() << self.weight_shift.val();
        self.r4_ae.d.next = self.acc_even.read_data.val();
        self.r4_ao.d.next = self.acc_odd.read_data.val();
        self.r4_f1.d.next = self.short_rows.val()
            & self.r4_valid.q.val()
            & (self.r4_m.q.val() == self.r3_m.q.val());
        self.r4_f2.d.next = self.short_rows.val()
            & self.h1_valid.q.val()
            & (self.h1_m.q.val() == self.r3_m.q.val());

        // ---- stage t+5: forward, add, write back ----
        self.fe.next = self.r4_ae.q.val();
        self.fo.next = self.r4_ao.q.val();
        if self.r4_f2.q.val() {
            self.fe.next = self.h2_e.q.val();
            self.fo.next = self.h2_o.q.val();
        }
        if self.r4_f1.q.val() {
            self.fe.next = self.h1_e.q.val();
            self.fo.next = self.h1_o.q.val();
        }
        self.sum_e.next = self.fe.val() + self.r4_se.q.val();
        self.sum_o.next = self.fo.val() + self.r4_so.q.val();
        self.h1_valid.d.next = self.r4_valid.q.val();
        self.h1_m.d.next = self.r4_m.q.val();
        self.h1_e.d.next = self.sum_e.val();
        self.h1_o.d.next = self.sum_o.val();
        self.h2_e.d.next = self.h1_e.q.val();
        self.h2_o.d.next = self.h1_o.q.val();

        self.acc_even.write_address.next = self.r4_m.q.val();
        self.acc_odd.write_address.next = self.r4_m.q.val();
        self.acc_even.write_data.next = self.sum_e.val();
        self.acc_odd.write_data.next = self.sum_o.val();
        self.acc_even.write_enable.next = self.r4_valid.q.val();
        self.acc_odd.write_enable.next = self.r4_valid.q.val();

        // ---- LIF read-out and clear ----
        self.lif_pend.d.next = self.lif_read.val();
        self.lif_odd.d.next = self.lif_n.val().get_bit(0);
        self.lif_word.d.next = self.lif_n.val().get_bits::<WORD_BITS>(1);
        // both banks' words registered, then selected (no RAM output drives logic)
        self.lif_e.d.next = self.acc_even.read_data.val();
        self.lif_o.d.next = self.acc_odd.read_data.val();
        self.lif_odd2.d.next = self.lif_odd.q.val();
        self.lif_acc.next = self.lif_e.q.val();
        if self.lif_odd2.q.val() {
            self.lif_acc.next = self.lif_o.q.val();
        }
        if self.lif_pend.q.val() {
            self.acc_even.write_address.next = self.lif_word.q.val();
            self.acc_odd.write_address.next = self.lif_word.q.val();
            self.acc_even.write_data.next = 0.into();
            self.acc_odd.write_data.next = 0.into();
            self.acc_even.write_enable.next = !self.lif_odd.q.val();
            self.acc_odd.write_enable.next = self.lif_odd.q.val();
        }
    }
}
