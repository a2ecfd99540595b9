//! `LifPipeline`: the time-multiplexed NC-LIF v1 neuron datapath (see `neurosim::neuron`).
//!
//! Neuron state (`i`: 16 bit, `v`: 16 bit, `ref`: 4 bit) and parameters (`bias`: 16 bit,
//! `threshold`: 16 bit, `ctl` = `{reset[12], refractory[11:8], mem_shift[7:4],
//! syn_shift[3:0]}`: 13 bit) live in six block RAMs of `neurons` words.
//!
//! A pass (`start` strobe) updates neurons `0..neurons` in ascending order, one per clock
//! cycle, in a 10-stage pipeline (every RAM output is registered, every stage holds at
//! most one 16..27-bit add or a 4-level shifter, so the logic depth stays low):
//!
//! | cycle | stage (registers loaded at the end of the cycle) |
//! |---|---|
//! | c   | issue: read `i`, `v`, `ref`, `ctl` of neuron n |
//! | c+1 | register the RAM outputs (p2) |
//! | c+2 | `i >>> syn_shift`, `v >>> mem_shift` (p3); request `acc[n]`, read `bias` |
//! | c+3 | `i - (i >>> syn_shift)`, `v - (v >>> mem_shift)` (p4); register `bias` |
//! | c+4 | `i + acc` (27 bit), `v + bias` (18 bit) (p5) |
//! | c+5 | `sat16(i)` (p6) |
//! | c+6 | `v + i` (18 bit) (p7); read `threshold`; write back `i` |
//! | c+7 | `sat16(v)` (p8); register `threshold` |
//! | c+8 | `v >= threshold` (signed), `v - threshold` (p9) |
//! | c+9 | refractory / reset / spike decision; write back `v`, `ref`; `spike_valid` |
//!
//! Latency: [`LIF_LATENCY`] = 9 cycles from issue to write-back and spike output; a pass
//! of N neurons takes N + 9 cycles (`done` pulses in the last write-back cycle).
//! Each neuron's state is read and written exactly once per pass, and a pass starts only
//! after the previous one has written back, so there is no read-after-write hazard and
//! the pipeline never stalls. A refractory neuron's `v` is not written (write enable
//! low), so `v` need not travel down the pipeline.
//!
//! No RAM output drives logic: every one is registered first (an ECP5 block RAM's output
//! is valid 5.6 ns after the clock).
//!
//! The accumulated input `acc[n]` (26-bit two's complement) is requested from the synapse
//! unit with `acc_read`/`acc_n` and must arrive on `acc_data` two cycles later.
//!
//! Memory port (only while `busy` is low): `mem_field` 0 bias, 1 threshold, 2 ctl,
//! 4 i, 5 v, 6 ref; writes take effect at the next edge; `mem_rdata` shows the word of the
//! read issued two cycles earlier (latency 2: selected from the stage registers that hold
//! the RAM outputs). `clear` writes zero state to `clear_n`.
//!
//! (`update` compares with the numeric `FIELD_*` codes: rust-hdl would emit a Rust
//! constant's name verbatim into the Verilog, where it is undeclared.)

use crate::control_map::{ACC_BITS, NEURON_BITS};
use crate::sync_ram::SyncRam;
use rust_hdl::prelude::*;

/// Cycles from issuing a neuron to its write-back / spike output.
pub const LIF_LATENCY: usize = 9;

/// Memory-port field: bias.
pub const FIELD_BIAS: u64 = 0;
/// Memory-port field: threshold.
pub const FIELD_THRESHOLD: u64 = 1;
/// Memory-port field: `{reset, refractory, mem_shift, syn_shift}`.
pub const FIELD_CTL: u64 = 2;
/// Memory-port field: synaptic current `i`.
pub const FIELD_I: u64 = 4;
/// Memory-port field: membrane `v`.
pub const FIELD_V: u64 = 5;
/// Memory-port field: refractory countdown.
pub const FIELD_REF: u64 = 6;

type N = Bits<NEURON_BITS>;

