//! The NeuroCore control port: address map, register indices and field layouts.
//!
//! Word address (24 bit): `addr[23:20]` core index, `addr[19:16]` region, `addr[15:0]` index.
//! Data words are 16 bit. Accesses are accepted while `ctrl_ready` is high (not during a
//! step or an access in flight). A read's data appears on `ctrl_rdata` with a one-cycle
//! `ctrl_rvalid` pulse [`READ_LATENCY`] cycles after the cycle with `ctrl_read` high.
//! Unused high bits of a written word are ignored and read back as 0. Accesses to an
//! index beyond the region's size are ignored (writes) or return 0 (reads).
//!
//! | region | index | data |
//! |---|---|---|
//! | [`REGION_PARAMS`] | `n*4+k` | k=0 bias (i16), k=1 threshold (i16), k=2 `{reset[12], refractory[11:8], mem_shift[7:4], syn_shift[3:0]}` (reset 1 = subtract) |
//! | [`REGION_STATE`] | `n*4+k` | k=0 `i`, k=1 `v`, k=2 `ref[3:0]` |
//! | [`REGION_WEIGHTS`] | `s*row_words(N) + n/2` | `{w[s][2m+1] in [15:8], w[s][2m] in [7:0]}`, m = n/2 |
//! | [`REGION_PRE_TRACES`] | `s` | `x[s]` in `[7:0]` |
//! | [`REGION_POST_TRACES`] | `n` | `y[n]` in `[7:0]` |
//! | [`REGION_PLASTIC`] | `s/16` | bit `s%16` = row `s` plastic |
//! | [`REGION_REGS`] | `REG_*` | see the constants |
//! | [`REGION_ROUTING`] | `n*2+k` | multi-core only: route slot k of neuron n, `{valid[15], dest_core[14:11], dest_channel[10:0]}` |
//!
//! **Change against the first draft of the contract:** the weight row stride is
//! [`row_words`]`(N)` = `ceil(N/2)` rounded up to a power of two (128 for 256 neurons,
//! so identical for every power-of-two core size). The hardware then forms a weight
//! address by concatenating source and word index instead of multiplying by `ceil(N/2)`
//! once per event.
//!
//! Further behaviour the link engine must know:
//! - An accepted access is registered, decoded and registered again before it reaches
//!   the memories (so the control decode is off the critical path): `ctrl_ready` is low
//!   for 2 cycles after an accepted write, 5 after a read (block outputs are registered
//!   once more before the region multiplexer), and also during a step
//!   (including its STDP pass) and the reset pass. `busy` is high while an access is in
//!   flight, and `step_start` is only accepted while `busy` is low. `core_reset` while a
//!   step runs is remembered and executed after it.
//! - With learning on (`REG_CONFIG` bit 8) the step's `done` comes after the STDP pass.
//! - Input queue: `inputs` rounded up to a power of two words; a push of a channel
//!   `>= inputs` or into a full queue is dropped and counted in [`REG_IN_OVERFLOW`].
//!   Each pushed channel is one event (the golden model rejects duplicates in a step;
//!   the hardware would count a duplicate twice).
//! - Output queue: `neurons` rounded up to a power of two words; spikes that find it full
//!   are dropped and counted in [`REG_OUT_OVERFLOW`]. All of a step's spikes are visible
//!   when `done` pulses.
//! - Plastic flags are configuration: `core_reset` keeps them (and weights, parameters,
//!   registers 0..3).
//!
//! Multi-core routing (region 0x7, [`REG_DROPPED_ROUTES`]) belongs to
//! [`crate::neuro_system::NeuroSystem`], which serves both for each of its cores (semantics
//! in `neurosim::system`): a spike of neuron n at step t becomes, for each valid slot, an
//! input event on `dest_channel` of core `dest_core` at step t+1, queued before the host's
//! inputs of step t+1; a routed event that finds the destination's input queue full is
//! dropped and counted in the **destination** core's [`REG_DROPPED_ROUTES`]. A single
//! NeuroCore ignores region 0x7 and reads register 14 as 0.

/// Bits of a neuron index (up to 4096 neurons per core).
pub const NEURON_BITS: usize = 12;
/// Bits of a source index (inputs + neurons, up to 8192).
pub const SOURCE_BITS: usize = 13;
/// Bits of an accumulator: exact for up to 2048 sources (2048 x 128 x 2^7 = 2^25).
pub const ACC_BITS: usize = 26;
/// Largest number of sources whose accumulated input fits [`ACC_BITS`] exactly.
pub const MAX_SOURCES: usize = 2048;

/// Cycles from the accepted `ctrl_read` to `ctrl_rvalid`.
pub const READ_LATENCY: usize = 5;

