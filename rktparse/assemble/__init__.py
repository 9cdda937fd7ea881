"""The assembler: the one stage that knows RKT rules.

`source_to_document` takes any reader's cell grid and returns the validated
RKT: header rows found and dropped, column roles read from header text,
merged cells filled down, page continuations followed, metadata read from the
text around the table, and every uncertain decision recorded as a warning.
`source_to_documents` first cuts a file that holds several documents (each
with its title and signature block) into its parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import takewhile

from rktparse.assemble.build import (
    box_to_region,
    kept_programs,
    kept_sasaran,
    level_refs,
    node_refs,
    note_unmarked_heads,
    walk_to_models,
)
from rktparse.assemble.columns import (
    Layout,
    header_row_count,
    header_start,
    header_to_layout,
    is_column_number_row,
    misread_names,
    row_texts,
    with_names_read,
)
from rktparse.assemble.coverage import (
    Places,
    cell_places,
    coverage_warning,
    lost_beside_rows,
    marker_only_kegiatan,
    on_rows_beside,
    targets_in_extra,
    text_below_continued_tables,
    unplaced_words,
)
from rktparse.assemble.layout import TablePlace, table_to_layout
from rktparse.assemble.metadata import Reading, texts_to_info
from rktparse.assemble.numbering import count_breaks
from rktparse.assemble.parts import boundaries, signed_then_titled, split_source
from rktparse.assemble.rows import NotedCell, ProgramDraft, ProgramWalker, RktWalker, SasaranDraft, Walk, noted_cell
from rktparse.assemble.split import split_listed_rows
from rktparse.errors import NoTableError
from rktparse.grid import BBox, Cell, PageText, ReaderNote, SourceDocument, TablePage, preview
from rktparse.models import DocumentInfo, Region, RktDocument, Severity, Source, Status, Warning
from rktparse.models import Layout as DocumentLayout  # the contract's; `Layout` here is the columns' (assemble.columns)
from rktparse.models.rules import check_rules
from rktparse.vocabulary.headers import Role, names_column, names_header, role_of_header
from rktparse.vocabulary.phrases import Phrases
from rktparse.vocabulary.targets import header_is_percent, parse_target
from rktparse.vocabulary.text import join_lines


def furniture_rows(table: TablePage, n_header: int) -> list[str]:
    """Text of the header rows and column-number rows: printed, but not data."""
    rows = [r for r in range(table.n_rows) if r < n_header or is_column_number_row(table, r)]
    return [text for r in rows for text in row_texts(table, r)]


def skipped_preview(table: TablePage) -> str:
    """The first words of a table's first rows, to name a table left out."""
    return repr(preview([text for row in range(min(2, table.n_rows)) for text in row_texts(table, row) if text], 8))


@dataclass
class TableStart:
    """A table printed with a header of other columns than the table before, and the first draft (sasaran
    or program) read from it."""

    table: TablePage
    n_header: int
    columns: Layout
    first: SasaranDraft | ProgramDraft | None = None


@dataclass
class Walked:
    """What walking the tables found: the drafts, the tables used, the printed furniture (header and
    column-number rows), and where each RKT table and each programs table starts (the contract keeps
    their layouts)."""

    walk: Walk
    used: list[TablePage]
    furniture: list[str]
    printed: list[TableStart]
    programs: list[TableStart]
    years: list[str]  # the years of the plans whose Target spans one column per year
    places: Places  # where each cell of the tables used was printed, for the words the output loses


def note_start(starts: list[TableStart], table: TablePage, n_header: int, layout: Layout) -> bool:
    """Note a table that starts with a header of other columns than the last of `starts`; whether it does."""
    if n_header and (not starts or starts[-1].columns != layout):
        starts.append(TableStart(table, n_header, layout))
        return True
    return False


