//! Board tops: everything between the board's pins and a design that runs in one core clock domain.
//!
//! A board top owns the PLL (reference oscillator → core clock), the reset synchroniser that holds the
//! design in reset until the PLL has locked, the pin mapping and the LED polarity. The design-specific part
//! (the bring-up image, the NeuroCore or NeuroSystem behind its serial link, the core alone) is a child block implementing
//! [`BoardDesign`], so the clock/reset/pin wiring exists once per board.

/// Implements [`BoardDesign`] for a design whose pins are its fields `clock`, `reset`,
/// `uart_rx`, `uart_tx` and `led` (the names the board tops check).
macro_rules! impl_board_design {
    ($design:ty) => {
        impl $crate::boards::BoardDesign for $design {
            fn clock(&mut self) -> &mut Signal<In, Clock> {
                &mut self.clock
            }
            fn reset(&mut self) -> &mut Signal<In, Bit> {
                &mut self.reset
            }
            fn uart_rx(&mut self) -> &mut Signal<In, Bit> {
                &mut self.uart_rx
            }
            fn uart_tx(&self) -> &Signal<Out, Bit> {
                &self.uart_tx
            }
            fn led(&self) -> &Signal<Out, Bit> {
                &self.led
            }
        }
    };
}

pub mod bringup;
pub mod core_only;
pub mod ecp5_pll;
pub mod heartbeat;
pub mod ice40_pll;
pub mod icebreaker;
pub mod lock_model;
pub mod neuro_system_design;
pub mod neurocore_design;
pub mod reset_sync;
pub mod ulx3s;

use anyhow::{bail, Result};
use rust_hdl::prelude::*;

/// Port names a [`BoardDesign`] block must give its fields; the board tops' Verilog connects these names.
pub const DESIGN_PORTS: [&str; 5] = ["clock", "reset", "uart_rx", "uart_tx", "led"];

/// The design-specific child of a board top, running in the core clock domain.
///
/// The implementing block must name its fields exactly as in [`DESIGN_PORTS`] (checked by
/// [`check_design_ports`] when a board top is built), because the board tops connect them by name in Verilog:
/// - `clock`: core clock from the PLL;
/// - `reset`: active-high synchronous reset, released a fixed number of cycles after PLL lock;
/// - `uart_rx`: the board's UART receive pin (from the USB serial bridge, idle high, asynchronous);
/// - `uart_tx`: the board's UART transmit pin (idle high);
/// - `led`: one user LED, active high (the board top applies the pin polarity).
pub trait BoardDesign: Block {
    /// The `clock` input.
    fn clock(&mut self) -> &mut Signal<In, Clock>;
    /// The `reset` input.
    fn reset(&mut self) -> &mut Signal<In, Bit>;
    /// The `uart_rx` input.
    fn uart_rx(&mut self) -> &mut Signal<In, Bit>;
    /// The `uart_tx` output.
    fn uart_tx(&self) -> &Signal<Out, Bit>;
    /// The `led` output.
    fn led(&self) -> &Signal<Out, Bit>;
}

/// Names of the top-level signals of a block, with their signal ids.
#[derive(Default)]
struct PortNames {
    depth: usize,
    ports: Vec<(String, usize)>,
}

impl Probe for PortNames {
    fn visit_start_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.depth += 1;
    }
    fn visit_atom(&mut self, name: &str, signal: &dyn Atom) {
        if self.depth == 1 {
            self.ports.push((name.to_string(), signal.id()));
        }
    }
    fn visit_end_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.depth -= 1;
    }
}

/// Checks that the design's accessors return the fields named in [`DESIGN_PORTS`], so the board top's
/// Verilog (which connects by name) and its simulation (which connects through the accessors) agree.
pub fn check_design_ports<D: BoardDesign>(design: &mut D) -> Result<()> {
    let mut probe = PortNames::default();
    design.accept("design", &mut probe);
    let ids = [
        design.clock().id(),
        design.reset().id(),
        design.uart_rx().id(),
        design.uart_tx().id(),
        design.led().id(),
    ];
    for (name, id) in DESIGN_PORTS.iter().zip(ids) {
        match probe.ports.iter().find(|(n, _)| n == name) {
            Some((_, found)) if *found == id => {}
            Some(_) => {
                bail!("design port `{name}`: the BoardDesign accessor returns a different field")
            }
            None => bail!("design has no top-level field named `{name}` (required by BoardDesign)"),
        }
    }
    Ok(())
}
