//! UART receiver, 8N1. The input passes a 2-flop synchroniser; a falling edge starts a
//! byte, the start bit is checked at its middle (`divisor / 2` cycles later; a glitch
//! returns to idle), then each data bit and the stop bit are sampled `divisor` cycles
//! apart. A byte appears on `data` with a one-cycle `valid` pulse about 9.5 bit times
//! after its start edge; a low stop bit gives a `framing_error` pulse instead, and the
//! receiver waits for the line to return high.
//!
//! One bit-time counter serves all samples (the start bit's count begins at
//! `divisor - divisor / 2`), and a marker bit in the shift register counts the data bits.

use rust_hdl::prelude::*;

/// The bit-time counters' mask for `divisor`: all ones up to the highest set bit of
/// `divisor - 1`, the largest count, so a counter `& mask` keeps only the bits it needs
/// (synthesis removes the constant rest).
pub(super) fn count_mask(divisor: u64) -> u64 {
    u64::MAX >> (divisor - 1).leading_zeros()
}

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
enum RxState {
    Idle,
    Start,
    Data,
    Break,
}

/// Receives bytes from `rx`.
#[derive(LogicBlock)]
pub struct UartRx {
    /// Core clock.
    pub clock: Signal<In, Clock>,
    /// Serial input (idle high); asynchronous.
    pub rx: Signal<In, Bit>,
    /// Last byte received; valid with `valid`.
    pub data: Signal<Out, Bits<8>>,
    /// One-cycle pulse: `data` holds a new byte.
    pub valid: Signal<Out, Bit>,
    /// One-cycle pulse: a byte ended with a low stop bit (dropped).
    pub framing_error: Signal<Out, Bit>,
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    state: DFF<RxState>,
    /// Cycle within the current bit; a sample is taken at `divisor - 1`. Only the low
    /// `count_mask` bits are used.
    count: DFF<Bits<16>>,
    /// `{data bits, marker}`: starts as 0x100, data bits enter at the top; the marker in
    /// bit 0 means 8 bits are in and the next sample is the stop bit.
    shift: DFF<Bits<9>>,
    valid_q: DFF<Bit>,
    ferr_q: DFF<Bit>,
    divisor_m1: Constant<Bits<16>>,
    start_count: Constant<Bits<16>>,
    count_mask: Constant<Bits<16>>,
}

impl UartRx {
    /// A receiver with `divisor` (4..=65535) clock cycles per bit.
    pub fn new(divisor: u64) -> Self {
        assert!(
            (4..=0xFFFF).contains(&divisor),
            "UART divisor {divisor} out of range 4..=65535"
        );
        UartRx {
            clock: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            framing_error: Default::default(),
            sync1: Default::default(),
            sync2: Default::default(),
            state: Default::default(),
            count: Default::default(),
            shift: Default::default(),
            valid_q: Default::default(),
            ferr_q: Default::default(),
            divisor_m1: Constant::new((divisor - 1).to_bits()),
            start_count: Constant::new((divisor - divisor / 2).to_bits()),
            count_mask: Constant::new(count_mask(divisor).to_bits()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, state, count, shift, valid_q, ferr_q);
        self.sync1.d.next = self.rx.val();
        self.sync2.d.next = self.sync1.q.val();
        self.data.next = self.shift.q.val().get_bits::<8>(1);
        self.valid.next = self.valid_q.q.val();
        self.framing_error.next = self.ferr_q.q.val();
        self.valid_q.d.next = false;
        self.ferr_q.d.next = false;
        self.count.d.next = (self.count.q.val() + 1) & self.count_mask.val();
        if self.count.q.val() == self.divisor_m1.val() {
            self.count.d.next = 0.into();
        }
        match self.state.q.val() {
            RxState::Idle => {
                self.count.d.next = self.start_count.val();
                if !self.sync2.q.val() {
                    self.state.d.next = RxState::Start;
                }
            }
            RxState::Start => {
                if self.count.q.val() == self.divisor_m1.val() {
                    self.shift.d.next = 0x100.into();
                    if self.sync2.q.val() {
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.state.d.next = RxState::Data;
                    }
                }
            }
            RxState::Data => {
                if self.count.q.val() == self.divisor_m1.val() {
                    if self.shift.q.val().get_bit(0) {
                        if self.sync2.q.val() {
                            self.valid_q.d.next = true;
                            self.state.d.next = RxState::Idle;
                        } else {
                            self.ferr_q.d.next = true;
                            self.state.d.next = RxState::Break;
                        }
                    } else {
                        self.shift.d.next = (self.shift.q.val() >> 1)
                            | (bit_cast::<9, 1>(self.sync2.q.val().into()) << 8);
                    }
                }
            }
            RxState::Break => {
                if self.sync2.q.val() {
                    self.state.d.next = RxState::Idle;
                }
            }
            _ => {
                self.state.d.next = RxState::Idle;
            }
        }
    }
}