/// The NC-LIF v1 neuron pipeline with its state and parameter memories.
#[derive(LogicBlock)]
pub struct LifPipeline {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Start a pass over all neurons (ignored while busy).
    pub start: Signal<In, Bit>,
    /// A pass is running.
    pub busy: Signal<Out, Bit>,
    /// One-cycle pulse in the last write-back cycle of a pass.
    pub done: Signal<Out, Bit>,
    /// Request of `acc[acc_n]`.
    pub acc_read: Signal<Out, Bit>,
    /// Neuron whose accumulator is requested.
    pub acc_n: Signal<Out, N>,
    /// `acc[acc_n]` of the request two cycles earlier (26-bit two's complement).
    pub acc_data: Signal<In, Bits<ACC_BITS>>,
    /// A neuron spiked (ascending order within a pass).
    pub spike_valid: Signal<Out, Bit>,
    /// The neuron that spiked.
    pub spike_n: Signal<Out, N>,
    /// Write zero state (`i`, `v`, `ref`) to neuron `clear_n` (while idle).
    pub clear: Signal<In, Bit>,
    /// Neuron cleared.
    pub clear_n: Signal<In, N>,
    /// Memory port: neuron.
    pub mem_n: Signal<In, N>,
    /// Memory port: field (`FIELD_*`).
    pub mem_field: Signal<In, Bits<3>>,
    /// Memory port: data written.
    pub mem_wdata: Signal<In, Bits<16>>,
    /// Memory port: write strobe.
    pub mem_write: Signal<In, Bit>,
    /// Memory port: word read two cycles earlier.
    pub mem_rdata: Signal<Out, Bits<16>>,
    last_n: Constant<N>,
    n_mask: Constant<N>,
    i_ram: SyncRam<Bits<16>, NEURON_BITS>,
    v_ram: SyncRam<Bits<16>, NEURON_BITS>,
    ref_ram: SyncRam<Bits<4>, NEURON_BITS>,
    bias_ram: SyncRam<Bits<16>, NEURON_BITS>,
    thr_ram: SyncRam<Bits<16>, NEURON_BITS>,
    ctl_ram: SyncRam<Bits<13>, NEURON_BITS>,
    active: DFF<Bit>,
    cnt: DFF<N>,
    rd_field: DFF<Bits<3>>,
    rd_sel: DFF<Bits<6>>,
    // stage registers, named after the stage whose inputs they hold
    p1_valid: DFF<Bit>,
    p1_n: DFF<N>,
    p2_valid: DFF<Bit>,
    p2_n: DFF<N>,
    p2_i: DFF<Bits<16>>,
    p2_v: DFF<Bits<16>>,
    p2_refc: DFF<Bits<4>>,
    p2_ctl: DFF<Bits<13>>,
    p3_valid: DFF<Bit>,
    p3_n: DFF<N>,
    p3_i: DFF<Bits<16>>,
    p3_ish: DFF<Bits<16>>,
    p3_v: DFF<Bits<16>>,
    p3_vsh: DFF<Bits<16>>,
    p3_refc: DFF<Bits<4>>,
    p3_ctl: DFF<Bits<5>>,
    p4_valid: DFF<Bit>,
    p4_n: DFF<N>,
    p4_id: DFF<Bits<16>>,
    p4_vd: DFF<Bits<16>>,
    p4_refc: DFF<Bits<4>>,
    p4_ctl: DFF<Bits<5>>,
    p4_bias: DFF<Bits<16>>,
    p5_valid: DFF<Bit>,
    p5_n: DFF<N>,
    p5_isum: DFF<Bits<27>>,
    p5_vb: DFF<Bits<18>>,
    p5_refc: DFF<Bits<4>>,
    p5_ctl: DFF<Bits<5>>,
    p6_valid: DFF<Bit>,
    p6_n: DFF<N>,
    p6_inew: DFF<Bits<16>>,
    p6_vb: DFF<Bits<18>>,
    p6_refc: DFF<Bits<4>>,
    p6_ctl: DFF<Bits<5>>,
    p7_valid: DFF<Bit>,
    p7_n: DFF<N>,
    p7_vsum: DFF<Bits<18>>,
    p7_refc: DFF<Bits<4>>,
    p7_ctl: DFF<Bits<5>>,
    p8_valid: DFF<Bit>,
    p8_n: DFF<N>,
    p8_vnew: DFF<Bits<16>>,
    p8_refc: DFF<Bits<4>>,
    p8_ctl: DFF<Bits<5>>,
    p8_thr: DFF<Bits<16>>,
    p9_valid: DFF<Bit>,
    p9_n: DFF<N>,
    p9_vnew: DFF<Bits<16>>,
    p9_vsub: DFF<Bits<16>>,
    p9_ge: DFF<Bit>,
    p9_refc: DFF<Bits<4>>,
    p9_fire: DFF<Bit>,
    p9_ctl: DFF<Bits<5>>,
    id_x: Signal<Local, Bits<27>>,
    acc_x: Signal<Local, Bits<27>>,
    vd_x: Signal<Local, Bits<18>>,
    bias_x: Signal<Local, Bits<18>>,
    inew_x: Signal<Local, Bits<18>>,
    rd_i: Signal<Local, Bits<16>>,
    rd_v: Signal<Local, Bits<16>>,
    rd_ref: Signal<Local, Bits<16>>,
    rd_ctl: Signal<Local, Bits<16>>,
    rd_bias: Signal<Local, Bits<16>>,
    rd_thr: Signal<Local, Bits<16>>,
}

