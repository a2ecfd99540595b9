//! `StepController`: sequences the phases of one NeuroCore step and the state-clearing
//! pass of `core_reset`, and counts steps and cycles.
//!
//! Phases of a step (state codes on `phase`):
//! 1. [`PHASE_ACCUMULATE`]: the router streams the step's events, the synapse unit
//!    accumulates; left when the router has handed out every event (`ev_done`) and the
//!    synapse pipeline is empty. That is decided from registers: `acc_over` holds
//!    `ev_done & syn_idle_next` of the previous cycle, which equals `ev_done & idle` of
//!    this one (while `ev_done` is high no event is taken, and `syn_idle_next` is the
//!    synapse unit's idleness one cycle ahead), so the long `ev_take` paths do not reach
//!    the phase change.
//! 2. [`PHASE_LIF`]: one LIF pass over all neurons (`lif_start` pulse); spikes go to the
//!    output queue and the spike list as they leave the pipeline; left 2 cycles after
//!    `lif_done`, when the last spike is visible at the head of an empty output queue;
//!    that cycle is the step's `done` pulse unless learning is on (`stdp_enable`);
//! 3. [`PHASE_STDP`] (only with `stdp_enable`): one STDP pass (`stdp_start` pulse), left
//!    on `stdp_done`, which is then the step's `done` pulse.
//!
//! `busy` is high from the cycle after the accepted `step_start` up to and including the
//! `done` cycle (from flip-flops: `run`, the registered `state != 0`, and `pending`);
//! `cycles` (32 bit) is the number of those cycles for the last step and `steps` (32 bit)
//! counts finished steps. `step_start` is only accepted while idle.
//!
//! `core_reset` is remembered and carried out as soon as no step runs: a
//! [`PHASE_CLEAR`] pass of `clear_count` cycles drives `clear` with `clear_idx = 0, 1, ...`
//! (the blocks zero state and traces at that index) and `clear_all` in its first cycle
//! (queues, spike list, counters). Both strobes come straight from flip-flops (`clr`,
//! `first`): they fan out to most of the core.
//!
//! (`update` uses the numeric `PHASE_*` codes: rust-hdl would emit a Rust constant's
//! name verbatim into the Verilog, where it is undeclared.)

use crate::control_map::SOURCE_BITS;
use rust_hdl::prelude::*;

/// Idle, waiting for `step_start` or a pending reset.
pub const PHASE_IDLE: u64 = 0;
/// Events are accumulated.
pub const PHASE_ACCUMULATE: u64 = 1;
/// The LIF pass runs.
pub const PHASE_LIF: u64 = 2;
/// The reset pass clears state.
pub const PHASE_CLEAR: u64 = 3;
/// The STDP pass runs.
pub const PHASE_STDP: u64 = 4;

/// Phase sequencer with step and cycle counters.
#[derive(LogicBlock)]
pub struct StepController {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Run one step.
    pub step_start: Signal<In, Bit>,
    /// Clear state, traces, queues and counters (when no step runs).
    pub core_reset: Signal<In, Bit>,
    /// The router has handed out every event of the step.
    pub ev_done: Signal<In, Bit>,
    /// The synapse unit is idle in the next cycle unless an event is taken.
    pub syn_idle_next: Signal<In, Bit>,
    /// The LIF pass finished.
    pub lif_done: Signal<In, Bit>,
    /// Learning is on: run an STDP pass after the LIF pass.
    pub stdp_enable: Signal<In, Bit>,
    /// The STDP pass finished.
    pub stdp_done: Signal<In, Bit>,
    /// Start the STDP pass.
    pub stdp_start: Signal<Out, Bit>,
    /// A step begins (router snapshot).
    pub step_begin: Signal<Out, Bit>,
    /// Start the LIF pass.
    pub lif_start: Signal<Out, Bit>,
    /// Reset pass: clear index `clear_idx`.
    pub clear: Signal<Out, Bit>,
    /// Index cleared.
    pub clear_idx: Signal<Out, Bits<SOURCE_BITS>>,
    /// First cycle of the reset pass.
    pub clear_all: Signal<Out, Bit>,
    /// A step or reset pass runs (or a reset is pending).
    pub busy: Signal<Out, Bit>,
    /// The step finished (one cycle).
    pub done: Signal<Out, Bit>,
    /// Current phase (`PHASE_*`).
    pub phase: Signal<Out, Bits<3>>,
    /// Finished steps.
    pub steps: Signal<Out, Bits<32>>,
    /// Cycles of the last step.
    pub cycles: Signal<Out, Bits<32>>,
    clear_last: Constant<Bits<SOURCE_BITS>>,
    idx_mask: Constant<Bits<SOURCE_BITS>>,
    state: DFF<Bits<3>>,
    idx: DFF<Bits<SOURCE_BITS>>,
    first: DFF<Bit>,
    pending: DFF<Bit>,
    cyc: DFF<Bits<32>>,
    last_cycles: DFF<Bits<32>>,
    nsteps: DFF<Bits<32>>,
    lif_done_1: DFF<Bit>,
    lif_done_2: DFF<Bit>,
    lif_fin: DFF<Bit>,
    stdp_go: DFF<Bit>,
    acc_over: DFF<Bit>,
    clr: DFF<Bit>,
    run: DFF<Bit>,
}

