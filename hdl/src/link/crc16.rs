//! CRC-16/GENIBUS register update (polynomial 0x1021, MSB first), one byte per cycle,
//! combinational: `out = crc16_update(crc, data)` of [`neurosim::protocol`]. Uses the
//! byte-wise form `x = crc[15:8] ^ data; x ^= x >> 4;
//! out = (crc << 8) ^ (x << 12) ^ (x << 5) ^ x`.

use rust_hdl::prelude::*;

/// Combinational CRC register update. Latency 0 cycles.
#[derive(LogicBlock, Default)]
pub struct Crc16 {
    /// Register before the byte.
    pub crc: Signal<In, Bits<16>>,
    /// The byte.
    pub data: Signal<In, Bits<8>>,
    /// Register after the byte.
    pub out: Signal<Out, Bits<16>>,
    x0: Signal<Local, Bits<16>>,
    x1: Signal<Local, Bits<16>>,
}

impl Logic for Crc16 {
    #[hdl_gen]
    fn update(&mut self) {
        self.x0.next = (self.crc.val() >> 8) ^ bit_cast::<16, 8>(self.data.val());
        self.x1.next = self.x0.val() ^ (self.x0.val() >> 4);
        self.out.next =
            (self.crc.val() << 8) ^ (self.x1.val() << 12) ^ (self.x1.val() << 5) ^ self.x1.val();
    }
}
