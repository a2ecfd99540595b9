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
//! Latency: 1 cycle. In a cycle with `write_enable` high the word is written and
//! `read_data` keeps its value (no read); otherwise `read_data` gets `mem[address]`.

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
    /// Word address (read or written at the next rising edge).
    pub address: Signal<In, Bits<16>>,
    /// Word to write.
    pub write_data: Signal<In, Bits<16>>,
    /// Write strobe (no read in that cycle).
    pub write_enable: Signal<In, Bit>,
    /// Word read at the last rising edge without a write.
    pub read_data: Signal<Out, Bits<16>>,
    _kind: MemoryKind,
    _mem: Vec<u16>,
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
        let mut code = String::from("wire [15:0] q [0:3];\nreg [1:0] bank;\n");
        code.push_str("always @(posedge clock) if (!write_enable) bank <= address[15:14];\n");
        for b in 0..SPRAM_BLOCKS {
            if b < blocks {
                code.push_str(&format!(
                    "SB_SPRAM256KA spram_{b}(.ADDRESS(address[13:0]), .DATAIN(write_data), \
.MASKWREN(4'b1111), .WREN(write_enable && (address[15:14] == 2'd{b})), \
.CHIPSELECT(address[15:14] == 2'd{b}), .CLOCK(clock), .STANDBY(1'b0), \
.SLEEP(1'b0), .POWEROFF(1'b1), .DATAOUT(q[{b}]));\n"
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
            let a = self.address.val().index();
            if self.write_enable.val() {
                if let Some(w) = self._mem.get_mut(a) {
                    *w = self.write_data.val().to_u16();
                }
            } else {
                let w = self._mem.get(a).copied().unwrap_or(0);
                self.read_data.next = (w as u64).to_bits();
            }
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
integer k;
initial begin
   for (k = 0; k <= {last}; k = k + 1) mem[k] = 0;
   read_data = 0;
end

always @(posedge clock) begin
   if (write_enable) mem[address] <= write_data;
   else read_data <= mem[address];
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
