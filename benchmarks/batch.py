"""Batch benchmark: parallel speed-up, and a worker's memory and time per page on a long document.

Not a test: it prints figures and whether they meet the goals.
  1. 200 inputs (copies of samples/*.pdf, or of a generated ruled RKT when
     there are none) converted with --jobs 1 and --jobs 2: pages/s of each and
     the ratio (goal >= 1.7 on a machine with 2 free cores).
  2. One batch worker converting a generated 300-page RKT: its peak RSS
     (goal <= 300 MB), and its time per page at 10 vs 300 pages (goal: flat).
Run `python benchmarks/batch.py [--inputs 200] [--pages 300]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from speed import make_rkt_pdf  # the generated ruled RKT of the speed benchmark

from rktparse import convert_many
from rktparse.batch.pool import run_pool
from rktparse.convert import convert_file

ROOT = Path(__file__).resolve().parents[1]
SPEEDUP_GOAL, RSS_GOAL_MB = 1.7, 300


def make_inputs(folder: Path, count: int) -> None:
    """`count` copies of the sample PDFs, each under its own stem."""
    # born-digital samples only: the scans measure OCR (benchmarks/ocr.py), not batch throughput
    sources = sorted(p for p in (ROOT / "samples").glob("*.pdf") if not p.name.startswith("scan-")) or [make_rkt_pdf(folder.parent / "generated.pdf", 3)]
    folder.mkdir()
    for i in range(count):
        source = sources[i % len(sources)]
        shutil.copy(source, folder / f"{i:03d}-{source.stem}.pdf")


def pages_per_s(inputs: Path, out: Path, jobs: int) -> float:
    summary = convert_many([inputs], out, jobs=jobs)
    print(f"  --jobs {jobs}: {summary.converted} converted, {summary.failed} failed, {summary.pages} pages "
          f"in {summary.seconds:.2f} s = {summary.pages_per_s:.1f} pages/s")
    return summary.pages_per_s


def worker_run(path: str) -> tuple[float, int]:
    """Run inside a batch worker: seconds to convert `path`, and the worker's peak RSS in kB so far."""
    start = time.perf_counter()
    convert_file(path, Path(path).parent / "out", ("json",))
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def in_fresh_worker(path: Path) -> tuple[float, int]:
    """`worker_run(path)` in a new batch worker process, the same kind `rktparse convert` starts."""
    ((_, outcome),) = run_pool(worker_run, [str(path)], workers=1, limit=3600,
                               preload=["rktparse.batch.executors", "rktparse.readers.pdfium_reader"])
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=200)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_inputs(work / "inputs", args.inputs)
        print(f"1. {args.inputs} inputs")
        # Start the fork server (its imports take ~0.5 s) outside the timed runs, which both reuse it.
        convert_many([next((work / "inputs").iterdir())], work / "warm-up", jobs=1)
        one = pages_per_s(work / "inputs", work / "out1", 1)
        two = pages_per_s(work / "inputs", work / "out2", 2)
        ratio = two / one
        print(f"  speed-up {ratio:.2f}x (goal >= {SPEEDUP_GOAL}): {'met' if ratio >= SPEEDUP_GOAL else 'NOT met'}")

        print(f"2. one worker, generated RKT of 10 and {args.pages} pages")
        short = make_rkt_pdf(work / "short.pdf", 10)
        long = make_rkt_pdf(work / "long.pdf", args.pages)
        short_s, _ = in_fresh_worker(short)
        long_s, peak_kb = in_fresh_worker(long)
        peak_mb = peak_kb / 1024
        print(f"  peak RSS at {args.pages} pages: {peak_mb:.0f} MB (goal <= {RSS_GOAL_MB}): "
              f"{'met' if peak_mb <= RSS_GOAL_MB else 'NOT met'}")
        per_short, per_long = short_s / 10 * 1000, long_s / args.pages * 1000
        print(f"  time per page: {per_short:.1f} ms at 10 pages, {per_long:.1f} ms at {args.pages} pages "
              f"(ratio {per_long / per_short:.2f}; flat is 1.0)")


if __name__ == "__main__":
    main()
