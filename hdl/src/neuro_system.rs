//! `NeuroSystem`: `C` NeuroCores (1..=16, all of one size) stepping in lockstep and
//! spiking into each other through routing tables, bit-exact with
//! [`neurosim::system::System`] (whose module docs define the semantics).
//!
//! Blocks: `cores[c]` ([`NeuroCore`]) and `tables[c]` ([`RouteTable`]: the spike list of
//! core `c`'s current step and its routing table).
//!
//! Step: `step_start` (while `busy` is low) starts every core in the same cycle; each
//! table lists its core's spikes as the LIF pass produces them. When every core has
//! pulsed `done`, the router walks source cores `c = 0..C`, within a core its spikes in
//! list order (ascending), within a spike slots `k = 0, 1`: one slot per cycle plus one
//! cycle per core. Each valid slot becomes, 6 cycles later, a push of `dest_channel`
//! into core `dest_core`'s input queue, unless the system has already pushed
//! [`input_queue_depth`]`(inputs)` routed events into that core in this step (the queue
//! is empty when routing starts): then the event is dropped and counted in that core's
//! `REG_DROPPED_ROUTES`. Routes with `dest_core >= C` or `dest_channel >= inputs` are
//! ignored. `done` pulses 5 cycles after the walk, when every push has reached its
//! queue. Cycles per step (from the cycle after `step_start` to `done`, inclusive;
//! asserted by the `multi_core` tests):
//! `max_c(cycles of core c) + C + ROUTE_SLOTS * spikes + ROUTE_DRAIN`, with `spikes` the
//! spikes of all cores in the step and a core's cycles as in [`crate::neurocore`].
//!
//! Host side:
//! - Input spikes: `in_core`/`in_spike`/`in_spike_write` push a channel into core
//!   `in_core`'s input queue; taken only while no step runs and not in the cycle of an
//!   accepted `step_start` (pushes during a step are ignored), so the
//!   queue holds the routed events of the last step followed by the host's inputs. A
//!   taken push is registered and reaches the core in the next cycle (`busy` is high in
//!   that cycle, so a `step_start` waits for it).
//! - Output spikes: `out_core` selects whose output queue `out_spike`/`out_spike_valid`
//!   show and `out_spike_read` pops (each core keeps its own queue).
//! - Control port: as a [`NeuroCore`]'s ([`crate::control_map`]), `addr[23:20]` selects
//!   the core; region 0x7 is the routing table of that core and register
//!   `REG_DROPPED_ROUTES` its dropped-route count, served here; everything else is the
//!   core's (an address whose core index is `>= C` goes to core 0 unchanged, which
//!   ignores it and reads 0). An accepted access is registered and reaches its core one
//!   cycle later (no combinational path from the link through the system into the
//!   cores' control ports): ready is low for 3 cycles after a write, a read's data
//!   comes [`SYSTEM_READ_LATENCY`] cycles after it is accepted.
//! - `core_reset`: every core's reset pass and zeroed dropped-route counts (routing tables
//!   stay); during a step it is carried out when the step has finished.
//!
//! (`update` uses numeric region, register and state codes: rust-hdl emits Rust constant
//! names verbatim into the Verilog.)

use crate::control_map::{MAX_SOURCES, NEURON_BITS, READ_LATENCY};
use crate::neurocore::{NeuroCore, NeuroCoreConfig};
use crate::route_table::{RouteTable, SLOT_BITS};
use neurosim::system::{input_queue_depth, MAX_CORES, MAX_ROUTED_INPUTS, ROUTE_SLOTS};
use rust_hdl::prelude::*;

/// Cycles from an accepted `ctrl_read` to `ctrl_rvalid`: the request register, then the
/// core's [`READ_LATENCY`].
pub const SYSTEM_READ_LATENCY: usize = READ_LATENCY + 1;

// The route-table read (registered request, table read, word register, overlay register)
// completes within the read latency.
const _: () = assert!(SYSTEM_READ_LATENCY >= 4);

/// Cycles after the walk: the push pipeline (list and table reads, decode, push) drains.
pub const ROUTE_DRAIN: usize = 5;

/// Size of a system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeuroSystemConfig {
    /// Number of cores, 1..=16.
    pub cores: usize,
    /// Every core's configuration.
    pub core: NeuroCoreConfig,
}

