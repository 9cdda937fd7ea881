"""Headings printed across a table ('Urusan Pemerintahan Wajib'), found again in a blocks export.

A PDF prints such a heading in one cell spanning the table's width, over the
rows of its group. An export that lists cells one line after another (PyMuPDF
blocks, plain pdftotext, pypdf) gives no width: the heading comes out as a
cell of one column, and the blocks search reads it as a row of its own
(an indikator without target) and lets the Sasaran cell above stretch over it.
A row of one short text cell (indikator or Sasaran column), with no value, right before a row that opens a
new Sasaran (or No) cell, is such a heading: it becomes a cell spanning the
table, the way the PDF readers give it, and the rows under it get a review note
(their group is a reading of the export's order, not of a printed width).
"""

from __future__ import annotations

from rktparse.grid import Cell, ReaderNote, preview
from rktparse.readers.text.lines import INDIKATOR, LEVELS, header_role, is_item, target_spans
from rktparse.readers.text.page import PageOut, grid_box, note

MAX_WORDS = 8  # a heading names a field of affairs in a few words


def _is_heading_text(cell: Cell) -> bool:
    text = cell.text
    return (len(cell.lines) <= 2 and 0 < len(text.split()) <= MAX_WORDS and text[:1].isupper()
            and not is_item(text) and not target_spans(text))


def rows_to_headings(out: PageOut) -> list[ReaderNote]:
    """Turn the page's heading rows (see the module) into cells spanning the table; notes on the
    first row under each."""
    roles = [header_role(" ".join(lines)) for lines in out.header]
    roles += [None] * (max((cell.col + 1 for cell in out.cells), default=0) - len(roles))  # cells past the header
    levels = {col for col, role in enumerate(roles) if role in LEVELS}
    if INDIKATOR not in roles or not levels:
        return []
    notes: list[ReaderNote] = []
    opening: dict[int, list[Cell]] = {}
    for cell in out.cells:
        opening.setdefault(cell.row, []).append(cell)
    for row in sorted(opening):
        cells = opening[row]
        if len(cells) != 1 or cells[0].row_span != 1 or roles[cells[0].col] not in (INDIKATOR, *LEVELS) \
                or not _is_heading_text(cells[0]):  # (a kegiatan entry stands alone on its sub-row)
            continue
        below = opening.get(row + 1, [])
        if not any(cell.col in levels for cell in below):
            continue
        heading = cells[0]
        out.cells.remove(heading)
        out.cells.append(heading.model_copy(update={"col": 0, "col_span": len(out.header), "bbox": grid_box(row, 0)}))
        for cell in out.cells:  # a level cell above ends before the heading
            if cell.col in levels and cell.row < row < cell.row + cell.row_span:
                out.cells[out.cells.index(cell)] = cell.model_copy(update={"row_span": row - cell.row})
        under = [cell.bbox for cell in below if roles[cell.col] == INDIKATOR]
        note(notes, "text-heading-guessed", f"page {out.page}: '{preview(heading.lines)}' stands alone on its line "
             f"before a new Sasaran: read as a heading over the rows below it; check their group", out.page, *under)
    return notes
