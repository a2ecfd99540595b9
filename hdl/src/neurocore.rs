//! `NeuroCore`: the top of one spiking core — [`LifPipeline`], [`SynapseUnit`],
//! [`SpikeRouter`], [`StdpUnit`] and [`StepController`] behind the control port of
//! [`crate::control_map`] and the step interface.
//!
//! Step interface: push input channel ids (`in_spike`/`in_spike_write`) at any time;
//! `step_start` (while `busy` is low) runs one step with the inputs queued so far plus
//! the core's spikes of the previous step; `busy` stays high until the `done` pulse.
//! The step's spikes (ascending neuron ids) are then in the output queue
//! (`out_spike`/`out_spike_valid`, pop with `out_spike_read`). `core_reset` zeroes
//! `i`, `v`, `ref`, the queues, the spike list and the counters (not weights or
//! parameters); it is carried out when no step runs (`busy` covers it).
//!
//! Cycles per step (measured by the `whole_core` tests, exact for rows of at least two
//! words): `neurons + events * ceil(neurons/2) + STEP_OVERHEAD` with
//! [`STEP_OVERHEAD`] cycles (two synapses per cycle); a step without events takes
//! `neurons + STEP_OVERHEAD_NO_EVENTS`. With learning on, the STDP pass adds
//! `max(sources, ceil(N/2)) + 3 + 3 * sources + 5 * ceil(N/2) * rows_updated + ceil(N/2) + 2`
//! cycles, where
//! `rows_updated` counts the plastic rows s with a pre event, or with
//! `decay(x[s]) >> plus_shift != 0` if some neuron spiked in the step (the other rows
//! keep their weights and are skipped).
//!
//! Control port: see [`crate::control_map`]; a read's data appears
//! [`crate::control_map::READ_LATENCY`] cycles after the accepted `ctrl_read`.
//! (`update` uses the numeric `REGION_*`/`REG_*` codes of the control map: rust-hdl
//! would emit a Rust constant's name verbatim into the Verilog, where it is undeclared.)

use crate::control_map::*;
use crate::lif_pipeline::LifPipeline;
use crate::lif_pipeline::LIF_LATENCY;
use crate::spike_router::SpikeRouter;
use crate::stdp_unit::StdpUnit;
use crate::step_controller::StepController;
use crate::synapse_unit::{SynapseUnit, DRAIN_CYCLES};
use crate::weight_memory::MemoryKind;
use rust_hdl::prelude::*;

/// Fixed cycles of a step beyond `neurons + events * ceil(neurons / 2)` when the step has
/// at least one event: 1 (first event reaches the synapse unit) + 6 (accumulate pipeline
/// drains) + 9 (LIF pipeline latency) + 2 (last spike reaches the output-queue head).
pub const STEP_OVERHEAD: usize = 1 + DRAIN_CYCLES + LIF_LATENCY + 2;
/// Cycles of a step without any event beyond `neurons`: 1 (accumulate phase sees no
/// event) + 9 (LIF pipeline latency) + 2 (output queue).
pub const STEP_OVERHEAD_NO_EVENTS: usize = 1 + LIF_LATENCY + 2;

/// Size and memory kind of a NeuroCore.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeuroCoreConfig {
    /// Input channels (sources `0..inputs`).
    pub inputs: usize,
    /// Neurons (sources `inputs..inputs + neurons` are their recurrent spikes).
    pub neurons: usize,
    /// Where the weights live.
    pub memory: MemoryKind,
}

impl NeuroCoreConfig {
    /// The iCEBreaker (iCE40 UP5K) configuration: 256 inputs, 256 neurons, 512 sources,
    /// 8-bit weights in the four SPRAMs.
    pub fn up5k() -> Self {
        NeuroCoreConfig {
            inputs: 256,
            neurons: 256,
            memory: MemoryKind::Spram,
        }
    }

    /// `inputs + neurons`.
    pub fn sources(&self) -> usize {
        self.inputs + self.neurons
    }

