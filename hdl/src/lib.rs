pub use neurosim;
pub mod link;
