//! `WeightMemory`: the single-port synaptic weight store, 16-bit words holding two signed
//! 8-bit weights (`{w[s][2m+1], w[s][2m]}`), addressed by a 16-bit word address.
//!
//! Two kinds, chosen at construction ([`MemoryKind`]):
//! - [`MemoryKind::Spram`]: one to four iCE40 UP5K `SB_SPRAM256KA` (16K x 16 bit each)
//!   side by side, bank = `address[15:14]`. SPRAM is a hard block that rust-hdl does not
//!   know: the Verilog instantiates it as a black box and [`Logic::update`] is its
//!   behavioural model. SPRAM cannot be initialised from the bitstream, so the weights are
//!   loaded through the control port after configuration.
//! - [`MemoryKind::BlockRam`]: inferred single-port block RAM (any FPGA), zero-initialised,
//!   in banks of [`BANK_WORDS`] words (bank = `address[15:14]`), each bank's output
//!   registered once more in the fabric.
//!
//! Latency: [`READ_LATENCY`] = 3 cycles. `address`, `write_data` and `write_enable` are
//! registered (so the RAMs see them straight from flip-flops, with the per-bank strobes
//! decoded before that register); in the cycle after a request with `write_enable` high
//! the word is written and nothing is read; otherwise the RAMs read `mem[address]` then.
//! The read word is registered behind the RAMs (no RAM output drives logic: an ECP5
//! block RAM's output is valid 5.6 ns after the clock), and `read_data` selects it in the
//! third cycle after the request. After a write request `read_data` keeps its value.

use rust_hdl::prelude::*;

/// Words in one SB_SPRAM256KA.
pub const SPRAM_WORDS: usize = 16384;
/// SB_SPRAM256KA blocks on an iCE40 UP5K.
pub const SPRAM_BLOCKS: usize = 4;
/// Words of one block-RAM bank (`address[13:0]`).
pub const BANK_WORDS: usize = 16384;
/// Cycles from a read request to its word on `read_data`.
pub const READ_LATENCY: usize = 3;

/// Where the weights live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemoryKind {
    /// iCE40 UP5K single-port RAM (SB_SPRAM256KA), up to 4 x 16K words.
    Spram,
    /// Inferred block RAM.
    BlockRam,
}

/// Single-port weight RAM of `depth` 16-bit words.
#[derive(LogicBlock)]
pub struct WeightMemory {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Word address (registered; read or written one cycle later).
    pub address: Signal<In, Bits<16>>,
    /// Word to write.
    pub write_data: Signal<In, Bits<16>>,
    /// Write strobe (no read for that request).
    pub write_enable: Signal<In, Bit>,
    /// Word read for the request [`READ_LATENCY`] cycles earlier (held after a write
    /// request).
    pub read_data: Signal<Out, Bits<16>>,
    _kind: MemoryKind,
    _mem: Vec<u16>,
    _req: (usize, u16, bool),
    _q: u16,
}

impl WeightMemory {
    /// A weight memory of `depth` words (`1..=65536`; with SPRAM at most 4 x 16384).
    pub fn new(kind: MemoryKind, depth: usize) -> Result<Self, String> {
        let max = match kind {
            MemoryKind::Spram => SPRAM_WORDS * SPRAM_BLOCKS,
            MemoryKind::BlockRam => 1 << 16,
        };
        if depth == 0 || depth > max {
            return Err(format!(
                "weight memory of {depth} words does not fit {kind:?} (1..={max} words)"
            ));
        }
        Ok(Self {
            clock: Default::default(),
            address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            read_data: Default::default(),
            _kind: kind,
            _mem: vec![0; depth],
            _req: (0, 0, false),
            _q: 0,
        })
    }

    /// The words (for test harnesses).
    pub fn contents(&self) -> &[u16] {
        &self._mem
    }

    /// SPRAM blocks used (0 for block RAM).
    pub fn spram_blocks(&self) -> usize {
        match self._kind {
            MemoryKind::Spram => self._mem.len().div_ceil(SPRAM_WORDS),
            MemoryKind::BlockRam => 0,
        }
    }

