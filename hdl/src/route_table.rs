//! `RouteTable`: the routing side of one source core in a [`crate::neuro_system`]: the
//! list of the core's spikes of the current step and its routing table (control region
//! 0x7), both in block RAM.
//!
//! - Spike list (`neurons` words of [`NEURON_BITS`]): `new_step` empties it; every
//!   `spike_valid`/`spike_n` of the core's LIF pass is appended; `count` is the number of
//!   spikes listed.
//! - Routing table ([`ROUTE_SLOTS`]` * neurons` words of 16 bit, word `n * ROUTE_SLOTS + k`
//!   is slot `k` of neuron `n`, layout of [`neurosim::system::Route::word`]).
//! - Walk (latency 4): with `walking` high, `walk_idx` = i in a cycle reads the spike list
//!   at i; the neuron read is registered; in the cycle after that (`walk_slot` then
//!   carries the slot k of two cycles earlier) the table word of that neuron and slot is
//!   read; the word is registered and `route_word` shows it two cycles later (no RAM
//!   output drives logic).
//! - Control (while not walking, latency 2): `ctrl_idx` addresses the table for reads
//!   (`route_word` two cycles later); `ctrl_write` writes `ctrl_wdata` at `ctrl_idx`
//!   (indices beyond the table are ignored).

use crate::control_map::NEURON_BITS;
use crate::sync_ram::SyncRam;
use neurosim::system::ROUTE_SLOTS;
use rust_hdl::prelude::*;

/// Bits of a slot index (`ROUTE_SLOTS` = 2).
pub const SLOT_BITS: usize = 1;
const _: () = assert!(ROUTE_SLOTS == 1 << SLOT_BITS);

/// Bits of a routing-table index.
pub const ROUTE_BITS: usize = NEURON_BITS + SLOT_BITS;

/// Spike list and routing table of one source core.
#[derive(LogicBlock)]
pub struct RouteTable {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// A step begins: empty the spike list.
    pub new_step: Signal<In, Bit>,
    /// The core's neuron `spike_n` spiked.
    pub spike_valid: Signal<In, Bit>,
    /// The neuron.
    pub spike_n: Signal<In, Bits<NEURON_BITS>>,
    /// Spikes listed in this step.
    pub count: Signal<Out, Bits<16>>,
    /// The router walks the list (the table's read port follows the list).
    pub walking: Signal<In, Bit>,
    /// Spike-list index read.
    pub walk_idx: Signal<In, Bits<NEURON_BITS>>,
    /// Slot of the spike read two cycles earlier.
    pub walk_slot: Signal<In, Bits<SLOT_BITS>>,
    /// Table word read (walk or control).
    pub route_word: Signal<Out, Bits<16>>,
    /// Control: table index.
    pub ctrl_idx: Signal<In, Bits<16>>,
    /// Control: data written.
    pub ctrl_wdata: Signal<In, Bits<16>>,
    /// Control: write strobe.
    pub ctrl_write: Signal<In, Bit>,
    words: Constant<Bits<16>>,
    list: SyncRam<Bits<NEURON_BITS>, NEURON_BITS>,
    routes: SyncRam<Bits<16>, ROUTE_BITS>,
    cnt: DFF<Bits<16>>,
    word: DFF<Bits<16>>,
    listed: DFF<Bits<NEURON_BITS>>,
}

impl RouteTable {
    /// The spike list and routing table of a core of `neurons` neurons.
    pub fn new(neurons: usize) -> Result<Self, String> {
        if neurons == 0 || neurons > 1 << NEURON_BITS {
            return Err(format!(
                "neurons = {neurons} is out of range 1..={}",
                1 << NEURON_BITS
            ));
        }
        Ok(Self {
            clock: Default::default(),
            new_step: Default::default(),
            spike_valid: Default::default(),
            spike_n: Default::default(),
            count: Default::default(),
            walking: Default::default(),
            walk_idx: Default::default(),
            walk_slot: Default::default(),
            route_word: Default::default(),
            ctrl_idx: Default::default(),
            ctrl_wdata: Default::default(),
            ctrl_write: Default::default(),
            words: Constant::new(((neurons * ROUTE_SLOTS) as u64).to_bits()),
            list: SyncRam::new(neurons),
            routes: SyncRam::new(neurons * ROUTE_SLOTS),
            cnt: Default::default(),
            word: Default::default(),
            listed: Default::default(),
        })
    }

    /// The routing table (test harness back door).
    pub fn words(&self) -> Vec<u16> {
        self.routes.contents().iter().map(|w| w.to_u16()).collect()
    }
}

impl Logic for RouteTable {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cnt, word, listed);
        clock!(self, clock, list, routes);
        // every read port reads every cycle
        self.list.read_enable.next = true;
        self.routes.read_enable.next = true;
        self.count.next = self.cnt.q.val();
        self.list.write_address.next = self.cnt.q.val().get_bits::<NEURON_BITS>(0);
        self.list.write_data.next = self.spike_n.val();
        self.list.write_enable.next = self.spike_valid.val();
        if self.spike_valid.val() {
            self.cnt.d.next = self.cnt.q.val() + 1;
        }
        if self.new_step.val() {
            self.cnt.d.next = 0.into();
        }
        self.list.read_address.next = self.walk_idx.val();
        self.listed.d.next = self.list.read_data.val();
        self.routes.read_address.next = self.ctrl_idx.val().get_bits::<ROUTE_BITS>(0);
        if self.walking.val() {
            self.routes.read_address.next =
                (bit_cast::<ROUTE_BITS, NEURON_BITS>(self.listed.q.val()) << 1)
                    | bit_cast::<ROUTE_BITS, SLOT_BITS>(self.walk_slot.val());
        }
        self.word.d.next = self.routes.read_data.val();
        self.route_word.next = self.word.q.val();
        self.routes.write_address.next = self.ctrl_idx.val().get_bits::<ROUTE_BITS>(0);
        self.routes.write_data.next = self.ctrl_wdata.val();
        self.routes.write_enable.next =
            self.ctrl_write.val() & (self.ctrl_idx.val() < self.words.val());
    }
}
