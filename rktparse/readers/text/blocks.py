"""Blocks exports (PyMuPDF `page.get_text()`): every cell line on its own line, cell after cell.

A page prints its header names one per line, then the rows cell by cell in
column order; a merged cell prints once, at its first row, and an empty cell
not at all. A Viterbi pass labels every line with its column and whether it
opens a cell, scoring how each line starts (`lines.cut_score`), what it looks
like for each column (a target value, a numbering, a cue word) and which
columns a reading leaves empty.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rktparse.grid import BBox, ReaderNote, preview
from rktparse.readers.text.check import row_cells
from rktparse.readers.text.headings import blocks_headings, rows_to_headings
from rktparse.readers.text.lines import (
    BRACKETED_NUMBER,
    CURRENCY,
    FIRST_ITEM,
    INDIKATOR,
    KEGIATAN,
    LEVELS,
    NAME_PREFIXES,
    NUMBERING,
    SASARAN,
    START,
    cut_score,
    first_word,
    fold_spaces,
    header_role,
    is_header_word,
    is_item,
    is_table_header,
    is_title_line,
    is_unit_line,
    learn_width,
    opener,
    opens_signature,
    qualifies,
    target_spans,
    text_width,
)
from rktparse.readers.text.page import PageOut, concerned, confidence, note
from rktparse.readers.text.weights import W
from rktparse.vocabulary.cues import case_turn, is_fund_source, names_activity, opens_cell, states_aim
from rktparse.vocabulary.furniture import ends_table, is_page_furniture
from rktparse.vocabulary.phrases import Phrases
from rktparse.vocabulary.targets import WORD_VALUE, WORD_VALUE_HEAD, WORD_VALUE_NAME
from rktparse.vocabulary.text import CUT_FIGURE, bracket_open

# A cell decided with less confidence is reported as a note on its row (page.NOTE_BELOW, 0.6, for
# the layout and stream styles, where a higher one notes mostly right rows). Picked on
# development seeds 900-939 (the rows wrong with no note, PyMuPDF / pypdf / plain pdftotext, at
# 0.6 / 0.7 / 0.8 / 0.9: 40/109/104, 31/91/104, 20/84/97, 17/82/96; the right rows noted 92/28/7,
# 124/34/8, 140/34/13, 165/34/13): past 0.8 each further row cleared costs eight right rows noted.
# Checked on 940-979: silent 31/57/73 -> 15/47/71 rows, right rows noted 86/38/18 -> 124/48/19.
# The samples' blocks exports, read exactly, are noted more too: 8 and 12 more notes on two of
# them, enough for each to be flagged whole as unreliable (check.UNRELIABLE).
NOTE_BELOW = 0.8

_OPEN_NAME = re.compile(r"(\bdan|/)$", re.IGNORECASE)  # a column name going on on the next line
_NOTE = re.compile(r"\s*\([^()]*\)$")  # '10 (234 Temuan)': a value with a note
VALUE_COLUMNS = ("no", "target", "extra")
WRAP_MARKS = 0.15  # share of lines ending in a space above which an export marks its wraps so
TOO_WIDE_FACTOR = 1.15  # a line this much wider than a column's learnt width is not in it
# The weights of every cue are fitted (weights.py): blocks.wrapped / blocks.unwrapped (cut log-odds after
# a line that wrapped / one that did not), blocks.entry (another Kegiatan cell in a row needs evidence),
# blocks.too_wide, blocks.numbered (a line in the run 1, 2, 3 ... is the No column), blocks.list_head (the
# line before '1. ...' does not open that Kegiatan) and blocks.missing.<role> (leaving a column empty).


@lru_cache(maxsize=16384)
def _value(text: str, piece: bool = False) -> bool:
    """A whole value as targets print it: '97 %', 'BB', 'Rp 1.234.567', '10 (234 Temuan)', 'Sangat Baik';
    `piece`: `text` is a piece cut out of a line, where one word in words ('Ditetapkan') is as often a Title
    Case indikator's last ('... Yang Ditetapkan 47,21 %'), so a value in words has two words or more."""
    text = _NOTE.sub("", text)
    return bool(CURRENCY.match(text) or WORD_VALUE.fullmatch(text) and not (piece and " " not in text)) \
        or any(s.start == 0 and s.end == len(text) for s in target_spans(text))


def _wordy(role: str, text: str) -> float:
    """Value columns (No, Target, Satuan, Anggaran ...) print short lines: a cost per word beyond three."""
    return max(0, len(text.split()) - 3) * W["blocks.wordy"] if role in VALUE_COLUMNS else 0.0


def opening(role: str, text: str, piece: bool = False) -> float:
    """How well `text` opens a cell of a column with `role` (`piece`: see `_value`)."""
    return _opening(role, text, piece) - _wordy(role, text)


