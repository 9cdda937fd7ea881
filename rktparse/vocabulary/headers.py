"""Column names: the role a printed header gives its column, and the figures no header prints.

Readers that find a table by its header text (tables without rules) and the
assembler that gives each column its role read headers the same way.
"""

from __future__ import annotations

import re
from enum import Enum

from rktparse.vocabulary.cues import LIST_MARK, one_slip


class Role(str, Enum):
    NO = "no"
    MISI = "misi"
    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    INDIKATOR = "indikator"
    TARGET = "target"
    TARGET_PART = "target_part"  # 'Satuan' beside 'Volume' under one spanning 'Target' header
    PERIOD = "period"  # 'Trw I' .. 'Trw IV' under one spanning 'Target' header
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
_NUMBERING = re.compile(r"^(\d{1,3}(\.\d{1,2}){0,3}|[a-zA-Z])[.)]?$")
# A row's number alone in its cell ("1", "12.", "3)"), group 1 its value: no letter, as a lone "a"
# opens too many lines of text to mark a row.
ROW_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
# A list marker printed in a column of its own, left of the text it marks.
_BULLET = re.compile(rf"^{LIST_MARK}$")

HEADER_ROLES = {Role.SASARAN, Role.INDIKATOR, Role.TARGET, Role.KEGIATAN}
# Headers of columns the model has no field for, which still mark a header row.
_EXTRA_HEADER = re.compile(
    r"^(satuan|kondisi awal|kondisi eksisting|eksisting|keterangan|anggaran|pagu|lokasi|capaian|data capaian|realisasi|sumber dana|"
    r"penanggung ?jawab|ket\.?)\b"
)
# A figure with a percent sign or grouped thousands: a value, which no header cell prints
_DATA = re.compile(r"\d\s?%|\d\.\d{3}\b")
LEVEL_ROLES = (Role.MISI, Role.TUJUAN, Role.SASARAN, Role.INDIKATOR)
HIERARCHY = LEVEL_ROLES[:3]  # the merged levels, each nesting in the one before


def holds_value(text: str) -> bool:
    """Whether `text` prints a figure only a table's body holds (`84%`, `1.250`)."""
    return _DATA.search(text) is not None


def role_of_header(header: str) -> Role:
    """The role a column plays, from its printed header ('Target %' -> TARGET)."""
    normalized = re.sub(r"\s+", " ", header.lower()).strip()
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(normalized):
            return role
    return Role.EXTRA


# What the ends of erased rules, specks and stamps are read as on a scan; no header opens or ends with them
EDGE_NOISE = "|\\~—–-_\"“”‘’'`©®"
_NOISE_TAIL = re.compile(rf"[{re.escape(EDGE_NOISE)}][{re.escape(EDGE_NOISE)}.,:;]*$")
_UNIT_CLOSED = re.compile(r"^([^\W\d_]{1,3}\.?|%)\)$")  # 'Rp)', '%)': a unit whose bracket was lost


def cleaned_header(text: str) -> str:
    """A header cell's text without what a scan adds at its edges ('| Target', 'Satuan——.', '—
    Kegiatan', 'h Tujuan': a rule's end, specks, a stamp's ring read as signs or a small letter),
    and with the opening bracket of a unit it closes ('Anggaran Rp)': harsh development scan 30)."""
    words = text.split()
    while words and _is_noise(words[0]):
        words.pop(0)
    while words and _is_noise(words[-1]):
        words.pop()
    if not words:
        return ""
    words[0] = words[0].lstrip(EDGE_NOISE)  # a word all noise went above
    words[-1] = _NOISE_TAIL.sub("", words[-1])
    if "(" not in text and (unit := _UNIT_CLOSED.match(words[-1])):
        words[-1] = f"({unit.group(1)})"
    return " ".join(words)


def _is_noise(word: str) -> bool:
    return (len(word) == 1 and word.islower()) or not word.strip(EDGE_NOISE + ".,:;")


# The core columns' names, whose pieces a header cut at its cell's edges still shows: a centred
# 'PROGRAM/KEGIATAN' wider than its column, clipped on both sides as a spreadsheet prints it, reads
# 'OGRAM/KEGIAT,'. Pieces of six letters or more: no Indonesian word is one ('saran' is).
_CLIPPED_NAMES = {"program": Role.KEGIATAN, "kegiatan": Role.KEGIATAN, "indikator": Role.INDIKATOR,
                  "sasaran": Role.SASARAN}
