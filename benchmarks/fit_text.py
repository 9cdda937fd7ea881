"""Fit the text reader's weights (rktparse/readers/text/weights.py) on development seeds.

Inputs, all named on the command line and written into weights.json beside
the weights: development seeds of `samples/build/generate.py` (default 0-59;
never reporting seeds), and the export styles of `samples/exports.py` each
group of weights is scored on (`layout.*` on pdftotext -layout, `blocks.*` on
PyMuPDF and plain pdftotext, whose blocks reader also reads pypdf's and
pdfplumber's exports of tables with other columns than the four of a stream
export; `stream.*`, the cues the stream search of those four adds to its own
fixed scores, on pypdf; `joined.*` on
pdfplumber, whose lines join the pieces of every column's cells, cut by
`rktparse/readers/text/joined.py`). The fit is a
coordinate search: each weight in turn moves up or down by a step while the
objective (rows exact minus twice the silent errors, over the seeds and
styles) improves and no export of the repository's samples in that style
reads otherwise (`GUARDS`); the step halves each round. Deterministic: the same seeds
and styles give the same weights. `--warm` starts from the weights in
weights.json instead (recorded as the fit's start): a refit after a change to
the reader, which keeps every weight that still helps.

    .venv/bin/python benchmarks/fit_text.py                      # every group, dev seeds 0-59
    .venv/bin/python benchmarks/fit_text.py --groups layout --seeds 0-59 --rounds 3
    .venv/bin/python benchmarks/fit_text.py --groups blocks --only blocks.case_turn --seeds 2000-2399 --warm
    .venv/bin/python benchmarks/fit_text.py --groups blocks --seeds 0-199 --warm --jobs 2 \
        --styles pymupdf,pypdf,pdfplumber,pdftotext       # every style the blocks weights read
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from samples.build import generate as gen  # noqa: E402
from samples.build.score import Score, score  # noqa: E402
from samples.exports import cache_dir, exported  # noqa: E402

GROUP_STYLES = {"layout": ("layout",), "blocks": ("pymupdf", "pdftotext"), "joined": ("pdfplumber",),
                "stream": ("pypdf",)}
# The repository's own exports of each group's style (tests/test_text_reader.py): a weight that changes
# what any of them reads, or gives a warning one of them did not have, is refused, so the fit never trades
# a sample for generated documents. (A warning's confidence may change, or a doubt on a sample read right go.)
GUARDS = {"layout": "*.layout.txt", "blocks": "*.blocks.txt", "joined": "*.txt", "stream": "*.txt"}
SAMPLES = ROOT / "samples"
SILENT_COST = 2.0  # a silent error is worse than a flagged one: the archivist cannot find it


def _seeds(text: str) -> list[int]:
    low, _, high = text.partition("-")
    seeds = list(range(int(low), int(high or low) + 1))
    if any(seed not in gen.DEV_SEEDS for seed in seeds):
        raise SystemExit("fit on development seeds only")
    return seeds


class Objective:
    """Rows exact minus SILENT_COST x silent errors of the exports of `seeds` in `styles`."""

    def __init__(self, seeds: list[int], styles: tuple[str, ...], guards: str, jobs: int = 1) -> None:
        self.jobs = jobs
        self.guards = {path: _content(path) for path in sorted(SAMPLES.glob(guards))}
        folder = cache_dir()
        self.cases = []
        for seed in seeds:
            expected = json.loads(json.dumps(gen.expected(gen.generate(seed))))
            for style in styles:
                try:
                    self.cases.append((exported(seed, style, folder), expected))
                except Exception as exc:  # the generator's producer could not lay it out: not a case
                    print(f"seed {seed}: not rendered: {exc!r}"[:200], file=sys.stderr)

    def __call__(self) -> float:
        if not all(_kept(read, _content(path)) for path, read in self.guards.items()):
            return -math.inf
        total = Score()
        if self.jobs > 1:  # forked workers: each inherits the weights as they stand at this call
            with multiprocessing.get_context("fork").Pool(self.jobs) as pool:
                for part in pool.map(_score_cases, [self.cases[k::self.jobs] for k in range(self.jobs)]):
                    total.add(part)
        else:
            total = _score_cases(self.cases)
        ratios = total.ratios()
        return ratios["rows_exact"] - SILENT_COST * ratios["silent"]


def _score_cases(cases: list[tuple[Path, dict]]) -> Score:
    import rktparse

    total = Score()
    for path, expected in cases:
        try:
            total.add(score(expected, json.loads(rktparse.dumps(rktparse.parse(path)))))
        except Exception:  # a failed read scores no rows
            total.add(Score(rows=sum(len(s["indikator"]) for s in expected["sasaran"]), documents=1, failed=1))
    return total


def _content(path: Path) -> tuple[str, set[tuple[str, str | None, int | None]]]:
    """What a sample export reads as, to tell a change: its content, and what its warnings are about
    (code, ref, page)."""
    import rktparse

    data = json.loads(rktparse.dumps(rktparse.parse(path)))
    warned = {(w["code"], w.get("ref"), w.get("page")) for w in data["warnings"]}
    return json.dumps([data["document"], data["sasaran"], data["programs"]]), warned


def _kept(before: tuple[str, set], after: tuple[str, set]) -> bool:
    """Whether a sample reads as before, with no warning it did not have."""
    return after[0] == before[0] and after[1] <= before[1]


def fit(weights: dict[str, float], names: list[str], objective: Objective, rounds: int) -> float:
    """Coordinate search on `names` in `weights` (changed in place); returns the best objective."""
    best = objective()
    print(f"start {best:.4f}")
    step = 1.0
    for _ in range(rounds):
        for name in names:
            for direction in (1.0, -1.0):
                while True:
                    old = weights[name]
                    weights[name] = round(old + direction * step, 3)
                    value = objective()
                    if value > best + 1e-9:
                        best = value
                        print(f"{name} = {weights[name]} -> {best:.4f}")
                    else:
                        weights[name] = old
                        break
        step /= 2
    return best


def main(argv: list[str] | None = None) -> int:
    from rktparse.readers.text import weights as module

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-59", help="development seeds, LOW-HIGH (default 0-59)")
    parser.add_argument("--groups", default=",".join(GROUP_STYLES), help="weight groups to fit",
                        type=lambda text: [group for group in text.split(",") if group in GROUP_STYLES or
                                           parser.error(f"--groups: {group!r} is none of {', '.join(GROUP_STYLES)}")])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warm", action="store_true",
                        help="start from the weights in weights.json (a refit after a change), not from START")
    parser.add_argument("--styles", type=lambda text: tuple(text.split(",")), default=None,
                        help="export styles to score on (default: the group's, GROUP_STYLES)")
    parser.add_argument("--jobs", type=int, default=1, help="processes scoring the seeds (the weights found are the same)")
    parser.add_argument("--only", type=lambda text: text.split(","), default=None,
                        help="fit only these weights (NAME,NAME: a new cue's weight), the others as they are")
    args = parser.parse_args(argv)
    seeds = _seeds(args.seeds)
    for group in args.groups:
        names = [name for name in module.START if name.startswith(group + ".") and name in (args.only or [name])]
        if not args.warm:
            for name in names:
                module.W[name] = module.START[name]  # every fit starts from the same place
        styles = args.styles or GROUP_STYLES[group]
        best = fit(module.W, names, Objective(seeds, styles, GUARDS[group], args.jobs), args.rounds)
        saved = json.loads(module.FILE.read_text()) if module.FILE.exists() else {"weights": {}, "fitted": {}}
        saved["weights"].update({name: module.W[name] for name in names})
        fitted = {"seeds": args.seeds, "styles": list(styles), "rounds": args.rounds,
                  "start": "weights.json" if args.warm else "START",
                  "objective": f"rows exact - {SILENT_COST} x silent = {best:.4f}"}
        if args.only:  # the group's other weights keep the fit they had
            saved["fitted"].setdefault(group, {}).setdefault("refits", {}).update({name: fitted for name in names})
        else:
            saved["fitted"][group] = fitted
        module.FILE.write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n")
        print(f"written {module.FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
