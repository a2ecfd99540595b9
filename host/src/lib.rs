//! neurohost library: everything the `neurohost` binary does, testable from `tests/`.

pub mod board;
pub mod board_model;
pub mod generate;
pub mod serial;
pub mod simulate;
pub mod stdp_window;