impl StepController {
    /// A controller whose reset pass visits indices `0..clear_count` (`>= 1`).
    pub fn new(clear_count: usize) -> Self {
        Self {
            clock: Default::default(),
            step_start: Default::default(),
            core_reset: Default::default(),
            ev_done: Default::default(),
            syn_idle_next: Default::default(),
            lif_done: Default::default(),
            stdp_enable: Default::default(),
            stdp_done: Default::default(),
            stdp_start: Default::default(),
            step_begin: Default::default(),
            lif_start: Default::default(),
            clear: Default::default(),
            clear_idx: Default::default(),
            clear_all: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            phase: Default::default(),
            steps: Default::default(),
            cycles: Default::default(),
            clear_last: Constant::new((clear_count.max(1) as u64 - 1).to_bits()),
            idx_mask: Constant::new(
                ((clear_count.max(1).next_power_of_two() - 1) as u64).to_bits(),
            ),
            state: Default::default(),
            idx: Default::default(),
            first: Default::default(),
            pending: Default::default(),
            cyc: Default::default(),
            last_cycles: Default::default(),
            nsteps: Default::default(),
            lif_done_1: Default::default(),
            lif_done_2: Default::default(),
            lif_fin: Default::default(),
            stdp_go: Default::default(),
            acc_over: Default::default(),
            clr: Default::default(),
            run: Default::default(),
        }
    }
}

impl Logic for StepController {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            idx,
            first,
            pending,
            cyc,
            last_cycles,
            nsteps,
            lif_done_1,
            lif_done_2,
            lif_fin,
            stdp_go,
            acc_over,
            clr,
            run
        );
        self.acc_over.d.next = self.ev_done.val() & self.syn_idle_next.val();
        self.lif_done_1.d.next = self.lif_done.val();
        self.lif_done_2.d.next = self.lif_done_1.q.val();
        self.step_begin.next = false;
        self.lif_start.next = false;
        // done from flip-flops: `lif_fin` is the LIF-phase exit without learning one cycle
        // ahead (the phase is left on `lif_done_2`, a one-cycle pulse one cycle after
        // `lif_done_1`; `stdp_enable` is configuration, unchanged while busy), and
        // `stdp_done` (registered in the STDP unit) pulses only at the end of the pass
        // this controller started, in PHASE_STDP
        self.lif_fin.d.next =
            (self.state.q.val() == 2) & self.lif_done_1.q.val() & !self.stdp_enable.val();
        self.done.next = self.lif_fin.q.val() | self.stdp_done.val();
        // the LIF-phase exit with learning, one cycle ahead likewise: `stdp_start`
        // straight from a flip-flop
        self.stdp_go.d.next =
            (self.state.q.val() == 2) & self.lif_done_1.q.val() & self.stdp_enable.val();
        self.stdp_start.next = self.stdp_go.q.val();
        self.clear_idx.next = self.idx.q.val();
        self.phase.next = self.state.q.val();
        self.steps.next = self.nsteps.q.val();
        self.cycles.next = self.last_cycles.q.val();
        self.busy.next = self.run.q.val() | self.pending.q.val();
        if self.core_reset.val() {
            self.pending.d.next = true;
        }
        // run == (state != 0), as a register: the accepted `step_start` (`step_begin`,
        // which the router snapshots on) is then two LUTs behind flip-flops
        if !self.run.q.val() {
            // the cycle counter is set to 1 while idle (not on the accepted `step_start`:
            // that strobe comes through the control port's handshake), so it holds the
            // step's cycle count, the `done` cycle included, in the `done` cycle
            self.cyc.d.next = 1.into();
            if self.pending.q.val() {
                self.pending.d.next = false;
                self.run.d.next = true;
                self.state.d.next = 3.into();
                self.clr.d.next = true;
                self.idx.d.next = 0.into();
                self.first.d.next = true;
            } else if self.step_start.val() & !self.core_reset.val() {
                self.step_begin.next = true;
                self.run.d.next = true;
                self.state.d.next = 1.into();
            }
        }
        if self.state.q.val() == 1 {
            self.cyc.d.next = self.cyc.q.val() + 1;
            if self.acc_over.q.val() {
                self.lif_start.next = true;
                self.state.d.next = 2.into();
            }
        }
        if self.state.q.val() == 2 {
            self.cyc.d.next = self.cyc.q.val() + 1;
            if self.lif_done_2.q.val() {
                if self.stdp_enable.val() {
                    self.state.d.next = 4.into();
                } else {
                    self.state.d.next = 0.into();
                    self.run.d.next = false;
                    self.last_cycles.d.next = self.cyc.q.val();
                    self.nsteps.d.next = self.nsteps.q.val() + 1;
                }
            }
        }
        if self.state.q.val() == 4 {
            self.cyc.d.next = self.cyc.q.val() + 1;
            if self.stdp_done.val() {
                self.state.d.next = 0.into();
                self.run.d.next = false;
                self.last_cycles.d.next = self.cyc.q.val();
                self.nsteps.d.next = self.nsteps.q.val() + 1;
            }
        }
        self.clear.next = self.clr.q.val();
        self.clear_all.next = self.first.q.val();
        if self.state.q.val() == 3 {
            self.first.d.next = false;
            self.idx.d.next = (self.idx.q.val() + 1) & self.idx_mask.val();
            if self.idx.q.val() == self.clear_last.val() {
                self.state.d.next = 0.into();
                self.run.d.next = false;
                self.clr.d.next = false;
            }
            if self.first.q.val() {
                self.nsteps.d.next = 0.into();
                self.last_cycles.d.next = 0.into();
            }
        }
    }
}
