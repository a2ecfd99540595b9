//! `WeightMemory` (block RAM kind) with three 16K-word banks, as the ULX3S cores use it:
//! random seeded reads and writes over every bank against a reference of its documented
//! behaviour (a read's word `READ_LATENCY` cycles later, the output held after a write),
//! then the recorded run replayed on the generated Verilog in Icarus Verilog.

mod common;

use common::{icarus_replay, pack, Bench};
use neurocore::weight_memory::{WeightMemory, BANK_WORDS, READ_LATENCY};
use neurocore::MemoryKind;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_hdl::prelude::*;

const INPUTS: [(&str, usize); 3] = [("address", 16), ("write_data", 16), ("write_enable", 1)];
const OUTPUTS: [(&str, usize); 1] = [("read_data", 16)];

#[test]
fn three_banks_match_reference_and_verilog() {
    let depth = 2 * BANK_WORDS + 7000;
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut b = Bench::new(
        "weight_memory_banks",
        WeightMemory::new(MemoryKind::BlockRam, depth).expect("size"),
        |u| &mut u.clock,
    );
    let mut reference = vec![0u16; depth];
    // result[k]: what request k leaves on `read_data` (a write leaves the previous word)
    let mut result: Vec<u16> = Vec::new();
    let mut trace = Vec::new();
    // a few hot addresses per bank, so reads often find words written shortly before
    let hot: Vec<usize> = (0..12)
        .map(|i| (i % 3) * BANK_WORDS + rng.gen_range(0..7000))
        .collect();
    for t in 0..6000usize {
        let a = if rng.gen_bool(0.5) {
            hot[rng.gen_range(0..hot.len())]
        } else {
            rng.gen_range(0..depth)
        };
        let write = rng.gen_bool(0.4);
        let data: u16 = rng.gen();
        b.uut.address.next = (a as u64).to_bits();
        b.uut.write_data.next = (data as u64).to_bits();
        b.uut.write_enable.next = write;
        let previous = result.last().copied().unwrap_or(0);
        if write {
            reference[a] = data;
            result.push(previous);
        } else {
            result.push(reference[a]);
        }
        let inputs = pack(&[(a as u64, 16), (data as u64, 16), (write as u64, 1)]);
        b.tick();
        let got = b.uut.read_data.val().to_u16();
        trace.push((inputs, got as u128));
        // after the edge that ends cycle t, `read_data` shows request t + 1 - READ_LATENCY
        if t + 1 >= READ_LATENCY {
            let k = t + 1 - READ_LATENCY;
            assert_eq!(
                got,
                result[k],
                "cycle {}: read_data: model {got:#06x}, reference {:#06x} (request {k})",
                t + 1,
                result[k]
            );
        }
    }
    if std::process::Command::new("iverilog")
        .arg("-V")
        .output()
        .is_err()
    {
        eprintln!(
            "NOTICE: iverilog not found (apt-get install iverilog): skipping the Verilog replay"
        );
        return;
    }
    let mut mem = WeightMemory::new(MemoryKind::BlockRam, depth).expect("size");
    mem.connect_all();
    icarus_replay(
        "weight-memory",
        &generate_verilog(&mem),
        &INPUTS,
        &OUTPUTS,
        &trace,
    );
}
