"""What every export style shares: lines, printed widths, targets, cue words.

The helpers here look at one line or one word at a time; the styles combine
their verdicts into scores, never trusting one of them alone.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rktparse.vocabulary.cues import (
    CONNECTORS,
    DOING,
    INDIKATOR,
    KEGIATAN,
    KEGIATAN_WORDS,
    LIST_MARK,
    SASARAN,
    first_word,
    opener,
)
from rktparse.vocabulary.furniture import parse_place_date
from rktparse.vocabulary.targets import UNITS

# Helvetica advance widths (1/1000 em) of ASCII 32..126. RKTs are typeset in
# Arial, whose metrics are Helvetica's, so these widths tell how full a
# printed line was far better than a count of characters ("i" vs "m").
_HELVETICA = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_WIDE = 556  # any other character: an average glyph
SPACE_WIDTH = _HELVETICA[0]
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)
def text_width(text: str) -> int:
    """Printed width of `text` in 1/1000 em of Arial."""
    return sum(_HELVETICA[o - 32] if 32 <= (o := ord(ch)) < 127 else _WIDE for ch in text)


def fold_spaces(text: str) -> str:
    """Runs of white space folded to one space: the PDF path prints words single-spaced too."""
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Line:
    """A non-blank line of the export."""

    text: str  # white space folded, stripped
    raw: str  # as printed, tabs expanded, trailing spaces stripped (layout style reads columns from it)
    number: int  # 0-based line number in the file
    tight: bool  # no blank line between it and the previous non-blank line


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, each knowing whether a blank line stood above it."""
    lines: list[Line] = []
    blank_before = True
    for number, raw in enumerate(text.splitlines()):
        raw = raw.expandtabs(8).rstrip()
        if not raw.strip():
            blank_before = True
            continue
        lines.append(Line(fold_spaces(raw), raw, number, tight=not blank_before and bool(lines)))
        blank_before = False
    return lines


def learn_width(cells: Sequence[Sequence[str]]) -> float | None:
    """The column width that best explains how the cells wrapped.

    Every line fitted (width >= line) and every line but a cell's last was full
    (width < line + space + the next line's first word); the width breaking the
    fewest of these is the middle of the best interval. A few lines put in the
    wrong column by a first, rough reading break few constraints and move it little.
    """
    fits = sorted(text_width(line) for cell in cells for line in cell)
    full = sorted(text_width(line) + SPACE_WIDTH + text_width(after.split(" ", 1)[0])
                  for cell in cells for line, after in zip(cell, cell[1:]))
    if len(fits) < 5 or not full:
        return None
    best: tuple[int, float] | None = None
    edges = sorted(set(fits) | set(full))
    for low, high in zip(edges, edges[1:] + [edges[-1] + 1]):
        # a width in [low, high): lines wider than it, plus full lines whose next word fits it
        broken = len(fits) - bisect_right(fits, low) + bisect_right(full, low)
        if best is None or broken < best[0]:
            best = (broken, (low + high) / 2)
    return best[1] if best else None


# --- header ---------------------------------------------------------------

# Words that open a column header; the words after them ("Kinerja", "%") belong to it.
_HEAD = re.compile(r"^(no\.?|nomor|misi|tujuan|sasaran|indikator|target|kegiatan|program|sub kegiatan|satuan|"
                   r"keterangan|ket|anggaran|kondisi|eksisting|realisasi|capaian|pagu|penjelasan|definisi|alasan)\b", re.IGNORECASE)
_ROLES = {"no.": "no", "nomor": "no", "program": "kegiatan", "sub kegiatan": "kegiatan"}
LEVELS = ("no", "misi", "tujuan", "sasaran")  # columns whose cells merge down over rows
DEFAULT_HEADER = ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]


def header_role(name: str) -> str | None:
    """The role of a column from its printed name ('Target 2024' -> target, 'Satuan' -> extra);
    None when the name opens no column header."""
    match = _HEAD.match(name.strip())
    if match is None:
        return None
    word = match.group(1).lower()
    role = _ROLES.get(word, word)
    return role if role in (*LEVELS, "indikator", "target", "kegiatan") else "extra"


