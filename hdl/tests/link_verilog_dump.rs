//! Writes the link blocks' Verilog for an external synthesis check (ignored: needs a
//! directory argument via NEUROCORE_VERILOG_DIR).

use neurocore::link::frame_rx::FrameRx;
use neurocore::link::frame_tx::FrameTx;
use rust_hdl::prelude::*;

#[test]
#[ignore]
fn dump_link_verilog() {
    let dir = std::env::var("NEUROCORE_VERILOG_DIR").expect("set NEUROCORE_VERILOG_DIR");
    let mut rx = FrameRx::default();
    rx.clock.connect();
    rx.data.connect();
    rx.valid.connect();
    rx.hold.connect();
    rx.connect_all();
    std::fs::write(format!("{dir}/frame_rx.v"), generate_verilog(&rx)).unwrap();
    let mut tx = FrameTx::default();
    tx.clock.connect();
    tx.start.connect();
    tx.len.connect();
    tx.base.connect();
    tx.buf_data.connect();
    tx.out_ready.connect();
    tx.connect_all();
    std::fs::write(format!("{dir}/frame_tx.v"), generate_verilog(&tx)).unwrap();
}