@dataclass
class Spending:
    """Letting each used table's cells go as soon as the walk is done with them, for a caller that
    has no further use for them (`walk_tables(release=True)`): a big document's grid and the walk's
    drafts are then never whole at once (issue 15). A table a layout starts in keeps its cells (the
    layout's header is read from them), and so does a table left out (its text may be a signature
    block's, `texts_with_trailing_tables`)."""

    walk: Walk
    release: bool
    done: list[TablePage] = field(default_factory=list)  # used tables walked, their cells not let go yet

    def used(self, table: TablePage) -> None:
        if self.release:
            self.done.append(table)

    def page_walked(self, parts: list[TablePage]) -> None:
        """Once a page table's parts are walked: their drafts keyed by box, and the cells of the
        used tables let go, but those an open draft was last printed in (the next page may go on
        from them: `breaks.text_ended` reads their table's cells)."""
        self.walk.settle(parts)
        printed_in = self.walk.close_fragments()
        for table in self.done:
            if id(table) not in printed_in:
                table.cells = []
        self.done = [table for table in self.done if id(table) in printed_in]


def walk_tables(source: SourceDocument, year: int | None = None, release: bool = False) -> Walked:
    """Walk every table that is an RKT table or its programs list.

    A table with no header of its own continues the layout of the table before
    it when it has the same number of columns (a page without a repeated header).
    A plan whose Target spans one column per year gives the target of `year`
    when it is one of them, else of its first year. `release`: let the cells go
    as the walk goes (`Spending`), for a source walked only once (`walked_once`).
    """
    walk = Walk(noted={noted_cell(note.page, box) for note in reader_notes(source) for box in (note.cell, note.node)
                       if box is not None and note.page is not None},
                phrases=Phrases.of(line for table in source.tables for cell in table.cells for line in cell.lines))
    spending = Spending(walk, release)
    places = cell_places([])
    printed: list[TableStart] = []
    programs: list[TableStart] = []
    opened: dict[int, int] = {}  # id(start) -> how many drafts (sasaran or programs) were read before it
    layout: Layout | None = None
    used: list[TablePage] = []
    furniture: list[str] = []
    years: set[str] = set()
    for table in walk_order(source.tables, spending.page_walked):
        n_header = header_row_count(table)
        misread: list[tuple[str, str]] = []
        if n_header:
            found = header_to_layout(table, n_header, year)
            if layout is not None and (misread := misread_names(found, layout)):
                found = with_names_read(layout, found)  # the same table, its header misread (a scan's)
                name_unnamed(walk, layout, found, opened[id(printed[-1])] if printed else 0, table.page)
            elif layout is not None and layout.is_rkt and printed and printed[-1].columns == layout \
                    and (first_misread := misread_names(layout, found)) and all(name.strip() for _, name in first_misread):
                # the same table, its first header misread: read on under this one's names
                reread_first_misread(walk, printed[-1], found, first_misread, table.page, opened[id(printed[-1])])
                printed[-1].columns = found
            elif layout is not None and found != layout:
                walk.start_table()  # another table: its rows do not continue the last one's
            layout = found
        elif has_foreign_header(table):
            layout = None  # a table of its own ("No | Strategi | Kebijakan"), not a continuation
        if layout is None or layout.n_cols != table.n_cols:
            walk.note("table-skipped", f"a table on page {table.page} ({skipped_preview(table)}) has no "
                                       f"Sasaran / Indikator / Target header; it was left out", table.page, Severity.INFO)
            continue
        if layout.is_rkt:
            note_target_columns(walk, layout, table.page)
            years.update(layout.years)
            if started := note_start(printed, table, n_header, layout):
                opened[id(printed[-1])] = len(walk.sasaran)
            before = len(walk.sasaran)
            RktWalker(walk, table, layout, n_header).run()
            if misread:
                note_misread(walk, table.page, misread)
            if started:
                note_guessed(walk, layout, table.page, before)
        elif layout.column(Role.KEGIATAN) is not None:
            if started := note_start(programs, table, n_header, layout):
                opened[id(programs[-1])] = len(walk.programs)
            ProgramWalker(walk, table, layout, n_header).run()
        else:
            walk.note("table-skipped", f"a table on page {table.page} ({skipped_preview(table)}) has neither "
                                       f"Indikator nor Kegiatan columns; it was left out", table.page, Severity.INFO)
            continue
        used.append(table)
        furniture += furniture_rows(table, n_header)
        places.add(table)
        if not started:
            spending.used(table)
    note_header_units(walk)
    note_doubted_names(walk)
    walk.finish()
    for starts, drafts in ((printed, walk.sasaran), (programs, walk.programs)):
        for start in starts:
            at = opened[id(start)]
            start.first = drafts[at] if at < len(drafts) else None
    return Walked(walk, used, furniture, printed, programs, sorted(years), places)