def _opening(role: str, text: str, piece: bool) -> float:
    word = first_word(text)
    if is_item(text):  # '1. ...', '- ...': an entry of a Kegiatan list
        return W["blocks.item_kegiatan"] if role == KEGIATAN else -W["blocks.item_kegiatan"]
    if role == "no":
        return W["blocks.no_number"] if NUMBERING.match(text) else W["blocks.no_text"]
    if role == "target":
        return W["blocks.target_value"] if _value(text, piece) or _figure_head(text) else W["blocks.target_text"]
    if role == "extra":
        if _value(text, piece) or _figure_head(text) or is_fund_source(text) or is_unit_line(text):  # a Satuan's 'Dokumen' too
            return W["blocks.extra_value"]
        return W["blocks.extra_short"] if len(text.split()) <= 3 else W["blocks.extra_text"]
    if role == SASARAN and states_aim(word):  # 'Meningkatkan ...': a Sasaran's verb of aim as much as its state
        return max(START[role][opener(word)], START[role][SASARAN])
    if role == SASARAN and opener(word) == INDIKATOR:  # 'Angka pegawai yang ...' / 'Kategori Baik': a row, not a Sasaran
        return W["blocks.sasaran_indikator_word"]
    if role == KEGIATAN and names_activity(word):  # also a Sasaran's word: 'Sosialisasi ...', 'Peningkatan ...'
        return START[KEGIATAN][KEGIATAN]
    if role in (SASARAN, INDIKATOR, KEGIATAN):  # an activity's borrowed noun ('Akreditasi ...') opens a Kegiatan
        return START[role][opens_cell(word)]
    # misi, tujuan: an outer level changes less often than the level inside it; it states an aim
    return (W["blocks.level_capital"] if word[:1].isupper() else 0.0) + W[f"blocks.{role}_opens"] \
        + (W["blocks.level_aim"] if states_aim(word) else W["blocks.level_kegiatan"] if opener(word) == KEGIATAN else 0.0)


def _broken_figure(text: str) -> bool:
    """'Rp' / '447.000.000.' / '47.900.000.0': the figure goes on with the next line."""
    return text in ("Rp", "Rp.") or bool(CUT_FIGURE.search(text))


_FIGURE_HEAD = re.compile(r"^(Rp\.?\s*)?(\d{1,3}(\.\d{3})*\.?\d{0,2})?$")


def _figure_head(text: str) -> bool:
    """The first line of a figure a narrow column broke ('Rp913.000.00' / '0.000', 'Rp' / '447.000.000.'),
    or of a target in words ('Tepat' / 'waktu'): it opens a value column's cell as the whole value would."""
    return _broken_figure(text) and bool(_FIGURE_HEAD.match(text)) or bool(WORD_VALUE_HEAD.fullmatch(text))


def _value_tail(before: str, text: str) -> float:
    """How well `text` continues a target value printed on the line `before`: its unit ('23' /
    'laporan') or the rest of a figure a narrow column broke ('Rp 47.900.000.0' / '00')."""
    if is_unit_line(text) and before.replace(".", "").replace(",", "").isdigit():
        return W["blocks.unit_goes_on"]
    if _broken_figure(before) and text[:1].isdigit():
        return W["blocks.figure_goes_on"]
    if (WORD_VALUE_HEAD.fullmatch(before) or WORD_VALUE_NAME.fullmatch(before)) and WORD_VALUE.fullmatch(f"{before} {text}"):
        return W["blocks.figure_goes_on"]  # the rest of a target in words ('Kategori' / 'Baik')
    return _note_tail(before, text)


def _fund_tail(before: str, text: str) -> float:
    """How well `text` continues a source of funds printed on the line `before` ('APBD' / 'Provinsi'):
    as a unit goes on with its count; or the note of a value ('312 (45' / 'Temuan)')."""
    return W["blocks.unit_goes_on"] if is_fund_source(before) and is_fund_source(f"{before} {text}") \
        else _note_tail(before, text)


def _note_tail(before: str, text: str) -> float:
    """A line closing the bracket a value's line left open ('23 (66' / 'Temuan)', development seed 1252,
    pypdf: the note had opened the Kegiatan beside it) goes on with it, as a unit with its count."""
    opened = bracket_open(before) and text.count(")") > text.count("(")
    return W["blocks.unit_goes_on"] if opened and any(c.isdigit() for c in before) else 0.0


def going_on(role: str, text: str) -> float:
    """How well `text` continues a cell of a column with `role`."""
    if role == "no":
        return W["blocks.no_goes_on"]  # a number is one line
    if _value(text) or is_fund_source(text):
        return W["blocks.value_goes_on"]  # a value ('100%', 'APBD') opens a cell of its own
    return -_wordy(role, text)


@dataclass
class _Cell:
    lines: list[str]
    certainty: float  # of its least sure line's column
    runs_on: bool = False  # its last line is marked as wrapped


@dataclass
class _Row:
    start: int  # its first line
    cells: dict[int, list[_Cell]] = field(default_factory=dict)  # column -> its cells


@dataclass
class _Header:
    names: list[list[str]]  # each column's name lines
    roles: list[str]
    stop: int  # index of the first line after the header


def _header_at(lines: list[str], start: int, whose: bool = True) -> _Header | None:
    """The header starting at `start`: column names one per line, a name's tail ('(2023)', '%') below it.
    Without `whose`, a name saying whose the one above is ('Sasaran' / 'Program') is a column: a
    header that is none otherwise (pypdf's 'SASARAN' / 'PROGRAM' / 'INDIKATOR KINERJA TARGET
    KEGIATAN', its last names on one line) still names its columns as before."""
    names: list[list[str]] = []
    index = start
    while index < len(lines):
        text = lines[index]
        words = text.split()
        if names and _name_goes_on(names[-1], text, {header_role(name[0]) for name in names[:-1]}, whose):
            names[-1].append(text)  # 'Program dan' / 'Kegiatan': one name wrapped
        elif header_role(text) and len(words) <= 4:
            names.append([text])
        elif broken := _broken_name(text, lines[index + 1] if index + 1 < len(lines) else ""):
            names.append([broken])  # 'TARGE' / 'T': one name a narrow column broke inside its word
            index += 1
        elif names and all(map(is_header_word, words)) and not BRACKETED_NUMBER.match(text):
            names[-1].append(text)  # a name's tail: 'Kinerja', '2022', '(Rp)', '%'
        else:
            break
        index += 1
    if len(names) < 2 or not is_table_header([n[0] for n in names]):
        return _header_at(lines, start, whose=False) if whose else None
    return _Header(names, _roles(names), index)


