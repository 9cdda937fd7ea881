"""Rows whose cells do not have the shapes an RKT's cells have: a second look at every style's result.

Each style decides where a row, a cell and a column end from the text's own
cues; when it goes wrong, a cell often ends up holding text of the wrong kind:
a target value inside an indikator or a Sasaran, a sentence in the target
column, two indikator in one cell. Those shapes hold for RKTs in general, so a
row showing one gets a `review` note on the cell (its warning's ref is the node
the cell went into) instead of passing as read. The rows are not changed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rktparse.grid import BBox, Cell, ReaderNote, preview
from rktparse.readers.text.lines import (
    BRACKETED_NUMBER,
    CONNECTORS,
    INDIKATOR,
    LEVELS,
    SASARAN,
    first_word,
    header_role,
    opener,
    target_spans,
)
from rktparse.readers.text.page import PageOut, concerned, note
from rktparse.vocabulary.cues import DOING
from rktparse.vocabulary.targets import parse_target

VALUE = 3.0  # lines.target_spans strength of a value no text holds by chance ('97 %', '14 unit', 'WTP')
TARGET_WORDS = 4  # a free-text target ('Tepat waktu', 'Sesuai jadwal') is a few words, never a sentence


def _roles(out: PageOut) -> list[str | None]:
    return [header_role(" ".join(lines)) for lines in out.header]


def _holds_value(text: str) -> bool:
    return any(span.strength >= VALUE for span in target_spans(text))


def _ends_in_value(text: str) -> bool:
    spans = target_spans(text)
    return bool(spans) and spans[-1].end == len(text) and spans[-1].strength >= VALUE - 1.0


def _second_opening(lines: Sequence[str], kind: str) -> str | None:
    """A line after the first opening a new cell of `kind` ('Persentase ...', 'Tercapainya ...') where
    the line before it does not run on into it: two cells (or a heading and a cell) read as one. An
    indikator's word opens one in lowercase too ('prosentase pegawai ...'); a Sasaran's only with a
    capital (its words, 'peningkatan', run on inside a Sasaran)."""
    return _line_opening(lines, lambda word: (word[:1].isupper() or kind == INDIKATOR) and opener(word) == kind)


def _line_opening(lines: Sequence[str], opens: Callable[[str], bool]) -> str | None:
    """The first line after the first whose first word `opens` a cell, the line before it not ending on
    a connective or a broken word (it would run on into it)."""
    for before, line in zip(lines, lines[1:]):
        last = before.strip().rsplit(" ", 1)[-1].lower()
        if opens(first_word(line.strip())) and last not in CONNECTORS and not last.endswith("-"):
            return line.strip()
    return None


OPENS_SMALL = "the indikator cell opens without a capital or an indikator's word: it may be the end of another"


def cell_doubt(role: str | None, cell: Cell) -> str | None:
    """Why a cell of a column with this role does not look like one, if it does not."""
    text = cell.text
    if role == "target":
        if parse_target(text).kind == "text" and len(text.split()) > TARGET_WORDS:
            return "the target cell holds running text, not a value"
        if len(target_spans(text)) > 1 and "(" not in text:  # ('10 (234 Temuan)': a value and its note)
            return "the target cell holds two values: one may be another column's"
    elif role == INDIKATOR:
        if opener(first_word(text)) != INDIKATOR and not text[:1].isupper() and not BRACKETED_NUMBER.match(text):
            return OPENS_SMALL
        if _ends_in_value(text):
            return "the indikator cell ends in a value that may be its target"
        if (line := _second_opening(cell.lines, INDIKATOR)) is not None:
            return f"the indikator cell may hold a second indikator ('{preview([line])}')"
    elif role in LEVELS and role != "no":
        if _holds_value(text):  # (its words alone tell little: a Sasaran may open 'Presentase ...')
            return f"the {role} cell holds a value that may be a target"
        if role == SASARAN and (line := _second_opening(cell.lines, SASARAN)) is not None:
            return f"the Sasaran cell may hold a heading or a second Sasaran ('{preview([line])}')"
    elif role == "kegiatan":
        if any(span.strength >= VALUE + 0.5 for span in target_spans(text)):
            return "the kegiatan cell holds a value that may be a target"
        if (line := _doing_opens(cell.lines)) is not None:
            return f"the kegiatan cell may hold a second entry ('{preview([line])}')"
        if (line := _line_opening(cell.lines, lambda word: word[:1].isupper() and opener(word) == INDIKATOR)) is not None:
            # (an activity is not measured: 'Prosentase produksi padi' amid entries is a row whose target
            # is empty, read into the row above; dev seed 30, PyMuPDF)
            return f"the kegiatan cell may hold the indikator of a row of its own ('{preview([line])}')"
    return None


def _doing_opens(lines: Sequence[str]) -> str | None:
    """A line after the first opening with a verb a Kegiatan entry opens with ('melakukan ...'), in
    either case, where the line before does not run on into it: a wrap hardly ever goes on with one."""
    return _line_opening(lines, lambda word: word.lower() in DOING)


def check_rows(out: PageOut) -> list[ReaderNote]:
    """A review note on each cell of the page whose text does not have its column's shape; a note on
    a row whose indikator is empty while other cells of it are not."""
    notes: list[ReaderNote] = []
    roles = _roles(out)
    if INDIKATOR not in roles:
        return notes
    indikator_col = roles.index(INDIKATOR)
    for cell in out.cells:
        role = roles[cell.col] if cell.col < len(roles) else None
        reason = cell_doubt(role, cell)
        if reason is None:
            continue
        rows = out.boxes(indikator_col, range(cell.row, cell.row + cell.row_span))
        boxes = concerned(role or "", cell.bbox, rows)
        if reason is OPENS_SMALL and (left := _left_of(out, cell)) is not None:  # its words may be that cell's
            spanned = out.boxes(indikator_col, range(left.row, left.row + left.row_span))
            boxes += concerned(roles[left.col] or "", left.bbox, spanned)
        note(notes, "text-cell-shape", f"page {out.page}: {reason}: '{preview(cell.lines)}'; check the row",
             out.page, *boxes)
    return notes + _figure_gaps(out, roles) + _rows_without_indikator(out, roles)


def _left_of(out: PageOut, cell: Cell) -> Cell | None:
    """The cell printed left of `cell` on its first row (a merged Sasaran's, maybe)."""
    beside = [other for other in out.cells if other.col < cell.col and other.row <= cell.row < other.row + other.row_span]
    return max(beside, key=lambda other: other.col, default=None)


def _rows_without_indikator(out: PageOut, roles: Sequence[str | None]) -> list[ReaderNote]:
    """A note on the row above each row that holds a target but no indikator: such a target is most
    often a value of the row above (its Anggaran, a second paragraph's figure) that the export printed
    apart, with the rest of that row's cells; the rows are read apart, so the row above may lack them.
    (The row itself gets the assembler's indikator-missing warning.)"""
    if "target" not in roles:
        return []
    indikator_col, target_col = roles.index(INDIKATOR), roles.index("target")
    named = {cell.row: cell for cell in out.cells if cell.col == indikator_col}
    notes: list[ReaderNote] = []
    for row in sorted({cell.row for cell in out.cells if cell.col == target_col and cell.row not in named}):
        if above := [r for r in named if r < row]:
            cell = named[max(above)]
            note(notes, "text-row-split", f"page {out.page}: the row under '{preview(cell.lines)}' holds a target "
                 "but no indikator: it may hold this row's values, printed apart; check the row", out.page, cell.bbox)
    return notes


FILLED = 0.8  # share of rows filling a column for its empty cell to be a doubt


def _figure_gaps(out: PageOut, roles: Sequence[str | None]) -> list[ReaderNote]:
    """A note on each row with nothing in an other column ('Anggaran (Rp)', 'Satuan', 'Capaian 2018')
    that nearly every other row fills: an export listing cells one after another shows no columns, so
    that column's value may have been read as another cell's (an empty target's), or lost."""
    by_place = {(cell.row, cell.col): cell for cell in out.cells}
    indikator_col = roles.index(INDIKATOR)  # (a damaged export's header may name two)
    rows = sorted(row for row, col in by_place if col == indikator_col)
    notes: list[ReaderNote] = []
    for col, role in enumerate(roles):
        if role != "extra" or len(rows) < 3:
            continue
        empty = [row for row in rows if (row, col) not in by_place]
        name = " ".join(out.header[col])
        if len(empty) == len(rows):
            if col not in out.blank:  # a layout export printing nothing where the column stands left it blank
                notes += _column_unread(out, name, [by_place[row, indikator_col] for row in rows])
            continue
        if len(empty) > (1 - FILLED) * len(rows):
            continue
        for row in empty:
            cell = by_place.get((row, roles.index("target"))) if "target" in roles else None
            said = f": the target '{preview(cell.lines)}' may be its value" if cell is not None else ""
            named = by_place[row, indikator_col]
            note(notes, "text-cell-shape", f"page {out.page}: the row's '{name}' cell is empty, as in few other "
                 f"rows{said}", out.page, (cell or named).bbox)
    return notes


def _column_unread(out: PageOut, name: str, rows: list[Cell]) -> list[ReaderNote]:
    """A note on every row of a page whose column named in the header holds nothing on any row: its
    values were likely read into other cells (or lost) rather than all left blank."""
    notes: list[ReaderNote] = []
    note(notes, "text-column-empty", f"page {out.page}: the header names a column '{name}' but no row of the page "
         "has a value in it: its values may have gone into other cells; check the rows", out.page,
         *(cell.bbox for cell in rows))
    return notes


# Share of a reading's rows in doubt above which every row is flagged, picked on development seeds
# 0-59 (never on reporting seeds): above it the rows left unflagged were wrong about as often as the
# flagged ones in stream and blocks exports, and one in five times in layout exports. (No share
# refuses a reading: a sample's blocks export reads exactly with every row in doubt.)
UNRELIABLE = 0.5


def _place(box: BBox) -> tuple[float, float, float, float]:
    return box.x0, box.top, box.x1, box.bottom


def row_cells(out: PageOut) -> dict[int, Cell]:
    """The rows a table read, each by its indikator cell ('(3)' under the header: no row)."""
    roles = _roles(out)
    if INDIKATOR not in roles:
        return {}
    column = roles.index(INDIKATOR)
    return {cell.row: cell for cell in out.cells if cell.col == column and not BRACKETED_NUMBER.match(cell.text)}


def rows_in_doubt(pages: Sequence[PageOut], notes: Sequence[ReaderNote]) -> tuple[list[tuple[int, Cell]], int]:
    """The rows read (page, indikator cell), and how many of them have a review note on a cell of theirs.
    Counted table by table: a long export's rows, keyed all at once, cost more than its notes (issue 15)."""
    read: list[tuple[int, Cell]] = []
    doubted = 0
    noted = {(note.page, _place(note.cell)) for note in notes if note.severity == "review" and note.cell is not None}
    for out in pages:  # a page may hold several tables
        rows = row_cells(out)
        doubted += len({row for cell in out.cells if cell.bbox and (out.page, _place(cell.bbox)) in noted
                        for row in range(cell.row, cell.row + cell.row_span)} & rows.keys())
        read += [(out.page, cell) for cell in rows.values()]
    return read, doubted


def unreliable_rows(rows: list[tuple[int, Cell]], doubted: int) -> list[ReaderNote]:
    """A note on every row read when more than UNRELIABLE of them (`doubted` of `rows`) are in doubt:
    the export's reading as a whole is unreliable, so no row of it can pass as read. (Every row, not
    only the others: a note on a cell may end on another node than the row's indikator.)"""
    if doubted <= UNRELIABLE * len(rows):
        return []
    message = (f"{doubted} of the {len(rows)} rows read from this export carry doubts about their cells: "
               f"its reading is unreliable as a whole; check every row against the original")
    return [ReaderNote(code="text-reading-unreliable", message=f"page {page}: {message}", page=page, cell=cell.bbox)
            for page, cell in rows]


UNREAD_VALUES = 2  # target-like lines outside a page's tables from which on its rows may not all have been read


def unread_rows(pages: Sequence[PageOut]) -> list[ReaderNote]:
    """A note on each page whose text outside the tables holds lines that are whole target values
    ('100%', '26.482 unit'): the rows they belong to were not read into a table, and no row's warning
    can point at rows that never came out."""
    notes: list[ReaderNote] = []
    for out in pages:
        values = [line for line in out.above + out.below if _whole_value(line.strip())]
        if len(values) >= UNREAD_VALUES:
            notes.append(ReaderNote(
                code="text-rows-unread", page=out.page,
                message=f"page {out.page}: {len(values)} lines outside the table read look like targets "
                        f"('{preview(values[:3])}'): rows of the page may not have been read; check it"))
    return notes


def _whole_value(text: str) -> bool:
    return any(span.start == 0 and span.end == len(text) and span.strength >= VALUE for span in target_spans(text))
