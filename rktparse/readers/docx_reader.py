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
import statistics
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree
from lxml.etree import _Element
from pydantic import Field

from rktparse.errors import CorruptFileError, EmptyFileError, UnsupportedFormatError
from rktparse.grid import Cell, PageText, ReaderNote, SourceDocument, TablePage
from rktparse.options import Options
from rktparse.readers.base import Reader

PAGE = 1  # a .docx has no fixed pages
TWIPS_PER_POINT = 20
# Custom document properties the DOCX writer sets: the result's status and its review warnings.
STATUS_PROPERTY = "rktparse status"
REVIEW_PROPERTY = "rktparse review"
MAX_GRID_COLUMNS = 63  # Word's own limit on a table's columns: a larger span is a damaged file
MAX_STYLE_DEPTH = 16  # styles followed up a basedOn chain


class DocxOptions(Options):
    """Limits checked before a Word file is parsed."""

    max_uncompressed_mb: int = Field(default=256, gt=0, description="Largest total uncompressed size of the "
                                                                    "parts of a Word file, in MB.")
    max_xml_depth: int = Field(default=128, gt=0, le=256, description="Deepest element nesting in a Word XML "
                                                                      "part (libxml2 stops at 256 anyway).")


class DocxFault(Exception):
    """What makes a Word file unreadable, for CorruptFileError to name with the file."""


FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def paragraph_lines(paragraph: _Element) -> list[str]:
    """A paragraph's text, split at its explicit line breaks.

    A text box anchored in the paragraph (a signature block set beside a picture of
    the signature, say) holds paragraphs of its own, in a table or not: each is a
    line after the paragraph's own text. Word stores such a box twice, as a drawing and as its
    `mc:Fallback` copy for older readers; only the first is read.
    """
    lines = [""]
    boxes: list[str] = []
    for node in _own_nodes(paragraph):
        if node.tag == qn("w:txbxContent"):
            boxes += [line for p in node.iter(qn("w:p")) if next(p.iterancestors(qn("w:txbxContent"))) is node
                      for line in paragraph_lines(p)]  # its paragraphs, those of a table in it too
        elif node.tag == qn("w:t"):
            lines[-1] += node.text or ""
        elif node.tag == qn("w:tab"):
            lines[-1] += " "
        elif node.get(qn("w:type")) in (None, "textWrapping"):  # not a page or column break
            lines.append("")
    return lines + boxes