def _broken_name(text: str, after: str) -> str | None:
    """A column's name a narrow column broke inside its word, joined ('TARGE' / 'T' -> 'TARGET', development seed
    3478: no header was found, the document refused): a word in capitals naming no column but with the next
    line's first word, also in capitals."""
    head, _, rest = after.partition(" ")
    joined = text + head
    if not (text.isalpha() and text.isupper() and head.isalpha() and head.isupper()) or header_role(text):
        return None
    return f"{joined} {rest}".strip() if header_role(joined) not in (None, "extra") else None


def _roles(names: list[list[str]]) -> list[str]:
    """Each column's role, by the first line of its name ('extra' for a column RKTs do not define)."""
    return [header_role(name[0]) or "extra" for name in names]


def _name_goes_on(name: list[str], text: str, named: set[str | None], whose: bool = True) -> bool:
    """Whether the header line `text` goes on with the column name `name` (its lines) above it: a
    name left open ('Program dan' / 'Kegiatan', 'Pagu' / 'Anggaran'), or a line only saying whose
    the name is ('Sasaran' / 'Program') or naming an RKT role another name has (`named`:
    'Indikator' / 'Sasaran'; not a Kegiatan's: 'Program' and 'Kegiatan' may be two columns), as
    `stream.header_names` reads words."""
    last, text = name[-1].strip(), text.strip()
    if not all(map(is_header_word, text.split())):
        return False
    role = header_role(text)
    return bool(_OPEN_NAME.search(last) or len(name) == 1 and last.lower() in NAME_PREFIXES
                or whose and qualifies(name, text) or role in LEVELS + (INDIKATOR, "target") and role in {*named, header_role(name[0])})


def read_blocks(text: str) -> tuple[list[PageOut], list[ReaderNote]]:
    """The tables of a blocks export, pages parted by form feeds."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    paragraphs = [_paragraphs(page) for page in pages]
    printed = [_gather_header(page) for page in paragraphs]
    # Some producers keep the space at which a line wrapped: then a line ending in one goes on,
    # and a line without one more likely ends its cell. Others part blocks by blank lines.
    spaced = [line.endswith(" ") for page in printed for line, _ in page]
    marks = sum(spaced) >= WRAP_MARKS * max(len(spaced), 1)
    blanks = sum(blank for page in printed for _, blank in page) >= WRAP_MARKS * max(len(spaced), 1) \
        and not _spaces_for_blanks(text)
    folded = [[fold_spaces(line) for line, _ in page] for page in printed]
    phrases = Phrases.of([line for lines in folded for line in lines])
    wrap_marks = [[line.endswith(" ") if marks else None for line, _ in page] for page in printed]
    blank_above = [[blank if blanks else None for _, blank in page] for page in printed]
    inputs = list(zip(folded, wrap_marks, blank_above, [_first_body_lines(lines) for lines in folded[1:]] + [[]]))
    widths = _Widths()
    read: list[_PageRead] = []
    for number, page in enumerate(inputs, start=1):
        read.append(_read_page(number, *page, phrases, widths, *_goes_on(read)))
    # a page that could not learn a column's width the table's other pages tell is read again, and so is
    # a page whose page before now ends otherwise
    if widths.settle({gap for done in read for gap in done.gaps}):
        for k, page in enumerate(inputs):
            if read[k].gaps & widths.learnt_since or _goes_on(read[:k]) != (read[k].carried, read[k].ran_on):
                read[k] = _read_page(k + 1, *page, phrases, widths, *_goes_on(read[:k]))
    notes: list[ReaderNote] = []
    for number, done in enumerate(read, start=1):
        notes += done.notes
        if _columns_apart(paragraphs[number - 1], any(out.n_rows for out in done.found)):
            notes += _apart_notes(number, [cell.bbox for out in done.found for cell in row_cells(out).values()])
    outs = [out for done in read for out in done.found]
    notes += [doubt for out in outs for doubt in rows_to_headings(out)]
    return outs, notes


@dataclass
class _PageRead:
    found: list[PageOut]
    notes: list[ReaderNote]
    carried: _Header | None  # the header the page went on with, if it printed none (`_page`)
    ran_on: frozenset[str]  # the columns whose cell ran on at the page before's end
    gaps: set[tuple[tuple[str, ...], int]]  # the (table, column) widths the page could not learn


def _goes_on(before: list[_PageRead]) -> tuple[_Header | None, frozenset[str]]:
    """The header and the running cells a page goes on with, after the pages `before` it."""
    if not before:
        return None, frozenset()
    last = before[-1]
    return _carried(last.found[-1], last.carried), _ran_on(last.found[-1])


def _read_page(number: int, lines: list[str], wrapped: list[bool | None], blank: list[bool | None],
               following: list[str], phrases: Phrases, widths: _Widths, carried: _Header | None,
               ran_on: frozenset[str]) -> _PageRead:
    notes: list[ReaderNote] = []
    widths.gaps = set()  # filled by the page's decoding (`_Widths.learnt`)
    found = _page(number, lines, wrapped, blank, notes, phrases, widths, carried, following, ran_on)
    return _PageRead(found, notes, carried, ran_on, widths.gaps)


@dataclass
class _Widths:
    """Each table's column widths over all its pages, keyed by its header: a page printing too few lines of a
    column to learn its width from (a Sasaran cell or two) takes the table's, or any line fits there
    (development seed 3314: a Kegiatan line half again as wide as the Sasaran column opened a Sasaran). Such
    pages are read again once every page is read: about a quarter more time for a blocks export (reading
    again only the pages whose reading put too wide a line there kept half the rows it gained)."""
    cells: dict[tuple[str, ...], list[list[list[str]]]] = field(default_factory=dict)
    gaps: set[tuple[tuple[str, ...], int]] = field(default_factory=set)  # (table, column) the page read could not learn
    known: dict[tuple[str, ...], list[float | None]] = field(default_factory=dict)
    learnt_since: set[tuple[tuple[str, ...], int]] = field(default_factory=set)  # gaps the table's pages fill

    def learnt(self, header: _Header, cells: list[list[list[str]]]) -> list[float | None]:
        """The widths learnt from a page's cells, each column's, where unknown, the table's (once settled)."""
        key = (*header.roles, *(" ".join(name) for name in header.names))
        own = [learn_width(column) for column in cells]
        if key in self.known:
            return [width if width is not None else table for width, table in zip(own, self.known[key])]
        gathered = self.cells.setdefault(key, [[] for _ in cells])
        for col, column in enumerate(cells):
            gathered[col] += column
            if own[col] is None:
                self.gaps.add((key, col))
        return own

    def settle(self, gaps: set[tuple[tuple[str, ...], int]]) -> bool:
        """Learn each table's widths from all its pages; whether any of `gaps` is known now."""
        self.known = {key: [learn_width(column) for column in columns] for key, columns in self.cells.items()}
        self.learnt_since = {(key, col) for key, col in gaps if self.known[key][col] is not None}
        return bool(self.learnt_since)


