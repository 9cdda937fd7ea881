"""How the text reader reads text exports of RKTs it was never tuned on.

Not a test. Draws N documents from `samples/build/generate.py` (REPORT_SEEDS by
default: never tune on these), exports each rendered PDF as text with every
exporter archives used (`samples/exports.py`: pypdf, pdfplumber, PyMuPDF,
plain pdftotext, pdftotext -layout), reads each export with rktparse and
prints, per export style: rows exact, parent right, documents exact, silent
errors (rows wrong with no `review` warning whose ref points at them), flagged
(rows read that a review warning points at: right or wrong, what a person checks) and
pages/s of the text reader (pages of the PDF the export came from, over the
best of `--repeat` reads of each export in one process: repeated reads).

    .venv/bin/python benchmarks/text_exports.py                    # 200 reporting documents per style
    .venv/bin/python benchmarks/text_exports.py --seeds dev -n 60 -v --styles layout

Renders and exports are cached in ~/.cache/rktparse/generated/<generator hash>/.
The figures of the last full run are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from samples.build import generate as gen  # noqa: E402
from samples.build.score import Score, score  # noqa: E402
from samples.exports import STYLES, cache_dir, exported  # noqa: E402

GOALS = {  # issue 9: rows exact, parent right, silent errors (reporting seeds, 200 documents per style)
    "pypdf": (0.95, 0.98, 0.01),
    "pdfplumber": (0.95, 0.98, 0.01),
    "pymupdf": (0.95, 0.98, 0.01),
    "pdftotext": (0.95, 0.98, 0.01),
    "layout": (0.97, 0.99, 0.01),
}


def read_export(seed: int, style: str, folder: Path, repeat: int = 1) -> tuple[Score, float, int, int] | None:
    """(score, best seconds of `repeat` reads, pages, rows read with a review warning) of the seed's
    export in `style`; None when the generator's producer cannot lay the document out (said on
    stderr, not scored)."""
    import rktparse

    expected = json.loads(json.dumps(gen.expected(gen.generate(seed))))
    try:
        path = exported(seed, style, folder)
    except Exception as exc:
        print(f"seed {seed}: not rendered: {exc!r}"[:300], file=sys.stderr)
        return None
    best, pages, flagged = float("inf"), 0, 0
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            doc = rktparse.parse(path)
            best = min(best, time.perf_counter() - start)
        got = json.loads(rktparse.dumps(doc))
        result = score(expected, got)
        flagged = _flagged_rows(got)
        pages = _pdf_pages(folder / f"gen-{seed}.pdf")  # pypdf and pdfplumber exports mark no page breaks
    except Exception as exc:  # an input error is loud; a crash too: both count as failed
        result = Score(rows=sum(len(s["indikator"]) for s in expected["sasaran"]), documents=1, failed=1)
        result.wrong.append(f"failed: {exc!r}"[:300])
        best = 0.0
    result.wrong = [f"seed {seed} {style}: {line}" for line in result.wrong]
    return result, best, pages, flagged


def _flagged_rows(got: dict) -> int:
    """Rows read that a review warning points at (the row or its sasaran): what a reader has to check."""
    refs = {"/" + w["ref"].lstrip("/") for w in got["warnings"] if w["severity"] == "review" and w.get("ref")}
    return sum(f"/sasaran/{si}" in refs or f"/sasaran/{si}/indikator/{ii}" in refs
               for si, sasaran in enumerate(got["sasaran"]) for ii in range(len(sasaran["indikator"])))


def _pdf_pages(pdf: Path) -> int:
    import pypdfium2

    with contextlib.closing(pypdfium2.PdfDocument(pdf)) as document:
        return len(document)


def _read_all(seed: int, styles: list[str], folder: Path, repeat: int) -> list[tuple[str, Score, float, int, int]]:
    return [(style, *read) for style in styles if (read := read_export(seed, style, folder, repeat))]


def seeds_of(which: str, n: int, start: int = 0) -> list[int]:
    return list(itertools.islice((gen.REPORT_SEEDS if which == "report" else gen.DEV_SEEDS)[start:], n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="documents per style (default 200)")
    parser.add_argument("--seeds", choices=["report", "dev"], default="report")
    parser.add_argument("--start", type=int, default=0, help="offset into the seed range")
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--repeat", type=int, default=3, help="reads of each export; the fastest is timed")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong row")
    args = parser.parse_args(argv)
    seeds, styles, folder = seeds_of(args.seeds, args.n, args.start), args.styles.split(","), cache_dir()
    totals: dict[str, Score] = defaultdict(Score)
    timing: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    flagged: dict[str, int] = defaultdict(int)
    with ProcessPoolExecutor(args.jobs) as pool:
        jobs = [pool.submit(_read_all, seed, styles, folder, args.repeat) for seed in seeds]
        for job in jobs:
            for style, result, seconds, pages, doubted in job.result():
                totals[style].add(result)
                flagged[style] += doubted
                timing[style][0] += seconds
                timing[style][1] += pages
    print(f"{len(seeds)} documents per style, {args.seeds} seeds {seeds[0]}..{seeds[-1]}, cache {folder}")
    print(f"{'style':10} {'docs':>5} {'rows':>6} {'exact':>7} {'parent':>7} {'docs ok':>7} {'silent':>7} "
          f"{'failed':>6} {'flagged':>7} {'pages/s':>8}  goal")
    for style in styles:
        total, r = totals[style], totals[style].ratios()
        seconds, pages = timing[style]
        exact, parent, silent = GOALS[style]
        met = r["rows_exact"] >= exact and r["parent_right"] >= parent and r["silent"] <= silent
        print(f"{style:10} {total.documents:5d} {total.rows:6d} {r['rows_exact']:7.1%} {r['parent_right']:7.1%} "
              f"{r['documents_exact']:7.1%} {r['silent']:7.2%} {total.failed:6d} {flagged[style] / max(total.got, 1):7.1%} "
              f"{pages / max(seconds, 1e-9):8.0f}  "
              f"{'met' if met else 'NOT met'} (>= {exact:.0%}, parent >= {parent:.0%}, silent <= {silent:.0%})")
        if args.verbose:
            for line in total.wrong:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