impl NeuroSystemConfig {
    /// Check the sizes.
    pub fn validate(&self) -> Result<(), String> {
        self.core.validate()?;
        if !(1..=MAX_CORES).contains(&self.cores) {
            return Err(format!(
                "cores = {} is out of range 1..={MAX_CORES}",
                self.cores
            ));
        }
        let inputs = self.core.inputs;
        if inputs > MAX_ROUTED_INPUTS {
            return Err(format!(
                "inputs = {inputs}: a routed core has at most {MAX_ROUTED_INPUTS} (11-bit dest_channel)"
            ));
        }
        let events = input_queue_depth(inputs) + self.core.neurons;
        if events > MAX_SOURCES {
            return Err(format!(
                "a step can have {events} events (input queue {} + neurons {}), more than the {MAX_SOURCES} the accumulators sum exactly",
                input_queue_depth(inputs),
                self.core.neurons
            ));
        }
        Ok(())
    }
}

/// Several NeuroCores with a spike router.
#[derive(LogicBlock)]
pub struct NeuroSystem {
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
    /// Core whose input queue `in_spike` goes to.
    pub in_core: Signal<In, Bits<4>>,
    /// Input spike: channel id.
    pub in_spike: Signal<In, Bits<16>>,
    /// Push `in_spike` (taken only while idle).
    pub in_spike_write: Signal<In, Bit>,
    /// Run one step of every core.
    pub step_start: Signal<In, Bit>,
    /// A step, reset pass or control access runs.
    pub busy: Signal<Out, Bit>,
    /// The step (routing included) finished (one cycle).
    pub done: Signal<Out, Bit>,
    /// Core whose output queue `out_spike` shows.
    pub out_core: Signal<In, Bits<4>>,
    /// Oldest output spike of core `out_core` (neuron id).
    pub out_spike: Signal<Out, Bits<16>>,
    /// `out_spike` is valid.
    pub out_spike_valid: Signal<Out, Bit>,
    /// Pop `out_spike`.
    pub out_spike_read: Signal<In, Bit>,
    /// Clear every core's state, queues and counters.
    pub core_reset: Signal<In, Bit>,
    /// The cores (public for test-harness inspection).
    pub cores: Vec<NeuroCore>,
    /// Their spike lists and routing tables (public for test-harness inspection).
    pub tables: Vec<RouteTable>,
    n_cores: Constant<Bits<5>>,
    last_core: Constant<Bits<4>>,
    depth: Constant<Bits<16>>,
    inputs: Constant<Bits<16>>,
    route_words: Constant<Bits<16>>,
    pushed: Vec<DFF<Bits<16>>>,
    dropped: Vec<DFF<Bits<16>>>,
    fin: Vec<DFF<Bit>>,
    state: DFF<Bits<2>>,
    reset_pend: DFF<Bit>,
    wk: DFF<Bits<4>>,
    wi: DFF<Bits<16>>,
    ws: DFF<Bits<SLOT_BITS>>,
    p1_v: DFF<Bit>,
    p1_k: DFF<Bits<4>>,
    p1_s: DFF<Bits<SLOT_BITS>>,
    p2_v: DFF<Bit>,
    p2_k: DFF<Bits<4>>,
    p2_s: DFF<Bits<SLOT_BITS>>,
    p3_v: DFF<Bit>,
    p3_k: DFF<Bits<4>>,
    p4_v: DFF<Bit>,
    p4_k: DFF<Bits<4>>,
    p5_v: DFF<Bit>,
    p5_w: DFF<Bits<16>>,
    p6_push: DFF<Bit>,
    p6_dest: DFF<Bits<4>>,
    p6_ch: DFF<Bits<16>>,
    drain: DFF<Bits<3>>,
    q_valid: DFF<Bit>,
    q_write: DFF<Bit>,
    q_read: DFF<Bit>,
    q_addr: DFF<Bits<24>>,
    q_wdata: DFF<Bits<16>>,
    b_valid: DFF<Bit>,
    c_valid: DFF<Bit>,
    b_reg: DFF<Bit>,
    b_k: DFF<Bits<4>>,
    b_idx_ok: DFF<Bit>,
    ov: DFF<Bit>,
    ov_data: DFF<Bits<16>>,
    rd_core: DFF<Bits<4>>,
    h_valid: DFF<Bit>,
    h_core: DFF<Bits<4>>,
    h_ch: DFF<Bits<16>>,
    cores_busy: Signal<Local, Bit>,
    cores_ready: Signal<Local, Bit>,
    all_fin: Signal<Local, Bit>,
    ready: Signal<Local, Bit>,
    kc: Signal<Local, Bits<4>>,
    kc_ok: Signal<Local, Bit>,
    target: Signal<Local, Bits<4>>,
    q_target: Signal<Local, Bits<4>>,
    go_step: Signal<Local, Bit>,
    go_reset: Signal<Local, Bit>,
    host_push: Signal<Local, Bit>,
    cnt_k: Signal<Local, Bits<16>>,
    issue: Signal<Local, Bit>,
    w_ok: Signal<Local, Bit>,
    w_dest: Signal<Local, Bits<4>>,
    qk: Signal<Local, Bits<4>>,
    q_ok: Signal<Local, Bit>,
    q_region: Signal<Local, Bits<4>>,
    q_index: Signal<Local, Bits<16>>,
}