def _spaces_for_blanks(text: str) -> bool:
    """Whether most of the text's blank lines print a space: an empty cell drawn as one (Word's PDFs),
    not a gap the exporter put between blocks, so a line without one above may well begin a cell."""
    blank = [line for line in text.splitlines() if not line.strip()]
    return sum(map(bool, blank)) > len(blank) / 2


def _paragraphs(page: str) -> list[list[str]]:
    """The page's lines in runs parted by blank lines."""
    paragraphs: list[list[str]] = [[]]
    for line in page.splitlines():
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _name_length(paragraph: list[str]) -> int:
    """How many of the paragraph's first lines name a column ('Indikator' / 'Kinerja'); 0 if none."""
    if not (header_role(paragraph[0]) and len(paragraph[0].split()) <= 4):
        return 0
    count = 1
    for line in paragraph[1:]:
        words = line.split()
        if not words or not all(map(is_header_word, words)) or BRACKETED_NUMBER.match(line.strip()) \
                or (header_role(line) and not _name_goes_on(paragraph[:count], line, set())):
            break
        count += 1
    return count


def _gather_header(paragraphs: list[list[str]]) -> list[tuple[str, bool]]:
    """The page's lines, each with whether a blank line stood above it. Plain pdftotext prints the
    first row column by column, each column's name heading its cell in one paragraph: when such
    paragraphs name a table's columns and no header stands on lines of its own, the names are
    gathered into one header, followed by the cells in column order."""
    lines = [(line, k > 0 and n == 0) for k, p in enumerate(paragraphs) for n, line in enumerate(p)]
    flat = [fold_spaces(line) for line, _ in lines]
    if any(_header_at(flat, i) for i in range(len(flat))):
        return lines
    for start in range(len(paragraphs)):
        run, roles = [], []
        for paragraph in paragraphs[start:]:
            length = _name_length(paragraph)
            role = header_role(paragraph[0]) if length else None
            if not length or role in roles:
                break
            run.append((paragraph[:length], paragraph[length:]))
            roles.append(role)
        if len(run) >= 3 and is_table_header([names[0] for names, _ in run]):
            before = [(line, k > 0 and n == 0) for k, p in enumerate(paragraphs[:start]) for n, line in enumerate(p)]
            names = [(line, False) for names, _ in run for line in names]
            cells = [(line, n == 0) for _, cell in run for n, line in enumerate(cell)]
            after = [(line, n == 0) for p in paragraphs[start + len(run):] for n, line in enumerate(p)]
            return before + names + cells + after
    return lines


def _columns_apart(paragraphs: list[list[str]], read: bool) -> bool:
    """Whether a column's name stands over two or more paragraphs (cells) of its own before the next
    name: the page prints its columns one after another, not row by row. A page whose reading gave no
    row (`read`) does so only where the names are an RKT table's (an Indikator's and a Target's): a
    programme table's 'Program Penataan Administrasi Kependudukan' cells, read as names, lose no RKT rows."""
    lengths = {k: length for k, paragraph in enumerate(paragraphs) if (length := _name_length(paragraph))}
    names = list(lengths)
    if not any(after - before > 2 for before, after in zip(names, names[1:])):
        return False
    return read or {INDIKATOR, "target"} <= {header_role(line) for k, n in lengths.items() for line in paragraphs[k][:n]}


def _apart_notes(page: int, rows: list[BBox | None]) -> list[ReaderNote]:
    """A note on every row read from a page printing its columns apart (`rows`: their indikator cells)."""
    told = (f"page {page}: the export prints this page's columns one after another (a column's name over several "
            "of its cells, as plain pdftotext orders a table it takes for text flows): ")
    if not rows:
        return [ReaderNote(code="text-columns-apart", message=told + "its table was not read; export the PDF "
                           "again with `pdftotext -layout`, or convert the PDF itself", page=page)]
    return [ReaderNote(code="text-columns-apart", message=told + "which cells share a row was guessed from "
                       "their order; check every row of the page against the original", page=page, cell=box)
            for box in rows]


