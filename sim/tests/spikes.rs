//! Spike CSV reading: order-free rows, every bad row named.

use neurosim::spikes::{parse_spikes, write_spikes};

#[test]
fn reads_unsorted_rows_into_steps() {
    let s = parse_spikes("step,channel\n2,5\n0,1\n2,0\n", "in.csv", "channel", 8, 4).unwrap();
    assert_eq!(s, vec![vec![1], vec![], vec![0, 5], vec![]]);
}

#[test]
fn errors_name_file_and_line() {
    let cases = [
        (
            "step,channel\n0,1\n0,1\n",
            "in.csv:3: duplicate spike step 0, channel 1 (also on line 2)",
        ),
        (
            "step,channel\n4,1\n",
            "in.csv:2: step = 4 is outside the run (0..=3, 4 steps)",
        ),
        (
            "step,channel\n1,8\n",
            "in.csv:2: channel = 8 is out of range 0..=7",
        ),
        (
            "step,chan\n",
            "in.csv:1: header is `step,chan`, expected `step,channel`",
        ),
        (
            "step,channel\n-1,2\n",
            "in.csv:2: step = -1 is outside the run",
        ),
        ("", "in.csv: empty file"),
    ];
    for (text, want) in cases {
        let e = parse_spikes(text, "in.csv", "channel", 8, 4).unwrap_err();
        assert!(e.starts_with(want), "{e}\n  should start with: {want}");
    }
}

#[test]
fn write_then_read_round_trips() {
    let spikes = vec![vec![0, 3], vec![], vec![7]];
    let mut buf = b"step,neuron\n".to_vec();
    write_spikes(&mut buf, 0, &spikes).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert_eq!(text, "step,neuron\n0,0\n0,3\n2,7\n");
    assert_eq!(
        parse_spikes(&text, "o.csv", "neuron", 8, 3).unwrap(),
        spikes
    );
}
