"""Walking the data rows of every page table into the RKT hierarchy.

This is where merged cells are filled down, page continuations are followed
and a row broken across a page boundary is joined back together. The result
is a list of drafts (lines, not yet joined text) that `build.py` validates.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import zip_longest
from typing import TypeAlias

from rktparse.assemble.breaks import CLEAR, Fragment, line_pitch, text_ended, word_would_fit
from rktparse.assemble.columns import Column, Layout, is_column_number_row, is_period
from rktparse.grid import BBox, Cell, CoordOrigin, TablePage, preview
from rktparse.models import Severity
from rktparse.vocabulary.cues import (
    CONNECTORS,
    DOING,
    INDIKATOR,
    capital_cue,
    first_word,
    opener,
    opens_sasaran,
    states_aim,
)
from rktparse.vocabulary.furniture import is_page_furniture
from rktparse.vocabulary.headers import (
    HIERARCHY,
    LEVEL_ROLES,
    Role,
    holds_value,
    is_bullet,
    names_column,
    role_of_header,
)
from rktparse.vocabulary.phrases import Phrases
from rktparse.vocabulary.targets import UNITS
from rktparse.vocabulary.text import figure_goes_on, join_lines, starts_item

_AMOUNT = re.compile(r"(Rp\.?\s?)?\d{1,3}(\.\d{3})+(,\d+)?")  # a whole amount in thousands ('9.216.000.000')
# An entry's year alone ('Tahun Anggaran 2023' at a page top, under '... fasilitas terminal': reporting scan
# 1,000,978, read as an entry of its own, silently): a year closes an entry, it opens none
_YEAR_ALONE = re.compile(r"^tahun(?: anggaran)? \d{4}\.?$", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"\d[\d.,]*")  # a figure with no unit beside it
_HYPHEN_CUT = re.compile(r"[^\W\d_]+-")  # a word cut at its hyphen at a wrap ('e-' / 'Kinerja')

# Where a draft's text was printed: for each page (in runs of five: page, x0, top, x1, bottom), the box
# around the cells it came from, all the output's regions need. Figures in an array, not the cells'
# boxes, which drafts would keep alive once the grid is let go, nor a tuple for each cell, the largest
# part of a big document's drafts (issue 15); the empty tuple, shared, for a draft printed in no
# cell with a box on the page (a text export's, a Word file's).
Boxes: TypeAlias = "array[float] | tuple[()]"
NO_BOXES: tuple[()] = ()
NotedCell = tuple[int, float, float, float, float, CoordOrigin]  # (page, box) of a cell a reader's note names


def add_box(boxes: Boxes, page: int, box: BBox) -> array[float]:
    """`boxes` with `box` in: the last page's box widened when `box` is on that page, else the page's added."""
    if isinstance(boxes, array) and boxes and boxes[-5] == page:
        boxes[-4], boxes[-3] = min(boxes[-4], box.x0), min(boxes[-3], box.top)
        boxes[-2], boxes[-1] = max(boxes[-2], box.x1), max(boxes[-1], box.bottom)
        return boxes
    found = boxes if isinstance(boxes, array) else array("d")
    found.extend((page, box.x0, box.top, box.x1, box.bottom))
    return found


def add_page(pages: list[int], page: int) -> None:
    """Add `page` to a draft's pages, a sorted list: a set, even of one page, was three times the
    size, and a big document's drafts have many (issue 15)."""
    at = bisect_left(pages, page)
    if at == len(pages) or pages[at] != page:
        pages.insert(at, page)


def on_page(pages: list[int], page: int) -> bool:
    at = bisect_left(pages, page)
    return at < len(pages) and pages[at] == page


def noted_cell(page: int, box: BBox) -> NotedCell:
    return page, box.x0, box.top, box.x1, box.bottom, box.origin


@dataclass(slots=True)
class LevelDraft:
    """A Misi, Tujuan or Sasaran cell, possibly merged over many rows and pages."""

    lines: list[str]
    pages: list[int]  # sorted (`add_page`)
    no: str | None = None
    boxes: Boxes = NO_BOXES
    tops: tuple[float, ...] = ()  # each line's top, while the cell is one printed cell
    doubt: tuple[str, str] | None = None  # (code, why) its text may be two cells' (joined over a page break)
    fragment: Fragment | None = None  # its cell as last printed, for a text at the top of the next page
    ended: bool = False  # its cell went on over a page printing nothing there: its text ended before


@dataclass(slots=True)
class RowDraft:
    """One indikator row: its cells' lines, gathered over the rows and pages it spans."""

    page: int
    indikator: list[str]
    sasaran: SasaranDraft
    no: str | None = None
    target_header: str | None = None
    target: list[str] = field(default_factory=list)
    periods: dict[str, list[str]] = field(default_factory=dict)  # a period's label -> its target's lines
    kegiatan: list[list[str]] = field(default_factory=list)
    extra: dict[str, list[str]] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)  # sorted (`add_page`)
    boxes: Boxes = NO_BOXES
    # each indikator and target line's top, while the row is one printed row with one Target column
    indikator_tops: tuple[float, ...] = ()
    target_tops: tuple[float, ...] = ()
    indikator_cell: Fragment | None = None  # its indikator cell as last printed
    kegiatan_cell: Fragment | None = None  # its last Kegiatan cell as printed
    header_doubt: int | None = None  # the page of the Target header it is read under, if the reader doubts that cell


@dataclass(slots=True)
class SasaranDraft(LevelDraft):
    misi: LevelDraft | None = None
    tujuan: LevelDraft | None = None
    group: LevelDraft | None = None
    rows: list[RowDraft] = field(default_factory=list)


@dataclass(slots=True)
class ProgramDraft:
    page: int
    lines: list[str]
    no: str | None = None
    extra: dict[str, list[str]] = field(default_factory=dict)
    boxes: Boxes = NO_BOXES


@dataclass(slots=True)
class Note:
    """A decision worth telling the user about, tied to the row it concerns."""

    code: str
    message: str
    page: int | None
    severity: Severity = Severity.REVIEW
    row: RowDraft | SasaranDraft | None = None  # the node the note is about


@dataclass
class Walk:
    """The state of one pass over a document's tables, in page order."""

    sasaran: list[SasaranDraft] = field(default_factory=list)
    programs: list[ProgramDraft] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    noted: set[NotedCell] = field(default_factory=set)  # the cells the reader's notes name
    # id(cell) -> the draft its text went into, for the noted cells (and headings) of the page table
    # being walked: for every cell, a big document's map held as much memory as its drafts' boxes
    placed: dict[int, object] = field(default_factory=dict)
    # the same by each placed cell's page and box, once its page table is walked (`settle`): the
    # first cell's draft where boxes repeat (a text export's grid boxes repeat from table to table)
    by_box: dict[NotedCell, object] = field(default_factory=dict)
    # the drafts given a fragment since the last page table (`close_fragments`)
    holders: list[LevelDraft | RowDraft] = field(default_factory=list)
    levels: dict[Role, LevelDraft | None] = field(default_factory=lambda: dict.fromkeys((*LEVEL_ROLES, Role.GROUP)))
    row: RowDraft | None = None
    phrases: Phrases = field(default_factory=Phrases)  # the document's listed openings and word pairs
    header_doubt: int | None = None  # the page of the Target header the rows are read under, if doubted
    doubted_names: dict[str, int] = field(default_factory=dict)  # extra columns' headers the reader doubts, by page
    # id(the first part of a row split in several) -> the other parts: a reader's doubt about the
    # row's cells is about each of them
    split_parts: dict[int, list[RowDraft]] = field(default_factory=dict)

    def start_table(self) -> None:
        """Forget the open levels and row: a new table's first rows start their own."""
        self.levels = dict.fromkeys(self.levels)
        self.row = None

    def finish(self) -> None:
        """Let go of the cells the drafts were last printed in: only the walk, going on to the next
        page, needs them, and each holds its whole table."""
        for sasaran in self.sasaran:
            for level in (sasaran, sasaran.misi, sasaran.tujuan, sasaran.group):
                if level is not None:
                    level.fragment = None
            for row in sasaran.rows:
                row.indikator_cell = row.kegiatan_cell = None
        for level in self.levels.values():
            if level is not None:
                level.fragment = None

    def settle(self, parts: list[TablePage]) -> None:
        """Key the drafts the cells of a page table's parts (`rows_above_header`) just walked went
        into by the cells' boxes (`by_box`) instead of the cells: the cells may go now."""
        for part in parts:
            for cell in part.cells:
                if cell.bbox is not None and id(cell) in self.placed:
                    self.by_box.setdefault(noted_cell(part.page, cell.bbox), self.placed[id(cell)])
        self.placed = {}

    def close_fragments(self) -> set[int]:
        """Let go of the fragments of the drafts no longer open: the walk goes on only from its open
        levels and row. The ids of the tables the open drafts' fragments were printed in."""
        open_drafts = {id(draft): draft for draft in (*self.levels.values(), self.row) if draft is not None}
        for draft in self.holders:
            if id(draft) not in open_drafts:
                if isinstance(draft, RowDraft):
                    draft.indikator_cell = draft.kegiatan_cell = None
                else:
                    draft.fragment = None
        self.holders = list(open_drafts.values())
        return {id(fragment.table) for draft in self.holders for fragment in fragments(draft)}

    def release(self) -> None:
        """Let go of every draft and note: the models are built (`build.walk_to_models`)."""
        self.sasaran, self.programs, self.notes, self.row = [], [], [], None
        self.placed, self.by_box, self.holders, self.levels = {}, {}, [], dict.fromkeys(self.levels)
        self.split_parts = {}

    def note(self, code: str, message: str, page: int | None, severity: Severity = Severity.REVIEW,
             row: RowDraft | SasaranDraft | None = None) -> None:
        self.notes.append(Note(code, message, page, severity, row))