    /// Check the sizes against what the datapath handles exactly.
    pub fn validate(&self) -> Result<(), String> {
        if self.inputs == 0 || self.neurons == 0 {
            return Err(format!(
                "a core needs at least one input and one neuron (inputs = {}, neurons = {})",
                self.inputs, self.neurons
            ));
        }
        if self.neurons > 1 << NEURON_BITS {
            return Err(format!(
                "neurons = {} is out of range 1..={}",
                self.neurons,
                1 << NEURON_BITS
            ));
        }
        if self.inputs > 4096 {
            return Err(format!("inputs = {} is out of range 1..=4096", self.inputs));
        }
        if self.sources() > MAX_SOURCES {
            return Err(format!(
                "inputs + neurons = {} exceeds {MAX_SOURCES}, the most a {ACC_BITS}-bit accumulator sums exactly",
                self.sources()
            ));
        }
        Ok(())
    }
}

/// One NeuroCore.
#[derive(LogicBlock)]
pub struct NeuroCore {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Control port: word address `{core[23:20], region[19:16], index[15:0]}`.
    pub ctrl_addr: Signal<In, Bits<24>>,
    /// Control port: data written.
    pub ctrl_wdata: Signal<In, Bits<16>>,
    /// Control port: write strobe (accepted while `ctrl_ready`).
    pub ctrl_write: Signal<In, Bit>,
    /// Control port: read strobe (accepted while `ctrl_ready`).
    pub ctrl_read: Signal<In, Bit>,
    /// Control port: an access can be accepted.
    pub ctrl_ready: Signal<Out, Bit>,
    /// Control port: read data.
    pub ctrl_rdata: Signal<Out, Bits<16>>,
    /// Control port: `ctrl_rdata` is valid (one cycle).
    pub ctrl_rvalid: Signal<Out, Bit>,
    /// Input spike: channel id.
    pub in_spike: Signal<In, Bits<16>>,
    /// Push `in_spike` into the input queue.
    pub in_spike_write: Signal<In, Bit>,
    /// Run one step.
    pub step_start: Signal<In, Bit>,
    /// A step (or reset pass) runs.
    pub busy: Signal<Out, Bit>,
    /// The step finished (one cycle).
    pub done: Signal<Out, Bit>,
    /// Oldest output spike (neuron id).
    pub out_spike: Signal<Out, Bits<16>>,
    /// `out_spike` is valid.
    pub out_spike_valid: Signal<Out, Bit>,
    /// Pop `out_spike`.
    pub out_spike_read: Signal<In, Bit>,
    /// Clear state, queues and counters.
    pub core_reset: Signal<In, Bit>,
    /// A neuron spiked in this cycle of the LIF pass (ascending ids within a step; for the
    /// multi-core router).
    pub spike_valid: Signal<Out, Bit>,
    /// The neuron that spiked.
    pub spike_n: Signal<Out, Bits<NEURON_BITS>>,
    /// The neuron pipeline (public for test-harness inspection).
    pub lif: LifPipeline,
    /// The synapse unit (public for test-harness inspection).
    pub syn: SynapseUnit,
    /// The spike router (public for test-harness inspection).
    pub router: SpikeRouter,
    /// The step controller (public for test-harness inspection).
    pub ctl: StepController,
    /// The STDP unit (public for test-harness inspection).
    pub stdp: StdpUnit,
    sources: Constant<Bits<16>>,
    plastic_words: Constant<Bits<16>>,
    stdp_en: DFF<Bit>,
    stdp_shifts: DFF<Bits<16>>,
    stdp_inc: DFF<Bits<16>>,
    stdp_bounds: DFF<Bits<16>>,
    neurons: Constant<Bits<16>>,
    weight_words: Constant<Bits<17>>,
    wshift: DFF<Bits<3>>,
    lif_clr: DFF<Bit>,
    lif_clr_n: DFF<Bits<NEURON_BITS>>,
    q_valid: DFF<Bit>,
    q_write: DFF<Bit>,
    q_read: DFF<Bit>,
    q_addr: DFF<Bits<24>>,
    q_wdata: DFF<Bits<16>>,
    q_cok: DFF<Bit>,
    q_wok: DFF<Bit>,
    b_valid: DFF<Bit>,
    b_rd: DFF<Bit>,
    b_wv: DFF<Bit>,
    b_cok: DFF<Bit>,
    b_r6: DFF<Bit>,
    b_r6w: DFF<Bit>,
    b_rsel: DFF<Bits<16>>,
    reg_k: Signal<Local, Bits<4>>,
    reg_cfg: Signal<Local, Bits<16>>,
    reg_cnt: Signal<Local, Bits<16>>,
    reg_ovf: Signal<Local, Bits<16>>,
    b_nok: DFF<Bit>,
    b_wok: DFF<Bit>,
    b_sok: DFF<Bit>,
    b_nk: DFF<Bit>,
    b_pok: DFF<Bit>,
    rd_pend1: DFF<Bit>,
    rd_pend2: DFF<Bit>,
    rd_pend3: DFF<Bit>,
    rd_sel_lif: DFF<Bit>,
    rd_sel_syn: DFF<Bit>,
    rd_sel_stdp: DFF<Bit>,
    rd_sel_reg: DFF<Bit>,
    rd_reg: DFF<Bits<16>>,
    reg_val: Signal<Local, Bits<16>>,
    c_lif: Signal<Local, Bit>,
    c_syn: Signal<Local, Bit>,
    c_stdp: Signal<Local, Bit>,
    rdata: DFF<Bits<16>>,
    rv_lif: Signal<Local, Bits<16>>,
    rv_syn: Signal<Local, Bits<16>>,
    rv_stdp: Signal<Local, Bits<16>>,
    rv_reg: Signal<Local, Bits<16>>,
    ready: Signal<Local, Bit>,
    region: Signal<Local, Bits<4>>,
    index: Signal<Local, Bits<16>>,
    neuron_ok: Signal<Local, Bit>,
    rd: Signal<Local, Bit>,
}

