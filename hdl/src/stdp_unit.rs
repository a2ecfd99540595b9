//! `StdpUnit`: STDP v1 (see `neurosim::stdp`) after the LIF pass of a step, bit-exact
//! with the golden model.
//!
//! Memories: pre-traces `x` (8 bit, one per source), pre-event flags (1 bit per source),
//! plastic-row flags (16 per word), post-traces `y` and post-spike flags in even/odd
//! neuron banks (so a weight word's two neurons are read in one cycle).
//! Pre events (`ev_take`/`ev_s`) and post spikes (`spike_valid`/`spike_n`) are recorded
//! while the step runs (only while `enable`).
//!
//! A pass (`start`) then runs:
//! 1. For every source s (3 cycles: read, register, decide): `x = decay(x[s])`; write back `jump(x)` if s had an
//!    event else `x`; clear the event flag. If row s is plastic and (s had an event or
//!    any neuron spiked), update every word m of the row (4 cycles per word: read the
//!    weight word and both neurons' `y` and spike flags; register them with `decay(y)`;
//!    `w + pot - dep` of both weights; clamp to `[w_min, w_max]` (unchanged if
//!    `pot == dep`) and write the word back — the weight memory is single-ported, and the
//!    split keeps each cycle to one shift and one or two short adds).
//! 2. For every neuron word m (1 per cycle, pipelined: read, register, write): `y = decay(y)`, then `jump` if
//!    the neuron spiked; clear the spike flags.
//!
//! Cycles of a pass (from the cycle after `start` to `done`, inclusive):
//! `3 * sources + 4 * ceil(N/2) * rows_updated + ceil(N/2) + 2`.
//! Traces are decayed before the weight updates and jumped after them, exactly as the
//! golden model orders it (a pre/post pair in the same step changes nothing).
//!
//! Memory port (while idle, latency 1): `mem_region` 0 pre-trace (index s), 1
//! post-trace (index n), 2 plastic word (index s/16). `clear`/`clear_idx` zero the
//! traces and event/spike flags at one index (reset pass).
//!
//! (`update` uses numeric state codes: rust-hdl emits Rust constant names verbatim.)

use crate::control_map::{NEURON_BITS, SOURCE_BITS};
use crate::sync_ram::SyncRam;
use rust_hdl::prelude::*;

/// Bits of a neuron-pair word index.
pub const PAIR_BITS: usize = NEURON_BITS - 1;
/// Bits of a plastic-flag word index.
pub const PLASTIC_BITS: usize = SOURCE_BITS - 4;