def fragments(draft: LevelDraft | RowDraft) -> list[Fragment]:
    """The cells a draft was last printed in."""
    held = [draft.indikator_cell, draft.kegiatan_cell] if isinstance(draft, RowDraft) else [draft.fragment]
    return [fragment for fragment in held if fragment is not None]


def looks_cut(lines: list[str]) -> bool:
    """Whether a cell's text may go on past a page break: its last line runs as wide as its widest,
    or ends on a word no statement ends on ('dan', 'dari', 'yang').

    Characters stand in for widths: a line that ends a paragraph is usually short.
    """
    lines = [line.strip() for line in lines if line.strip()]
    return ends_open(lines) or len(lines) >= 2 and len(lines[-1]) >= 0.8 * max(map(len, lines[:-1]))


def wrapped_before(lines: list[str], tail: str) -> bool:
    """Whether the first word of `tail` would have made the text's last line longer than its widest,
    by its letters (no line extents): the text wrapped before it, so it may go on there."""
    lines = [line.strip() for line in lines if line.strip()]
    words = tail.split()
    return len(lines) >= 2 and bool(words) and len(lines[-1]) + 1 + len(words[0]) > max(map(len, lines))


def ends_open(lines: list[str]) -> bool:
    """Whether a cell's text ends on a word no statement ends on ('dan', 'dari', 'yang'): it goes on."""
    words = lines[-1].split() if lines else []
    return bool(words) and words[-1].lower() in CONNECTORS


def lone_small_word(lines: list[str]) -> bool:
    """One word in small letters ('aparatur'): the end of an entry, never an entry of its own."""
    words = " ".join(lines).split()
    return len(words) == 1 and words[0][:1].islower()


def left_open(lines: list[str]) -> bool:
    """Whether a Kegiatan entry ends on a word none ends on: a connective ('dan') or a verb of doing
    ('- melakukan' / 'penanganan pengaduan ...': a scan's reading cut the entry at the wrap)."""
    words = lines[-1].split() if lines else []
    return ends_open(lines) or bool(words) and words[-1].lower() in DOING


def small_tail(lines: list[str]) -> bool:
    """Words in small letters opening as no entry does ('pengganggu tumbuhan'; an entry opens with a
    capital, a list marker or a verb of doing, 'melakukan ...'): most likely the end of the entry
    above, its wrapped line cut off as a row of its own."""
    word = first_word(lines[0]) if lines else ""
    return word[:1].islower() and opener(word) is None and not states_aim(word) and not starts_item(lines[0])


NAME_WORDS = 2  # words of a column name the vocabulary knows ('Penanggung Jawab'), not a Program's name
MAX_NAME_WORDS = 4  # words of a piece of a column's name read as a cell


def reads_as_name(text: str, names: list[str]) -> bool:
    """Whether a cell's text reads as a column's name: one of `names` (the table's, space-padded and
    folded) or a piece of one at its words' edges ('Trw I' of 'Target Kinerja Trw I'), a period, or a
    short name the vocabulary knows; never a value."""
    folded = f" {' '.join(text.split()).casefold()} "
    return not holds_value(text) and (is_period(text) or len(text.split()) <= NAME_WORDS and names_column(text)
                                      or len(text.split()) <= MAX_NAME_WORDS and any(folded in name for name in names))


