"""What every style hands on: one TablePage per page, and notes on what was uncertain."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from rktparse.grid import Cell, ReaderNote, TablePage

CONFIDENT = 0.9  # a cell decided with less confidence carries it
NOTE_BELOW = 0.6  # a decision with less confidence is also reported as a note


def confidence(margin: float) -> float:
    """A score lead over the next best reading, mapped to 0 (a tie) .. 1."""
    return 1.0 if math.isinf(margin) else round(1.0 - math.exp(-max(margin, 0.0) / 2.0), 3)


def shown(value: float) -> float | None:
    """The confidence a cell carries: None when the reader was sure."""
    return value if value < CONFIDENT else None


@dataclass
class PageOut:
    """One page as the styles build it: body cells (rows from 0), then the table with its header."""

    page: int
    header: list[list[str]]  # each column's header lines
    cells: list[Cell] = field(default_factory=list)
    n_rows: int = 0
    words: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)
    below: list[str] = field(default_factory=list)
    index: int = 0  # its order among the tables printed on its page
    edges: list[float] | None = None  # column boundaries, when the export shows them (in characters)

    def add(self, lines: Sequence[str], row: int, col: int, row_span: int = 1,
            certainty: float = 1.0) -> None:
        if any(line.strip() for line in lines):
            self.cells.append(Cell(lines=list(lines), row=row, col=col, row_span=row_span,
                                   confidence=shown(certainty)))
        self.n_rows = max(self.n_rows, row + row_span)

    def table(self) -> TablePage:
        """Row 0 holds the header cells; the body rows follow."""
        head = [Cell(lines=lines, row=0, col=col) for col, lines in enumerate(self.header)]
        body = [cell.model_copy(update={"row": cell.row + 1}) for cell in self.cells]
        n_cols = max([len(self.header)] + [c.col + c.col_span for c in self.cells])
        edges = self.edges if self.edges is not None and len(self.edges) == n_cols + 1 else None
        return TablePage(page=self.page, n_rows=self.n_rows + 1, n_cols=n_cols, cells=head + body, words=self.words,
                         column_edges=edges)


def note(notes: list[ReaderNote], code: str, message: str, out: PageOut, at: tuple[int, int] | None = None) -> None:
    """A note on the table `out`; `at` is the body row and column of the cell it is about (row 0
    of the table is the header: see PageOut.table)."""
    slot = (out.index, at[0] + 1, at[1]) if at is not None else None
    notes.append(ReaderNote(code=code, message=message, page=out.page, slot=slot))


def number_slots(notes: list[ReaderNote], pages: list[PageOut]) -> list[ReaderNote]:
    """Notes whose slot counts the tables of its page as the reader hands them on (those with rows)."""
    kept: dict[tuple[int, int], int] = {}
    for out in pages:
        if out.n_rows:
            kept[out.page, out.index] = sum(1 for page, _ in kept if page == out.page)
    return [note.model_copy(update={"slot": (kept[note.page, note.slot[0]], *note.slot[1:])})
            if note.slot is not None and note.page is not None and (note.page, note.slot[0]) in kept
            else note.model_copy(update={"slot": None}) for note in notes]
