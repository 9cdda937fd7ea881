"""Stream exports: cells one after another, the header line marking each page.

This module sorts the lines into pages, title and signature, learns each
column's printed width from the export itself, has `segment` find the cells
of every page, places the listed Sasaran cells with `assign`, and builds the
pages' tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rktparse.grid import BBox, ReaderNote, preview
from rktparse.readers.text.assign import Lexicon, assign
from rktparse.readers.text.lines import (
    AMOUNT,
    BRACKETED_NUMBER,
    DEFAULT_HEADER,
    INDIKATOR,
    KEGIATAN,
    SASARAN,
    Line,
    TargetSpan,
    fold_spaces,
    header_cells,
    header_names,
    header_role,
    is_count,
    is_satuan,
    is_title_line,
    learn_width,
    opens_signature,
    target_spans,
    text_width,
)
from rktparse.readers.text.page import NOTE_BELOW, PageOut, confidence, note
from rktparse.readers.text.segment import BodyLine, PageCells, PageParser
from rktparse.vocabulary.cues import CONNECTORS, first_word, is_fund_source, opener, opens_sasaran
from rktparse.vocabulary.furniture import is_page_furniture
from rktparse.vocabulary.targets import LEVEL_VALUE, STATE_VALUE, WORD_VALUE
from rktparse.vocabulary.text import CURRENCY_ALONE, figure_goes_on, wraps_inside_number

MAX_HEADER_LINES = 8  # a header wraps over this many lines at most
_NIP = re.compile(r"^NIP\b", re.IGNORECASE)
_FIGURE = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"  # '83', '97,1', '7.350'
_BARE_FIGURE = re.compile(rf"^{_FIGURE}%?$")  # ... '96%'
# A Kegiatan entry's list mark inside a line, before a capital or 'melakukan' ('74,8 1) Manajemen ...', 'Tepat
# waktu • Manajemen ...', '... Perangkat Daerah 2. Pendampingan ...'): the entry opens a cell there (a cut
# of no width: the line is parted before it)
_ITEM_INSIDE = re.compile(r"(?<=\S )(?:\d{1,2}[.)]|[a-z][.)]|[•\-]) (?=[A-Z]|melakukan |melaksanakan )")
_FIGURE_HEAD = re.compile(rf"^{_FIGURE}(?= [A-Z])")  # a figure opening a line before a capital
_UNIT_FIGURE = re.compile(rf"^(?P<unit>\S+) (?P<figure>{_FIGURE}\s?%?(?: \([^()]*\))?)(?= |$)")
_FIGURE_REST = re.compile(r"[\d.]+")  # a line of a broken figure's digits alone ('000', '3.000.000.00')
CUT_TARGET = 2.5  # how target-like a value must be (lines.target_spans) to be cut off its line: '14 unit' inside one
MAX_FREE_TARGET = 4  # words of a target printed as text ('Tersusun dan ditetapkan') on a line of values alone


@dataclass
class PageLines:
    """The lines of one printed page, sorted into table and surrounding text."""

    header: list[str] | None = None
    body: list[BodyLine] = field(default_factory=list)
    above: list[str] = field(default_factory=list)
    below: list[str] = field(default_factory=list)
    table_lines: list[Line] = field(default_factory=list)  # header and body, for the page's words


def _has_rows(lines: Sequence[Line]) -> bool:
    return any(span.strength >= 3.0 for line in lines for span in target_spans(line.text))


def _title_run(lines: Sequence[Line], from_end: bool) -> int:
    """How many lines at the start (or end) of `lines` form a title block."""
    order = reversed(lines) if from_end else iter(lines)
    count = 0
    for line in order:
        if not is_title_line(line.text):
            break
        count += 1
    return count


def split_pages(lines: Sequence[Line], heads: Sequence[int]) -> list[PageLines]:
    """Pages from header lines: a header opens a page unless the text after it has no rows,
    in which case it is the header of the page before, printed after that page's rows
    (page 1 of the Kupang export: rows, title, header, then the listed Sasaran cells)."""
    segments = [list(lines[: heads[0]])] + [
        list(lines[h + 1: heads[k + 1] if k + 1 < len(heads) else len(lines)]) for k, h in enumerate(heads)
    ]
    pages: list[PageLines] = []
    pending_title: list[str] = []
    for k, segment in enumerate(segments):
        header = header_cells(lines[heads[k - 1]].text) if k else None
        lead = _title_run(segment, from_end=False) if k == 0 or not pages else 0
        rest = segment[lead:]
        trail = _title_run(rest, from_end=True) if k + 1 < len(segments) else 0
        title = [line.text for line in segment[:lead]] + pending_title
        body, pending_title = rest[: len(rest) - trail], [line.text for line in rest[len(rest) - trail:]]
        if _has_rows(body) or not pages:
            page = PageLines(header=header)
            pages.append(page)
        else:
            page = pages[-1]
            page.header = page.header or header
        page.above += title
        if header is not None:
            page.table_lines.append(lines[heads[k - 1]])
        page.body += [BodyLine(line, hard=n == 0 and bool(page.body)) for n, line in enumerate(body)]
        page.table_lines += body
    last = pages[-1]
    last.above += pending_title
    _split_signature(last)
    return pages


def _split_signature(page: PageLines) -> None:
    """Move the signature block after the page's last row into `below`."""
    rows_end = max((n for n, b in enumerate(page.body) if _has_rows([b.line])), default=-1)
    for n in range(rows_end + 1, len(page.body)):
        if opens_signature(page.body[n].line.text):
            page.below = [b.line.text for b in page.body[n:]]
            moved = {b.line.number for b in page.body[n:]}
            page.body = page.body[:n]
            page.table_lines = [line for line in page.table_lines if line.number not in moved]
            return


