pub use neurosim;

pub mod boards;
pub mod flow;
