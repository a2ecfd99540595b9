//! Behavioural model of the NeuroCore control port and step interface (the contract the
//! core implements), built on the golden model [`neurosim::Core`]: stands in for the core
//! behind the link hardware in tests and in the link emulator until the real core is
//! wired in.
//!
//! Timing: strobes are accepted while `ctrl_ready`; read data arrives 2 cycles after the
//! read strobe (`ctrl_ready` is low meanwhile); `step_start` keeps `busy` high for
//! `3 + input events` cycles, then `done` pulses with the step's spikes queued in
//! ascending order. Registers 0..=3 and plastic flags take effect at the next step (the
//! model rebuilds its `Core`, so change them only right after `core_reset`, as the host
//! does). State and traces are read-only here; registers 10..=14 read 0.

use std::collections::VecDeque;

use neurosim::{Core, Network, NeuronParams, Reset, Stdp, StdpParams};

/// What the core drives, sampled by the link each cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoreOutputs {
    /// Strobes accepted.
    pub ctrl_ready: bool,
    /// `ctrl_rdata` valid.
    pub ctrl_rvalid: bool,
    /// Read data.
    pub ctrl_rdata: u16,
    /// A step runs.
    pub busy: bool,
    /// A step finished (one cycle).
    pub done: bool,
    /// Head of the output queue.
    pub out_spike: u16,
    /// The output queue is not empty.
    pub out_spike_valid: bool,
}

/// What the link drives in a cycle (strobes act at the clock edge).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoreInputs {
    /// Word address.
    pub ctrl_addr: u32,
    /// Write data.
    pub ctrl_wdata: u16,
    /// Write strobe.
    pub ctrl_write: bool,
    /// Read strobe.
    pub ctrl_read: bool,
    /// Input channel.
    pub in_spike: u16,
    /// Push `in_spike`.
    pub in_spike_write: bool,
    /// Start a step.
    pub step_start: bool,
    /// Pop the output queue.
    pub out_spike_read: bool,
    /// Reset state, traces, queues and counters.
    pub core_reset: bool,
}

/// The behavioural core.
pub struct CoreModel {
    core: Core,
    regs: [u16; 4],
    plastic: Vec<bool>,
    dirty: bool,
    in_q: Vec<u32>,
    out_q: VecDeque<u32>,
    read_pipe: Option<(u16, u32)>,
    rvalid: Option<u16>,
    busy_left: u32,
    done: bool,
}

/// Parameters of a neuron nobody configured: it never spikes without input.
const IDLE: NeuronParams = NeuronParams {
    syn_shift: 0,
    mem_shift: 0,
    bias: 0,
    threshold: i16::MAX,
    reset: Reset::Zero,
    refractory: 0,
};

fn pack_word2(p: &NeuronParams) -> u16 {
    ((matches!(p.reset, Reset::Subtract) as u16) << 12)
        | ((p.refractory as u16) << 8)
        | ((p.mem_shift as u16) << 4)
        | p.syn_shift as u16
}

impl CoreModel {
    /// A core of `inputs` channels and `neurons` neurons (each 1..=4096) after power-up.
    pub fn new(inputs: usize, neurons: usize) -> Result<Self, String> {
        let net = Network::new(inputs, neurons, 0, IDLE);
        let sources = net.sources();
        let core = Core::new(net).map_err(|e| e.0)?;
        let d = StdpParams::default();
        Ok(CoreModel {
            core,
            regs: [
                0,
                ((d.minus_shift as u16) << 12)
                    | ((d.plus_shift as u16) << 8)
                    | ((d.post_decay_shift as u16) << 4)
                    | d.pre_decay_shift as u16,
                ((d.post_increment as u16) << 8) | d.pre_increment as u16,
                ((d.w_max as u8 as u16) << 8) | d.w_min as u8 as u16,
            ],
            plastic: vec![false; sources],
            dirty: false,
            in_q: Vec::new(),
            out_q: VecDeque::new(),
            read_pipe: None,
            rvalid: None,
            busy_left: 0,
            done: false,
        })
    }

    fn wpr(&self) -> usize {
        neurosim::protocol::weight_row_words(self.core.network().neurons)
    }

    fn ready(&self) -> bool {
        self.busy_left == 0 && self.read_pipe.is_none() && self.rvalid.is_none()
    }

    /// The outputs in the current cycle.
    pub fn outputs(&self) -> CoreOutputs {
        CoreOutputs {
            ctrl_ready: self.ready(),
            ctrl_rvalid: self.rvalid.is_some(),
            ctrl_rdata: self.rvalid.unwrap_or(0),
            busy: self.busy_left > 0,
            done: self.done,
            out_spike: self.out_q.front().copied().unwrap_or(0) as u16,
            out_spike_valid: self.busy_left == 0 && !self.out_q.is_empty(),
        }
    }