impl LifPipeline {
    /// A pipeline for `neurons` neurons (`1..=4096`), all state and parameters zero.
    pub fn new(neurons: usize) -> Result<Self, String> {
        if neurons == 0 || neurons > (1 << NEURON_BITS) {
            return Err(format!(
                "neurons = {neurons} is out of range 1..={}",
                1 << NEURON_BITS
            ));
        }
        Ok(Self {
            clock: Default::default(),
            start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            acc_read: Default::default(),
            acc_n: Default::default(),
            acc_data: Default::default(),
            spike_valid: Default::default(),
            spike_n: Default::default(),
            clear: Default::default(),
            clear_n: Default::default(),
            mem_n: Default::default(),
            mem_field: Default::default(),
            mem_wdata: Default::default(),
            mem_write: Default::default(),
            mem_rdata: Default::default(),
            last_n: Constant::new(((neurons - 1) as u64).to_bits()),
            n_mask: Constant::new(((neurons.next_power_of_two() - 1) as u64).to_bits()),
            i_ram: SyncRam::new(neurons),
            v_ram: SyncRam::new(neurons),
            ref_ram: SyncRam::new(neurons),
            bias_ram: SyncRam::new(neurons),
            thr_ram: SyncRam::new(neurons),
            ctl_ram: SyncRam::new(neurons),
            active: Default::default(),
            cnt: Default::default(),
            rd_field: Default::default(),
            rd_sel: Default::default(),
            p1_valid: Default::default(),
            p1_n: Default::default(),
            p2_valid: Default::default(),
            p2_n: Default::default(),
            p2_i: Default::default(),
            p2_v: Default::default(),
            p2_refc: Default::default(),
            p2_ctl: Default::default(),
            p3_valid: Default::default(),
            p3_n: Default::default(),
            p3_i: Default::default(),
            p3_ish: Default::default(),
            p3_v: Default::default(),
            p3_vsh: Default::default(),
            p3_refc: Default::default(),
            p3_ctl: Default::default(),
            p4_valid: Default::default(),
            p4_n: Default::default(),
            p4_id: Default::default(),
            p4_vd: Default::default(),
            p4_refc: Default::default(),
            p4_ctl: Default::default(),
            p4_bias: Default::default(),
            p5_valid: Default::default(),
            p5_n: Default::default(),
            p5_isum: Default::default(),
            p5_vb: Default::default(),
            p5_refc: Default::default(),
            p5_ctl: Default::default(),
            p6_valid: Default::default(),
            p6_n: Default::default(),
            p6_inew: Default::default(),
            p6_vb: Default::default(),
            p6_refc: Default::default(),
            p6_ctl: Default::default(),
            p7_valid: Default::default(),
            p7_n: Default::default(),
            p7_vsum: Default::default(),
            p7_refc: Default::default(),
            p7_ctl: Default::default(),
            p8_valid: Default::default(),
            p8_n: Default::default(),
            p8_vnew: Default::default(),
            p8_refc: Default::default(),
            p8_ctl: Default::default(),
            p8_thr: Default::default(),
            p9_valid: Default::default(),
            p9_n: Default::default(),
            p9_vnew: Default::default(),
            p9_vsub: Default::default(),
            p9_ge: Default::default(),
            p9_refc: Default::default(),
            p9_fire: Default::default(),
            p9_ctl: Default::default(),
            id_x: Default::default(),
            acc_x: Default::default(),
            vd_x: Default::default(),
            bias_x: Default::default(),
            inew_x: Default::default(),
            rd_i: Default::default(),
            rd_v: Default::default(),
            rd_ref: Default::default(),
            rd_ctl: Default::default(),
            rd_bias: Default::default(),
            rd_thr: Default::default(),
        })
    }

