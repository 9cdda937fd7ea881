"""OCR benchmark: the scanned samples against the born-digital answer.

Not a test: for each `samples/scan-<stem>.pdf` (made by samples/make_scans.py)
it prints the mean text similarity of the matched rows (difflib ratio over
sasaran, indikator, target and kegiatan texts), the share of rows read
exactly, the document fields read exactly, and seconds per page, then says
whether the goals hold (similarity >= 0.97, >= 85 % rows exact, <= 5 s/page).

    .venv/bin/python benchmarks/ocr.py [--files scan.pdf ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOALS = {"similarity": 0.97, "exact": 0.85, "s_per_page": 5.0}

Row = tuple[str, str, str, str]  # sasaran, indikator, target as printed, kegiatan joined


class Score(NamedTuple):
    similarity: float  # mean difflib ratio over the fields of matched rows; unmatched rows count 0
    exact: float  # share of expected rows read exactly
    rows: int  # expected rows
    document: tuple[int, int]  # document fields read exactly, of those expected


def rows_of(data: dict[str, Any]) -> list[Row]:
    """One row per indikator, from an RKT JSON (the output or an expected file)."""
    return [(sasaran["text"], indikator["text"], indikator["target"]["raw"], " | ".join(indikator["kegiatan"]))
            for sasaran in data["sasaran"] for indikator in sasaran["indikator"]]


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def match_rows(expected: list[Row], got: list[Row]) -> list[tuple[Row, Row | None]]:
    """Each expected row with the read row most like it (each read row used once), in order."""
    pairs: list[tuple[Row, Row | None]] = []
    free = list(got)
    for row in expected:
        best = max(free, key=lambda other: ratio(" ".join(row), " ".join(other)), default=None)
        if best is not None:
            free.remove(best)
        pairs.append((row, best))
    return pairs


def document_fields(data: dict[str, Any]) -> dict[str, Any]:
    document = dict(data["document"])
    signatory = document.pop("signatory", None) or {}
    return {**document, **{f"signatory.{key}": value for key, value in signatory.items()}}


def score(expected: dict[str, Any], got: dict[str, Any]) -> Score:
    """How close the read document `got` is to `expected` (both RKT JSON dicts)."""
    pairs = match_rows(rows_of(expected), rows_of(got))
    similarities = [statistics.fmean(map(ratio, row, other)) if other else 0.0 for row, other in pairs]
    wanted, read = document_fields(expected), document_fields(got)
    same = sum(value is not None and read.get(key) == value for key, value in wanted.items())
    return Score(statistics.fmean(similarities) if pairs else 0.0,
                 sum(row == other for row, other in pairs) / max(1, len(pairs)), len(pairs),
                 (same, sum(value is not None for value in wanted.values())))


def expected_for(scan: Path) -> dict[str, Any]:
    stem = scan.stem.removeprefix("scan-")
    return json.loads((scan.with_name(f"{stem}.expected.json")).read_text(encoding="utf-8"))


def main() -> None:
    import rktparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", type=Path, default=sorted(SAMPLES.glob("scan-*.pdf")))
    files = parser.parse_args().files
    print(f"{'scan':<42} {'pages':>5} {'rows':>4} {'similarity':>10} {'exact':>6} {'document':>8} {'s/page':>6}")
    totals: list[tuple[Score, int, float]] = []
    for path in files:
        start = time.perf_counter()
        doc = rktparse.parse(path, ocr="always")
        seconds = time.perf_counter() - start
        result = score(expected_for(path), json.loads(doc.to_json()))
        pages = doc.source.pages
        totals.append((result, pages, seconds))
        print(f"{path.name:<42} {pages:>5} {result.rows:>4} {result.similarity:>10.3f} {result.exact:>6.0%} "
              f"{result.document[0]:>4}/{result.document[1]:<3} {seconds / pages:>6.2f}")
    rows = sum(result.rows for result, _, _ in totals)
    similarity = sum(result.similarity * result.rows for result, _, _ in totals) / rows
    exact = sum(result.exact * result.rows for result, _, _ in totals) / rows
    per_page = sum(seconds for *_, seconds in totals) / sum(pages for _, pages, _ in totals)
    print(f"{'all (rows weighted)':<42} {'':>5} {rows:>4} {similarity:>10.3f} {exact:>6.0%} {'':>8} {per_page:>6.2f}")
    held = {"similarity": similarity >= GOALS["similarity"], "exact": exact >= GOALS["exact"],
            "s_per_page": per_page <= GOALS["s_per_page"]}
    print("goals: " + ", ".join(f"{name} {'met' if ok else 'MISSED'}" for name, ok in held.items()))


if __name__ == "__main__":
    main()