def _signature_start(lines: list[str], start: int) -> int:
    """Where the signature block begins: its place-and-date line, or the capitals (position,
    name of a second signer) printed just before it."""
    for index in range(start, len(lines)):
        if opens_signature(lines[index]):
            while index > start and is_title_line(lines[index - 1]) and len(lines[index - 1].split()) > 1:
                index -= 1
            return index
    return len(lines)


def _ran_on(last: PageOut) -> frozenset[str]:
    """The roles of the columns whose cell in the page's last row ends on a line marked as wrapped: the
    cell the next page's first line, in mid-sentence, most likely goes on with."""
    roles = _roles(last.header)
    return frozenset(roles[cell.col] for cell in last.cells
                     if cell.runs_on and cell.row + cell.row_span >= last.n_rows and cell.col < len(roles))


def _carried(last: PageOut, before: _Header | None) -> _Header | None:
    """The header the next page goes on with: the page's last table's, unless a signature, another
    table's caption or its source note closed it."""
    if any(opens_signature(line) or ends_table(line) for line in last.below):
        return None
    if not last.n_rows:
        return before if last.header == [] and not last.above else None
    return _Header(last.header, _roles(last.header), 0)


def _furniture_at(lines: list[str]) -> set[int]:
    """The page's lines of furniture: 'Halaman 2' anywhere; a bare number only first or last on the
    page (else it may be a No cell)."""
    return {i for i, line in enumerate(lines) if is_page_furniture(line)
            and (not line.isdigit() or i in (0, len(lines) - 1))}


def _first_body_lines(lines: list[str]) -> list[str]:
    """The first two body lines of a page (under its header, if it opens with one; no page
    furniture): what a table going on from the page before goes on with."""
    furniture_at = _furniture_at(lines)
    lines = [line for i, line in enumerate(lines) if i not in furniture_at]
    header = _header_at(lines, 0) if lines else None
    return lines[header.stop if header is not None else 0:][:2]


def _page(number: int, lines: list[str], wrapped: list[bool | None], blank: list[bool | None],
          notes: list[ReaderNote], phrases: Phrases, widths: _Widths, carried: _Header | None = None,
          following: list[str] | None = None, ran_on: frozenset[str] = frozenset()) -> list[PageOut]:
    """`wrapped[i]`: whether line i ended at a wrap; `blank[i]`: whether a blank line stood above
    it (None when the export does not tell); `phrases`: the whole document's (`vocabulary.phrases`). A
    page whose first line is no header, opens no signature and is no title goes on with the
    `carried` header down to its first header, if any (the Program table's): RKTs often print it once.
    `following`: the next page's first body lines, which a table running to this page's end goes on with;
    `ran_on`: the roles of the columns whose cell ran on at the page before's end (`_ran_on`)."""
    furniture_at = _furniture_at(lines)
    furniture = [lines[i] for i in sorted(furniture_at)]
    wrapped = [w for i, w in enumerate(wrapped) if i not in furniture_at]
    blank = [b for i, b in enumerate(blank) if i not in furniture_at]
    lines = [line for i, line in enumerate(lines) if i not in furniture_at]
    heads = []
    index = 0
    while index < len(lines):
        header = _header_at(lines, index)
        if header is not None:
            heads.append((index, header))
            index = header.stop
        else:
            index += 1
    if carried is not None and lines and (not heads or heads[0][0] > 0) and not opens_signature(lines[0]) \
            and not is_title_line(lines[0]):
        heads = [(0, carried), *heads]  # the body starts at the top, under no header of its own
    if not heads:
        return [PageOut(number, [], above=lines, below=furniture)]
    end = _signature_start(lines, heads[-1][1].stop)
    outs = []
    for k, (start, header) in enumerate(heads):
        last = heads[k + 1][0] if k + 1 < len(heads) else end
        # a header printed again (an export without form feeds parts its pages so) opens the lines the
        # table goes on with, as the next page's first lines do
        after = lines[heads[k + 1][1].stop:][:2] if k + 1 < len(heads) else following if last == len(lines) else None
        # another table's caption ('Tabel Rencana Program ...') or this one's source note ends it
        stop = next((i for i in range(header.stop, last) if ends_table(lines[i])), last)
        out = PageOut(number, header.names, words=[w for line in lines[start:stop] for w in line.split()],
                      above=lines[:start] if k == 0 else [], below=lines[stop:last])
        _cells(out, header, lines[header.stop:stop], wrapped[header.stop:stop], blank[header.stop:stop], notes,
               phrases, widths, after if stop == last else None, ran_on if k == 0 else frozenset())
        outs.append(out)
    outs[-1].below += lines[end:] + furniture
    return outs


