//! neurohost library: everything the `neurohost` binary does, testable from `tests/`.

pub mod board;
pub mod generate;
pub mod simulate;
pub mod stdp_window;
