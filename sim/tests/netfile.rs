//! The network file reader: every error names the place and the allowed range;
//! a saved network reads back identical.

use std::path::Path;

use neurosim::gen::{network, NetSpec};
use neurosim::netfile::{load, parse, save};
use neurosim::{NeuronParams, Reset};

const GOOD: &str = r#"
[core]
inputs = 4
neurons = 6
weight_shift = 4

[neuron]
syn_shift = 1
mem_shift = 5
bias = -3
threshold = 300
reset = "subtract"
refractory = 4

[[neuron.override]]
first = 2
count = 3
threshold = 150
reset = "zero"

[synapses]
weights = [[0, 3, 57], [9, 2, -20]]

[stdp]
w_min = -30
w_max = 100
plastic = [[0, 2], [9, 1]]
"#;

fn err(text: &str) -> String {
    match parse(text, "net.toml", Path::new(".")) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(e) => e.0,
    }
}

#[test]
fn reads_every_section() {
    let net = parse(GOOD, "net.toml", Path::new(".")).expect("valid");
    assert_eq!((net.inputs, net.neurons, net.weight_shift), (4, 6, 4));
    let base = NeuronParams {
        syn_shift: 1,
        mem_shift: 5,
        bias: -3,
        threshold: 300,
        reset: Reset::Subtract,
        refractory: 4,
    };
    let over = NeuronParams {
        threshold: 150,
        reset: Reset::Zero,
        ..base
    };
    assert_eq!(net.params, vec![base, base, over, over, over, base]);
    assert_eq!(net.weight(0, 3), 57);
    assert_eq!(net.weight(9, 2), -20);
    assert_eq!(net.weights.iter().filter(|&&w| w != 0).count(), 2);
    let stdp = net.stdp.expect("stdp");
    assert_eq!((stdp.params.w_min, stdp.params.w_max), (-30, 100));
    let plastic: Vec<usize> = (0..10).filter(|&s| stdp.plastic[s]).collect();
    assert_eq!(plastic, vec![0, 1, 9]);
}

#[test]
fn out_of_range_names_key_range_and_position() {
    let e = err(&GOOD.replace("threshold = 300", "threshold = 40000"));
    assert_eq!(
        e,
        "net.toml:11:13: neuron.threshold = 40000 is out of range 1..=32767"
    );
    let e = err(&GOOD.replace("weight_shift = 4", "weight_shift = 8"));
    assert_eq!(
        e,
        "net.toml:5:16: core.weight_shift = 8 is out of range 0..=7"
    );
    let e = err(&GOOD.replace("[9, 2, -20]", "[9, 2, -200]"));
    assert!(
        e.contains("synapses.weights[1] weight = -200 is out of range -128..=127"),
        "{e}"
    );
    let e = err(&GOOD.replace("[0, 3, 57]", "[10, 3, 57]"));
    assert!(
        e.contains("synapses.weights[0] source = 10 is out of range 0..=9"),
        "{e}"
    );
    let e = err(&GOOD.replace("count = 3", "count = 5"));
    assert!(
        e.contains("neuron.override[0].count = 5 is out of range 1..=4"),
        "{e}"
    );
    let e = err(&GOOD.replace("w_max = 100", "w_max = -40"));
    assert!(
        e.contains("stdp.w_min = -30 is greater than stdp.w_max = -40"),
        "{e}"
    );
    let e = err(&GOOD.replace("reset = \"zero\"", "reset = \"half\""));
    assert!(
        e.contains("neuron.override[0].reset = \"half\" is not one of"),
        "{e}"
    );
}

#[test]
fn unknown_keys_and_syntax_errors_have_line_and_column() {
    let e = err(&GOOD.replace("bias = -3", "bias = -3\ntreshold = 5"));
    assert!(
        e.starts_with("net.toml:11:1: unknown field `treshold`"),
        "{e}"
    );
    let e = err(&GOOD.replace("bias = -3", "bias = = -3"));
    assert!(e.starts_with("net.toml:10:"), "{e}");
    let e = err("[core]\ninputs = 4\n");
    assert!(e.contains("missing field `neurons`"), "{e}");
}

#[test]
fn plastic_weights_outside_limits_and_duplicates_are_errors() {
    let e = err(&GOOD.replace("[0, 3, 57]", "[0, 3, 120]"));
    assert!(
        e.contains("plastic synapse 0 -> 3 has weight 120, outside"),
        "{e}"
    );
    let e = err(&GOOD.replace("[9, 2, -20]", "[0, 3, 5]"));
    assert!(
        e.contains("duplicate synapse 0 -> 3 (first given at net.toml:"),
        "{e}"
    );
}

#[test]
fn weight_csv_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("neurosim-netfile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let toml = "[core]\ninputs = 2\nneurons = 2\n[synapses]\nfile = \"w.csv\"\n";
    std::fs::write(dir.join("net.toml"), toml).unwrap();
    let cases = [
        (
            "source,target,weight\n0,1,5\n4,0,1\n",
            "w.csv:3: source = 4 is out of range 0..=3",
        ),
        (
            "source,target,weight\n0,1,5\n\n0,1,7\n",
            "w.csv:4: duplicate synapse 0 -> 1 (first given at",
        ),
        (
            "src,target,weight\n",
            "w.csv:1: header is `src,target,weight`, expected `source,target,weight`",
        ),
        (
            "source,target,weight\n1,1,x\n",
            "w.csv:2: weight \"x\" is not an integer",
        ),
        ("source,target,weight\n1,1\n", "w.csv:2: expected 3 fields"),
    ];
    for (csv, want) in cases {
        std::fs::write(dir.join("w.csv"), csv).unwrap();
        let e = load(&dir.join("net.toml")).expect_err(csv).0;
        assert!(e.contains(want), "{e}\n  should contain: {want}");
    }
    std::fs::write(dir.join("w.csv"), "source,target,weight\n3,1,-9\n").unwrap();
    let net = load(&dir.join("net.toml")).unwrap();
    assert_eq!(net.weight(3, 1), -9);
    std::fs::remove_file(dir.join("w.csv")).unwrap();
    let e = load(&dir.join("net.toml")).unwrap_err().0;
    assert!(
        e.contains("net.toml:5:8: synapses.file: cannot read"),
        "{e}"
    );
}

#[test]
fn save_then_load_is_identity() {
    let dir = std::env::temp_dir().join(format!("neurosim-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for seed in 0..6 {
        let spec = NetSpec {
            inputs: 7 + seed as usize,
            neurons: 11,
            connectivity: 0.4,
            input_weights: (-128, 127),
            recurrent_weights: (-128, 127),
            weight_shift: 3,
            random_params: true,
            threshold: 0,
            stdp: seed % 2 == 0,
        };
        let net = network(&spec, seed);
        let path = dir.join(format!("n{seed}.toml"));
        save(&net, &path).unwrap();
        assert_eq!(load(&path).unwrap(), net, "seed {seed}");
    }
}
