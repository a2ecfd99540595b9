//! `ResetSync`: the core clock domain's reset, held from configuration until the PLL has locked.
//!
//! `locked` (asynchronous) passes a two-flip-flop synchroniser; a 4-bit counter then requires
//! [`HOLD_CYCLES`] consecutive locked cycles before the registered `reset` output drops. Any cycle with
//! lock sampled low asserts `reset` again. `reset` is high from configuration (all registers start at 0
//! and the output register stores "released"). Release latency: [`RELEASE_LATENCY`] core clock cycles
//! after the first edge that samples `locked` high.

use rust_hdl::prelude::*;

/// Consecutive synchronised locked cycles required before release.
pub const HOLD_CYCLES: u64 = 15;

/// Rising edges from the first one that samples `locked` high to the one after which `reset` is low:
/// 1 (second synchroniser stage) + `HOLD_CYCLES` (counter) + 1 (output register).
pub const RELEASE_LATENCY: u64 = 1 + HOLD_CYCLES + 1;

/// Reset synchroniser for a PLL-derived clock.
#[derive(LogicBlock)]
pub struct ResetSync {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// PLL lock (asynchronous to `clock`).
    pub locked: Signal<In, Bit>,
    /// Active-high reset, synchronous to `clock`.
    pub reset: Signal<Out, Bit>,
    sync_meta: DFF<Bit>,
    sync_locked: DFF<Bit>,
    hold: DFF<Bits<4>>,
    released: DFF<Bit>,
    hold_done: Constant<Bits<4>>,
}

impl Default for ResetSync {
    fn default() -> Self {
        Self::new()
    }
}

impl ResetSync {
    /// A reset synchroniser (see the module documentation for its timing).
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            locked: Default::default(),
            reset: Default::default(),
            sync_meta: Default::default(),
            sync_locked: Default::default(),
            hold: Default::default(),
            released: Default::default(),
            hold_done: Constant::new(HOLD_CYCLES.to_bits()),
        }
    }
}

impl Logic for ResetSync {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync_meta, sync_locked, hold, released);
        self.sync_meta.d.next = self.locked.val();
        self.sync_locked.d.next = self.sync_meta.q.val();
        if !self.sync_locked.q.val() {
            self.hold.d.next = 0.into();
        } else if self.hold.q.val() != self.hold_done.val() {
            self.hold.d.next = self.hold.q.val() + 1;
        }
        self.released.d.next =
            self.sync_locked.q.val() & (self.hold.q.val() == self.hold_done.val());
        self.reset.next = !self.released.q.val();
    }
}
