"""PDF engine on camelot's lattice parser, vector engine (no rendering).

Camelot gives a full grid per table with, for each slot, which of its four
sides is ruled; a slot open at the bottom continues into the one below, so
spans come from those flags. The cells' text comes from the page's own words
(pdfium, as for the other engines) placed into camelot's grid: camelot's own
cell text drops WinAnsi bullets and assigns whole text lines to one slot.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from rktparse.errors import CorruptFileError
from rktparse.grid import BBox, Cell, TablePage
from rktparse.readers.lattice import finish_tables, words_to_cells
from rktparse.readers.pdf_base import PageTables, PdfPagesReader, displayed_size
from rktparse.readers.pdf_common import load_page, page_chars
from rktparse.readers.pdf_words import (
    Box,
    Word,
    chars_to_words,
    lines_to_words,
    split_words,
    words_to_lines,
)

NOISY_LOGGERS = ("camelot", "playa", "pdfminer")


@contextmanager
def quiet() -> Iterator[None]:
    """Camelot's warnings and log records kept off stderr while it runs."""
    loggers = [logging.getLogger(name) for name in NOISY_LOGGERS]
    before = [logger.disabled for logger in loggers]
    for logger in loggers:
        logger.disabled = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, disabled in zip(loggers, before):
            logger.disabled = disabled


def read_camelot(path: Path) -> list[Any]:
    """Camelot's lattice tables of every page, from vector rules only."""
    import camelot  # heavy (opencv, pandas): only when this engine is used

    try:
        with quiet():
            return list(camelot.read_pdf(str(path), pages="all", flavor="lattice", engine="vector",
                                         suppress_stdout=True))
    except Exception as error:  # pdfium read the file, so camelot's parser is what failed
        raise CorruptFileError(path, f"camelot cannot parse it: {error}") from error


def is_open(grid: list[list[Any]], row: int, col: int, side: str) -> bool:
    """Whether the slot has no rule on `side` ("right" or "bottom"), seen from both slots."""
    cell = grid[row][col]
    if side == "right":
        return not cell.right and not grid[row][col + 1].left
    return not cell.bottom and not grid[row + 1][col].top


def grid_to_cells(grid: list[list[Any]], page_height: float) -> list[Cell]:
    """Cells with spans from camelot's slots (no text yet): a slot open to the right or below continues."""
    n_rows, n_cols = len(grid), len(grid[0])
    covered: set[tuple[int, int]] = set()
    cells = []
    for row in range(n_rows):
        for col in range(n_cols):
            if (row, col) in covered:
                continue
            col_span = 1
            while col + col_span < n_cols and is_open(grid, row, col + col_span - 1, "right"):
                col_span += 1
            row_span = 1
            while row + row_span < n_rows and is_open(grid, row + row_span - 1, col, "bottom"):
                row_span += 1
            covered.update((r, c) for r in range(row, row + row_span) for c in range(col, col + col_span))
            first, last = grid[row][col], grid[row + row_span - 1][col + col_span - 1]
            cells.append(Cell(lines=[], row=row, col=col, row_span=row_span, col_span=col_span,
                              bbox=BBox(x0=first.x1, top=page_height - first.y2, x1=last.x2,
                                        bottom=page_height - last.y1)))
    return cells


def table_box(table: Any, page_height: float) -> Box:
    """Camelot's table bbox (PDF coordinates, y up) with a top-left origin."""
    x0, y0, x1, y1 = table._bbox
    return (x0, page_height - y1, x1, page_height - y0)


def column_bounds(table: Any) -> list[float]:
    return [col[0] for col in table.cols] + [table.cols[-1][1]]


def row_bounds(table: Any, page_height: float) -> list[float]:
    """Camelot's row boundaries as y from the top of the page."""
    return [page_height - row[0] for row in table.rows] + [page_height - table.rows[-1][1]]


def camelot_to_table(page: int, table: Any, box: Box, words: list[Word], page_height: float) -> TablePage:
    """A camelot table as a TablePage, its cells filled with the page words their centres fall in."""
    cells = grid_to_cells(table.cells, page_height)
    per_cell, _ = words_to_cells(words, cells, column_bounds(table), row_bounds(table, page_height))
    for cell, cell_words in zip(cells, per_cell):
        cell.lines = [line.text for line in words_to_lines(cell_words)]
    return TablePage(page=page, n_rows=len(table.cells), n_cols=len(table.cells[0]), cells=cells,
                     bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3]),
                     words=lines_to_words(words_to_lines(words)))


class CamelotReader(PdfPagesReader):
    """Ruled tables found by camelot's lattice parser on the PDF's vector lines."""

    kind = "camelot"
    description = "camelot lattice, vector engine"

    def read_pages(self, path: Path, pdf: pdfium.PdfDocument) -> Iterator[PageTables]:
        by_page: dict[int, list[Any]] = {}
        for found in read_camelot(path):
            by_page.setdefault(int(found.page), []).append(found)
        for index in range(len(pdf)):
            with load_page(path, pdf, index) as page:
                chars = page_chars(page)
                height = page.get_height()
                size = displayed_size(pdf, index, page.get_rotation())
            found = sorted(by_page.get(index + 1, []), key=lambda t: -t._bbox[3])
            boxes = [table_box(table, height) for table in found]
            inside, outside = split_words(chars_to_words(chars), boxes)
            candidates = [(camelot_to_table(index + 1, table, box, words, height), column_bounds(table), words)
                          for table, box, words in zip(found, boxes, inside)]
            tables, outside = finish_tables(candidates, outside)
            yield PageTables(index + 1, tables, outside, len(chars), size)
