"""Real archives benchmark: each real file's rows and document fields against the facts typed from its pages.

Not a test. Reads every file named in `benchmarks/real_archives.json` (the
born-digital PDFs, Word and Excel files of ../shared/corpus/real; the scans
are `benchmarks/ocr.py`'s) with `rktparse.parse_all` and prints, per file
and in total:

- rows exact: rows whose sasaran, indikator and target (as printed) equal the
  typed ones, over the larger of typed and read rows (rows are paired in
  printed order, as difflib pairs equal runs);
- fields: document fields (agency, year, place, date, signatory's name)
  equal to the typed ones, per document the file holds;
- silent: read rows that are wrong (or typed rows not read, in a document
  with no `review` warning at all) with no `review` warning whose `ref` is
  the row or its sasaran: the errors nobody would find;
- a file that must fail counts one row, right when it fails with that reason.

With `--export STYLE` the PDFs are read as their text exports in that style
instead (`samples/exports.py`: pypdf, pdfplumber, pymupdf, pdftotext, layout;
`--layout-text` is `--export layout`): the text reader on real documents it
was never tuned on. The Word and Excel files are left out.

With `--scan DEGRADATION` the PDFs are first scanned as `benchmarks/ocr.py`'s
degradation of that name does to the samples (`samples/make_scans.py`: dpi,
skew, grey or 1-bit, dust, stamps) and read by OCR: real page layouts the
scanned ones share (sub-items with their own targets, Sasaran set apart in
one cell, year columns), typed facts and all, as scans.

    .venv/bin/python benchmarks/real_archives.py [--only NAME ...] [--export STYLE | --layout-text | --scan NAME] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
sys.path.insert(0, str(ROOT))

from samples.exports import EXPORTERS, STYLES  # noqa: E402

FIELDS = ("agency", "year", "place", "date", "signatory")

Row = tuple[str, str, str | None]


class Score(NamedTuple):
    rows: int  # the larger of typed and read rows
    exact: int
    silent: int
    fields: int
    fields_right: int

    def __add__(self, other: object) -> Score:  # type: ignore[override]
        assert isinstance(other, Score)
        return Score(*(a + b for a, b in zip(self, other, strict=True)))


def row_of(sasaran: Any, indikator: Any) -> Row:
    raw = indikator.target.raw if indikator.target is not None else None
    return (sasaran.text, indikator.text, raw or None)


def fields_of(doc: Any) -> dict[str, Any]:
    info = doc.document
    return {"agency": info.agency, "year": info.year, "place": info.place,
            "date": info.date.isoformat() if info.date else None,
            "signatory": info.signatory.name if info.signatory else None}


def flagged_refs(doc: Any) -> set[str]:
    return {w.ref for w in doc.warnings if w.severity.value == "review" and w.ref}


def score_document(doc: Any, typed: dict[str, Any], verbose: bool) -> Score:
    """One document read against the facts typed for it."""
    refs = flagged_refs(doc)
    read: list[tuple[Row, bool]] = []
    for s_index, sasaran in enumerate(doc.sasaran):
        for i_index, indikator in enumerate(sasaran.indikator):
            flagged = f"/sasaran/{s_index}" in refs or f"/sasaran/{s_index}/indikator/{i_index}" in refs
            read.append((row_of(sasaran, indikator), flagged))
    expected = [(s, i, t or None) for s, i, t in typed["rows"]]
    matcher = SequenceMatcher(a=expected, b=[row for row, _ in read], autojunk=False)
    exact = sum(block.size for block in matcher.get_matching_blocks())
    matched = {j for block in matcher.get_matching_blocks() for j in range(block.b, block.b + block.size)}
    wrong = [(row, flagged) for j, (row, flagged) in enumerate(read) if j not in matched]
    silent = sum(1 for _, flagged in wrong if not flagged)
    lost = max(0, len(expected) - exact - len(wrong))  # typed rows no read row stands for
    if lost and not any(w.severity.value == "review" for w in doc.warnings):
        silent += lost
    got = fields_of(doc)
    right = sum(got[key] == typed["fields"][key] for key in FIELDS)
    if verbose:
        for row, flagged in wrong:
            print(f"    {'flagged' if flagged else 'SILENT '} {row}")
        for key in FIELDS:
            if got[key] != typed["fields"][key]:
                print(f"    field {key}: {got[key]!r}, typed {typed['fields'][key]!r}")
    return Score(max(len(expected), len(read)), exact, silent, len(FIELDS), right)


def text_export(name: str, folder: Path, style: str = "layout") -> Path:
    """The real PDF's text export in `style` (`samples.exports.EXPORTERS`), written in `folder`."""
    path = folder / f"{Path(name).stem}.{style}.txt"
    path.write_text(EXPORTERS[style](REAL / name), encoding="utf-8")
    return path


