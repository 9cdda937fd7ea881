"""Word files (.docx): the tables as Word stores them, merged cells and all.

A Word table says its spans outright: `w:gridSpan` for a cell over several
grid columns, `w:vMerge` for a cell continued down (the Sasaran merged over
its rows). Each paragraph of a cell, and each line break inside one, is a
printed line. A .docx has no fixed pages, so everything is page 1. The
paragraphs before the main (longest) table are the text above it, those after
it the text below; other tables are handed on as they are, for the assembler
to keep (a programs list) or leave out (a signature block laid out in a table).

Before python-docx parses anything, the zip's declared uncompressed size and
every XML part's nesting depth are checked against `DocxOptions` (a zip bomb
or a deeply nested part fails as corrupt instead of exhausting memory or the
stack), and a part declaring a DOCTYPE is refused: Word never writes one, and
its entities are how XML amplifies or hides text.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree
from lxml.etree import _Element
from pydantic import Field

from rktparse.errors import CorruptFileError, EmptyFileError, UnsupportedFormatError
from rktparse.grid import Cell, PageText, SourceDocument, TablePage
from rktparse.options import Options
from rktparse.readers.base import Reader

PAGE = 1  # a .docx has no fixed pages
MAX_GRID_COLUMNS = 63  # Word's own limit on a table's columns: a larger span is a damaged file


class DocxOptions(Options):
    """Limits checked before a Word file is parsed."""

    max_uncompressed_mb: int = Field(default=256, gt=0, description="Largest total uncompressed size of the "
                                                                    "parts of a Word file, in MB.")
    max_xml_depth: int = Field(default=128, gt=0, le=256, description="Deepest element nesting in a Word XML "
                                                                      "part (libxml2 stops at 256 anyway).")


class DocxFault(Exception):
    """What makes a Word file unreadable, for CorruptFileError to name with the file."""


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
    """The printed lines of a table cell (its paragraphs, nested tables included). Blank lines
    between text are kept, as "": writers line up the items of two cells with them (a target
    beside the first line of its indikator); blank lines before and after the text are dropped."""
    lines = [line.strip() for p in tc.iter(qn("w:p")) for line in paragraph_lines(p)]
    filled = [i for i, line in enumerate(lines) if line]
    return lines[filled[0]:filled[-1] + 1] if filled else []


def _count(element: _Element | None, default: int, low: int) -> int:
    """The `w:val` of a span or offset element: a whole number from `low` to the most columns Word allows."""
    if element is None:
        return default
    value = element.get(qn("w:val"))
    if value is None or not value.isdigit() or not low <= int(value) <= MAX_GRID_COLUMNS:
        raise DocxFault(f"{etree.QName(element).localname}={value!r} is not a column count from {low} "
                        f"to {MAX_GRID_COLUMNS}")
    return int(value)


def _span(tc: _Element) -> int:
    return _count(tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}"), 1, 1)


def _continues(tc: _Element) -> bool:
    """A `w:vMerge` without val="restart" continues the cell above."""
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    return merge is not None and merge.get(qn("w:val")) != "restart"


def _grid_before(tr: _Element) -> int:
    return _count(tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}"), 0, 0)


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


def check_package(path: Path, options: DocxOptions) -> None:
    """Refuse, before parsing, a Word file too large uncompressed, with a DOCTYPE, or nested too deep.

    Raises:
        DocxFault: naming the limit or the fault.
        zipfile.BadZipFile: not a zip.
    """
    limit = options.max_uncompressed_mb << 20
    with zipfile.ZipFile(path) as archive:
        # zipfile never inflates an entry past its declared size, so the declared sizes bound the work.
        if sum(info.file_size for info in archive.infolist()) > limit:
            raise DocxFault(f"its parts unpack to more than {options.max_uncompressed_mb} MB "
                            f"(DocxOptions.max_uncompressed_mb)")
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                _check_xml(info.filename, archive.read(info), options.max_xml_depth)


def _check_xml(name: str, data: bytes, max_depth: int) -> None:
    if b"<!DOCTYPE" in data:
        raise DocxFault(f"{name} declares a DOCTYPE, which Word never writes")
    depth = 0
    try:
        for event, _ in etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False,
                                        no_network=True):
            depth += 1 if event == "start" else -1
            if depth > max_depth:
                raise DocxFault(f"{name} nests elements deeper than {max_depth} (DocxOptions.max_xml_depth)")
    except etree.XMLSyntaxError as error:
        # iterparse's own message can be "no element found (line 0)"; then its log's latest entry holds the
        # real fault (earlier entries may be another file's: the log is kept per thread)
        last = error.error_log.last_error if str(error).startswith("no element found") else None
        detail = f"{last.message}, line {last.line}" if last is not None else str(error)
        raise DocxFault(f"{name} is not well-formed XML: {detail}") from None


class DocxReader(Reader):
    """Tables of Word (.docx) files, read from their XML."""

    kind = "docx"
    formats = ("docx",)
    description = "Word files: tables with their merged cells, the paragraphs around them"

    def __init__(self, options: DocxOptions | dict[str, Any] | None = None) -> None:
        self.options = DocxOptions.resolve(options)

    def read(self, path: Path) -> SourceDocument:
        try:
            return self._read(path)
        except DocxFault as error:
            raise CorruptFileError(path, str(error)) from error

    def _read(self, path: Path) -> SourceDocument:
        if path.stat().st_size == 0:
            raise EmptyFileError(path)
        try:
            check_package(path, self.options)
            document = Document(str(path))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as error:
            raise CorruptFileError(path, f"not a readable Word file: {error}") from error
        except (AttributeError, TypeError) as error:
            # python-docx takes its package parts to hold the elements Word writes (a .rels part
            # rooted elsewhere than <Relationships>, say); inside it these name a damaged file.
            raise CorruptFileError(path, f"a package part is not as Word writes it: {error}") from error
        except ValueError as error:  # a zip of another kind (an .xlsx, say)
            raise UnsupportedFormatError(path, str(error)) from error
        root = document.element
        if root.tag != qn("w:document"):
            raise DocxFault(f"the document part holds <{root.tag}>, not a Word document")
        body = root.body
        if body is None:
            raise DocxFault("the document part has no body")
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
