pub use neurosim;
