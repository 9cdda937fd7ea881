"""The assembler: the one stage that knows RKT rules.

`source_to_document` takes any reader's cell grid and returns the validated
RKT: header rows found and dropped, column roles read from header text,
merged cells filled down, page continuations followed, metadata read from the
text around the table, and every uncertain decision recorded as a warning.
`source_to_documents` first cuts a file that holds several documents (each
with its title and signature block) into its parts.
"""

from __future__ import annotations

from itertools import takewhile

from rktparse.assemble.build import node_refs, walk_to_models
from rktparse.assemble.columns import (
    Layout,
    Role,
    header_row_count,
    header_to_layout,
    is_column_number_row,
    names_column,
    names_header,
    row_texts,
)
from rktparse.assemble.coverage import coverage_warning, unplaced_words
from rktparse.assemble.metadata import texts_to_info
from rktparse.assemble.parts import boundaries, split_source
from rktparse.assemble.rows import ProgramWalker, RktWalker, Walk
from rktparse.errors import NoTableError
from rktparse.grid import BBox, Cell, PageText, ReaderNote, SourceDocument, TablePage, preview
from rktparse.models import RktDocument, Severity, Source, Status, Warning
from rktparse.models.rules import check_rules


def furniture_rows(table: TablePage, n_header: int) -> list[str]:
    """Text of the header rows and column-number rows: printed, but not data."""
    rows = [r for r in range(table.n_rows) if r < n_header or is_column_number_row(table, r)]
    return [text for r in rows for text in row_texts(table, r)]


def skipped_preview(table: TablePage) -> str:
    """The first words of a table's first rows, to name a table left out."""
    return repr(preview([text for row in range(min(2, table.n_rows)) for text in row_texts(table, row) if text], 8))


def walk_tables(source: SourceDocument) -> tuple[Walk, list[TablePage], list[str]]:
    """Walk every table that is an RKT table or its programs list.

    A table with no header of its own continues the layout of the table before
    it when it has the same number of columns (a page without a repeated header).
    """
    walk = Walk()
    layout: Layout | None = None
    used: list[TablePage] = []
    furniture: list[str] = []
    for table in source.tables:
        n_header = header_row_count(table)
        if n_header:
            found = header_to_layout(table, n_header)
            if layout is not None and found != layout:
                walk.start_table()  # another table: its rows do not continue the last one's
            layout = found
        if layout is None or layout.n_cols != table.n_cols:
            walk.note("table-skipped", f"a table on page {table.page} ({skipped_preview(table)}) has no "
                                       f"Sasaran / Indikator / Target header; it was left out", table.page, Severity.INFO)
            continue
        if layout.is_rkt:
            RktWalker(walk, table, layout, n_header).run()
        elif layout.column(Role.KEGIATAN) is not None:
            ProgramWalker(walk, table, layout, n_header).run()
        else:
            walk.note("table-skipped", f"a table on page {table.page} ({skipped_preview(table)}) has neither "
                                       f"Indikator nor Kegiatan columns; it was left out", table.page, Severity.INFO)
            continue
        used.append(table)
        furniture += furniture_rows(table, n_header)
    return walk, used, furniture


CELL_WIDTH, LINE_HEIGHT = 100.0, 10.0  # the box a cell without one is given, per grid column and text line


def cell_line_boxes(cell: Cell) -> list[BBox]:
    """A box for each line of a cell: its share of the cell's box, or, for a reader that gives
    none (Word files), one from the cell's grid slot, so that cells side by side stay side by side."""
    n = len(cell.lines)
    box = cell.bbox or BBox(x0=cell.col * CELL_WIDTH, x1=(cell.col + cell.col_span) * CELL_WIDTH,
                            top=cell.row * n * LINE_HEIGHT, bottom=(cell.row * n + n) * LINE_HEIGHT)
    height = (box.bottom - box.top) / max(1, n)
    return [box.model_copy(update={"top": box.top + i * height, "bottom": box.top + (i + 1) * height})
            for i in range(n)]


def texts_with_trailing_tables(source: SourceDocument, used: list[TablePage]) -> list[PageText]:
    """The pages' text, plus that of tables printed after the last RKT table that are not
    RKT tables themselves: a signature block laid out in a borderless table (each line with
    its box, where the page's own lines have theirs)."""
    used_ids = {id(table) for table in used}
    last = max((i for i, table in enumerate(source.tables) if id(table) in used_ids), default=len(source.tables))
    trailing: dict[int, list[tuple[str, BBox]]] = {}
    for table in source.tables[last + 1:]:
        if id(table) not in used_ids:
            cells = sorted(table.cells, key=lambda c: (c.row, c.col))
            trailing.setdefault(table.page, []).extend(
                pair for cell in cells for pair in zip(cell.lines, cell_line_boxes(cell), strict=True))
    texts = {t.page: t for t in source.texts}
    for page, lines in trailing.items():
        text = texts.get(page, PageText(page=page))
        boxed = len(text.below_boxes) == len(text.below)
        texts[page] = text.model_copy(update={"below": text.below + [line for line, _ in lines],
                                              "below_boxes": text.below_boxes + [box for _, box in lines] if boxed else []})
    return sorted(texts.values(), key=lambda t: t.page)