/// STDP v1 weight and trace updates.
#[derive(LogicBlock)]
pub struct StdpUnit {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Learning on (records events/spikes; the controller runs a pass only if set).
    pub enable: Signal<In, Bit>,
    /// Start a pass.
    pub start: Signal<In, Bit>,
    /// A pass runs.
    pub busy: Signal<Out, Bit>,
    /// Last cycle of a pass.
    pub done: Signal<Out, Bit>,
    /// `{minus_shift[14:12], plus_shift[10:8], post_decay_shift[6:4], pre_decay_shift[2:0]}`.
    pub shifts: Signal<In, Bits<16>>,
    /// `{post_increment[15:8], pre_increment[7:0]}`.
    pub increments: Signal<In, Bits<16>>,
    /// `{w_max[15:8], w_min[7:0]}` (two's complement).
    pub bounds: Signal<In, Bits<16>>,
    /// A source event was taken (pre event).
    pub ev_take: Signal<In, Bit>,
    /// Its source.
    pub ev_s: Signal<In, Bits<SOURCE_BITS>>,
    /// A neuron spiked (post spike).
    pub spike_valid: Signal<In, Bit>,
    /// The neuron.
    pub spike_n: Signal<In, Bits<NEURON_BITS>>,
    /// Weight memory: word address.
    pub w_addr: Signal<Out, Bits<16>>,
    /// Weight memory: data written.
    pub w_wdata: Signal<Out, Bits<16>>,
    /// Weight memory: write strobe.
    pub w_write: Signal<Out, Bit>,
    /// Weight memory: word read one cycle earlier.
    pub w_rdata: Signal<In, Bits<16>>,
    /// Reset pass: clear index `clear_idx`.
    pub clear: Signal<In, Bit>,
    /// Index cleared.
    pub clear_idx: Signal<In, Bits<SOURCE_BITS>>,
    /// Memory port: 0 pre-trace, 1 post-trace, 2 plastic word.
    pub mem_region: Signal<In, Bits<2>>,
    /// Memory port: index.
    pub mem_idx: Signal<In, Bits<16>>,
    /// Memory port: data written.
    pub mem_wdata: Signal<In, Bits<16>>,
    /// Memory port: write strobe.
    pub mem_write: Signal<In, Bit>,
    /// Memory port: word read one cycle earlier.
    pub mem_rdata: Signal<Out, Bits<16>>,
    last_s: Constant<Bits<SOURCE_BITS>>,
    last_m: Constant<Bits<PAIR_BITS>>,
    row_shift: Constant<Bits<4>>,
    pre_tr: SyncRam<Bits<8>, SOURCE_BITS>,
    pre_ev: SyncRam<Bit, SOURCE_BITS>,
    plastic: SyncRam<Bits<16>, PLASTIC_BITS>,
    post_e: SyncRam<Bits<8>, PAIR_BITS>,
    post_o: SyncRam<Bits<8>, PAIR_BITS>,
    spk_e: SyncRam<Bit, PAIR_BITS>,
    spk_o: SyncRam<Bit, PAIR_BITS>,
    state: DFF<Bits<4>>,
    s: DFF<Bits<SOURCE_BITS>>,
    m: DFF<Bits<PAIR_BITS>>,
    any_spike: DFF<Bit>,
    xd: DFF<Bits<8>>,
    rx: DFF<Bits<8>>,
    rpl: DFF<Bit>,
    pre: DFF<Bit>,
    rw: DFF<Bits<16>>,
    ryd_e: DFF<Bits<8>>,
    ryd_o: DFF<Bits<8>>,
    rsum_e: DFF<Bits<10>>,
    rsum_o: DFF<Bits<10>>,
    req_e: DFF<Bit>,
    req_o: DFF<Bit>,
    rse: DFF<Bit>,
    rso: DFF<Bit>,
    post_pend: DFF<Bit>,
    post_m: DFF<Bits<PAIR_BITS>>,
    post_pend2: DFF<Bit>,
    post_m2: DFF<Bits<PAIR_BITS>>,
    pp_y_e: DFF<Bits<8>>,
    pp_y_o: DFF<Bits<8>>,
    pp_s_e: DFF<Bit>,
    pp_s_o: DFF<Bit>,
    rd_region: DFF<Bits<2>>,
    rd_odd: DFF<Bit>,
    x_raw: Signal<Local, Bits<8>>,
    x_dec: Signal<Local, Bits<8>>,
    x_jump: Signal<Local, Bits<9>>,
    row_go: Signal<Local, Bit>,
    yd_e: Signal<Local, Bits<8>>,
    yd_o: Signal<Local, Bits<8>>,
    pot_e: Signal<Local, Bits<10>>,
    pot_o: Signal<Local, Bits<10>>,
    dep_e: Signal<Local, Bits<10>>,
    dep_o: Signal<Local, Bits<10>>,
    w_e: Signal<Local, Bits<10>>,
    w_o: Signal<Local, Bits<10>>,
    sum_e: Signal<Local, Bits<10>>,
    sum_o: Signal<Local, Bits<10>>,
    wmin: Signal<Local, Bits<10>>,
    wmax: Signal<Local, Bits<10>>,
    new_e: Signal<Local, Bits<8>>,
    new_o: Signal<Local, Bits<8>>,
    yj_e: Signal<Local, Bits<9>>,
    zd_e: Signal<Local, Bits<8>>,
    zd_o: Signal<Local, Bits<8>>,
    yj_o: Signal<Local, Bits<9>>,
    next_src: Signal<Local, Bit>,
}

