//! `SpikeRouter` (AER) of a single NeuroCore: merges the host's input spikes of step t
//! with the core's own spikes of step t-1 into the event stream of the synapse unit, and
//! sends each step's spikes to the host-side output queue.
//!
//! - Input queue ([`SpikeQueue`], [`input_queue_depth`]`(inputs)` words: `inputs` rounded
//!   up to a power of two): the host
//!   pushes channel ids with `in_spike_write` at any time. `step_begin` snapshots how many
//!   are queued: exactly those are the input events of the step (later pushes belong to
//!   the next step). A push of a channel `>= inputs`, or into a full queue, is dropped and
//!   counted (`in_overflow`).
//! - Spike list (block RAM, `neurons` words): the LIF pass appends every spike
//!   (`spike_valid`/`spike_n`, after `lif_begin` has reset the list) as its source
//!   `inputs + n` (the add is in front of the RAM, so its output drives no logic); in
//!   the next step each listed source becomes an event. The first listed
//!   spike is fetched as soon as it is written, so it is ready when the next step begins.
//! - Events are offered only between `step_begin` and `lif_begin` (`armed`).
//!   `lif_begin` takes effect one cycle late (registered: it comes from the step
//!   controller's phase decision, and the pass's first spike is
//!   [`crate::lif_pipeline::LIF_LATENCY`] cycles away; no event is offered then anyway).
//! - Event stream (show-ahead): `ev_valid`/`ev_s`, consumed by `ev_take`; input events
//!   first (queue order), then recurrent events (ascending). A taken event is replaced
//!   in the next cycle. `ev_done`: every event of the step has been taken (in the
//!   `step_begin` cycle it already says whether the step has any event; while it is high
//!   no event is offered, so it stays high up to `lif_begin`).
//! - Output queue ([`SpikeQueue`], `neurons` rounded up to a power of two words): every
//!   spike is pushed (ascending within a step); the host pops with `out_spike_read`. A
//!   spike that finds the queue full is dropped and counted (`out_overflow`).
//! - `clear` empties all queues and the spike list and zeroes the counters.
//!
//! Between cores, [`crate::neuro_system::NeuroSystem`] pushes routed events into this
//! router's input queue through `in_spike` after each step.

use crate::control_map::{NEURON_BITS, SOURCE_BITS};
use crate::spike_queue::SpikeQueue;
use crate::sync_ram::SyncRam;
use neurosim::system::input_queue_depth;
use rust_hdl::prelude::*;

type S = Bits<SOURCE_BITS>;

/// Event merging and spike queues of one core.
#[derive(LogicBlock)]
pub struct SpikeRouter {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Empty queues and spike list, zero counters.
    pub clear: Signal<In, Bit>,
    /// Host input channel id.
    pub in_spike: Signal<In, Bits<16>>,
    /// Push `in_spike`.
    pub in_spike_write: Signal<In, Bit>,
    /// A step begins: snapshot queued inputs and last step's spikes.
    pub step_begin: Signal<In, Bit>,
    /// An event is offered.
    pub ev_valid: Signal<Out, Bit>,
    /// Source of the offered event.
    pub ev_s: Signal<Out, S>,
    /// The offered event is taken.
    pub ev_take: Signal<In, Bit>,
    /// All events of the step have been taken.
    pub ev_done: Signal<Out, Bit>,
    /// A LIF pass begins: the spike list restarts empty.
    pub lif_begin: Signal<In, Bit>,
    /// A neuron spiked.
    pub spike_valid: Signal<In, Bit>,
    /// The neuron.
    pub spike_n: Signal<In, Bits<NEURON_BITS>>,
    /// Oldest queued output spike (neuron id).
    pub out_spike: Signal<Out, Bits<16>>,
    /// `out_spike` is valid.
    pub out_spike_valid: Signal<Out, Bit>,
    /// Pop `out_spike`.
    pub out_spike_read: Signal<In, Bit>,
    /// Dropped input spikes (saturating).
    pub in_overflow: Signal<Out, Bits<16>>,
    /// Dropped output spikes (saturating).
    pub out_overflow: Signal<Out, Bits<16>>,
    inputs: Constant<Bits<16>>,
    inputs_pow2: Constant<Bit>,
    high_mask: Constant<Bits<16>>,
    rem_mask: Constant<Bits<16>>,
    list_mask: Constant<S>,
    inq: SpikeQueue,
    outq: SpikeQueue,
    list: SyncRam<S, NEURON_BITS>,
    in_rem: DFF<Bits<16>>,
    rec_idx: DFF<S>,
    armed: DFF<Bit>,
    spk_cnt: DFF<S>,
    rec_more: DFF<Bit>,
    rec_next: Signal<Local, S>,
    rec_hv: DFF<Bit>,
    rec_pend: DFF<Bit>,
    in_phase: DFF<Bit>,
    lif_go: DFF<Bit>,
    in_range: Signal<Local, Bit>,
    rec_vis: Signal<Local, Bit>,
    rec_take: Signal<Local, Bit>,
    rec_issue: Signal<Local, Bit>,
}

