"""Finding the header rows of a page table and the role of each column.

Roles come from the printed header text, never from column positions, so the
same rules serve the Kupang layout, PK tables with a "No" column, and RKTs
with Misi and Tujuan levels left of the Sasaran.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from rktparse.grid import Cell, TablePage
from rktparse.vocabulary.cues import one_slip
from rktparse.vocabulary.headers import (
    HIERARCHY,
    LEVEL_ROLES,
    MISREAD_WORD,
    UNREAD_COLUMN_NUMBER,
    URAIAN,
    Role,
    cleaned_header,
    clipped_role,
    column_numbers_read,
    is_bullet,
    is_numbering,
    lists_iku,
    misread_role,
    names_column,
    names_header,
    role_of_header,
)
from rktparse.vocabulary.text import join_lines

# A row of column numbers under the header: "(1) (2) (3)" or "1 2 3".
_COLUMN_NUMBER = re.compile(r"^[({[]?\d{1,2}[)}\]]?$")  # a scan may read a bracket "{" or "["
_UNIT = re.compile(r"^\(\s*[^\d()\s][^\d()]{0,11}\)$")  # a unit in brackets: "(%)", "(Rp)", "(Rp.)"
_CAPITAL_TAIL = re.compile(r"^\s*[A-Z](?=\s|$)")  # the last letter of a word in capitals, broken off
# Sub-headers under a spanning Target header: a period of the year, or the figure and its unit.
_PERIOD = re.compile(r"^(tw|trw|triwulan|tri wulan|semester|smt)\.?\s*(iv|i{1,3}|[1-4])$")
_TARGET_PART = re.compile(r"^(volume|vol\.?|jumlah|jml\.?|angka|nilai|satuan|sat\.?)$")


def is_period(text: str) -> bool:
    """Whether `text` names a period of a plan's year ('Trw I', 'Semester 2')."""
    return _PERIOD.match(" ".join(text.split()).lower()) is not None


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    role: Role
    label: str = ""  # a period column's own sub-header ('Trw I')
    guessed: str = ""  # why its role was read from a name it does not print whole ('cut at its cell's edges')


@dataclass(frozen=True)
class Layout:
    """How to read a table's columns, found from its header."""

    columns: tuple[Column, ...]
    years: tuple[str, ...] = ()  # the years of a plan whose Target spans one column per year

    @property
    def is_rkt(self) -> bool:
        """An indikator table (RKT, PK, IKU) rather than a list of programs."""
        return self.column(Role.INDIKATOR) is not None

    @property
    def n_cols(self) -> int:
        return len(self.columns)

    @cached_property
    def _by_role(self) -> dict[Role, list[Column]]:
        """Each role's columns, left to right: looked up for every row the assembler reads."""
        by_role: dict[Role, list[Column]] = {}
        for column in self.columns:
            by_role.setdefault(column.role, []).append(column)
        return by_role

    @cached_property
    def level_roles(self) -> dict[int, Role]:
        """The role of each Misi, Tujuan and Sasaran column, by its index."""
        return {column.index: column.role for column in self.columns
                if column.role in HIERARCHY}

    def column(self, role: Role) -> Column | None:
        """The first column with `role` (a later 'Target 2025' is kept as an extra)."""
        found = self._by_role.get(role)
        return found[0] if found else None

    def all(self, role: Role) -> list[Column]:
        """Every column with `role`, left to right (the parts of a target, its periods)."""
        return list(self._by_role.get(role, ()))

    @property
    def has_target(self) -> bool:
        return self.column(Role.TARGET) is not None


def misread_names(found: Layout, layout: Layout) -> list[tuple[str, str]]:
    """The names a repeated header reads otherwise than the table's first, (as read, as first read),
    where it is the same table misread (a scan's 'Ke 1' for 'KETERANGAN'): each name read otherwise
    names no column rktparse knows where the first names one, or is the first's with words lost (a
    scan's 'Sasaran' for 'Indikator Sasaran', which names another column); every other column keeps
    its role, or a sign of the first's read otherwise (a scan's 'Target 8' for 'Target %'), or names a
    column whose name the first did not read (a scan's 'KET.' where the first page's was lost). Empty
    when the headers are alike, or tell another table."""
    pairs = [(new.header, old.header) for new, old in zip(found.columns, layout.columns) if new.header != old.header]
    same_roles = found.n_cols == layout.n_cols and found.years == layout.years and all(
        (new.role, new.label) == (old.role, old.label) or words_lost(new.header, old.header)
        or sign_misread(new.header, old.header) or letter_misread(new.header, old.header)
        or cut_short(new.header, old.header) for new, old in zip(found.columns, layout.columns))
    if not same_roles or not all(not names_column(new) and names_column(old) or words_lost(new, old)
                                 or sign_misread(new, old) or letter_misread(new, old) or not old.strip()
                                 for new, old in pairs):
        return []
    return pairs


