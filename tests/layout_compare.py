"""Comparing a document's printed layout, and page pictures, with those of its regenerated copy."""

from __future__ import annotations

import json

import numpy as np
import pypdfium2 as pdfium

import rktparse
from rktparse.models import Layout, RktDocument, TableLayout
from tests.conftest import without

WIDTH_TOLERANCE = 0.05  # of the page width: the bound on a column's width
RULE_RUN = 0.12  # a vertical rule runs at least this share of the page height
RULE_MATCH = 0.01  # two rules coincide within this share of the page width


def without_places(value):
    """The content without where it was printed (pages, regions): those follow the regenerated layout."""
    return without(value, frozenset({"pages", "regions"}))


def content(doc: RktDocument) -> dict:
    """What a regenerated copy must keep: the document block, sasaran and programs, wherever printed."""
    data = json.loads(rktparse.dumps(doc))
    return without_places({key: data[key] for key in ("document", "sasaran", "programs")})


def column_widths_on_page(layout: TableLayout) -> list[float]:
    """Each column's width as a share of the page width."""
    assert layout.table_width is not None
    return [(column.width or 0) * layout.table_width for column in layout.columns]


def table_differences(original: TableLayout, copy: TableLayout) -> list[str]:
    """What the copy's table does not keep of the original's: column order and headers, orientation,
    (where the original's geometry is known) each column's width within 5 % of the page width, and
    the column-number row."""
    found = []
    printed = [(c.role.value, c.header) for c in original.columns]
    again = [(c.role.value, c.header) for c in copy.columns]
    if printed != again:
        found.append(f"columns {printed} became {again}")
    if original.page is not None and (copy.page is None or copy.page.orientation != original.page.orientation):
        found.append(f"page {original.page} became {copy.page}")
    if original.table_width is not None and printed == again and copy.table_width is not None:
        for column, a, b in zip(original.columns, column_widths_on_page(original), column_widths_on_page(copy)):
            if abs(a - b) > WIDTH_TOLERANCE:
                found.append(f"column {column.header!r}: {a:.3f} of the page wide, {b:.3f} in the copy")
    if original.column_numbers != copy.column_numbers:
        found.append(f"column numbers {original.column_numbers} became {copy.column_numbers}")
    return found


def layout_differences(original: Layout, copy: Layout) -> list[str]:
    """What the copy's layout does not keep of the original's: its first table's (`table_differences`),
    then each RKT table's and each programs table's, which must hold the same nodes; and the lines fields were
    read from outside the title and the signature block, printed in the same places."""
    found = table_differences(original, copy)
    if original.field_lines != copy.field_lines:
        found.append(f"field lines {original.field_lines} became {copy.field_lines}")
    kinds = [("table", original.tables, copy.tables)]
    if original.programs is not None:
        kinds.append(("programs table", original.programs.tables, copy.programs.tables if copy.programs else []))
    for kind, tables, again in kinds:
        if len(tables) != len(again):
            found.append(f"{len(tables)} {kind}s became {len(again)}")
        for k, (a, b) in enumerate(zip(tables, again)):
            found += [f"{kind} {k + 1}: {difference}" for difference in table_differences(a, b)]
            if a.first != b.first:
                found.append(f"{kind} {k + 1}: first node {a.first} became {b.first}")
    return found


def table_order(doc: RktDocument) -> list[str]:
    """The kinds of the document's tables ('rkt', 'programs') in the order they were printed: by the page, then
    the top, of the first node each holds (a Word file, which gives neither, lists its RKT tables first)."""
    def place(node) -> tuple[int, float]:
        page = node.pages[0] if node.pages else 0
        return page, next((region.box[1] for region in node.regions if region.page == page), 0.0)

    layout = doc.layout
    tables = [("rkt", doc.sasaran, table.first) for table in (layout.tables if layout else [])]
    tables += [("programs", doc.programs, table.first) for table in (layout.programs.tables if layout and
                                                                      layout.programs else [])]
    return [kind for kind, nodes, first in sorted(tables, key=lambda t: place(t[1][t[2]])) if first < len(nodes)]


def vertical_rules(pdf_path, page_index: int = 0, scale: float = 1.0) -> list[float]:
    """x of the page's vertical rules (dark runs taller than RULE_RUN of the page), as shares of its width."""
    pdf = pdfium.PdfDocument(pdf_path)
    try:
        image = np.asarray(pdf[page_index].render(scale=scale, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()
    dark = image < 128
    height, width = dark.shape
    longest = np.zeros(width, dtype=int)
    run = np.zeros(width, dtype=int)
    for row in dark:
        run = np.where(row, run + 1, 0)
        longest = np.maximum(longest, run)
    xs = np.flatnonzero(longest >= RULE_RUN * height)
    rules: list[list[int]] = []
    for x in xs:  # a rule a few pixels thick is one rule
        if rules and x - rules[-1][-1] <= 2:
            rules[-1].append(int(x))
        else:
            rules.append([int(x)])
    return [float(np.mean(group)) / width for group in rules]


def rules_coinciding(original: list[float], copy: list[float]) -> float:
    """The share of the original's vertical rules that the copy prints at the same place."""
    if not original:
        return 1.0
    return sum(any(abs(x - y) <= RULE_MATCH for y in copy) for x in original) / len(original)