def _cells(out: PageOut, header: _Header, body: list[str], wrapped: list[bool | None],
           blank: list[bool | None], notes: list[ReaderNote], phrases: Phrases, widths: _Widths,
           following: list[str] | None = None, ran_on: frozenset[str] = frozenset()) -> None:
    """Decode the body and place its cells: Kegiatan entries as sub-rows, merged columns spanning;
    a row with a cell whose lines' columns were a close call gets a note."""
    roles = header.roles
    if len(body) >= len(roles) and all(BRACKETED_NUMBER.match(line) for line in body[:len(roles)]):
        for col, line in enumerate(body[:len(roles)]):  # '(1) (2) (3)' under the header: a row of its own
            out.add([line], 0, col)
        body, wrapped, blank = body[len(roles):], wrapped[len(roles):], blank[len(roles):]
    kegiatan = roles.index(KEGIATAN) if KEGIATAN in roles else None
    indikator = roles.index(INDIKATOR) if INDIKATOR in roles else 0
    grid_row = out.n_rows
    level_starts: dict[int, list[tuple[int, _Cell]]] = {}
    at = _headings(header, body, wrapped, blank, out.page > 1, phrases, widths, following) if INDIKATOR in roles else []
    # headings, each with how many body lines stood before it once the headings are taken out
    headings = [(p - k, body[p]) for k, p in enumerate(at)]
    body = [line for p, line in enumerate(body) if p not in at]
    wrapped, blank = ([mark for p, mark in enumerate(marks) if p not in at] for marks in (wrapped, blank))
    across: list[int] = []  # grid rows of the headings

    def place_headings(before: int) -> None:
        nonlocal grid_row
        while headings and headings[0][0] <= before:
            out.add([headings.pop(0)[1]], grid_row, 0, col_span=len(roles))
            across.append(grid_row)
            grid_row += 1

    parted = frozenset(before for before, _ in headings)  # a heading parts the rows: the line after it opens one
    above: BBox | None = None  # the indikator box of the row before
    for row in _decode(header, body, wrapped, blank, out.page > 1, phrases, widths, parted, ran_on):
        place_headings(row.start)
        span = max(1, len(row.cells.get(kegiatan, []))) if kegiatan is not None else 1
        boxes: dict[int, BBox | None] = {}
        for col, cells in row.cells.items():
            if roles[col] in LEVELS:
                level_starts.setdefault(col, []).append((grid_row, cells[0]))
            elif col == kegiatan:
                for k, cell in enumerate(cells):
                    boxes[col] = out.add(cell.lines, grid_row + k, col, certainty=cell.certainty,
                                         runs_on=cell.runs_on) or boxes.get(col)
            else:
                boxes[col] = out.add([line for cell in cells for line in cell.lines], grid_row, col, row_span=span,
                                     certainty=min(cell.certainty for cell in cells), runs_on=cells[-1].runs_on)
        grid_row += span
        own = [cell for col, cells in row.cells.items() if roles[col] not in LEVELS for cell in cells]
        doubt = min(own, key=lambda cell: cell.certainty, default=None)
        if doubt is not None and doubt.certainty < NOTE_BELOW:
            name = [line for cell in row.cells.get(indikator, []) for line in cell.lines] or doubt.lines
            # an indikator cell in doubt may be the row above's last Kegiatan lines, read as a row of
            # its own: that row may be short of them (dev seed 1580, PyMuPDF)
            opened = doubt in row.cells.get(indikator, []) and above is not None
            note(notes, "text-cell-boundary", f"page {out.page}: which column the cell '{preview(doubt.lines)}' "
                 f"of the row '{preview(name)}' belongs to is uncertain (confidence {doubt.certainty:.2f})"
                 + ("; the row above may have lost it" if opened else ""), out.page,
                 boxes.get(indikator) or next((b for b in boxes.values() if b), None), above if opened else None)
        above = boxes.get(indikator) or above
    end = grid_row
    place_headings(len(body))
    for top in across:  # the rows below (their group) and the row above (its last cell may end with the line)
        heading = next(cell for cell in out.cells if cell.row == top)
        note(notes, "text-heading-guessed", f"page {out.page}: '{preview(heading.lines)}' stands alone on its line "
             "before a new Sasaran: read as a heading over the rows below it; check their group, and that it "
             "is no last line of the row above", out.page,
             *(out.boxes(indikator, range(top + 1, min((r for r in across if r > top), default=end))) or [heading.bbox]),
             out.near(top - 1) if top else None)
    for col, starts in level_starts.items():
        for (first, cell), after in zip(starts, [s[0] for s in starts[1:]] + [end]):
            after = min([r for r in across if first < r < after], default=after)  # a heading parts the groups
            box = out.add(cell.lines, first, col, row_span=max(1, after - first), certainty=cell.certainty,
                          runs_on=cell.runs_on)
            if cell.certainty < NOTE_BELOW:
                note(notes, "text-cell-boundary", f"page {out.page}: where the {roles[col]} cell "
                     f"'{preview(cell.lines)}' begins or ends is uncertain (confidence {cell.certainty:.2f})",
                     out.page, *concerned(roles[col], box, out.boxes(indikator, range(first, max(first + 1, after)))))


def _headings(header: _Header, body: list[str], wrapped: list[bool | None], blank: list[bool | None],
              carries: bool, phrases: Phrases, widths: _Widths, following: list[str] | None = None) -> list[int]:
    """The body lines printed as headings across the table (`headings.blocks_headings`), but those a
    reading of the whole body puts in a value column: a free-text target ('Sangat Baik') is set
    like a heading; nor those going on the line above as the document prints it elsewhere ('...
    Laporan' / 'Keuangan Tahunan', a Kegiatan entry's tail). (A Kegiatan entry in capitals,
    'Rehabilitasi Ruang Kelas', is set like a heading too, and that reading cannot tell it: the
    heading's note names the row above as well.)"""
    found = [p for p in sorted(blocks_headings(body, wrapped, blank, following or []))
             if not _value(body[p]) and not (p and phrases.cue(body[p - 1], body[p]) < 0)]
    if not found:
        return []
    placed = [(col, cell) for row in _decode(header, body, wrapped, blank, carries, phrases, widths)
              for col, cells in row.cells.items() if header.roles[col] in VALUE_COLUMNS for cell in cells]
    # A line the reading joins to a whole value ('9 Puskesmas' / 'Bidang Pelayanan Umum') is no part of it, and a
    # column printing only funds and figures ('APBD', '-') holds no other words: the reading filled an empty cell.
    heads = {body[p] for p in found}
    plain = {col for col, _ in placed}
    for col, cell in placed:
        if not _plain(" ".join(cell.lines)) and heads.isdisjoint(cell.lines):
            plain.discard(col)
    valued = {line for col, cell in placed for k, line in enumerate(cell.lines)
              if not (k and _value(" ".join(cell.lines[:k]))) and (col not in plain or _plain(line))}
    return [p for p in found if body[p] not in valued]


