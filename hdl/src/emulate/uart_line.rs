//! The host side of a UART line, one clock cycle at a time: serialises queued bytes onto
//! the board's RX pin and decodes the board's TX pin into bytes. 8N1, `divisor` clock
//! cycles per bit (e.g. 48 MHz / 3 Mbaud = 16). The Verilator harness (`harness.cpp`)
//! implements the same state machine in C++.

use std::collections::VecDeque;

/// A UART line model between the host and the emulated board.
#[derive(Clone, Debug)]
pub struct UartLine {
    divisor: u32,
    /// Bytes waiting to be sent to the board.
    outgoing: VecDeque<u8>,
    /// Frame being sent: 10 bits (start, 8 data LSB first, stop), bit index, cycles left in bit.
    send: Option<(u16, u8, u32)>,
    /// Frame being received: data bits so far, bit index (0 = start bit), cycle count in bit.
    recv: Option<(u8, u8, u32)>,
    /// Bytes decoded from the board's TX pin, not yet taken.
    incoming: Vec<u8>,
    /// Stop bits that were not high (framing errors seen on TX).
    pub framing_errors: u64,
}

impl UartLine {
    /// A line with `divisor` cycles per bit (>= 4, so mid-bit sampling is meaningful).
    pub fn new(divisor: u32) -> Self {
        assert!(divisor >= 4, "UART divisor {divisor} < 4");
        UartLine {
            divisor,
            outgoing: VecDeque::new(),
            send: None,
            recv: None,
            incoming: Vec::new(),
            framing_errors: 0,
        }
    }

    /// Queue bytes to send to the board.
    pub fn send(&mut self, bytes: &[u8]) {
        self.outgoing.extend(bytes);
    }

    /// Nothing queued or in flight towards the board.
    pub fn send_idle(&self) -> bool {
        self.send.is_none() && self.outgoing.is_empty()
    }

    /// Take the bytes received from the board so far.
    pub fn take_received(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.incoming)
    }

    /// Level to drive on the board's RX pin during the current cycle.
    pub fn rx_pin(&self) -> bool {
        match self.send {
            Some((frame, bit, _)) => (frame >> bit) & 1 == 1,
            None => true,
        }
    }

    /// Advance one clock cycle; `tx_pin` is the board's TX level in this cycle.
    pub fn tick(&mut self, tx_pin: bool) {
        // Sender.
        if let Some((_, bit, left)) = &mut self.send {
            *left -= 1;
            if *left == 0 {
                *bit += 1;
                *left = self.divisor;
                if *bit == 10 {
                    self.send = None;
                }
            }
        }
        if self.send.is_none() {
            if let Some(b) = self.outgoing.pop_front() {
                // start bit 0, data LSB first, stop bit 1
                self.send = Some((((b as u16) << 1) | (1 << 9), 0, self.divisor));
            }
        }
        // Receiver: sample in the middle of each bit.
        let half = self.divisor / 2;
        match &mut self.recv {
            None => {
                if !tx_pin {
                    self.recv = Some((0, 0, 1));
                }
            }
            Some((data, bit, count)) => {
                *count += 1;
                if *count == half + self.divisor * (*bit as u32) {
                    match *bit {
                        0 if tx_pin => {
                            // glitch, not a start bit
                            self.recv = None;
                            return;
                        }
                        1..=8 => *data |= (tx_pin as u8) << (*bit - 1),
                        9 => {
                            if tx_pin {
                                self.incoming.push(*data);
                            } else {
                                self.framing_errors += 1;
                            }
                            self.recv = None;
                            return;
                        }
                        _ => {}
                    }
                    *bit += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sender's waveform decodes to the same bytes (TX wired to RX).
    #[test]
    fn loopback_round_trips_every_byte() {
        for divisor in [4, 16, 417] {
            let mut line = UartLine::new(divisor);
            let bytes: Vec<u8> = (0..=255).collect();
            line.send(&bytes);
            let mut level = true;
            for _ in 0..(bytes.len() as u32 + 2) * 10 * divisor {
                line.tick(level);
                level = line.rx_pin();
            }
            assert_eq!(line.take_received(), bytes, "divisor {divisor}");
            assert_eq!(line.framing_errors, 0);
            assert!(line.send_idle());
        }
    }

    #[test]
    fn bit_timing_is_exact() {
        let mut line = UartLine::new(8);
        line.send(&[0b1010_0101]);
        let mut wave = Vec::new();
        for _ in 0..90 {
            line.tick(true);
            wave.push(line.rx_pin() as u8);
        }
        // idle high for the first cycle's tick, then 8 cycles per bit
        let bits: Vec<u8> = wave.chunks(8).take(10).map(|c| c[0]).collect();
        assert!(wave
            .chunks(8)
            .take(10)
            .all(|c| c.iter().all(|&b| b == c[0])));
        assert_eq!(bits, vec![0, 1, 0, 1, 0, 0, 1, 0, 1, 1]);
    }
}
