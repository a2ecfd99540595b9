//! Shared test harness: a fast plain-loop simulator (no rust-hdl scheduler threads),
//! optional VCD output (`NEUROCORE_VCD=path`), and a driver of the whole NeuroCore.
#![allow(dead_code)]

use neurocore::control_map::*;
use neurocore::{NeuroCore, NeuroCoreConfig};
use neurosim::Network;
use rust_hdl::core::vcd_probe::VCDProbe;
use rust_hdl::prelude::*;
use std::fs::File;
use std::io::BufWriter;

/// A block under test, clocked by a plain loop.
pub struct Bench<B: Block> {
    pub uut: B,
    pub cycle: u64,
    clock: fn(&mut B) -> &mut Signal<In, Clock>,
    vcd: Option<VCDProbe<BufWriter<File>>>,
}

/// Where the VCD of test `name` goes: `$NEUROCORE_VCD/<name>.vcd` if that is a
/// directory, else `$NEUROCORE_VCD` itself.
fn vcd_path(name: &str) -> Option<std::path::PathBuf> {
    let p = std::path::PathBuf::from(std::env::var_os("NEUROCORE_VCD")?);
    if p.is_dir() {
        Some(p.join(format!("{name}.vcd")))
    } else {
        Some(p)
    }
}

impl<B: Block> Bench<B> {
    pub fn new(name: &str, mut uut: B, clock: fn(&mut B) -> &mut Signal<In, Clock>) -> Self {
        uut.connect_all();
        let vcd = vcd_path(name).map(|p| {
            let f = File::create(&p).unwrap_or_else(|e| panic!("cannot create {p:?}: {e}"));
            eprintln!("writing VCD of {name} to {p:?}");
            write_vcd_header(BufWriter::new(f), &uut)
        });
        let mut b = Bench {
            uut,
            cycle: 0,
            clock,
            vcd,
        };
        b.settle();
        b
    }

    /// Propagate combinational changes.
    pub fn settle(&mut self) {
        assert!(simulate(&mut self.uut, 1000), "logic did not settle");
    }

    /// One clock cycle: inputs set before the call are sampled at the rising edge;
    /// afterwards registered outputs and the combinational logic show the new cycle.
    pub fn tick(&mut self) {
        // falling edge and new inputs settle together: every register sees its inputs
        // before the rising edge (no DFF is sensitive to the falling edge)
        (self.clock)(&mut self.uut).next = Clock::from(false);
        self.settle();
        self.dump(2 * self.cycle);
        (self.clock)(&mut self.uut).next = Clock::from(true);
        self.settle();
        self.dump(2 * self.cycle + 1);
        self.cycle += 1;
    }

    fn dump(&mut self, t: u64) {
        if let Some(v) = self.vcd.take() {
            let mut v = v;
            v.timestamp(t * 5000).expect("VCD write");
            self.vcd = Some(write_vcd_change(v, &self.uut));
        }
    }
}

/// Sign-extend the low `bits` of `x`.
pub fn sext(x: u64, bits: u32) -> i64 {
    ((x << (64 - bits)) as i64) >> (64 - bits)
}

/// Driver of a whole NeuroCore through its control port and step interface.
pub struct CoreBench {
    pub b: Bench<NeuroCore>,
    pub cfg: NeuroCoreConfig,
}

/// What one hardware step produced.
pub struct StepResult {
    pub spikes: Vec<u32>,
    /// Cycles with `busy` high, counted by the harness.
    pub cycles: u64,
    /// Accumulators at the start of the LIF pass.
    pub acc: Vec<i32>,
}

impl CoreBench {
    pub fn new(name: &str, cfg: NeuroCoreConfig) -> Self {
        let core = NeuroCore::new(cfg).expect("valid core config");
        CoreBench {
            b: Bench::new(name, core, |c| &mut c.clock),
            cfg,
        }
    }

