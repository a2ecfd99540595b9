//! UART transmitter, 8N1: one start bit (0), 8 data bits LSB first, one stop bit (1).
//! Each bit lasts `divisor` clock cycles; a byte takes `10 * divisor` cycles.
//! The line idles high.

use rust_hdl::prelude::*;

use super::uart_rx::count_mask;

/// Sends `data` when `start` is high in a cycle where `ready` is high.
#[derive(LogicBlock)]
pub struct UartTx {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Byte to send, sampled with `start`.
    pub data: Signal<In, Bits<8>>,
    /// Send `data` (accepted only while `ready`).
    pub start: Signal<In, Bit>,
    /// Idle: a byte can be accepted this cycle.
    pub ready: Signal<Out, Bit>,
    /// Serial output (idle high): the inverse of flip-flop `nshift[0]`.
    pub tx: Signal<Out, Bit>,
    /// `!{stop, data[7:0], start}`, shifted out LSB first, zeros shifted in: inverted so
    /// that the power-up value 0 is the idle line and `tx` needs no mux.
    nshift: DFF<Bits<10>>,
    /// Bits still to send, 0..=10.
    bits: DFF<Bits<4>>,
    /// Cycle within the current bit, 0..divisor; only the low `count_mask` bits are
    /// used (the others stay 0, so synthesis removes them).
    count: DFF<Bits<16>>,
    divisor_m1: Constant<Bits<16>>,
    count_mask: Constant<Bits<16>>,
}

impl UartTx {
    /// A transmitter with `divisor` (4..=65535) clock cycles per bit.
    pub fn new(divisor: u64) -> Self {
        assert!(
            (4..=0xFFFF).contains(&divisor),
            "UART divisor {divisor} out of range 4..=65535"
        );
        UartTx {
            clock: Default::default(),
            data: Default::default(),
            start: Default::default(),
            ready: Default::default(),
            tx: Default::default(),
            nshift: Default::default(),
            bits: Default::default(),
            count: Default::default(),
            divisor_m1: Constant::new((divisor - 1).to_bits()),
            count_mask: Constant::new(count_mask(divisor).to_bits()),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, nshift, bits, count);
        self.ready.next = self.bits.q.val() == 0;
        self.tx.next = !self.nshift.q.val().get_bit(0);
        if self.bits.q.val() != 0 {
            if self.count.q.val() == self.divisor_m1.val() {
                self.count.d.next = 0.into();
                self.nshift.d.next = self.nshift.q.val() >> 1;
                self.bits.d.next = self.bits.q.val() - 1;
            } else {
                self.count.d.next = (self.count.q.val() + 1) & self.count_mask.val();
            }
        } else if self.start.val() {
            // `{0, !data, 1}` by XOR: a `!` inside the widening cast would be emitted as
            // Verilog `~data` in a 32-bit context, which also sets bits 8.. (the stop bit).
            self.nshift.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) ^ bits::<10>(0x1FF);
            self.bits.d.next = 10.into();
            self.count.d.next = 0.into();
        }
    }
}
