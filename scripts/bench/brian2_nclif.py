#!/usr/bin/env python3
"""NC-LIF v1 (docs/model.md) in Brian2, with integer state variables and floor division,
on a network file written by `neurohost generate` (no STDP, no per-neuron overrides).

Usage: brian2_nclif.py NETWORK.toml INPUT.csv STEPS OUT.csv [--target numpy|cython|cpp_standalone]
Writes OUT.csv (step,neuron) and prints a JSON line with the wall times.

Timing in Brian2: a step is one dt. The neuron update of step t runs in the `end` slot of
step t, after the synapses slot has added the input spikes of step t (SpikeGeneratorGroup)
and the recurrent spikes emitted at step t (decided by the update of step t-1). A neuron
that crosses threshold in the update of step t sets `spiked`, which the threshold slot of
step t+1 turns into a spike event: the monitor's step minus one is the NC-LIF step.
"""
import csv
import json
import sys
import time
import tomllib
from pathlib import Path


def main():
    args = sys.argv[1:]
    target = "numpy"
    if "--target" in args:
        k = args.index("--target")
        target = args[k + 1]
        del args[k : k + 2]
    net_path, in_path, steps, out_path = Path(args[0]), Path(args[1]), int(args[2]), Path(args[3])
    t_import = time.perf_counter()
    import numpy as np
    import brian2 as b2

    if target == "cpp_standalone":
        b2.set_device("cpp_standalone", directory=str(out_path.parent / "brian2_standalone"), build_on_run=True)
    else:
        b2.prefs.codegen.target = target
    net = tomllib.loads(net_path.read_text())
    core, nrn = net["core"], net.get("neuron", {})
    if "override" in nrn or "stdp" in net:
        sys.exit("this benchmark model supports neither neuron overrides nor STDP")
    n_in, n = core["inputs"], core["neurons"]
    wscale = 1 << core.get("weight_shift", 0)
    p = {"syn_shift": 2, "mem_shift": 3, "bias": 0, "threshold": 200, "reset": "zero", "refractory": 2}
    p.update(nrn)

    src, tgt, wts = [], [], []
    with open(net_path.parent / net["synapses"]["file"]) as f:
        for row in csv.DictReader(f):
            src.append(int(row["source"]))
            tgt.append(int(row["target"]))
            wts.append(int(row["weight"]))
    src, tgt, wts = np.array(src), np.array(tgt), np.array(wts)
    ins, chans = [], []
    with open(in_path) as f:
        for row in csv.DictReader(f):
            ins.append(int(row["step"]))
            chans.append(int(row["channel"]))

    t_build = time.perf_counter()
    b2.defaultclock.dt = 1 * b2.ms
    b2.start_scope()
    eqs = """
    i_syn : integer
    v : integer
    refr : integer
    a : integer
    spiked : integer
    """
    G = b2.NeuronGroup(n, eqs, threshold="spiked == 1", reset="", method="exact")
    G.run_regularly(
        f"""
        i_syn = clip(i_syn - i_syn // {1 << p['syn_shift']} + a, -32768, 32767)
        a = 0
        free = int(refr == 0)
        vn = clip(v - v // {1 << p['mem_shift']} + i_syn + {p['bias']}, -32768, 32767)
        fire = free * int(vn >= {p['threshold']})
        v = (1 - free) * v + free * (1 - fire) * vn + fire * {1 if p['reset'] == 'subtract' else 0} * (vn - {p['threshold']})
        refr = (1 - free) * (refr - 1) + fire * {p['refractory']}
        spiked = fire
        """,
        when="end",
    )
    inp = b2.SpikeGeneratorGroup(n_in, np.array(chans, dtype=int), np.array(ins) * b2.ms)
    S_in = b2.Synapses(inp, G, "w : integer (constant)", on_pre=f"a_post += w * {wscale}")
    S_rec = b2.Synapses(G, G, "w : integer (constant)", on_pre=f"a_post += w * {wscale}")
    m_in = src < n_in
    S_in.connect(i=src[m_in], j=tgt[m_in])
    S_in.w = wts[m_in]
    S_rec.connect(i=src[~m_in] - n_in, j=tgt[~m_in])
    S_rec.w = wts[~m_in]
    mon = b2.SpikeMonitor(G)
    t_run = time.perf_counter()
    b2.run((steps + 1) * b2.ms)
    t_done = time.perf_counter()
    # Standalone: run() also generates and compiles C++; its own run time is recorded apart.
    run_s = b2.device._last_run_time if target == "cpp_standalone" else t_done - t_run
    st = np.round(np.asarray(mon.t / b2.ms)).astype(int) - 1
    ix = np.asarray(mon.i)
    order = np.lexsort((ix, st))
    with open(out_path, "w") as f:
        f.write("step,neuron\n")
        for k in order:
            if st[k] < steps:
                f.write(f"{st[k]},{ix[k]}\n")
    print(json.dumps({
        "target": target,
        "import_s": round(t_build - t_import, 3),
        "build_s": round(t_run - t_build, 3),
        "run_s": round(run_s, 4),
        "total_s": round(t_done - t_import, 3),
        "spikes": int((st < steps).sum()),
    }))


if __name__ == "__main__":
    main()