impl NeuroSystem {
    /// A system of `cfg.cores` cores of `cfg.core`.
    pub fn new(cfg: NeuroSystemConfig) -> Result<Self, String> {
        cfg.validate()?;
        let c = cfg.cores;
        let cores = (0..c)
            .map(|_| NeuroCore::new(cfg.core))
            .collect::<Result<Vec<_>, _>>()?;
        let tables = (0..c)
            .map(|_| RouteTable::new(cfg.core.neurons))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            clock: Default::default(),
            ctrl_addr: Default::default(),
            ctrl_wdata: Default::default(),
            ctrl_write: Default::default(),
            ctrl_read: Default::default(),
            ctrl_ready: Default::default(),
            ctrl_rdata: Default::default(),
            ctrl_rvalid: Default::default(),
            in_core: Default::default(),
            in_spike: Default::default(),
            in_spike_write: Default::default(),
            step_start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            out_core: Default::default(),
            out_spike: Default::default(),
            out_spike_valid: Default::default(),
            out_spike_read: Default::default(),
            core_reset: Default::default(),
            cores,
            tables,
            n_cores: Constant::new((c as u64).to_bits()),
            last_core: Constant::new(((c - 1) as u64).to_bits()),
            depth: Constant::new((input_queue_depth(cfg.core.inputs) as u64).to_bits()),
            inputs: Constant::new((cfg.core.inputs as u64).to_bits()),
            route_words: Constant::new(((cfg.core.neurons * ROUTE_SLOTS) as u64).to_bits()),
            pushed: (0..c).map(|_| Default::default()).collect(),
            dropped: (0..c).map(|_| Default::default()).collect(),
            fin: (0..c).map(|_| Default::default()).collect(),
            state: Default::default(),
            reset_pend: Default::default(),
            wk: Default::default(),
            wi: Default::default(),
            ws: Default::default(),
            p1_v: Default::default(),
            p1_k: Default::default(),
            p1_s: Default::default(),
            p2_v: Default::default(),
            p2_k: Default::default(),
            p2_s: Default::default(),
            p3_v: Default::default(),
            p3_k: Default::default(),
            p4_v: Default::default(),
            p4_k: Default::default(),
            p5_v: Default::default(),
            p5_w: Default::default(),
            p6_push: Default::default(),
            p6_dest: Default::default(),
            p6_ch: Default::default(),
            drain: Default::default(),
            q_valid: Default::default(),
            q_write: Default::default(),
            q_read: Default::default(),
            q_addr: Default::default(),
            q_wdata: Default::default(),
            b_valid: Default::default(),
            c_valid: Default::default(),
            b_reg: Default::default(),
            b_k: Default::default(),
            b_idx_ok: Default::default(),
            ov: Default::default(),
            ov_data: Default::default(),
            rd_core: Default::default(),
            h_valid: Default::default(),
            h_core: Default::default(),
            h_ch: Default::default(),
            cores_busy: Default::default(),
            cores_ready: Default::default(),
            all_fin: Default::default(),
            ready: Default::default(),
            kc: Default::default(),
            kc_ok: Default::default(),
            target: Default::default(),
            q_target: Default::default(),
            go_step: Default::default(),
            go_reset: Default::default(),
            host_push: Default::default(),
            cnt_k: Default::default(),
            issue: Default::default(),
            w_ok: Default::default(),
            w_dest: Default::default(),
            qk: Default::default(),
            q_ok: Default::default(),
            q_region: Default::default(),
            q_index: Default::default(),
        })
    }

    /// Dropped-route count of every core (test harness back door).
    pub fn dropped_routes(&self) -> Vec<u16> {
        self.dropped.iter().map(|d| d.q.val().to_u16()).collect()
    }
}

