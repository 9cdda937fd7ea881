"""The intermediate form every reader produces: pages of table cells.

Readers know nothing about RKT rules; they only say which text sits in which
cell, where, and over how many rows and columns the cell spans. The assembler
(`rktparse.assemble`) turns this grid into the RKT hierarchy.
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator

from rktparse.shared_fields import SharedFieldsModel


def preview(lines: Sequence[str], words: int = 6) -> str:
    """The first words of a cell's lines, to name its row in a warning or note."""
    text = " ".join(lines).split()
    return " ".join(text[:words]) + (" ..." if len(text) > words else "")


class CoordOrigin(str, Enum):
    """Where y = 0 lies on the page; GRID: no page coordinates, the box is the cell's place in its
    table's grid in rows and columns (a text export's cells), which names a cell but shows nothing."""

    TOPLEFT = "topleft"
    GRID = "grid"


@dataclass(slots=True)
class BBox:
    """A box in PDF points, y growing downwards from the top of the page.

    Boxes and cells are slotted dataclasses, not pydantic models: a PDF page's grid holds about 50 of
    each, and a model's dict and headers made them about 600 bytes a cell, a third of a big
    document's grid (issue 15). Readers give them their values as they are; the pydantic models that
    hold them (tables, notes, page text) keep them as given.
    """

    x0: float
    top: float
    x1: float
    bottom: float
    origin: CoordOrigin = CoordOrigin.TOPLEFT

    @property
    def on_page(self) -> bool:
        """Whether the box is a place on the page (in points), not only in a table's grid."""
        return self.origin is not CoordOrigin.GRID


@dataclass(slots=True)
class Cell:
    """One cell of a table as printed: its text lines, place and span (a slotted dataclass, as `BBox`)."""

    lines: list[str]  # text lines of the cell, top to bottom, as printed
    row: int  # first grid row the cell occupies (0-based, per page table)
    col: int  # first grid column the cell occupies (0-based)
    row_span: int = 1
    col_span: int = 1
    bbox: BBox | None = None
    confidence: float | None = None  # how sure the reader is of this cell (0-1); None when certain
    line_tops: list[float] | None = None  # the top of each of `lines` on the page, where the reader knows it
    # the left and right x of each of `lines` on the page, where the reader knows them
    line_spans: list[tuple[float, float]] | None = None
    # the reader saw the last line wrap (a text export keeping the space a line wrapped at): the text
    # goes on past the cell, over a page break; False says nothing
    runs_on: bool = False

    @property
    def text(self) -> str:
        return " ".join(filter(None, map(str.strip, self.lines)))  # the lines that are not blank, stripped

    @property
    def is_empty(self) -> bool:
        return not any(map(str.strip, self.lines))  # as `not self.text`, without joining the lines


class ReaderNote(SharedFieldsModel):
    """Something a reader was unsure of, handed on as a warning."""

    code: str
    message: str
    page: int | None = None
    severity: Literal["review", "info"] = Field(
        default="review", description="'info' for a decision worth knowing that needs no check"
    )
    cell: BBox | None = Field(
        default=None, description="The box of the table cell the note is about: the assembler gives the "
                                  "warning the ref of the node that cell's text went into"
    )
    node: BBox | None = Field(
        default=None, description="The box of the cell whose node the warning points at, when not `cell`'s "
                                  "(a Tujuan cell that may be two points at the Sasaran beside its parting line)"
    )