# --- the document ---------------------------------------------------------------------


def _blank_rhythm(lines: Sequence[Line]) -> bool:
    """Whether this export separates the lines of a cell by blank lines (then a line right
    under another one starts a new cell)."""
    return sum(not line.tight for line in lines[1:]) >= 0.5 * max(len(lines) - 1, 1)


def _column_cells(cells: PageCells) -> dict[str, list[list[str]]]:
    columns: dict[str, list[list[str]]] = {SASARAN: [], INDIKATOR: [], KEGIATAN: []}
    for row in cells.rows:
        columns[SASARAN].append(row.sasaran)
        columns[INDIKATOR].append(row.indikator)
        columns[KEGIATAN].append(row.kegiatan)
    columns[SASARAN] += cells.listed
    return columns


def _parse_pages(pages: Sequence[PageLines], rhythm: bool) -> list[PageCells]:
    """Find the cells twice: first, quickly (every target-like value taken as a target), with
    one width for all columns; then with each column's own width, learnt from how the first
    reading's cells wrapped."""
    widths = sorted(text_width(b.line.text) for page in pages for b in page.body) or [1]
    common = float(widths[int(0.9 * (len(widths) - 1))])
    guess = dict.fromkeys((SASARAN, INDIKATOR, KEGIATAN), common)
    first = [PageParser(page.body, guess, rhythm, skip=0).parse() for page in pages]
    learnt = {column: learn_width([cell for cells in first for cell in _column_cells(cells)[column] if cell])
              for column in guess}
    widths_by_column = {column: learnt[column] or common for column in guess}
    return [PageParser(page.body, widths_by_column, rhythm).parse() for page in pages]


def _row_text(row_indikator: Sequence[str], row_kegiatan: Sequence[str]) -> str:
    """What a row says about its topic: its indikator and kegiatan."""
    return " ".join([*row_indikator, *row_kegiatan])


def stream_columns(names: Sequence[str]) -> bool:
    """Whether a header names the columns the stream search reads: Sasaran, Indikator, Target, Kegiatan."""
    return [header_role(name) for name in names] == [SASARAN, INDIKATOR, "target", KEGIATAN]


