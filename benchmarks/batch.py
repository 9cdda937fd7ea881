"""Batch benchmark: parallel speed-up on small documents; memory and time per page on a long one.

Not a test: it prints figures and whether they meet the goals (issue 12), each
from whole `rktparse convert` processes, run as a user runs them:
  1. 40 three-page ruled RKTs (generated) converted with --jobs 1 and --jobs 2:
     the ratio of their wall times (goal >= 1.7 on a machine with 2 free cores),
     best of --repeat rounds, each round running both.
  2. A generated 300-page RKT: the process's peak RSS (goal <= 200 MB), and the
     conversion's time per page from the run report at 10 vs 300 pages (goal: flat).
Run `python benchmarks/batch.py [--inputs 40] [--pages 300] [--repeat 5]`; it prints the
machine's load average: on a shared machine, compare figures taken at a low one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from speed import RKTPARSE, USER_ENV, make_rkt_pdf  # the generated ruled RKT of the speed benchmark

SPEEDUP_GOAL, RSS_GOAL_MB = 1.7, 200
PEAK_RSS = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def make_inputs(folder: Path, count: int) -> None:
    """`count` copies of a generated three-page RKT, each under its own stem."""
    folder.mkdir()
    source = make_rkt_pdf(folder.parent / "three-pages.pdf", 3)
    for i in range(count):
        shutil.copy(source, folder / f"rkt-{i:03d}.pdf")


def convert(inputs: Path, out: Path, *options: str) -> float:
    """Wall seconds of `rktparse convert INPUTS --out OUT OPTIONS`, a new output folder each time."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([RKTPARSE, "convert", str(inputs), "--out", str(out), "-q", *options], check=True, env=USER_ENV)
    return time.perf_counter() - start


def speedup(inputs: Path, out: Path, repeat: int, pages: int) -> None:
    convert(inputs, out, "--jobs", "1")  # warm-up: the OS file cache, Python's bytecode cache
    runs: dict[str, list[float]] = {"1": [], "2": []}
    for _ in range(repeat):  # alternating, so that a busy spell of the machine hits both
        for jobs, seconds in runs.items():
            seconds.append(convert(inputs, out, "--jobs", jobs))
    best = {jobs: min(seconds) for jobs, seconds in runs.items()}
    for jobs, seconds in best.items():
        print(f"  --jobs {jobs}: {seconds:.2f} s = {pages / seconds:.1f} pages/s (median {median(runs[jobs]):.2f} s)")
    ratio = best["1"] / best["2"]
    print(f"  speed-up {ratio:.2f}x (goal >= {SPEEDUP_GOAL}): {'met' if ratio >= SPEEDUP_GOAL else 'NOT met'}")


def one_document(pdf: Path, out: Path) -> tuple[float, float]:
    """The peak RSS (MB) of `rktparse convert PDF`, and the conversion's seconds per page from its report."""
    shutil.rmtree(out, ignore_errors=True)
    probe = [sys.executable, "-c", PEAK_RSS, RKTPARSE, "convert", str(pdf), "--out", str(out), "-q"]
    peak_kb = int(subprocess.run(probe, check=True, capture_output=True, text=True, env=USER_ENV).stdout)
    entry = json.loads((out / "_report.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return peak_kb / 1024, entry["seconds"] / entry["pages"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=40)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_inputs(work / "inputs", args.inputs)
        print(f"1. {args.inputs} three-page PDFs, whole process, best of {args.repeat}")
        speedup(work / "inputs", work / "out", args.repeat, 3 * args.inputs)

        print(f"2. one generated RKT of 10 and {args.pages} pages, whole process")
        _, short_s = one_document(make_rkt_pdf(work / "short.pdf", 10), work / "out-short")
        peak_mb, long_s = one_document(make_rkt_pdf(work / "long.pdf", args.pages), work / "out-long")
        print(f"  peak RSS at {args.pages} pages: {peak_mb:.0f} MB (goal <= {RSS_GOAL_MB}): "
              f"{'met' if peak_mb <= RSS_GOAL_MB else 'NOT met'}")
        print(f"  time per page: {short_s * 1000:.1f} ms at 10 pages, {long_s * 1000:.1f} ms at {args.pages} pages "
              f"(ratio {long_s / short_s:.2f}; flat is 1.0)")


if __name__ == "__main__":
    main()