impl SpikeRouter {
    /// A router for `inputs` channels and `neurons` neurons.
    pub fn new(inputs: usize, neurons: usize) -> Result<Self, String> {
        Ok(Self {
            clock: Default::default(),
            clear: Default::default(),
            in_spike: Default::default(),
            in_spike_write: Default::default(),
            step_begin: Default::default(),
            ev_valid: Default::default(),
            ev_s: Default::default(),
            ev_take: Default::default(),
            ev_done: Default::default(),
            lif_begin: Default::default(),
            spike_valid: Default::default(),
            spike_n: Default::default(),
            out_spike: Default::default(),
            out_spike_valid: Default::default(),
            out_spike_read: Default::default(),
            in_overflow: Default::default(),
            out_overflow: Default::default(),
            inputs: Constant::new((inputs as u64).to_bits()),
            inputs_pow2: Constant::new(inputs.is_power_of_two()),
            high_mask: Constant::new(((!(inputs.max(1) as u64 - 1)) & 0xFFFF).to_bits()),
            rem_mask: Constant::new(((2 * input_queue_depth(inputs) - 1) as u64).to_bits()),
            list_mask: Constant::new(((2 * neurons.next_power_of_two() - 1) as u64).to_bits()),
            inq: SpikeQueue::new(input_queue_depth(inputs))?,
            outq: SpikeQueue::new(neurons.next_power_of_two().max(2))?,
            list: SyncRam::new(neurons),
            in_rem: Default::default(),
            rec_idx: Default::default(),
            armed: Default::default(),
            spk_cnt: Default::default(),
            rec_more: Default::default(),
            rec_next: Default::default(),
            rec_hv: Default::default(),
            rec_pend: Default::default(),
            in_phase: Default::default(),
            lif_go: Default::default(),
            in_range: Default::default(),
            rec_vis: Default::default(),
            rec_take: Default::default(),
            rec_issue: Default::default(),
        })
    }
}