    fn spram_verilog(&self) -> String {
        let blocks = self.spram_blocks();
        let mut code = String::from(
            "wire [15:0] q [0:3];\nreg [1:0] bank;\nreg [1:0] bank_r;\nreg [13:0] a_r;\nreg [15:0] d_r;\n\
reg we_r;\nreg [3:0] cs_r;\nreg [3:0] wren_r;\n\
always @(posedge clock) begin\n\
   a_r <= address[13:0];\n   bank_r <= address[15:14];\n   d_r <= write_data;\n   we_r <= write_enable;\n\
   cs_r <= 4'd1 << address[15:14];\n\
   wren_r <= write_enable ? (4'd1 << address[15:14]) : 4'd0;\n\
end\n\
always @(posedge clock) if (!we_r) bank <= bank_r;\n\
reg [15:0] rq;\n\
always @(posedge clock) rq <= q[bank];\n",
        );
        for b in 0..SPRAM_BLOCKS {
            if b < blocks {
                code.push_str(&format!(
                    "SB_SPRAM256KA spram_{b}(.ADDRESS(a_r), .DATAIN(d_r), \
.MASKWREN(4'b1111), .WREN(wren_r[{b}]), .CHIPSELECT(cs_r[{b}]), .CLOCK(clock), \
.STANDBY(1'b0), .SLEEP(1'b0), .POWEROFF(1'b1), .DATAOUT(q[{b}]));\n"
                ));
            } else {
                code.push_str(&format!("assign q[{b}] = 16'd0;\n"));
            }
        }
        code.push_str("assign read_data = rq;\n");
        code
    }

    fn block_ram_verilog(&self) -> String {
        let banks = self._mem.len().div_ceil(BANK_WORDS);
        let mut code = String::from(
            "reg [13:0] a_r;\nreg [15:0] d_r;\nreg we_r;\nreg [1:0] bank_r;\nreg [3:0] wen_r;\n\
reg [1:0] bank_q;\nreg [1:0] bank_s;\nwire [15:0] r [0:3];\n\
initial begin\n   a_r = 0;\n   d_r = 0;\n   we_r = 0;\n   bank_r = 0;\n   wen_r = 0;\n   bank_q = 0;\n   bank_s = 0;\nend\n\
always @(posedge clock) begin\n\
   a_r <= address[13:0];\n   d_r <= write_data;\n   we_r <= write_enable;\n   bank_r <= address[15:14];\n\
   wen_r <= write_enable ? (4'd1 << address[15:14]) : 4'd0;\n\
   if (!we_r) bank_q <= bank_r;\n   bank_s <= bank_q;\nend\n",
        );
        for b in 0..4 {
            if b >= banks {
                code.push_str(&format!("assign r[{b}] = 16'd0;\n"));
                continue;
            }
            let last = (self._mem.len() - b * BANK_WORDS).min(BANK_WORDS) - 1;
            code.push_str(&format!(
                "reg [15:0] mem_{b} [0:{last}];\nreg [15:0] q_{b};\nreg [15:0] r_{b};\n\
integer k_{b};\ninitial begin\n   for (k_{b} = 0; k_{b} <= {last}; k_{b} = k_{b} + 1) mem_{b}[k_{b}] = 0;\n   q_{b} = 0;\n   r_{b} = 0;\nend\n\
always @(posedge clock) begin\n   if (wen_r[{b}]) mem_{b}[a_r] <= d_r;\n   if (!we_r) q_{b} <= mem_{b}[a_r];\n   r_{b} <= q_{b};\nend\n\
assign r[{b}] = r_{b};\n"
            ));
        }
        code.push_str("always @(*) read_data = r[bank_s];\n");
        code
    }
}

const SPRAM_BLACKBOX: &str = r#"
(* blackbox *)
module SB_SPRAM256KA(input [13:0] ADDRESS, input [15:0] DATAIN, input [3:0] MASKWREN,
    input WREN, input CHIPSELECT, input CLOCK, input STANDBY, input SLEEP,
    input POWEROFF, output [15:0] DATAOUT);
endmodule
"#;

impl Logic for WeightMemory {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            // the word registered behind the RAMs (read at the previous edge) moves out
            self.read_data.next = (self._q as u64).to_bits();
            let (a, data, write) = self._req;
            if write {
                if let Some(w) = self._mem.get_mut(a) {
                    *w = data;
                }
            } else {
                self._q = self._mem.get(a).copied().unwrap_or(0);
            }
            self._req = (
                self.address.val().index(),
                self.write_data.val().to_u16(),
                self.write_enable.val(),
            );
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        match self._kind {
            MemoryKind::Spram => Verilog::Wrapper(Wrapper {
                code: self.spram_verilog(),
                cores: SPRAM_BLACKBOX.into(),
            }),
            MemoryKind::BlockRam => Verilog::Custom(self.block_ram_verilog()),
        }
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "weight_memory".into(),
            clock: "clock".into(),
            inputs: vec!["address".into(), "write_data".into(), "write_enable".into()],
            outputs: vec!["read_data".into()],
        }]
    }
}
