//! neurohost library: everything the `neurohost` binary does, testable from `tests/`.

pub mod board;
pub mod board_model;
pub mod experiment;
pub mod generate;
pub mod pharmaco;
pub mod report;
pub mod run;
pub mod serial;
pub mod simulate;
pub mod stdp_window;
pub mod twin;