# Words that qualify a column name in a header ('Indikator Kinerja Utama', 'Kondisi Awal', 'Target
# Tahun 2024', 'Anggaran (Rp)'): a header's wrapped lines hold only these and column names.
_QUALIFIERS = frozenset("kinerja utama strategis program dan awal akhir tahun sasaran rp % ket sumber data "
                        "penanggung jawab formulasi perhitungan operasional".split())
_QUALIFIER = re.compile(r"^(\(.*\)|\d{4}|[%/.,&-])$")


def is_header_word(word: str) -> bool:
    """A word a column header holds: a column name, a qualifier, a year or a bracket ('(Rp)', '(%)')."""
    bare = word.strip("/.,:").lower()
    return bool(header_role(word) or bare in _QUALIFIERS or _QUALIFIER.match(word))


def is_table_header(names: Sequence[str]) -> bool:
    """Three or more column names, one of them an RKT or programme column (two could be a
    cell's text: 'Indikator Kinerja' / 'Program')."""
    roles = [role for role in map(header_role, names) if role]
    return len(roles) >= 3 and bool({"sasaran", "indikator", "target", "kegiatan"} & set(roles))


NAME_PREFIXES = frozenset({"pagu"})  # 'Pagu Anggaran' is one column, though 'Anggaran' names one too
_LEVEL_OF = frozenset({"program", "kegiatan"})  # 'Sasaran Program', 'Indikator Kegiatan': whose sasaran, indikator


def qualifies(name: Sequence[str], word: str) -> bool:
    """Whether a column name's word that opens a name itself ('Program', 'Kegiatan', 'Sasaran') only
    says whose it is, following the one word of a Sasaran or Indikator name ('Sasaran Program',
    'Indikator Sasaran')."""
    if len(name) != 1:
        return False
    role, whose = header_role(name[0]), word.strip("/.,:").lower()
    return role in ("sasaran", "indikator") and whose in _LEVEL_OF or role == "indikator" and whose == "sasaran"


def column_names(text: str) -> list[str] | None:
    """The column names a line of header words holds: a word naming a role opens a name unless that
    RKT role is named already ('Indikator Sasaran') or it follows 'Pagu'; other header words qualify
    the name before. None when a word is no header word, or the first names no column."""
    names: list[list[str]] = []
    roles: set[str] = set()
    for word in text.split():
        role = header_role(word)
        if not is_header_word(word) or not names and not role:
            return None
        leads = bool(names) and len(names[-1]) == 1 and names[-1][0].lower() in NAME_PREFIXES
        if role and (role not in roles or role == "extra") and not leads and not (names and qualifies(names[-1], word)):
            names.append([word])
            roles.add(role)
        else:
            names[-1].append(word)
    return [" ".join(name) for name in names] or None


def header_names(lines: Sequence[str]) -> list[str] | None:
    """The column names of a header printed on these lines (wrapped: 'SASARAN STRATEGIS INDIKATOR
    SASARAN SATUAN CAPAIAN' / '2025' / 'TARGET' / '(%)'), as `column_names` reads them; None unless
    the lines hold only header words and name Sasaran, Indikator and Target."""
    names = column_names(" ".join(lines))
    roles = {header_role(name) for name in names or []}
    return names if {SASARAN, INDIKATOR, "target"} <= roles else None


def header_cells(text: str) -> list[str] | None:
    """The column names of a one-line header ('Sasaran Kinerja Indikator Sasaran Target (%) Program dan
    Kegiatan'), or None when the line does not name Sasaran, Indikator and Target in that order."""
    names = header_names([text])
    roles = [header_role(name) for name in names or []]
    return names if [r for r in roles if r in (SASARAN, INDIKATOR, "target")] == [SASARAN, INDIKATOR, "target"] else None