_UNIT_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")  # a header's unit in brackets at its end: ' (%)', ' (Rp)'
MISREAD_UNIT = 3  # characters a scan makes of a '%' at most ('2', '96', 'v0', 'Yo')


def name_unnamed(walk: Walk, layout: Layout, named: Layout, since: int, page: int) -> None:
    """The extras of the table's rows read so far (its Sasaran from `since` on) under a column whose
    header the first page did not read ('kolom 7', a scan's lost cell), keyed by the name `named`
    reads for it on `page`, with a review warning on each Sasaran whose rows it renames."""
    names = {f"kolom {old.index + 1}": new.header for old, new in zip(layout.columns, named.columns)
             if not old.header.strip() and new.header.strip()}
    for sasaran in walk.sasaran[since:] if names else ():
        renamed = [row for row in sasaran.rows if names.keys() & row.extra.keys()]
        for row in renamed:
            row.extra = {names.get(header, header): lines for header, lines in row.extra.items()}
        if renamed:
            walk.note("header-misread", f"a column's header was not read on page {renamed[0].page}: its cells are "
                                        f"kept under the name the header repeated on page {page} reads "
                                        f"({', '.join(map(repr, names.values()))})", renamed[0].page, row=sasaran)


def reread_first_misread(walk: Walk, start: TableStart, found: Layout, misread: list[tuple[str, str]], page: int,
                         since: int) -> None:
    """The rows read under a table's first header, which the header repeated on `page` (`found`) shows
    misread (`misread`: as first read, as read on `page`): the lines they keep under a misread Target
    name become their target; a review warning on each of their Sasaran, for another column of theirs
    may be kept under a misread name."""
    targets = {old.header: new.header for old, new in zip(start.columns.columns, found.columns)
               if old.header != new.header and new.role is Role.TARGET}
    read = ", ".join(f"{old!r} where the header repeated on page {page} reads {name!r}" for old, name in misread)
    if targets:  # (said when the first header was walked)
        walk.notes = [note for note in walk.notes if (note.code, note.page) != ("no-target-column", start.table.page)]
    for sasaran in walk.sasaran[since:]:
        for row in sasaran.rows:
            for old_name, name in targets.items():
                if not row.target and (lines := row.extra.pop(old_name, None)):
                    row.target, row.target_header = lines, name
        walk.note("header-misread", f"the header on page {start.table.page} reads {read}: its rows were read "
                                    f"as the same table's, a column kept under the misread name taken as the "
                                    f"Target where the later header names it so; check them against the page",
                  start.table.page, row=sasaran)


def note_misread(walk: Walk, page: int, misread: list[tuple[str, str]]) -> None:
    """A review warning on the Sasaran of the first row read on `page`, whose header read names
    otherwise (`columns.misread_names`): its rows' extras are keyed by the first header's names."""
    first = next((row for sasaran in walk.sasaran for row in sasaran.rows if page in row.pages), None)
    read = ", ".join(f"{name!r} where the table's first reads {old!r}" for name, old in misread)
    walk.note("header-misread", f"the header repeated on page {page} reads {read}: read as the same table, "
                                f"under the first's names", page, row=first.sasaran if first else None)


def note_guessed(walk: Walk, layout: Layout, page: int, since: int) -> None:
    """A review warning, on the first Sasaran read under it, on a table whose column took its role from
    a name it does not print whole (`columns.guessed_names`): a header cut at its cell's edges, whose
    other pieces may stand in the headers beside it ('AN KET.'), or a name with a letter misread."""
    guessed = [column for column in layout.columns if column.guessed]
    if guessed and walk.sasaran:
        roles = "; ".join(f"{column.header!r} as the {column.role.value} column ({column.guessed})"
                          for column in guessed)
        walk.note("header-misread", f"the header on page {page} names a column by a name it does not print whole: "
                                    f"{roles}; the names beside it may hold other pieces of it",
                  page, row=walk.sasaran[min(since, len(walk.sasaran) - 1)])