class TablePage(SharedFieldsModel):
    """One table region found on one page."""

    page: int = Field(ge=1, description="1-based page number")
    n_rows: int = Field(ge=0)
    n_cols: int = Field(ge=0)
    cells: list[Cell]
    bbox: BBox | None = None
    words: list[str] = Field(
        default_factory=list,
        description="Every word printed inside the table region, for the nothing-lost check",
    )
    column_edges: list[float] | None = Field(
        default=None, description="x of each column boundary, left to right (n_cols + 1 values, points), when the "
                                  "source states them (Word's table grid); else derived from the cells' boxes",
    )
    notes: list[ReaderNote] = Field(
        default_factory=list, description="What the reader was unsure of in this table (a cell's extent, say)"
    )
    font_size: float | None = Field(
        default=None, gt=0, description="The size (points) the cells' text is printed in, the median of its "
                                        "words' font sizes; None when the reader does not know it")
    ruled_rows: bool = Field(
        default=True, description="Whether each row's bottom is a drawn rule; False where the reader set it "
                                  "where the row's text ends (a table without rules)")

    @field_validator("words")
    @classmethod
    def _interned(cls, words: list[str]) -> list[str]:
        # A word printed on many pages (most of a long document's are) is held once, not once a page.
        # Interned as the table is made, a page's own copies go at once: interned after the whole
        # read, they left holes among the grid's memory that no later allocation filled (a 5,000-page
        # PDF: about 16 KB of RSS a page).
        return [sys.intern(word) for word in words]

    # (cells, rows, columns) when built, the cell covering each slot, the cells starting each row
    _index_cache: tuple[tuple[int, int, int], dict[tuple[int, int], Cell], dict[int, list[Cell]]] | None = PrivateAttr(
        default=None)

    def grid(self) -> list[list[Cell | None]]:
        """The dense grid: each slot holds the cell that starts there, else None."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            rows[cell.row][cell.col] = cell
        return rows

    def edges(self) -> list[float] | None:
        """x of each column boundary: as the reader gave them, else the median of the cell sides
        standing on each boundary; None when a boundary has no cell box on it."""
        if self.column_edges is not None:
            return self.column_edges
        sides: list[list[float]] = [[] for _ in range(self.n_cols + 1)]
        for cell in self.cells:
            if cell.bbox is not None and cell.bbox.on_page and cell.col + cell.col_span <= self.n_cols:
                sides[cell.col].append(cell.bbox.x0)
                sides[cell.col + cell.col_span].append(cell.bbox.x1)
        if not self.n_cols or not all(sides):
            return None
        return [statistics.median(xs) for xs in sides]

    def covering(self, row: int, col: int) -> Cell | None:
        """The cell whose span covers grid slot (row, col) of the table, if any (the first listed)."""
        return self._index()[0].get((row, col))

    def row_cells(self, row: int) -> list[Cell]:
        """The cells that start on `row`, left to right."""
        return self._index()[1].get(row, [])

    def forget_index(self) -> None:
        """Let go of the index `covering` and `row_cells` build (rebuilt on the next use): the assembler
        forgets each table's once it has walked it: every table keeping its own made the grid a tenth
        bigger."""
        self._index_cache = None

    def _index(self) -> tuple[dict[tuple[int, int], Cell], dict[int, list[Cell]]]:
        # Built once, on first use by the assembler (readers finish their tables before): looking
        # each slot up by scanning every cell made a 2,000-row page cost seconds. Rebuilt should
        # cells be added or the table resized.
        # The private values are read from pydantic's dict: its attribute lookup cost more than the
        # rest of this call, made for every slot the assembler looks at.
        key = (len(self.cells), self.n_rows, self.n_cols)
        private = self.__pydantic_private__
        cache = private["_index_cache"] if private else None
        if cache is None or cache[0] != key:
            slots: dict[tuple[int, int], Cell] = {}
            rows: dict[int, list[Cell]] = {}
            for cell in self.cells:
                rows.setdefault(cell.row, []).append(cell)
                for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                    for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                        slots.setdefault((r, c), cell)
            cache = (key, slots, {r: sorted(cells, key=lambda c: c.col) for r, cells in rows.items()})
            self._index_cache = cache
        return cache[1], cache[2]


class PageText(SharedFieldsModel):
    """Text lines of a page outside its tables (titles, signature blocks)."""

    page: int = Field(ge=1)
    above: list[str] = Field(default_factory=list, description="Lines above the first table")
    below: list[str] = Field(default_factory=list, description="Lines below the last table")
    above_boxes: list[BBox | None] = Field(
        default_factory=list,
        description="The box of each line of `above`, in the same order (None for a line without one); empty when "
                    "the reader has no positions",
    )
    below_boxes: list[BBox | None] = Field(default_factory=list, description="The box of each line of `below`, likewise")


class SourceDocument(SharedFieldsModel):
    """What a reader hands to the assembler."""

    path: str
    format: str = Field(description="pdf, text, docx, ...")
    engine: str
    page_count: int = Field(ge=0)
    tables: list[TablePage] = Field(default_factory=list)
    texts: list[PageText] = Field(default_factory=list)
    notes: list[ReaderNote] = Field(default_factory=list)
    page_sizes: list[tuple[float, float]] = Field(
        default_factory=list, description="(width, height) in points of each page, in page order, when known"
    )
