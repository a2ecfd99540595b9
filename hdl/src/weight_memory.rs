//! `WeightMemory`: the single-port synaptic weight store, 16-bit words holding two signed
//! 8-bit weights (`{w[s][2m+1], w[s][2m]}`), addressed by a 16-bit word address.
//!
//! Two kinds, chosen at construction ([`MemoryKind`]):
//! - [`MemoryKind::Spram`]: one to four iCE40 UP5K `SB_SPRAM256KA` (16K x 16 bit each)
//!   side by side, bank = `address[15:14]`. SPRAM is a hard block that rust-hdl does not
//!   know: the Verilog instantiates it as a black box and [`Logic::update`] is its
//!   behavioural model. SPRAM cannot be initialised from the bitstream, so the weights are
//!   loaded through the control port after configuration.
//! - [`MemoryKind::BlockRam`]: an inferred single-port block RAM (any FPGA), zero-initialised.
//!
//! Latency: 2 cycles. `address`, `write_data` and `write_enable` are registered (so the
//! RAM sees them straight from flip-flops, with the per-block strobes decoded before that
//! register); in the cycle after a request with `write_enable` high the word is written
//! and `read_data` keeps its value (no read); otherwise `read_data` gets `mem[address]`
//! at the end of the cycle after the request.

use rust_hdl::prelude::*;

/// Words in one SB_SPRAM256KA.
pub const SPRAM_WORDS: usize = 16384;
/// SB_SPRAM256KA blocks on an iCE40 UP5K.
pub const SPRAM_BLOCKS: usize = 4;

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
    /// Word read for the request two cycles earlier (held after a write request).
    pub read_data: Signal<Out, Bits<16>>,
    _kind: MemoryKind,
    _mem: Vec<u16>,
    _req: (usize, u16, bool),
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
always @(posedge clock) if (!we_r) bank <= bank_r;\n",
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
        code.push_str("assign read_data = q[bank];\n");
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
            let (a, data, write) = self._req;
            if write {
                if let Some(w) = self._mem.get_mut(a) {
                    *w = data;
                }
            } else {
                let w = self._mem.get(a).copied().unwrap_or(0);
                self.read_data.next = (w as u64).to_bits();
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
            MemoryKind::BlockRam => Verilog::Custom(format!(
                "\
reg [15:0] mem [0:{last}];
reg [15:0] a_r;
reg [15:0] d_r;
reg we_r;
integer k;
initial begin
   for (k = 0; k <= {last}; k = k + 1) mem[k] = 0;
   read_data = 0;
   a_r = 0;
   d_r = 0;
   we_r = 0;
end

always @(posedge clock) begin
   a_r <= address;
   d_r <= write_data;
   we_r <= write_enable;
   if (we_r) mem[a_r] <= d_r;
   else read_data <= mem[a_r];
end
",
                last = self._mem.len() - 1
            )),
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