# --- targets --------------------------------------------------------------

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_POINT_DECIMAL = r"\d{1,3}\.\d{1,2}"  # '89.68%': before a percent sign, a decimal point (no group of three)
_TARGET = re.compile(
    rf"(?<!\S)(?:(?P<pct>(?:{_NUMBER}|{_POINT_DECIMAL})\s?%)|(?P<cur>Rp\.?\s?\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?)|"
    rf"(?P<num>{_NUMBER})(?:\s(?P<unit>[A-Z]?[a-z]+))?|"
    r"(?P<grade>AA|A|BB|B|CC|C|WTP|WDP)(?:\s\(\d{1,3}\s?-\s?\d{1,3}\))?)(?=\s|$)"  # 'A (70-75)': a grade's range
)
_YEAR = re.compile(r"^(19|20)\d\d$")
# A count and its unit: a document's units are its own ('20.717 sekolah', '7 Puskesmas', '12 KK')
_COUNT = re.compile(rf"^(?P<num>{_NUMBER})\s(?P<unit>[A-Za-z]{{2,}})$")


@dataclass(frozen=True)
class TargetSpan:
    """A value in a line that may be a row's target."""

    start: int
    end: int
    strength: float  # how much it looks like a target, its place in the line counted in
    bare: bool  # a number without unit: its unit may stand on the next line


def target_spans(text: str) -> list[TargetSpan]:
    """Every value in `text` that could be a target, with how target-like it is."""
    spans = []
    for match in _TARGET.finditer(text):
        if _after_connector(text, match.start()):
            continue
        end, bare = match.end(), False
        if match["pct"] or match["cur"]:
            strength = 4.0
        elif match["grade"]:
            strength = 3.5 if "(" in match[0] else 3.0 if len(match["grade"]) > 1 else 2.0
        elif match["unit"] and match["unit"].lower() in UNITS:
            strength = 3.5
        elif _YEAR.match(match["num"]):
            continue  # "Tahun Anggaran 2024"
        else:
            end, bare = match.start() + len(match["num"]), True  # the word after a bare number is text
            strength = 1.5
        whole = match.start() == 0 and end == len(text)
        inside = match.start() > 0 and end < len(text)
        place = 1.0 if whole else -1.0 if inside else 0.0
        spans.append(TargetSpan(match.start(), end, strength + place, bare))
    return spans


def _after_connector(text: str, start: int) -> bool:
    """Whether a value stands after a connective ('... perkotaan di 5 kecamatan', 'ibu per 100.000'):
    a phrase's figure, no target (which follows an indikator's last word)."""
    before = text[max(0, start - 12):start].split()  # connectives are short words
    return bool(before) and text[start - 1] == " " and before[-1].lower() in CONNECTORS


def is_count(text: str) -> bool:
    """A count of any unit, the whole text ('20.717 sekolah'): a value where the text is known to be
    a target cell's. Not scored as a target where it is not: a Kegiatan wraps '... di' / '14 kecamatan'."""
    count = _COUNT.match(text)
    return count is not None and count["unit"].lower() not in CONNECTORS and not _YEAR.match(count["num"])


# What a Satuan column prints: a unit of count, or the kind of a value ('%', 'Indeks', 'Predikat')
_SATUAN = UNITS | frozenset("% persen indeks predikat opini rupiah rp status km ton ha tahun level skor rasio".split())


def is_satuan(word: str) -> bool:
    """A Satuan cell's word ('Orang', '%', 'Indeks')."""
    return word.lower() in _SATUAN


def is_unit_line(text: str) -> bool:
    """A line that is only a unit ('orang'): the tail of a number target wrapped in its cell."""
    return text.lower() in UNITS


# --- cue words ------------------------------------------------------------

