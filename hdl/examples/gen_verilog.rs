//! Write the Verilog of the UP5K NeuroCore configuration to the path given as argument.

use neurocore::{NeuroCore, NeuroCoreConfig};
use rust_hdl::prelude::*;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: gen_verilog <out.v>"))?;
    let mut core = NeuroCore::new(NeuroCoreConfig::up5k()).map_err(anyhow::Error::msg)?;
    core.connect_all();
    std::fs::write(&path, generate_verilog(&core))?;
    Ok(())
}