def _header_at(lines: Sequence[str], start: int) -> int:
    """How many lines from `start` form a header (0: none)."""
    if not header_role(lines[start].split(" ", 1)[0]):
        return 0  # a header opens with a word naming a role: told once, not for every count of lines
    # the column numbers under a header ('(1) (2) (3)') are no part of its names ('TARGET (1) (2) (3)')
    most = next((n for n, line in enumerate(lines[start:start + MAX_HEADER_LINES]) if _column_numbers(line)),
                min(MAX_HEADER_LINES, len(lines) - start))
    for count in range(most, 0, -1):
        if header_names(lines[start:start + count]):
            return count
    return 0


def _column_numbers(line: str) -> bool:
    """'(1) (2) (3) (4)': the numbers printed under a header's names."""
    return bool(line) and all(BRACKETED_NUMBER.match(word) for word in line.split())


def _cut_spans(line: str, roles: Sequence[str | None] = ()) -> list[TargetSpan]:
    """The values a line is cut at, in order: target-like ones ('14 unit' inside a line), figures standing
    next to another value ('65,74 86,37', 'WTP 78': the cells of a Kondisi Awal and a Target column side
    by side), which a bare figure alone is too weak to be cut at, and Rupiah amounts wherever they stand
    ('Rp 450.000.000 Rapat pleno ...': a target or an Anggaran beside a Kegiatan)."""
    levels = [TargetSpan(m.start(), m.end(), CUT_TARGET, False) for m in LEVEL_VALUE.finditer(line)]
    spans = sorted(levels + [span for span in target_spans(line) if not any(level.start <= span.start < level.end
                                                                            for level in levels)],
                   key=lambda span: span.start)
    beside = {n for n, (a, b) in enumerate(zip(spans, spans[1:])) if b.start == a.end + 1}
    beside |= {n + 1 for n in beside}
    amounts = [TargetSpan(m.start(), m.end(), CUT_TARGET, False) for m in AMOUNT.finditer(line)]
    cut = amounts + [span for n, span in enumerate(spans) if (span.strength >= CUT_TARGET or n in beside)
                     and not any(a.start <= span.start < a.end for a in amounts)]
    if not cut:
        cut = _trailing_values(line, roles) or _unit_and_figure(line, roles) or _values_line(line, roles) \
            or _decimal_head(line, roles)
    elif _satuan_then_target(roles):
        cut += [unit for span in cut if (unit := _unit_before(line, span))]  # '... lalu lintas Dokumen A (70-75)'
    if "kegiatan" in roles:
        cut += [TargetSpan(m.start(), m.start(), CUT_TARGET, False) for m in _ITEM_INSIDE.finditer(line)]
    return sorted(cut, key=lambda span: span.start)


def _satuan_then_target(roles: Sequence[str | None]) -> bool:
    """Whether the header prints a Satuan column right before the Target."""
    return "target" in roles and roles.index("target") > 0 and roles[roles.index("target") - 1] == "satuan"


def _unit_before(line: str, span: TargetSpan) -> TargetSpan | None:
    """The Satuan's word printed right before a target cut off the line, as a span of its own."""
    head = line[:span.start].rstrip()
    word = head.rsplit(" ", 1)[-1]
    if not word or not is_satuan(word) or len(head) == len(word):
        return None
    return TargetSpan(len(head) - len(word), len(head), CUT_TARGET, True)


def _unit_and_figure(line: str, roles: Sequence[str | None]) -> list[TargetSpan]:
    """A line opening with a Satuan's word and the target's figure beside it ('Indeks 60,4', 'Unit 34.802'
    over its unit 'sekolah', 'Orang 18 (240 Temuan)') where the header prints Satuan then Target: a bare
    figure is too weak a value to be cut at, but a Satuan's word never opens a Kegiatan or goes on with one."""
    match = _UNIT_FIGURE.match(line)
    if not _satuan_then_target(roles) or match is None or not is_satuan(match["unit"]):
        return []
    return [TargetSpan(0, match.end("unit"), CUT_TARGET, True), TargetSpan(match.start("figure"), match.end(), CUT_TARGET, True)]


