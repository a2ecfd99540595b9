//! neurohost library: everything the `neurohost` binary does, testable from `tests/`.

pub mod board;
pub mod pharmaco;
pub mod twin;
