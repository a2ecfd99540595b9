//! `neurohost simulate`, `generate` and `stdp-window` as a user runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

use neurosim::gen::poisson_inputs;
use neurosim::Core;

fn neurohost(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_neurohost"))
        .args(args)
        .output()
        .expect("neurohost runs")
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("neurohost-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn simulate_writes_golden_spikes_and_trace() {
    let d = tmp("sim");
    let gen = neurohost(&[
        "generate",
        "--inputs",
        "64",
        "--neurons",
        "48",
        "--connectivity",
        "0.2",
        "--rate-hz",
        "40",
        "--steps",
        "300",
        "--seed",
        "5",
        "--out-dir",
        s(&d),
    ]);
    assert!(
        gen.status.success(),
        "{}",
        String::from_utf8_lossy(&gen.stderr)
    );
    let (net_p, in_p, out_p, tr_p) = (
        d.join("network.toml"),
        d.join("input.csv"),
        d.join("out.csv"),
        d.join("trace.csv"),
    );
    let run = neurohost(&[
        "simulate",
        "--network",
        s(&net_p),
        "--input",
        s(&in_p),
        "--steps",
        "300",
        "--out",
        s(&out_p),
        "--trace",
        s(&tr_p),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    // The same run, in process, on the golden model.
    let net = neurosim::netfile::load(&net_p).unwrap();
    let inputs = poisson_inputs(64, 300, 0.04, 5);
    assert_eq!(
        neurosim::spikes::read_inputs(&in_p, 64, 300).unwrap(),
        inputs
    );
    let mut core = Core::new(net).unwrap();
    let mut want_out = String::from("step,neuron\n");
    let mut want_trace = String::from("step,neuron,i,v\n");
    for (t, inp) in inputs.iter().enumerate() {
        for n in core.step(inp).unwrap() {
            want_out += &format!("{t},{n}\n");
        }
        for (n, st) in core.state().iter().enumerate() {
            want_trace += &format!("{t},{n},{},{}\n", st.i, st.v);
        }
    }
    let got = std::fs::read_to_string(&out_p).unwrap();
    assert!(
        got.lines().count() > 50,
        "too few spikes to mean anything: {}",
        got.lines().count()
    );
    assert_eq!(got, want_out);
    assert_eq!(std::fs::read_to_string(&tr_p).unwrap(), want_trace);
}

/// `--port` runs the same simulation on a board: here the protocol-level board model behind
/// a pseudo-terminal. The output file is identical to the embedded run's.
#[test]
fn simulate_on_a_board_port_writes_the_same_file() {
    use serialport::{SerialPort, TTYPort};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let d = tmp("port");
    let gen = neurohost(&[
        "generate",
        "--inputs",
        "24",
        "--neurons",
        "20",
        "--connectivity",
        "0.3",
        "--rate-hz",
        "80",
        "--steps",
        "400",
        "--seed",
        "9",
        "--out-dir",
        s(&d),
    ]);
    assert!(gen.status.success());
    let (net_p, in_p) = (d.join("network.toml"), d.join("input.csv"));
    let (emb_p, port_p) = (d.join("embedded.csv"), d.join("board.csv"));
    let common = [
        "--network",
        s(&net_p),
        "--input",
        s(&in_p),
        "--steps",
        "400",
    ];

    let (mut master, slave) = TTYPort::pair().expect("pty pair");
    master
        .set_timeout(std::time::Duration::from_millis(5))
        .unwrap();
    let path = slave.name().expect("pty name");
    let stop = Arc::new(AtomicBool::new(false));
    let st = stop.clone();
    let server = std::thread::spawn(move || {
        let mut model = neurohost::board_model::BoardModel::new(24, 20).unwrap();
        let _ = model.serve(&mut master, &st);
    });

    let mut args = vec!["simulate", "--out", s(&emb_p)];
    args.extend(common);
    assert!(neurohost(&args).status.success());
    let mut args = vec!["simulate", "--out", s(&port_p), "--port", &path];
    args.extend(common);
    let r = neurohost(&args);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    stop.store(true, Ordering::Relaxed);
    server.join().unwrap();
    drop(slave);
    let (a, b) = (
        std::fs::read(&emb_p).unwrap(),
        std::fs::read(&port_p).unwrap(),
    );
    assert!(a.len() > 200, "too few spikes to mean anything");
    assert_eq!(a, b, "board output differs from the embedded run");
}

#[test]
fn simulate_reports_a_missing_port() {
    let d = tmp("noport");
    std::fs::write(d.join("n.toml"), "[core]\ninputs = 2\nneurons = 2\n").unwrap();
    let out = d.join("o.csv");
    let r = neurohost(&[
        "simulate",
        "--network",
        s(&d.join("n.toml")),
        "--steps",
        "3",
        "--out",
        s(&out),
        "--port",
        "/dev/neurotwin-no-such-port",
    ]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("/dev/neurotwin-no-such-port"), "{err}");
}

#[test]
fn simulate_reports_bad_files_clearly() {
    let d = tmp("bad");
    let net = d.join("net.toml");
    std::fs::write(
        &net,
        "[core]\ninputs = 2\nneurons = 2\n[neuron]\nthreshold = 0\n",
    )
    .unwrap();
    let out = d.join("o.csv");
    let r = neurohost(&[
        "simulate",
        "--network",
        s(&net),
        "--steps",
        "5",
        "--out",
        s(&out),
    ]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("net.toml:5:13: neuron.threshold = 0 is out of range 1..=32767"),
        "{err}"
    );

    std::fs::write(&net, "[core]\ninputs = 2\nneurons = 2\n").unwrap();
    let inp = d.join("in.csv");
    std::fs::write(&inp, "step,channel\n0,1\n7,0\n").unwrap();
    let r = neurohost(&[
        "simulate",
        "--network",
        s(&net),
        "--input",
        s(&inp),
        "--steps",
        "5",
        "--out",
        s(&out),
    ]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("in.csv:3: step = 7 is outside the run (0..=4, 5 steps)"),
        "{err}"
    );
}

#[test]
fn stdp_window_is_asymmetric_and_decays() {
    let r = neurohost(&["stdp-window"]);
    assert!(r.status.success());
    let text = String::from_utf8(r.stdout).unwrap();
    let dw: Vec<(i32, i32)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("dt"))
        .map(|l| {
            let cols: Vec<&str> = l.split([',', ' ']).collect();
            (cols[0].parse().unwrap(), cols[1].parse().unwrap())
        })
        .collect();
    assert_eq!(dw.len(), 41);
    assert_eq!(dw.first().unwrap().0, -20);
    let at = |dt: i32| dw[(dt + 20) as usize].1;
    assert_eq!(at(0), 0, "simultaneous pre/post changes nothing");
    for dt in 1..=20 {
        assert!(at(dt) >= 0, "potentiation for pre-before-post, dt {dt}");
        assert!(at(-dt) <= 0, "depression for post-before-pre, dt {dt}");
        if dt < 20 {
            assert!(at(dt + 1) <= at(dt), "potentiation decays with dt ({dt})");
            assert!(at(-dt - 1) >= at(-dt), "depression decays with |dt| ({dt})");
        }
    }
    assert!(at(1) > 0 && at(-1) < 0);
    assert!(at(1) > at(5) && at(-1) < at(-5), "exponential-like decay");
    assert_eq!(at(20), 0);
    assert_eq!(at(-20), 0);
    // Asymmetric: the two lobes differ in peak and in reach.
    assert_ne!(at(1), -at(-1));
    let reach = |sign: i32| (1..=20).filter(|&d| at(sign * d) != 0).count();
    assert!(
        reach(-1) > reach(1),
        "depression reaches further than potentiation"
    );
}