impl Logic for NeuroSystem {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, reset_pend, wk, wi, ws, p1_v, p1_k, p1_s, p2_v, p2_k, p2_s, p3_v,
            p3_k, p4_v, p4_k, p5_v, p5_w, p6_push, p6_dest, p6_ch, drain, q_valid, q_write, q_read,
            q_addr, q_wdata, b_valid, c_valid, b_reg, b_k, b_idx_ok, ov, ov_data, rd_core, h_valid,
            h_core, h_ch
        );
        // ---- summaries over the cores ----
        self.cores_busy.next = false;
        self.cores_ready.next = true;
        self.all_fin.next = true;
        self.cnt_k.next = 0.into();
        for j in 0..self.cores.len() {
            self.cores[j].clock.next = self.clock.val();
            self.tables[j].clock.next = self.clock.val();
            self.pushed[j].clock.next = self.clock.val();
            self.dropped[j].clock.next = self.clock.val();
            self.fin[j].clock.next = self.clock.val();
            self.pushed[j].d.next = self.pushed[j].q.val();
            self.dropped[j].d.next = self.dropped[j].q.val();
            self.fin[j].d.next = self.fin[j].q.val();
            if self.cores[j].busy.val() {
                self.cores_busy.next = true;
            }
            if !self.cores[j].ctrl_ready.val() {
                self.cores_ready.next = false;
            }
            if !(self.fin[j].q.val() | self.cores[j].done.val()) {
                self.all_fin.next = false;
            }
            if self.wk.q.val().index() == j {
                self.cnt_k.next = self.tables[j].count.val();
            }
        }
        self.busy.next = (self.state.q.val() != 0)
            | self.reset_pend.q.val()
            | self.cores_busy.val()
            | self.h_valid.q.val()
            | self.q_valid.q.val();
        self.done.next = (self.state.q.val() == 3) & (self.drain.q.val() == 4);

        // ---- sequencing: 0 idle, 1 cores run, 2 walk, 3 drain ----
        self.go_reset.next =
            (self.state.q.val() == 0) & (self.reset_pend.q.val() | self.core_reset.val());
        self.go_step.next = (self.state.q.val() == 0)
            & !self.go_reset.val()
            & self.step_start.val()
            & !self.cores_busy.val()
            & !self.h_valid.q.val()
            & !self.q_valid.q.val();
        if self.core_reset.val() {
            self.reset_pend.d.next = true;
        }
        if self.go_reset.val() {
            self.reset_pend.d.next = false;
        }
        if self.go_step.val() {
            self.state.d.next = 1.into();
        }
        if (self.state.q.val() == 1) & self.all_fin.val() {
            self.state.d.next = 2.into();
            self.wk.d.next = 0.into();
            self.wi.d.next = 0.into();
            self.ws.d.next = 0.into();
        }
        self.issue.next = (self.state.q.val() == 2) & (self.wi.q.val() != self.cnt_k.val());
        if self.issue.val() {
            self.ws.d.next = self.ws.q.val() + 1;
            if self.ws.q.val() == 1 {
                self.wi.d.next = self.wi.q.val() + 1;
            }
        }
        if (self.state.q.val() == 2) & !self.issue.val() {
            self.wk.d.next = self.wk.q.val() + 1;
            self.wi.d.next = 0.into();
            if self.wk.q.val() == self.last_core.val() {
                self.state.d.next = 3.into();
                self.drain.d.next = 0.into();
            }
        }
        if self.state.q.val() == 3 {
            self.drain.d.next = self.drain.q.val() + 1;
            if self.drain.q.val() == 4 {
                self.state.d.next = 0.into();
            }
        }

        // ---- walk pipeline: list read (P0), list word registered (P1), table read (P2),
        // table word registered (P3), selected word (P4), decode (P5), push (P6) ----
        self.p1_v.d.next = self.issue.val();
        self.p1_k.d.next = self.wk.q.val();
        self.p1_s.d.next = self.ws.q.val();
        self.p2_v.d.next = self.p1_v.q.val();
        self.p2_k.d.next = self.p1_k.q.val();
        self.p2_s.d.next = self.p1_s.q.val();
        self.p3_v.d.next = self.p2_v.q.val();
        self.p3_k.d.next = self.p2_k.q.val();
        self.p4_v.d.next = self.p3_v.q.val();
        self.p4_k.d.next = self.p3_k.q.val();
        self.p5_v.d.next = self.p4_v.q.val();
        self.p5_w.d.next = 0.into();
        self.w_dest.next = self.p5_w.q.val().get_bits::<4>(11);
        self.w_ok.next = self.p5_v.q.val()
            & self.p5_w.q.val().get_bit(15)
            & (bit_cast::<16, 11>(self.p5_w.q.val().get_bits::<11>(0)) < self.inputs.val())
            & (bit_cast::<5, 4>(self.w_dest.val()) < self.n_cores.val());
        self.p6_push.d.next = false;
        self.p6_dest.d.next = self.w_dest.val();
        self.p6_ch.d.next = bit_cast::<16, 11>(self.p5_w.q.val().get_bits::<11>(0));

        // ---- control port: accept ----
        // an access is accepted into the system's request register (stage A) and reaches
        // its core one cycle later, so the system's ready also needs: no request in that
        // register, and no step starting in this cycle (the core's ready then holds for
        // the forwarded request)
        self.ready.next = (self.state.q.val() == 0)
            & !self.reset_pend.q.val()
            & !self.core_reset.val()
            & !self.step_start.val()
            & !self.q_valid.q.val()
            & self.cores_ready.val();
        self.ctrl_ready.next = self.ready.val();
        self.kc.next = self.ctrl_addr.val().get_bits::<4>(20);
        self.kc_ok.next = bit_cast::<5, 4>(self.kc.val()) < self.n_cores.val();
        self.target.next = 0.into();
        if self.kc_ok.val() {
            self.target.next = self.kc.val();
        }
        self.q_valid.d.next = self.ready.val() & (self.ctrl_write.val() | self.ctrl_read.val());
        self.q_write.d.next = self.ctrl_write.val();
        self.q_read.d.next = self.ctrl_read.val();
        self.q_addr.d.next = self.ctrl_addr.val();
        self.q_wdata.d.next = self.ctrl_wdata.val();
        if self.ready.val() & self.ctrl_read.val() {
            self.rd_core.d.next = self.target.val();
        }
        // stage B: the routing-table access and the overlay decision (held until the
        // next read); the table word is registered in the table and selected in stage D
        self.qk.next = self.q_addr.q.val().get_bits::<4>(20);
        self.q_ok.next = bit_cast::<5, 4>(self.qk.val()) < self.n_cores.val();
        self.q_target.next = 0.into();
        if self.q_ok.val() {
            self.q_target.next = self.qk.val();
        }
        self.q_region.next = self.q_addr.q.val().get_bits::<4>(16);
        self.q_index.next = self.q_addr.q.val().get_bits::<16>(0);
        self.b_valid.d.next = self.q_valid.q.val() & self.q_read.q.val();
        self.c_valid.d.next = self.b_valid.q.val();
        if self.q_valid.q.val() & self.q_read.q.val() {
            self.b_reg.d.next = self.q_region.val() == 6;
            self.b_k.d.next = self.qk.val();
            self.b_idx_ok.d.next = self.q_index.val() < self.route_words.val();
            self.ov.d.next = self.q_ok.val()
                & ((self.q_region.val() == 7)
                    | ((self.q_region.val() == 6) & (self.q_index.val() == 14)));
        }
        // host pushes are registered (the link's buffer RAM drives `in_spike`) and reach
        // the core one cycle later; `busy` covers that cycle
        self.host_push.next = (self.state.q.val() == 0) & !self.go_step.val();
        self.h_valid.d.next = self.host_push.val() & self.in_spike_write.val();
        self.h_core.d.next = self.in_core.val();
        self.h_ch.d.next = self.in_spike.val();
        self.ctrl_rvalid.next = false;
        self.ctrl_rdata.next = 0.into();
        self.out_spike.next = 0.into();
        self.out_spike_valid.next = false;

        // ---- per core ----
        for j in 0..self.cores.len() {
            // step and reset
            self.cores[j].step_start.next = self.go_step.val();
            self.cores[j].core_reset.next = self.go_reset.val();
            self.tables[j].new_step.next = self.go_step.val();
            if self.go_step.val() {
                self.fin[j].d.next = false;
            }
            if self.cores[j].done.val() {
                self.fin[j].d.next = true;
            }
            if self.go_reset.val() {
                self.dropped[j].d.next = 0.into();
            }
            // spike lists and walk
            self.tables[j].spike_valid.next = self.cores[j].spike_valid.val();
            self.tables[j].spike_n.next = self.cores[j].spike_n.val();
            self.tables[j].walking.next = self.state.q.val().get_bit(1);
            self.tables[j].walk_idx.next = self.wi.q.val().get_bits::<NEURON_BITS>(0);
            self.tables[j].walk_slot.next = self.p2_s.q.val();
            if self.p4_k.q.val().index() == j {
                self.p5_w.d.next = self.tables[j].route_word.val();
            }
            if (self.state.q.val() == 1) & self.all_fin.val() {
                self.pushed[j].d.next = 0.into();
            }
            if self.w_ok.val() & (self.w_dest.val().index() == j) {
                if self.pushed[j].q.val() == self.depth.val() {
                    if self.dropped[j].q.val() != 0xFFFF {
                        self.dropped[j].d.next = self.dropped[j].q.val() + 1;
                    }
                } else {
                    self.pushed[j].d.next = self.pushed[j].q.val() + 1;
                    self.p6_push.d.next = true;
                }
            }
            // input queue: the router while routing, the host while idle
            self.cores[j].in_spike.next = self.h_ch.q.val();
            self.cores[j].in_spike_write.next =
                self.h_valid.q.val() & (self.h_core.q.val().index() == j);
            if self.state.q.val().get_bit(1) {
                self.cores[j].in_spike.next = self.p6_ch.q.val();
                self.cores[j].in_spike_write.next =
                    self.p6_push.q.val() & (self.p6_dest.q.val().index() == j);
            }
            // output queue
            self.cores[j].out_spike_read.next =
                self.out_spike_read.val() & (self.out_core.val().index() == j);
            if self.out_core.val().index() == j {
                self.out_spike.next = self.cores[j].out_spike.val();
                self.out_spike_valid.next = self.cores[j].out_spike_valid.val();
            }
            // control port: the registered request, one cycle after it was accepted
            self.cores[j].ctrl_addr.next = self.q_addr.q.val();
            if self.q_ok.val() {
                self.cores[j].ctrl_addr.next = self.q_addr.q.val() & 0xFFFFF;
            }
            self.cores[j].ctrl_wdata.next = self.q_wdata.q.val();
            self.cores[j].ctrl_write.next =
                self.q_valid.q.val() & self.q_write.q.val() & (self.q_target.val().index() == j);
            self.cores[j].ctrl_read.next =
                self.q_valid.q.val() & self.q_read.q.val() & (self.q_target.val().index() == j);
            self.tables[j].ctrl_idx.next = self.q_index.val();
            self.tables[j].ctrl_wdata.next = self.q_wdata.q.val();
            self.tables[j].ctrl_write.next = self.q_valid.q.val()
                & self.q_write.q.val()
                & self.q_ok.val()
                & (self.q_region.val() == 7)
                & (self.qk.val().index() == j);
            if self.c_valid.q.val() & (self.b_k.q.val().index() == j) {
                self.ov_data.d.next = 0.into();
                if self.b_idx_ok.q.val() {
                    self.ov_data.d.next = self.tables[j].route_word.val();
                }
                if self.b_reg.q.val() {
                    self.ov_data.d.next = self.dropped[j].q.val();
                }
            }
            if self.cores[j].ctrl_rvalid.val() {
                self.ctrl_rvalid.next = true;
            }
            if self.rd_core.q.val().index() == j {
                self.ctrl_rdata.next = self.cores[j].ctrl_rdata.val();
            }
        }
        if self.ov.q.val() {
            self.ctrl_rdata.next = self.ov_data.q.val();
        }
    }
}