def note_doubted_names(walk: Walk) -> None:
    """A review warning on each Sasaran with rows holding a value under an extra column whose header
    cell the reader doubts (reporting scan 1,001,173: 'KETERANGAN' read 'KtEicRANGAN', its values kept
    under that name on every row, with warnings on the header cell alone): the values are right, the
    name they are kept under may not be."""
    for sasaran in walk.sasaran:
        names = sorted({name for row in sasaran.rows for name in row.extra if name in walk.doubted_names})
        if names:
            pages = ", ".join(str(walk.doubted_names[name]) for name in names)
            walk.note("header-misread", f"the values under {', '.join(map(repr, names))} are kept under that name as "
                                        f"read, which the reader doubts on page {pages} (see the warning on it): "
                                        f"check the name against the page", sasaran.pages[0], row=sasaran)


def note_header_units(walk: Walk) -> None:
    """A review warning on each row with a bare figure for a target, read under a Target header whose
    short bracket names no unit ('TARGET (2)', 'TARGET (v0)') where the same header elsewhere in the
    document names a percentage ('TARGET (%)'): a scan's reading of the '%', so the figure was not
    read as one. Likewise under a Target header cell the reader doubts (its OCR readings differ): a
    unit it prints may be lost."""
    rows = [row for sasaran in walk.sasaran for row in sasaran.rows if row.target_header and row.target]
    for row in (row for row in rows if row.header_doubt is not None):
        target = parse_target(join_lines(row.target), row.target_header)
        if target.value is not None and target.unit is None:
            walk.note("header-misread", f"the Target header on page {row.header_doubt} ({row.target_header!r}) was "
                                        f"read unsure (see the warning on it): a unit it prints may be lost; the "
                                        f"target {join_lines(row.target)!r} was read without one", row.page, row=row)
    percent = {_UNIT_BRACKET.sub("", header).lower() for row in rows
               if header_is_percent(header := row.target_header or "")}
    for row in rows:
        header = row.target_header or ""
        bracket = _UNIT_BRACKET.search(header)
        if bracket is None or header_is_percent(header) or len(bracket.group(1)) > MISREAD_UNIT \
                or bracket.group(1).lower().startswith("rp") or _UNIT_BRACKET.sub("", header).lower() not in percent:
            continue
        target = parse_target(join_lines(row.target), header)
        if target.value is not None and target.unit is None:
            walk.note("header-misread", f"the Target header on page {row.page} reads {header!r} where the same "
                                        f"header elsewhere names a percentage: the target "
                                        f"{join_lines(row.target)!r} was not read as one", row.page, row=row)


def has_foreign_header(table: TablePage) -> bool:
    """Whether the table opens with a header row that is no RKT header: short column names without
    figures, the first "No" ("No | Strategi | Kebijakan"), which no data row prints. Such a table is
    another table, never a header-less continuation of the one before."""
    texts = [text for text in row_texts(table, 0) if text] if table.n_rows else []
    return len(texts) >= 2 and role_of_header(texts[0]) is Role.NO and all(
        len(text.split()) <= MAX_HEADER_WORDS and not any(ch.isdigit() for ch in text) for text in texts)


def note_target_columns(walk: Walk, layout: Layout, page: int) -> None:
    """Once per document: an indikator table without a Target column (an IKU table) reads with
    no targets, and one with targets per period keeps them per period."""
    codes = {note.code for note in walk.notes}
    periods = [column.label for column in layout.all(Role.PERIOD)]
    if periods and "targets-per-period" not in codes:
        walk.note("targets-per-period", f"the targets are printed per period ({', '.join(periods)}); they are "
                                         "kept under each indikator's periods", page, Severity.INFO)
    elif not layout.has_target and not periods and "no-target-column" not in codes:
        walk.note("no-target-column", "the indikator table has no Target column (an IKU table, say): its "
                                      "indikator have no target", page, Severity.INFO)


def walk_order(tables: list[TablePage], page_walked: Callable[[list[TablePage]], None]) -> Iterator[TablePage]:
    """The tables to walk, a page table cut where its header stands below rows of data (see
    `rows_above_header`), each one's index forgotten once the walk has moved on, `page_walked`
    called with each page table's parts once they are walked (the parts' cells are copies: the
    reader's notes find their nodes by the copies' places, reporting scan 1,000,599)."""
    for page_table in tables:
        parts = rows_above_header(page_table)
        for part in parts:
            yield part
            part.forget_index()
        page_table.forget_index()
        page_walked(parts)


