#!/usr/bin/env python3
"""Drive the side-by-side benchmarks and print a Markdown table (called by scripts/bench.sh)."""
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEUROHOST = ROOT / "target" / "release" / "neurohost"
BRIAN = Path(__file__).with_name("brian2_nclif.py")


def run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True, **kw)


def ours(net, inp, steps, out, repeats):
    """Best-of-N wall time of the whole command, and the simulation time it reports."""
    best_wall, best_sim = None, None
    for _ in range(repeats):
        t = time.perf_counter()
        r = run([NEUROHOST, "simulate", "--network", net, "--input", inp, "--steps", steps, "--out", out])
        wall = time.perf_counter() - t
        sim = float(re.search(r"([0-9.]+) s$", r.stderr.strip()).group(1))
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_sim = sim if best_sim is None else min(best_sim, sim)
    return best_wall, best_sim


def brian(net, inp, steps, out, target):
    r = run([sys.executable, BRIAN, net, inp, steps, out, "--target", target])
    return json.loads(r.stdout.strip().splitlines()[-1])


def closed_loop(d, repeats):
    """Wall time of the patient-twin examples on the embedded backend (best of N)."""
    print("## Closed loop (neurohost run, embedded backend)\n")
    print("| experiment | simulated time | NeuroCore steps | wall s (best of %d) | faster than real time |" % repeats)
    print("|---|---|---|---|---|")
    for name in ["ssri_10day", "ssri_8week", "levetiracetam"]:
        toml = ROOT / "examples" / f"{name}.toml"
        best = None
        for _ in range(repeats):
            t = time.perf_counter()
            run([NEUROHOST, "run", "--quiet", "--out", d / name, toml])
            w = time.perf_counter() - t
            best = w if best is None else min(best, w)
        summary = json.loads((d / name / "summary.json").read_text())
        days = summary.get("duration_days")
        steps = summary.get("steps", "–")
        ratio = f"{days * 86400 / best:,.0f}×" if isinstance(days, (int, float)) else "–"
        print(f"| {name} | {days} days | {steps} | {best:.3f} | {ratio} |")


def main():
    quick = "--quick" in sys.argv
    n, conn, steps, rate = (256, 0.1, 1000, 10) if quick else (1024, 0.1, 10000, 10)
    d = Path(tempfile.mkdtemp(prefix="neurotwin-bench-"))
    run([NEUROHOST, "generate", "--inputs", n, "--neurons", n, "--connectivity", conn,
         "--rate-hz", rate, "--steps", steps, "--seed", 1, "--out-dir", d])
    net, inp = d / "network.toml", d / "input.csv"
    golden = d / "golden.csv"
    wall, sim = ours(net, inp, steps, golden, 1 if quick else 5)
    spikes = sum(1 for _ in open(golden)) - 1
    rows = [("neurohost simulate (golden model)", sim, wall, spikes, "reference")]
    targets = ["numpy", "cython"] + ([] if quick else ["cpp_standalone"])
    for target in targets:
        out = d / f"brian2_{target}.csv"
        try:
            if target == "cython":
                brian(net, inp, steps, out, target)  # compile once; the next run is timed
            res = brian(net, inp, steps, out, target)
        except subprocess.CalledProcessError as e:
            rows.append((f"Brian2 {target}", None, None, None, f"failed: {e.stderr.strip().splitlines()[-1][:80]}"))
            continue
        same = out.read_bytes() == golden.read_bytes()
        rows.append((f"Brian2 {target}", res["run_s"], res["total_s"], res["spikes"],
                     "identical spikes" if same else "SPIKES DIFFER"))
    print(f"## Golden model vs Brian2 ({'quick' if quick else 'full'} size)\n")
    print(f"{n} neurons, {2 * n} sources ({n} inputs + {n} recurrent), {conn:.0%} connectivity, "
          f"{steps} steps of 1 ms, inputs at {rate} Hz; {spikes} output spikes "
          f"({spikes / n / steps * 1000:.1f} Hz mean).\n")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"{time.strftime('%Y-%m-%d')}.\n")
    print("| engine | simulation s | whole command s | simulation ratio | whole-command ratio | output |")
    print("|---|---|---|---|---|---|")
    for name, s, w, _, note in rows:
        if s is None:
            print(f"| {name} | – | – | – | – | {note} |")
            continue
        print(f"| {name} | {s:.4f} | {w:.3f} | {s / sim:.1f}× | {w / wall:.1f}× | {note} |")
    print()
    closed_loop(d, 1 if quick else 5)
    bad = [r for r in rows if r[4] == "SPIKES DIFFER"]
    if bad:
        sys.exit(f"spike outputs differ: {[r[0] for r in bad]}")


if __name__ == "__main__":
    main()
