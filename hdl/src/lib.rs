//! # neurocore: the NeuroCore spiking core in rust-hdl
//!
//! Synthesizable rust-hdl 0.46 blocks, each checked cycle by cycle against the golden
//! model in `neurosim` (tests in `hdl/tests/`):
//! - [`lif_pipeline`]: NC-LIF v1 neuron pipeline, one neuron per cycle;
//! - [`synapse_unit`]: event-driven accumulation, two synapses per cycle;
//! - [`weight_memory`]: SPRAM (iCE40 UP5K) or block RAM weight store;
//! - [`spike_router`] and [`spike_queue`]: AER event merging and spike queues;
//! - [`stdp_unit`]: STDP v1 traces and weight updates;
//! - [`step_controller`]: phase sequencing, step and cycle counters;
//! - [`neurocore`]: the core top with its control port ([`control_map`]);
//! - [`neuro_system`] and [`route_table`]: several cores spiking into each other
//!   through routing tables (the golden model is `neurosim::system`);
//! - [`sync_ram`]: zero-initialised block RAM of run-time depth.
//!
//! Cycles per step (exact, asserted by the whole-core tests for rows of at least two
//! words): `neurons + events * ceil(neurons/2) + 18` (`+ 12` without events), plus
//! `max(sources, ceil(neurons/2)) + 3 + 3 * sources + 5 * ceil(neurons/2) * rows_updated +
//! ceil(neurons/2) + 2` with STDP on (`rows_updated`: see [`neurocore`]).
//! For the UP5K configuration (256 x 256, 512 sources) that is `274 + 128 * events`.
//!
//! Around the core:
//! - [`link`]: UART, CRC, COBS framing and the command engine: the board side of the serial link;
//! - [`boards`]: board tops (clock/PLL, reset, LEDs, pins) around a design;
//! - [`flow`]: the open FPGA flow (yosys, nextpnr, packers) and its reports;
//! - [`emulate`]: the board emulator (rust-hdl and Verilator engines, UART over a pty).

pub mod boards;
pub mod control_map;
pub mod emulate;
pub mod flow;
pub mod lif_pipeline;
pub mod link;
pub mod neuro_system;
pub mod neurocore;
pub mod route_table;
pub mod spike_queue;
pub mod spike_router;
pub mod stdp_unit;
pub mod step_controller;
pub mod synapse_unit;
pub mod sync_ram;
pub mod weight_memory;

pub use neuro_system::{NeuroSystem, NeuroSystemConfig};
pub use neurocore::{NeuroCore, NeuroCoreConfig};
pub use neurosim;
pub use weight_memory::MemoryKind;
