"""Excel workbooks (.xlsx): each visible sheet's cells as a grid, merged ranges as spans.

Each visible worksheet is a page. Hidden rows, columns and sheets are skipped:
they are not printed. A merged range is one cell spanning its rows and
columns. The ruled (bordered) rows are the table; unruled rows above and below
it are the text around it (the title, the signature block). A sheet without
any borders is one table throughout.

A cell shows what Excel would print rather than the stored value: a number
formatted with thousands grouping reads "16.478" (Indonesian grouping, as the
documents print it), a percentage format "85%", a decimal "55,56".
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from rktparse.errors import CorruptFileError, EmptyFileError
from rktparse.grid import Cell, PageText, SourceDocument, TablePage
from rktparse.readers.base import Reader


def number_text(value: float, number_format: str) -> str:
    """A number as Excel prints it under `number_format`, with Indonesian marks ('.' groups, ',' decimal)."""
    percent = "%" in number_format
    if percent:
        value *= 100
    decimals = 0
    if "." in number_format:  # '0.00', '#,##0.0%': the zeros after the point
        decimals = len(number_format.split(".", 1)[1].split(";")[0].rstrip("%_)\"' ").replace("#", "0"))
    elif number_format == "General" and not float(value).is_integer():
        decimals = min(len(repr(float(value)).split(".")[1]), 10)
    grouped = "," in number_format.split(".")[0]
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text + ("%" if percent else "")


def cell_text(value: Any, number_format: str) -> list[str]:
    """The printed lines of a cell's value."""
    if value is None:
        return []
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, int | float):
        text = number_text(value, number_format)
    elif isinstance(value, dt.datetime | dt.date):
        text = value.strftime("%d-%m-%Y")
    else:
        text = str(value)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _ruled(cell: Any) -> bool:
    border = cell.border
    return any(side is not None and side.style for side in (border.left, border.right, border.top, border.bottom))


def sheet_to_page(sheet: Any, page: int) -> tuple[TablePage | None, PageText]:
    """One worksheet's table (ruled rows) and the lines above and below it."""
    rows = [r for r in range(1, sheet.max_row + 1) if not sheet.row_dimensions[r].hidden]
    cols = [c for c in range(1, sheet.max_column + 1)
            if not sheet.column_dimensions[_letter(c)].hidden]
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: i for i, c in enumerate(cols)}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:
        kept_rows = [r for r in range(merged.min_row, merged.max_row + 1) if r in row_at]
        kept_cols = [c for c in range(merged.min_col, merged.max_col + 1) if c in col_at]
        if kept_rows and kept_cols:
            spans[(kept_rows[0], kept_cols[0])] = (len(kept_rows), len(kept_cols))
            covered |= {(r, c) for r in kept_rows for c in kept_cols} - {(kept_rows[0], kept_cols[0])}
    ruled = [r for r in rows if any(_ruled(sheet.cell(r, c)) for c in cols)]
    first, last = (ruled[0], ruled[-1]) if ruled else (rows[0] if rows else 1, rows[-1] if rows else 0)
    cells: list[Cell] = []
    above: list[str] = []
    below: list[str] = []
    for r in rows:
        for c in cols:
            if (r, c) in covered:
                continue
            source = sheet.cell(r, c)
            lines = cell_text(source.value, source.number_format)
            if first <= r <= last:
                row_span, col_span = spans.get((r, c), (1, 1))
                end = row_at[r] + row_span
                row_span = min(end, row_at[last] + 1) - row_at[r]  # a range reaching out of the table ends with it
                cells.append(Cell(lines=lines, row=row_at[r] - row_at[first], col=col_at[c],
                                  row_span=row_span, col_span=col_span))
            elif lines:
                (above if r < first else below).append(" ".join(lines))
    text = PageText(page=page, above=above, below=below)
    if not cells:
        return None, text
    table = TablePage(page=page, n_rows=row_at[last] - row_at[first] + 1, n_cols=len(cols), cells=cells,
                      words=[word for cell in cells for line in cell.lines for word in line.split()])
    return table, text


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


class XlsxReader(Reader):
    """Tables of Excel workbooks (.xlsx), one page per visible sheet."""

    kind = "xlsx"
    formats = ("xlsx",)
    description = "Excel workbooks (.xlsx): merged ranges as spans, hidden rows and columns skipped"

    def read(self, path: Path) -> SourceDocument:
        from openpyxl import load_workbook

        if path.stat().st_size == 0:
            raise EmptyFileError(path)
        try:
            workbook = load_workbook(path, data_only=True)  # formulas read as their last computed values
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
            raise CorruptFileError(path, f"not a readable Excel workbook: {error}") from error
        tables: list[TablePage] = []
        texts: list[PageText] = []
        sheets = [sheet for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
        for page, sheet in enumerate(sheets, start=1):
            table, text = sheet_to_page(sheet, page)
            tables += [table] if table is not None else []
            texts.append(text)
        return SourceDocument(path=str(path), format="xlsx", engine=self.kind, page_count=len(sheets),
                              tables=tables, texts=texts)