impl NeuroCore {
    /// A core of the given size and memory kind.
    pub fn new(cfg: NeuroCoreConfig) -> Result<Self, String> {
        cfg.validate()?;
        let weight_words = cfg.sources() << row_shift(cfg.neurons);
        Ok(Self {
            clock: Default::default(),
            ctrl_addr: Default::default(),
            ctrl_wdata: Default::default(),
            ctrl_write: Default::default(),
            ctrl_read: Default::default(),
            ctrl_ready: Default::default(),
            ctrl_rdata: Default::default(),
            ctrl_rvalid: Default::default(),
            in_spike: Default::default(),
            in_spike_write: Default::default(),
            step_start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            out_spike: Default::default(),
            out_spike_valid: Default::default(),
            out_spike_read: Default::default(),
            core_reset: Default::default(),
            spike_valid: Default::default(),
            spike_n: Default::default(),
            lif: LifPipeline::new(cfg.neurons)?,
            syn: SynapseUnit::new(cfg.memory, cfg.neurons, cfg.sources())?,
            router: SpikeRouter::new(cfg.inputs, cfg.neurons)?,
            ctl: StepController::new(cfg.sources()),
            stdp: StdpUnit::new(cfg.neurons, cfg.sources()),
            sources: Constant::new((cfg.sources() as u64).to_bits()),
            plastic_words: Constant::new((cfg.sources().div_ceil(16) as u64).to_bits()),
            stdp_en: Default::default(),
            stdp_shifts: Default::default(),
            stdp_inc: Default::default(),
            stdp_bounds: Default::default(),
            neurons: Constant::new((cfg.neurons).to_bits()),
            weight_words: Constant::new((weight_words).to_bits()),
            wshift: Default::default(),
            lif_clr: Default::default(),
            lif_clr_n: Default::default(),
            q_valid: Default::default(),
            q_write: Default::default(),
            q_read: Default::default(),
            q_addr: Default::default(),
            q_wdata: Default::default(),
            q_cok: Default::default(),
            q_wok: Default::default(),
            b_valid: Default::default(),
            b_rd: Default::default(),
            b_wv: Default::default(),
            b_cok: Default::default(),
            b_r6: Default::default(),
            b_r6w: Default::default(),
            b_rsel: Default::default(),
            reg_k: Default::default(),
            reg_cfg: Default::default(),
            reg_cnt: Default::default(),
            reg_ovf: Default::default(),
            b_nok: Default::default(),
            b_wok: Default::default(),
            b_sok: Default::default(),
            b_nk: Default::default(),
            b_pok: Default::default(),
            rd_pend1: Default::default(),
            rd_pend2: Default::default(),
            rd_pend3: Default::default(),
            rd_sel_lif: Default::default(),
            rd_sel_syn: Default::default(),
            rd_sel_stdp: Default::default(),
            rd_sel_reg: Default::default(),
            rd_reg: Default::default(),
            reg_val: Default::default(),
            c_lif: Default::default(),
            c_syn: Default::default(),
            c_stdp: Default::default(),
            rdata: Default::default(),
            rv_lif: Default::default(),
            rv_syn: Default::default(),
            rv_stdp: Default::default(),
            rv_reg: Default::default(),
            ready: Default::default(),
            region: Default::default(),
            index: Default::default(),
            neuron_ok: Default::default(),
            rd: Default::default(),
        })
    }