def walked_once(source: SourceDocument) -> bool:
    """Whether the source's cells are walked only once: no plan of several years (walked again for
    the document's year, `source_to_document`) and no signature block before a title (a file of
    several documents, walked again per part, `source_to_documents`). Each test finds whatever the
    walk's own would, and more."""
    for page_table in source.tables:
        for part in rows_above_header(page_table):
            n_header = header_row_count(part)
            if n_header and header_to_layout(part, n_header).years:
                return False
            part.forget_index()
        page_table.forget_index()  # an index for every table would make the grid a tenth bigger
    return not signed_then_titled(source)


def rows_above_header(table: TablePage) -> list[TablePage]:
    """A page table whose header stands below rows of data (the tail of the page before, printed
    above the repeated header) as two tables: those rows, then the rest from the header on.
    A single cell across the table above the header is a title, not data: the table stays whole."""
    start = header_start(table)
    above = [cell for cell in table.cells if cell.row < start]
    if not start or any(cell.row + cell.row_span > start for cell in above):
        return [table]
    if sum(1 for cell in above if not cell.is_empty) < 2:
        return [table]
    below = [replace(cell, row=cell.row - start) for cell in table.cells if cell.row >= start]
    # the page's words stay with the part that has the header: one checked for every word it prints
    return [table.model_copy(update={"n_rows": start, "cells": above, "words": []}),
            table.model_copy(update={"n_rows": table.n_rows - start, "cells": below})]


CELL_WIDTH, LINE_HEIGHT = 100.0, 10.0  # the box a cell without one is given, per grid column and text line
CELL_MARGIN = 10.0  # within its column's width: cells side by side stand apart, as printed ones do


def cell_line_boxes(cell: Cell) -> list[BBox]:
    """A box for each line of a cell: its share of the cell's box, or, for a reader that gives
    none (Word files), one from the cell's grid slot, so that cells side by side stay side by side."""
    n = len(cell.lines)
    box = cell.bbox or BBox(x0=cell.col * CELL_WIDTH + CELL_MARGIN, x1=(cell.col + cell.col_span) * CELL_WIDTH - CELL_MARGIN,
                            top=cell.row * n * LINE_HEIGHT, bottom=(cell.row * n + n) * LINE_HEIGHT)
    height = (box.bottom - box.top) / max(1, n)
    return [replace(box, top=box.top + i * height, bottom=box.top + (i + 1) * height)
            for i in range(n)]


def texts_with_trailing_tables(source: SourceDocument, used: list[TablePage]) -> list[PageText]:
    """The pages' text, plus that of tables printed after the last RKT table that are not
    RKT tables themselves: a signature block laid out in a borderless table (each line with
    its box; the page's own lines with theirs, or none)."""
    used_ids = {id(table) for table in used}
    last = max((i for i, table in enumerate(source.tables) if id(table) in used_ids), default=len(source.tables))
    trailing: dict[int, list[tuple[str, BBox | None]]] = {}
    for table in source.tables[last + 1:]:
        if id(table) not in used_ids:
            cells = sorted(table.cells, key=lambda c: (c.row, c.col))
            trailing.setdefault(table.page, []).extend(
                pair for cell in cells for pair in zip(cell.lines, cell_line_boxes(cell), strict=True))
    texts = {t.page: t for t in source.texts}
    for page, lines in trailing.items():
        text = texts.get(page, PageText(page=page))
        own = text.below_boxes if len(text.below_boxes) == len(text.below) else [None] * len(text.below)
        texts[page] = text.model_copy(update={"below": text.below + [line for line, _ in lines],
                                              "below_boxes": own + [box for _, box in lines]})
    return sorted(texts.values(), key=lambda t: t.page)


# Source formats whose cell lines are paragraphs (Word) or typed line breaks (Excel), never wraps.
PARAGRAPH_FORMATS = ("docx", "doc", "xlsx")
MAX_HEADER_LINES = 6  # a header printed outside any table: up to this many lines in a row
MAX_HEADER_WORDS = 4  # words of one column name; longer lines are prose or headings
MIN_LINE_KEY = 4  # letters and digits of a line outside the tables that can be told in a document field


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