def _decimal_head(line: str, roles: Sequence[str | None]) -> list[TargetSpan]:
    """A decimal figure opening a line before a capital ('93,93 Pembangunan Sistem ...', development seed
    8): a target or a Kondisi Awal beside the cell that goes on after it; a count's unit follows a whole
    figure ('7 Puskesmas'), never a decimal."""
    match = _FIGURE_HEAD.match(line)
    return [TargetSpan(0, match.end(), CUT_TARGET, True)] if match and "," in match[0] and "target" in roles else []


def _values_line(line: str, roles: Sequence[str | None]) -> list[TargetSpan]:
    """A line of a row's values alone, its target a text ('Dokumen Kategori Baik Dana Desa' under 'Satuan
    Target Keterangan'): a Satuan's word, a few words, and a source of funds closing it where the header
    prints a column after the Target. The Satuan and the source are cut off; what is left is the target."""
    words = line.split()
    if not _satuan_then_target(roles) or roles[-1] == "target" or not words or not is_satuan(words[0]):
        return []
    fund = next((n for n in range(2, len(words)) if is_fund_source(" ".join(words[n:]))), None)
    if fund is None or fund - 1 > MAX_FREE_TARGET:
        return []
    unit_end = len(words[0])
    fund_start = len(" ".join(words[:fund])) + 1
    return [TargetSpan(0, unit_end, CUT_TARGET, True), TargetSpan(unit_end + 1, fund_start - 1, CUT_TARGET, False)]


def _trailing_values(line: str, roles: Sequence[str | None]) -> list[TargetSpan]:
    """The target ending a line that opens like an indikator ('Tingkat panjang saluran yang dibangun 44.044
    ton', 'Indeks balita gizi buruk yang mendapat perawatan 83'), and its unit before it where the header
    prints a Satuan column before the Target ('... perawatan Orang 83'): the cells printed beside the
    indikator. Not after a connector ('... di 24 kecamatan': a Kegiatan's words); a bare figure only where
    the header has a Target column."""
    words = line.split()
    if len(words) < 4 or opener(first_word(line)) != INDIKATOR and _indikator_at(line) is None:
        return []
    count = " ".join(words[-2:])
    if is_count(count) and words[-3].lower() not in CONNECTORS:
        return [TargetSpan(len(line) - len(count), len(line), CUT_TARGET, False)]
    if "target" in roles and (worded := _worded_target(words)):
        return [TargetSpan(len(line) - len(worded), len(line), CUT_TARGET, False)]
    if "target" not in roles or not _BARE_FIGURE.match(words[-1]) or words[-2].lower() in CONNECTORS:
        return []
    target = TargetSpan(len(line) - len(words[-1]), len(line), CUT_TARGET, True)
    unit = _unit_before(line, target) if _satuan_then_target(roles) else None
    return [unit, target] if unit else [target]


def _worded_target(words: list[str]) -> str:
    """A target in words ending an indikator's line ('... yang dibina (%) Terlaksana', '... tepat waktu
    Tepat waktu'), of two words or more or a state reached, after no connective ('Program Yang
    Terlaksana' is an indikator); not a lone rating ('... Dalam Kondisi Baik' is one too)."""
    for size in range(min(4, len(words) - 3), 0, -1):
        tail = " ".join(words[-size:])
        if (WORD_VALUE.fullmatch(tail) if size > 1 else STATE_VALUE.fullmatch(tail)) \
                and words[-size - 1].lower() not in CONNECTORS:
            return tail
    return ""


def _stream_role(name: str) -> str | None:
    """A header name's role, a Satuan column told from the other extras (its cells are cut off a line)."""
    return "satuan" if name.lower().startswith("satuan") else header_role(name)