def _plain(text: str) -> bool:
    """A value as a Keterangan, Anggaran or Kondisi Awal prints it: a source of funds, a figure, a dash."""
    return is_fund_source(text) or _value(text) or text.strip() in ("-", "–")


def _decode(header: _Header, body: list[str], wrapped: list[bool | None], blank: list[bool | None],
            carries: bool, phrases: Phrases, widths: _Widths, parted: frozenset[int] = frozenset(),
            ran_on: frozenset[str] = frozenset()) -> list[_Row]:
    """Label every line twice: first without line fill (columns differ too much in width for
    one guess), then with each column's width learnt from how the first labelling's cells wrap.
    `parted`: lines that open a row (a heading stood above them)."""
    floors = [float(max(map(text_width, names))) for names in header.names]
    rows = _Decoder(header.roles, body, wrapped, blank, [None] * len(floors), floors, phrases, carries, parted,
                    ran_on).rows()
    learnt = widths.learnt(header, [[cell.lines for row in rows for cell in row.cells.get(col, [])]
                                    for col in range(len(floors))])
    fill = [None if width is None else max(width, floor) for width, floor in zip(learnt, floors)]
    return _Decoder(header.roles, body, wrapped, blank, fill, floors, phrases, carries, parted, ran_on).rows()


def _softplus(x: float) -> float:
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def _sequence(body: list[str]) -> set[int]:
    """Lines that number the rows 1, 2, 3 ... in order: the No column, not bare-number targets."""
    found, expected = set(), 1
    for index, line in enumerate(body):
        if NUMBERING.match(line) and line.rstrip(".)").isdigit() and int(line.rstrip(".)")) == expected:
            found.add(index)
            expected += 1
    return found


PARTED = 30.0  # what going on with a row, or its cells, costs on a line a heading parted from it: all but never