class TableWalker:
    """Reads one page table's data rows into `walk` with the columns of `layout`."""

    def __init__(self, walk: Walk, table: TablePage, layout: Layout, first_row: int) -> None:
        self.walk, self.table, self.layout, self.first_row = walk, table, layout, first_row
        self.unnamed_above: dict[int, Cell] = {}  # the last cell read in each column without a header

    def slot(self, row: int, role: Role) -> tuple[Cell | None, bool]:
        """The cell covering `row` in `role`'s column, and whether it starts on this row."""
        column = self.layout.column(role)
        if column is None:
            return None, False
        cell = self.table.covering(row, column.index)
        if cell is None:
            return None, False
        return cell, cell.row == row

    def fresh_tops(self, row: int, role: Role) -> tuple[float, ...]:
        """The line tops of the cell starting on `row` in `role`'s column, when the reader gave one per line
        (a tuple: most drafts have none, and the empty tuple is shared)."""
        cell, starts = self.slot(row, role)
        if cell is None or not starts or cell.line_tops is None or len(cell.line_tops) != len(cell.lines):
            return ()
        return tuple(cell.line_tops)

    def fresh_lines(self, row: int, role: Role) -> list[str]:
        """Lines of the cell starting on `row` in `role`'s column; [] otherwise."""
        cell, starts = self.slot(row, role)
        if cell is None or not starts or cell.is_empty:
            return []
        return list(cell.lines)

    def heading(self, row: int) -> Cell | None:
        """The one cell of a row printed across the table ("MISI 1 ...", a section title)."""
        cells = [c for c in self.table.row_cells(row) if not c.is_empty]
        if len(cells) == 1 and cells[0].col_span >= max(2, (self.table.n_cols + 1) // 2):
            return cells[0]
        return None

    def lone_heading(self, row: int, after: int | None) -> Cell | None:
        """A heading row a table without rules holds inside one level column ('Bidang Pelayanan Umum'
        within the Sasaran column, a short heading told from no cell by its place): the row's one cell,
        in a level column where the next row opens a cell of its own, so that it heads no row; and
        opening with a capital and with no word a Misi, Tujuan, Sasaran, indikator or kegiatan opens."""
        cells = [cell for cell in self.table.row_cells(row) if not cell.is_empty]
        if after is None or len(cells) != 1 or cells[0].col not in self.layout.level_roles:
            return None
        cell, word = cells[0], first_word(cells[0].text)
        below = self.table.covering(after, cell.col)
        if below is None or below.row != after or below.is_empty or not word[:1].isupper() \
                or opener(word) is not None or states_aim(word):
            return None
        return cell

    def data_rows(self) -> list[int]:
        rows = []
        for row in range(self.first_row, self.table.n_rows):
            if is_column_number_row(self.table, row):
                continue
            if (heading := self.heading(row)) is not None and is_page_furniture(heading.text):
                continue  # a page number the grid took in, printed across the table's width
            if any(not c.is_empty for c in self.table.row_cells(row)):
                rows.append(row)
        return rows

    def place(self, row: int, draft: RowDraft | ProgramDraft) -> None:
        """Remember the draft the cells starting on `row` went into (Misi/Tujuan/Sasaran cells: their
        level), so that a reader's note on a cell becomes a warning with that node's ref, and the
        node keeps the boxes it was read from."""
        levels = self.layout.level_roles
        for cell in self.table.row_cells(row):
            role = levels.get(cell.col)
            owner = self.walk.levels.get(role) if role is not None else draft
            if self.walk.noted and cell.bbox is not None and noted_cell(self.table.page, cell.bbox) in self.walk.noted:
                level = self.walk.levels.get(numbered) if (numbered := self.numbered_level(cell.col)) else None
                # a doubt on the number a Sasaran took from its cell is the Sasaran's, not its first row's
                self.walk.placed[id(cell)] = level if level is not None and level.no == join_lines(cell.lines) \
                    else owner
            if owner is not None and cell.bbox is not None and cell.bbox.on_page and not cell.is_empty:
                owner.boxes = add_box(owner.boxes, self.table.page, cell.bbox)

    def fragment(self, cell: Cell, holder: LevelDraft | RowDraft) -> Fragment:
        """`cell` as printed in this table, for `holder` (an open draft) to go on from at the next
        page; the walk lets it go once the draft is closed (`Walk.close_fragments`)."""
        self.walk.holders.append(holder)
        return Fragment(self.table, cell)

    def numbered_level(self, col: int) -> Role | None:
        """The level (Misi, Tujuan, Sasaran) whose numbers a numbering column holds: the level column
        just right of it (`number_for`)."""
        column = next((c for c in self.layout.columns if c.index == col), None)
        if column is None or column.role is not Role.NO:
            return None
        return self.layout.level_roles.get(col + 1)

    def target_lines(self, row: int) -> list[str]:
        """The target cell's lines; a figure and its unit printed in two columns under one Target
        header ('16.478' | 'Koperasi') read side by side, line by line."""
        parts = [self.cell_lines(row, column.index) for column in self.layout.all(Role.TARGET)
                 + self.layout.all(Role.TARGET_PART)]
        parts = [lines for lines in parts if lines]
        if len(parts) < 2:
            return parts[0] if parts else []
        return [" ".join(piece for piece in pieces if piece) for pieces in zip_longest(*parts, fillvalue="")]

    def period_lines(self, row: int) -> dict[str, list[str]]:
        """The lines of each period's target cell that starts on `row`, by the period's label."""
        return {column.label: lines for column in self.layout.all(Role.PERIOD)
                if (lines := self.cell_lines(row, column.index))}

    def note_unnamed_columns(self, row: int, draft: RowDraft) -> None:
        """A review note on a row beside text in a column that printed no header (kept as the extra
        'kolom N'): what the column holds is not known. On a scan it is most often a level column
        whose header was lost (a Misi beside every row), or a column a table without rules split
        from its neighbour; either way the row's fields may lack that text. The rows under such a cell
        where the column has no cell at all are noted too: a table without rules gives a level's cell
        its first row only (reporting scan 1,001,482's Misi); an empty cell of its own says nothing."""
        unnamed = []
        for column in self.layout.columns:
            if column.role is Role.EXTRA and not column.header:
                cell = self.table.covering(row, column.index)
                if cell is not None and not cell.is_empty:
                    self.unnamed_above[column.index] = cell
                elif cell is not None or (cell := self.unnamed_above.get(column.index)) is None:
                    continue
                unnamed.append(cell)
        if unnamed:
            quoted = ", ".join(f"'{preview(cell.lines)}'" for cell in unnamed)
            self.walk.note("column-unnamed", f"the row '{preview(draft.indikator)}' stands beside {quoted} in a "
                                             f"column without a header, kept as an extra: it may belong in a field "
                                             f"(a Misi, Tujuan or Sasaran whose header was not read)",
                           self.table.page, row=draft)

    def cell_lines(self, row: int, col: int) -> list[str]:
        cell = self.table.covering(row, col)
        return list(cell.lines) if cell is not None and cell.row == row and not cell.is_empty else []

    def extra_lines(self, row: int) -> dict[str, list[str]]:
        extras: dict[str, list[str]] = {}
        for column in self.layout.columns:
            if column.role is Role.EXTRA:
                cell = self.table.covering(row, column.index)
                if cell is not None and cell.row == row and not cell.is_empty:
                    # columns under one spanning header ("Nomor Kode" over 1 | 29 | 01) share its key
                    extras.setdefault(column.header or f"kolom {column.index + 1}", []).extend(cell.lines)
        return extras


class RktWalker(TableWalker):
    """Rows of an indikator table: Misi/Tujuan/Sasaran levels, indikator, target, kegiatan."""

    break_doubted: RowDraft | None = None  # the row before the page's first, when that one may be its rest

    def run(self) -> None:
        if self.first_row:  # a header printed here: the rows below are read under it, and the next pages' too
            self.walk.header_doubt = self.table.page if self.header_noted(self.layout.column(Role.TARGET)) else None
            self.walk.doubted_names.update((column.header, self.table.page) for column in self.layout.all(Role.EXTRA)
                                           if column.header and self.header_noted(column))
        rows = self.data_rows()
        for position, row in enumerate(rows):
            after = rows[position + 1] if position + 1 < len(rows) else None
            if (heading := self.heading(row)) is not None:
                self.read_heading(heading)
            elif (position > 0 or self.walk.row is None or self.level_opens(row)) \
                    and (heading := self.lone_heading(row, after)) is not None:
                self.read_heading(heading)
            elif position == 0 and self.continues_previous_row(row):
                self.join_split_row(row)
            else:
                self.read_row(row)
                opened = self.walk.row
                if (names := self.header_names(row)) and opened is not None:
                    self.walk.note("row-reads-as-header", f"page {self.table.page}: the row's cells read as the "
                                   f"table's column names ({', '.join(names)}): the header printed again, out of "
                                   "its place, rather than a row?", self.table.page, row=opened)
                if position == 0 and (doubted := self.break_doubted) is not None and opened is not None \
                        and opened is not doubted:
                    self.note_measure_break(doubted, opened)

    def header_names(self, row: int) -> list[str]:
        """The row's cells, where two or more of them read as column names and at most one does not (an
        export that prints a page's header after its rows, PyMuPDF's of some PDFs, hands its pieces on as
        rows: 'RENCANA AKSI' / 'ANGGARAN (RP.)' / 'PENANGGUNG JAWAB'); else []."""
        texts = [cell.text for cell in self.table.row_cells(row) if not cell.is_empty]
        named = sum(1 for text in texts if reads_as_name(text, self.column_names))
        return texts if named >= 2 and named >= len(texts) - 1 else []

    @cached_property
    def column_names(self) -> list[str]:
        """The table's column names and period labels, folded and space-padded (`reads_as_name`)."""
        return [f" {' '.join(name.split()).casefold()} " for column in self.layout.columns
                for name in (column.header, column.label) if name]

    def header_noted(self, column: Column | None) -> bool:
        """Whether the reader noted a header cell of the column (two OCR readings disagree, a low
        confidence)."""
        cells = [self.table.covering(row, column.index) for row in range(self.first_row)] if column else []
        return any(cell is not None and cell.bbox is not None
                   and noted_cell(self.table.page, cell.bbox) in self.walk.noted for cell in cells)

    def read_heading(self, cell: Cell) -> None:
        """A heading row names a Misi or Tujuan when it says so, else a group of the rows below."""
        first_word = cell.text.split()[0].lower()
        role = {"misi": Role.MISI, "tujuan": Role.TUJUAN}.get(first_word, Role.GROUP)
        boxes = add_box(NO_BOXES, self.table.page, cell.bbox) if cell.bbox is not None and cell.bbox.on_page \
            else NO_BOXES
        self.walk.levels[role] = LevelDraft(list(cell.lines), [self.table.page], boxes=boxes)
        self.walk.placed[id(cell)] = self.walk.levels[role]
        self.walk.levels[Role.SASARAN] = None  # rows below start their own Sasaran

    def continues_previous_row(self, row: int) -> bool:
        """A row at the top of a page is the tail of the last row when its row-opening cells are empty.
        Without line positions, an indikator opening with a capitalised measure word after one that
        does not end on a connective opens a row (its target left empty, which is flagged)."""
        previous = self.walk.row
        if previous is None or on_page(previous.pages, self.table.page):
            return False
        if self.numbered(row) or self.level_opens(row) or self.amount_again(previous, row):
            return False
        if self.kegiatan_goes_on(previous, row) or self.cut_off(previous, row):
            return True
        indikator = self._peek(row, Role.INDIKATOR)
        goes_on = self.indikator_goes_on(previous, row) if indikator else None
        if goes_on is not None:
            lower_after_connective = indikator[0][:1].islower() and ends_open(previous.indikator)
            if not goes_on and not lower_after_connective:
                return False  # the indikator before ended: this one opens a row (no text ends on 'yang')
            if indikator[0][:1].islower():  # the indikator's text runs on from the page before, unless
                return not self.own_target(previous, row)  # the rows' targets say two rows
            if not self.target_lines(row) and previous.target:
                return True  # cut where it could go on, beside no target of its own: the rest of the row
        if target := self._peek(row, Role.TARGET):
            # the rest of a target broken with its row: beside no indikator of its own, or finishing
            # the figure or the bracket the page before left cut ('Rp 4.800.000.0' / '00.000',
            # '20 (94' / 'Temuan)')
            cut_figure = bool(previous.target) and figure_goes_on(join_lines(previous.target), target[0])
            # a lowercase indikator beside a lowercase word, which no target opens with ('39.189' /
            # 'sekolah'): both go on
            lower_tails = bool(indikator and indikator[0][:1].islower() and previous.target and target[0][:1].islower())
            return cut_figure or lower_tails or self.unit_goes_on(previous, indikator, target, bool(goes_on)) \
                or not indikator and bool(previous.target) and self.layout.column(Role.INDIKATOR) is not None
        if goes_on is None and indikator and indikator[0][:1].islower() and ends_open(previous.indikator):
            return not self.own_target(previous, row)  # no indikator ends on 'yang': whatever its levels' case
        kegiatan = self._peek(row, Role.KEGIATAN)
        levels = self.level_lines(row)
        if levels and not indikator and self.layout.column(Role.INDIKATOR) is not None:
            return True  # a level never opens without its indikator: this is a fragment, whatever its case
        if any(not lines[0][:1].islower() for lines in levels):
            return False  # a new Sasaran (with its indikator) opens here
        if goes_on is None and indikator and capital_cue(indikator[0]) == INDIKATOR and not ends_open(previous.indikator):
            return False  # a measure ('Capaian ...') after a whole indikator: a row with its target left empty
        if goes_on is None and self.measure_in_small_letters(previous, row):
            self.break_doubted = previous  # flagged with the row it opens
            return False
        return bool(indikator) or bool(kegiatan and kegiatan[0][:1].islower())

    def level_lines(self, row: int) -> list[list[str]]:
        """The lines of each Misi, Tujuan and Sasaran cell opening on `row`."""
        return [lines for role in HIERARCHY if (lines := self._peek(row, role))]

    def measure_in_small_letters(self, previous: RowDraft, row: int) -> bool:
        """Whether the indikator at the top of a page opens in small letters with a measure's word
        ('angka indeks ...', 'persentase ...') beside no target, after an indikator that did not end on
        a connective, without line positions to tell: a row of its own with its target left empty as
        often as the rest of the row before (dev seed 2466: read as its tail, the row was lost
        silently), so it opens a row and both rows are flagged (`note_measure_break`)."""
        indikator = self._peek(row, Role.INDIKATOR)
        return bool(indikator) and indikator[0][:1].islower() and opener(first_word(indikator[0])) == INDIKATOR \
            and not self._peek(row, Role.TARGET) and not ends_open(previous.indikator)

    def note_measure_break(self, previous: RowDraft, row: RowDraft) -> None:
        message = (f"'{preview(row.indikator)}' at the top of page {self.table.page} was read as a row of its own, "
                   f"its target empty; it may be the rest of '{preview(previous.indikator)}' from the page before")
        for draft in (previous, row):
            self.walk.note("page-break-unsure", message, self.table.page, row=draft)

    def kegiatan_goes_on(self, previous: RowDraft, row: int) -> bool:
        """Whether the Kegiatan cell on `row` is the rest of the last row's, whatever the other cells'
        geometry says (a cut indikator may have a line's room left under it: reporting seed 1,000,482):
        it opens on a word no entry opens on ('dan mutasi pegawai ...', reporting scan 1,000,489), or in
        small letters after an entry that ended on a word no entry ends on ('... kurang gizi bagi' /
        'aparatur')."""
        kegiatan = self._peek(row, Role.KEGIATAN)
        return bool(kegiatan) and (kegiatan[0].split(" ", 1)[0] in CONNECTORS or kegiatan[0][:1].islower()
                                   and bool(previous.kegiatan) and ends_open(previous.kegiatan[-1]))

    def cut_off(self, previous: RowDraft, row: int) -> bool:
        """Whether the last row's indikator or target ends where no text ends and `row` prints the
        rest in that column, whatever the cells' geometry or the rest's case: on a word cut at its
        hyphen ('... melalui e-' / 'Kinerja (%)', reporting seed 1,001,365: the tail read as an
        indikator of its own, its target 'ditetapkan' with it, silently), or on a connective before
        small letters ('Tersusun dan' / 'ditetapkan'), or an indikator's before a capital that opens
        no indikator, beside no level opening with its cue word: Title Case ('Pemeriksaan Yang' /
        'Ditindaklanjuti' beside 'Pengawasan Internal', dev seed 2384: the row's tails read as a
        Sasaran's rows, silently)."""
        levels = self.level_lines(row)
        opening = any(opens_sasaran(first_word(lines[0])) for lines in levels)
        for role, before in ((Role.INDIKATOR, previous.indikator), (Role.TARGET, previous.target)):
            lines = self._peek(row, role)
            words = before[-1].split() if before else []
            title_case = role is Role.INDIKATOR and not opening and bool(lines) \
                and opener(first_word(lines[0])) != INDIKATOR
            if lines and words and (_HYPHEN_CUT.fullmatch(words[-1]) or ends_open(before)
                                    and (lines[0][:1].islower() or title_case)):
                return True
        return False

    @staticmethod
    def unit_goes_on(previous: RowDraft, indikator: list[str], target: list[str], runs_on: bool = False) -> bool:
        """Whether a target's unit wrapped with its row over the break ('18.485' / 'Puskesmas'): a
        bare figure before, one word without figures after, beside an indikator tail that opens with no
        indikator's word, where the tail or the word is in small letters ('Persentase pegawai yang
        dijatuhi' / 'hukuman disiplin'; '4.112' / 'kegiatan' beside 'Asli Daerah (%)'), the page before's
        indikator ran on by its lines' geometry (`runs_on`), or the word is a unit ('Indeks Rekomendasi
        Hasil' / 'Pemeriksaan Yang', '12' / 'Puskesmas', reporting seed 1,001,791, ruled and scanned; a
        scan's cells give no line tops): no target is a unit alone."""
        return bool(indikator and (indikator[0][:1].islower() or target[0][:1].islower() or runs_on
                                   or target[0].lower() in UNITS)
                    and opener(first_word(indikator[0])) != INDIKATOR
                    and _BARE_FIGURE.fullmatch(join_lines(previous.target)) and len(target) == 1
                    and len(target[0].split()) == 1 and not any(c.isdigit() for c in target[0]))

    def amount_again(self, previous: RowDraft, row: int) -> bool:
        """Whether a value column beside the indikator (Anggaran) holds a whole amount on `row` where
        the row before holds one already: a row's amount is printed once, so `row` is a row of its
        own, whatever its indikator's first word ('Rasio opini BPK ...' beside '96.160.000.000', its
        target left empty, under '... belanja langsung' beside '9.216.000.000')."""
        return any(lines and (before := previous.extra.get(header)) and _AMOUNT.fullmatch(lines[0])
                   and _AMOUNT.fullmatch(before[-1]) and not figure_goes_on(join_lines(before), lines[0])
                   for header, lines in self.extra_lines(row).items())

    def own_target(self, previous: RowDraft, row: int) -> bool:
        """Whether `row` prints a target of its own beside the previous row's (targets are one a
        row): one opening as targets do (a figure, a capital), not the rest of one the page before
        cut ('41.461' / 'kegiatan', 'Rp 4.800.000.0' / '00.000')."""
        target = self._peek(row, Role.TARGET)
        return bool(target and previous.target) and (target[0][:1].isdigit() or target[0][:1].isupper()) \
            and not figure_goes_on(join_lines(previous.target), target[0])

    def level_opens(self, row: int) -> bool:
        """Whether a Misi, Tujuan or Sasaran cell on `row` certainly opens a new level: the open
        one's text ended on the page before beyond doubt (`breaks`: its cell went on empty, the next
        word would have fitted, or lines' room was left under it), so a row starts here too."""
        for role in HIERARCHY:
            cell, starts = self.slot(row, role)
            current = self.walk.levels[role]
            if cell is None or not starts or cell.is_empty or current is None or current.fragment is None:
                continue
            if current.ended or text_ended(current.fragment, False, CLEAR) or word_would_fit(current.fragment, cell):
                return True
        return False

    def indikator_goes_on(self, previous: RowDraft, row: int) -> bool | None:
        """Whether the last row's indikator text may go on in the indikator cell on `row`: False when
        it ended on the page before (`breaks`: room left under it, or the tail's first word would
        have fitted on its last line), True when it ran to the page's end and the word would not
        have fitted; None without line positions."""
        cell, _ = self.slot(row, Role.INDIKATOR)
        fragment = previous.indikator_cell
        if cell is None or fragment is None:
            return None
        ended = True if self.target_below(previous) and not self._peek(row, Role.TARGET) \
            else text_ended(fragment, merged=False)
        fits = word_would_fit(fragment, cell)
        if ended or fits:
            return False
        return None if ended is None or fits is None else True

    @staticmethod
    def target_below(draft: RowDraft) -> bool:
        """Whether the row's target prints a line a pitch or more below its indikator's last line on
        the page before: the indikator, spanning the target's rows, had room for that line, so its
        text ended (a Kegiatan cell beside it tells nothing: the indikator spans its entries). Asked
        only where the next page's row prints no target: a row broken with its target leaves its
        cells' parts on either page as deep as the producer pleases."""
        fragment, tops = draft.indikator_cell, draft.target_tops
        if fragment is None or not tops or not fragment.cell.line_tops:
            return False
        pitch = line_pitch(fragment)
        return pitch is not None and max(tops) - fragment.cell.line_tops[-1] >= pitch

    def note_indikator_cell(self, row: int, draft: RowDraft) -> None:
        cell, starts = self.slot(row, Role.INDIKATOR)
        if cell is not None and starts and not cell.is_empty:
            draft.indikator_cell = self.fragment(cell, draft)

    def note_kegiatan_cell(self, row: int, draft: RowDraft) -> None:
        cell, starts = self.slot(row, Role.KEGIATAN)
        if cell is not None and starts and not cell.is_empty:
            draft.kegiatan_cell = self.fragment(cell, draft)

    def numbered(self, row: int) -> bool:
        """Whether the row prints a number in a numbering column (one kept as an extra too): a row
        that opens, never the tail of the one before."""
        columns = [c for c in self.layout.columns if c.role is Role.NO or role_of_header(c.header) is Role.NO]
        return any(self.cell_lines(row, column.index) for column in columns)

    def _peek(self, row: int, role: Role) -> list[str]:
        cell, starts = self.slot(row, role)
        return list(cell.lines) if cell is not None and starts and not cell.is_empty else []

    def join_split_row(self, row: int) -> None:
        draft = self.walk.row
        assert draft is not None
        # (asked before the row's cells join the draft's)
        certain = self.kegiatan_goes_on(draft, row) or self.cut_off(draft, row)
        tail = self.fresh_lines(row, Role.INDIKATOR)
        draft.indikator.extend(tail)
        self.note_indikator_cell(row, draft)
        draft.indikator_tops, draft.target_tops = (), ()  # its lines now come from two pages
        target = self.target_lines(row)
        draft.target.extend(target)
        for label, lines in self.period_lines(row).items():
            draft.periods.setdefault(label, []).extend(lines)
        kegiatan = self.fresh_lines(row, Role.KEGIATAN)
        if kegiatan and draft.kegiatan and tail and not starts_item(kegiatan[0]) and not self.kegiatan_ended(draft, row):
            self.kegiatan_with_row(draft, kegiatan)
        elif kegiatan and draft.kegiatan:
            self.kegiatan_after_break(draft, kegiatan, row)
        elif kegiatan:
            draft.kegiatan.append(kegiatan)
        self.note_kegiatan_cell(row, draft)
        for header, lines in self.extra_lines(row).items():
            draft.extra.setdefault(header, []).extend(lines)
        self.read_levels(row, continued=True)
        add_page(draft.pages, self.table.page)
        self.place(row, draft)
        # an indikator tail opening with a capital may as well be a new indikator: a person checks,
        # unless the row's Kegiatan cell goes on with the row's own
        unsure = bool(tail) and not tail[0][:1].islower() and not certain
        # a '%' alone at the page's top gives the target above a unit it may not print: the header's
        # 'Target' / '%' read again as a row (reporting scan 1,001,662: '88,2' became '88,2 %')
        sign = not tail and not kegiatan and [line.strip() for line in target] in (["%"], ["(%)"])
        self.walk.note("row-joined-across-pages",
                       f"the row at the top of page {self.table.page} was joined to the row "
                       f"'{preview(draft.indikator)}' of the page before"
                       + (f"; '{preview(tail)}' may open a row of its own" if unsure else "")
                       + (f"; its '{target[0].strip()}' alone may be the header's, not the target's" if sign else ""),
                       self.table.page, Severity.REVIEW if unsure or sign else Severity.INFO, draft)

    def read_levels(self, row: int, continued: bool = False) -> None:
        """Start a new Misi/Tujuan/Sasaran where its cell starts; merged or empty cells fill down.

        A level cell at the top of a page may be the rest of the open one (`level_break` says);
        below a level that starts anew on the row, no level continues: a Tujuan belongs to one Misi.
        """
        unsure: list[str] = []
        renewed = False
        below = self.tail_below(row)
        for role in HIERARCHY:
            cell, starts = self.slot(row, role)
            current = self.walk.levels[role]
            if cell is None or not starts or cell.is_empty:
                if current is not None:
                    # a text cut by a page break goes on at the top of the next page's part of its cell:
                    # a part left empty there (a page printing nothing in the column) means the text had ended
                    current.ended |= not on_page(current.pages, self.table.page) \
                        and (cell is not None and starts or self.prints_nothing(role))
                    add_page(current.pages, self.table.page)
                continue
            lines = self.fresh_lines(row, role)
            number = self.number_for(row, role)
            after_break = current is not None and not on_page(current.pages, self.table.page) and not renewed
            carried = continued or below is not None and HIERARCHY.index(role) < HIERARCHY.index(below)
            apart = not after_break and not renewed and self.wrapped_apart(current, cell, lines, role, number)
            goes_on, doubt = (True, True) if apart else \
                self.level_break(current, cell, row, role, carried, number) if after_break else (False, False)
            if goes_on and current is not None:
                joined = current.lines
                current.lines = joined + lines  # the cell's text continues from the page before
                add_page(current.pages, self.table.page)
                current.tops = ()
                current.fragment, current.ended = self.fragment(cell, current), False
                if apart:
                    self.doubt_level(role, current, f"the {role.value} '{preview(lines)}' below '{preview(joined)}' "
                                                    f"on page {self.table.page}, in a table without rules, was read "
                                                    f"as its wrapped end, cut off by the row opening beside it; it "
                                                    f"may be a new one", unsure, code="level-span-unsure")
                elif doubt:
                    self.doubt_level(role, current, f"the {role.value} '{preview(lines)}' at the top of page "
                                                   f"{self.table.page} was read as the rest of '{preview(joined)}'; "
                                                   f"it may be a new one or a heading", unsure)
                continue
            if role is Role.SASARAN:
                level: LevelDraft = self.new_sasaran(lines, number)
            else:
                level = LevelDraft(lines, [self.table.page], number)
            level.tops = self.fresh_tops(row, role)
            level.fragment = self.fragment(cell, level)
            if doubt and current is not None:
                message = (f"the {role.value} '{preview(lines)}' at the top of page {self.table.page} was read "
                           f"as a new one; it may continue '{preview(current.lines)}' from the page before")
                self.doubt_level(role, current, message, unsure, before=True)
                level.doubt = None if role is Role.SASARAN else ("page-break-unsure", message)
            self.walk.levels[role] = level
            renewed = True
        sasaran = self.walk.levels[Role.SASARAN]
        for message in unsure:  # about the sasaran whose rows it decides
            self.walk.note("page-break-unsure", message, self.table.page,
                           row=sasaran if isinstance(sasaran, SasaranDraft) else None)

    def prints_nothing(self, role: Role) -> bool:
        """Whether this page's table prints no text in `role`'s column (a table without rules gives a
        level cell going on over a page with nothing in it no cell at all)."""
        column = self.layout.column(role)
        return column is not None and not any(cell.col == column.index and not cell.is_empty
                                              for cell in self.table.cells if cell.row >= self.first_row)

    def tail_below(self, row: int) -> Role | None:
        """The lowest level whose cell starts on a page's first row, where it goes on from the page
        before surely, in lowercase or after a connective ('... Minum dan' / 'Sanitasi ...'): the level
        cells above it on the row go on with it (a Misi cannot open anew over a Sasaran that goes on)."""
        for role in reversed(HIERARCHY):
            cell, starts = self.slot(row, role)
            current = self.walk.levels[role]
            if cell is None or not starts or cell.is_empty or current is None or on_page(current.pages, self.table.page):
                continue
            goes_on, doubt = self.level_break(current, cell, row, role, False, self.number_for(row, role))
            # (a capital tail that may go on is no ground to carry the levels above along, unless the text
            # before it ended on a connective, which no level statement does)
            sure = not doubt or self.fresh_lines(row, role)[0][:1].islower() or ends_open(current.lines)
            return role if goes_on and sure else None
        return None

    def level_break(self, current: LevelDraft | None, cell: Cell, row: int, role: Role, continued: bool,
                    number: str | None) -> tuple[bool, bool]:
        """Whether a level cell at the top of a page goes on with the open level's text from the page
        before, and whether that reading is unsure.

        A numbered cell opens a level; where every level so far had its number, one printed with
        none beside it is the rest of the open one. A text whose cell went on over a page printing
        nothing there ended before it, and so did a text that ended on the page before (room left
        under it, or the next word would have fitted on its last line: `breaks`): neither is continued. A text cut at
        the page's end goes on when the row goes on, the tail starts in lowercase (but a verb of aim,
        'meningkatkan ...', after a text not ending on a connective: a level stated anew, unsure, even
        where the text before filled its cell to the page's end) or the text ended
        on a connective ('... Bebas dari' / 'Korupsi'); another capital tail may be either
        ('... Rencana' / 'Detail Tata Ruang ...'): it goes on, and a person checks, unless it opens
        as the column's other cells do or states a level ('Terlaksananya ...'): a new one, checked too.
        Without line positions, the same signs and how cut the text looks decide.
        """
        if current is None or number is not None:
            return False, False
        if self.numbers_every(role) and not self.numbered_beside(cell, role):
            return True, False
        lines = self.fresh_lines(row, role)
        # a connective goes on as small letters do ('Yang Tertib ...' in Title Case: no level opens so); its
        # capital is still doubted
        small, upper = lines[0][:1].islower(), lines[0][:1].isupper()
        lower = small or first_word(lines[0]).lower() in CONNECTORS
        doubtful_join = not looks_cut(current.lines) or self.opens_below(row, role)
        if continued:  # the row itself goes on from the page before: so do its level cells
            return True, doubtful_join and upper
        if current.ended:
            return False, False
        fragment = current.fragment
        ended = text_ended(fragment, merged=True) if fragment is not None else None
        fits = word_would_fit(fragment, cell) if fragment is not None else None
        if ended or fits:
            return False, False
        # 'meningkatkan ...' after a text not ending on a connective: an aim stated anew, even where the text
        # before filled its cell to the page's end
        if lower and not ends_open(current.lines) and self.states_level(first_word(lines[0]), role):
            return False, True
        # cut, by the geometry: the next word did not fit, and nothing says the text ended (a scan's cells
        # give their lines' extents, not their tops); a tail opening as a level does is still unsure
        if fits is False:
            opens = self.opens_like_others(lines[0], role, cell) or upper and self.states_level(first_word(lines[0]), role)
            return lower or ends_open(current.lines) or not opens, not small
        if lower or ends_open(current.lines):
            return True, doubtful_join or upper  # a capital tail after a connective may still open a level
        if fits is None and upper and role is Role.SASARAN and wrapped_before(current.lines, lines[0]) \
                and not self.states_level(first_word(lines[0]), role) and not self.opens_like_others(lines[0], role, cell):
            # no line extents (a text export): a tail whose first word would not have fitted on the text's last
            # line, by its letters, and that opens as no level does, goes on ('keuangan' / 'Pemerintah Daerah',
            # dev seed 1564); checked
            return True, True
        return False, looks_cut(current.lines)

    def wrapped_apart(self, current: LevelDraft | None, cell: Cell, lines: list[str], role: Role,
                      number: str | None) -> bool:
        """Whether a level cell under the open level's cell on the same page of a table without rules
        is that text's wrapped end, cut off as a cell of its own by a row opening beside it: it opens in
        small letters after a text ending on a connective ('... yang merata dan' / 'berkelanjutan'), or,
        right under a one-row cell opening as a level does, it opens as no level of the document does
        ('Mewujudkan Tata Kelola' / 'Pemerintahan Yang Bersih ...')."""
        if current is None or number is not None or self.table.ruled_rows or not on_page(current.pages, self.table.page):
            return False
        word = first_word(lines[0])
        if self.states_level(word, role):
            return False
        if ends_open(current.lines) and lines[0][:1].islower():
            return True
        above = current.fragment.cell if current.fragment is not None else None
        return (above is not None and above.row_span == 1 and above.row + 1 == cell.row
                and self.states_level(first_word(current.lines[0]), role)
                and not self.opens_like_others(lines[0], role, cell))

    @staticmethod
    def states_level(word: str, role: Role) -> bool:
        """Whether `word` opens a level cell: a verb of aim ('meningkatkan'), or for a Sasaran the
        state it aims at ('meningkatnya', 'terwujudnya')."""
        return opens_sasaran(word) if role is Role.SASARAN else states_aim(word)

    def numbers_every(self, role: Role) -> bool:
        """Whether every `role` cell read so far, two at least, has its number beside it."""
        seen = self.seen_levels(role)
        return len(seen) >= 2 and all(level.no is not None for level in seen)

    def numbered_beside(self, cell: Cell, role: Role) -> bool:
        """Whether a number prints in the numbering column anywhere beside `cell`'s rows (one set
        in the middle of a tall cell need not stand on its first row)."""
        if (col := self.numbering_column(role)) is None:
            return False
        rows = range(cell.row, cell.row + cell.row_span)
        return any(other.col == col and other.row in rows and not other.is_empty for other in self.table.cells)

    def opens_like_others(self, line: str, role: Role, cell: Cell) -> bool:
        """Whether `line` starts with the word another of the document's cells in `role`'s column
        starts with (Sasaran statements open alike: 'Meningkatnya ...', 'Meningkatnya ...'): a
        capital tail doing so is more likely a new cell than the rest of a sentence."""
        word = line.split()[0].lower() if line.split() else ""
        column = self.layout.column(role)
        here = [other.lines[0] for other in self.table.cells if column is not None and other.col == column.index
                and other is not cell and other.row >= self.first_row and not other.is_empty]
        seen = [level.lines[0] for level in self.seen_levels(role) if level.lines]
        return any(text.split()[0].lower() == word for text in here + seen if text.split())

    def seen_levels(self, role: Role) -> list[LevelDraft]:
        """The Misi, Tujuan or Sasaran drafts read so far."""
        if role is Role.SASARAN:
            return list(self.walk.sasaran)
        levels = [sasaran.misi if role is Role.MISI else sasaran.tujuan for sasaran in self.walk.sasaran]
        return [level for level in levels if level is not None]

    def doubt_level(self, role: Role, level: LevelDraft, message: str, unsure: list[str],
                    before: bool = False, code: str = "page-break-unsure") -> None:
        """An unsure page-break reading (or another `code`), said on the rows it decides: a Sasaran's
        own (a page break's kept in `unsure` for the Sasaran open after the row), or every Sasaran's
        under the Misi or Tujuan."""
        if isinstance(level, SasaranDraft) and code != "page-break-unsure":
            self.walk.note(code, message, self.table.page, row=level)
            return
        if role is Role.SASARAN:
            unsure.append(message)
            if before and isinstance(level, SasaranDraft):  # the Sasaran before the break: its rows too
                self.walk.note("page-break-unsure", message, self.table.page, row=level)
            return
        level.doubt = code, message
        for under in self.walk.sasaran:
            if level in (under.misi, under.tujuan):
                self.walk.note(code, message, self.table.page, row=under)

    def opens_below(self, row: int, role: Role) -> bool:
        """Whether a level below `role` starts a cell with a capital on `row` (a new Sasaran)."""
        below = HIERARCHY[HIERARCHY.index(role) + 1:]
        return any(lines[0][:1].isupper() for lower in below if (lines := self._peek(row, lower)))

    def numbering_column(self, role: Role) -> int | None:
        """The numbering column just left of `role`'s column, if there is one."""
        column = self.layout.column(role)
        if column is None or column.index == 0:
            return None
        left = self.layout.columns[column.index - 1]
        return left.index if left.role is Role.NO else None

    def number_for(self, row: int, role: Role) -> str | None:
        """The numbering cell just left of `role`'s column on this row."""
        if (col := self.numbering_column(role)) is None:
            return None
        cell = self.table.covering(row, col)
        if cell is None or cell.row != row or cell.is_empty or is_bullet(cell.text):
            return None
        return join_lines(cell.lines)

    def new_sasaran(self, lines: list[str], number: str | None) -> SasaranDraft:
        levels = self.walk.levels
        sasaran = SasaranDraft(lines, [self.table.page], number, misi=levels[Role.MISI], tujuan=levels[Role.TUJUAN],
                               group=levels[Role.GROUP])
        self.walk.sasaran.append(sasaran)
        for above in (levels[Role.MISI], levels[Role.TUJUAN]):
            if above is not None and above.doubt is not None:
                self.walk.note(*above.doubt, self.table.page, row=sasaran)
        return sasaran

    def current_sasaran(self) -> SasaranDraft:
        sasaran = self.walk.levels[Role.SASARAN]
        if sasaran is None:
            sasaran = self.new_sasaran([], None)
            self.walk.levels[Role.SASARAN] = sasaran
            if self.layout.column(Role.SASARAN) is not None:
                self.walk.note("sasaran-missing", "indikator rows before any Sasaran cell",
                               self.table.page, row=sasaran)
                self.note_orphan_tail()
        assert isinstance(sasaran, SasaranDraft)
        return sasaran

    def note_orphan_tail(self) -> None:
        """Rows at the top of a page under no Sasaran may be the rest of the page before's last row,
        broken there and not joined to it (a header misread may start the walk afresh): that row
        is flagged too, since it may lack their text."""
        before = [sasaran for sasaran in self.walk.sasaran[:-1] if sasaran.rows]
        if before and max((last := before[-1].rows[-1]).pages, default=last.page) < self.table.page:
            self.walk.note("page-break-unsure",
                           f"rows at the top of page {self.table.page} stand under no Sasaran cell: they may be "
                           f"the rest of this row, broken at the page's end", self.table.page, row=last)

    def kegiatan_with_row(self, draft: RowDraft, kegiatan: list[str]) -> None:
        """The Kegiatan cell at the top of a page beside the rest of a row broken there: the rest of
        the Kegiatan text cut with the row, most likely. A row holding a stack of Kegiatan cells
        may break between two of them, though, and a capital tail may open the next one: a person
        checks that."""
        previous = list(draft.kegiatan[-1])
        draft.kegiatan[-1].extend(kegiatan)
        if not kegiatan[0][:1].islower():
            self.walk.note("page-break-unsure",
                           f"the Kegiatan '{preview(kegiatan)}' at the top of page {self.table.page} was read as "
                           f"the rest of '{preview(previous)}' from the page before, its row broken there; "
                           f"it may be a new entry", self.table.page, row=draft)

    def listed_elsewhere(self, previous: list[str], kegiatan: list[str]) -> bool:
        """Whether a Kegiatan fragment at a page's top opens as an item the document lists elsewhere
        ('melakukan rehabilitasi ...' under 'b. melakukan rehabilitasi ...'), its first words never
        printed after the entry's last: a new entry, most likely, whatever its case."""
        return self.walk.phrases.cue(previous[-1], kegiatan[0]) > 0

    def kegiatan_ended(self, draft: RowDraft, row: int) -> bool:
        """Whether the row's Kegiatan text before the break certainly ended there (`breaks`): a row
        broken across pages may break between two Kegiatan cells stacked in it."""
        cell, _ = self.slot(row, Role.KEGIATAN)
        if draft.kegiatan_cell is None or cell is None:
            return False
        return bool(text_ended(draft.kegiatan_cell, merged=False) or word_would_fit(draft.kegiatan_cell, cell))

    def kegiatan_after_break(self, draft: RowDraft, kegiatan: list[str], row: int) -> None:
        """A Kegiatan cell at the top of a page beside no indikator or target of its own: a new
        cell, or the rest of the one before the break. A listed item is a new entry. Where the
        reader gave line positions (`breaks`), a text that ended on the page before, or whose next
        word would have fitted on its last line, is followed by a new entry; a single entry cut at
        the page's end goes on when the fragment does not start with a capital (lowercase, a figure)
        or the entry ends on a word no entry ends on ('dan', 'bagi'), and is followed by a new entry
        (flagged) otherwise, as most entries open with a capital. Else: a list broken inside
        an item goes on, a single entry goes on when it looks cut or the fragment starts in
        lowercase; when only one of the two says so, or a list was continued, or the entry was cut
        at the page's end before a capital, a person should check. A fragment opening as an item the
        document lists elsewhere (`listed_elsewhere`) is a new entry, flagged, where it would go on;
        one whose first word the document prints after the entry's last word on a line ('Tahun' /
        'Anggaran 2019'), or a year alone ('Tahun Anggaran 2023'), goes on, flagged, where it would be a
        new entry."""
        previous = draft.kegiatan[-1]
        if starts_item(kegiatan[0]):
            draft.kegiatan.append(kegiatan)
            return
        # ('melakukan ...' opens an entry in small letters, and a wrap hardly goes on with it)
        doing = first_word(kegiatan[0]).lower() in DOING and not ends_open(previous)
        cut, lower = looks_cut(previous), kegiatan[0][:1].islower() and not doing
        listed = starts_item(previous[0])
        goes_on, unsure = listed or cut or lower, listed or cut != lower
        cell, _ = self.slot(row, Role.KEGIATAN)
        if draft.kegiatan_cell is not None and cell is not None:
            ended = text_ended(draft.kegiatan_cell, merged=False)
            fits = word_would_fit(draft.kegiatan_cell, cell)
            if ended or fits:
                goes_on, unsure = False, False
            elif ended is False and fits is False:  # cut: a capital tail mostly opens, another goes on
                # ('... Tahun Anggaran' / '2021': no entry opens with a figure; none ends on 'dan')
                capital = kegiatan[0][:1].isupper() and not ends_open(previous) or doing
                goes_on, unsure = listed or not capital, listed or capital
        if goes_on and not listed and self.listed_elsewhere(previous, kegiatan):
            goes_on, unsure = False, True
        elif not goes_on and (self.walk.phrases.cue(previous[-1], kegiatan[0]) < 0 or _YEAR_ALONE.match(join_lines(kegiatan))):
            goes_on, unsure = True, True  # words printed side by side elsewhere ('Tahun' / 'Anggaran 2019'), or a year
        if goes_on:
            previous.extend(kegiatan)
        else:
            draft.kegiatan.append(kegiatan)
        if unsure:
            read = ("the rest of the list" if listed else "the rest of that entry") if goes_on else "a new entry"
            self.walk.note("page-break-unsure",
                           f"the Kegiatan '{preview(kegiatan)}' at the top of page {self.table.page} was read as "
                           f"{read}; it may {'be a new entry after' if goes_on else 'continue'} "
                           f"'{preview(previous)}' from the page before", self.table.page, row=draft)

    def tail_beside_level(self, draft: RowDraft, sasaran: SasaranDraft, row: int) -> None:
        """A Sasaran cell starting beside a row with no indikator or target of its own (a Kegiatan
        list going on): a cell centred beside its rows may start there, so the lines are the row
        above's; but a row may lack both, so the row that took them is flagged."""
        cell, starts = self.slot(row, Role.SASARAN)
        if cell is None or not (kegiatan := self.fresh_lines(row, Role.KEGIATAN)) \
                or not starts and self.fresh_lines(row - 1, Role.KEGIATAN):
            return  # (said once, at the first line of the tail)
        message = (f"the sasaran '{preview(sasaran.lines)}' starts beside '{preview(kegiatan)}', read as the rest "
                   f"of the row '{preview(draft.indikator)}' above; it may be a row of the new sasaran")
        self.walk.note("level-span-unsure", message, self.table.page, row=draft)

    def read_row(self, row: int) -> None:
        self.read_levels(row)
        cell, starts = self.slot(row, Role.INDIKATOR)
        indikator = self.fresh_lines(row, Role.INDIKATOR)
        target = self.target_lines(row)
        periods = self.period_lines(row)
        draft = self.walk.row
        merged_from_above = cell is not None and not starts
        # a row of its own for the rest of a target: a cut figure's pieces may not line up with the row
        rest_of_target = not indikator and bool(target) and draft is not None and bool(draft.target) \
            and figure_goes_on(join_lines(draft.target), target[0])
        same_row = merged_from_above or rest_of_target or (not indikator and not target and not periods
                                                           and draft is not None)
        sasaran = self.current_sasaran()
        if same_row and draft is not None and draft.sasaran is not sasaran and not sasaran.rows \
                and on_page(draft.pages, self.table.page):
            self.tail_beside_level(draft, sasaran, row)
        elif not same_row or draft is None or draft.sasaran is not sasaran:
            target_column = self.layout.column(Role.TARGET)
            draft = RowDraft(self.table.page, indikator, sasaran, self.number_for(row, Role.INDIKATOR),
                             target_column.header if target_column else None)
            draft.header_doubt = self.walk.header_doubt
            if len(self.layout.all(Role.TARGET) + self.layout.all(Role.TARGET_PART)) == 1:
                draft.indikator_tops, draft.target_tops = self.fresh_tops(row, Role.INDIKATOR), self.fresh_tops(
                    row, Role.TARGET)
            sasaran.rows.append(draft)
            self.walk.row = draft
            if not indikator:
                self.walk.note("indikator-missing", "a row with a target but no indikator text",
                               self.table.page, row=draft)
                if len(sasaran.rows) > 1:  # its text may stand in the row above, or it may be that row's rest
                    self.walk.note("indikator-missing", "the row after this one has a target but no indikator "
                                   "text: it may be the rest of this row, or its text may stand in this row's "
                                   "cells", self.table.page, row=sasaran.rows[-2])
        elif indikator or target:
            draft.indikator_tops, draft.target_tops = (), ()  # lines from several printed cells
        self.note_indikator_cell(row, draft)
        draft.target.extend(target)
        for label, lines in periods.items():
            draft.periods.setdefault(label, []).extend(lines)
        kegiatan = self.fresh_lines(row, Role.KEGIATAN)
        if kegiatan and same_row and draft.kegiatan:
            self.kegiatan_below(draft, kegiatan, row)
        elif kegiatan:
            draft.kegiatan.append(kegiatan)
        self.note_kegiatan_cell(row, draft)
        for header, lines in self.extra_lines(row).items():
            draft.extra.setdefault(header, []).extend(lines)
        self.note_unnamed_columns(row, draft)
        add_page(draft.pages, self.table.page)
        add_page(sasaran.pages, self.table.page)
        self.place(row, draft)


    def kegiatan_below(self, draft: RowDraft, kegiatan: list[str], row: int) -> None:
        """A Kegiatan cell on a row going on from the row above (no indikator or target of its own): at
        a page's top, what the page break says (`kegiatan_after_break`); else the end of the entry above,
        its wrapped line a reader cut off as a row of its own, where it is one word in small letters,
        the entry ends on a word none ends on (a connective, a verb of doing), it opens in small letters
        as no entry does, or the document prints its first word after the entry's last elsewhere
        (flagged but after a connective or verb of doing in small letters); else an entry of its own."""
        entry = draft.kegiatan[-1]
        if not on_page(draft.pages, self.table.page):
            self.kegiatan_after_break(draft, kegiatan, row)
            return
        item = starts_item(kegiatan[0])
        why: str | None = None
        if lone_small_word(kegiatan) or left_open(entry) and not item:
            if kegiatan[0][:1].isupper():
                why = f"which ends on '{entry[-1].split()[-1]}'"
        elif small_tail(kegiatan):
            why = "and opens in small letters as no entry does"
        elif not item and self.walk.phrases.cue(entry[-1], kegiatan[0]) < 0:
            why = f"and the document prints '{first_word(kegiatan[0])}' after its last word elsewhere"
        else:
            draft.kegiatan.append(kegiatan)
            return
        if why is not None:
            self.walk.note("kegiatan-joined-unsure",
                           f"'{preview(kegiatan)}', on a row of its own, was taken as the end of the Kegiatan entry "
                           f"above it ('{preview(entry)}'), {why}; it may be an entry of its own",
                           self.table.page, row=draft)
        entry.extend(kegiatan)


class ProgramWalker(TableWalker):
    """Rows of a second table listing programs (PK: Program | Anggaran | Keterangan)."""

    def run(self) -> None:
        for row in self.data_rows():
            number = join_lines(self.fresh_lines(row, Role.NO)) or None
            lines = self.fresh_lines(row, Role.KEGIATAN)
            previous = self.walk.programs[-1] if self.walk.programs else None
            if previous is not None and number is None and (previous.no or not lines):
                program = previous  # an unnumbered row in a numbered list continues the program above
                program.lines.extend(lines)
            else:
                program = ProgramDraft(self.table.page, lines, number)
                self.walk.programs.append(program)
            for header, cell_lines in self.extra_lines(row).items():
                program.extra.setdefault(header, []).extend(cell_lines)
            self.place(row, program)