def _leading_no(line: str, expected: int, first: bool = False) -> str | None:
    """The row's number opening a line ('2 Terlaksananya kesejahteraan ...', '3. Persentase ...') where the
    header opens with a No column: the next number of the rows' sequence, before a Sasaran's or an
    indikator's first word (not a Kegiatan's list: '1. Pengawasan teknis ...'), or before any capital on
    the `first` line under the header ('1 Penyusunan produk', where no list can have begun)."""
    head, _, rest = line.partition(" ")
    word = first_word(rest)
    if head.rstrip(".") != str(expected) or not (opens_sasaran(word) or opener(word) == INDIKATOR
                                                  or first and rest[:1].isupper()):
        return None
    return head


def stream_to_blocks(text: str) -> str:
    """A stream export as a blocks export, for tables with other columns (No, Misi, Satuan, ...):
    a header's names one per line, column numbers '(1) (2) (3)' one per line, a row's number (under
    a No column) cut off the line it opens, and a line holding a target value cut before and after
    it (a stream export prints the cells beside a target on its line; `_cut_spans` says which values). Trailing spaces, the wrap marks of some exporters, are kept."""
    raws = [raw for page in text.split("\f") for raw in [*page.splitlines(), "\f"]][:-1]  # page breaks pass through
    folded = [fold_spaces(raw) for raw in raws]
    out: list[str] = []
    roles: list[str | None] = []
    index, next_no, first, table = 0, 1, False, 0
    while index < len(raws):
        raw, line = raws[index], folded[index]
        if count := _header_at(folded, index) if line else 0:
            names = header_names(folded[index:index + count]) or []
            if roles and "\f" not in text:
                _part_documents(out, table)
            roles = [_stream_role(name) for name in names]
            out += names
            table = len(out)
            index += count
            first = True  # the row under a header may number from 1 again (another table's)
            continue
        index += 1
        if roles[:1] == ["no"] and line and not _column_numbers(line):
            restart, first = first and line.split(" ", 1)[0].rstrip(".") == "1", False
            next_no = 1 if restart else next_no
            if line.rstrip(".") == str(next_no):  # the number on a line of its own
                out.append(line)
                next_no += 1
                continue
            if numbered := _leading_no(line, next_no, restart):
                out.append(numbered)
                line, raw = line[len(numbered):].lstrip(), raw.lstrip()[len(numbered):].lstrip()
                next_no += 1
        if _column_numbers(line):
            out += line.split()
            continue
        if _NIP.match(line):
            out.append(raw)  # 'NIP. 19770114 200606 2 020': its digit groups are no cells side by side
            continue
        pieces, pos = [], 0
        for span in _cut_spans(line, roles):
            if span.start >= pos:
                pieces += [line[pos:span.start].strip(), line[span.start:span.end]]
                pos = span.end
        if not pos:
            head, _, last = line.rpartition(" ")
            following = folded[index] if index < len(folded) else ""
            # 'angka kapabilitas APIP Rp' / '447.000.000.': a target's currency printed on the
            # indikator's line, its figure on the next
            cut = head and CURRENCY_ALONE.fullmatch(last) and figure_goes_on(last, following)
            out += [head, last] if cut else [raw]
            continue
        tail = line[pos:].strip()
        pieces = [*_sasaran_and_indikator(pieces[0]), *pieces[1:]]
        out += [piece for piece in pieces if piece] + ([tail + (" " if raw.endswith(" ") else "")] if tail else [])
    return "\n".join(out)


def _part_documents(out: list[str], table: int) -> None:
    """Put back the page break an export without any lost before the next document of a file joining
    several (PKs of each section head): its title, in capitals right before the next table's header,
    after the signature block closing the table before (whose body begins at `out[table]`). The file's
    documents are then told apart on their pages, as a PDF's are."""
    start = len(out)
    while start > table and (not out[start - 1].strip() or is_title_line(fold_spaces(out[start - 1]))):
        start -= 1
    titled = any(line.strip() for line in out[start:])
    if titled and any(opens_signature(fold_spaces(line)) for line in out[table:start]):
        out.insert(start, "\f")


