//! neurohost library: everything the `neurohost` binary does, testable from `tests/`.

pub mod board;