/// Region: neuron parameters.
pub const REGION_PARAMS: u64 = 0x0;
/// Region: neuron state.
pub const REGION_STATE: u64 = 0x1;
/// Region: weights.
pub const REGION_WEIGHTS: u64 = 0x2;
/// Region: pre-synaptic traces.
pub const REGION_PRE_TRACES: u64 = 0x3;
/// Region: post-synaptic traces.
pub const REGION_POST_TRACES: u64 = 0x4;
/// Region: plastic-row flags.
pub const REGION_PLASTIC: u64 = 0x5;
/// Region: registers.
pub const REGION_REGS: u64 = 0x6;
/// Region: routing table (multi-core only, served by `NeuroSystem`).
pub const REGION_ROUTING: u64 = 0x7;

/// Register `{stdp_enable[8], weight_shift[2:0]}`.
pub const REG_CONFIG: u64 = 0;
/// Register `{minus_shift[14:12], plus_shift[10:8], post_decay_shift[6:4], pre_decay_shift[2:0]}`.
pub const REG_STDP_SHIFTS: u64 = 1;
/// Register `{post_increment[15:8], pre_increment[7:0]}`.
pub const REG_STDP_INCREMENTS: u64 = 2;
/// Register `{w_max[15:8], w_min[7:0]}`.
pub const REG_STDP_BOUNDS: u64 = 3;
/// Steps run, low 16 bits (read-only).
pub const REG_STEPS_LO: u64 = 8;
/// Steps run, high 16 bits (read-only).
pub const REG_STEPS_HI: u64 = 9;
/// Cycles of the last step, low 16 bits (read-only).
pub const REG_CYCLES_LO: u64 = 10;
/// Cycles of the last step, high 16 bits (read-only).
pub const REG_CYCLES_HI: u64 = 11;
/// Output-queue overflow count (read-only, saturates at 0xFFFF).
pub const REG_OUT_OVERFLOW: u64 = 12;
/// Input-queue overflow count, including pushes of a channel `>= inputs` (read-only, saturates).
pub const REG_IN_OVERFLOW: u64 = 13;
/// Routed events dropped at this core because its input queue was full (multi-core only,
/// read-only, saturates at 0xFFFF; 0 on a single NeuroCore).
pub const REG_DROPPED_ROUTES: u64 = 14;

/// Param/state sub-index `k` (index = n*4+k).
pub const K_BIAS: u64 = 0;
/// Param sub-index: threshold.
pub const K_THRESHOLD: u64 = 1;
/// Param sub-index: `{reset, refractory, mem_shift, syn_shift}`.
pub const K_CTL: u64 = 2;
/// State sub-index: `i`.
pub const K_I: u64 = 0;
/// State sub-index: `v`.
pub const K_V: u64 = 1;
/// State sub-index: `ref`.
pub const K_REF: u64 = 2;

/// Words per weight row: `ceil(neurons/2)` rounded up to a power of two (the wire
/// protocol's [`neurosim::protocol::weight_row_words`], one definition for both sides).
pub fn row_words(neurons: usize) -> usize {
    neurosim::protocol::weight_row_words(neurons)
}

/// `log2(row_words(neurons))`.
pub fn row_shift(neurons: usize) -> u32 {
    row_words(neurons).trailing_zeros()
}

/// A full control address.
pub fn address(core: u64, region: u64, index: u64) -> u32 {
    (((core & 0xF) << 20) | ((region & 0xF) << 16) | (index & 0xFFFF)) as u32
}

/// The `ctl` parameter word of a neuron.
pub fn ctl_word(p: &neurosim::NeuronParams) -> u16 {
    let reset = match p.reset {
        neurosim::Reset::Zero => 0u16,
        neurosim::Reset::Subtract => 1,
    };
    (reset << 12)
        | ((p.refractory as u16 & 0xF) << 8)
        | ((p.mem_shift as u16 & 0xF) << 4)
        | (p.syn_shift as u16 & 0xF)
}

/// Register [`REG_STDP_SHIFTS`] for STDP parameters.
pub fn stdp_shifts_word(p: &neurosim::StdpParams) -> u16 {
    ((p.minus_shift as u16 & 7) << 12)
        | ((p.plus_shift as u16 & 7) << 8)
        | ((p.post_decay_shift as u16 & 7) << 4)
        | (p.pre_decay_shift as u16 & 7)
}

/// Register [`REG_STDP_INCREMENTS`].
pub fn stdp_increments_word(p: &neurosim::StdpParams) -> u16 {
    ((p.post_increment as u16) << 8) | p.pre_increment as u16
}

/// Register [`REG_STDP_BOUNDS`].
pub fn stdp_bounds_word(p: &neurosim::StdpParams) -> u16 {
    ((p.w_max as u8 as u16) << 8) | p.w_min as u8 as u16
}