    fn wait_ready(&mut self) {
        let mut guard = 0;
        while !self.b.uut.ctrl_ready.val() {
            self.b.tick();
            guard += 1;
            assert!(guard < 100_000, "ctrl_ready never rose");
        }
    }

    pub fn write(&mut self, addr: u32, data: u16) {
        self.wait_ready();
        self.b.uut.ctrl_addr.next = (addr as u64).to_bits();
        self.b.uut.ctrl_wdata.next = (data as u64).to_bits();
        self.b.uut.ctrl_write.next = true;
        self.b.tick();
        self.b.uut.ctrl_write.next = false;
        self.b.settle();
        // the write reaches the memories 2 cycles after it is accepted
        self.wait_ready();
    }

    pub fn read(&mut self, addr: u32) -> u16 {
        self.wait_ready();
        self.b.uut.ctrl_addr.next = (addr as u64).to_bits();
        self.b.uut.ctrl_read.next = true;
        self.b.tick();
        self.b.uut.ctrl_read.next = false;
        self.b.settle();
        for lat in 1..=READ_LATENCY {
            if lat == READ_LATENCY {
                assert!(self.b.uut.ctrl_rvalid.val(), "ctrl_rvalid missing");
                return self.b.uut.ctrl_rdata.val().to_u16();
            }
            assert!(!self.b.uut.ctrl_rvalid.val(), "ctrl_rvalid early");
            self.b.tick();
        }
        unreachable!()
    }

    /// Load parameters, weights and registers of `net` through the control port.
    pub fn load(&mut self, net: &Network) {
        assert_eq!(net.inputs, self.cfg.inputs);
        assert_eq!(net.neurons, self.cfg.neurons);
        for (addr, data) in load_words(net, 0) {
            self.write(addr, data);
        }
    }

    /// Compare every weight of the hardware with `net`.
    pub fn check_weights(&self, net: &Network, what: &str) {
        check_weights(&self.b.uut, net, what);
    }

    /// Run one step with the given input channels; pop the output spikes.
    pub fn step(&mut self, inputs: &[u32]) -> StepResult {
        let mut r = self.step_no_pop(inputs);
        r.spikes = self.pop_all();
        r
    }

    /// Pop every queued output spike.
    pub fn pop_all(&mut self) -> Vec<u32> {
        let mut spikes = Vec::new();
        while self.b.uut.out_spike_valid.val() {
            spikes.push(self.b.uut.out_spike.val().to_u32());
            self.b.uut.out_spike_read.next = true;
            self.b.tick();
        }
        self.b.uut.out_spike_read.next = false;
        self.b.settle();
        spikes
    }

    /// Run one step; leave the output spikes queued.
    pub fn step_no_pop(&mut self, inputs: &[u32]) -> StepResult {
        for &c in inputs {
            self.b.uut.in_spike.next = (c as u64).to_bits();
            self.b.uut.in_spike_write.next = true;
            self.b.tick();
        }
        self.b.uut.in_spike_write.next = false;
        self.b.settle();
        let mut guard = 0;
        while self.b.uut.busy.val() {
            // a control access may still be in flight
            self.b.tick();
            guard += 1;
            assert!(guard < 10, "core busy before step_start");
        }
        self.b.uut.step_start.next = true;
        self.b.tick();
        self.b.uut.step_start.next = false;
        self.b.settle();
        let mut cycles = 0u64;
        let mut acc = Vec::new();
        loop {
            assert!(self.b.uut.busy.val(), "busy fell before done");
            cycles += 1;
            if acc.is_empty() && self.b.uut.phase() == neurocore::step_controller::PHASE_LIF {
                acc = self.b.uut.accumulators();
            }
            if self.b.uut.done.val() {
                break;
            }
            assert!(cycles < 10_000_000, "step never finished");
            self.b.tick();
        }
        self.b.tick();
        assert!(!self.b.uut.busy.val(), "busy after done");
        StepResult {
            spikes: Vec::new(),
            cycles,
            acc,
        }
    }
}

