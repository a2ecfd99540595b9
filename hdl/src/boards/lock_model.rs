//! Behavioural model of a PLL for rust-hdl simulation (not synthesised).
//!
//! rust-hdl simulates in clock edges, not in time, so the model cannot multiply a frequency: the output
//! clock follows the reference clock edge for edge, and `locked` rises after [`LOCK_CYCLES`] rising edges of
//! the reference. The real output frequency comes from the PLL's divisors (see the PLL blocks); the
//! simulation checks the sequencing that depends on lock (reset release, LED behaviour).

/// Rising reference-clock edges before the model reports lock.
pub const LOCK_CYCLES: u32 = 16;

/// Edge counter behind a behavioural PLL's `locked` output.
#[derive(Clone, Debug, Default)]
pub struct LockModel {
    edges: u32,
    last_clock: bool,
}

impl LockModel {
    /// Observes the reference clock level (called from `update`, possibly several times per time step)
    /// and returns whether the PLL is locked.
    pub fn observe(&mut self, clock: bool) -> bool {
        if clock && !self.last_clock {
            self.edges = self.edges.saturating_add(1);
        }
        self.last_clock = clock;
        self.edges >= LOCK_CYCLES
    }
}
