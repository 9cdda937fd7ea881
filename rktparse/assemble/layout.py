"""The printed layout of the table: page, columns in order with their headers and widths, title, footer.

Kept in the contract so that a regenerated copy can look like the original.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rktparse.assemble.columns import Layout as ColumnLayout
from rktparse.assemble.columns import header_lines_to_text, is_column_number_row, row_texts
from rktparse.assemble.metadata import heading_above, title_lines
from rktparse.grid import PageText, SourceDocument, TablePage
from rktparse.models import (
    ColumnRole,
    HeaderCell,
    Layout,
    LayoutColumn,
    Orientation,
    PageLayout,
    PrintedTable,
    TableLayout,
)
from rktparse.vocabulary.furniture import is_page_furniture
from rktparse.vocabulary.headers import Role, names_header
from rktparse.vocabulary.text import clean_line

_FIGURE = re.compile(r"\d{1,3}")


def page_layout(size: tuple[float, float]) -> PageLayout:
    width, height = size
    return PageLayout(width=round(width, 1), height=round(height, 1),
                      orientation=Orientation.LANDSCAPE if width > height else Orientation.PORTRAIT)


def header_start(table: TablePage, n_header: int) -> int:
    """The first header row: the first naming RKT columns, or a row above it whose cells stand over
    columns of their own ('NO | INDIKATOR KINERJA | 2014' over 'TARGET | REALISASI'). A row of one cell
    above it inside the table is a caption, not header."""
    start = next((row for row in range(n_header) if names_header(row_texts(table, row))), 0)
    while start and (sum(1 for cell in table.row_cells(start - 1) if not cell.is_empty) >= 2
                     or any(cell.row + cell.row_span > start for cell in table.row_cells(start - 1))):
        start -= 1
    return start


def header_cells(table: TablePage, n_header: int) -> list[HeaderCell]:
    """The header's cells as printed, spans kept, rows counted from the first header row;
    the column-number row is not header text."""
    start = header_start(table, n_header)
    rows = [row for row in range(start, n_header) if not is_column_number_row(table, row)]
    index = {row: k for k, row in enumerate(rows)}
    cells = []
    for cell in table.cells:
        if cell.row in index and (text := header_lines_to_text(cell.lines)):
            last = max((r for r in rows if r < cell.row + cell.row_span), default=cell.row)
            cells.append(HeaderCell(text=text, row=index[cell.row], col=cell.col,
                                    row_span=index[last] - index[cell.row] + 1, col_span=cell.col_span))
    return sorted(cells, key=lambda c: (c.row, c.col))


def column_numbers(table: TablePage, n_header: int) -> list[str] | None:
    """The printed '(1) (2) ...' row under the header, if any."""
    row = next((r for r in range(n_header) if is_column_number_row(table, r)), None)
    return None if row is None else [text for text in row_texts(table, row) if text]


def widths(table: TablePage, page_width: float | None) -> tuple[list[float | None], float | None, float | None]:
    """Each column's share of the table width, and the table's width and left edge as shares of the page width."""
    edges = table.edges()
    if edges is None or edges[-1] <= edges[0] or any(b < a for a, b in zip(edges, edges[1:])):
        return [None] * table.n_cols, None, None  # (boundaries out of order: a damaged export's cells overlap)
    total = edges[-1] - edges[0]
    shares: list[float | None] = [round((b - a) / total, 4) for a, b in zip(edges, edges[1:])]
    if not page_width:
        return shares, None, None
    width = round(min(1.0, total / page_width), 4)  # 0.0 on a page of absurd width (a damaged MediaBox): unknown
    return shares, width or None, round(min(1.0, max(0.0, edges[0] / page_width)), 4)


def layout_columns(columns: ColumnLayout, shares: list[float | None]) -> list[LayoutColumn]:
    found = []
    for column, share in zip(columns.columns, shares):
        right = columns.columns[column.index + 1] if column.index + 1 < columns.n_cols else None
        numbers = ColumnRole(right.role.value) if column.role is Role.NO and right is not None else None
        found.append(LayoutColumn(role=ColumnRole(column.role.value), header=column.header, numbers=numbers,
                                  width=share, period=column.label or None))
    return found


def footer_pattern(texts: list[PageText]) -> str | None:
    """The page-number line ('Halaman 1 dari 2'), its figures turned into '{page}' and '{pages}'."""
    for text in texts:
        for line in text.below + text.above:
            line = clean_line(line)
            if line and _FIGURE.search(line) and is_page_furniture(line):
                return as_pattern(line)
    return None


def as_pattern(line: str) -> str:
    """'Halaman 1 dari 2' -> 'Halaman {page} dari {pages}'."""
    figures = iter(("{page}", "{pages}"))
    return _FIGURE.sub(lambda _: next(figures, "{pages}"), line)


def grid_layout(source: SourceDocument, table: TablePage, n_header: int, columns: ColumnLayout) -> TableLayout:
    """A table's page, columns, widths and header."""
    size = source.page_sizes[table.page - 1] if len(source.page_sizes) >= table.page else None
    shares, table_width, table_left = widths(table, size[0] if size else None)
    return TableLayout(
        page=page_layout(size) if size else None,
        table_width=table_width,
        table_left=table_left,
        columns=layout_columns(columns, shares),
        font_size=table.font_size,
        header=header_cells(table, n_header),
        column_numbers=column_numbers(table, n_header),
    )


class TablePlace(NamedTuple):
    """A printed table: its first page's part, its header's row count and columns, the index of its first
    sasaran (or program), and whether it tops its page."""

    table: TablePage
    n_header: int
    columns: ColumnLayout
    first: int
    tops_page: bool


def printed_table(source: SourceDocument, place: TablePlace, texts: list[PageText], later: bool) -> PrintedTable:
    """A table's layout, with the nodes it holds and, for a `later` table topping its page, its heading."""
    return PrintedTable(**dict(grid_layout(source, place.table, place.n_header, place.columns)), first=place.first,
                        heading=heading_above(texts, place.table.page) if later and place.tops_page else [])


def tables_to_layout(source: SourceDocument, places: list[TablePlace], texts: list[PageText],
                     later: bool = False) -> Layout:
    """The layout of each of `places`, the first's also at the top level (`later`: the first is not the
    document's first table)."""
    tables = [printed_table(source, place, texts, later or k > 0) for k, place in enumerate(places)]
    return Layout(**{name: getattr(tables[0], name) for name in TableLayout.model_fields}, tables=tables)


def table_to_layout(source: SourceDocument, tables: list[TablePlace], texts: list[PageText],
                    programs: list[TablePlace]) -> Layout:
    """The layout of each RKT table and each programs table, the first's at the top level, with the title and
    footer."""
    layout = tables_to_layout(source, tables, texts)
    layout.title_lines = title_lines(texts, tables[0].table.page)
    layout.footer = footer_pattern(texts)
    layout.programs = tables_to_layout(source, programs, texts, later=True) if programs else None
    return layout
