//! `Heartbeat`: an LED that toggles every `half_period` core clock cycles (a 50 % duty square wave).
//!
//! 32-bit cycle counter; `led` is registered and low during reset. With `half_period` = f_clock / 2 the
//! LED blinks at 1 Hz. Latency: `led` toggles on the `half_period`-th rising edge after reset release, then
//! every `half_period` edges.

use anyhow::{bail, Result};
use rust_hdl::prelude::*;

/// A heartbeat LED divider.
#[derive(LogicBlock)]
pub struct Heartbeat {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Active-high synchronous reset.
    pub reset: Signal<In, Bit>,
    /// LED level, active high.
    pub led: Signal<Out, Bit>,
    count: DFF<Bits<32>>,
    state: DFF<Bit>,
    last: Constant<Bits<32>>,
}

impl Heartbeat {
    /// A heartbeat that toggles every `half_period` cycles (1 ..= 2^32).
    pub fn new(half_period: u64) -> Result<Self> {
        if half_period == 0 || half_period > 1 << 32 {
            bail!("heartbeat half period must be 1 ..= 2^32 cycles, got {half_period}");
        }
        Ok(Self {
            clock: Default::default(),
            reset: Default::default(),
            led: Default::default(),
            count: Default::default(),
            state: Default::default(),
            last: Constant::new((half_period - 1).to_bits()),
        })
    }

    /// The half period in cycles that gives a 1 Hz blink at `f_clock_hz` (rounded to the nearest cycle).
    pub fn half_period_for_1hz(f_clock_hz: f64) -> u64 {
        (f_clock_hz / 2.0).round() as u64
    }
}

impl Logic for Heartbeat {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, state);
        self.led.next = self.state.q.val();
        if self.reset.val() {
            self.count.d.next = 0.into();
            self.state.d.next = false;
        } else if self.count.q.val() == self.last.val() {
            self.count.d.next = 0.into();
            self.state.d.next = !self.state.q.val();
        } else {
            self.count.d.next = self.count.q.val() + 1;
        }
    }
}
