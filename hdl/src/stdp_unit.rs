//! `StdpUnit`: STDP v1 (see `neurosim::stdp`) after the LIF pass of a step, bit-exact
//! with the golden model.
//!
//! Memories: pre-traces `x` (8 bit, one per source), pre-event flags (1 bit per source),
//! plastic-row flags (16 per word), post-traces `y` and post-spike flags in even/odd
//! neuron banks (so a weight word's two neurons are read in one cycle).
//! Pre events (`ev_take`, registered, with `ev_s` one cycle later) and post spikes
//! (`spike_valid`/`spike_n`) are recorded while the step runs (only while `enable`).
//!
//! A pass (`start`) then runs:
//! 0. Decay pass over `max(sources, ceil(N/2))` indices, pipelined (1 per cycle: read;
//!    register; register with the subtrahend `max(z >> k, min(z, 1))`; write): every
//!    pre-trace `x = decay(x)` and every post-trace word `y = decay(y)`.
//! 1. For every source s (3 cycles: read; register the decayed `x[s]` and flags; decide;
//!    the trace and plastic word are also read in the cycle before, so their flags are
//!    computed from registers):
//!    write back `jump(x)` if s had an event; clear the event flag. Row s is *updated* if
//!    it is plastic and (s had an event, or some neuron spiked and `x >> plus_shift != 0`);
//!    every other row would keep its weights (`pot = dep = 0`) and is skipped. An updated
//!    row is rewritten word by word (5 cycles per word: read both neurons' decayed `y`
//!    and spike flags; wait; register the weight word (its read is requested three
//!    cycles earlier, the weight memory's latency: in the previous word's last state, or
//!    in the source's decide state for the first word), `pot` and `dep` of both
//!    weights; `w + pot - dep`; clamp
//!    to `[w_min, w_max]` (unchanged if `pot == dep`; the bound compares registered, the
//!    word selected from registers when its write is requested), whose write is
//!    requested in the next cycle in which the single-ported weight memory is free
//!    (state 11 of the next word, or the first cycle after the row). Each cycle holds at
//!    most one shift, two short adds or one compare.
//! 2. For every neuron word m (1 per cycle, pipelined: read; register; write): `jump(y)`
//!    if the neuron spiked; clear the spike flags.
//!
//! Cycles of a pass (from the cycle after `start` to `done`, inclusive):
//! `max(sources, ceil(N/2)) + 3 + 3 * sources + 5 * ceil(N/2) * rows_updated + ceil(N/2) + 2`,
//! `rows_updated` the rows updated as defined in 1.
//! Traces are decayed before the weight updates and jumped after them, exactly as the
//! golden model orders it (a pre/post pair in the same step changes nothing).
//!
//! Memory port (while idle, latency 2: selected from registered RAM outputs):
//! `mem_region` 0 pre-trace (index s), 1
//! post-trace (index n), 2 plastic word (index s/16). `clear`/`clear_idx` zero the
//! traces and event/spike flags at one index (reset pass).
//!
//! Timing: the sequencer state is one-hot and every branch after a source's RAM read is
//! decided from flags registered a cycle or more earlier (`rg_pl`, `pre`, `rg_x`: the row
//! decision, one flag per RAM; `rlast`: last source, `mlast`: last word of the row), so
//! the next-state, counter and write strobe logic sees no compare. Every RAM output goes
//! straight into a register.
//!
//! (`update` uses numeric state codes, one-hot bit `k` for state `k`: rust-hdl emits Rust
//! constant names verbatim.)

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
    /// The source of the event taken in the previous cycle.
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
    /// Weight memory: word read for the request three cycles earlier.
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
    /// Memory port: word read two cycles earlier.
    pub mem_rdata: Signal<Out, Bits<16>>,
    last_s: Constant<Bits<SOURCE_BITS>>,
    last_m: Constant<Bits<PAIR_BITS>>,
    before_last_m: Constant<Bits<PAIR_BITS>>,
    one_word: Constant<Bit>,
    last_d: Constant<Bits<SOURCE_BITS>>,
    row_shift: Constant<Bits<4>>,
    s_mask: Constant<Bits<SOURCE_BITS>>,
    m_mask: Constant<Bits<PAIR_BITS>>,
    pre_tr: SyncRam<Bits<8>, SOURCE_BITS>,
    pre_ev: SyncRam<Bit, SOURCE_BITS>,
    plastic: SyncRam<Bits<16>, PLASTIC_BITS>,
    post_e: SyncRam<Bits<8>, PAIR_BITS>,
    post_o: SyncRam<Bits<8>, PAIR_BITS>,
    spk_e: SyncRam<Bit, PAIR_BITS>,
    spk_o: SyncRam<Bit, PAIR_BITS>,
    state: DFF<Bits<14>>,
    s: DFF<Bits<SOURCE_BITS>>,
    m: DFF<Bits<PAIR_BITS>>,
    any_spike: DFF<Bit>,
    pmask: DFF<Bits<8>>,
    xmask: DFF<Bits<8>>,
    ymask: DFF<Bits<8>>,
    dv2: DFF<Bit>,
    di2: DFF<Bits<SOURCE_BITS>>,
    dv3: DFF<Bit>,
    di3: DFF<Bits<SOURCE_BITS>>,
    dv4: DFF<Bit>,
    di4: DFF<Bits<SOURCE_BITS>>,
    dx4: DFF<Bits<8>>,
    dye4: DFF<Bits<8>>,
    dyo4: DFF<Bits<8>>,
    dx: DFF<Bits<8>>,
    dxs: DFF<Bits<8>>,
    dye: DFF<Bits<8>>,
    dyse: DFF<Bits<8>>,
    dyo: DFF<Bits<8>>,
    dyso: DFF<Bits<8>>,
    rpot: DFF<Bits<8>>,
    rg_pl: DFF<Bit>,
    rg_x: DFF<Bit>,
    mlast: DFF<Bit>,
    rlast: DFF<Bit>,
    active: DFF<Bit>,
    fin: DFF<Bit>,
    rwmin: DFF<Bits<10>>,
    wq_pend: DFF<Bit>,
    wcyc: DFF<Bit>,
    wq_addr: DFF<Bits<16>>,
    lt_e: DFF<Bit>,
    gt_e: DFF<Bit>,
    lt_o: DFF<Bit>,
    gt_o: DFF<Bit>,
    rwmax: DFF<Bits<10>>,
    pre: DFF<Bit>,
    rw: DFF<Bits<16>>,
    gpot_e: DFF<Bits<8>>,
    gpot_o: DFF<Bits<8>>,
    gdep_e: DFF<Bits<8>>,
    gdep_o: DFF<Bits<8>>,
    rsum_e: DFF<Bits<10>>,
    rsum_o: DFF<Bits<10>>,
    req_e: DFF<Bit>,
    req_o: DFF<Bit>,
    ry_e: DFF<Bits<8>>,
    ry_o: DFF<Bits<8>>,
    rs_e: DFF<Bit>,
    rs_o: DFF<Bit>,
    post_pend: DFF<Bit>,
    post_m: DFF<Bits<PAIR_BITS>>,
    post_pend2: DFF<Bit>,
    post_m2: DFF<Bits<PAIR_BITS>>,
    rd_region: DFF<Bits<2>>,
    rd_odd: DFF<Bit>,
    rd_sel: DFF<Bits<4>>,
    rpl: DFF<Bits<16>>,
    pre_take: DFF<Bit>,
    dwx4: DFF<Bit>,
    dwy4: DFF<Bit>,
    xsh: Signal<Local, Bits<8>>,
    ysh_e: Signal<Local, Bits<8>>,
    ysh_o: Signal<Local, Bits<8>>,
    x_jump: Signal<Local, Bits<9>>,
    w_e: Signal<Local, Bits<10>>,
    w_o: Signal<Local, Bits<10>>,
    wmin: Signal<Local, Bits<10>>,
    wmax: Signal<Local, Bits<10>>,
    new_e: Signal<Local, Bits<8>>,
    new_o: Signal<Local, Bits<8>>,
    yj_e: Signal<Local, Bits<9>>,
    yj_o: Signal<Local, Bits<9>>,
    go: Signal<Local, Bit>,
    m_next: Signal<Local, Bits<PAIR_BITS>>,
    rd_m: Signal<Local, Bits<PAIR_BITS>>,
    s_inc: Signal<Local, Bits<SOURCE_BITS>>,
    rd_x: Signal<Local, Bits<8>>,
    rd_ye: Signal<Local, Bits<8>>,
    rd_yo: Signal<Local, Bits<8>>,
    rd_pl: Signal<Local, Bits<16>>,
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
            // the word index before the last one, modulo the counter's range
            before_last_m: Constant::new(
                (((words + words.next_power_of_two() - 2) % words.next_power_of_two()) as u64)
                    .to_bits(),
            ),
            one_word: Constant::new(words == 1),
            last_d: Constant::new(((sources.max(words) - 1) as u64).to_bits()),
            row_shift: Constant::new((crate::control_map::row_shift(neurons) as u64).to_bits()),
            // the counters wrap at the next power of two of their range (synthesis keeps
            // only the bits the sizes need)
            s_mask: Constant::new(((sources.max(words).next_power_of_two() - 1) as u64).to_bits()),
            m_mask: Constant::new(((words.next_power_of_two() - 1) as u64).to_bits()),
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
            pmask: Default::default(),
            xmask: Default::default(),
            ymask: Default::default(),
            dv2: Default::default(),
            di2: Default::default(),
            dv3: Default::default(),
            di3: Default::default(),
            dv4: Default::default(),
            di4: Default::default(),
            dx4: Default::default(),
            dye4: Default::default(),
            dyo4: Default::default(),
            dx: Default::default(),
            dxs: Default::default(),
            dye: Default::default(),
            dyse: Default::default(),
            dyo: Default::default(),
            dyso: Default::default(),
            rpot: Default::default(),
            rg_pl: Default::default(),
            rg_x: Default::default(),
            mlast: Default::default(),
            rlast: Default::default(),
            active: Default::default(),
            fin: Default::default(),
            rwmin: Default::default(),
            wq_pend: Default::default(),
            wcyc: Default::default(),
            wq_addr: Default::default(),
            lt_e: Default::default(),
            gt_e: Default::default(),
            lt_o: Default::default(),
            gt_o: Default::default(),
            rwmax: Default::default(),
            pre: Default::default(),
            rw: Default::default(),
            gpot_e: Default::default(),
            gpot_o: Default::default(),
            gdep_e: Default::default(),
            gdep_o: Default::default(),
            rsum_e: Default::default(),
            rsum_o: Default::default(),
            req_e: Default::default(),
            req_o: Default::default(),
            ry_e: Default::default(),
            ry_o: Default::default(),
            rs_e: Default::default(),
            rs_o: Default::default(),
            post_pend: Default::default(),
            post_m: Default::default(),
            post_pend2: Default::default(),
            post_m2: Default::default(),
            rd_region: Default::default(),
            rd_odd: Default::default(),
            rd_sel: Default::default(),
            rpl: Default::default(),
            pre_take: Default::default(),
            dwx4: Default::default(),
            dwy4: Default::default(),
            xsh: Default::default(),
            ysh_e: Default::default(),
            ysh_o: Default::default(),
            x_jump: Default::default(),
            w_e: Default::default(),
            w_o: Default::default(),
            wmin: Default::default(),
            wmax: Default::default(),
            new_e: Default::default(),
            new_o: Default::default(),
            yj_e: Default::default(),
            yj_o: Default::default(),
            go: Default::default(),
            m_next: Default::default(),
            rd_m: Default::default(),
            s_inc: Default::default(),
            rd_x: Default::default(),
            rd_ye: Default::default(),
            rd_yo: Default::default(),
            rd_pl: Default::default(),
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
            self, clock, state, s, m, any_spike, pmask, xmask, ymask, dv2, di2, dv3, di3, dv4, di4,
            dx4, dye4, dyo4, dx, dxs, dye, dyse, dyo, dyso, rpot, rg_pl, rg_x, mlast, rlast,
            active, fin, rwmin, rwmax, wq_pend, wcyc, wq_addr, lt_e, gt_e, lt_o, gt_o, pre, rw,
            gpot_e, gpot_o, gdep_e, gdep_o, rsum_e, rsum_o, req_e, req_o, ry_e, ry_o, rs_e, rs_o,
            post_pend, post_m, post_pend2, post_m2, rd_region, rd_odd, rd_sel, rpl, pre_take, dwx4,
            dwy4
        );
        clock!(self, clock, pre_tr, pre_ev, plastic, post_e, post_o, spk_e, spk_o);
        // every read port reads every cycle
        self.pre_tr.read_enable.next = true;
        self.pre_ev.read_enable.next = true;
        self.plastic.read_enable.next = true;
        self.post_e.read_enable.next = true;
        self.post_o.read_enable.next = true;
        self.spk_e.read_enable.next = true;
        self.spk_o.read_enable.next = true;
        // active == (state != 0), as a register (the weight memory multiplexer uses it)
        self.busy.next = self.active.q.val();
        // done == (state == 10), as a register (state 8 always goes to 10): the step
        // controller and the link see it straight from a flip-flop
        self.fin.d.next = self.state.q.val().get_bit(8);
        self.done.next = self.fin.q.val();

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
        // (latency 2: selected from the registers that hold the RAM outputs every cycle,
        // `dx`, `dye`, `dyo` of the decay pipeline and `rpl`)
        self.rd_region.d.next = self.mem_region.val();
        self.rd_odd.d.next = self.mem_idx.val().get_bit(0);
        // one-hot select (pre, post even, post odd, plastic), then AND-OR
        self.rd_sel.d.next = 0.into();
        if self.rd_region.q.val() == 0 {
            self.rd_sel.d.next = 1.into();
        }
        if (self.rd_region.q.val() == 1) & !self.rd_odd.q.val() {
            self.rd_sel.d.next = 2.into();
        }
        if (self.rd_region.q.val() == 1) & self.rd_odd.q.val() {
            self.rd_sel.d.next = 4.into();
        }
        if self.rd_region.q.val() == 2 {
            self.rd_sel.d.next = 8.into();
        }
        self.rpl.d.next = self.plastic.read_data.val();
        self.rd_x.next = 0.into();
        if self.rd_sel.q.val().get_bit(0) {
            self.rd_x.next = self.dx.q.val();
        }
        self.rd_ye.next = 0.into();
        if self.rd_sel.q.val().get_bit(1) {
            self.rd_ye.next = self.dye.q.val();
        }
        self.rd_yo.next = 0.into();
        if self.rd_sel.q.val().get_bit(2) {
            self.rd_yo.next = self.dyo.q.val();
        }
        self.rd_pl.next = 0.into();
        if self.rd_sel.q.val().get_bit(3) {
            self.rd_pl.next = self.rpl.q.val();
        }
        self.mem_rdata.next =
            bit_cast::<16, 8>(self.rd_x.val() | self.rd_ye.val() | self.rd_yo.val())
                | self.rd_pl.val();

        // ---- event and spike recording ----
        self.pre_ev.write_address.next = self.ev_s.val();
        self.pre_ev.write_data.next = true;
        self.pre_take.d.next = self.ev_take.val() & self.enable.val();
        self.pre_ev.write_enable.next = self.pre_take.q.val();
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

        // ---- decay pass pipeline: read (state 12); register the words (dv2: RAM data
        // valid); register the words again with the subtrahends max(z >> k, min(z, 1))
        // (dv3); write z - sub (dv4) ----
        self.dv2.d.next = false;
        self.di2.d.next = self.s.q.val();
        self.dv3.d.next = self.dv2.q.val();
        self.di3.d.next = self.di2.q.val();
        self.dx.d.next = self.pre_tr.read_data.val();
        self.dye.d.next = self.post_e.read_data.val();
        self.dyo.d.next = self.post_o.read_data.val();
        // z >> k is 0 exactly when z & (0xFF << k) is 0 (masks registered: configuration);
        // then the subtrahend is min(z, 1), so only bit 0 differs from z >> k
        self.xmask.d.next = bits::<8>(0xFF) << self.shifts.val().get_bits::<3>(0);
        self.ymask.d.next = bits::<8>(0xFF) << self.shifts.val().get_bits::<3>(4);
        self.xsh.next = (self.dx.q.val() >> self.shifts.val().get_bits::<3>(0))
            | bit_cast::<8, 1>(
                (((self.dx.q.val() & self.xmask.q.val()) == 0) & (self.dx.q.val() != 0)).into(),
            );
        self.ysh_e.next = (self.dye.q.val() >> self.shifts.val().get_bits::<3>(4))
            | bit_cast::<8, 1>(
                (((self.dye.q.val() & self.ymask.q.val()) == 0) & (self.dye.q.val() != 0)).into(),
            );
        self.ysh_o.next = (self.dyo.q.val() >> self.shifts.val().get_bits::<3>(4))
            | bit_cast::<8, 1>(
                (((self.dyo.q.val() & self.ymask.q.val()) == 0) & (self.dyo.q.val() != 0)).into(),
            );
        self.dv4.d.next = self.dv3.q.val();
        self.di4.d.next = self.di3.q.val();
        // index ranges of the write, registered (keeps the compares off the write enables)
        self.dwx4.d.next = self.di3.q.val() <= self.last_s.val();
        self.dwy4.d.next =
            bit_cast::<SOURCE_BITS, PAIR_BITS>(self.last_m.val()) >= self.di3.q.val();
        self.dx4.d.next = self.dx.q.val();
        self.dye4.d.next = self.dye.q.val();
        self.dyo4.d.next = self.dyo.q.val();
        self.dxs.d.next = self.xsh.val();
        self.dyse.d.next = self.ysh_e.val();
        self.dyso.d.next = self.ysh_o.val();
        if self.dv4.q.val() {
            self.pre_tr.write_address.next = self.di4.q.val();
            self.pre_tr.write_data.next = self.dx4.q.val() - self.dxs.q.val();
            self.pre_tr.write_enable.next = self.dwx4.q.val();
            self.post_e.write_address.next = self.di4.q.val().get_bits::<PAIR_BITS>(0);
            self.post_o.write_address.next = self.di4.q.val().get_bits::<PAIR_BITS>(0);
            self.post_e.write_data.next = self.dye4.q.val() - self.dyse.q.val();
            self.post_o.write_data.next = self.dyo4.q.val() - self.dyso.q.val();
            self.post_e.write_enable.next = self.dwy4.q.val();
            self.post_o.write_enable.next = self.dwy4.q.val();
        }

        // ---- per-source arithmetic (state 9, from the registered decayed trace: `dx`
        // holds the pre-trace read in state 1) ----
        self.x_jump.next = bit_cast::<9, 8>(self.dx.q.val())
            + bit_cast::<9, 8>(self.increments.val().get_bits::<8>(0));
        // x >> plus_shift != 0 <=> x & pmask != 0
        self.pmask.d.next = bits::<8>(0xFF) << self.shifts.val().get_bits::<3>(8);

        // ---- weight update, stage 1 (state 5): w + pot - dep ----
        self.w_e.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(0));
        if self.rw.q.val().get_bit(7) {
            self.w_e.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(0)) | bits::<10>(0x300);
        }
        self.w_o.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(8));
        if self.rw.q.val().get_bit(15) {
            self.w_o.next = bit_cast::<10, 8>(self.rw.q.val().get_bits::<8>(8)) | bits::<10>(0x300);
        }

        // ---- weight update, stage 2 (state 6): clamp to [w_min, w_max] (sign-extended
        // bounds registered: they are configuration) ----
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
        self.rwmin.d.next = self.wmin.val();
        self.rwmax.d.next = self.wmax.val();
        // signed 10-bit compares by flipping the sign bit, registered in state 6 (lt_*,
        // gt_*); the clamped word is selected from registers when its write is requested
        // in the next cycle in which the weight memory is free: the next word's state 11
        // (its read was requested in state 3), or the cycle after the row's last word
        // (state 1 or 7). rsum_*, req_* and rw still hold the word then (they are loaded
        // in states 4 and 5 of the next word).
        self.new_e.next = self.rsum_e.q.val().get_bits::<8>(0);
        if self.lt_e.q.val() {
            self.new_e.next = self.rwmin.q.val().get_bits::<8>(0);
        }
        if self.gt_e.q.val() {
            self.new_e.next = self.rwmax.q.val().get_bits::<8>(0);
        }
        if self.req_e.q.val() {
            self.new_e.next = self.rw.q.val().get_bits::<8>(0);
        }
        self.new_o.next = self.rsum_o.q.val().get_bits::<8>(0);
        if self.lt_o.q.val() {
            self.new_o.next = self.rwmin.q.val().get_bits::<8>(0);
        }
        if self.gt_o.q.val() {
            self.new_o.next = self.rwmax.q.val().get_bits::<8>(0);
        }
        if self.req_o.q.val() {
            self.new_o.next = self.rw.q.val().get_bits::<8>(8);
        }
        // the weight read of a word is requested three cycles before state 4 (the weight
        // memory's latency): in state 6 of the word before, or in state 9 for the first
        self.m_next.next = (self.m.q.val() + 1) & self.m_mask.val();
        self.rd_m.next = self.m.q.val();
        if self.state.q.val().get_bit(6) {
            self.rd_m.next = self.m_next.val();
        }
        self.w_addr.next = (bit_cast::<16, SOURCE_BITS>(self.s.q.val()) << self.row_shift.val())
            | bit_cast::<16, PAIR_BITS>(self.rd_m.val());
        self.w_wdata.next =
            (bit_cast::<16, 8>(self.new_o.val()) << 8) | bit_cast::<16, 8>(self.new_e.val());
        // wcyc: this is that cycle (registered: state 6 of a row's last word, or state 3
        // with a word pending)
        self.w_write.next = self.wcyc.q.val();
        self.wcyc.d.next = (self.state.q.val().get_bit(6) & self.mlast.q.val())
            | (self.state.q.val().get_bit(3) & self.wq_pend.q.val());
        if self.wcyc.q.val() {
            self.w_addr.next = self.wq_addr.q.val();
            self.wq_pend.d.next = false;
        }

        // ---- jump of the registered post-trace words (post pass) ----
        self.yj_e.next = bit_cast::<9, 8>(self.ry_e.q.val())
            + bit_cast::<9, 8>(self.increments.val().get_bits::<8>(8));
        self.yj_o.next = bit_cast::<9, 8>(self.ry_o.q.val())
            + bit_cast::<9, 8>(self.increments.val().get_bits::<8>(8));

        // ---- sequencer (one-hot: bit k of `state` is state k; no bit set is idle) ----
        // 0 idle, 12 decay pass reads, 13 decay pass drain, 1 source read,
        // 2 source registers, 9 source decide, 3 trace reads, 11 (wait), 4 word
        // registers + dep/pot, 5 word sums, 6 word clamp + write, 7 post pass, 8, 10 post
        // tail. Every decision after state 2 is taken from registered flags (the row
        // flags, `rlast`, `mlast`), so no compare or wide decode feeds the next-state
        // logic.
        self.s_inc.next = (self.s.q.val() + 1) & self.s_mask.val();
        if !self.active.q.val() & self.start.val() {
            self.active.d.next = true;
            self.state.d.next = 0x1000.into(); // 12
            self.s.d.next = 0.into();
        }
        if self.state.q.val().get_bit(12) {
            self.pre_tr.read_address.next = self.s.q.val();
            self.post_e.read_address.next = self.s.q.val().get_bits::<PAIR_BITS>(0);
            self.post_o.read_address.next = self.s.q.val().get_bits::<PAIR_BITS>(0);
            self.dv2.d.next = true;
            self.s.d.next = self.s_inc.val();
            if self.s.q.val() == self.last_d.val() {
                self.state.d.next = 0x2000.into(); // 13
            }
        }
        if self.state.q.val().get_bit(13) & self.dv4.q.val() & !self.dv3.q.val() {
            // the last decayed word is written in this cycle; m is zero from here to the
            // first updated row's first word
            self.s.d.next = 0.into();
            self.m.d.next = 0.into();
            self.state.d.next = 0x2.into(); // 1
        }
        // the cycle before state 1 (state 13, 9 or 6) reads the trace and plastic word
        // of the next source, whether or not state 1 follows (the read address depends
        // on the state only)
        if self.state.q.val().get_bit(13) {
            self.pre_tr.read_address.next = 0.into();
            self.plastic.read_address.next = 0.into();
        }
        if self.state.q.val().get_bit(9) | self.state.q.val().get_bit(6) {
            self.pre_tr.read_address.next = self.s_inc.val();
            self.plastic.read_address.next = self.s_inc.val().get_bits::<PLASTIC_BITS>(4);
        }
        if self.state.q.val().get_bit(1) {
            self.pre_tr.read_address.next = self.s.q.val();
            self.pre_ev.read_address.next = self.s.q.val();
            self.plastic.read_address.next = self.s.q.val().get_bits::<PLASTIC_BITS>(4);
            self.state.d.next = 0x4.into(); // 2
        }
        if self.state.q.val().get_bit(2) {
            // register the flags of source s: plastic, event, x >> plus_shift != 0 (the
            // trace is already decayed). The plastic word and the trace were read in the
            // cycle before state 1 too, so `rpl` and `dx` hold them now: only the event
            // flag comes from a RAM output, into a flip-flop
            self.rg_pl.d.next = self
                .rpl
                .q
                .val()
                .get_bit(self.s.q.val().get_bits::<4>(0).index());
            self.rg_x.d.next = (self.dx.q.val() & self.pmask.q.val()) != 0;
            self.rlast.d.next = self.s.q.val() == self.last_s.val();
            self.pre.d.next = self.pre_ev.read_data.val();
            self.state.d.next = 0x200.into(); // 9
        }
        // row s is updated: plastic and (an event, or a spike and x >> plus_shift != 0);
        // `any_spike` does not change during a pass
        self.go.next =
            self.rg_pl.q.val() & (self.pre.q.val() | (self.any_spike.q.val() & self.rg_x.q.val()));
        if self.state.q.val().get_bit(9) {
            self.rpot.d.next = self.dx.q.val() >> self.shifts.val().get_bits::<3>(8);
            self.pre_tr.write_address.next = self.s.q.val();
            self.pre_tr.write_data.next = self.x_jump.val().get_bits::<8>(0);
            if self.x_jump.val().get_bit(8) {
                self.pre_tr.write_data.next = 0xFF.into();
            }
            self.pre_tr.write_enable.next = self.pre.q.val();
            self.pre_ev.write_address.next = self.s.q.val();
            self.pre_ev.write_data.next = false;
            self.pre_ev.write_enable.next = true;
            // (m is zero here; the read of the row's first word is requested in this
            // state, see `w_addr`)
            self.mlast.d.next = self.one_word.val();
            if self.go.val() {
                self.state.d.next = 0x8.into(); // 3
            } else if self.rlast.q.val() {
                self.state.d.next = 0x80.into(); // 7
            } else {
                self.s.d.next = self.s_inc.val();
                self.state.d.next = 0x2.into(); // 1
            }
        }
        if self.state.q.val().get_bit(3) {
            // post-traces of word m (registered every cycle in `ry_*`; the spike flags,
            // read at m by default, in `rs_*`)
            self.post_e.read_address.next = self.m.q.val();
            self.post_o.read_address.next = self.m.q.val();
            self.state.d.next = 0x800.into(); // 11
        }
        if self.state.q.val().get_bit(11) {
            self.state.d.next = 0x10.into(); // 4
        }
        if self.state.q.val().get_bit(4) {
            self.rw.d.next = self.w_rdata.val();
            self.gpot_e.d.next = 0.into();
            self.gpot_o.d.next = 0.into();
            self.gdep_e.d.next = 0.into();
            self.gdep_o.d.next = 0.into();
            if self.rs_e.q.val() {
                self.gpot_e.d.next = self.rpot.q.val();
            }
            if self.rs_o.q.val() {
                self.gpot_o.d.next = self.rpot.q.val();
            }
            if self.pre.q.val() {
                self.gdep_e.d.next = self.ry_e.q.val() >> self.shifts.val().get_bits::<3>(12);
                self.gdep_o.d.next = self.ry_o.q.val() >> self.shifts.val().get_bits::<3>(12);
            }
            self.state.d.next = 0x20.into(); // 5
        }
        if self.state.q.val().get_bit(5) {
            self.rsum_e.d.next = self.w_e.val() + bit_cast::<10, 8>(self.gpot_e.q.val())
                - bit_cast::<10, 8>(self.gdep_e.q.val());
            self.rsum_o.d.next = self.w_o.val() + bit_cast::<10, 8>(self.gpot_o.q.val())
                - bit_cast::<10, 8>(self.gdep_o.q.val());
            self.req_e.d.next = self.gpot_e.q.val() == self.gdep_e.q.val();
            self.req_o.d.next = self.gpot_o.q.val() == self.gdep_o.q.val();
            self.state.d.next = 0x40.into(); // 6
        }
        if self.state.q.val().get_bit(6) {
            self.wq_pend.d.next = true;
            self.wq_addr.d.next = (bit_cast::<16, SOURCE_BITS>(self.s.q.val())
                << self.row_shift.val())
                | bit_cast::<16, PAIR_BITS>(self.m.q.val());
            self.lt_e.d.next = (self.rsum_e.q.val() ^ 0x200) < (self.rwmin.q.val() ^ 0x200);
            self.gt_e.d.next = (self.rsum_e.q.val() ^ 0x200) > (self.rwmax.q.val() ^ 0x200);
            self.lt_o.d.next = (self.rsum_o.q.val() ^ 0x200) < (self.rwmin.q.val() ^ 0x200);
            self.gt_o.d.next = (self.rsum_o.q.val() ^ 0x200) > (self.rwmax.q.val() ^ 0x200);
            if self.mlast.q.val() {
                // the row is done (m is zero for the post pass or the next updated row)
                self.m.d.next = 0.into();
                self.mlast.d.next = self.one_word.val();
                if self.rlast.q.val() {
                    self.state.d.next = 0x80.into(); // 7
                } else {
                    self.s.d.next = self.s_inc.val();
                    self.state.d.next = 0x2.into(); // 1
                }
            } else {
                self.m.d.next = self.m_next.val();
                self.mlast.d.next = self.m.q.val() == self.before_last_m.val();
                self.state.d.next = 0x8.into(); // 3
            }
        }
        // post pass: read word m, write it back (jumped if the neuron spiked) two cycles
        // later, clear the spike flags
        self.post_pend.d.next = false;
        if self.state.q.val().get_bit(7) {
            self.post_e.read_address.next = self.m.q.val();
            self.post_o.read_address.next = self.m.q.val();
            self.post_pend.d.next = true;
            self.post_m.d.next = self.m.q.val();
            self.m.d.next = (self.m.q.val() + 1) & self.m_mask.val();
            self.mlast.d.next = self.m.q.val() == self.before_last_m.val();
            if self.mlast.q.val() {
                self.state.d.next = 0x100.into(); // 8
            }
        }
        // one cycle later: register the words and spike flags
        self.post_pend2.d.next = self.post_pend.q.val();
        self.post_m2.d.next = self.post_m.q.val();
        self.ry_e.d.next = self.post_e.read_data.val();
        self.ry_o.d.next = self.post_o.read_data.val();
        self.rs_e.d.next = self.spk_e.read_data.val();
        self.rs_o.d.next = self.spk_o.read_data.val();
        // two cycles later: write back
        if self.post_pend2.q.val() {
            self.post_e.write_address.next = self.post_m2.q.val();
            self.post_o.write_address.next = self.post_m2.q.val();
            self.post_e.write_data.next = self.ry_e.q.val();
            self.post_o.write_data.next = self.ry_o.q.val();
            if self.rs_e.q.val() {
                self.post_e.write_data.next = self.yj_e.val().get_bits::<8>(0);
                if self.yj_e.val().get_bit(8) {
                    self.post_e.write_data.next = 0xFF.into();
                }
            }
            if self.rs_o.q.val() {
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
        if self.state.q.val().get_bit(8) {
            self.state.d.next = 0x400.into(); // 10
        }
        // state 10 (fin: its decode as a register)
        if self.fin.q.val() {
            self.active.d.next = false;
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