def with_names_read(layout: Layout, found: Layout) -> Layout:
    """`layout`, each header it did not read (a scan's lost cell) named as `found` reads it."""
    return replace(layout, columns=tuple(replace(old, header=new.header) if not old.header.strip() else old
                                         for old, new in zip(layout.columns, found.columns)))


def words_lost(read: str, first: str) -> bool:
    """Whether `read` is `first` with some of its words missing (none added)."""
    words = read.lower().split()
    return bool(words) and set(words) < set(first.lower().split())


def sign_misread(read: str, first: str) -> bool:
    """Whether `read` is `first` with a sign read otherwise: each word that differs is a sign in the
    first ('%', '(%)'), and as short in the reading with a letter at most ('8', '(2)', '(v0)'; not
    '(Rp)', a unit of its own)."""
    pairs = list(zip(read.lower().split(), first.lower().split()))
    return len(pairs) == len(first.split()) == len(read.split()) and all(
        new == old or not any(char.isalnum() for char in old) and len(new) <= len(old) + 1
        and sum(char.isalpha() for char in new) <= 1 for new, old in pairs)


def cut_short(read: str, first: str) -> bool:
    """Whether `read` is the start of `first`, cut short (a scan's 'T' for 'Target Tahun 2026')."""
    return bool(read.strip()) and len(read) < len(first) and first.lower().startswith(read.lower())


def letter_misread(read: str, first: str) -> bool:
    """Whether `read` is `first` with letters misread (a scan's 'Taraet 2020' for 'Target 2020'): as
    many words, each the same or, in a word of five letters or more, one letter wrong, lost or added."""
    pairs = list(zip(read.lower().split(), first.lower().split()))
    return len(pairs) == len(first.split()) == len(read.split()) and read.lower() != first.lower() and all(
        new == old or len(old) >= MISREAD_WORD and one_slip(new, old) for new, old in pairs)


def row_texts(table: TablePage, row: int) -> list[str]:
    """The text of the cells that start on `row`, left to right."""
    return [join_lines(c.lines) for c in table.row_cells(row)]


def is_column_number_row(table: TablePage, row: int) -> bool:
    """A row such as '(1) (2) (3) (4)': column numbers, not data."""
    texts = []
    for cell in table.row_cells(row):  # most rows fail at their first cell: join no more
        text = join_lines(cell.lines)
        if text and not (_COLUMN_NUMBER.match(text) or UNREAD_COLUMN_NUMBER.match(text)):
            return False
        texts += [text] if text else []
    return column_numbers_read(texts, _COLUMN_NUMBER) >= 2


def is_unit_row(table: TablePage, row: int) -> bool:
    """A row holding only units in brackets ('(%)', '(Rp)'): the header's last line, set apart from
    its names (a scan's table without rules reads it as a row of its own)."""
    texts = [text for text in row_texts(table, row) if text]
    return bool(texts) and all(_UNIT.match(text) for text in texts)


def header_start(table: TablePage) -> int:
    """The first row of the header (0 when the page has none, or it opens the table)."""
    return next((row for row in range(min(table.n_rows, 4)) if names_header(row_texts(table, row))), 0)


def header_row_count(table: TablePage) -> int:
    """How many rows at the top of `table` are header (0 when the page has none).

    The header is the first row naming at least two RKT roles; header cells
    that span down, a row of column numbers and a row of units in brackets
    ('(%)', '(Rp)': a scan's table without rules may read them apart) extend it. A row of column
    numbers two rows below ends it too: the row between wraps its cells (a
    scan's 'Target' / 'Tahun 2025' read as rows of their own).
    """
    limit = min(table.n_rows, 4)
    for row in range(limit):
        if names_header(row_texts(table, row)):
            end = row + max((c.row_span for c in table.cells if c.row == row), default=1)
            if end + 1 < table.n_rows and is_column_number_row(table, end + 1):
                end += 1
            while end < table.n_rows and (is_column_number_row(table, end) or is_unit_row(table, end)):
                end += 1
            return end
    return 0