MAX_HEADER_LINES = 6  # a header printed outside any table: up to this many lines in a row
MAX_HEADER_WORDS = 4  # words of one column name; longer lines are prose or headings


def is_column_name(line: str) -> bool:
    return len(line.split()) <= MAX_HEADER_WORDS and names_column(line)


def missed_tables(texts: list[PageText]) -> list[Warning]:
    """A review warning for each page whose text outside the tables holds a run of lines
    naming table columns ("No." / "Kegiatan" / "Anggaran" / "Ket."): a table no reader found."""
    found = []
    for text in texts:
        lines = [line.strip() for line in text.above + text.below if line.strip()]
        for start in range(len(lines)):
            run = list(takewhile(is_column_name, lines[start:start + MAX_HEADER_LINES]))
            if len(run) >= 2 and names_header(run):
                found.append(Warning(code="table-not-read", page=text.page,
                                     message=f"page {text.page}: the lines {' / '.join(run)!r} outside the tables "
                                             f"name columns of a table that was not read; check the page"))
                break
    return found


def note_ref(note: ReaderNote, used: list[TablePage], walk: Walk, refs: dict[int, str]) -> str | None:
    """The ref of the node that the text of the cell a reader's note names went into."""
    if note.cell is None:
        return None
    cells = (cell for table in used if table.page == note.page for cell in table.cells if cell.bbox == note.cell)
    draft = next((walk.placed.get(id(cell)) for cell in cells), None)
    return refs.get(id(draft)) if draft is not None else None


def source_to_document(source: SourceDocument, info: Source,
                       walked: tuple[Walk, list[TablePage], list[str]] | None = None) -> RktDocument:
    """Assemble a reader's cells into a validated RktDocument.

    Args:
        source: the reader's pages of table cells and surrounding text.
        info: the `source` block of the result (file, sha256, format, pages, engine).
        walked: `walk_tables(source)` when the caller has it already.

    Raises:
        NoTableError: no table with an RKT header (Sasaran / Indikator / Target) was found.
    """
    walk, used, furniture = walked or walk_tables(source)
    sasaran, programs, warnings = walk_to_models(walk)
    if not sasaran:
        raise NoTableError(source.path, "no table with Sasaran / Indikator / Target columns")
    refs = node_refs(walk)
    reader_warnings = [Warning(code=n.code, message=n.message, page=n.page, severity=Severity(n.severity),
                               ref=note_ref(n, used, walk, refs)) for n in source.notes]
    reading = texts_to_info(texts_with_trailing_tables(source, used), (used[0].page, used[-1].page), furniture)
    doc = RktDocument(
        document=reading.info,
        source=info,
        sasaran=sasaran,
        programs=programs,
        warnings=reader_warnings + warnings + reading.warnings,
    )
    doc.warnings += check_rules(doc) + missed_tables(source.texts)
    printed = [(table.page, word) for table in used for word in table.words]
    if (lost := coverage_warning(unplaced_words(printed, doc, furniture))) is not None:
        doc.warnings.append(lost)
    if any(w.severity is Severity.REVIEW for w in doc.warnings):
        doc.status = Status.PARTIAL
    return doc


def source_to_documents(source: SourceDocument, info: Source) -> list[RktDocument]:
    """Assemble each document a reader's cells hold: one, or several where the file joins
    documents (a signature block, then a new title). A boundary that is not sure leaves one
    document with a `document-boundary` review warning.

    Raises:
        NoTableError: as `source_to_document`.
    """
    walked = walk_tables(source)
    found = boundaries(source, walked[1])
    starts = [boundary.page for boundary in found if boundary.certain]
    docs = [source_to_document(part, info) for part in split_source(source, starts)] if starts \
        else [source_to_document(source, info, walked)]
    for boundary in (b for b in found if not b.certain):
        doc = docs[sum(first <= boundary.page for first in starts)]  # the part the page belongs to
        doc.warnings.append(Warning(code="document-boundary", page=boundary.page, message=boundary.message))
        doc.status = Status.PARTIAL
    return docs


__all__ = ["source_to_document", "source_to_documents"]