def reader_notes(source: SourceDocument) -> list[ReaderNote]:
    """The reader's notes on the document, then those on each table."""
    return [*source.notes, *(note for table in source.tables for note in table.notes)]


def note_to_warning(note: ReaderNote, drafts: dict[NotedCell, object], refs: dict[int, str]) -> Warning:
    """A reader's note as a warning, with the ref of the node its cell's text went into (`Walk.by_box`)
    and that cell's box."""
    draft = noted_draft(note, drafts)
    box = note.cell
    regions = [box_to_region(note.page, box.x0, box.top, box.x1, box.bottom)] if box and box.on_page and note.page \
        else []
    return Warning(code=note.code, message=note.message, page=note.page, severity=Severity(note.severity),
                   ref=refs.get(id(draft)) if draft is not None else None, regions=regions)


def noted_draft(note: ReaderNote, drafts: dict[NotedCell, object]) -> object | None:
    """The draft the text of the note's cell (or node) went into, if any."""
    node = note.node or note.cell
    return drafts.get(noted_cell(note.page, node)) if node is not None and note.page is not None else None


def notes_to_warnings(notes: list[ReaderNote], walk: Walk, texts: list[PageText], info: DocumentInfo) -> list[Warning]:
    """The reader's notes as warnings (`note_to_warning`, `with_field_ref`), `notes` spent: each note is
    let go of as its warning is made (a text export has a note on many of its cells: notes and warnings
    whole at once were a tenth of its peak)."""
    drafts = {id(draft) for note in notes if (draft := noted_draft(note, walk.by_box)) is not None}
    refs = node_refs(walk, drafts | {id(part) for first in drafts for part in walk.split_parts.get(first, [])})
    levels = level_refs(walk, drafts)
    notes.reverse()
    warnings = []
    while notes:
        note = notes.pop()
        warning = with_field_ref(note_to_warning(note, walk.by_box, refs), note, texts, info)
        warnings.append(warning)
        if note.severity == "review" and (draft := noted_draft(note, walk.by_box)) is not None:
            warnings += [warning.model_copy(update={"ref": refs.get(id(part))})
                         for part in walk.split_parts.get(id(draft), [])]  # a row split in several: each part
            warnings += [warning.model_copy(update={"ref": ref})  # a Misi or Tujuan: each Sasaran under it
                         for ref in levels.get(id(draft), []) if ref != warning.ref]
    # A note on several cells, one of which went into no node (a row later read as a heading), has
    # its say through the others: that one would be a warning pointing nowhere.
    located = {(w.code, w.page, w.message) for w in warnings if w.ref is not None}
    return [w for w in warnings if w.ref is not None or (w.code, w.page, w.message) not in located]


def read_info(source: SourceDocument, walked: Walked) -> Reading:
    """The document fields read from the text around the tables walked."""
    used = walked.used
    if not used:
        return Reading(DocumentInfo())
    later = sorted({table.page for table in used} - {used[0].page})
    return texts_to_info(texts_with_trailing_tables(source, used), (used[0].page, used[-1].page), walked.furniture,
                         later)


def year_note(reading: Reading, years: list[str]) -> None:
    """Which year's target a plan of several years gave, said once: the document's year, or, when
    the document names none of them, the first year's, which may not be the one meant."""
    if not years:
        return
    span = f"{years[0]}-{years[-1]}"
    if str(reading.info.year) in years:
        reading.warnings.append(Warning(
            code="targets-per-year", severity=Severity.INFO,
            message=f"the Target header spans the years {span}: each indikator's target is that of the "
                    f"document's year, {reading.info.year}; the other years' are kept as extras"))
    else:
        reading.warnings.append(Warning(
            code="targets-per-year", ref="/document/year",
            message=f"the Target header spans the years {span} and the document names none of them as its "
                    f"year: each indikator's target is the first year's, {years[0]} (the others kept as "
                    f"extras); check which year is meant"))


