"""An original beside its regenerated DOCX (issue 14): how much of the printed layout the copy keeps.

Not a test (tests/test_roundtrip.py holds the bounds): for each file it prints, for the first
document of the file, the original's and the copy's orientation, table text size, columns (role
and printed header, in order), each column's width as a share of the page width (the largest
difference), the share of the original's vertical table rules printed at the same place in the
copy (pdfium renders the table's first page of each), whether the copy reads back to the same
JSON and where a PK's two parties stand; the lines a field was read from outside the title and the
signature block (`layout.field_lines`) and whether the copy reads them back from the same place; the order
of the RKT and programs tables. The copy is the DOCX rktparse writes, printed to PDF by LibreOffice and
read again.

    .venv/bin/python benchmarks/roundtrip.py [files ...]

Without files: a ruled RKT (a sample and a real one), a PK with a two-party signature, a
portrait document, a document of two tables of other columns (an RKT, then a Renja), three documents
whose agency or year only a running footer, a letterhead or a chapter's caption and section heading
give, and a chapter of RKT and programs tables in turn, of the shared corpus (../shared/corpus/real). A document of several tables also gets each table's
orientation, columns, widths and first sasaran.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

import rktparse  # noqa: E402
from rktparse.models import Layout, RktDocument, TableLayout  # noqa: E402
from tests.layout_compare import (  # noqa: E402
    column_widths_on_page,
    content,
    rules_coinciding,
    table_order,
    vertical_rules,
)
from tests.test_roundtrip import docx_to_pdf  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"
DEFAULT_FILES = [ROOT / "samples" / "rl-inspektorat-garut-rkt-2024.pdf",  # ruled RKT, landscape
                 REAL / "jabar-dishub-rkt-2016.pdf",  # ruled RKT
                 REAL / "jabar-disparbud-pk-2016-bidang-pariwisata.pdf",  # PK, two parties, portrait
                 REAL / "jabar-disparbud-pk-2016-lampiran.pdf",  # PK, two parties
                 REAL / "jabar-biro-organisasi-rkt-renja-2017.pdf",  # an RKT in portrait, a Renja in landscape
                 REAL / "jabar-iku-capaian-lampiran-1.pdf",  # agency from the running footer
                 REAL / "jabar-pk-generated-2017.docx",  # the agency's region from the letterhead
                 REAL / "jabar-distan-lkip-2016-bab2.pdf",  # agency from the caption, year from a section heading
                 REAL / "jabar-lkip-bab2-perencanaan-kinerja.pdf"]  # RKT and programs tables in turn


def columns(layout: Layout) -> list[str]:
    return [f"{c.role.value}:{c.header}" for c in layout.columns]


def party_places(pdf: Path, doc: RktDocument) -> str:
    """Where the copy prints the two parties' names: x as a share of the page width, and whether level."""
    parties = [p for p in (doc.document.superior, doc.document.signatory) if p is not None and p.name]
    if len(parties) < 2:
        return "one party"
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document) - 1, -1, -1):
            page = document[index]
            text = page.get_textpage()
            boxes = []
            for party in parties:
                found = text.search(party.name).get_next()
                boxes.append(text.get_charbox(found[0]) if found else None)
            if all(boxes):
                (left, _, _, left_top), (right, _, _, right_top) = boxes  # type: ignore[misc]
                width = page.get_width()
                return (f"superior at x={left / width:.2f}, signer at x={right / width:.2f} of the page, "
                        f"{'level' if abs(left_top - right_top) < 2 else 'not level'}")
    finally:
        document.close()
    return "names not found"


def largest_width_difference(a: TableLayout, b: TableLayout) -> float | None:
    """The largest difference of a column's width, as a share of the page width; None when unknown."""
    if columns(a) != columns(b) or not a.table_width or not b.table_width:
        return None
    return max(abs(x - y) for x, y in zip(column_widths_on_page(a), column_widths_on_page(b)))


def tables_line(a: Layout, b: Layout) -> str:
    """Each printed table of the original beside the copy's: its orientation, columns and widths."""
    parts = []
    for k, (x, y) in enumerate(zip(a.tables, b.tables)):
        worst = largest_width_difference(x, y)
        parts.append(f"{k + 1}: {x.page.orientation.value if x.page else '?'} -> "
                     f"{y.page.orientation.value if y.page else '?'}, {len(x.columns)} columns "
                     f"{'equal' if columns(x) == columns(y) else 'differ'}"
                     + (f", widths within {worst * 100:.1f} %" if worst is not None else "")
                     + f", sasaran from {x.first} -> {y.first}")
    return f"{len(a.tables)} -> {len(b.tables)} ({'; '.join(parts)})"


def compare(path: Path, out: Path) -> None:
    original = rktparse.parse_all(path)[0]
    pdf = docx_to_pdf(rktparse.write(original, out / f"{path.stem}.docx"), out)
    copy = rktparse.parse(pdf)
    a, b = original.layout, copy.layout
    assert a is not None and b is not None
    print(f"{path.name}")
    print(f"  orientation   {a.page.orientation.value if a.page else '?'} -> {b.page.orientation.value if b.page else '?'}")
    print(f"  text size     {a.font_size or '?'} -> {b.font_size or '?'} pt")
    same_columns = columns(a) == columns(b)
    print(f"  columns       {len(a.columns)} -> {len(b.columns)}, order and headers "
          f"{'equal' if same_columns else 'differ'}: {' | '.join(c.header or '' for c in a.columns)}")
    if (worst := largest_width_difference(a, b)) is not None:
        widths = zip(column_widths_on_page(a), column_widths_on_page(b))
        print(f"  widths        {' '.join(f'{x:.3f}/{y:.3f}' for x, y in widths)} (original/copy, of the page)")
        print(f"                largest difference {worst * 100:.1f} % of the page width")
    if len(a.tables) > 1:
        print(f"  tables        {tables_line(a, b)}")
    if path.suffix == ".pdf":
        page = original.sasaran[0].pages[0] - 1
        rules, again = vertical_rules(path, page), vertical_rules(pdf, copy.sasaran[0].pages[0] - 1)
        print(f"  rules         {len(rules)} vertical rules in the original, {len(again)} in the copy; "
              f"{rules_coinciding(rules, again):.2f} of the original's within 1 % of the page width")
    print(f"  content       {'the same JSON' if content(original) == content(copy) else 'DIFFERS'} "
          f"({sum(1 for _ in original.indikator_rows())} indikator); status {original.status.value} -> "
          f"{copy.status.value}")
    print(f"  signature     {party_places(pdf, original)}")
    for found in a.field_lines:
        print(f"  field lines   {found.field} from the {found.place.value}: {' / '.join(found.lines)}; "
              f"{'read back from the same' if found in b.field_lines else 'NOT read back from the same'}")
    if a.programs is not None:
        print(f"  table order   {', '.join(table_order(original))} -> {', '.join(table_order(copy))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            if path.exists():
                compare(path, Path(tmp))
            else:
                print(f"{path}: not found (the shared corpus sits beside the checkout)")


if __name__ == "__main__":
    main()