impl StdpUnit {
    /// An STDP unit for `neurons` neurons and `sources` sources.
    pub fn new(neurons: usize, sources: usize) -> Self {
        let words = neurons.div_ceil(2);
        Self {
            clock: Default::default(),
            enable: Default::default(),
            start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            shifts: Default::default(),
            increments: Default::default(),
            bounds: Default::default(),
            ev_take: Default::default(),
            ev_s: Default::default(),
            spike_valid: Default::default(),
            spike_n: Default::default(),
            w_addr: Default::default(),
            w_wdata: Default::default(),
            w_write: Default::default(),
            w_rdata: Default::default(),
            clear: Default::default(),
            clear_idx: Default::default(),
            mem_region: Default::default(),
            mem_idx: Default::default(),
            mem_wdata: Default::default(),
            mem_write: Default::default(),
            mem_rdata: Default::default(),
            last_s: Constant::new(((sources - 1) as u64).to_bits()),
            last_m: Constant::new(((words - 1) as u64).to_bits()),
            row_shift: Constant::new((crate::control_map::row_shift(neurons) as u64).to_bits()),
            pre_tr: SyncRam::new(sources),
            pre_ev: SyncRam::new(sources),
            plastic: SyncRam::new(sources.div_ceil(16)),
            post_e: SyncRam::new(words),
            post_o: SyncRam::new(words),
            spk_e: SyncRam::new(words),
            spk_o: SyncRam::new(words),
            state: Default::default(),
            s: Default::default(),
            m: Default::default(),
            any_spike: Default::default(),
            xd: Default::default(),
            rx: Default::default(),
            rpl: Default::default(),
            pre: Default::default(),
            rw: Default::default(),
            ryd_e: Default::default(),
            ryd_o: Default::default(),
            rsum_e: Default::default(),
            rsum_o: Default::default(),
            req_e: Default::default(),
            req_o: Default::default(),
            rse: Default::default(),
            rso: Default::default(),
            post_pend: Default::default(),
            post_m: Default::default(),
            post_pend2: Default::default(),
            post_m2: Default::default(),
            pp_y_e: Default::default(),
            pp_y_o: Default::default(),
            pp_s_e: Default::default(),
            pp_s_o: Default::default(),
            rd_region: Default::default(),
            rd_odd: Default::default(),
            x_raw: Default::default(),
            x_dec: Default::default(),
            x_jump: Default::default(),
            row_go: Default::default(),
            yd_e: Default::default(),
            yd_o: Default::default(),
            pot_e: Default::default(),
            pot_o: Default::default(),
            dep_e: Default::default(),
            dep_o: Default::default(),
            w_e: Default::default(),
            w_o: Default::default(),
            sum_e: Default::default(),
            sum_o: Default::default(),
            wmin: Default::default(),
            wmax: Default::default(),
            new_e: Default::default(),
            new_o: Default::default(),
            yj_e: Default::default(),
            zd_e: Default::default(),
            zd_o: Default::default(),
            yj_o: Default::default(),
            next_src: Default::default(),
        }
    }

    /// Pre-traces (test harness back door).
    pub fn pre_traces(&self) -> Vec<u8> {
        self.pre_tr.contents().iter().map(|x| x.to_u8()).collect()
    }

    /// Post-traces of neurons `0..neurons` (test harness back door).
    pub fn post_traces(&self, neurons: usize) -> Vec<u8> {
        let (e, o) = (self.post_e.contents(), self.post_o.contents());
        (0..neurons)
            .map(|n| if n % 2 == 0 { e[n / 2] } else { o[n / 2] }.to_u8())
            .collect()
    }
}