CLIPPED_LEAST = 6


def clipped_role(header: str) -> Role | None:
    """The core column a header cut at its cell's edges names: its first word the end of a name, or
    its last word the start of one ('OGRAM/KEGIAT,' -> KEGIATAN); None when it shows no such piece."""
    words = re.findall(r"[a-z]+", header.lower())
    if not words:
        return None
    first, last = words[0], words[-1]
    return next((role for name, role in _CLIPPED_NAMES.items()
                 if CLIPPED_LEAST <= len(first) < len(name) and name.endswith(first)
                 or CLIPPED_LEAST <= len(last) < len(name) and name.startswith(last)), None)


MISREAD_WORD = 5  # letters a header word has at least for one of them read otherwise to leave it the same word
_CORE_NAMES = {**_CLIPPED_NAMES, "target": Role.TARGET, "tujuan": Role.TUJUAN, "misi": Role.MISI}


def misread_role(header: str) -> Role | None:
    """The core column a header names with a letter of its first word misread, lost or added ('Taraet'
    -> TARGET: reporting scan 1,001,099, whose targets went silently into an extra column); None
    otherwise."""
    first = re.match(r"[a-z]+", header.lower().strip())
    if first is None or len(first.group()) < MISREAD_WORD:
        return None
    return next((role for name, role in _CORE_NAMES.items() if one_slip(first.group(), name)), None)


# a scan's '(2)' read '(?)', or '1' (its brackets lost), in a row of column numbers
UNREAD_COLUMN_NUMBER = re.compile(r"^(?:[({[][^\d\s][)}\]]|[({[]?\d{1,2}[)}\]]?)$")


def column_numbers_read(texts: list[str], numbers: re.Pattern[str]) -> int:
    """How many of a row's `texts` are column numbers (`numbers` matches one as printed), or 0 when any
    text is not one: one number in brackets that OCR read as another sign ('(1) (?) (3)') or without its
    brackets ('1 (2) (3)', reporting scan 1,001,339) is allowed."""
    read = sum(bool(numbers.fullmatch(text)) for text in texts)
    unread = sum(not numbers.fullmatch(text) and bool(UNREAD_COLUMN_NUMBER.fullmatch(text)) for text in texts)
    return read if read + unread == len(texts) and unread <= 1 else 0


def is_numbering(text: str) -> bool:
    """'1', '1.', '2.1', 'a.': a row number rather than content."""
    return bool(_NUMBERING.match(text.strip()))


def is_bullet(text: str) -> bool:
    """A list marker ('-', '•'): it marks an item, it does not number it."""
    return bool(_BULLET.match(text.strip()))


def names_column(text: str) -> bool:
    """Whether `text` is a column name rktparse knows ('Kegiatan', 'No.', 'Anggaran', 'Ket.')."""
    return role_of_header(text) is not Role.EXTRA or bool(_EXTRA_HEADER.match(text.lower()))


def names_header(texts: list[str]) -> bool:
    """Whether cell texts read as an RKT header: two core roles, or one beside a known extra column;
    a text holding a value ('100%', '49.503') names no column.

    Readers that find tables by their header text ask this too, so the vocabulary lives here only.
    """
    texts = [t.lower() for t in texts if t and not holds_value(t)]
    core = {role_of_header(t) for t in texts} & HEADER_ROLES
    return len(core) >= 2 or bool(core and any(_EXTRA_HEADER.match(t) for t in texts)) or lists_iku(texts)


# An IKU list set out in a decree: 'No | Uraian | Dasar Pertimbangan | Sumber Data', the indikator under 'Uraian'.
URAIAN = re.compile(r"^uraian\b")
_SUMBER_DATA = re.compile(r"^sumber data\b")


def lists_iku(headers: list[str]) -> bool:
    """Whether the column names are those of an IKU list: an 'Uraian' column beside a 'Sumber Data' one."""
    texts = [re.sub(r"\s+", " ", h.lower()).strip() for h in headers]
    return any(URAIAN.match(t) for t in texts) and any(_SUMBER_DATA.match(t) for t in texts)
