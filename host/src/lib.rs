//! neurohost library: everything the `neurohost` binary does, testable from `tests/`.

pub mod board;
pub mod experiment;
pub mod pharmaco;
pub mod report;
pub mod run;
pub mod twin;