# How well a cell of each kind opens with a word of each opener kind: START[cell kind][opener kind].
START: dict[str, dict[str | None, float]] = {
    SASARAN: {SASARAN: 2.0, INDIKATOR: -0.5, KEGIATAN: -1.5, None: -1.0},
    INDIKATOR: {INDIKATOR: 2.0, SASARAN: 0.5, KEGIATAN: -1.5, None: -0.5},
    KEGIATAN: {KEGIATAN: 1.5, INDIKATOR: -2.0, SASARAN: -1.5, None: 0.0},
}
# A whole Rupiah figure: groups of three after the first ('Rp 1.234.567', 'Rp. 5.000.000,-'), or none;
# not one a narrow column broke ('Rp 494.000.000.', 'Rp 53.300.000.0'): its line goes on
_AMOUNT = r"Rp\.?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?(?:,-)?"
CURRENCY = re.compile(rf"^{_AMOUNT}$")
AMOUNT = re.compile(rf"(?<!\S){_AMOUNT}(?!\S)")  # one standing anywhere in a line, between spaces
_ITEM = re.compile(rf"^(\d{{1,2}}[.)]|[a-z][.)]|{LIST_MARK})\s")
NUMBERING = re.compile(r"^(\d{1,3}|[a-zA-Z])[.)]?$")  # a No cell's number ('1', '2.', 'a)')
FIRST_ITEM = re.compile(r"^(1|a)[.)]\s")  # the first entry of a numbered list ('1. ...', 'a) ...')
BRACKETED_NUMBER = re.compile(r"^\(\d{1,2}\)$")  # '(3)': the column numbers printed under a header, no row


def is_item(text: str) -> bool:
    """'2. ...', 'a) ...', '- ...', '• ...': an entry of a list."""
    return bool(_ITEM.match(text))


def cut_score(before: str, after: str, width: float | None) -> float:
    """Log-odds, from two printed lines of one column, that a cell ends with `before` and a new
    one opens with `after`: connectives and hyphens bind, a line the next word would still have
    fitted on ends its cell (when the column's `width` is known), capitals and cue words open cells."""
    if is_item(after):
        return 3.0  # the next entry of a list
    cues, need = _cues(before, after)
    if width is None:
        return cues
    slack = width - need
    return cues + (2.5 if slack > 0.02 * width else 1.0 if slack > 0 else -2.0)


@lru_cache(maxsize=16384)
def _cues(before: str, after: str) -> tuple[float, int]:
    """cut_score without line fill, and the width the line would need to take the next word."""
    need = text_width(before) + SPACE_WIDTH + text_width(after.split(" ", 1)[0])
    word = first_word(after)
    last = before.rsplit(" ", 1)[-1]
    score = 0.0
    if len(last) > 1 and last[-1] == "-" and last[-2].isalpha():
        score -= 4.0  # "perundang-" / "undangan"
    elif last.lower() in CONNECTORS:
        score -= 2.5
    elif last[-1] in ".;":
        score += 1.0
    if word.lower() in CONNECTORS:  # Title Case prints them capitalised too ("Sesuai Standar")
        score -= 2.0
    capital = word[:1].isupper() or word in DOING  # an entry opens with 'melakukan ...', a wrap hardly goes on with it
    score += 0.5 if capital else -1.0
    if opener(word):
        # 'Penyusunan ...' opens a cell more surely than the noun 'Administrasi ...';
        # a small letter ('..., jumlah dan waktu') mostly goes on
        score += (1.0 if word.lower() in KEGIATAN_WORDS else 2.0) if capital else 0.5
    return score, need


def words_key(lines: list[str]) -> tuple[str, ...]:
    """The words of a cell, for spotting the same text printed twice at other widths. Interned: words
    repeat, and the search holds the words of every piece of a page at once (a long line's words
    took some 15 times its size)."""
    return tuple(map(sys.intern, re.findall(r"\w+", " ".join(lines).lower())))


# --- text around the table -------------------------------------------------

_SIGNATURE_OPENING = re.compile(r"^(mengetahui|menyetujui|ditetapkan di|pihak (pertama|kedua))\b", re.IGNORECASE)


def opens_signature(text: str) -> bool:
    """'Kupang, 5 Januari 2024' or 'Mengetahui,': where a signature block starts."""
    return parse_place_date(text) is not None or bool(_SIGNATURE_OPENING.match(text))


def is_title_line(text: str) -> bool:
    """A line of a title block: mostly capitals ('RENCANA KINERJA TAHUNAN (RKT)')."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)