    /// Neurons handled.
    pub fn neurons(&self) -> usize {
        self.i_ram.depth()
    }

    /// `(i, v, ref)` of every neuron, from the state memories (for test harnesses).
    pub fn state(&self) -> Vec<(i16, i16, u8)> {
        let (i, v, r) = (
            self.i_ram.contents(),
            self.v_ram.contents(),
            self.ref_ram.contents(),
        );
        (0..self.neurons())
            .map(|n| (i[n].to_u16() as i16, v[n].to_u16() as i16, r[n].to_u8()))
            .collect()
    }
}

impl Logic for LifPipeline {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, active, cnt, rd_field, rd_sel, p1_valid, p1_n, p2_valid, p2_n, p2_i, p2_v,
            p2_refc, p2_ctl, p3_valid, p3_n, p3_i, p3_ish, p3_v, p3_vsh, p3_refc, p3_ctl, p4_valid,
            p4_n, p4_id, p4_vd, p4_refc, p4_ctl, p4_bias, p5_valid, p5_n, p5_isum, p5_vb, p5_refc,
            p5_ctl, p6_valid, p6_n, p6_inew, p6_vb, p6_refc, p6_ctl, p7_valid, p7_n, p7_vsum,
            p7_refc, p7_ctl, p8_valid, p8_n, p8_vnew, p8_refc, p8_ctl, p8_thr, p9_valid, p9_n,
            p9_vnew, p9_vsub, p9_ge, p9_refc, p9_fire, p9_ctl
        );
        clock!(self, clock, i_ram, v_ram, ref_ram, bias_ram, thr_ram, ctl_ram);
        // every read port reads every cycle
        self.i_ram.read_enable.next = true;
        self.v_ram.read_enable.next = true;
        self.ref_ram.read_enable.next = true;
        self.bias_ram.read_enable.next = true;
        self.thr_ram.read_enable.next = true;
        self.ctl_ram.read_enable.next = true;

        // ---- pass sequencing (issue stage) ----
        self.p1_valid.d.next = self.active.q.val();
        self.p1_n.d.next = self.cnt.q.val();
        if self.active.q.val() {
            // (masked: synthesis keeps only the bits `neurons` needs, here and in the
            // neuron numbers travelling down the pipeline)
            self.cnt.d.next = (self.cnt.q.val() + 1) & self.n_mask.val();
            if self.cnt.q.val() == self.last_n.val() {
                self.active.d.next = false;
            }
        } else if self.start.val() & !self.p9_valid.q.val() {
            self.active.d.next = true;
            self.cnt.d.next = 0.into();
        }
        self.busy.next = self.active.q.val()
            | self.p1_valid.q.val()
            | self.p2_valid.q.val()
            | self.p3_valid.q.val()
            | self.p4_valid.q.val()
            | self.p5_valid.q.val()
            | self.p6_valid.q.val()
            | self.p7_valid.q.val()
            | self.p8_valid.q.val()
            | self.p9_valid.q.val();

        // ---- memory read addresses ----
        self.i_ram.read_address.next = self.mem_n.val();
        self.v_ram.read_address.next = self.mem_n.val();
        self.ref_ram.read_address.next = self.mem_n.val();
        self.ctl_ram.read_address.next = self.mem_n.val();
        self.bias_ram.read_address.next = self.mem_n.val();
        self.thr_ram.read_address.next = self.mem_n.val();
        if self.active.q.val() {
            self.i_ram.read_address.next = self.cnt.q.val();
            self.v_ram.read_address.next = self.cnt.q.val();
            self.ref_ram.read_address.next = self.cnt.q.val();
            self.ctl_ram.read_address.next = self.cnt.q.val();
        }
        if self.p2_valid.q.val() {
            self.bias_ram.read_address.next = self.p2_n.q.val();
        }
        if self.p6_valid.q.val() {
            self.thr_ram.read_address.next = self.p6_n.q.val();
        }

        // ---- c+1: register RAM outputs ----
        self.p2_valid.d.next = self.p1_valid.q.val();
        self.p2_n.d.next = self.p1_n.q.val();
        self.p2_i.d.next = self.i_ram.read_data.val();
        self.p2_v.d.next = self.v_ram.read_data.val();
        self.p2_refc.d.next = self.ref_ram.read_data.val();
        self.p2_ctl.d.next = self.ctl_ram.read_data.val();

        // ---- c+2: arithmetic shifts (floor), request acc (above: read bias) ----
        self.p3_valid.d.next = self.p2_valid.q.val();
        self.p3_n.d.next = self.p2_n.q.val();
        self.p3_i.d.next = self.p2_i.q.val();
        self.p3_v.d.next = self.p2_v.q.val();
        self.p3_refc.d.next = self.p2_refc.q.val();
        self.p3_ctl.d.next = self.p2_ctl.q.val().get_bits::<5>(8);
        if self.p2_i.q.val().get_bit(15) {
            self.p3_ish.d.next = !((!self.p2_i.q.val()) >> self.p2_ctl.q.val().get_bits::<4>(0));
        } else {
            self.p3_ish.d.next = self.p2_i.q.val() >> self.p2_ctl.q.val().get_bits::<4>(0);
        }
        if self.p2_v.q.val().get_bit(15) {
            self.p3_vsh.d.next = !((!self.p2_v.q.val()) >> self.p2_ctl.q.val().get_bits::<4>(4));
        } else {
            self.p3_vsh.d.next = self.p2_v.q.val() >> self.p2_ctl.q.val().get_bits::<4>(4);
        }
        self.acc_read.next = self.p2_valid.q.val();
        self.acc_n.next = self.p2_n.q.val();

        // ---- c+3: leak; register bias ----
        self.p4_bias.d.next = self.bias_ram.read_data.val();
        self.p4_valid.d.next = self.p3_valid.q.val();
        self.p4_n.d.next = self.p3_n.q.val();
        self.p4_id.d.next = self.p3_i.q.val() - self.p3_ish.q.val();
        self.p4_vd.d.next = self.p3_v.q.val() - self.p3_vsh.q.val();
        self.p4_refc.d.next = self.p3_refc.q.val();
        self.p4_ctl.d.next = self.p3_ctl.q.val();

        // ---- c+4: i + acc (27 bit), v + bias (18 bit) ----
        self.id_x.next = bit_cast::<27, 16>(self.p4_id.q.val());
        if self.p4_id.q.val().get_bit(15) {
            self.id_x.next = bit_cast::<27, 16>(self.p4_id.q.val()) | bits::<27>(0x7FF_0000);
        }
        self.acc_x.next = bit_cast::<27, ACC_BITS>(self.acc_data.val());
        if self.acc_data.val().get_bit(25) {
            self.acc_x.next =
                bit_cast::<27, ACC_BITS>(self.acc_data.val()) | bits::<27>(0x400_0000);
        }
        self.vd_x.next = bit_cast::<18, 16>(self.p4_vd.q.val());
        if self.p4_vd.q.val().get_bit(15) {
            self.vd_x.next = bit_cast::<18, 16>(self.p4_vd.q.val()) | bits::<18>(0x3_0000);
        }
        self.bias_x.next = bit_cast::<18, 16>(self.p4_bias.q.val());
        if self.p4_bias.q.val().get_bit(15) {
            self.bias_x.next = bit_cast::<18, 16>(self.p4_bias.q.val()) | bits::<18>(0x3_0000);
        }
        self.p5_valid.d.next = self.p4_valid.q.val();
        self.p5_n.d.next = self.p4_n.q.val();
        self.p5_isum.d.next = self.id_x.val() + self.acc_x.val();
        self.p5_vb.d.next = self.vd_x.val() + self.bias_x.val();
        self.p5_refc.d.next = self.p4_refc.q.val();
        self.p5_ctl.d.next = self.p4_ctl.q.val();

        // ---- c+5: i = sat16(i) ----
        self.p6_valid.d.next = self.p5_valid.q.val();
        self.p6_n.d.next = self.p5_n.q.val();
        self.p6_vb.d.next = self.p5_vb.q.val();
        self.p6_refc.d.next = self.p5_refc.q.val();
        self.p6_ctl.d.next = self.p5_ctl.q.val();
        self.p6_inew.d.next = self.p5_isum.q.val().get_bits::<16>(0);
        if self.p5_isum.q.val().get_bit(26) {
            if self.p5_isum.q.val().get_bits::<12>(15) != 0xFFF {
                self.p6_inew.d.next = 0x8000.into();
            }
        } else if self.p5_isum.q.val().get_bits::<12>(15) != 0 {
            self.p6_inew.d.next = 0x7FFF.into();
        }

        // ---- c+6: v + i (18 bit), read threshold ----
        self.inew_x.next = bit_cast::<18, 16>(self.p6_inew.q.val());
        if self.p6_inew.q.val().get_bit(15) {
            self.inew_x.next = bit_cast::<18, 16>(self.p6_inew.q.val()) | bits::<18>(0x3_0000);
        }
        self.p7_valid.d.next = self.p6_valid.q.val();
        self.p7_n.d.next = self.p6_n.q.val();
        self.p7_vsum.d.next = self.p6_vb.q.val() + self.inew_x.val();
        self.p7_refc.d.next = self.p6_refc.q.val();
        self.p7_ctl.d.next = self.p6_ctl.q.val();

        // ---- c+7: v = sat16(v); register threshold ----
        self.p8_thr.d.next = self.thr_ram.read_data.val();
        self.p8_valid.d.next = self.p7_valid.q.val();
        self.p8_n.d.next = self.p7_n.q.val();
        self.p8_refc.d.next = self.p7_refc.q.val();
        self.p8_ctl.d.next = self.p7_ctl.q.val();
        self.p8_vnew.d.next = self.p7_vsum.q.val().get_bits::<16>(0);
        if self.p7_vsum.q.val().get_bit(17) {
            if self.p7_vsum.q.val().get_bits::<3>(15) != 0x7 {
                self.p8_vnew.d.next = 0x8000.into();
            }
        } else if self.p7_vsum.q.val().get_bits::<3>(15) != 0 {
            self.p8_vnew.d.next = 0x7FFF.into();
        }

        // ---- c+8: compare with threshold (signed), subtract ----
        self.p9_valid.d.next = self.p8_valid.q.val();
        self.p9_n.d.next = self.p8_n.q.val();
        self.p9_vnew.d.next = self.p8_vnew.q.val();
        self.p9_refc.d.next = self.p8_refc.q.val();
        self.p9_ctl.d.next = self.p8_ctl.q.val();
        self.p9_vsub.d.next = self.p8_vnew.q.val() - self.p8_thr.q.val();
        self.p9_ge.d.next = (self.p8_vnew.q.val() ^ 0x8000) >= (self.p8_thr.q.val() ^ 0x8000);
        // spike: valid, not refractory and at threshold, registered: `spike_valid` comes
        // straight from a flip-flop (it fans out to the output queue, the spike list and
        // the STDP unit)
        self.p9_fire.d.next = self.p8_valid.q.val()
            & (self.p8_refc.q.val() == 0)
            & ((self.p8_vnew.q.val() ^ 0x8000) >= (self.p8_thr.q.val() ^ 0x8000));

        // ---- c+9: decide and write back ----
        self.spike_valid.next = self.p9_fire.q.val();
        self.spike_n.next = self.p9_n.q.val();
        self.done.next = self.p9_valid.q.val() & (self.p9_n.q.val() == self.last_n.val());

        self.i_ram.write_address.next = self.mem_n.val();
        self.v_ram.write_address.next = self.mem_n.val();
        self.ref_ram.write_address.next = self.mem_n.val();
        self.bias_ram.write_address.next = self.mem_n.val();
        self.thr_ram.write_address.next = self.mem_n.val();
        self.ctl_ram.write_address.next = self.mem_n.val();
        self.i_ram.write_data.next = self.mem_wdata.val();
        self.v_ram.write_data.next = self.mem_wdata.val();
        self.ref_ram.write_data.next = self.mem_wdata.val().get_bits::<4>(0);
        self.bias_ram.write_data.next = self.mem_wdata.val();
        self.thr_ram.write_data.next = self.mem_wdata.val();
        self.ctl_ram.write_data.next = self.mem_wdata.val().get_bits::<13>(0);
        self.i_ram.write_enable.next = self.mem_write.val() & (self.mem_field.val() == 4);
        self.v_ram.write_enable.next = self.mem_write.val() & (self.mem_field.val() == 5);
        self.ref_ram.write_enable.next = self.mem_write.val() & (self.mem_field.val() == 6);
        self.bias_ram.write_enable.next = self.mem_write.val() & (self.mem_field.val() == 0);
        self.thr_ram.write_enable.next = self.mem_write.val() & (self.mem_field.val() == 1);
        self.ctl_ram.write_enable.next = self.mem_write.val() & (self.mem_field.val() == 2);
        if self.clear.val() {
            self.i_ram.write_address.next = self.clear_n.val();
            self.v_ram.write_address.next = self.clear_n.val();
            self.ref_ram.write_address.next = self.clear_n.val();
            self.i_ram.write_data.next = 0.into();
            self.v_ram.write_data.next = 0.into();
            self.ref_ram.write_data.next = 0.into();
            self.i_ram.write_enable.next = true;
            self.v_ram.write_enable.next = true;
            self.ref_ram.write_enable.next = true;
        }
        if self.p9_valid.q.val() {
            self.v_ram.write_address.next = self.p9_n.q.val();
            self.ref_ram.write_address.next = self.p9_n.q.val();
            self.ref_ram.write_enable.next = true;
            self.v_ram.write_enable.next = self.p9_refc.q.val() == 0;
            if self.p9_refc.q.val() != 0 {
                self.ref_ram.write_data.next = self.p9_refc.q.val() - 1;
            } else if self.p9_ge.q.val() {
                self.ref_ram.write_data.next = self.p9_ctl.q.val().get_bits::<4>(0);
            } else {
                self.ref_ram.write_data.next = 0.into();
            }
            if self.p9_ge.q.val() {
                if self.p9_ctl.q.val().get_bit(4) {
                    self.v_ram.write_data.next = self.p9_vsub.q.val();
                } else {
                    self.v_ram.write_data.next = 0.into();
                }
            } else {
                self.v_ram.write_data.next = self.p9_vnew.q.val();
            }
        }

        // `i` is final at c+6: written back there (it need not travel further)
        if self.p6_valid.q.val() {
            self.i_ram.write_address.next = self.p6_n.q.val();
            self.i_ram.write_data.next = self.p6_inew.q.val();
            self.i_ram.write_enable.next = true;
        }

        // ---- memory port read (latency 2): the field decoded one-hot into `rd_sel`
        // (bit k: i, v, ref, ctl, bias, threshold), then an AND-OR of the registered
        // RAM outputs (two LUT levels, no priority chain) ----
        self.rd_field.d.next = self.mem_field.val();
        self.rd_sel.d.next = 0.into();
        if self.rd_field.q.val() == 4 {
            self.rd_sel.d.next = 1.into();
        }
        if self.rd_field.q.val() == 5 {
            self.rd_sel.d.next = 2.into();
        }
        if self.rd_field.q.val() == 6 {
            self.rd_sel.d.next = 4.into();
        }
        if self.rd_field.q.val() == 2 {
            self.rd_sel.d.next = 8.into();
        }
        if self.rd_field.q.val() == 0 {
            self.rd_sel.d.next = 16.into();
        }
        if self.rd_field.q.val() == 1 {
            self.rd_sel.d.next = 32.into();
        }
        self.rd_i.next = 0.into();
        if self.rd_sel.q.val().get_bit(0) {
            self.rd_i.next = self.p2_i.q.val();
        }
        self.rd_v.next = 0.into();
        if self.rd_sel.q.val().get_bit(1) {
            self.rd_v.next = self.p2_v.q.val();
        }
        self.rd_ref.next = 0.into();
        if self.rd_sel.q.val().get_bit(2) {
            self.rd_ref.next = bit_cast::<16, 4>(self.p2_refc.q.val());
        }
        self.rd_ctl.next = 0.into();
        if self.rd_sel.q.val().get_bit(3) {
            self.rd_ctl.next = bit_cast::<16, 13>(self.p2_ctl.q.val());
        }
        self.rd_bias.next = 0.into();
        if self.rd_sel.q.val().get_bit(4) {
            self.rd_bias.next = self.p4_bias.q.val();
        }
        self.rd_thr.next = 0.into();
        if self.rd_sel.q.val().get_bit(5) {
            self.rd_thr.next = self.p8_thr.q.val();
        }
        self.mem_rdata.next = self.rd_i.val()
            | self.rd_v.val()
            | self.rd_ref.val()
            | self.rd_ctl.val()
            | self.rd_bias.val()
            | self.rd_thr.val();
    }
}
