//! Link throughput, cycle-accurate: RUN exchanges through the emulated link hardware at
//! 3 Mbaud, measured in simulated core clock cycles from the first request byte to the
//! response's delimiter, at the core clocks with an exact 3 Mbaud divisor between 36 and
//! 48 MHz (the link runs at half the core clock: 24 MHz with 8 link cycles per bit at
//! 48 MHz, the iCEBreaker design's target; 18 MHz with 6 at 36 MHz). Reports output
//! spikes per second against the line-rate limit `baud / 10 / 2` (a 2-byte id token per
//! spike). The behavioural core takes `3 + input events` cycles per step, so this measures
//! the link, not the core. Every active neuron must spike every step: the run fails
//! otherwise. About seven minutes:
//! `cargo bench -p neurocore --bench link_throughput`.

use neurocore::link::emulate::LinkEmulator;
use neurosim::protocol::{self, address, encode_frame, region, Command, Decoder, Response};

const BAUD: f64 = 3e6;

/// One exchange; returns (response, simulated cycles).
fn exchange(emu: &mut LinkEmulator, seq: u8, c: &Command) -> (Response, u64) {
    let mut w = Vec::new();
    encode_frame(seq, c.code(), &c.encode_payload().unwrap(), &mut w).unwrap();
    emu.send(&w);
    let start = emu.cycles;
    let mut d = Decoder::new();
    loop {
        for b in emu.cycle().unwrap() {
            if let Some(r) = d.push(b) {
                let f = r.unwrap();
                assert_eq!(f.seq, seq);
                return (
                    Response::decode(f.cmd, &f.payload).unwrap(),
                    emu.cycles - start,
                );
            }
        }
    }
}

/// `active` of `neurons` neurons spike every step (bias = threshold, no refractory).
/// `divisor` core clock cycles per UART bit, so the core clock is `divisor * BAUD`.
fn measure(divisor: u64, neurons: usize, active: usize, steps_per_run: usize, runs: usize) {
    let clock_hz = divisor as f64 * BAUD;
    let mut emu = LinkEmulator::new(divisor, 16, neurons).unwrap();
    let mut seq = 0u8;
    let mut next = || {
        seq = seq.wrapping_add(1);
        seq
    };
    let mut params = Vec::new();
    for n in 0..neurons {
        let on = n * active / neurons != (n + 1) * active / neurons;
        // bias, threshold, {reset, refractory, mem_shift, syn_shift}
        params.extend([if on { 100 } else { 0 }, 100, 0x0033, 0]);
    }
    for (k, c) in params.chunks(400).enumerate() {
        let cmd = Command::Write {
            addr: address(0, region::PARAMS, 400 * k as u32),
            data: c.to_vec(),
        };
        let (r, _) = exchange(&mut emu, next(), &cmd);
        assert_eq!(r, Response::Write);
    }
    let run = Command::Run {
        steps: vec![Vec::new(); steps_per_run],
        width: 16,
    };
    let (mut cycles, mut spikes) = (0u64, 0usize);
    for _ in 0..runs {
        let (r, c) = exchange(&mut emu, next(), &run);
        let Response::Run(steps) = r else {
            panic!("{r:?}")
        };
        spikes += steps.iter().map(Vec::len).sum::<usize>();
        cycles += c;
    }
    assert_eq!(
        spikes,
        active * steps_per_run * runs,
        "spikes out of the link"
    );
    let secs = cycles as f64 / clock_hz;
    let rate = spikes as f64 / secs;
    let limit = BAUD / 10.0 / 2.0;
    let out_step = protocol::spike_step_len(active, neurons);
    println!(
        "{:>2} MHz/{divisor:<2} {neurons:>4} neurons, {active:>4} spiking/step, {steps_per_run:>3} steps/RUN: {:>9.0} spikes/s = {:>5.1}% of the {limit:.0} spikes/s line limit; {out_step} bytes/step out; {:.1} steps/ms",
        clock_hz / 1e6,
        rate,
        100.0 * rate / limit,
        (runs * steps_per_run) as f64 / secs / 1000.0
    );
}

fn main() {
    let max = |n: usize| protocol::max_run_steps(n, protocol::MAX_PAYLOAD);
    // 48 MHz / 16 is the iCEBreaker design's target; 42 and 36 MHz the next clocks with an
    // exact 3 Mbaud divisor.
    for divisor in [16, 14, 12] {
        // Sparse: id lists.
        measure(divisor, 256, 2, max(256), 3);
        measure(divisor, 256, 8, max(256), 3);
        measure(divisor, 256, 16, max(256), 3);
        // Dense: bitmaps.
        measure(divisor, 256, 64, max(256), 3);
        measure(divisor, 256, 256, max(256), 3);
        measure(divisor, 64, 8, max(64), 3);
    }
}
