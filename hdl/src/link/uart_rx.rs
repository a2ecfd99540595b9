//! UART receiver, 8N1. The input passes a 2-flop synchroniser; a falling edge starts a
//! byte, the start bit is checked at its middle (`divisor / 2` cycles later; a glitch
//! returns to idle), then each data bit and the stop bit are sampled `divisor` cycles
//! apart. A byte appears on `data` with a one-cycle `valid` pulse about 9.5 bit times
//! after its start edge; a low stop bit gives a `framing_error` pulse instead, and the
//! receiver waits for the line to return high.

use rust_hdl::prelude::*;

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
enum RxState {
    Idle,
    Start,
    Data,
    Stop,
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
    count: DFF<Bits<16>>,
    bits: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    valid_q: DFF<Bit>,
    ferr_q: DFF<Bit>,
    divisor_m1: Constant<Bits<16>>,
    half_m1: Constant<Bits<16>>,
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
            bits: Default::default(),
            shift: Default::default(),
            valid_q: Default::default(),
            ferr_q: Default::default(),
            divisor_m1: Constant::new((divisor - 1).to_bits()),
            half_m1: Constant::new((divisor / 2 - 1).to_bits()),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, state, count, bits, shift, valid_q, ferr_q);
        self.sync1.d.next = self.rx.val();
        self.sync2.d.next = self.sync1.q.val();
        self.data.next = self.shift.q.val();
        self.valid.next = self.valid_q.q.val();
        self.framing_error.next = self.ferr_q.q.val();
        self.valid_q.d.next = false;
        self.ferr_q.d.next = false;
        self.count.d.next = self.count.q.val() + 1;
        match self.state.q.val() {
            RxState::Idle => {
                self.count.d.next = 0.into();
                if !self.sync2.q.val() {
                    self.state.d.next = RxState::Start;
                }
            }
            RxState::Start => {
                if self.count.q.val() == self.half_m1.val() {
                    self.count.d.next = 0.into();
                    self.bits.d.next = 0.into();
                    if self.sync2.q.val() {
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.state.d.next = RxState::Data;
                    }
                }
            }
            RxState::Data => {
                if self.count.q.val() == self.divisor_m1.val() {
                    self.count.d.next = 0.into();
                    self.shift.d.next = (self.shift.q.val() >> 1)
                        | (bit_cast::<8, 1>(self.sync2.q.val().into()) << 7);
                    self.bits.d.next = self.bits.q.val() + 1;
                    if self.bits.q.val() == 7 {
                        self.state.d.next = RxState::Stop;
                    }
                }
            }
            RxState::Stop => {
                if self.count.q.val() == self.divisor_m1.val() {
                    self.count.d.next = 0.into();
                    if self.sync2.q.val() {
                        self.valid_q.d.next = true;
                        self.state.d.next = RxState::Idle;
                    } else {
                        self.ferr_q.d.next = true;
                        self.state.d.next = RxState::Break;
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