/// The control-port writes that load parameters, weights and registers of `net` into
/// core `core`.
pub fn load_words(net: &Network, core: u64) -> Vec<(u32, u16)> {
    let mut w = Vec::new();
    for (n, p) in net.params.iter().enumerate() {
        let base = (n * 4) as u64;
        w.push((address(core, REGION_PARAMS, base + K_BIAS), p.bias as u16));
        w.push((
            address(core, REGION_PARAMS, base + K_THRESHOLD),
            p.threshold as u16,
        ));
        w.push((address(core, REGION_PARAMS, base + K_CTL), ctl_word(p)));
    }
    let rw = row_words(net.neurons);
    for s in 0..net.sources() {
        for m in 0..net.neurons.div_ceil(2) {
            let lo = net.weight(s, 2 * m) as u8 as u16;
            let hi = if 2 * m + 1 < net.neurons {
                net.weight(s, 2 * m + 1) as u8 as u16
            } else {
                0
            };
            w.push((
                address(core, REGION_WEIGHTS, (s * rw + m) as u64),
                (hi << 8) | lo,
            ));
        }
    }
    let mut config = net.weight_shift as u16;
    if let Some(stdp) = &net.stdp {
        config |= 0x100;
        let p = &stdp.params;
        w.push((
            address(core, REGION_REGS, REG_STDP_SHIFTS),
            stdp_shifts_word(p),
        ));
        w.push((
            address(core, REGION_REGS, REG_STDP_INCREMENTS),
            stdp_increments_word(p),
        ));
        w.push((
            address(core, REGION_REGS, REG_STDP_BOUNDS),
            stdp_bounds_word(p),
        ));
        for k in 0..net.sources().div_ceil(16) {
            let mut word = 0u16;
            for bit in 0..16 {
                if stdp.plastic.get(k * 16 + bit).copied().unwrap_or(false) {
                    word |= 1 << bit;
                }
            }
            w.push((address(core, REGION_PLASTIC, k as u64), word));
        }
    }
    w.push((address(core, REGION_REGS, REG_CONFIG), config));
    w
}

/// Compare every weight of a core with `net`.
pub fn check_weights(core: &NeuroCore, net: &Network, what: &str) {
    let rw = row_words(net.neurons);
    let words = core.weight_words();
    for s in 0..net.sources() {
        for n in 0..net.neurons {
            let word = words[s * rw + n / 2];
            let hw = if n % 2 == 0 {
                word as u8
            } else {
                (word >> 8) as u8
            } as i8;
            let gold = net.weight(s, n);
            assert_eq!(
                hw, gold,
                "{what}: synapse {s} -> {n} field weight: hw {hw} gold {gold}"
            );
        }
    }
}

/// Cycles of one step of a core running `net` (after the step, as the golden model left
/// it) with `events` source events and `spiked` true if any neuron spiked; exact for rows
/// of at least two words (`None` otherwise).
pub fn core_step_cycles(
    net: &Network,
    events: &[u32],
    spiked: bool,
    pre_traces: &[u8],
) -> Option<usize> {
    use neurocore::neurocore::{STEP_OVERHEAD, STEP_OVERHEAD_NO_EVENTS};
    let words = net.neurons.div_ceil(2);
    if words < 2 {
        return None;
    }
    let overhead = if events.is_empty() {
        STEP_OVERHEAD_NO_EVENTS
    } else {
        STEP_OVERHEAD
    };
    let mut cycles = net.neurons + events.len() * words + overhead;
    if let Some(stdp) = &net.stdp {
        // A source without a pre event keeps its decayed trace after the step: that is
        // the x of its potentiation term.
        let rows = (0..net.sources())
            .filter(|&s| {
                stdp.plastic[s]
                    && (events.contains(&(s as u32))
                        || (spiked && pre_traces[s] >> stdp.params.plus_shift != 0))
            })
            .count();
        cycles += net.sources().max(words) + 3 + 3 * net.sources() + 5 * words * rows + words + 2;
    }
    Some(cycles)
}