    /// One clock edge with the link's inputs of this cycle. Protocol violations by the
    /// link (a strobe while not ready, a pop of an empty queue) are errors.
    pub fn edge(&mut self, i: &CoreInputs) -> Result<(), String> {
        self.done = false;
        self.rvalid = None;
        if let Some((d, left)) = self.read_pipe.take() {
            if left == 0 {
                self.rvalid = Some(d);
            } else {
                self.read_pipe = Some((d, left - 1));
            }
        }
        if (i.ctrl_write || i.ctrl_read) && !self.ready() {
            return Err(format!(
                "control strobe at 0x{:06X} while not ready",
                i.ctrl_addr
            ));
        }
        if i.ctrl_write {
            self.write(i.ctrl_addr, i.ctrl_wdata);
        }
        if i.ctrl_read {
            self.read_pipe = Some((self.read(i.ctrl_addr), 1));
        }
        if i.in_spike_write {
            self.in_q.push(i.in_spike as u32);
        }
        if i.out_spike_read && self.out_q.pop_front().is_none() {
            return Err("pop of an empty output queue".into());
        }
        if i.core_reset {
            self.core.reset_state();
            self.in_q.clear();
            self.out_q.clear();
        }
        if self.busy_left > 0 {
            self.busy_left -= 1;
            self.done = self.busy_left == 0;
        }
        if i.step_start {
            if self.busy_left > 0 {
                return Err("step_start while busy".into());
            }
            self.rebuild()?;
            let inputs = std::mem::take(&mut self.in_q);
            let spikes = self.core.step(&inputs).map_err(|e| e.0)?.to_vec();
            self.out_q = spikes.into();
            self.busy_left = 3 + inputs.len() as u32;
        }
        Ok(())
    }

    fn rebuild(&mut self) -> Result<(), String> {
        if !self.dirty {
            return Ok(());
        }
        let r = &self.regs;
        let mut net = self.core.network().clone();
        net.weight_shift = (r[0] & 7) as u8;
        net.stdp = (r[0] & 0x100 != 0).then(|| Stdp {
            params: StdpParams {
                pre_decay_shift: (r[1] & 7) as u8,
                post_decay_shift: ((r[1] >> 4) & 7) as u8,
                plus_shift: ((r[1] >> 8) & 7) as u8,
                minus_shift: ((r[1] >> 12) & 7) as u8,
                pre_increment: r[2] as u8,
                post_increment: (r[2] >> 8) as u8,
                w_min: r[3] as u8 as i8,
                w_max: (r[3] >> 8) as u8 as i8,
            },
            plastic: self.plastic.clone(),
        });
        self.core = Core::new(net).map_err(|e| format!("core configuration: {}", e.0))?;
        self.dirty = false;
        Ok(())
    }

    fn write(&mut self, addr: u32, w: u16) {
        let (reg, index) = ((addr >> 16) & 0xF, (addr & 0xFFFF) as usize);
        let (inputs, neurons) = (self.core.network().inputs, self.core.network().neurons);
        match reg {
            0 if index / 4 < neurons => {
                let n = index / 4;
                let mut p = self.core.network().params[n];
                match index % 4 {
                    0 => p.bias = w as i16,
                    1 => p.threshold = w as i16,
                    2 => {
                        p.syn_shift = (w & 0xF) as u8;
                        p.mem_shift = ((w >> 4) & 0xF) as u8;
                        p.refractory = ((w >> 8) & 0xF) as u8;
                        p.reset = if w & 0x1000 != 0 {
                            Reset::Subtract
                        } else {
                            Reset::Zero
                        };
                    }
                    _ => return,
                }
                // The golden model cannot hold a threshold below 1: such writes are
                // ignored here (the host never sends them).
                let _ = self.core.set_params(n, p);
            }
            2 => {
                let (s, m) = (index / self.wpr(), index % self.wpr());
                // Rows are padded to a power of two words: padding words hold no weight.
                if s < inputs + neurons && 2 * m < neurons {
                    let _ = self.core.set_weight(s, 2 * m, w as u8 as i8);
                    if 2 * m + 1 < neurons {
                        let _ = self.core.set_weight(s, 2 * m + 1, (w >> 8) as u8 as i8);
                    }
                }
            }
            5 => {
                for b in 0..16 {
                    if let Some(f) = self.plastic.get_mut(index * 16 + b) {
                        *f = w & (1 << b) != 0;
                        self.dirty = true;
                    }
                }
            }
            6 if index < 4 => {
                self.regs[index] = w;
                self.dirty = true;
            }
            _ => {}
        }
    }

    fn read(&self, addr: u32) -> u16 {
        let (reg, index) = ((addr >> 16) & 0xF, (addr & 0xFFFF) as usize);
        let net = self.core.network();
        let n = index / 4;
        match reg {
            0 if n < net.neurons => {
                let p = &net.params[n];
                [p.bias as u16, p.threshold as u16, pack_word2(p), 0][index % 4]
            }
            1 if n < net.neurons => {
                let s = self.core.state()[n];
                [s.i as u16, s.v as u16, s.refr as u16, 0][index % 4]
            }
            2 => {
                let (s, m) = (index / self.wpr(), index % self.wpr());
                if s >= net.sources() || 2 * m >= net.neurons {
                    return 0;
                }
                let hi = if 2 * m + 1 < net.neurons {
                    net.weight(s, 2 * m + 1) as u8 as u16
                } else {
                    0
                };
                (hi << 8) | net.weight(s, 2 * m) as u8 as u16
            }
            3 => self.core.pre_traces().get(index).map_or(0, |&x| x as u16),
            4 => self.core.post_traces().get(index).map_or(0, |&x| x as u16),
            5 => (0..16)
                .filter(|b| self.plastic.get(index * 16 + b).copied().unwrap_or(false))
                .fold(0, |a, b| a | (1 << b)),
            6 => match index {
                0..=3 => self.regs[index],
                8 => self.core.steps() as u16,
                9 => (self.core.steps() >> 16) as u16,
                _ => 0,
            },
            _ => 0,
        }
    }
}
