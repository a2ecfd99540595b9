//! Writes the link blocks' Verilog (frame decoder, encoder, and LinkTop for a 256 x 256
//! core) for an external synthesis check. Ignored: set NEUROCORE_VERILOG_DIR.

use neurocore::boards::ice40_pll::Ice40PllConfig;
use neurocore::boards::icebreaker::IceBreakerTop;
use neurocore::boards::neurocore_design::NeurocoreDesign;
use neurocore::link::frame_rx::FrameRx;
use neurocore::link::frame_tx::FrameTx;
use neurocore::link::link_top::LinkTop;
use neurocore::NeuroCoreConfig;
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
    let mut top = LinkTop::new(4, 256, 256).unwrap();
    top.clock.connect();
    top.uart_rx.connect();
    top.ctrl_ready.connect();
    top.ctrl_rdata.connect();
    top.ctrl_rvalid.connect();
    top.busy.connect();
    top.done.connect();
    top.out_spike.connect();
    top.out_spike_valid.connect();
    top.connect_all();
    std::fs::write(format!("{dir}/link_top.v"), generate_verilog(&top)).unwrap();
    // iCEBreaker top at 48 MHz: UART 3 Mbaud = 16 cycles per bit, the UP5K core (SPRAM).
    let pll = Ice40PllConfig::for_frequency(12_000_000, 48_000_000).unwrap();
    let design = NeurocoreDesign::new(NeuroCoreConfig::up5k(), 16).unwrap();
    let top = IceBreakerTop::new(design, pll).unwrap();
    let v = neurocore::flow::verilog_of(top).unwrap();
    std::fs::write(format!("{dir}/icebreaker_neurocore.v"), v).unwrap();
}