def header_to_layout(table: TablePage, n_header_rows: int, year: int | None = None) -> Layout:
    """Column headers, reading each column's header cells top to bottom.

    A header cell spanning several columns ('Target' over '2016 | 2017') is
    part of each column's header. Columns whose data are only row numbers
    are numbering columns whatever their header says.
    """
    headers = [_column_header(table, col, n_header_rows) for col in range(table.n_cols)]
    columns = []
    for col, header in enumerate(headers):
        role = role_of_header(header)
        # An unnamed column, or one sharing a spanning header with its right
        # neighbour ('TUJUAN' over '1 | Meningkatnya ...', 'Indikator' over '- | Jumlah ...'),
        # may hold the numbers or list markers of the text beside it.
        shared = col + 1 < len(headers) and headers[col + 1] == header
        if ((role is Role.EXTRA and not header) or shared) and _only_markers_below(table, col, n_header_rows):
            role = Role.NO
        columns.append(Column(col, header, role))
    if not any(c.role is Role.INDIKATOR for c in columns) and lists_iku(headers):
        columns = [replace(c, role=Role.INDIKATOR) if URAIAN.match(c.header.lower().strip()) else c for c in columns]
    columns = guessed_names(columns)
    columns = target_parts(table, columns, n_header_rows)
    years = plan_years(table, columns, n_header_rows)
    if years and year is not None and str(year) in years.values():
        columns = [replace(c, role=Role.TARGET if label == str(year) else Role.EXTRA) if label else c
                   for c in columns for label in [years.get(c.index)]]
    return Layout(tuple(demote_duplicates(columns)), tuple(years.values()))


def guessed_names(columns: list[Column]) -> list[Column]:
    """An extra column whose header is a piece of a core column's name no other column names
    ('OGRAM/KEGIAT,' beside no Kegiatan column: a header wider than its cell, cut at its edges, as a
    spreadsheet prints it and a scan's cells are read), or that name with a letter misread ('Taraet'),
    takes that role."""
    named = {column.role for column in columns}
    guesses = [_guessed_role(column.header) if column.role is Role.EXTRA and not names_column(column.header)
               else (None, "") for column in columns]
    return [replace(column, role=role, guessed=why) if role is not None and role not in named else column
            for column, (role, why) in zip(columns, guesses)]


def _guessed_role(header: str) -> tuple[Role | None, str]:
    if (role := clipped_role(header)) is not None:
        return role, "cut at its cell's edges"
    return misread_role(header), "a letter of it misread"


def target_parts(table: TablePage, columns: list[Column], n_header_rows: int) -> list[Column]:
    """The columns under the first Target column's spanning header, read as parts of the target:
    periods ('Target' over 'Trw I | ... | Trw IV') or figure and unit ('Volume | Satuan').
    Other sub-headers ('Target' over '2016 | 2017') leave the later columns extras."""
    first = next((c for c in columns if c.role is Role.TARGET), None)
    if first is None:
        return columns
    spanning = _spanning_header(table, first.index, n_header_rows)
    if spanning is None:
        return columns
    group = range(spanning.col, spanning.col + spanning.col_span)
    subs = {c.index: _sub_header(table, c.index, spanning.row + spanning.row_span, n_header_rows)
            for c in columns if c.index in group}
    if all(is_period(sub) for sub in subs.values()):
        return [replace(c, role=Role.PERIOD, label=subs[c.index]) if c.index in subs else c for c in columns]
    if all(_TARGET_PART.match(sub.lower()) for sub in subs.values()):
        return [replace(c, role=Role.TARGET_PART) if c.index in subs and c.index != first.index else c
                for c in columns]
    return columns


_YEAR = re.compile(r"^(?:tahun\s+)?((?:19|20)\d{2})$")


def plan_years(table: TablePage, columns: list[Column], n_header_rows: int) -> dict[int, str]:
    """The year each column under the first Target column's spanning header stands for, by column,
    when they are all years: a plan of several years ('Target' over '2014 | ... | 2018'), a target
    per year; {} otherwise."""
    first = next((c for c in columns if c.role is Role.TARGET), None)
    spanning = _spanning_header(table, first.index, n_header_rows) if first is not None else None
    if spanning is None:
        return {}
    subs = {col: _YEAR.match(_sub_header(table, col, spanning.row + spanning.row_span, n_header_rows).lower())
            for col in range(spanning.col, spanning.col + spanning.col_span)}
    return {col: match.group(1) for col, match in subs.items() if match} if all(subs.values()) else {}