def _own_nodes(element: _Element) -> Iterator[_Element]:
    """The text, tab, break and text-box elements of `element` in order, text boxes not entered
    and `mc:Fallback` copies skipped."""
    for child in element.iterchildren():
        if child.tag in (qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:cr"), qn("w:txbxContent")):
            yield child
        elif child.tag != FALLBACK:
            yield from _own_nodes(child)


def cell_lines(tc: _Element) -> list[str]:
    """The printed lines of a table cell (its paragraphs, nested tables included). Blank lines
    before and between text are kept, as "": writers line up the items of two cells with them (a
    target beside the first line of its indikator, a parent line's blank beside it); blank lines
    after the text are dropped."""
    lines = [line.strip() for p in tc.iter(qn("w:p")) for line in paragraph_lines(p)]
    filled = [i for i, line in enumerate(lines) if line]
    return lines[:filled[-1] + 1] if filled else []


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


def grid_edges(tbl: _Element, left: float) -> list[float] | None:
    """x of the table grid's column boundaries in points (Word keeps gridCol widths in twentieths of a point),
    from the page's left margin `left`; None when the grid states no widths."""
    widths = [col.get(qn("w:w")) for col in tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
    if not widths or not all(w is not None and w.isdigit() for w in widths):
        return None
    edges = [left]
    for width in widths:
        edges.append(edges[-1] + int(width or 0) / TWIPS_PER_POINT)
    return edges


def table_indent(tbl: _Element) -> float:
    """Where the table's left rule stands from the margin, in points: `w:tblInd` places the first cell's text,
    so less the cell's left margin (`w:tblCellMar`); 0 when no indent is stated."""
    indent = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblInd')}")
    if indent is None or indent.get(qn("w:type"), "dxa") != "dxa":
        return 0.0
    margin = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:left')}")
    return (_twips(indent, "w") or 0.0) - ((_twips(margin, "w") or 0.0) if margin is not None else 0.0)


def section_after(body: _Element, tbl: _Element) -> _Element | None:
    """The section properties of the section holding `tbl`: the first section break after it, else the body's."""
    for sibling in tbl.itersiblings():
        if (found := sibling.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")) is not None:
            return found
    return body.find(qn("w:sectPr"))


def page_geometry(sect_pr: _Element | None) -> tuple[tuple[float, float] | None, float]:
    """The page's (width, height) in points and its left margin."""
    size = sect_pr.find(qn("w:pgSz")) if sect_pr is not None else None
    margin = sect_pr.find(qn("w:pgMar")) if sect_pr is not None else None
    left = _twips(margin, "left") if margin is not None else None
    width, height = (_twips(size, "w"), _twips(size, "h")) if size is not None else (None, None)
    return ((width, height) if width and height else None), left or 0.0


def _twips(element: _Element, name: str) -> float | None:
    value = element.get(qn(f"w:{name}"))
    return int(value) / TWIPS_PER_POINT if value is not None and value.lstrip("-").isdigit() else None


def custom_properties(document: Any) -> dict[str, str]:
    """The file's custom document properties (docProps/custom.xml), by name."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/custom.xml":
            root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            return {prop.get("name", ""): "".join(prop.itertext()) for prop in root}
    return {}


def status_notes(properties: dict[str, str]) -> list[ReaderNote]:
    """A file rktparse wrote from a result that needed review says so in its properties: the review stays."""
    if properties.get(STATUS_PROPERTY) != "partial":
        return []
    left = properties.get(REVIEW_PROPERTY, "").strip()
    return [ReaderNote(code="source-partial", message="the Word file was written by rktparse from a result that "
                                                      "needed review" + (f": {left}" if left else ""))]


def _half_points(rpr: _Element | None) -> float | None:
    """The size (points) a run-properties element sets, if any (`w:sz` is in half points)."""
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    value = sz.get(qn("w:val")) if sz is not None else None
    return int(value) / 2 if value is not None and value.isdigit() and int(value) > 0 else None


def style_sizes(styles: _Element) -> dict[str | None, float | None]:
    """The size each paragraph style sets (or the style it is based on, else the document's default),
    by style id; None's entry is the default paragraph style's."""
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    default = _half_points(styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"))

    def size(style_id: str | None) -> float | None:
        for _ in range(MAX_STYLE_DEPTH):  # a basedOn chain is short; a loop in a damaged file ends here
            style = by_id.get(style_id)
            if style is None:
                break
            if (found := _half_points(style.find(qn("w:rPr")))) is not None:
                return found
            based_on = style.find(qn("w:basedOn"))
            style_id = based_on.get(qn("w:val")) if based_on is not None else None
        return default

    sizes: dict[str | None, float | None] = {style_id: size(style_id) for style_id in by_id}
    sizes[None] = next((sizes[s.get(qn("w:styleId"))] for s in by_id.values() if s.get(qn("w:type")) == "paragraph"
                        and s.get(qn("w:default")) in ("1", "true", "on")), default)
    return sizes


def table_font_size(tbl: _Element, sizes: dict[str | None, float | None]) -> float | None:
    """The size the table's text is set in: the median over its runs of text of the run's own size,
    else its paragraph style's (`sizes`, from style_sizes); None when neither says."""
    found = []
    for p in tbl.iter(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        own = sizes.get(style.get(qn("w:val")) if style is not None else None, sizes.get(None))
        found += [size for r in p.iter(qn("w:r")) if "".join(r.itertext()).strip()
                  if (size := _half_points(r.find(qn("w:rPr"))) or own) is not None]
    return statistics.median(found) if found else None


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


def footer_lines(document: Any) -> list[str]:
    """The first section's footer lines (a page-number line such as 'Halaman 1 dari 2')."""
    footer = document.sections[0].footer if document.sections else None
    if footer is None or footer.is_linked_to_previous:
        return []
    return [line.strip() for p in footer._element.iter(qn("w:p")) for line in paragraph_lines(p) if line.strip()]


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
    too_deep = DocxFault(f"{name} nests elements deeper than {max_depth} (DocxOptions.max_xml_depth)")
    try:
        for event, _ in etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False,
                                        no_network=True):
            depth += 1 if event == "start" else -1
            if depth > max_depth:
                raise too_deep
    except etree.XMLSyntaxError as error:
        if "Excessive depth" in str(error):
            # libxml2 stops at 256 levels, never less than `max_depth`; lxml 6.2 parses ahead of the
            # events it hands on, so its stop can come before this count passes `max_depth`
            raise too_deep from None
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
        elements = [part for part in parts if not isinstance(part, list)]
        tables = [table_to_page(part) for part in elements]
        texts = [line for part in parts if isinstance(part, list) for line in part]
        notes = status_notes(custom_properties(document))
        if not tables:
            return SourceDocument(path=str(path), format="docx", engine=self.kind, page_count=1,
                                  texts=[PageText(page=PAGE, above=texts)], notes=notes)
        main = max(range(len(tables)), key=lambda i: tables[i].n_rows)
        size, left = page_geometry(section_after(body, elements[main]))
        sizes = style_sizes(document.styles.element)
        for table, element in zip(tables, elements):
            table.column_edges = grid_edges(element, left + table_indent(element))
            table.font_size = table_font_size(element, sizes)
        text_runs = [part for part in parts if isinstance(part, list)]  # one before each table, one after the last
        above = [line for run in text_runs[: main + 1] for line in run]
        below = [line for run in text_runs[main + 1:] for line in run] + footer_lines(document)
        return SourceDocument(path=str(path), format="docx", engine=self.kind, page_count=1, tables=tables,
                              texts=[PageText(page=PAGE, above=above, below=below)], notes=notes,
                              page_sizes=[size] if size else [])