    /// `(i, v, ref)` of every neuron (test harness back door).
    pub fn neuron_state(&self) -> Vec<(i16, i16, u8)> {
        self.lif.state()
    }

    /// Accumulators of every neuron (test harness back door).
    pub fn accumulators(&self) -> Vec<i32> {
        self.syn.accumulators(self.lif.neurons())
    }

    /// Current step phase (`step_controller::PHASE_*`, test harness back door).
    pub fn phase(&self) -> u64 {
        self.ctl.phase.val().to_u64()
    }

    /// Pre-traces of every source (test harness back door).
    pub fn pre_traces(&self) -> Vec<u8> {
        self.stdp.pre_traces()
    }

    /// Post-traces of every neuron (test harness back door).
    pub fn post_traces(&self) -> Vec<u8> {
        self.stdp.post_traces(self.lif.neurons())
    }

    /// Weight words (test harness back door).
    pub fn weight_words(&self) -> &[u16] {
        self.syn.weight_words()
    }
}

impl Logic for NeuroCore {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            wshift,
            lif_clr,
            lif_clr_n,
            rd_pend1,
            rd_pend2,
            rd_pend3,
            rd_sel_lif,
            rd_sel_syn,
            rd_sel_stdp,
            rd_sel_reg,
            rd_reg,
            rdata,
            stdp_en,
            stdp_shifts,
            stdp_inc,
            stdp_bounds,
            q_valid,
            q_write,
            q_read,
            q_addr,
            q_wdata,
            q_cok,
            q_wok,
            b_valid,
            b_rd,
            b_wv,
            b_cok,
            b_r6,
            b_r6w,
            b_rsel,
            b_nok,
            b_wok,
            b_sok,
            b_nk,
            b_pok
        );
        clock!(self, clock, lif, syn, router, ctl, stdp);

        // ---- step controller ----
        self.ctl.step_start.next =
            self.step_start.val() & !self.q_valid.q.val() & !self.b_valid.q.val();
        self.ctl.core_reset.next = self.core_reset.val();
        self.ctl.ev_done.next = self.router.ev_done.val();
        self.ctl.syn_idle_next.next = self.syn.idle_next.val();
        self.ctl.lif_done.next = self.lif.done.val();
        self.ctl.stdp_enable.next = self.stdp_en.q.val();
        self.ctl.stdp_done.next = self.stdp.done.val();

        // ---- STDP unit ----
        self.stdp.enable.next = self.stdp_en.q.val();
        self.stdp.start.next = self.ctl.stdp_start.val();
        self.stdp.shifts.next = self.stdp_shifts.q.val();
        self.stdp.increments.next = self.stdp_inc.q.val();
        self.stdp.bounds.next = self.stdp_bounds.q.val();
        self.stdp.ev_take.next = self.syn.ev_take.val();
        self.stdp.ev_s.next = self.syn.row_s.val();
        self.stdp.spike_valid.next = self.lif.spike_valid.val();
        self.stdp.spike_n.next = self.lif.spike_n.val();
        self.stdp.w_rdata.next = self.syn.wmem_rdata.val();
        self.stdp.clear.next = self.ctl.clear.val();
        self.stdp.clear_idx.next = self.ctl.clear_idx.val();
        self.busy.next = self.ctl.busy.val() | self.q_valid.q.val() | self.b_valid.q.val();
        self.done.next = self.ctl.done.val();

        // ---- router ----
        self.router.clear.next = self.ctl.clear_all.val();
        self.router.in_spike.next = self.in_spike.val();
        self.router.in_spike_write.next = self.in_spike_write.val();
        self.router.step_begin.next = self.ctl.step_begin.val();
        self.router.ev_take.next = self.syn.ev_take.val();
        self.router.lif_begin.next = self.ctl.lif_start.val();
        self.router.spike_valid.next = self.lif.spike_valid.val();
        self.router.spike_n.next = self.lif.spike_n.val();
        self.router.out_spike_read.next = self.out_spike_read.val();
        self.out_spike.next = self.router.out_spike.val();
        self.out_spike_valid.next = self.router.out_spike_valid.val();
        self.spike_valid.next = self.lif.spike_valid.val();
        self.spike_n.next = self.lif.spike_n.val();

        // ---- synapse unit ----
        self.syn.ev_valid.next = self.router.ev_valid.val();
        self.syn.ev_s.next = self.router.ev_s.val();
        self.syn.weight_shift.next = self.wshift.q.val();
        self.syn.lif_read.next = self.lif.acc_read.val();
        self.syn.lif_n.next = self.lif.acc_n.val();

        // ---- LIF pipeline ----
        self.lif.start.next = self.ctl.lif_start.val();
        self.lif.acc_data.next = self.syn.lif_acc.val();
        // the reset pass clears neuron state one cycle late (registered strobe; the pass
        // runs over all sources, more than the neurons)
        self.lif_clr.d.next = self.ctl.clear.val()
            & (bit_cast::<16, SOURCE_BITS>(self.ctl.clear_idx.val()) < self.neurons.val());
        self.lif_clr_n.d.next = bit_cast::<NEURON_BITS, SOURCE_BITS>(self.ctl.clear_idx.val());
        self.lif.clear.next = self.lif_clr.q.val();
        self.lif.clear_n.next = self.lif_clr_n.q.val();

        // ---- control port: accept (stage A registers the request) ----
        self.ready.next = !self.ctl.busy.val()
            & !self.q_valid.q.val()
            & !self.b_valid.q.val()
            & !self.rd_pend1.q.val()
            & !self.rd_pend2.q.val()
            & !self.rd_pend3.q.val();
        self.ctrl_ready.next = self.ready.val();
        self.q_valid.d.next = self.ready.val() & (self.ctrl_write.val() | self.ctrl_read.val());
        // the request registers load only when a request is accepted: they hold it
        // through stages B and C (no new request is accepted before stage C)
        if self.ready.val() {
            self.q_write.d.next = self.ctrl_write.val();
            self.q_read.d.next = self.ctrl_read.val();
            self.q_addr.d.next = self.ctrl_addr.val();
            self.q_wdata.d.next = self.ctrl_wdata.val();
            // core and weight-region decode one stage early: the weight memory's
            // write strobe (stage B) is then one LUT behind flip-flops
            self.q_cok.d.next = self.ctrl_addr.val().get_bits::<4>(20) == 0;
            self.q_wok.d.next = (bit_cast::<17, 16>(self.ctrl_addr.val().get_bits::<16>(0))
                < self.weight_words.val())
                & (self.ctrl_addr.val().get_bits::<4>(16) == 2);
        }

        // ---- stage B: decode the registered request, register the strobes ----
        self.region.next = self.q_addr.q.val().get_bits::<4>(16);
        self.index.next = self.q_addr.q.val().get_bits::<16>(0);
        self.neuron_ok.next = (bit_cast::<16, 14>(self.index.val().get_bits::<14>(2))
            < self.neurons.val())
            & (self.index.val().get_bits::<2>(0) != 3);
        // per-region range checks (with the region decode) registered separately: stage C
        // combines them with one LUT
        self.rd.next = self.q_valid.q.val() & self.q_read.q.val();
        self.b_valid.d.next = self.q_valid.q.val();
        self.b_rd.d.next = self.rd.val();
        self.b_wv.d.next = self.q_valid.q.val() & self.q_write.q.val() & self.q_cok.q.val();
        self.b_cok.d.next = self.q_cok.q.val();
        self.b_r6.d.next = self.region.val() == 6;
        // register index ranges decoded here: stage C selects a register with the low
        // index bits only (writes: index < 4; reads: index < 16)
        self.b_r6w.d.next = (self.region.val() == 6) & (self.index.val().get_bits::<14>(2) == 0);
        // the register a read selects, one-hot (none for an index >= 16)
        self.b_rsel.d.next = 0.into();
        if self.index.val().get_bits::<12>(4) == 0 {
            self.b_rsel.d.next = bits::<16>(1) << self.index.val().get_bits::<4>(0);
        }
        self.b_nok.d.next = self.neuron_ok.val() & (self.region.val() <= 1);
        self.b_wok.d.next = self.q_wok.q.val();
        self.b_sok.d.next = (self.index.val() < self.sources.val()) & (self.region.val() == 3);
        self.b_nk.d.next = (self.index.val() < self.neurons.val()) & (self.region.val() == 4);
        self.b_pok.d.next =
            (self.index.val() < self.plastic_words.val()) & (self.region.val() == 5);

        // ---- stage C: the access (request still in the stage-A registers) ----

        self.lif.mem_n.next = self.index.val().get_bits::<NEURON_BITS>(2);
        self.lif.mem_field.next = bit_cast::<3, 2>(self.index.val().get_bits::<2>(0));
        if self.region.val() == 1 {
            self.lif.mem_field.next = bit_cast::<3, 2>(self.index.val().get_bits::<2>(0)) | 4;
        }
        self.lif.mem_wdata.next = self.q_wdata.q.val();
        self.c_lif.next = self.b_nok.q.val();
        self.c_syn.next = self.b_wok.q.val();
        self.c_stdp.next = self.b_sok.q.val() | self.b_nk.q.val() | self.b_pok.q.val();
        self.lif.mem_write.next = self.b_wv.q.val() & self.c_lif.val();
        // the weight memory registers its inputs: its request is made in stage B, so the
        // RAM is accessed in stage C like the other blocks
        self.syn.wmem_addr.next = self.index.val();
        self.syn.wmem_wdata.next = self.q_wdata.q.val();
        self.syn.wmem_write.next =
            self.q_valid.q.val() & self.q_write.q.val() & self.q_cok.q.val() & self.q_wok.q.val();
        if self.stdp.busy.val() {
            self.syn.wmem_addr.next = self.stdp.w_addr.val();
            self.syn.wmem_wdata.next = self.stdp.w_wdata.val();
            self.syn.wmem_write.next = self.stdp.w_write.val();
        }
        self.stdp.mem_idx.next = self.index.val();
        self.stdp.mem_wdata.next = self.q_wdata.q.val();
        self.stdp.mem_region.next = bit_cast::<2, 4>(self.region.val() - 3);
        self.stdp.mem_write.next = self.b_wv.q.val() & self.c_stdp.val();
        self.reg_k.next = self.index.val().get_bits::<4>(0);
        if self.b_wv.q.val() & self.b_r6w.q.val() {
            if self.reg_k.val() == 0 {
                self.wshift.d.next = self.q_wdata.q.val().get_bits::<3>(0);
                self.stdp_en.d.next = self.q_wdata.q.val().get_bit(8);
            }
            if self.reg_k.val() == 1 {
                self.stdp_shifts.d.next = self.q_wdata.q.val() & 0x7777;
            }
            if self.reg_k.val() == 2 {
                self.stdp_inc.d.next = self.q_wdata.q.val();
            }
            if self.reg_k.val() == 3 {
                self.stdp_bounds.d.next = self.q_wdata.q.val();
            }
        }

        // ---- control port read pipeline (stage C addresses the blocks) ----
        self.rd_pend1.d.next = self.b_rd.q.val();
        self.rd_pend2.d.next = self.rd_pend1.q.val();
        self.rd_pend3.d.next = self.rd_pend2.q.val();
        // the blocks' read data come from registers (LIF and STDP: latency 2 from stage C;
        // weight memory: latency 3 from stage B), the register selected by the index is
        // registered here; the region multiplexer's selects are decoded one cycle early
        self.rd_sel_lif.d.next = self.b_cok.q.val() & self.c_lif.val();
        self.rd_sel_syn.d.next = self.b_cok.q.val() & self.c_syn.val();
        self.rd_sel_stdp.d.next = self.b_cok.q.val() & self.c_stdp.val();
        self.rd_sel_reg.d.next = self.b_cok.q.val() & self.b_r6.q.val();
        // three groups of registers, each zero unless one of its registers is selected
        // (one-hot, registered in stage B), ORed: three LUT levels behind flip-flops
        self.reg_cfg.next = 0.into();
        if self.b_rsel.q.val().get_bit(0) {
            self.reg_cfg.next = bit_cast::<16, 3>(self.wshift.q.val());
            if self.stdp_en.q.val() {
                self.reg_cfg.next = bit_cast::<16, 3>(self.wshift.q.val()) | 0x100;
            }
        }
        if self.b_rsel.q.val().get_bit(1) {
            self.reg_cfg.next = self.stdp_shifts.q.val();
        }
        if self.b_rsel.q.val().get_bit(2) {
            self.reg_cfg.next = self.stdp_inc.q.val();
        }
        if self.b_rsel.q.val().get_bit(3) {
            self.reg_cfg.next = self.stdp_bounds.q.val();
        }
        self.reg_cnt.next = 0.into();
        if self.b_rsel.q.val().get_bit(8) {
            self.reg_cnt.next = self.ctl.steps.val().get_bits::<16>(0);
        }
        if self.b_rsel.q.val().get_bit(9) {
            self.reg_cnt.next = self.ctl.steps.val().get_bits::<16>(16);
        }
        if self.b_rsel.q.val().get_bit(10) {
            self.reg_cnt.next = self.ctl.cycles.val().get_bits::<16>(0);
        }
        if self.b_rsel.q.val().get_bit(11) {
            self.reg_cnt.next = self.ctl.cycles.val().get_bits::<16>(16);
        }
        self.reg_ovf.next = 0.into();
        if self.b_rsel.q.val().get_bit(12) {
            self.reg_ovf.next = self.router.out_overflow.val();
        }
        if self.b_rsel.q.val().get_bit(13) {
            self.reg_ovf.next = self.router.in_overflow.val();
        }
        self.reg_val.next = self.reg_cfg.val() | self.reg_cnt.val() | self.reg_ovf.val();
        self.rd_reg.d.next = self.reg_val.val();
        // (one-hot selects: an AND-OR, no priority chain behind the blocks' own AND-ORs)
        self.rv_lif.next = 0.into();
        if self.rd_sel_lif.q.val() {
            self.rv_lif.next = self.lif.mem_rdata.val();
        }
        self.rv_syn.next = 0.into();
        if self.rd_sel_syn.q.val() {
            self.rv_syn.next = self.syn.wmem_rdata.val();
        }
        self.rv_stdp.next = 0.into();
        if self.rd_sel_stdp.q.val() {
            self.rv_stdp.next = self.stdp.mem_rdata.val();
        }
        self.rv_reg.next = 0.into();
        if self.rd_sel_reg.q.val() {
            self.rv_reg.next = self.rd_reg.q.val();
        }
        self.rdata.d.next =
            self.rv_lif.val() | self.rv_syn.val() | self.rv_stdp.val() | self.rv_reg.val();
        self.ctrl_rdata.next = self.rdata.q.val();
        self.ctrl_rvalid.next = self.rd_pend3.q.val();
    }
}