def _sasaran_and_indikator(text: str) -> list[str]:
    """A row's one-line Sasaran and indikator printed side by side before its target ('Meningkatnya
    akses ... yang akuntabel Jumlah Ruang Kelas ...'), parted where a capital opening an indikator
    follows a word in small letters (`_indikator_at`); else the text whole."""
    at = _indikator_at(text)
    return [text] if at is None else [text[:at].rstrip(), text[at:]]


def _indikator_at(text: str) -> int | None:
    """Where an indikator opens inside a text that opens a Sasaran: a word in capitals that opens
    an indikator ('Jumlah', 'Persentase') after a word in small letters that is no connective. A
    Sasaran in Title Case ('Meningkatnya Nilai Tukar Petani') is never parted: its words cannot tell."""
    words = text.split(" ")
    if len(words) < 4 or not opens_sasaran(first_word(text)):
        return None
    for k in range(2, len(words) - 1):
        before, word = words[k - 1], words[k]
        if word[:1].isupper() and opener(word) == INDIKATOR and before.lower() not in CONNECTORS \
                and (before[:1].islower() or _acronym_after_small_words(words[1:k])):
            return len(" ".join(words[:k])) + 1
    return None


def _acronym_after_small_words(words: list[str]) -> bool:
    """Whether the last of `words` is an acronym ('ASN', 'OPD') ending words of which one in small letters is
    no connective: a Sasaran in sentence case ('... dalam manajemen ASN'), which an acronym ends as a small
    word would; in Title Case ('Meningkatnya Kinerja ASN ...') the words cannot tell."""
    last = words[-1]
    return len(last) > 1 and last.isupper() and last.isalpha() \
        and any(word[:1].islower() and word.lower() not in CONNECTORS for word in words[:-1])


def stream_header(lines: Sequence[str]) -> list[str] | None:
    """The first header of the text that the stream search does not read (other columns, or wrapped
    over lines), if any."""
    for index, line in enumerate(lines):
        count = _header_at(lines, index) if line else 0
        names = header_names(lines[index:index + count]) if count else None
        if names and (count > 1 or not stream_columns(names)):
            return names
    return None


def read_stream(lines: Sequence[Line]) -> tuple[list[PageOut], list[ReaderNote]]:
    """The pages of a stream export; no pages when no line is a table header."""
    # 'Halaman 2' is page furniture, not table text ('2' alone might be a target: it stays)
    lines = [line for line in lines if not (is_page_furniture(line.text) and any(c.isalpha() for c in line.text))]
    # the column numbers printed under a header ('(1) (2) (3) (4)') are no row's text
    lines = [line for n, line in enumerate(lines) if not (n and _column_numbers(line.text) and header_cells(lines[n - 1].text))]
    lines = _figures_joined(lines)
    heads = [n for n, line in enumerate(lines) if header_cells(line.text)]
    if not heads:
        return [], []
    pages = split_pages(lines, heads)
    parsed = _parse_pages(pages, _blank_rhythm(lines))
    texts = [_row_text(r.indikator, r.kegiatan) for cells in parsed for r in cells.rows]
    lexicon = Lexicon(texts + [" ".join(cell) for cells in parsed for cell in cells.listed])
    header = next((p.header for p in pages if p.header), DEFAULT_HEADER)
    notes: list[ReaderNote] = []
    outs = []
    for number, (page, cells) in enumerate(zip(pages, parsed), start=1):
        words = [w for line in page.table_lines for w in line.text.split()]
        out = PageOut(number, [[name] for name in page.header or header], words=words, above=page.above,
                      below=page.below)
        _listed(out, cells, _rows(out, cells, notes), lexicon, notes)
        outs.append(out)
    return outs, notes


def _figures_joined(lines: Sequence[Line]) -> list[Line]:
    """The lines with a figure a narrow Target column broke joined again: a line of the figure's rest alone
    goes on with the line that left it open ('... Harapan Rp' / '3.000.000.00' / '0', development seed 3187:
    the indikator had kept 'Rp 3.000.000.00' and the target was '0'). Where the row's other cells print beside
    the pieces, no line is the rest alone, and they stay as printed."""
    joined: list[Line] = []
    for line in lines:
        before = joined[-1].text if joined else ""
        currency = bool(CURRENCY_ALONE.fullmatch(before.rsplit(" ", 1)[-1]))
        if before and _FIGURE_REST.fullmatch(line.text) and (currency or wraps_inside_number(before, line.text)):
            space = " " if currency else ""
            joined[-1] = replace(joined[-1], text=before + space + line.text, raw=joined[-1].raw + space + line.text)
        else:
            joined.append(line)
    return joined


