"""Whether a cell's text was cut by a page break, from where its lines stand in the cell.

A cell printed at the bottom of a page and a cell at the top of the next one
may hold one text (a merged cell or a row broken across the page) or two.
Two facts of typesetting tell them apart, whatever the words say:

* a text cut by the break runs down to the bottom of its cell: a cell with
  room left for another line under its last one (or one that closes before the
  table's last row) holds its whole text; in a table without rules, whose
  row ends where its text does, that room is the lines printed beside it;
* a wrapped text goes on to the next line only when the next word does not fit
  on the last one: when the first word at the top of the next page would have
  fitted on the last line of the cell before, it starts a new text.

Both need the readers' line positions (`Cell.line_tops`, `Cell.line_spans`);
where a reader gives none (Word files, text exports) they answer None, but a
text export that keeps the space a line wrapped at shows a text that was cut
(`Cell.runs_on`): it did not end, and its next word did not fit.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from rktparse.grid import Cell, TablePage

ROOM = 1.5  # a cell with this many line pitches below its last line's top has room for another line
CLEAR = 3.0  # line pitches free below a text: ended beyond doubt (LibreOffice may leave a line's room in a cut cell)
DEEPER = 0.5  # line pitches: a merged cell's text this far below every other cell's set the page's last row
FIT_MARGIN = 0.05  # share of the cell's width left unclaimed before a word counts as fitting: measures are estimates
LINE_PITCH = 1.15  # a line's pitch in font sizes, for a cell of one line


@dataclass(slots=True)
class Fragment:
    """A cell as printed on one page, with its table: what a text at the top of the next page may continue."""

    table: TablePage
    cell: Cell


def line_pitch(fragment: Fragment) -> float | None:
    tops = fragment.cell.line_tops or []
    if len(tops) > 1:
        return statistics.median(b - a for a, b in zip(tops, tops[1:]))
    return fragment.table.font_size * LINE_PITCH if fragment.table.font_size else None


def top_inset(table: TablePage) -> float:
    """How far the first line of a cell stands below the cell's top rule when set at the top: the
    padding, read off the table's cells (the tenth lowest: centred cells stand lower)."""
    insets = sorted(cell.line_tops[0] - cell.bbox.top for cell in table.cells
                    if cell.line_tops and cell.bbox is not None and cell.line_tops[0] > cell.bbox.top)
    return insets[len(insets) // 10] if insets else 0.0


def has_geometry(cell: Cell) -> bool:
    return (cell.bbox is not None and cell.bbox.on_page and cell.line_tops is not None
            and len(cell.line_tops) == len(cell.lines) > 0)


def text_ended(fragment: Fragment, merged: bool, room: float = ROOM) -> bool | None:
    """Whether the fragment's text certainly ends on its page: its cell closes before the table's
    last row, or leaves `room` line pitches below its last line's top, or (a `merged` cell over rows of
    their own) its text reaches below every other cell's, so that it set the last row's height
    rather than running into the page's end. None without line positions; False when the reader
    saw the last line wrap (`Cell.runs_on`: the text runs on past the cell)."""
    table, cell = fragment.table, fragment.cell
    if cell.runs_on:
        return False
    pitch = line_pitch(fragment)
    if not has_geometry(cell) or pitch is None or pitch <= 0:
        return None
    assert cell.bbox is not None and cell.line_tops is not None
    if cell.row + cell.row_span < table.n_rows:
        return True
    last = cell.line_tops[-1]
    if not merged and not table.ruled_rows:
        return room_beside(table, cell, pitch, room)
    if cell.bbox.bottom - last - top_inset(table) >= room * pitch:
        return True
    if not merged:
        return False
    beside = [other.line_tops[-1] for other in table.cells if other.col != cell.col and has_geometry(other)
              and other.row + other.row_span == table.n_rows and other.line_tops]
    return not beside or last - max(beside) >= DEEPER * pitch


def room_beside(table: TablePage, cell: Cell, pitch: float, room: float) -> bool | None:
    """`text_ended` in a table without rules, whose last row ends where its deepest text does: a cell
    beside lines `room` pitches or more below its last one had room to go on; beside one line more,
    nothing tells (a Kegiatan entry beside an indikator spanning several may set it); beside none,
    the text ran to the row's end."""
    assert cell.line_tops is not None
    last = cell.line_tops[-1]
    tops = [other.line_tops[-1] for other in table.cells if other.col != cell.col and other.line_tops
            and has_geometry(other) and other.row <= cell.row + cell.row_span - 1 < other.row + other.row_span]
    below = (max(tops, default=last) - last) / pitch
    return True if below >= room else None if below >= 1 - DEEPER else False


def word_would_fit(fragment: Fragment, tail: Cell) -> bool | None:
    """Whether the first word of `tail` (a cell at the top of the next page, in the same column)
    would have fitted on the fragment's last line: then the text did not wrap there, and the tail
    starts a text of its own. None without line extents; False when the reader saw the last
    line wrap (`Cell.runs_on`)."""
    cell = fragment.cell
    if cell.runs_on:
        return False
    if cell.bbox is None or not cell.line_spans or not tail.line_spans or not tail.lines or not cell.lines:
        return None
    first_line, spans = tail.lines[0].strip(), cell.line_spans
    if not first_line or len(spans) != len(cell.lines) or len(tail.line_spans) != len(tail.lines):
        return None
    inset = min(x0 for x0, _ in spans) - cell.bbox.x0  # left padding; the right one is alike
    room = cell.bbox.x1 - cell.bbox.x0 - 2 * inset
    x0, x1 = tail.line_spans[0]
    per_char = (x1 - x0) / len(first_line)  # the first word and its space, in its line's average letter width
    word = first_line.split()[0]
    last_x0, last_x1 = spans[-1]
    return (last_x1 - last_x0) + per_char * (len(word) + 1) <= room * (1 - FIT_MARGIN)
