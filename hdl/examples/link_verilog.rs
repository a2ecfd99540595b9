//! Prints the Verilog of the link alone ([`LinkTop`]: UART, framing, command engine; its
//! control port and step interface are top-level ports), for measuring the link's area:
//! `cargo run --release -p neurocore --example link_verilog -- 256 256 16 > link.v`
//! then `yosys -p 'synth_ice40 -top top' link.v` (arguments: inputs, neurons, UART divisor).

use neurocore::link::link_top::LinkTop;
use rust_hdl::prelude::*;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: usize| -> Result<usize, String> {
        args.get(i).map_or(Ok(default), |s| {
            s.parse().map_err(|e| format!("argument {s}: {e}"))
        })
    };
    let mut uut = LinkTop::new(arg(2, 16)? as u64, arg(0, 256)?, arg(1, 256)?)?;
    uut.connect_all();
    print!("{}", generate_verilog(&uut));
    Ok(())
}