impl Logic for SpikeRouter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, in_rem, in_phase, rec_idx, armed, spk_cnt, rec_more, rec_hv, rec_pend,
            lif_go
        );
        clock!(self, clock, inq, outq, list);

        // ---- host input queue ----
        self.inq.clear.next = self.clear.val();
        self.inq.push_data.next = self.in_spike.val();
        // in range: with a power-of-two channel count a zero test of the high bits (no
        // carry chain in front of the queue's write enable)
        self.in_range.next = self.in_spike.val() < self.inputs.val();
        if self.inputs_pow2.val() {
            self.in_range.next = (self.in_spike.val() & self.high_mask.val()) == 0;
        }
        self.inq.push.next = self.in_spike_write.val() & self.in_range.val();
        self.inq.drop.next = self.in_spike_write.val() & !self.in_range.val();
        self.in_overflow.next = self.inq.overflow.val();

        // ---- event stream: inputs first, then last step's spikes ----
        // in_phase == (in_rem != 0), as a register (it selects the event source)
        self.rec_vis.next = self.rec_hv.q.val() | self.rec_pend.q.val();
        self.ev_valid.next = self.rec_vis.val() & self.armed.q.val();
        self.ev_s.next = self.list.read_data.val();
        self.inq.pop.next = false;
        self.rec_take.next = false;
        if self.in_phase.q.val() {
            self.ev_valid.next = self.inq.head_valid.val() & self.armed.q.val();
            self.ev_s.next = bit_cast::<SOURCE_BITS, 16>(self.inq.head.val());
            self.inq.pop.next = self.ev_take.val();
            if self.ev_take.val() {
                self.in_rem.d.next = (self.in_rem.q.val() - 1) & self.rem_mask.val();
                self.in_phase.d.next = self.in_rem.q.val() != 1;
            }
        } else {
            self.rec_take.next = self.ev_take.val();
        }
        // (`step_begin` with inputs queued: low already, as in the next cycle)
        self.ev_done.next = !self.in_phase.q.val()
            & !self.rec_more.q.val()
            & !self.rec_vis.val()
            & !(self.step_begin.val() & self.inq.nonempty.val());

        // recurrent prefetch: the list RAM output register is the head register, held
        // (read not enabled) until the head is taken; the read address is `rec_idx` itself
        // (without a head the RAM reads every cycle, so its output is always defined)
        self.rec_issue.next = (!self.rec_vis.val() | self.rec_take.val()) & self.rec_more.q.val();
        self.list.read_address.next = bit_cast::<NEURON_BITS, SOURCE_BITS>(self.rec_idx.q.val());
        self.list.read_enable.next = self.rec_issue.val() | !self.rec_vis.val();
        self.rec_next.next = (self.rec_idx.q.val() + 1) & self.list_mask.val();
        if self.rec_issue.val() {
            self.rec_idx.d.next = self.rec_next.val();
        }
        // rec_more == (rec_idx != spk_cnt), as a register (no compare in front of the
        // prefetch and `ev_done`): a listed spike alone sets it, a fetch alone leaves it
        // set unless rec_idx + 1 reaches spk_cnt (both together keep the difference)
        if self.spike_valid.val() & !self.rec_issue.val() {
            self.rec_more.d.next = true;
        }
        if self.rec_issue.val() & !self.spike_valid.val() {
            self.rec_more.d.next = self.rec_next.val() != self.spk_cnt.q.val();
        }
        self.rec_pend.d.next = self.rec_issue.val();
        self.rec_hv.d.next = self.rec_vis.val() & !self.rec_take.val();

        if self.step_begin.val() {
            self.in_rem.d.next = self.inq.count.val();
            self.in_phase.d.next = self.inq.nonempty.val();
            self.armed.d.next = true;
        }

        // ---- spike list and output queue ----
        self.list.write_address.next = bit_cast::<NEURON_BITS, SOURCE_BITS>(self.spk_cnt.q.val());
        self.list.write_data.next = bit_cast::<SOURCE_BITS, 16>(self.inputs.val())
            + bit_cast::<SOURCE_BITS, NEURON_BITS>(self.spike_n.val());
        self.list.write_enable.next = self.spike_valid.val();
        if self.spike_valid.val() {
            self.spk_cnt.d.next = (self.spk_cnt.q.val() + 1) & self.list_mask.val();
        }
        self.lif_go.d.next = self.lif_begin.val();
        if self.lif_go.q.val() {
            self.spk_cnt.d.next = 0.into();
            self.rec_idx.d.next = 0.into();
            self.rec_more.d.next = false;
            self.rec_hv.d.next = false;
            self.rec_pend.d.next = false;
            self.armed.d.next = false;
        }
        self.outq.clear.next = self.clear.val();
        self.outq.push.next = self.spike_valid.val();
        self.outq.push_data.next = bit_cast::<16, NEURON_BITS>(self.spike_n.val());
        self.outq.drop.next = false;
        self.outq.pop.next = self.out_spike_read.val();
        self.out_spike.next = self.outq.head.val();
        self.out_spike_valid.next = self.outq.head_valid.val();
        self.out_overflow.next = self.outq.overflow.val();

        if self.clear.val() {
            self.lif_go.d.next = false;
            self.in_rem.d.next = 0.into();
            self.in_phase.d.next = false;
            self.rec_idx.d.next = 0.into();
            self.armed.d.next = false;
            self.spk_cnt.d.next = 0.into();
            self.rec_more.d.next = false;
            self.rec_hv.d.next = false;
            self.rec_pend.d.next = false;
        }
    }
}