def _rows(out: PageOut, cells: PageCells, notes: list[ReaderNote]) -> list[BBox | None]:
    """Sasaran of one row, indikator, target and kegiatan cells; a boundary decided by a small
    margin lowers the confidence of the cells on both sides of it, and a note names both rows.
    Returns each row's indikator box."""
    names: list[BBox | None] = []
    for r, row in enumerate(cells.rows):
        certainty = confidence(row.margin)
        after = confidence(cells.rows[r + 1].margin) if r + 1 < len(cells.rows) else 1.0
        out.add(row.sasaran, r, 0, certainty=certainty)
        names.append(out.add(row.indikator, r, 1, certainty=certainty))
        out.add(row.target, r, 2)
        out.add(row.kegiatan, r, 3, certainty=after)
        if certainty < NOTE_BELOW:
            before = f"the kegiatan of '{preview(cells.rows[r - 1].indikator)}' and " if r else ""
            note(notes, "text-cell-boundary",
                 f"page {out.page}: the boundaries between {before}the cells of the row "
                 f"'{preview(row.indikator)}' are uncertain (confidence {certainty:.2f})", out.page,
                 names[-1], *names[-2:-1])
    return names


def _listed(out: PageOut, cells: PageCells, names: list[BBox | None], lexicon: Lexicon,
            notes: list[ReaderNote]) -> None:
    """Place the listed Sasaran cells on the rows without a Sasaran of their own (`names`: each
    row's indikator box, for notes on rows)."""
    rows = cells.rows
    result = assign([_row_text(r.indikator, r.kegiatan) for r in rows], [not r.sasaran for r in rows],
                    [" ".join(lines) for lines in cells.listed], lexicon)
    if result.bounded:
        note(notes, "text-page-too-large", f"page {out.page}: too many listed Sasaran cells to try every "
             "placement; they were placed in the order of the rows they resemble most", out.page,
             *(names[g.first] for g in result.groups))
    for group in result.groups:
        lines = cells.listed[group.cell]
        margin = confidence(cells.listed_margins[group.cell])
        box = out.add(lines, group.first, 0, row_span=group.span, certainty=min(group.confidence, margin))
        if margin < NOTE_BELOW:  # the first cell begins where the last row's kegiatan ends: that row too
            note(notes, "text-cell-boundary", f"page {out.page}: where the listed Sasaran cell "
                 f"'{preview(lines)}' begins and ends is uncertain (confidence {margin:.2f})", out.page, box,
                 *(names[-1:] if group.cell == 0 else ()))
        if group.confidence < NOTE_BELOW:
            last = rows[group.first + group.span - 1]
            note(notes, "text-sasaran-assignment",
                 f"page {out.page}: Sasaran '{preview(lines)}' was placed on the rows "
                 f"'{preview(rows[group.first].indikator)}' .. '{preview(last.indikator)}' "
                 f"with confidence {group.confidence:.2f}", out.page, box)
    placed = {group.cell for group in result.groups}
    for index, lines in enumerate(cells.listed):
        if index not in placed:  # the first may be the rest of the last row's kegiatan (a list going on)
            note(notes, "text-sasaran-unplaced",
                 f"page {out.page}: no rows were left for the listed Sasaran '{preview(lines)}'", out.page,
                 *(names[r] for r in result.stray), *(names[-1:] if index == 0 else ()))
    for r in result.stray:
        note(notes, "text-sasaran-missing", f"page {out.page}: no Sasaran cell was found for the row "
             f"'{preview(rows[r].indikator)}'; it continues the Sasaran before it", out.page, names[r])