def _spanning_header(table: TablePage, col: int, n_header_rows: int) -> Cell | None:
    """The header cell over `col` that spans it and its neighbours, if any."""
    for row in range(n_header_rows):
        cell = table.covering(row, col)
        if cell is not None and cell.col_span > 1 and cell.row + cell.row_span < n_header_rows:
            return cell
    return None


def _sub_header(table: TablePage, col: int, start: int, n_header_rows: int) -> str:
    parts = [join_lines(cell.lines) for row in range(start, n_header_rows)
             if (cell := table.covering(row, col)) is not None and cell.row == row and cell.col_span == 1]
    return re.sub(r"\s+", " ", " ".join(p for p in parts if not _COLUMN_NUMBER.match(p))).strip()


# "Indikator Tujuan", "Indikator Kinerja Program": indikator of another level.
_OTHER_LEVEL = re.compile(r"\b(tujuan|misi|program|kegiatan)\b")


def demote_duplicates(columns: list[Column]) -> list[Column]:
    """One column per role; the others keep their cells as extras under their printed header.

    Of several indikator columns the sasaran's own is the one not naming another
    level; a target naming another level ('Target Kegiatan') is that level's, an
    extra; a numbering column with no level on its right is an extra too.
    """
    indikator = [c for c in columns if c.role is Role.INDIKATOR]
    primary = next((c for c in indikator if not _OTHER_LEVEL.search(c.header.lower())), None)
    seen: set[Role] = set()
    kept = []
    for column in columns:
        role = column.role
        if role is Role.INDIKATOR and primary is not None and column is not primary:
            role = Role.EXTRA
        elif role is Role.TARGET and _OTHER_LEVEL.search(column.header.lower()):
            role = Role.EXTRA
        elif role in seen and role not in (Role.NO, Role.EXTRA, Role.PERIOD, Role.TARGET_PART):
            role = Role.EXTRA
        seen.add(role)
        kept.append(replace(column, role=role))
    return [_orphan_number(c, kept) for c in kept]


def _orphan_number(column: Column, columns: list[Column]) -> Column:
    right = columns[column.index + 1] if column.index + 1 < len(columns) else None
    numbered = LEVEL_ROLES if any(c.role is Role.INDIKATOR for c in columns) else (Role.KEGIATAN,)
    if column.role is Role.NO and (right is None or right.role not in numbered):
        return replace(column, header=column.header or "No", role=Role.EXTRA)
    return column


def header_lines_to_text(lines: list[str]) -> str:
    """A header cell's text (`cleaned_header`: without a scan's noise at its edges). A narrow column
    breaks a capitals header inside its word ('TARGE' / 'T 2025'): a line opening with a lone capital
    after a word in capitals goes on with that word, when the word then names a column and the text as
    printed names none."""
    plain = join_lines(lines)
    glued: list[str] = []
    for line in lines:
        words = glued[-1].split() if glued else []
        if words and len(words[-1]) > 1 and words[-1].isupper() and words[-1].isalpha() and _CAPITAL_TAIL.match(line):
            glued[-1] += line.strip()
        else:
            glued.append(line)
    text = join_lines(glued)
    return cleaned_header(text if role_of_header(plain) is Role.EXTRA and role_of_header(text) is not Role.EXTRA
                          else plain)


def _column_header(table: TablePage, col: int, n_header_rows: int) -> str:
    parts: list[str] = []
    for row in range(n_header_rows):
        cell = table.covering(row, col)
        if cell is not None and cell.row == row:
            text = header_lines_to_text(cell.lines)
            if text and not _COLUMN_NUMBER.match(text) and not is_column_number_row(table, row):
                parts.append(text)  # ('(?)': a column's number read so in a row of them)
    return " ".join(parts)


def _only_markers_below(table: TablePage, col: int, start: int) -> bool:
    """Numbers ('1', '1.1.1', 'a.') with at least one figure, or list markers ('-', '•') only. A scan
    may read a number as a sign ('&' for '6'): a sign or two among the numbers keeps them numbers."""
    texts = [text for row in range(start, table.n_rows)  # slot by slot: a scan of every cell per column is
             if (c := table.covering(row, col)) is not None and c.row == row and c.col == col  # quadratic
             and (text := join_lines(c.lines))]
    signs = [t for t in texts if not is_numbering(t)]
    numbered = all(len(t) <= 2 and not any(char.isalnum() for char in t) for t in signs) \
        and 4 * len(signs) <= len(texts) and any(t[0].isdigit() for t in texts)
    return bool(texts) and (numbered or all(is_bullet(t) for t in texts))
