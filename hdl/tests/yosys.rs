//! Every block's generated Verilog passes yosys `read_verilog` + `synth -run begin:fine`.
//! Skipped with a notice when yosys is not installed (CI installs it).

use neurocore::lif_pipeline::LifPipeline;
use neurocore::spike_queue::SpikeQueue;
use neurocore::spike_router::SpikeRouter;
use neurocore::step_controller::StepController;
use neurocore::synapse_unit::SynapseUnit;
use neurocore::weight_memory::WeightMemory;
use neurocore::{MemoryKind, NeuroCore, NeuroCoreConfig};
use rust_hdl::prelude::*;
use std::process::Command;

fn yosys_present() -> bool {
    Command::new("yosys").arg("-V").output().is_ok()
}

fn check<B: Block>(name: &str, mut uut: B) {
    if !yosys_present() {
        eprintln!("NOTICE: yosys not found, skipping the Verilog check of {name}");
        return;
    }
    uut.connect_all();
    let verilog = generate_verilog(&uut);
    let dir = std::env::temp_dir().join(format!("neurocore_yosys_{name}_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("top.v");
    std::fs::write(&file, verilog).expect("write Verilog");
    let out = Command::new("yosys")
        .arg("-q")
        .arg("-p")
        .arg("read_verilog top.v; hierarchy -check -top top; synth -top top -run begin:fine")
        .current_dir(&dir)
        .output()
        .expect("run yosys");
    let log = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && !log.contains("ERROR"),
        "yosys rejected {name} ({}):\n{log}",
        file.display()
    );
    for bad in [
        "Latch inferred",
        "is used but has no driver",
        "implicitly declared",
    ] {
        assert!(!log.contains(bad), "yosys on {name}: {bad}\n{log}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn blocks_pass_yosys() {
    check(
        "sync_ram",
        neurocore::sync_ram::SyncRam::<Bits<16>, 8>::new(200),
    );
    check(
        "weight_memory_spram",
        WeightMemory::new(MemoryKind::Spram, 65536).expect("size"),
    );
    check(
        "weight_memory_bram",
        WeightMemory::new(MemoryKind::BlockRam, 1024).expect("size"),
    );
    check("lif_pipeline", LifPipeline::new(256).expect("size"));
    check(
        "synapse_unit",
        SynapseUnit::new(MemoryKind::Spram, 256, 512).expect("size"),
    );
    check("spike_queue", SpikeQueue::new(256).expect("size"));
    check("spike_router", SpikeRouter::new(256, 256).expect("size"));
    check("step_controller", StepController::new(512));
    check("stdp_unit", neurocore::stdp_unit::StdpUnit::new(256, 512));
    check(
        "route_table",
        neurocore::route_table::RouteTable::new(256).expect("size"),
    );
}

#[test]
fn neurocore_up5k_passes_yosys() {
    check(
        "neurocore_up5k",
        NeuroCore::new(NeuroCoreConfig::up5k()).expect("config"),
    );
}

#[test]
fn neurocore_small_bram_passes_yosys() {
    let cfg = NeuroCoreConfig {
        inputs: 20,
        neurons: 13,
        memory: MemoryKind::BlockRam,
    };
    check("neurocore_small", NeuroCore::new(cfg).expect("config"));
}

#[test]
fn neuro_system_passes_yosys() {
    let core = NeuroCoreConfig {
        inputs: 20,
        neurons: 13,
        memory: MemoryKind::BlockRam,
    };
    check(
        "neuro_system",
        neurocore::NeuroSystem::new(neurocore::NeuroSystemConfig { cores: 3, core })
            .expect("config"),
    );
}
