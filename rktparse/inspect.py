"""What a reader saw and decided, printed for a person: the `rktparse inspect` command.

A debugging view kept out of the pipeline: it reads a file with the same
reader `parse` would use and shows each page table's cells (spans and
confidences) and every note and warning, so an archivist can see why a row
landed where it did.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from rktparse.convert import assemble_source, doc_pages, read_source
from rktparse.grid import Cell, SourceDocument, TablePage
from rktparse.readers import ReadOptions

PREVIEW_CHARS = 60


def cell_label(cell: Cell) -> str:
    """The cell's text (shortened), with its span and confidence when they matter."""
    text = cell.text if len(cell.text) <= PREVIEW_CHARS else cell.text[: PREVIEW_CHARS - 1] + "…"
    marks = []
    if cell.row_span > 1:
        marks.append(f"↓{cell.row_span} rows")
    if cell.col_span > 1:
        marks.append(f"→{cell.col_span} cols")
    if cell.confidence is not None:
        marks.append(f"confidence {cell.confidence:.2f}")
    return text + (f" [{', '.join(marks)}]" if marks else "")


def table_lines(table: TablePage, number: int) -> list[str]:
    """The page table, one line per grid row: each cell that starts there, by column."""
    lines = [f"page {table.page}, table {number}: {table.n_rows} rows x {table.n_cols} columns"]
    for row, slots in enumerate(table.grid()):
        cells = [f"{col}: {cell_label(cell)}" for col, cell in enumerate(slots) if cell is not None]
        lines.append(f"  row {row:>2} | " + " | ".join(cells))
    return lines


def inspect_file(path: Path, options: ReadOptions | None = None, console: Console | None = None) -> SourceDocument:
    """Print the cell grid and the decisions for `path`; return what the reader produced."""
    console = console or Console()

    source = read_source(path, options)
    console.print(f"[bold]{path}[/bold]: {source.format}, engine {source.engine}, {source.page_count} page(s)")
    for index, table in enumerate(source.tables):
        number = sum(t.page == table.page for t in source.tables[: index + 1])
        for line in table_lines(table, number):
            console.print(escape(line), soft_wrap=True)
    docs = assemble_source(path, source)
    for number, doc in enumerate(docs, start=1):
        part = f"document {number} of {len(docs)} (pages {doc_pages(doc)}): " if len(docs) > 1 else ""
        info = doc.document
        console.print(escape(f"result: {part}status {doc.status.value}, {len(doc.sasaran)} sasaran, "
                             f"{len(doc.indikator_rows())} indikator; {info.kind.value} {info.title!r}, agency "
                             f"{info.agency!r}, year {info.year}, signed by {info.signatory.name!r}"), soft_wrap=True)
        for warning in doc.warnings:
            where = f"page {warning.page}" if warning.page else "document"
            ref = f" {warning.ref}" if warning.ref else ""
            console.print(escape(f"  [{warning.severity.value}] {warning.code} ({where}{ref}): {warning.message}"),
                          soft_wrap=True)
    return source