def with_field_ref(warning: Warning, note: ReaderNote, texts: list[PageText], info: DocumentInfo) -> Warning:
    """A reader's warning about a line outside the tables (a stamp over it) pointed at the document
    field that line went into: the signer's position, name, rank or NIP, or the agency or title.
    Lines and fields are compared without their spaces (OCR sets 'Dr.H.' for 'Dr. H.'); a line of
    fewer than MIN_LINE_KEY letters or digits is pointed nowhere (it could be part of anything)."""
    if warning.ref is not None or note.cell is None or note.page is None:
        return warning
    keys = [key for text in texts if text.page == note.page
            for line, box in zip(text.above + text.below, text.above_boxes + text.below_boxes)
            if box == note.cell and len(key := _key(line)) >= MIN_LINE_KEY]
    signers = [("/document/signatory", info.signatory), ("/document/superior", info.superior)]
    fields = [(ref, value) for ref, signer in signers if signer is not None
              for value in (signer.position, signer.name, signer.rank, signer.nip)]
    fields += [("/document/agency", info.agency), ("/document/title", info.title)]
    for key in keys:
        if (ref := next((ref for ref, value in fields if value and key in _key(value)), None)) is not None:
            return warning.model_copy(update={"ref": ref})
    return warning


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def with_regions(warning: Warning, doc: RktDocument) -> Warning:
    """A warning about a node, given the node's regions (on the warning's page, when it has some
    there; a node without any, its rows') unless it names its own cell's."""
    if warning.regions or warning.ref is None:
        return warning
    node = doc.node_at(warning.ref)
    # a sasaran printed without a cell of its own (sasaran-missing, -empty) is where its rows are
    regions: list[Region] = getattr(node, "regions", []) or [r for row in getattr(node, "indikator", [])
                                                              for r in row.regions]
    if not regions:
        return warning  # not a copy as it is: a text export's many warnings were all made twice (issue 15)
    on_page = [region for region in regions if region.page == warning.page]
    return warning.model_copy(update={"regions": on_page or regions})


def placed_tables(starts: list[TableStart], drafts: list[SasaranDraft] | list[ProgramDraft],
                  kept: list[SasaranDraft] | list[ProgramDraft], used: list[TablePage]) -> list[TablePlace]:
    """Each table of `starts` that holds drafts the document keeps (`kept`, in `drafts`' order; rows split
    apart after the walk stay in their table), with the index of its first and whether it is the first
    table used on its page (the page's heading is its own)."""
    first_on_page: dict[int, TablePage] = {}
    for table in used:
        first_on_page.setdefault(table.page, table)
    position = {id(draft): k for k, draft in enumerate(drafts)}
    found: list[TablePlace] = []
    for start in starts:
        at = position[id(start.first)] if start.first is not None else len(drafts)
        first = sum(1 for draft in kept if position[id(draft)] < at) if found else 0
        if found and found[-1].first == first:
            found.pop()  # the table before holds nothing of its own
        if first < len(kept):
            found.append(TablePlace(start.table, start.n_header, start.columns, first,
                                    first_on_page[start.table.page] is start.table))
    return found


