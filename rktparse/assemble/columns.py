"""Finding the header rows of a page table and the role of each column.

Roles come from the printed header text, never from column positions, so the
same rules serve the Kupang layout, PK tables with a "No" column, and RKTs
with Misi and Tujuan levels left of the Sasaran.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rktparse.assemble.text import join_lines
from rktparse.grid import TablePage


class Role(str, Enum):
    NO = "no"
    MISI = "misi"
    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    INDIKATOR = "indikator"
    TARGET = "target"
    KEGIATAN = "kegiatan"
    EXTRA = "extra"
    GROUP = "group"  # a full-width heading row, not a column


# Checked in order: "Indikator Sasaran" is an indikator, "Program dan Kegiatan" a kegiatan.
_ROLE_PATTERNS: list[tuple[Role, re.Pattern[str]]] = [
    (Role.NO, re.compile(r"^(no|no\.|nomor|nomor urut)$")),
    (Role.INDIKATOR, re.compile(r"\bindikator\b|^iku\b")),
    (Role.MISI, re.compile(r"^misi\b")),
    (Role.TUJUAN, re.compile(r"^tujuan\b")),
    (Role.SASARAN, re.compile(r"^sasaran\b")),
    (Role.TARGET, re.compile(r"^target\b")),
    (Role.KEGIATAN, re.compile(r"^(program|kegiatan|sub kegiatan)\b")),
]
# A row of column numbers under the header: "(1) (2) (3)" or "1 2 3".
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_NUMBERING = re.compile(r"^(\d{1,3}(\.\d{1,2}){0,3}|[a-zA-Z])[.)]?$")

HEADER_ROLES = {Role.SASARAN, Role.INDIKATOR, Role.TARGET, Role.KEGIATAN}
# Headers of columns the model has no field for, which still mark a header row.
_EXTRA_HEADER = re.compile(
    r"^(satuan|kondisi awal|keterangan|anggaran|pagu|lokasi|capaian|data capaian|realisasi|sumber dana|"
    r"penanggung ?jawab|ket\.?)\b"
)
# A figure with a percent sign or grouped thousands: a value, which no header cell prints
_DATA = re.compile(r"\d\s?%|\d\.\d{3}\b")
LEVEL_ROLES = (Role.MISI, Role.TUJUAN, Role.SASARAN, Role.INDIKATOR)


def role_of_header(header: str) -> Role:
    """The role a column plays, from its printed header ('Target %' -> TARGET)."""
    normalized = re.sub(r"\s+", " ", header.lower()).strip()
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(normalized):
            return role
    return Role.EXTRA


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    role: Role


@dataclass(frozen=True)
class Layout:
    """How to read a table's columns, found from its header."""

    columns: tuple[Column, ...]

    @property
    def is_rkt(self) -> bool:
        """An indikator table (RKT, PK, IKU) rather than a list of programs."""
        return self.column(Role.INDIKATOR) is not None

    @property
    def n_cols(self) -> int:
        return len(self.columns)

    def column(self, role: Role) -> Column | None:
        """The first column with `role` (a later 'Target 2025' is kept as an extra)."""
        return next((c for c in self.columns if c.role is role), None)


def row_texts(table: TablePage, row: int) -> list[str]:
    """The text of the cells that start on `row`, left to right."""
    return [join_lines(c.lines) for c in table.row_cells(row)]


def is_column_number_row(table: TablePage, row: int) -> bool:
    """A row such as '(1) (2) (3) (4)': column numbers, not data."""
    texts = [t for t in row_texts(table, row) if t]
    return len(texts) >= 2 and all(_COLUMN_NUMBER.match(t) for t in texts)


def is_numbering(text: str) -> bool:
    """'1', '1.', '2.1', 'a.': a row number rather than content."""
    return bool(_NUMBERING.match(text.strip()))


def names_column(text: str) -> bool:
    """Whether `text` is a column name rktparse knows ('Kegiatan', 'No.', 'Anggaran', 'Ket.')."""
    return role_of_header(text) is not Role.EXTRA or bool(_EXTRA_HEADER.match(text.lower()))


def names_header(texts: list[str]) -> bool:
    """Whether cell texts read as an RKT header: two core roles, or one beside a known extra column;
    a text holding a value ('100%', '49.503') names no column.

    Readers that find tables by their header text ask this too, so the vocabulary lives here only.
    """
    texts = [t.lower() for t in texts if t and not _DATA.search(t)]
    core = {role_of_header(t) for t in texts} & HEADER_ROLES
    return len(core) >= 2 or bool(core and any(_EXTRA_HEADER.match(t) for t in texts))


def header_row_count(table: TablePage) -> int:
    """How many rows at the top of `table` are header (0 when the page has none).

    The header is the first row naming at least two RKT roles; header cells
    that span down, and a row of column numbers, extend it.
    """
    limit = min(table.n_rows, 4)
    for row in range(limit):
        if names_header(row_texts(table, row)):
            end = row + max((c.row_span for c in table.cells if c.row == row), default=1)
            while end < table.n_rows and is_column_number_row(table, end):
                end += 1
            return end
    return 0


def header_to_layout(table: TablePage, n_header_rows: int) -> Layout:
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
        # neighbour ('TUJUAN' over '1 | Meningkatnya ...'), may hold numbering.
        shared = col + 1 < len(headers) and headers[col + 1] == header
        if ((role is Role.EXTRA and not header) or shared) and _only_numbers_below(table, col, n_header_rows):
            role = Role.NO
        columns.append(Column(col, header, role))
    return Layout(tuple(demote_duplicates(columns)))


# "Indikator Tujuan", "Indikator Kinerja Program": indikator of another level.
_OTHER_LEVEL = re.compile(r"\b(tujuan|misi|program|kegiatan)\b")


def demote_duplicates(columns: list[Column]) -> list[Column]:
    """One column per role; the others keep their cells as extras under their printed header.

    Of several indikator columns the sasaran's own is the one not naming another
    level; a numbering column with no level on its right is an extra too.
    """
    indikator = [c for c in columns if c.role is Role.INDIKATOR]
    primary = next((c for c in indikator if not _OTHER_LEVEL.search(c.header.lower())), None)
    seen: set[Role] = set()
    kept = []
    for column in columns:
        role = column.role
        if role is Role.INDIKATOR and primary is not None and column is not primary:
            role = Role.EXTRA
        elif role in seen and role not in (Role.NO, Role.EXTRA):
            role = Role.EXTRA
        seen.add(role)
        kept.append(Column(column.index, column.header, role))
    return [_orphan_number(c, kept) for c in kept]


def _orphan_number(column: Column, columns: list[Column]) -> Column:
    right = columns[column.index + 1] if column.index + 1 < len(columns) else None
    numbered = LEVEL_ROLES if any(c.role is Role.INDIKATOR for c in columns) else (Role.KEGIATAN,)
    if column.role is Role.NO and (right is None or right.role not in numbered):
        return Column(column.index, column.header or "No", Role.EXTRA)
    return column


def _column_header(table: TablePage, col: int, n_header_rows: int) -> str:
    parts: list[str] = []
    for row in range(n_header_rows):
        cell = table.covering(row, col)
        if cell is not None and cell.row == row:
            text = join_lines(cell.lines)
            if text and not _COLUMN_NUMBER.match(text):
                parts.append(text)
    return " ".join(parts)


def _only_numbers_below(table: TablePage, col: int, start: int) -> bool:
    texts = [join_lines(c.lines) for c in table.cells if c.col == col and c.row >= start]
    texts = [t for t in texts if t]
    return bool(texts) and all(is_numbering(t) for t in texts) and any(t[0].isdigit() for t in texts)
