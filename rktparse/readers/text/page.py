"""What every style hands on: one TablePage per page, and notes on what was uncertain."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from rktparse.grid import BBox, Cell, ReaderNote, TablePage

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
    above_boxes: list[BBox] = field(default_factory=list)  # where the style knows them (layout exports)
    below_boxes: list[BBox] = field(default_factory=list)

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
        return TablePage(page=self.page, n_rows=self.n_rows + 1, n_cols=n_cols, cells=head + body, words=self.words)


def note(notes: list[ReaderNote], code: str, message: str, page: int) -> None:
    notes.append(ReaderNote(code=code, message=message, page=page))
