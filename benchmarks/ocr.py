"""OCR benchmark: scans of the samples against the born-digital answer, and the real scans.

Not a test. Every sample PDF with an `<stem>.expected.json` is scanned by
`samples/make_scans.py`'s `scan_pdf` under each degradation below (seeded:
the same images on every run), read with `--ocr always`, and scored:

- similarity: mean difflib ratio over the fields of the matched rows
  (sasaran, indikator, target, kegiatan, extra cells); unmatched rows count 0;
- exact: share of expected rows read exactly;
- figures: numeric cells (a target, an extra cell such as Anggaran, a
  sasaran number, a program's cells, holding a digit) read with other
  figures (digits and separators; "70%" for "70 %" is not one), and of
  those the *silent* ones: wrong with no `review` warning whose `ref` is
  their row, sasaran or program. A wrong figure that looks right is the
  worst error this tool can make;
- silent rows: rows not read exactly without a `review` warning on them;
- seconds per page (the machine's other load counts too), and CPU seconds
  per page (rktparse and its Tesseract runs: half of it is the wall time on
  2 idle cores, as the cells are read in two parallel runs).

Then the scans in ../shared/corpus/real against the facts typed from their
pages in `benchmarks/real_scans.json`.

    .venv/bin/python benchmarks/ocr.py [--only NAME ...] [--stems STEM ...] [--real-only] [--no-real]
    .venv/bin/python benchmarks/ocr.py --files samples/scan-*.pdf   # ready-made scans
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REAL = ROOT.parent / "shared" / "corpus" / "real"
GOALS = {"similarity": 0.985, "exact": 0.92, "silent_digits": 0.001, "silent_rows": 0.02, "s_per_page": 3.0}

sys.path.insert(0, str(SAMPLES))
from make_scans import Degradation, scan_pdf  # noqa: E402  (a dev-time script beside the samples)

from rktparse.errors import InputError  # noqa: E402
from rktparse.readers.ocr.figures import figures as figures_of  # noqa: E402

# name -> (degradation, seed)
DEGRADATIONS: dict[str, tuple[Degradation, int]] = {
    "bw200": (Degradation(dpi=200, skew=0.9), 11),  # like samples/scan-*.pdf
    "bw150-dusty": (Degradation(dpi=150, skew=-1.5, speckles=1e-3), 12),
    "grey300-faded": (Degradation(dpi=300, skew=2.0, grey=True, contrast=0.4), 13),
    "grey200-skew3": (Degradation(dpi=200, skew=-3.0, grey=True, contrast=0.7), 14),
    "bw300-stamps": (Degradation(dpi=300, skew=0.6, stamps=True), 15),
    "grey150-stamps": (Degradation(dpi=150, skew=1.2, grey=True, contrast=0.6, stamps=True), 16),
    "colour150-stamps": (Degradation(dpi=150, skew=1.2, grey=True, contrast=0.6, stamps=True, colour=True), 16),
}

Row = tuple[str, ...]  # sasaran, indikator, target as printed, kegiatan joined, extra cells


class Score(NamedTuple):
    similarity: float  # mean difflib ratio over the fields of matched rows; unmatched rows count 0
    exact: float  # share of expected rows read exactly
    rows: int  # expected rows
    document: tuple[int, int]  # document fields read exactly, of those expected
    figures: int = 0  # numeric cells expected
    figures_wrong: int = 0
    figures_silent: int = 0  # wrong, and no review warning on their node
    rows_silent: int = 0  # rows not exact, and no review warning on them


def rows_of(data: dict[str, Any]) -> list[Row]:
    """One row per indikator, from an RKT JSON (the output or an expected file)."""
    return [row for row, _ in rows_with_refs(data)]


def rows_with_refs(data: dict[str, Any]) -> list[tuple[Row, tuple[str, ...]]]:
    """Each indikator row with the refs of the nodes it belongs to (itself, its sasaran), then
    each program as a row."""
    rows: list[tuple[Row, tuple[str, ...]]] = []
    for i, sasaran in enumerate(data["sasaran"]):
        for j, indikator in enumerate(sasaran["indikator"]):
            extra = tuple(indikator["extra"].values())  # in column order: a misread header is not an error per row
            target = indikator["target"]["raw"] if indikator["target"] else ""  # null: a table without a target
            rows.append(((sasaran["no"] or "", sasaran["text"], indikator["text"], target,
                          " | ".join(indikator["kegiatan"]), *extra),
                         (f"/sasaran/{i}/indikator/{j}", f"/sasaran/{i}")))
    for k, program in enumerate(data.get("programs", [])):
        extra = tuple(program["extra"].values())
        rows.append(((program["no"] or "", program["text"], *extra), (f"/programs/{k}",)))
    return rows


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def match_rows(expected: list[Row], got: list[Row]) -> list[tuple[int, int | None]]:
    """Each expected row's index with that of the read row most like it (each used once): a row read
    as expected first, so that a row read wrong above it cannot take it."""
    found: dict[int, int | None] = {}
    free = list(range(len(got)))
    for index, row in enumerate(expected):
        if (same := next((other for other in free if got[other] == row), None)) is not None:
            found[index] = same
            free.remove(same)
    for index, row in enumerate(expected):
        if index not in found:
            found[index] = best = max(free, key=lambda other: ratio(" ".join(row), " ".join(got[other])), default=None)
            if best is not None:
                free.remove(best)
    return sorted(found.items())


def document_fields(data: dict[str, Any]) -> dict[str, Any]:
    document = dict(data["document"])
    signatory = document.pop("signatory", None) or {}
    return {**document, **{f"signatory.{key}": value for key, value in signatory.items()}}


def has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def field_similarity(row: Row, other: Row) -> float:
    width = max(len(row), len(other))
    return statistics.fmean(ratio(a, b) for a, b in zip(row + ("",) * width, other + ("",) * width))


def score(expected: dict[str, Any], got: dict[str, Any]) -> Score:
    """How close the read document `got` is to `expected` (both RKT JSON dicts)."""
    wanted_rows, read_rows = rows_with_refs(expected), rows_with_refs(got)
    flagged = {w["ref"] for w in got["warnings"] if w["severity"] == "review" and w["ref"]}
    similarities, exact, figures, wrong, silent, rows_silent = [], 0, 0, 0, 0, 0
    for index, match in match_rows([r for r, _ in wanted_rows], [r for r, _ in read_rows]):
        row = wanted_rows[index][0]
        other, refs = read_rows[match] if match is not None else ((), ())
        similarities.append(field_similarity(row, other) if match is not None else 0.0)
        warned = bool(flagged & set(refs))
        exact += row == other
        rows_silent += row != other and not warned
        for position, cell in enumerate(row):
            if has_digit(cell):  # a digit error: other figures, not other spacing ("70%" for "70 %")
                figures += 1
                misread = figures_of([cell]) != figures_of([other[position] if position < len(other) else ""])
                wrong += misread
                silent += misread and not warned
    wanted, read = document_fields(expected), document_fields(got)
    same = sum(value is not None and read.get(key) == value for key, value in wanted.items())
    rows = len(wanted_rows)
    return Score(statistics.fmean(similarities) if similarities else 0.0, exact / max(1, rows), rows,
                 (same, sum(value is not None for value in wanted.values())), figures, wrong, silent, rows_silent)


def expected_for(scan: Path) -> dict[str, Any]:
    stem = scan.stem.removeprefix("scan-")
    return json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))


def scan_pages(path: Path) -> range:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return range(len(pdf))
    finally:
        pdf.close()


CPU_SECONDS: list[float] = []  # per read: CPU time of rktparse and its Tesseract runs


def cpu_time() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def read(path: Path) -> tuple[dict[str, Any], int, float]:
    """The JSON rktparse gives for a scan, its pages and the seconds it took (its CPU time goes to
    CPU_SECONDS: on a machine shared with other work the wall time says little)."""
    import rktparse

    start, cpu = time.perf_counter(), cpu_time()
    doc = rktparse.parse(path, ocr="always")
    CPU_SECONDS.append(cpu_time() - cpu)
    return json.loads(rktparse.dumps(doc)), doc.source.pages, time.perf_counter() - start


HEADER = (f"{'scan':<48} {'pages':>5} {'rows':>4} {'similar':>7} {'exact':>6} {'doc':>5} "
          f"{'figures':>7} {'wrong':>5} {'silent':>6} {'silent rows':>11} {'s/page':>6} {'cpu/page':>8}")


def line(name: str, result: Score, pages: int, seconds: float) -> str:
    return (f"{name:<48} {pages:>5} {result.rows:>4} {result.similarity:>7.3f} {result.exact:>6.0%} "
            f"{result.document[0]:>2}/{result.document[1]:<2} {result.figures:>7} {result.figures_wrong:>5} "
            f"{result.figures_silent:>6} {result.rows_silent:>11} {seconds / max(1, pages):>6.2f} "
            f"{CPU_SECONDS[-1] / max(1, pages) if CPU_SECONDS else 0.0:>8.2f}")


def summary(totals: list[tuple[Score, int, float]]) -> dict[str, float]:
    rows = sum(result.rows for result, _, _ in totals)
    figures = sum(result.figures for result, _, _ in totals)
    return {
        "similarity": sum(result.similarity * result.rows for result, _, _ in totals) / max(1, rows),
        "exact": sum(result.exact * result.rows for result, _, _ in totals) / max(1, rows),
        "silent_digits": sum(result.figures_silent for result, _, _ in totals) / max(1, figures),
        "silent_rows": sum(result.rows_silent for result, _, _ in totals) / max(1, rows),
        "s_per_page": sum(seconds for *_, seconds in totals) / max(1, sum(pages for _, pages, _ in totals)),
    }


def goals_line(figures: dict[str, float]) -> str:
    held = {name: figures[name] >= goal if name in ("similarity", "exact") else figures[name] <= goal
            for name, goal in GOALS.items()}
    return "goals: " + ", ".join(f"{name} {figures[name]:.3f} {'met' if ok else 'MISSED'}"
                                 for name, ok in held.items())


def bench_generated(names: list[str], stems: list[str] | None) -> None:
    sources = sorted(path.with_name(path.name.removesuffix(".expected.json") + ".pdf")
                     for path in SAMPLES.glob("*.expected.json"))
    sources = [path for path in sources if path.exists() and (not stems or path.stem in stems)]
    everything: list[tuple[Score, int, float]] = []
    with tempfile.TemporaryDirectory(prefix="rktparse-ocr-bench-") as folder:
        for name in names:
            how, seed = DEGRADATIONS[name]
            print(f"\n{name}: {how} seed {seed}\n{HEADER}")
            totals = []
            for source in sources:
                scan = Path(folder, f"scan-{source.stem}.pdf")
                scan.write_bytes(scan_pdf(source, how, seed))
                try:
                    got, pages, seconds = read(scan)
                except InputError as error:  # said loudly, so not silent: every row counts as missed
                    print(f"{source.stem}: {error}")
                    expected = expected_for(scan)
                    rows = len(rows_with_refs(expected))
                    totals.append((Score(0.0, 0.0, rows, (0, 0)), len(list(scan_pages(scan))), 0.0))
                    continue
                result = score(expected_for(scan), got)
                totals.append((result, pages, seconds))
                print(line(source.stem, result, pages, seconds), flush=True)
            print(goals_line(summary(totals)))
            everything += totals
    if len(names) > 1:
        print(f"\nall degradations, rows weighted: {goals_line(summary(everything))}")
    pages = sum(pages for _, pages, _ in everything)
    print(f"CPU seconds per page: {sum(CPU_SECONDS) / max(1, pages):.2f} "
          f"(about {sum(CPU_SECONDS) / max(1, pages) / 2:.2f} s wall per page on 2 idle cores)")


def bench_files(files: list[Path]) -> None:
    print(HEADER)
    totals = []
    for path in files:
        got, pages, seconds = read(path)
        result = score(expected_for(path), got)
        totals.append((result, pages, seconds))
        print(line(path.name, result, pages, seconds))
    print(goals_line(summary(totals)))


def figure_check(wanted: list[str], got: dict[str, Any]) -> tuple[int, int]:
    """Of the figures printed in the Target column, how many no target holds, and how many of those
    silently: the target holding the closest figure has no review warning (nor has its sasaran)."""
    flagged = {w["ref"] for w in got["warnings"] if w["severity"] == "review" and w["ref"]}
    read = [(figure, refs) for row, refs in rows_with_refs(got) if refs[0].startswith("/sasaran")
            for figure in figures_of([row[3]])]
    left = [figure for figure, _ in read]
    missing = []
    for figure in wanted:
        if figure in left:
            left.remove(figure)
        else:
            missing.append(figure)
    silent = 0
    for figure in missing:
        near = max(read, key=lambda item: ratio(item[0], figure), default=None)
        if near is None or not flagged & set(near[1]):
            silent += 1
            print(f"  silent: {figure!r} read as {near[0] if near else None!r}")
    return len(missing), silent


def bench_real() -> None:
    """The real scans against the facts typed from their pages (indikator text, target as printed)."""
    facts = json.loads((ROOT / "benchmarks" / "real_scans.json").read_text(encoding="utf-8"))
    print(f"\nreal scans ({REAL})")
    rows = exact = silent_figures = unflagged = unmatched = 0
    for name, expected in facts.items():
        path = REAL / name
        if name.startswith("_"):
            continue
        try:
            got, pages, seconds = read(path)
        except Exception as error:  # a benchmark reports every file, whatever one of them does
            print(f"{name}: {type(error).__name__}: {error}")
            rows += len(expected["rows"])
            continue
        # [indikator, target] or [indikator, target, sasaran]: the sasaran where its cell holds several
        wanted: list[Row] = [tuple(row) for row in expected["rows"]]
        width = len(wanted[0]) if wanted else 2
        placed = [((row[2], row[3], row[1])[:width], refs) for row, refs in rows_with_refs(got)
                if refs[0].startswith("/sasaran")]
        read_rows = [row for row, _ in placed]
        flagged = {w["ref"] for w in got["warnings"] if w["severity"] == "review" and w["ref"]}
        pairs = match_rows(wanted, read_rows)
        hits = sum(match is not None and wanted[index] == read_rows[match] for index, match in pairs)
        silent_rows = sum(match is not None and wanted[index] != read_rows[match] and not flagged & set(placed[match][1])
                          for index, match in pairs)
        lost = sum(match is None for _, match in pairs)  # fewer rows read: joined into others, or lost
        wrong, silent = figure_check(expected["figures"], got)
        rows, exact, silent_figures = rows + len(wanted), exact + hits, silent_figures + silent
        unflagged, unmatched = unflagged + silent_rows, unmatched + lost
        print(f"{name:<48} {pages:>2} pages, {hits}/{len(wanted)} rows exact, {silent_rows} silent, {lost} not read, "
              f"{len(expected['figures']) - wrong}/{len(expected['figures'])} target figures read, {silent} "
              f"silently wrong, {sum(w['severity'] == 'review' for w in got['warnings'])} review warnings, "
              f"{seconds / pages:.1f} s/page")
    print(f"real scans: {exact}/{rows} rows exact ({exact / max(1, rows):.0%}), {unflagged} rows wrong with no review "
          f"warning on them, {unmatched} not read (fewer rows read than printed), {silent_figures} silent figure errors")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", type=Path, help="ready-made scans of samples (scan-<stem>.pdf)")
    parser.add_argument("--only", nargs="*", choices=sorted(DEGRADATIONS), help="degradations to run (default all)")
    parser.add_argument("--stems", nargs="*", help="sample stems to scan (default all)")
    parser.add_argument("--real-only", action="store_true", help="only the real scans")
    parser.add_argument("--no-real", action="store_true", help="skip the real scans")
    args = parser.parse_args()
    if args.files:
        bench_files(args.files)
        return
    if not args.real_only:
        bench_generated(args.only or list(DEGRADATIONS), args.stems)
    if not args.no_real:
        bench_real()


if __name__ == "__main__":
    main()
