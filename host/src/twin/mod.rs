//! TwinEngine: the patient model (PK, effect compartment, indirect-response behaviour)
//! and the neural twin that runs on a NeuroCore [`Board`](crate::board::Board).

pub mod drug;
pub mod neural;
pub mod patient;
pub mod pk;
pub mod score;
