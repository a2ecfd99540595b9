//! `HalfRateBridge`: the serial link's clock, the core clock divided by two (a toggle
//! flip-flop), and the glue that carries the link ↔ core interface between the two.
//!
//! The link (UART, framing, command engine) needs no more than 24 MHz for 3 Mbaud, while the
//! NeuroCore runs at the full clock; on the iCE40 the link's logic is slower than the core's,
//! so it gets a clock of its own. Every link clock edge is a core clock edge: a *link edge*
//! is a core edge at which the divider rises, a *mid edge* one at which it falls.
//!
//! - Link → core: strobes are registered at the mid edge (link strobe AND phase), so a strobe
//!   that lasts one link cycle is one core cycle long, the one from the mid edge to the next
//!   link edge; the core samples it, and the link's data (`ctrl_addr`, `ctrl_wdata`,
//!   `in_spike`, passed as is, steady through the link cycle) with it, at that link edge.
//! - Core → link: the core-clock registers the link reads change only at mid edges (`ctrl_rdata`:
//!   only with `ctrl_rvalid`, long before the link reads it), so none changes at a link edge
//!   and the wire to the link has a full core period. The flags that steer the command
//!   engine (`ctrl_ready`, `ctrl_rvalid`, `busy`, `done`, `out_spike_valid`) are registered
//!   again on the link clock, so its state logic starts at link-clock registers. One-cycle
//!   pulses from the core (`ctrl_rvalid`, `done`) are caught whichever edge they end at.
//! - Round trip: the core answers a strobe at the link edge that ends it; the answer loads
//!   at the next mid edge and reaches the link's flags at the link edge after that, two link
//!   cycles after the strobe's link cycle began (one on a single clock). The command engine
//!   reads `ctrl_ready` and `out_spike_valid` no earlier than that.
//!
//! Paths between the clocks: link registers → strobe registers (a gate) and core-side
//! registers → link registers (a wire) have one core period; the link's data into the core
//! has two. The flow checks every cross-clock path nextpnr reports against one core period,
//! which leaves the strobes' short paths the margin for the link clock's later edge (the
//! divider and its global buffer).

use rust_hdl::prelude::*;

/// The link clock and the link ↔ core glue.
#[derive(LogicBlock, Default)]
pub struct HalfRateBridge {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Link clock: `clock` / 2, rising at the link edges.
    pub link_clock: Signal<Out, Clock>,
    /// Link side (link clock): control port word address.
    pub l_ctrl_addr: Signal<In, Bits<24>>,
    /// Link side: control port write data.
    pub l_ctrl_wdata: Signal<In, Bits<16>>,
    /// Link side: control port write strobe.
    pub l_ctrl_write: Signal<In, Bit>,
    /// Link side: control port read strobe.
    pub l_ctrl_read: Signal<In, Bit>,
    /// Link side: the control port accepts a strobe.
    pub l_ctrl_ready: Signal<Out, Bit>,
    /// Link side: read data, with `l_ctrl_rvalid`.
    pub l_ctrl_rdata: Signal<Out, Bits<16>>,
    /// Link side: read data valid (one link cycle).
    pub l_ctrl_rvalid: Signal<Out, Bit>,
    /// Link side: input channel for the next step.
    pub l_in_spike: Signal<In, Bits<16>>,
    /// Link side: push `l_in_spike`.
    pub l_in_spike_write: Signal<In, Bit>,
    /// Link side: start a step.
    pub l_step_start: Signal<In, Bit>,
    /// Link side: a step is running.
    pub l_busy: Signal<Out, Bit>,
    /// Link side: a step finished (one link cycle).
    pub l_done: Signal<Out, Bit>,
    /// Link side: head of the output queue.
    pub l_out_spike: Signal<Out, Bits<16>>,
    /// Link side: the output queue is not empty.
    pub l_out_spike_valid: Signal<Out, Bit>,
    /// Link side: pop the output queue.
    pub l_out_spike_read: Signal<In, Bit>,
    /// Link side: core reset strobe.
    pub l_core_reset: Signal<In, Bit>,
    /// Core side (core clock): control port word address.
    pub c_ctrl_addr: Signal<Out, Bits<24>>,
    /// Core side: control port write data.
    pub c_ctrl_wdata: Signal<Out, Bits<16>>,
    /// Core side: control port write strobe.
    pub c_ctrl_write: Signal<Out, Bit>,
    /// Core side: control port read strobe.
    pub c_ctrl_read: Signal<Out, Bit>,
    /// Core side: the control port accepts a strobe.
    pub c_ctrl_ready: Signal<In, Bit>,
    /// Core side: read data, with `c_ctrl_rvalid`.
    pub c_ctrl_rdata: Signal<In, Bits<16>>,
    /// Core side: read data valid (one core cycle).
    pub c_ctrl_rvalid: Signal<In, Bit>,
    /// Core side: input channel for the next step.
    pub c_in_spike: Signal<Out, Bits<16>>,
    /// Core side: push `c_in_spike`.
    pub c_in_spike_write: Signal<Out, Bit>,
    /// Core side: start a step.
    pub c_step_start: Signal<Out, Bit>,
    /// Core side: a step is running.
    pub c_busy: Signal<In, Bit>,
    /// Core side: a step finished (one core cycle).
    pub c_done: Signal<In, Bit>,
    /// Core side: head of the output queue.
    pub c_out_spike: Signal<In, Bits<16>>,
    /// Core side: the output queue is not empty.
    pub c_out_spike_valid: Signal<In, Bit>,
    /// Core side: pop the output queue.
    pub c_out_spike_read: Signal<Out, Bit>,
    /// Core side: core reset strobe.
    pub c_core_reset: Signal<Out, Bit>,
    /// The divider (the link clock).
    div: DFF<Clock>,
    /// A copy of the divider as data (so the clock net drives clock pins only): high in the
    /// core cycle after a link edge, so a core edge with `phase` high is a mid edge.
    phase: DFF<Bit>,
    // link → core strobes, registered at mid edges (core clock)
    write: DFF<Bit>,
    read: DFF<Bit>,
    push: DFF<Bit>,
    start: DFF<Bit>,
    pop: DFF<Bit>,
    reset: DFF<Bit>,
    // core → link, loaded at mid edges (core clock)
    ready_c: DFF<Bit>,
    rvalid_c: DFF<Bit>,
    busy_c: DFF<Bit>,
    done_c: DFF<Bit>,
    head_c: DFF<Bits<16>>,
    head_valid_c: DFF<Bit>,
    /// Read data, loaded with `c_ctrl_rvalid` (core clock).
    rdata_c: DFF<Bits<16>>,
    /// The last core cycle's pulses (core clock, every edge).
    rvalid_last: DFF<Bit>,
    done_last: DFF<Bit>,
    // the command engine's flags (link clock)
    ready_l: DFF<Bit>,
    rvalid_l: DFF<Bit>,
    busy_l: DFF<Bit>,
    done_l: DFF<Bit>,
    head_valid_l: DFF<Bit>,
}