/// Concatenate `(value, width)` fields, first most significant.
pub fn pack(fields: &[(u64, usize)]) -> u128 {
    fields.iter().fold(0u128, |acc, &(v, w)| {
        (acc << w) | (v as u128 & ((1u128 << w) - 1))
    })
}

/// Replay a recorded rust-hdl run (`trace`: per cycle, the inputs packed as `inputs` and
/// the outputs after the clock edge packed as `outputs`, most significant first) on the
/// generated Verilog `verilog` (top module `top`, clock `clock`) in Icarus Verilog, and
/// assert identical outputs on every cycle (a mismatch prints the cycle and both values).
pub fn icarus_replay(
    name: &str,
    verilog: &str,
    inputs: &[(&str, usize)],
    outputs: &[(&str, usize)],
    trace: &[(u128, u128)],
) {
    let width = |p: &[(&str, usize)]| p.iter().map(|x| x.1).sum::<usize>();
    let (wi, wo) = (width(inputs), width(outputs));
    let mut ports = String::new();
    let mut hi = wi;
    for (name, w) in inputs {
        ports += &format!(".{name}(i_v[{}:{}]), ", hi - 1, hi - w);
        hi -= w;
    }
    let outs: Vec<&str> = outputs.iter().map(|x| x.0).collect();
    let mut tb = format!(
        "`timescale 1ns/1ps\nmodule tb;\nreg clock = 0;\nreg [{}:0] in_mem [0:{}];\nreg [{}:0] out_mem [0:{}];\nreg [{}:0] i_v = 0;\n",
        wi - 1,
        trace.len() - 1,
        wo - 1,
        trace.len() - 1,
        wi - 1
    );
    for (name, w) in outputs {
        tb += &format!("wire [{}:0] {name};\n", w - 1);
    }
    for name in &outs {
        ports += &format!(".{name}({name}), ");
    }
    tb += &format!(
        "wire [{}:0] o_v = {{{}}};\ntop dut({ports}.clock(clock));\ninteger k, errors;\n",
        wo - 1,
        outs.join(", ")
    );
    tb += &format!(
        "initial begin\n  $readmemh(\"in.hex\", in_mem);\n  $readmemh(\"out.hex\", out_mem);\n  errors = 0;\n  for (k = 0; k < {}; k = k + 1) begin\n    i_v = in_mem[k];\n    #5 clock = 1;\n    #1 if (o_v !== out_mem[k]) begin\n      errors = errors + 1;\n      if (errors < 10) $display(\"MISMATCH cycle %0d icarus %h rust-hdl %h\", k, o_v, out_mem[k]);\n    end\n    #4 clock = 0;\n  end\n  $display(\"DONE %0d errors\", errors);\n  $finish;\nend\nendmodule\n",
        trace.len()
    );
    let hex = |f: fn(&(u128, u128)) -> u128| -> String {
        trace.iter().map(|x| format!("{:x}\n", f(x))).collect()
    };
    let dir = std::env::temp_dir().join(format!("neurocore-{name}-icarus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("tb.v"), tb).expect("write");
    std::fs::write(dir.join("top.v"), verilog).expect("write");
    std::fs::write(dir.join("in.hex"), hex(|x| x.0)).expect("write");
    std::fs::write(dir.join("out.hex"), hex(|x| x.1)).expect("write");
    let run = |cmd: &str, args: &[&str]| {
        let out = std::process::Command::new(cmd)
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("run Icarus");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{cmd} failed:\n{text}");
        text
    };
    run("iverilog", &["-g2005", "-o", "sim", "tb.v", "top.v"]);
    let out = run("vvp", &["-n", "sim"]);
    assert!(
        out.contains("DONE 0 errors"),
        "Icarus and rust-hdl differ ({} cycles, {}):\n{out}",
        trace.len(),
        dir.display()
    );
    eprintln!("Icarus replayed {} cycles identically", trace.len());
    std::fs::remove_dir_all(&dir).ok();
}