impl Logic for StdpUnit {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, s, m, any_spike, xd, rx, rpl, pre, rw, ryd_e, ryd_o, rsum_e,
            rsum_o, req_e, req_o, rse, rso, post_pend, post_m, post_pend2, post_m2, pp_y_e, pp_y_o,
            pp_s_e, pp_s_o, rd_region, rd_odd
        );
        clock!(self, clock, pre_tr, pre_ev, plastic, post_e, post_o, spk_e, spk_o);
        self.busy.next = self.state.q.val() != 0;
        self.done.next = false;
        self.next_src.next = false;

        // ---- default memory addressing: the memory port ----
        self.pre_tr.read_address.next = bit_cast::<SOURCE_BITS, 16>(self.mem_idx.val());
        self.pre_ev.read_address.next = bit_cast::<SOURCE_BITS, 16>(self.mem_idx.val());
        self.plastic.read_address.next = bit_cast::<PLASTIC_BITS, 16>(self.mem_idx.val());
        self.post_e.read_address.next = self.mem_idx.val().get_bits::<PAIR_BITS>(1);
        self.post_o.read_address.next = self.mem_idx.val().get_bits::<PAIR_BITS>(1);
        self.spk_e.read_address.next = self.m.q.val();
        self.spk_o.read_address.next = self.m.q.val();
        self.pre_tr.write_address.next = bit_cast::<SOURCE_BITS, 16>(self.mem_idx.val());
        self.pre_tr.write_data.next = self.mem_wdata.val().get_bits::<8>(0);
        self.pre_tr.write_enable.next = self.mem_write.val() & (self.mem_region.val() == 0);
        self.plastic.write_address.next = bit_cast::<PLASTIC_BITS, 16>(self.mem_idx.val());
        self.plastic.write_data.next = self.mem_wdata.val();
        self.plastic.write_enable.next = self.mem_write.val() & (self.mem_region.val() == 2);
        self.post_e.write_address.next = self.mem_idx.val().get_bits::<PAIR_BITS>(1);
        self.post_o.write_address.next = self.mem_idx.val().get_bits::<PAIR_BITS>(1);
        self.post_e.write_data.next = self.mem_wdata.val().get_bits::<8>(0);
        self.post_o.write_data.next = self.mem_wdata.val().get_bits::<8>(0);
        self.post_e.write_enable.next =
            self.mem_write.val() & (self.mem_region.val() == 1) & !self.mem_idx.val().get_bit(0);
        self.post_o.write_enable.next =
            self.mem_write.val() & (self.mem_region.val() == 1) & self.mem_idx.val().get_bit(0);
        self.rd_region.d.next = self.mem_region.val();
        self.rd_odd.d.next = self.mem_idx.val().get_bit(0);
        self.mem_rdata.next = bit_cast::<16, 8>(self.pre_tr.read_data.val());
        if self.rd_region.q.val() == 1 {
            self.mem_rdata.next = bit_cast::<16, 8>(self.post_e.read_data.val());
            if self.rd_odd.q.val() {
                self.mem_rdata.next = bit_cast::<16, 8>(self.post_o.read_data.val());
            }
        }
        if self.rd_region.q.val() == 2 {
            self.mem_rdata.next = self.plastic.read_data.val();
        }

        // ---- event and spike recording ----
        self.pre_ev.write_address.next = self.ev_s.val();
        self.pre_ev.write_data.next = true;
        self.pre_ev.write_enable.next = self.ev_take.val() & self.enable.val();
        self.spk_e.write_address.next = self.spike_n.val().get_bits::<PAIR_BITS>(1);
        self.spk_o.write_address.next = self.spike_n.val().get_bits::<PAIR_BITS>(1);
        self.spk_e.write_data.next = true;
        self.spk_o.write_data.next = true;
        self.spk_e.write_enable.next =
            self.spike_valid.val() & self.enable.val() & !self.spike_n.val().get_bit(0);
        self.spk_o.write_enable.next =
            self.spike_valid.val() & self.enable.val() & self.spike_n.val().get_bit(0);
        if self.spike_valid.val() & self.enable.val() {
            self.any_spike.d.next = true;
        }

        // ---- trace arithmetic ----
        // decay(z, k) = z - max(z >> k, min(z, 1))
        self.x_raw.next = self.rx.q.val();
        self.x_dec.next =
            self.x_raw.val() - (self.x_raw.val() >> self.shifts.val().get_bits::<3>(0));
        if ((self.x_raw.val() >> self.shifts.val().get_bits::<3>(0)) == 0) & (self.x_raw.val() != 0)
        {
            self.x_dec.next = self.x_raw.val() - 1;
        }
        self.x_jump.next = bit_cast::<9, 8>(self.x_dec.val())
            + bit_cast::<9, 8>(self.increments.val().get_bits::<8>(0));

        // ---- weight update, stage 1 (state 5): pot, dep, w + pot - dep ----
        self.pot_e.next = 0.into();
        self.pot_o.next = 0.into();
        self.dep_e.next = 0.into();
        self.dep_o.next = 0.into();
        if self.rse.q.val() {
            self.pot_e.next =
                bit_cast::<10, 8>(self.xd.q.val() >> self.shifts.val().get_bits::<3>(8));
        }
        if self.rso.q.val() {
            self.pot_o.next =
                bit_cast::<10, 8>(self.xd.q.val() >> self.shifts.val().get_bits::<3>(8));
        }
        if self.pre.q.val() {
            self.dep_e.next =
                bit_cast::<10, 8>(self.ryd_e.q.val() >> self.shifts.val().get_bits::<3>(12));
            self.dep_o.next =
                bit_cast::<10, 8>(self.ryd_o.q.val() >> self.shifts.val().get_bits::<3>(12));
        }
        self.w_e.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(0));
        if self.rw.q.val().get_bit(7) {
            self.w_e.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(0)) | bits::<10>(0x300);
        }
        self.w_o.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(8));
        if self.rw.q.val().get_bit(15) {
            self.w_o.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(8)) | bits::<10>(0x300);
        }
        self.sum_e.next = self.w_e.val() + self.pot_e.val() - self.dep_e.val();
        self.sum_o.next = self.w_o.val() + self.pot_o.val() - self.dep_o.val();

        // ---- weight update, stage 2 (state 6): clamp to [w_min, w_max] ----
        self.wmin.next = bit_cast::<10, 8>(self.bounds.val().get_bits::<8>(0));
        if self.bounds.val().get_bit(7) {
            self.wmin.next =
                bit_cast::<10, 8>(self.bounds.val().get_bits::<8>(0)) | bits::<10>(0x300);
        }
        self.wmax.next = bit_cast::<10, 8>(self.bounds.val().get_bits::<8>(8));
        if self.bounds.val().get_bit(15) {
            self.wmax.next =
                bit_cast::<10, 8>(self.bounds.val().get_bits::<8>(8)) | bits::<10>(0x300);
        }
        // signed 10-bit compares by flipping the sign bit
        self.new_e.next = self.rsum_e.q.val().get_bits::<8>(0);
        if (self.rsum_e.q.val() ^ 0x200) < (self.wmin.val() ^ 0x200) {
            self.new_e.next = self.wmin.val().get_bits::<8>(0);
        }
        if (self.rsum_e.q.val() ^ 0x200) > (self.wmax.val() ^ 0x200) {
            self.new_e.next = self.wmax.val().get_bits::<8>(0);
        }
        if self.req_e.q.val() {
            self.new_e.next = self.rw.q.val().get_bits::<8>(0);
        }
        self.new_o.next = self.rsum_o.q.val().get_bits::<8>(0);
        if (self.rsum_o.q.val() ^ 0x200) < (self.wmin.val() ^ 0x200) {
            self.new_o.next = self.wmin.val().get_bits::<8>(0);
        }
        if (self.rsum_o.q.val() ^ 0x200) > (self.wmax.val() ^ 0x200) {
            self.new_o.next = self.wmax.val().get_bits::<8>(0);
        }
        if self.req_o.q.val() {
            self.new_o.next = self.rw.q.val().get_bits::<8>(8);
        }
        self.w_addr.next = (bit_cast::<16, SOURCE_BITS>(self.s.q.val()) << self.row_shift.val())
            | bit_cast::<16, PAIR_BITS>(self.m.q.val());
        self.w_wdata.next =
            (bit_cast::<16, 8>(self.new_o.val()) << 8) | bit_cast::<16, 8>(self.new_e.val());
        self.w_write.next = false;

        // ---- decay of the post-trace RAM outputs (word update and post pass) ----
        self.yd_e.next = self.post_e.read_data.val()
            - (self.post_e.read_data.val() >> self.shifts.val().get_bits::<3>(4));
        if ((self.post_e.read_data.val() >> self.shifts.val().get_bits::<3>(4)) == 0)
            & (self.post_e.read_data.val() != 0)
        {
            self.yd_e.next = self.post_e.read_data.val() - 1;
        }
        self.yd_o.next = self.post_o.read_data.val()
            - (self.post_o.read_data.val() >> self.shifts.val().get_bits::<3>(4));
        if ((self.post_o.read_data.val() >> self.shifts.val().get_bits::<3>(4)) == 0)
            & (self.post_o.read_data.val() != 0)
        {
            self.yd_o.next = self.post_o.read_data.val() - 1;
        }
        // post pass: decay of the registered post-trace words, then jump
        self.zd_e.next =
            self.pp_y_e.q.val() - (self.pp_y_e.q.val() >> self.shifts.val().get_bits::<3>(4));
        if ((self.pp_y_e.q.val() >> self.shifts.val().get_bits::<3>(4)) == 0)
            & (self.pp_y_e.q.val() != 0)
        {
            self.zd_e.next = self.pp_y_e.q.val() - 1;
        }
        self.zd_o.next =
            self.pp_y_o.q.val() - (self.pp_y_o.q.val() >> self.shifts.val().get_bits::<3>(4));
        if ((self.pp_y_o.q.val() >> self.shifts.val().get_bits::<3>(4)) == 0)
            & (self.pp_y_o.q.val() != 0)
        {
            self.zd_o.next = self.pp_y_o.q.val() - 1;
        }
        self.yj_e.next = bit_cast::<9, 8>(self.zd_e.val())
            + bit_cast::<9, 8>(self.increments.val().get_bits::<8>(8));
        self.yj_o.next = bit_cast::<9, 8>(self.zd_o.val())
            + bit_cast::<9, 8>(self.increments.val().get_bits::<8>(8));

        // ---- sequencer ----
        // 0 idle, 1 source read, 2 source registers, 9 source decide, 3 word read,
        // 4 word registers + y decay, 5 word sums, 6 word clamp + write, 7 post pass,
        // 8, 10 post tail
        if (self.state.q.val() == 0) & self.start.val() {
            self.state.d.next = 1.into();
            self.s.d.next = 0.into();
        }
        if self.state.q.val() == 1 {
            self.pre_tr.read_address.next = self.s.q.val();
            self.pre_ev.read_address.next = self.s.q.val();
            self.plastic.read_address.next = self.s.q.val().get_bits::<PLASTIC_BITS>(4);
            self.state.d.next = 2.into();
        }
        self.row_go.next = false;
        if self.state.q.val() == 2 {
            // register the RAM outputs of source s
            self.rx.d.next = self.pre_tr.read_data.val();
            self.pre.d.next = self.pre_ev.read_data.val();
            self.rpl.d.next = self
                .plastic
                .read_data
                .val()
                .get_bit(self.s.q.val().get_bits::<4>(0).index());
            self.state.d.next = 9.into();
        }
        if self.state.q.val() == 9 {
            self.xd.d.next = self.x_dec.val();
            self.pre_tr.write_address.next = self.s.q.val();
            self.pre_tr.write_data.next = self.x_dec.val();
            if self.pre.q.val() {
                self.pre_tr.write_data.next = self.x_jump.val().get_bits::<8>(0);
                if self.x_jump.val().get_bit(8) {
                    self.pre_tr.write_data.next = 0xFF.into();
                }
            }
            self.pre_tr.write_enable.next = true;
            self.pre_ev.write_address.next = self.s.q.val();
            self.pre_ev.write_data.next = false;
            self.pre_ev.write_enable.next = true;
            self.row_go.next = self.rpl.q.val() & (self.pre.q.val() | self.any_spike.q.val());
            if self.row_go.val() {
                self.m.d.next = 0.into();
                self.state.d.next = 3.into();
            } else {
                self.next_src.next = true;
            }
        }
        if self.state.q.val() == 3 {
            self.post_e.read_address.next = self.m.q.val();
            self.post_o.read_address.next = self.m.q.val();
            self.state.d.next = 4.into();
        }
        if self.state.q.val() == 4 {
            self.rw.d.next = self.w_rdata.val();
            self.ryd_e.d.next = self.yd_e.val();
            self.ryd_o.d.next = self.yd_o.val();
            self.rse.d.next = self.spk_e.read_data.val();
            self.rso.d.next = self.spk_o.read_data.val();
            self.state.d.next = 5.into();
        }
        if self.state.q.val() == 5 {
            self.rsum_e.d.next = self.sum_e.val();
            self.rsum_o.d.next = self.sum_o.val();
            self.req_e.d.next = self.pot_e.val() == self.dep_e.val();
            self.req_o.d.next = self.pot_o.val() == self.dep_o.val();
            self.state.d.next = 6.into();
        }
        if self.state.q.val() == 6 {
            self.w_write.next = true;
            if self.m.q.val() == self.last_m.val() {
                self.next_src.next = true;
            } else {
                self.m.d.next = self.m.q.val() + 1;
                self.state.d.next = 3.into();
            }
        }
        if self.next_src.val() {
            if self.s.q.val() == self.last_s.val() {
                self.m.d.next = 0.into();
                self.state.d.next = 7.into();
            } else {
                self.s.d.next = self.s.q.val() + 1;
                self.state.d.next = 1.into();
            }
        }
        // post pass: read word m, write it back (decayed, jumped) one cycle later
        self.post_pend.d.next = false;
        if self.state.q.val() == 7 {
            self.post_e.read_address.next = self.m.q.val();
            self.post_o.read_address.next = self.m.q.val();
            self.post_pend.d.next = true;
            self.post_m.d.next = self.m.q.val();
            self.m.d.next = self.m.q.val() + 1;
            if self.m.q.val() == self.last_m.val() {
                self.state.d.next = 8.into();
            }
        }
        // one cycle later: register the words and spike flags
        self.post_pend2.d.next = self.post_pend.q.val();
        self.post_m2.d.next = self.post_m.q.val();
        self.pp_y_e.d.next = self.post_e.read_data.val();
        self.pp_y_o.d.next = self.post_o.read_data.val();
        self.pp_s_e.d.next = self.spk_e.read_data.val();
        self.pp_s_o.d.next = self.spk_o.read_data.val();
        // two cycles later: write back
        if self.post_pend2.q.val() {
            self.post_e.write_address.next = self.post_m2.q.val();
            self.post_o.write_address.next = self.post_m2.q.val();
            self.post_e.write_data.next = self.zd_e.val();
            self.post_o.write_data.next = self.zd_o.val();
            if self.pp_s_e.q.val() {
                self.post_e.write_data.next = self.yj_e.val().get_bits::<8>(0);
                if self.yj_e.val().get_bit(8) {
                    self.post_e.write_data.next = 0xFF.into();
                }
            }
            if self.pp_s_o.q.val() {
                self.post_o.write_data.next = self.yj_o.val().get_bits::<8>(0);
                if self.yj_o.val().get_bit(8) {
                    self.post_o.write_data.next = 0xFF.into();
                }
            }
            self.post_e.write_enable.next = true;
            self.post_o.write_enable.next = true;
            self.spk_e.write_address.next = self.post_m2.q.val();
            self.spk_o.write_address.next = self.post_m2.q.val();
            self.spk_e.write_data.next = false;
            self.spk_o.write_data.next = false;
            self.spk_e.write_enable.next = true;
            self.spk_o.write_enable.next = true;
        }
        if self.state.q.val() == 8 {
            self.state.d.next = 10.into();
        }
        if self.state.q.val() == 10 {
            self.done.next = true;
            self.any_spike.d.next = false;
            self.state.d.next = 0.into();
        }

        // ---- reset pass ----
        if self.clear.val() {
            self.pre_tr.write_address.next = self.clear_idx.val();
            self.pre_tr.write_data.next = 0.into();
            self.pre_tr.write_enable.next = self.clear_idx.val() <= self.last_s.val();
            self.pre_ev.write_address.next = self.clear_idx.val();
            self.pre_ev.write_data.next = false;
            self.pre_ev.write_enable.next = self.clear_idx.val() <= self.last_s.val();
            self.post_e.write_address.next = self.clear_idx.val().get_bits::<PAIR_BITS>(0);
            self.post_o.write_address.next = self.clear_idx.val().get_bits::<PAIR_BITS>(0);
            self.post_e.write_data.next = 0.into();
            self.post_o.write_data.next = 0.into();
            self.post_e.write_enable.next =
                bit_cast::<SOURCE_BITS, PAIR_BITS>(self.last_m.val()) >= self.clear_idx.val();
            self.post_o.write_enable.next =
                bit_cast::<SOURCE_BITS, PAIR_BITS>(self.last_m.val()) >= self.clear_idx.val();
            self.spk_e.write_address.next = self.clear_idx.val().get_bits::<PAIR_BITS>(0);
            self.spk_o.write_address.next = self.clear_idx.val().get_bits::<PAIR_BITS>(0);
            self.spk_e.write_data.next = false;
            self.spk_o.write_data.next = false;
            self.spk_e.write_enable.next =
                bit_cast::<SOURCE_BITS, PAIR_BITS>(self.last_m.val()) >= self.clear_idx.val();
            self.spk_o.write_enable.next =
                bit_cast::<SOURCE_BITS, PAIR_BITS>(self.last_m.val()) >= self.clear_idx.val();
            self.any_spike.d.next = false;
        }
    }
}
