"""What every style hands on: one TablePage per page, and notes on what was uncertain."""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from rktparse.grid import BBox, Cell, CoordOrigin, ReaderNote, TablePage
from rktparse.readers.text.lines import LEVELS, SASARAN

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
    edges: list[float] | None = None  # column boundaries, when the export shows them (in characters)
    above_boxes: list[BBox] = field(default_factory=list)  # where the style knows them (layout exports)
    below_boxes: list[BBox] = field(default_factory=list)
    blank: frozenset[int] = frozenset()  # columns the export prints nothing in on any line of the table (layout)
    groups: list[tuple[int, int, str]] = field(default_factory=list)  # names over columns first..last (layout)

    def __post_init__(self) -> None:
        # Interned now, as `TablePage` would: a long export's pages all wait for `take_table` until the
        # end of the read, and their own copies of each word, freed only then, left holes among the
        # grid's memory (a 4 MB export: 17 MB).
        self.words = [sys.intern(word) for word in self.words]

    def add(self, lines: Sequence[str], row: int, col: int, row_span: int = 1,
            certainty: float = 1.0, col_span: int = 1, runs_on: bool = False) -> BBox | None:
        """Add a cell (nothing when it is blank); its box, for a note about it to name it by.
        `runs_on`: its last line wrapped (`Cell.runs_on`)."""
        self.n_rows = max(self.n_rows, row + row_span)
        if not any(line.strip() for line in lines):
            return None
        box = grid_box(row, col, row_span)
        self.cells.append(Cell(lines=list(lines), row=row, col=col, row_span=row_span, col_span=col_span, bbox=box,
                               confidence=shown(certainty), runs_on=runs_on))
        return box

    def near(self, row: int) -> BBox | None:
        """The box of a cell on `row`, else on the nearest row above: where a note on an empty cell
        (no box of its own) points."""
        above = [cell for cell in self.cells if cell.row <= row and cell.bbox is not None]
        return max(above, key=lambda cell: (cell.row, -cell.col)).bbox if above else None

    def boxes(self, col: int | None, rows: range) -> list[BBox | None]:
        """The boxes of the cells of column `col` opening on `rows`: a note on a cell that is no node
        of its own (a Misi, Tujuan or No cell) points at the rows it spans."""
        return [cell.bbox for cell in self.cells if cell.col == col and cell.row in rows]

    def take_table(self) -> TablePage:
        """Row 0 holds the header cells, and where names of groups stand over columns, row 0 holds those
        (each spanning its columns) and row 1 the names under them, as a PDF's header rows do; the body
        rows follow. The page's cells and words move into the table (each cell shifted down, not
        copied: a long export's are many), so the page holds none of them afterwards."""
        cells, words, self.cells, self.words = self.cells, self.words, [], []
        n_head = 2 if self.groups else 1
        for cell in cells:
            cell.row += n_head
        grouped = {col for first, last, _ in self.groups for col in range(first, last + 1)}
        head = [Cell(lines=[name], row=0, col=first, col_span=last - first + 1) for first, last, name in self.groups]
        head += [Cell(lines=lines, row=n_head - 1, col=col) if col in grouped else
                 Cell(lines=lines, row=0, col=col, row_span=n_head) for col, lines in enumerate(self.header)]
        n_cols = max([len(self.header)] + [c.col + c.col_span for c in cells])
        edges = self.edges if self.edges is not None and len(self.edges) == n_cols + 1 else None
        return TablePage(page=self.page, n_rows=self.n_rows + n_head, n_cols=n_cols, cells=head + cells, words=words,
                         column_edges=edges)


@functools.lru_cache(maxsize=4096)
def grid_box(row: int, col: int, row_span: int = 1) -> BBox:
    """A text export has no coordinates: a cell's box is its place in the page's grid, in rows and
    columns. It lets a note name the cell, so that its warning points at the rows the cell went into.
    The cells at one place of their pages share one box (no one changes a box): a long export's boxes
    were a tenth of its grid (issue 15)."""
    return BBox(x0=col, top=row, x1=col + 1, bottom=row + row_span, origin=CoordOrigin.GRID)


def note(notes: list[ReaderNote], code: str, message: str, page: int, *cells: BBox | None) -> None:
    """A review note on the cells it concerns, one per cell (each warning takes one ref); a note on no
    cell that was placed stays on its page."""
    boxes: list[BBox | None] = [box for box in cells if box is not None] or [None]
    notes += [ReaderNote(code=code, message=message, page=page, cell=box) for box in boxes]


def concerned(role: str, box: BBox | None, rows: list[BBox | None]) -> list[BBox | None]:
    """What a note on a cell points at: the cell itself (a Sasaran, an indikator, its target or kegiatan; a
    Misi or Tujuan, whose text every Sasaran under it prints, on other pages too), and the rows a merged
    cell (a Misi, Tujuan or No cell) spans on the page."""
    return [*rows, box] if role in LEVELS and role != SASARAN else [box]
