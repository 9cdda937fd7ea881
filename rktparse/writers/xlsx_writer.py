"""XLSX: the CSV's layout as a workbook an archivist can open as it is: sheets Indikator,
Programs, Warnings and Document, each with its header row frozen, columns sized and text wrapped.

Every text is stored as a string cell, never a formula, whatever it starts with.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from rktparse.models import RktDocument
from rktparse.writers.base import Writer
from rktparse.writers.table import (
    INDIKATOR_COLUMNS,
    PROGRAM_COLUMNS,
    WARNING_COLUMNS,
    Record,
    columns_of,
    document_records,
    indikator_records,
    program_records,
    warning_records,
)

MAX_WIDTH = 60  # characters: longer text wraps
WRAP = Alignment(wrap_text=True, vertical="top")


def fill_sheet(sheet: Worksheet, records: list[Record], columns: list[str]) -> None:
    """A header row (bold, frozen, filtered) and one row per record."""
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row, record in enumerate(records, start=2):
        for col, name in enumerate(columns, start=1):
            _set(sheet.cell(row=row, column=col), record.get(name))
    widths = [len(name) for name in columns]
    for record in records:
        for index, name in enumerate(columns):
            widths[index] = max(widths[index], max((len(line) for line in str(record.get(name) or "").splitlines()),
                                                   default=0))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_WIDTH)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = WRAP
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _set(cell: Any, value: Any) -> None:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl reads a text starting with '=' as a formula otherwise


class XlsxWriter(Writer):
    kind = "xlsx"
    suffix = ".xlsx"

    def render(self, doc: RktDocument) -> bytes:
        book = Workbook()
        indikator = book.active
        indikator.title = "Indikator"
        rows = indikator_records(doc)
        fill_sheet(indikator, rows, columns_of(rows, INDIKATOR_COLUMNS))
        programs = program_records(doc)
        fill_sheet(book.create_sheet("Programs"), programs, columns_of(programs, PROGRAM_COLUMNS))
        fill_sheet(book.create_sheet("Warnings"), warning_records(doc), WARNING_COLUMNS)
        fill_sheet(book.create_sheet("Document"), document_records(doc), ["field", "value"])
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
