"""Word files (.docx): the tables as Word stores them, merged cells and all.

A Word table says its spans outright: `w:gridSpan` for a cell over several
grid columns, `w:vMerge` for a cell continued down (the Sasaran merged over
its rows). Each paragraph of a cell, and each line break inside one, is a
printed line. A .docx has no fixed pages, so everything is page 1. The
paragraphs before the main (longest) table are the text above it, those after
it the text below; other tables are handed on as they are, for the assembler
to keep (a programs list) or leave out (a signature block laid out in a table).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml.etree import _Element

from rktparse.errors import CorruptFileError, EmptyFileError, UnsupportedFormatError
from rktparse.grid import Cell, PageText, SourceDocument, TablePage
from rktparse.readers.base import Reader

PAGE = 1  # a .docx has no fixed pages


def paragraph_lines(paragraph: _Element) -> list[str]:
    """A paragraph's text, split at its explicit line breaks."""
    lines = [""]
    for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:cr")):
        if node.tag == qn("w:t"):
            lines[-1] += node.text or ""
        elif node.tag == qn("w:tab"):
            lines[-1] += " "
        elif node.get(qn("w:type")) in (None, "textWrapping"):  # not a page or column break
            lines.append("")
    return lines


def cell_lines(tc: _Element) -> list[str]:
    """The printed lines of a table cell (its paragraphs, nested tables included), blank ones dropped."""
    lines = [line.strip() for p in tc.iter(qn("w:p")) for line in paragraph_lines(p)]
    return [line for line in lines if line]


def _span(tc: _Element) -> int:
    span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return int(span.get(qn("w:val"))) if span is not None else 1


def _continues(tc: _Element) -> bool:
    """A `w:vMerge` without val="restart" continues the cell above."""
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    return merge is not None and merge.get(qn("w:val")) != "restart"


def _grid_before(tr: _Element) -> int:
    before = tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    return int(before.get(qn("w:val"))) if before is not None else 0


def table_to_page(tbl: _Element) -> TablePage:
    """The table's cells on its grid: spans from gridSpan, row spans from vMerge."""
    cells: list[Cell] = []
    open_cells: dict[int, Cell] = {}  # grid column -> the cell last started there
    rows = tbl.findall(qn("w:tr"))
    n_cols = 0
    for row, tr in enumerate(rows):
        col = _grid_before(tr)
        for tc in tr.findall(qn("w:tc")):
            span = _span(tc)
            above = open_cells.get(col)
            if _continues(tc) and above is not None and above.col_span == span:
                above.row_span = row - above.row + 1
            else:
                cell = Cell(lines=cell_lines(tc), row=row, col=col, col_span=span)
                cells.append(cell)
                open_cells[col] = cell
            col += span
        n_cols = max(n_cols, col)
    words = [word for cell in cells for line in cell.lines for word in line.split()]
    return TablePage(page=PAGE, n_rows=len(rows), n_cols=n_cols, cells=cells, words=words)


def body_to_parts(body: _Element) -> list[list[str] | _Element]:
    """The body in order: runs of paragraph lines, and tables."""
    parts: list[list[str] | _Element] = [[]]
    for child in body.iterchildren():
        if child.tag == qn("w:tbl"):
            parts += [child, []]
        elif child.tag == qn("w:p"):
            parts[-1] += [line.strip() for line in paragraph_lines(child) if line.strip()]  # type: ignore[operator]
    return parts


class DocxReader(Reader):
    """Tables of Word (.docx) files, read from their XML."""

    kind = "docx"
    formats = ("docx",)
    description = "Word files: tables with their merged cells, the paragraphs around them"

    def read(self, path: Path) -> SourceDocument:
        if path.stat().st_size == 0:
            raise EmptyFileError(path)
        try:
            body = Document(str(path)).element.body
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as error:
            raise CorruptFileError(path, f"not a readable Word file: {error}") from error
        except ValueError as error:  # a zip of another kind (an .xlsx, say)
            raise UnsupportedFormatError(path, str(error)) from error
        parts = body_to_parts(body)
        tables = [table_to_page(part) for part in parts if not isinstance(part, list)]
        texts = [line for part in parts if isinstance(part, list) for line in part]
        if not tables:
            return SourceDocument(path=str(path), format="docx", engine=self.kind, page_count=1,
                                  texts=[PageText(page=PAGE, above=texts)])
        main = max(range(len(tables)), key=lambda i: tables[i].n_rows)
        text_runs = [part for part in parts if isinstance(part, list)]  # one before each table, one after the last
        above = [line for run in text_runs[: main + 1] for line in run]
        below = [line for run in text_runs[main + 1:] for line in run]
        return SourceDocument(path=str(path), format="docx", engine=self.kind, page_count=1, tables=tables,
                              texts=[PageText(page=PAGE, above=above, below=below)])