def scanned(name: str, folder: Path, degradation: str) -> Path:
    """The real PDF scanned as `benchmarks/ocr.py`'s `degradation` (its seed too), written in `folder`."""
    from benchmarks.ocr import DEGRADATIONS, scan_pdf

    how, seed = DEGRADATIONS[degradation]
    path = folder / f"{Path(name).stem}.{degradation}.pdf"
    path.write_bytes(scan_pdf(REAL / name, how, seed))
    return path


def score_file(name: str, facts: dict[str, Any], verbose: bool, source: Path | None = None) -> Score:
    import rktparse
    from rktparse.errors import InputError

    try:
        docs = rktparse.parse_all(source or REAL / name)
    except InputError as exc:
        right = facts.get("fails") == exc.reason
        return Score(1, int(right), 0, 0, 0)
    if "fails" in facts:
        return Score(1, 0, 1, 0, 0)  # read as a document, where none is printed
    typed = facts["documents"]
    score = Score(0, 0, 0, 0, 0)
    for doc, expected in zip(docs, typed):
        score += score_document(doc, expected, verbose)
    extra = docs[len(typed):]
    missing = typed[len(docs):]
    score += Score(sum(len(d.indikator_rows()) for d in extra) + sum(len(t["rows"]) for t in missing), 0,
                   sum(len(d.indikator_rows()) for d in extra), len(FIELDS) * (len(extra) + len(missing)), 0)
    return score


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="file names to read (default: all typed)")
    parser.add_argument("--export", choices=STYLES, help="read each PDF's text export in this style instead "
                                                          "(Word and Excel files left out)")
    parser.add_argument("--layout-text", dest="export", action="store_const", const="layout",
                        help="the same as --export layout")
    parser.add_argument("--scan", metavar="DEGRADATION", help="scan each PDF as this degradation of "
                        "benchmarks/ocr.py does (bw200, grey200-skew3, ...) and read the scan (Word and Excel "
                        "files left out)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong row and field")
    args = parser.parse_args(argv)
    if not REAL.is_dir():
        print(f"{REAL} not found: the shared corpus must sit beside the checkout", file=sys.stderr)
        return 2
    facts = json.loads((ROOT / "benchmarks" / "real_archives.json").read_text(encoding="utf-8"))
    names = [name for name in facts if not name.startswith("_") and (not args.only or name in args.only)
             and (not (args.export or args.scan) or name.endswith(".pdf"))]
    total = Score(0, 0, 0, 0, 0)
    folder = Path(tempfile.mkdtemp(prefix="rktparse-exports-"))
    print(f"{'file':<48} {'rows':>5} {'exact':>6} {'silent':>6} {'fields':>7}")
    for name in names:
        if args.verbose:
            print(name)
        source = text_export(name, folder, args.export) if args.export else \
            scanned(name, folder, args.scan) if args.scan else None
        score = score_file(name, facts[name], args.verbose, source)
        total += score
        print(f"{name:<48} {score.rows:>5} {score.exact:>6} {score.silent:>6} {score.fields_right:>3}/{score.fields:<3}")
    print(f"{'total':<48} {total.rows:>5} {total.exact:>6} {total.silent:>6} {total.fields_right:>3}/{total.fields:<3}")
    print(f"rows exact {percent(total.exact, total.rows)}, silent {percent(total.silent, total.rows)}, "
          f"document fields {percent(total.fields_right, total.fields)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