class _Decoder:
    """Viterbi over (line, column of its cell), each step going on with the cell or opening one."""

    def __init__(self, roles: list[str], body: list[str], wrapped: list[bool | None], blank: list[bool | None],
                 widths: list[float | None], floors: list[float], phrases: Phrases, carries: bool = True,
                 parted: frozenset[int] = frozenset(), ran_on: frozenset[str] = frozenset()) -> None:
        """`widths`: the columns' learnt widths (None: unknown); `floors`: their header names' widths;
        `carries`: whether the body may open with the tail of a row of the page before (not on page 1);
        `parted`: lines that open a row; `ran_on`: the roles whose cell ran on at the page before's end,
        which a first line in mid-sentence goes on with."""
        self.carries, self.phrases, self.parted, self.ran_on = carries, phrases, parted, ran_on
        self.roles, self.body, self.wrapped, self.widths = roles, body, wrapped, widths
        self.blank = [0.0 if b is None else W["blocks.blank"] if b else W["blocks.tight"] for b in blank]
        self.numbered = _sequence(body) if "no" in roles else set()
        # Columns printed right of the Kegiatan (Keterangan, Anggaran): a Kegiatan entry on a sub-row
        # of the row comes after them, with the row's indikator merged down, not empty (None when no
        # one column is the Kegiatan's, or no indikator's: each programme of a list is a row).
        self.kegiatan = roles.index(KEGIATAN) if roles.count(KEGIATAN) == 1 and INDIKATOR in roles else None
        # A value may stand in any value column: such a column is at least as wide as the widest value.
        widest_value = max((text_width(line) for line in body if _value(line)), default=0)
        self.bounds = [None if w is None else TOO_WIDE_FACTOR * max(w, floor, widest_value * (r in VALUE_COLUMNS))
                       for w, floor, r in zip(widths, floors, roles)]
        # the same for every line: worked out once
        self.line_widths = [text_width(line) for line in body]
        columns = range(len(roles))
        self.skips = [[self.skipped(b, c) for c in columns] for b in columns]

    def skipped(self, before: int, after: int) -> float:
        """What leaving empty the columns between a cell in `before` and the next one in `after`
        costs (`after` past the last column: the end of the row)."""
        if after > before:
            between = list(range(before + 1, after))
        else:  # a new row: the rest of this row, then the start of the next
            between = [*range(before + 1, len(self.roles)), *range(after)]
        return sum(W[f"blocks.missing.{self.roles[col]}"] for col in between)

    def fit(self, i: int, c: int) -> float:
        bound = self.bounds[c]
        return -W["blocks.too_wide"] if bound is not None and self.line_widths[i] > bound else 0.0

    def start(self, i: int, c: int) -> float:
        """Opening score of line i in column c. When the rows are numbered 1, 2, 3 ..., those
        lines and only those open No cells."""
        is_no, in_run = self.roles[c] == "no", i in self.numbered
        bonus = (W["blocks.numbered"] if is_no == in_run else -W["blocks.numbered"]) if self.numbered and (is_no or in_run) else 0.0
        if self.roles[c] == KEGIATAN and i + 1 < len(self.body) and FIRST_ITEM.match(self.body[i + 1]):
            bonus -= W["blocks.list_head"]
        return opening(self.roles[c], self.body[i]) + bonus + self.fit(i, c)

    def entry_of_row(self, before: int, col: int) -> bool:
        """Whether a cell of `col` opening after one of `before` is another Kegiatan entry of the
        same row: after a Kegiatan cell, or after a cell of a column right of the Kegiatan's."""
        if col == before:
            return self.roles[col] == KEGIATAN
        return col == self.kegiatan and before > col

    def steps(self, i: int) -> tuple[list[float], list[list[float]]]:
        """Scores of line i (i >= 1) given the column b of line i - 1: going on with the cell in b
        (goes[b]) or opening a cell in column c (opens[b][c])."""
        roles, line, mark, columns = self.roles, self.body[i], self.wrapped[i - 1], range(len(self.roles))
        # log P(the cell goes on) and log P(a new cell opens), from the cut log-odds per column
        by_width = {width: cut_score(self.body[i - 1], line, width) for width in set(self.widths)}  # columns share widths
        # the document's own entries, printed elsewhere at other widths
        phrase = W["blocks.phrase"] * self.phrases.cue(self.body[i - 1], line)
        cuts = [by_width[self.widths[b]] + phrase for b in columns]
        mark_score = 0.0 if mark is None else W["blocks.wrapped"] if mark else W["blocks.unwrapped"]
        turn = W["blocks.case_turn"] * case_turn(self.body[i - 1], line)  # between Kegiatan entries
        cuts = [d + mark_score + self.blank[i] + (turn if roles[b] == KEGIATAN else 0.0) for b, d in zip(columns, cuts)]
        value_tail = {"target": _value_tail(self.body[i - 1], line), "extra": _fund_tail(self.body[i - 1], line)}
        goes = [-_softplus(d) + going_on(roles[b], line) + self.fit(i, b) + value_tail.get(roles[b], 0.0)
                for b, d in zip(columns, cuts)]
        here = [self.start(i, c) for c in columns]
        entry = 0.0 if is_item(line) else W["blocks.entry"]  # another Kegiatan entry, on a sub-row of the row
        cut = [-_softplus(-d) for d in cuts]
        opens = [[cut[b] + here[c] - (entry if self.entry_of_row(b, c) else self.skips[b][c])
                  for c in columns] for b in columns]
        if i in self.parted:  # only a new row may open here
            goes = [d - PARTED for d in goes]
            opens = [[d - (PARTED if c > b or self.entry_of_row(b, c) else 0.0) for c, d in enumerate(row)]
                     for b, row in enumerate(opens)]
        return goes, opens

    def labels(self) -> list[tuple[int, bool, float]]:
        """(column, opens a cell, margin) of every line on the best reading. The margin is how far
        the best reading is ahead of the best one that puts the line in another column."""
        n, columns = len(self.body), range(len(self.roles))
        steps = [self.steps(i) for i in range(1, n)]
        # A first line in mid-sentence continues a row begun on the page before: the columns left
        # of it are not missing then. The last row mostly ends with the page: the columns after
        # its last cell are.
        carried = self.carries and self.body[0][:1].islower()
        first = [self.start(0, c) - (0.0 if carried else self.skipped(-1, c))
                 + (W["blocks.ran_on"] if carried and self.roles[c] in self.ran_on else 0.0) for c in columns]
        end = [-self.skipped(c, len(self.roles)) for c in columns]
        forward, back = [first], [[(c, True) for c in columns]]
        for goes, opens in steps:
            layer, pointers = [], []
            for c in columns:
                score, pointer = forward[-1][c] + goes[c], (c, False)  # a tie goes on with the cell
                for b in columns:
                    if forward[-1][b] + opens[b][c] > score:
                        score, pointer = forward[-1][b] + opens[b][c], (b, True)
                layer.append(score)
                pointers.append(pointer)
            forward.append(layer)
            back.append(pointers)
        after = [end]  # after[i][c]: the best the lines after line i add, with line i in column c
        for goes, opens in reversed(steps):
            after.append([max(after[-1][b] + goes[b], *(after[-1][c] + opens[b][c] for c in columns))
                          for b in columns])
        after.reverse()
        col = max(columns, key=lambda c: forward[-1][c] + end[c])
        path: list[tuple[int, bool, float]] = []
        for i in range(n - 1, -1, -1):
            totals = [forward[i][c] + after[i][c] for c in columns]
            margin = totals[col] - max((t for c, t in enumerate(totals) if c != col), default=math.inf)
            previous, opens_here = back[i][col]
            path.append((col, opens_here, margin))
            col = previous
        return path[::-1]

    def rows(self) -> list[_Row]:
        if not self.body:
            return []
        rows: list[_Row] = []
        previous = -1
        for index, ((col, opens, margin), line) in enumerate(zip(self.labels(), self.body)):
            if opens and (not rows or (col <= previous and not self.entry_of_row(previous, col))):
                rows.append(_Row(index))
            if opens:
                rows[-1].cells.setdefault(col, []).append(_Cell([line], confidence(margin)))
            else:
                cell = rows[-1].cells[col][-1]
                cell.lines.append(line)
                cell.certainty = min(cell.certainty, confidence(margin))
            rows[-1].cells[col][-1].runs_on = bool(self.wrapped[index])
            previous = col
        return rows
