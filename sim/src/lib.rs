//! # neurosim: the golden model of the NeuroCore
//!
//! A pure-Rust, bit-exact model of the NeuroCore's integer arithmetic: the hardware in
//! `hdl/` is tested cycle by cycle against it, and the host's embedded backend runs it.
//!
//! - [`neuron`]: the NC-LIF v1 neuron rule.
//! - [`stdp`]: the STDP v1 learning rule.
//! - [`network`]: a core's network (sizes, parameters, weights, learning settings).
//! - [`core`]: one step of a core: event-driven accumulation, neuron updates, learning.
//! - [`system`]: several cores in lockstep spiking into each other through a routing table.
//! - [`netfile`]: the TOML network file and its weight CSV.
//! - [`spikes`]: spike CSV files (`step,channel` in, `step,neuron` out).
//! - [`gen`]: seeded random networks and Poisson inputs for tests and benchmarks.

pub mod core;
pub mod gen;
pub mod netfile;
pub mod network;
pub mod neuron;
pub mod protocol;
pub mod spikes;
pub mod stdp;
pub mod system;

pub use crate::core::{Core, InputError};
pub use network::{Network, Stdp};
pub use neuron::{NeuronParams, NeuronState, Reset};
pub use stdp::StdpParams;
pub use system::{Route, System};