impl Logic for HalfRateBridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            div,
            phase,
            write,
            read,
            push,
            start,
            pop,
            reset,
            ready_c,
            rvalid_c,
            busy_c,
            done_c,
            head_c,
            head_valid_c,
            rdata_c,
            rvalid_last,
            done_last
        );
        self.div.d.next = !self.div.q.val();
        self.phase.d.next = !self.phase.q.val();
        self.link_clock.next = self.div.q.val();

        // ---- link → core ----
        self.c_ctrl_addr.next = self.l_ctrl_addr.val();
        self.c_ctrl_wdata.next = self.l_ctrl_wdata.val();
        self.c_in_spike.next = self.l_in_spike.val();
        self.write.d.next = self.l_ctrl_write.val() & self.phase.q.val();
        self.read.d.next = self.l_ctrl_read.val() & self.phase.q.val();
        self.push.d.next = self.l_in_spike_write.val() & self.phase.q.val();
        self.start.d.next = self.l_step_start.val() & self.phase.q.val();
        self.pop.d.next = self.l_out_spike_read.val() & self.phase.q.val();
        self.reset.d.next = self.l_core_reset.val() & self.phase.q.val();
        self.c_ctrl_write.next = self.write.q.val();
        self.c_ctrl_read.next = self.read.q.val();
        self.c_in_spike_write.next = self.push.q.val();
        self.c_step_start.next = self.start.q.val();
        self.c_out_spike_read.next = self.pop.q.val();
        self.c_core_reset.next = self.reset.q.val();

        // ---- core → link ----
        self.rvalid_last.d.next = self.c_ctrl_rvalid.val();
        self.done_last.d.next = self.c_done.val();
        if self.c_ctrl_rvalid.val() {
            self.rdata_c.d.next = self.c_ctrl_rdata.val();
        }
        if self.phase.q.val() {
            self.ready_c.d.next = self.c_ctrl_ready.val();
            self.busy_c.d.next = self.c_busy.val();
            self.head_c.d.next = self.c_out_spike.val();
            self.head_valid_c.d.next = self.c_out_spike_valid.val();
            // a pulse in the core cycle ending here or in the one before (since the last
            // mid edge)
            self.rvalid_c.d.next = self.c_ctrl_rvalid.val() | self.rvalid_last.q.val();
            self.done_c.d.next = self.c_done.val() | self.done_last.q.val();
        }
        clock!(
            self,
            link_clock,
            ready_l,
            rvalid_l,
            busy_l,
            done_l,
            head_valid_l
        );
        self.ready_l.d.next = self.ready_c.q.val();
        self.rvalid_l.d.next = self.rvalid_c.q.val();
        self.busy_l.d.next = self.busy_c.q.val();
        self.done_l.d.next = self.done_c.q.val();
        self.head_valid_l.d.next = self.head_valid_c.q.val();
        self.l_ctrl_ready.next = self.ready_l.q.val();
        self.l_ctrl_rvalid.next = self.rvalid_l.q.val();
        self.l_busy.next = self.busy_l.q.val();
        self.l_done.next = self.done_l.q.val();
        self.l_out_spike_valid.next = self.head_valid_l.q.val();
        self.l_ctrl_rdata.next = self.rdata_c.q.val();
        self.l_out_spike.next = self.head_c.q.val();
    }
}