def source_to_document(source: SourceDocument, info: Source, walked: Walked | None = None,
                       release: bool = False) -> RktDocument:
    """Assemble a reader's cells into a validated RktDocument.

    Args:
        source: the reader's pages of table cells and surrounding text.
        info: the `source` block of the result (file, sha256, format, pages, engine).
        walked: `walk_tables(source)` when the caller has it already.
        release: let go of the reader's notes as they become warnings, and empty the tables' cells once
            they are read for the last time, before the models are built (see `release_cells`), for a
            caller that has no further use for `source`.

    Raises:
        NoTableError: no table with an RKT header (Sasaran / Indikator / Target) was found.
    """
    walked = walked or walk_tables(source)
    if walked.years and (year := read_info(source, walked).info.year) is not None and str(year) in walked.years:
        walked = walk_tables(source, year)  # a plan of several years: the target is that of the document's year
    walk, used = walked.walk, walked.used
    split_listed_rows(walk, paragraphs=source.format in PARAGRAPH_FORMATS)
    if source.engine == "ocr":
        note_unmarked_heads(walk)
    if not kept_sasaran(walk):
        raise NoTableError(source.path, "no table with Sasaran / Indikator / Target columns")
    texts = texts_with_trailing_tables(source, used)
    reading = read_info(source, walked)
    year_note(reading, walked.years)
    noted = {note.page for note in source.notes if note.code == "table-not-read"}
    notes = reader_notes(source)
    if release:
        release_notes(source, used)  # `notes` holds them alone, and lets each go as it becomes a warning
    reader_warnings = notes_to_warnings(notes, walk, texts, reading.info)
    layout = walked_layout(source, walked, texts)
    if release:
        release_cells(source, used)
    sasaran, programs, warnings = walk_to_models(walk)
    doc = RktDocument(
        document=reading.info,
        source=info,
        sasaran=sasaran,
        programs=programs,
        warnings=warnings + reading.warnings,
        layout=layout,
    )
    doc.warnings[:0] = on_rows_beside(reader_warnings, doc)  # (after the models: their rows' regions place them)
    if doc.layout is not None:
        doc.layout.field_lines = reading.places
    doc.warnings += check_rules(doc) + missed_tables([text for text in source.texts if text.page not in noted])
    doc.warnings += text_below_continued_tables(source.texts, {table.page for table in used}, doc)
    doc.warnings += targets_in_extra(doc) + marker_only_kegiatan(doc) + count_breaks(doc)
    missing = unplaced_words(((table.page, table.words) for table in used), doc, walked.furniture)
    if (lost := coverage_warning(missing)) is not None:
        pages = {page for page, _ in missing}  # no node holds the words: the tables they were printed in
        lost.regions = [box_to_region(t.page, t.bbox.x0, t.bbox.top, t.bbox.x1, t.bbox.bottom)
                        for t in used if t.page in pages and t.bbox is not None]
        doc.warnings.append(lost)
        doc.warnings += lost_beside_rows(missing, walked.places, doc)
    doc.warnings = [with_regions(warning, doc) for warning in doc.warnings]
    if any(w.severity is Severity.REVIEW for w in doc.warnings):
        doc.status = Status.PARTIAL
    return doc


def walked_layout(source: SourceDocument, walked: Walked, texts: list[PageText]) -> DocumentLayout | None:
    """How the walked RKT tables (and programs tables) were printed; None without an RKT table
    holding kept drafts."""
    walk = walked.walk
    tables = placed_tables(walked.printed, walk.sasaran, kept_sasaran(walk), walked.used)
    if not tables:
        return None
    return table_to_layout(source, tables, texts,
                           placed_tables(walked.programs, walk.programs, kept_programs(walk), walked.used))


def release_notes(source: SourceDocument, used: list[TablePage]) -> None:
    """Empty the reader's notes of `source` and its tables (and of `used`, the walk's parts of a page
    table): they are about to become warnings."""
    source.notes = []
    for table in (*source.tables, *used):
        table.notes = []


def release_cells(source: SourceDocument, used: list[TablePage]) -> None:
    """Empty the cells of every table of `source` and of `used` (the walk's parts of a page table
    hold cells of their own): the models are built from the drafts, and the checks after need only
    a table's page, box and words. A big document then never holds its grid and its models at once."""
    for table in (*source.tables, *used):
        table.cells = []
        table.forget_index()


def source_to_documents(source: SourceDocument, info: Source, release: bool = False) -> list[RktDocument]:
    """Assemble each document a reader's cells hold: one, or several where the file joins
    documents (a signature block, then a new title). A boundary that is not sure leaves one
    document with a `document-boundary` review warning.

    `release`: as `source_to_document`'s, for the caller that has no further use for `source`.

    Raises:
        NoTableError: as `source_to_document`.
    """
    walked = walk_tables(source, release=release and walked_once(source))
    found = boundaries(source, walked.used)
    starts = [boundary.page for boundary in found if boundary.certain]
    docs = [source_to_document(part, info, release=release) for part in split_source(source, starts)] if starts \
        else [source_to_document(source, info, walked, release)]
    for boundary in (b for b in found if not b.certain):
        doc = docs[sum(first <= boundary.page for first in starts)]  # the part the page belongs to
        doc.warnings.append(Warning(code="document-boundary", page=boundary.page, message=boundary.message))
        doc.status = Status.PARTIAL
    return docs


__all__ = ["source_to_document", "source_to_documents"]
