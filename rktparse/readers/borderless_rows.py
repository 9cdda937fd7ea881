"""Rows and cells of a table without vertical rules, from where its text blocks start.

A column's printed lines form blocks: a block ends at vertical whitespace wider
than the table's line spacing, at a horizontal rule across the column, or
before a numbered item ("1.", "2)") in a row-opening column. Rows start where
a block starts in an indikator, target or kegiatan column, and at rules
between rows. The other columns follow: a Misi / Tujuan / Sasaran / No block
spans the rows it stands beside (top-aligned: down to the next block; centred:
the rows it is centred on; between rules: the rows the rules enclose), and
the blocks of any other column are cut at the row starts, one cell per row.
The assembler then fills merged cells down and joins a row's pieces.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rktparse.grid import BBox, Cell, preview
from rktparse.readers.pdf_words import Line, Word, words_to_lines
from rktparse.vocabulary.cues import (
    CONNECTORS,
    DOING,
    INDIKATOR,
    KEGIATAN,
    SASARAN,
    capital_cue,
    first_word,
    is_fund_source,
    may_open,
    opener,
    opens_sasaran,
)
from rktparse.vocabulary.headers import Role, column_numbers_read, holds_value, is_bullet, is_numbering, names_column
from rktparse.vocabulary.phrases import Phrases
from rktparse.vocabulary.text import CURRENCY_ALONE, WORD_HYPHEN_END, wraps_inside_number

OPENING = (Role.INDIKATOR, Role.TARGET, Role.KEGIATAN)
LEVELS = (Role.NO, Role.MISI, Role.TUJUAN, Role.SASARAN)
HIERARCHY = (Role.MISI, Role.TUJUAN, Role.SASARAN)  # each level's cells nest in the one before
NOT_A_ROW_START = 1000.0  # points: more than any page is high

BLOCK_GAP = 1.2  # a line pitch this many times the table's line spacing starts a new block
LOOSE = 1.4  # line spacing (in line heights) at which even lines may each be a row
MIN_PITCH = 0.8  # lines closer (in line heights) are not two wrapped lines of one cell
HEADER_WRAPS = 2  # lines a header cell may wrap to below the lines that name the columns
WRAP_GAP = 1.2  # and their pitch: a header's padding may be small, the body's first line is apart
NAME_WRAP_GAP = 1.5  # the pitch of a line ending a column name the line above begins ('KONDISI' / 'AWAL'): a
# header set larger than the body stands further apart (reporting scan 1000237: 1.15)
SAME_ROW = 0.5  # how far (in line heights) above its first line a row starts
ALIGNED = 0.25  # a level block this close (in line heights) to its row's top is top-aligned
CENTRED_FIT = 0.5  # and one this close to its rows' middle is centred beside them (row cuts are approximate)
SPAN_MARGIN = 0.5  # line heights: two centred cells' rows split by less than this are flagged
RULE_COVER = 0.5  # a rule across this share of a column separates the column's cells
HEADING_GAP = 0.5  # widest gap (in line heights) between two words of one piece of text (cells are further apart)
HEADING_CENTRED = 0.05  # a centred heading's middle is this share of the table's width from the table's
CENTRED = 1.0  # a header's wrapped line is centred under it within this many line heights
MEASURE = 0.8  # share of a column's width its text surely may fill
WRAP_ON = 1.6  # a cell's wrapped line stands at most this many line heights under the line before
SPACE = 0.3  # a space's width, in line heights (a little over a real one, to stay on the safe side)
APART = 0.9  # a level line this many line pitches from every other column's line is a row of its own
GLYPH_STRAY = 0.08  # line heights a printed glyph box's top may stand over another's of its line (pdfium)
PADDED = 0.1  # a pitch this much (in line heights) over a column's usual one holds two cells' padding
JITTERS = 2.0  # ... and this many times the page's word-top jitter (a scan's word boxes)


class Rule(NamedTuple):
    """A horizontal rule: y, and where it starts and ends."""

    y: float
    x0: float
    x1: float


class Block(NamedTuple):
    """Lines of one column printed together."""

    lines: list[Line]

    # Lines run by their middles: a taller line's top may stand above the top of the line before.
    @property
    def top(self) -> float:
        return min(line.top for line in self.lines)

    @property
    def last_top(self) -> float:
        return max(line.top for line in self.lines)

    @property
    def centre(self) -> float:
        return (self.top + max(line.bottom for line in self.lines)) / 2


class Body(NamedTuple):
    """What the rows are built from: columns, their roles, the body's words and rules."""

    xs: list[float]
    roles: list[Role | None]
    words: list[Word]
    rules: list[Rule]
    top: float  # where the body starts (the header's bottom)
    bottom: float  # where the table ends
    height: float  # a text line's height


def parted(rules: list[Rule], words: list[Word], height: float) -> list[Rule]:
    """The rules, top to bottom, each where it parts rows: above the words packed under it whose
    glyph boxes reach a hair above it (their middle is below the rule)."""
    words = sorted(words, key=lambda w: w.top)
    tops = [w.top for w in words]

    def parting(rule: Rule) -> Rule:
        near = words[bisect_left(tops, rule.y - 2 * height):bisect_left(tops, rule.y)]
        over = [w.top for w in near if rule.y < (w.top + w.bottom) / 2 and w.x0 < rule.x1 and rule.x0 < w.x1]
        return rule._replace(y=min(over)) if over else rule

    return sorted(map(parting, rules))


def crosses(rule: Rule, x0: float, x1: float) -> bool:
    return min(rule.x1, x1) - max(rule.x0, x0) >= RULE_COVER * (x1 - x0)


def is_item(line: Line) -> bool:
    """A line opening an item of a list: '1.', '2)', 'a.' (not a bare number, which may be a value),
    or a marker ('•', '-') with words after it (alone, '-' is an empty value)."""
    first = line.words[0].text
    return first[-1] in ".)" and is_numbering(first) or len(line.words) > 1 and is_bullet(first)


def column_lines(words: list[Word], xs: list[float]) -> list[list[Line]]:
    """Each column's lines, top to bottom, from the words whose centre falls in it; a currency goes
    with its amount ('Rp 46.000.000.00', centred in a narrow column, overflows it to the left)."""
    amounts = amounts_after_currency(words)
    per_column: list[list[Word]] = [[] for _ in xs[1:]]
    for word in words:
        anchor = amounts.get(id(word), word)
        col = bisect_right(xs, (anchor.x0 + anchor.x1) / 2) - 1
        per_column[min(max(col, 0), len(per_column) - 1)].append(word)
    return [words_to_lines(column) for column in per_column]


def amounts_after_currency(words: list[Word]) -> dict[int, Word]:
    """The amount each currency word ('Rp') is printed with: the figure starting right after it, a
    space or less away, on its line (keyed by the currency word's id)."""
    figures: dict[int, list[Word]] = {}
    for word in words:
        if word.text[:1].isdigit():
            figures.setdefault(round(word.top), []).append(word)
    found: dict[int, Word] = {}
    for word in words:
        if CURRENCY_ALONE.fullmatch(word.text):
            height = word.bottom - word.top
            found |= {id(word): figure for key in (round(word.top) - 1, round(word.top), round(word.top) + 1)
                      for figure in figures.get(key, []) if 0 <= figure.x0 - word.x1 <= height}
    return found


def header_wraps(header: list[Word], body: list[Word], xs: list[float], height: float,
                 least_pitch: float = 0.0) -> list[Word]:
    """Words of `body` that wrap a header cell: in its column, right under it at the line spacing,
    taken as `least_pitch` at least (a scan's: its ink boxes stand closer than the font's pitch)."""
    header_ids = {id(w) for w in header}
    columns = column_lines(header + body, xs)
    spacing = max(line_spacing(columns, height)[0], least_pitch)
    wraps: list[Line] = []
    body_top = float("inf")  # the first line known to be the body's
    for col, lines in enumerate(columns):
        last = max((i for i, line in enumerate(lines) if id(line.words[0]) in header_ids), default=None)
        if last is None:
            continue
        # (the table's left edge is the body's: other column bounds stand in gutters, not at text)
        flush = [col == 0 and line.words[0].x0 - xs[0] < SPACE * height for line in lines]
        for k, (prev, line) in enumerate(zip(lines[last:], lines[last + 1:])):
            # headers are centred, so a left-aligned line right under one is the body packed close
            # (a long one may be centred by chance: then it starts at the table's left edge, unless it
            # keeps the header's capitals: 'SASARAN' / 'STRATEGIS' filling a narrow column)
            # (fill tells nothing here: headers break where their writer chose, 'Target' / 'Tahun 2025')
            pitch = NAME_WRAP_GAP if completes_name(prev, line) else WRAP_GAP
            if k == HEADER_WRAPS or line.top - prev.top > pitch * spacing \
                    or abs(centre_x(line) - centre_x(prev)) > CENTRED * height or lower_under_capitals(prev, line) \
                    or flush[last + k + 1] and not flush[last + k] and not (prev.text.isupper() and line.text.isupper()):
                body_top = min(body_top, line.top)
                break
            wraps.append(line)
    # a value, a numbered item or a cell's sentence belongs to the body, and so does its line in every column
    body_top = min([body_top] + [line.top for line in wraps if holds_value(line.text) or is_item(line)
                                 or opens_cell(line)])
    # the header is a row: the body starts below all of it, so no wrap stands level with a body line
    wraps = [line for line in wraps if line.top < body_top - ALIGNED * height]
    # a column with no header line above: its header cell centred on the taller header row ('NO.')
    lowest = max([w.top for w in header] + [line.top for line in wraps])
    wraps += [line for lines in columns if not any(id(line.words[0]) in header_ids for line in lines)
              for line in lines if line.top <= lowest + ALIGNED * height and line.top < body_top - ALIGNED * height]
    return [w for line in wraps for w in line.words]


def opens_cell(line: Line) -> bool:
    """Whether a line reads as a cell's sentence, not a header name's wrap: four words or more, some in
    small letters, opening with a cell's cue word ('Cakupan TPS yang melaksanakan ...' centred by chance
    under 'Indikator', reporting seed 1,000,722: the first row was read into the header, silently)."""
    words = line.text.split()
    return len(words) >= 4 and any(word[:1].islower() for word in words) and opener(first_word(line.text)) is not None


def completes_name(upper: Line, line: Line) -> bool:
    """Whether the line ends a column name that the line above begins: the two read as a name the
    vocabulary knows, the upper alone as none ('KONDISI' / 'AWAL')."""
    return not names_column(upper.text) and names_column(f"{upper.text} {line.text}")


def lower_under_capitals(upper: Line, line: Line) -> bool:
    """A line in small letters under a header line in capitals: a header cell keeps its case, so
    this is the body ('Urusan Pemerintahan Wajib' under 'SASARAN PROGRAM')."""
    return upper.text.isupper() and any(ch.islower() for ch in line.text)


_TALL = re.compile(r"[A-Z0-9bdfhkl(/%]")  # glyphs that reach a line's top (a capital's height; a "t" falls short)


def line_spacing(columns: list[list[Line]], height: float) -> tuple[float, bool]:
    """The pitch of lines wrapped in one cell, and whether every pitch is about that (no gaps)."""
    # a line boxed by its ink without a tall glyph ('menurunnya', a dash for an empty value) tops
    # out below its line's top, nearer the next line than any wrap
    tall = [[line for line in lines if not inked(line) or _TALL.search(line.text)] for lines in columns]
    pitches = [b.top - a.top for lines in tall for a, b in zip(lines, lines[1:])
               if b.top - a.top >= MIN_PITCH * height]
    if not pitches:
        return float("inf"), True
    return min(pitches), max(pitches) <= BLOCK_GAP * min(pitches)


@dataclass
class Style:
    """How a table's cells stand in their rows, as its pages so far showed it: kept for later
    pages, where one page alone may not tell."""

    centred: bool = False  # level cells centred beside their rows, below their top
    top: bool = False  # level cells set at the top of their rows: each began with its row, one ended well above the next
    wrapped: bool = False  # lines wrapped inside cells at the line pitch, rows parted by wider gaps


def split_blocks(body: Body, columns: list[list[Line]], seen: Style
                 ) -> tuple[list[list[Block]], set[int], Style]:
    """Each column's blocks, top to bottom; the ids of the lines a level block was unsure to run on
    over; and how this page and the table's pages before (`seen`) set their cells.

    Besides gaps, rules and numbered items, a line whose first word would have
    fitted on the line above starts a block: a writer wraps only what does not
    fit, so the line above ended its paragraph (cells packed with no padding
    between them still part there). In a level column such a line must also
    stand beside a row's start, since a level cell begins with its row.
    A level line beside an indikator's first line that opens a sentence and
    would not have fitted above runs on, but is doubtful: packed cells leave
    no gap between a cell and the next. Level cells and Kegiatan paragraphs
    also part where the pitch grows by their padding or paragraph spacing. An
    indikator line opening with a measure word ('Jumlah', 'Capaian', 'angka')
    beside a target line that may open a target (a capital or a figure) starts a
    row (rows packed with no gap); without one beside it, it runs on, but is
    doubtful.
    """
    spacing, even = line_spacing(columns, body.height)
    opening = opening_columns(body.roles)
    items = any(is_item(line) for col in opening for line in columns[col])
    # Evenly spaced loose lines without numbering give no sign of wrapping: each is a row, unless
    # the table's pages before wrapped lines at this pitch (a page holding one wrapped row is even).
    every_line = even and spacing > LOOSE * body.height and not items and not seen.wrapped
    blocks: list[list[Block]] = [[] for _ in columns]
    doubtful: set[int] = set()
    phrases = Phrases.of([line.text for column in columns for line in column])
    jitter = JITTERS * top_jitter(columns)
    # indikator first: a row starts below all of the row before, so a line level with an
    # indikator's first line opens a cell in every other column; then the other opening
    # columns, then the levels, which open only beside a row's start
    order = sorted(range(len(columns)), key=lambda col: (body.roles[col] is not Role.INDIKATOR, col not in opening))
    # a paragraph starting in a column of other values (Satuan: 'Kali' under 'Kali'), a whole figure
    # under another (Anggaran: '416.000.000' / '49.940.000.000'), or a source of funds under another
    # (Keterangan: 'Dana Desa' / 'Dana Desa', each filling its line) starts a row
    values = [y for col, role in enumerate(body.roles) if col not in opening and role not in LEVELS
              for y in paragraph_starts(columns[col], measure(body, columns, col), body.height)
              + [line.top for prev, line in zip(columns[col], columns[col][1:])
                 if two_targets(prev, line) or is_fund_source(prev.text) and is_fund_source(line.text)]]
    # target lines that may open a target ('Terlaksana', '53,92 %'; not a wrap's 'waktu')
    targets = [line.top for col, role in enumerate(body.roles) if role is Role.TARGET
               for prev, line in zip([None, *columns[col]], columns[col])
               if (line.text[:1].isupper() or line.text[:1].isdigit())
               and not (prev is not None and runs_on(prev, line))]  # not 'Rp 766.0' / '00.000.0'
    indikator = [col for col, role in enumerate(body.roles) if role is Role.INDIKATOR]
    for col in order:
        lines = columns[col]
        walls = [r.y for r in body.rules if crosses(r, body.xs[col], body.xs[col + 1])]
        room = measure(body, columns, col)
        anchors = [b.top for c in indikator if c != col for b in blocks[c]]
        if body.roles[col] is Role.INDIKATOR:
            anchors += values
        starts_row = [b.top for c in opening for b in blocks[c]] if col not in opening else None
        level = body.roles[col] in LEVELS
        usual = usual_pitch(lines, spacing) if level or body.roles[col] is Role.KEGIATAN else float("inf")
        # (level columns come after the opening ones, whose blocks are then final)
        others = [other.top for c, column in enumerate(columns) if c != col for other in column] if level else []
        new_rows = indikator_tops(body, blocks) if level else []

        for prev, line in zip([None, *lines], lines):
            at_row = starts_row is None or level_with(line, starts_row, body.height)
            starts = (
                prev is None
                or line.top - prev.top > BLOCK_GAP * spacing
                or any(middle(prev) < y < middle(line) for y in walls)
                or (col in opening and (every_line and not runs_on(prev, line) or is_item(line)
                                        or level_with(line, anchors, body.height)))
                # a level line printed alone after a paragraph's end is a heading row's
                or (ended(prev, line, room, body.height) and (at_row or level and not level_with(line, others, body.height)))
                # cells packed close still part by their padding, a little more than a line's pitch,
                # and a Kegiatan's paragraphs by the space after each
                or padding(prev, line, body.height) > usual + PADDED * body.height + jitter
                or body.roles[col] is Role.TARGET and two_targets(prev, line)
                # a Kegiatan entry the page lists elsewhere, where line fill could not tell
                or body.roles[col] is Role.KEGIATAN and phrases.cue(prev.text, line.text) > 0
                # rows packed with no gap: an indikator's measure word beside a target line of its own
                or body.roles[col] is Role.INDIKATOR and opens_another(prev, line, Role.INDIKATOR)
                and level_with(line, targets, body.height)
                # levels packed with no gap: one stated anew level with a new row ('... Berkelanjutan' /
                # 'Terlaksananya kepatuhan ...', '4.' / '5.'), where no higher level's cell opens to part them
                or level and level_with(line, new_rows, body.height) and (
                    opens_sasaran(first_word(line.text)) or body.roles[col] is Role.NO and is_numbering(line.text))
            )
            if starts:
                blocks[col].append(Block([line]))
                continue
            blocks[col][-1].lines.append(line)
            if level and opens_sentence(line) and level_with(line, new_rows, body.height) \
                    or prev is not None and (opens_another(prev, line, body.roles[col])
                                             or body.roles[col] is Role.KEGIATAN and capital_after_figure(prev, line)):
                doubtful.add(id(line))
        if body.roles[col] is Role.TARGET:  # targets are one per row: an indikator beside two holds two rows
            for ind in (c for c, role in enumerate(body.roles) if role is Role.INDIKATOR):
                blocks[ind] = split_at([b.top for b in blocks[col]], blocks[ind], body.height)
    top = split_headings(body, columns, blocks, seen.top)
    split_below_levels(body, blocks)
    if seen.top or top:
        split_beside_levels(body, blocks)
    return blocks, doubtful | nested_starts(body, blocks), Style(seen.centred, seen.top or top, seen.wrapped or not even)


def split_headings(body: Body, columns: list[list[Line]], blocks: list[list[Block]], seen_top: bool = False) -> bool:
    """A level block's first line parted from the rest where it stands alone above a line level
    with an indikator row's start, in a column whose other cells all begin level with their rows
    (or are such a block themselves, opening with no word a Sasaran opens with: a document's
    headings look alike), one at least ending well above its rows' end (`ends_high`): a
    top-aligned cell begins with its row, so the line above is a heading row packed over it
    ('Bidang Pelayanan Umum' over 'Terwujudnya cakupan ...'). Cells centred beside their rows give
    no such sign (a tall one stands above its row), and stay one, flagged where they may part,
    unless the words tell (`names_field`). A page with no cell ending high goes by the pages
    before (`seen_top`). Whether this page showed its cells set at the top of their rows (all
    level with their rows, one ending high)."""
    rows = indikator_tops(body, blocks)
    top = False
    for col, column in enumerate(blocks):
        if body.roles[col] not in LEVELS:
            continue
        others = [line.top for c, lines in enumerate(columns) if c != col for line in lines]
        # a heading packed over a cell (the cell then begins level with its row)
        # (a line opening with an aim opens a Sasaran: 'Meningkatnya' / 'status gizi ...' wrapped early)
        packed = [len(block.lines) >= 2 and not level_with(block.lines[0], others, body.height)
                  and level_with(block.lines[1], rows, body.height)
                  and opener(first_word(block.lines[0].text)) != SASARAN for block in column]
        starts_row = [level_with(block.lines[0], rows, body.height)
                      or packed[j] and opener(first_word(block.lines[0].text)) is None for j, block in enumerate(column)]
        high = [ends_high(block, after, body.height) for block, after in zip(column, column[1:])]
        top = top or all(starts_row) and any(high)
        out: list[Block] = []
        for k, block in enumerate(column):
            if packed[k] and (names_field(block) or all(aligned for j, aligned in enumerate(starts_row) if j != k)
                              and (seen_top or any(ends for j, ends in enumerate(high) if j != k))):
                out += [Block(block.lines[:1]), Block(block.lines[1:])]
            else:
                out.append(block)
        blocks[col] = out
    return top


def names_field(block: Block) -> bool:
    """Whether a packed block's first line names a field and its second states an aim: 'Urusan
    Pemerintahan Wajib' over 'Menurunnya ketahanan pangan ...'. An aim opens a Sasaran, so the line
    above it is a heading row however the column's cells are set (centred ones give no other sign)."""
    head, aim = (first_word(line.text) for line in block.lines[:2])
    return head[:1].isupper() and opener(head) is None and opener(aim) == SASARAN


def two_targets(prev: Line, line: Line) -> bool:
    """Whether two lines of a target column each print a whole figure ('45 %' / '56,59%'): a target
    cell holds one, so they are two rows' (a bracketed note or a figure wrapped inside is not)."""
    return holds_value(prev.text) and holds_value(line.text) and not line.text.startswith("(") \
        and not wraps_inside_number(prev.text, line.text)


def nested_starts(body: Body, blocks: list[list[Block]]) -> set[int]:
    """Ids of a Misi's or Tujuan's lines inside a cell, level with a row where the next level down
    starts a cell too: a new Misi starts a new Tujuan, so the line may begin a cell of its own."""
    cols = {role: col for col, role in enumerate(body.roles) if role in HIERARCHY}
    rows = indikator_tops(body, blocks)
    out: set[int] = set()
    for high, low in zip(HIERARCHY, HIERARCHY[1:]):
        if high in cols and low in cols:
            starts = [b.top for b in blocks[cols[low]] if level_with(b.lines[0], rows, body.height)]
            out |= {id(line) for block in blocks[cols[high]] for line in block.lines[1:]
                    if level_with(line, starts, body.height)}
    return out


def measure(body: Body, columns: list[list[Line]], col: int) -> float:
    """A column's measure, at least: its widest line, or most of its width (cell margins aside).
    A line wider than the column is a figure overflowing it, which tells nothing of the measure."""
    wide = body.xs[col + 1] - body.xs[col]
    return max([width(line) for line in columns[col] if width(line) <= wide] + [MEASURE * wide])


def paragraph_starts(lines: list[Line], room: float, height: float) -> list[float]:
    """The tops of a column's lines after the first whose first word would have fitted above."""
    return [line.top for prev, line in zip(lines, lines[1:]) if ended(prev, line, room, height)]


def inked(line: Line) -> bool:
    """Whether a line's words were boxed by their ink (a scan's reading, which gives no font size),
    not by their font's glyph boxes: its top then depends on the glyphs it holds."""
    return not line.words[0].size


def padding(prev: Line, line: Line, height: float) -> float:
    """The pitch from `prev` to `line` that may hold a cell's padding. Printed lines are measured by
    their tops and by their bottoms, and the lesser counts: a font's glyph boxes still differ by
    letter (pdfium: a 'd' stands 0.4 point taller than an 'A'), and a line's top is its tallest
    word's, but padding moves both. Not a bottom a descender set ('pajak': the pitches then differ
    by more than a letter's stray), nor a scan's, whose bottoms hang on its descenders."""
    pitch = line.top - prev.top
    if inked(line) or inked(prev) or pitch - (line.bottom - prev.bottom) > GLYPH_STRAY * height:
        return pitch
    return min(pitch, line.bottom - prev.bottom)


def top_jitter(columns: list[list[Line]]) -> float:
    """How far the tops of a line's words boxed by their ink stray from each other, over the page
    (the median line): a pixel or two on a scan; none where a font's glyph boxes were printed."""
    spreads = [line.words[-1].top - line.words[0].top for column in columns for line in column
               if len(line.words) > 1 and inked(line)]
    return statistics.median(map(abs, spreads)) if spreads else 0.0


def usual_pitch(lines: list[Line], spacing: float) -> float:
    """The median pitch of a column's lines wrapped close (glyph boxes make single pitches jitter)."""
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top - a.top <= BLOCK_GAP * spacing]
    return statistics.median(pitches) if pitches else float("inf")


def indikator_tops(body: Body, blocks: list[list[Block]]) -> list[float]:
    """Where the indikator column's blocks (else the target's) start."""
    return [] if (col := row_column(body.roles)) is None else [b.top for b in blocks[col]]


# the opening columns whose cells a capitalised cue word may start without a sign: the kind it cues
RUN_ON_CUES: dict[Role | None, str] = {Role.KEGIATAN: KEGIATAN, Role.INDIKATOR: INDIKATOR}


def opens_another(prev: Line, line: Line, role: Role | None) -> bool:
    """Whether a line of an opening column that runs on from `prev` reads as a further cell of that
    role: a capitalised activity ('Penyusunan', 'Evaluasi', 'Melakukan') in a Kegiatan, a measure in
    either case ('Jumlah', 'Capaian', 'persentase', 'angka': indikator open in small letters too, and a
    wrap hardly goes on with one) in an Indikator, or 'melakukan', in small letters, in a Kegiatan (an
    entry opens with it, a wrap hardly ever goes on with it), after a line not ending on a connective.
    Cells printed with no marker, gap or padding look like this when each fills its line, and so do
    some wraps ('Pembangunan Sistem' / 'Penyediaan Air Minum'): the reader cannot tell, so it asks."""
    word = first_word(line.text)
    return role in RUN_ON_CUES and (word[:1].isupper() or role is Role.INDIKATOR
                                    or role is Role.KEGIATAN and word in DOING) \
        and may_open(word, RUN_ON_CUES[role]) and prev.words[-1].text.lower() not in CONNECTORS


def capital_after_figure(prev: Line, line: Line) -> bool:
    """Whether a line opens with a capitalised word (no acronym) after a line ending on a figure
    ('... Tahun Anggaran 2025' / 'Bimbingan teknis ...'): an entry often ends on a year or a count,
    and a wrap seldom goes on from one with a capital, so this may be a new Kegiatan entry."""
    word = first_word(line.text)
    return word[:1].isupper() and not word.isupper() and prev.words[-1].text[-1:].isdigit()


def opens_sentence(line: Line) -> bool:
    """Whether the line may open a level's cell: a capital or a figure, or in either case a word that
    opens such cells ('meningkatnya', 'menurunkan'; many RKTs print them in small letters)."""
    first = line.words[0].text[:1]
    return first.isupper() or first.isdigit() or opener(first_word(line.text)) not in (None, INDIKATOR)


def ends_high(block: Block, after: Block, height: float) -> bool:
    """Whether a level block ends two lines or more above the next one (`after`) starts: a cell
    begun level with its row and centred beside its rows would end as far above their end, so the
    column's cells are set at the top of their rows."""
    return after.top - block.last_top > 2 * height


def split_below_levels(body: Body, blocks: list[list[Block]]) -> None:
    """A Sasaran belongs to one Tujuan, a Tujuan to one Misi: where a higher level's cell begins
    with an indikator row, a lower level's block that runs on beside it is two cells (packed
    cells without padding leave no gap between them). Other row starts, a Kegiatan's further
    paragraph say, do not count: centred cells side by side put their lines level too. Nor does a line
    in small letters without a verb of aim ('kepegawaian di Kota', 'pembangunan wilayah'): it goes
    on with a cell, which a higher level's centred cell may stand level with by chance, nor one after
    a line ending where no text ends ('Terlaksananya Zona Integritas Menuju' / 'Wilayah Bebas ...',
    reporting seed 1,000,487)."""
    if row_column(body.roles) is None:
        return
    starts = indikator_tops(body, blocks)
    levels: list[tuple[float, int]] = [(HIERARCHY.index(role), col) for col, role in enumerate(body.roles)
                                       if role in HIERARCHY]
    # a No column with fewer numbers than rows numbers the Sasaran: a new number, a new Sasaran
    levels += [(HIERARCHY.index(Role.SASARAN) - 0.5, col) for col, role in enumerate(body.roles)
               if role is Role.NO and 0 < len(blocks[col]) < len(starts)]
    for high_rank, high in levels:
        tops = [b.top for b in blocks[high] if level_with(b.lines[0], starts, body.height)]
        if 2 * len(tops) <= len(blocks[high]):  # cells centred on their rows: some meet a row start by chance
            continue
        for low in (col for rank, col in levels if rank > high_rank):
            blocks[low] = split_at(tops, blocks[low], body.height,
                                   lambda prev, line: opens_level(line) and not runs_on(prev, line))


def split_beside_levels(body: Body, blocks: list[list[Block]]) -> None:
    """In a table whose level cells are set at the top of their rows, each begins with its row: an
    indikator line level with a level cell's first line that opens as a further indikator does
    (`opens_another`) starts a row, though packed rows left no gap above it and no target beside it
    ('... dana kampanye yang diaudit' / 'Prosentase Daftar Pemilih ...' beside a new Sasaran)."""
    tops = [block.top for col, role in enumerate(body.roles) if role in HIERARCHY for block in blocks[col]]
    for col, role in enumerate(body.roles):
        if role is Role.INDIKATOR:
            blocks[col] = split_at(tops, blocks[col], body.height,
                                   lambda prev, line: opens_another(prev, line, Role.INDIKATOR))


def split_at(tops: list[float], blocks: list[Block], height: float,
             may_open: Callable[[Line, Line], bool] = lambda prev, line: True) -> list[Block]:
    """`blocks` split at their lines that stand level with one of `tops` (below their first line)
    and `may_open` a cell after the line above."""
    out: list[Block] = []
    for block in blocks:
        out.append(Block([block.lines[0]]))
        for prev, line in zip(block.lines, block.lines[1:]):
            if level_with(line, tops, height) and may_open(prev, line):
                out.append(Block([line]))
            else:
                out[-1].lines.append(line)
    return out


def opens_level(line: Line) -> bool:
    """Whether a line may open a Misi, Tujuan or Sasaran cell: a capital, or a verb of aim in small letters."""
    word = first_word(line.text)
    return not word[:1].islower() or opens_sasaran(word)


def level_with(line: Line, tops: list[float], height: float) -> bool:
    """Whether `line` stands level with a line or block whose top is one of `tops`."""
    return any(abs(line.top - y) <= ALIGNED * height for y in tops)


def centre_x(line: Line) -> float:
    return (line.words[0].x0 + line.words[-1].x1) / 2


def width(line: Line) -> float:
    return line.words[-1].x1 - line.words[0].x0


# words that qualify the word after them, so end no text: a grade's 'Sangat' ('Sangat' / 'Baik', reporting 1,001,604)
_INTENSIFIERS = frozenset({"sangat", "amat", "paling"})
# a count printed alone, its unit maybe wrapped under it ('28.351' / 'kegiatan'; not a year ending a text)
_FIGURE_ONLY = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?")


def ended(prev: Line, line: Line, room: float, height: float) -> bool:
    """Whether `line`'s first word would have fitted after `prev`: `prev` ended a paragraph."""
    first = line.words[0]
    space = SPACE * height
    return not runs_on(prev, line) and width(prev) + space + (first.x1 - first.x0) < room - space


def runs_on(prev: Line, line: Line) -> bool:
    """Whether `line` surely goes on with `prev`: a word or figure broken inside ('perundang-' /
    'undangan', 'Rp537.00' / '0.000'), or a line ending where no text ends ('Tersusun dan' /
    'ditetapkan', 'Sangat' / 'Baik', '28.351' / 'kegiatan'; the measure of a narrow centred cell in wide
    gutters is overrated, and loose lines need not each be a row)."""
    last = prev.words[-1].text.lower()
    return bool(WORD_HYPHEN_END.search(prev.words[-1].text)) or wraps_inside_number(prev.text, line.text) \
        or last in CONNECTORS or last in _INTENSIFIERS \
        or bool(_FIGURE_ONLY.fullmatch(prev.text)) and line.text[:1].islower()


def middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def opening_columns(roles: Sequence[Role | None]) -> set[int]:
    """Columns whose blocks start rows: indikator, target, kegiatan; else every non-level column."""
    opening = {col for col, role in enumerate(roles) if role in OPENING}
    return opening or {col for col, role in enumerate(roles) if role not in LEVELS}


def numbered_rows(roles: Sequence[Role | None], blocks: list[list[Block]]) -> set[int]:
    """In a list of programmes (no indikator column), a No column numbering every block ('1.', '2.'):
    each number starts a row, where the Kegiatan paragraphs beside may stand packed without a gap."""
    if Role.INDIKATOR in roles:
        return set()
    return {col for col, role in enumerate(roles) if role is Role.NO and len(blocks[col]) > 1
            and all(len(block.lines) == 1 and is_numbering(block.lines[0].text) for block in blocks[col])}


def row_cuts(body: Body, blocks: list[list[Block]], headings: list[Line], numbered: set[int]) -> list[float]:
    """Where each body row starts: at opening blocks, rules, and above and below headings (rows of
    their own), never leaving a row empty. A heading's row ends at its middle, as loose glyph
    boxes reach below the next line's top. `numbered`: a programme list's No columns (`numbered_rows`)."""
    margin = SAME_ROW * body.height
    opening = opening_columns(body.roles) | numbered
    rule_ys = [r.y for r in body.rules]

    def start(block: Block, col: int) -> float:
        """Half a line above the block, or at a rule closer above it across its column (little padding)."""
        near = body.rules[bisect_left(rule_ys, block.top - margin):bisect_right(rule_ys, middle(block.lines[0]))]
        return max([block.top - margin] + [r.y for r in near if crosses(r, body.xs[col], body.xs[col + 1])])

    candidates = sorted([start(b, col) for col in opening for b in blocks[col]] + rule_ys
                        + [y for line in headings for y in (line.top - margin, middle(line))])
    tops = sorted([line.top for column in blocks for block in column for line in block.lines]
                  + [line.top for line in headings])
    cuts = [min(body.top, tops[0] - margin)]
    for cut in candidates:
        above, below = bisect_left(tops, cuts[-1]), bisect_left(tops, cut)
        if cut > cuts[-1] and above < below < len(tops):  # lines on both sides of the cut
            cuts.append(cut)
    return cuts


def row_edges(ys: list[float], row_tops: list[float], row_bottoms: list[float]) -> list[float]:
    """Where each row's cells likely begin and end: midway between the lines of two rows (a
    cut in `ys` stands just above a row's first line), else at the cut."""
    inner = [(above + below) / 2 if above > float("-inf") and below < float("inf") else y
             for y, above, below in zip(ys[1:-1], row_bottoms, row_tops[1:])]
    return [ys[0], *inner, ys[-1]]


def level_spans(blocks: list[Block], ys: list[float], edges: list[float], row_tops: list[float], walls: list[float],
                height: float, row_starts: set[int], seen_centred: bool = False,
                top_may_continue: bool = True) -> tuple[list[tuple[int, int]], set[int], bool]:
    """First and last row of each level block (Misi, Tujuan, Sasaran, No), the rows whose
    block is unsure, and whether a block stood centred beside rows of its own, below their top.

    Rules across the column enclose its cells; between two rules (or without
    any) the blocks are top-aligned when each starts at the first line of a
    row an indikator starts (`row_starts`), and each then runs down to the
    next; otherwise they are centred beside the rows they span, which begin
    where an indikator row does. A last centred block that may stand at the
    top of its rows (a cell broken across the page) or be centred beside them
    leaves the rows the two readings give other blocks unsure. Where the
    table's cells were seen centred (`seen_centred`, on a page before), blocks that each
    happen to stand level with a row's start are read centred where one of them fits so. On a
    page that cannot continue a table (`top_may_continue`), an indikator row above the first
    block would be left with no cell read top-aligned: the blocks are centred, and the first
    covers the rows above it.
    """
    n_rows = len(ys) - 1
    firsts = [bisect_right(ys, b.top) - 1 for b in blocks]
    lasts = [bisect_right(ys, b.last_top) - 1 for b in blocks]
    # rules and rows of their own (headings) part the column; `top` starts the part the first block is in
    bounds = sorted({0, n_rows, *(wall_bound(y, ys, row_tops, height) for y in walls)})
    top = max((bound for bound in bounds if firsts and bound <= firsts[0]), default=0)
    # (a first block beside no indikator's start is a cell's tail from the page before)
    aligned = all(r in row_starts and abs(b.top - row_tops[r]) <= ALIGNED * height
                  for i, (b, r) in enumerate(zip(blocks, firsts)) if i or r or r in row_starts) \
        and (top_may_continue or not firsts or not any(top <= r < firsts[0] for r in row_starts))

    def centred_beside(found: list[tuple[int, int]], inside: list[int]) -> bool:
        """Whether a block of several rows stands centred beside them, below their top."""
        return any(last > first and blocks[i].top - row_tops[first] > ALIGNED * height
                   and misfit(blocks[i], first, last, edges) <= CENTRED_FIT * height
                   for i, (first, last) in zip(inside, found))

    spans: list[tuple[int, int]] = []
    unsure: set[int] = set()
    seen = False
    for start, end in zip(bounds, bounds[1:]):
        inside = [i for i, r in enumerate(firsts) if start <= r < end]
        starts = [firsts[i] for i in inside]
        overlapping = any(lasts[i] >= firsts[j] for i, j in zip(inside, inside[1:]))
        group = ([blocks[i] for i in inside], starts, [lasts[i] for i in inside], edges, row_tops, row_starts,
                 start, end, top_may_continue and start == top)
        found = centred_spans(*group) if inside and not overlapping and (not aligned or seen_centred) else []
        # blocks level with rows' starts by chance, in a table seen centred, read centred where they fit so
        # (rows above the first block stay the cell's from the page before, as read top-aligned)
        if overlapping or aligned and not (seen_centred and centred_beside(found, inside) and found[0][0] >= starts[0]):
            spans += [(a, b - 1) for a, b in zip(starts, starts[1:] + [end])]  # (one block per row: see body_cells)
            if seen_centred and found:  # the rows above, which read centred it would cover
                unsure |= set(range(found[0][0], starts[0]))
        elif inside:
            centred = centred_spans(*group, at_top=False) if len(inside) > 1 else found  # (one block is no last one)
            spans += found
            unsure |= set().union(*(set(range(a[0], a[1] + 1)) ^ set(range(b[0], b[1] + 1))
                                    for a, b in zip(found, centred)))
            unsure |= close_calls([blocks[i] for i in inside], found, starts, [lasts[i] for i in inside], edges,
                                  row_starts, height)
            seen = seen or not aligned and centred_beside(found, inside)
    return spans, unsure, seen


def wall_bound(y: float, ys: list[float], row_tops: list[float], height: float) -> int:
    """The first row below a wall (a rule, a row of its own) at `y`: the row it stands in when it
    stands above that row's text (a rule under a row of column numbers may fall below the cut
    above the first row), else the next."""
    row = bisect_right(ys, y) - 1
    if row < 0 or row >= len(row_tops):
        return max(0, min(row, len(row_tops)))
    return row if y <= row_tops[row] + ALIGNED * height else row + 1


def centred_spans(blocks: list[Block], firsts: list[int], lasts: list[int], edges: list[float],
                  row_tops: list[float], row_starts: set[int], start: int, end: int, open_above: bool,
                  at_top: bool = True) -> list[tuple[int, int]]:
    """The split of rows `start`..`end - 1` among blocks that centres each beside its rows best.

    Where the rows may go on from the page before (`open_above`), the first block may start below
    `start` (the rows above it continue a cell from that page), but covers them when that centres it as well;
    the last block runs to `end`, or (`at_top`) stands at the top of its rows: a
    centred cell that breaks across the page may print at the top of its part on this page.
    A block starting on a row that no indikator starts (a further Kegiatan
    paragraph of the row above) costs a page's height: chosen only when nothing else fits.
    """

    def cost(i: int, first: int, last: int) -> float:
        centred = misfit(blocks[i], first, last, edges)
        fit = min(centred, abs(blocks[i].top - row_tops[first])) if at_top and 0 < i == len(blocks) - 1 else centred
        return fit if first in row_starts or first == start else fit + NOT_A_ROW_START

    def ends(i: int) -> range:
        return range(lasts[i], firsts[i + 1]) if i + 1 < len(firsts) else range(end - 1, end)

    # the best split so far for each row the latest block may end on: (cost, spans)
    best = {last: min((cost(0, first, last) + 1e-3 * (first - start), [(first, last)])
                      for first in range(start, firsts[0] + 1 if open_above else start + 1))
            for last in ends(0)}
    for i in range(1, len(firsts)):
        best = {last: min((total + cost(i, before + 1, last), spans + [(before + 1, last)])
                          for before, (total, spans) in best.items())
                for last in ends(i)}
    return min(best.values())[1]


def misfit(block: Block, first: int, last: int, edges: list[float]) -> float:
    """How far a block stands from the middle of rows `first`..`last`."""
    return abs(block.centre - (edges[first] + edges[last + 1]) / 2)


def close_calls(blocks: list[Block], spans: list[tuple[int, int]], firsts: list[int], lasts: list[int],
                edges: list[float], row_starts: set[int], height: float) -> set[int]:
    """The rows two centred blocks were told apart on by less than SPAN_MARGIN line heights: the row
    on either side of their boundary, where moving the boundary by it (to another indikator row's
    start, the blocks' own lines staying theirs) centres both nearly as well."""
    unsure: set[int] = set()
    for k in range(len(spans) - 1):
        (first, _), (cut, last) = spans[k], spans[k + 1]
        now = misfit(blocks[k], first, cut - 1, edges) + misfit(blocks[k + 1], cut, last, edges)
        for other in (cut - 1, cut + 1):
            if lasts[k] < other <= firsts[k + 1] and other in row_starts \
                    and misfit(blocks[k], first, other - 1, edges) + misfit(blocks[k + 1], other, last, edges) \
                    - now < SPAN_MARGIN * height:
                unsure.add(min(cut, other))
    return unsure


def row_column(roles: Sequence[Role | None]) -> int | None:
    """The column whose cells start the table's rows: the Indikator, else the Target."""
    return next((roles.index(role) for role in (Role.INDIKATOR, Role.TARGET) if role in roles), None)


def indikator_starts(roles: Sequence[Role | None], blocks: list[list[Block]], ys: list[float]) -> set[int]:
    """The rows an Indikator block starts on (a Target block where there is no Indikator column)."""
    if (col := row_column(roles)) is None:
        return set(range(len(ys)))
    return {bisect_right(ys, b.top) - 1 for b in blocks[col]}


class Doubt(NamedTuple):
    """A cell the reader was unsure of: a level cell read as one that may be two, or a row that
    may belong to another level cell."""

    cell: Cell
    code: str
    message: str
    node: Cell | None = None  # the cell whose node the doubt is about, when not `cell`'s


def body_cells(body: Body, first_row: int, top_may_continue: bool = False,
               seen: Style | None = None) -> tuple[list[Cell], list[float], list[Doubt], Style]:
    """The body's cells (rows numbered from `first_row`), the y of each body row boundary, the
    level cells that may be two, and how level cells stood beside their rows, on this page or
    (`seen`) the table's pages before (see `level_spans`, `split_headings`).

    Heading rows and rows of column numbers are rows of their own. A level block alone
    on its rows (nothing else printed beside it) is a heading row
    printed across the table ("Urusan Pemerintahan Wajib"): its cell spans the columns
    to its right, as a ruled heading row's would. On the first row of a page that may
    continue a table (`top_may_continue`) such a block may instead be the tail of a
    merged cell, so it stays in its column.
    """
    body = body._replace(rules=parted(body.rules, body.words, body.height))
    lines = words_to_lines(body.words)
    headings = [line for above, line, below in zip([None, *lines], lines, [*lines[1:], None])
                if is_heading(line, body.xs, body.height) and not wraps_on(line, below, body.height)
                and not wraps_under(above, line, body.xs[1], body.height)]
    numbers = [line for line in lines if is_column_numbers(line)]
    taken = {id(w) for line in headings + numbers for w in line.words}
    columns = column_lines([w for w in body.words if id(w) not in taken], body.xs)
    seen = seen or Style()
    blocks, doubtful, seen = split_blocks(body, columns, seen)
    apart = lines_apart(body, columns, blocks, top_may_continue)
    # the last row reaches the lowest line, should a glyph drawn taller than its line stand below the body
    numbered = numbered_rows(body.roles, blocks)
    ys = [*row_cuts(body, blocks, headings + numbers + apart, numbered),
          max([body.bottom] + [word.top + 1 for word in body.words])]
    row_tops = [float("inf")] * (len(ys) - 1)
    row_bottoms = [float("-inf")] * (len(ys) - 1)
    for col, printed in enumerate(columns):
        for line in printed:
            row = bisect_right(ys, line.top) - 1
            if body.roles[col] not in LEVELS:  # (a level cell stands beside its rows, wherever it is set)
                row_tops[row] = min(row_tops[row], line.top)
            row_bottoms[row] = max(row_bottoms[row], line.bottom)
    edges = row_edges(ys, row_tops, row_bottoms)
    # a list of programmes numbered in a column of its own: the Kegiatan paragraphs are cut by the numbers
    opening = numbered or opening_columns(body.roles)
    row_starts = indikator_starts(body.roles, blocks, ys)
    cells: list[Cell] = []
    doubts: list[Doubt] = []

    def add(words: list[Word], row: int, col: int, span: int, col_span: int = 1) -> None:
        bbox = BBox(x0=body.xs[col], top=ys[row], x1=body.xs[col + col_span], bottom=ys[row + span])
        lines = words_to_lines(words)
        cells.append(Cell(lines=[line.text for line in lines], row=first_row + row, col=col, row_span=span,
                          col_span=col_span, bbox=bbox, line_tops=[line.top for line in lines],
                          line_spans=[(line.words[0].x0, line.words[-1].x1) for line in lines]))

    number_rows = {bisect_right(ys, line.top) - 1 for line in numbers}

    def alone(block: Block, col: int) -> list[int] | None:
        """The rows of a block nothing else is printed beside, if so: a heading's. Not at the page's
        top (under the column numbers, if any) where the table may go on from the page before, nor
        opening in small letters as no heading does (a cell's tail: 'yang tertib')."""
        rows = sorted({bisect_right(ys, line.top) - 1 for line in block.lines})
        if top_may_continue and all(row in number_rows for row in range(rows[0])) \
                or block.lines[0].text[:1].islower():
            return None
        beside = any(bisect_right(ys, line.top) - 1 in rows for c, lines in enumerate(columns) if c != col
                     for line in lines)
        return None if beside else rows

    # a short heading centred on the table, printed in one column, is a row of its own too
    short = {id(block) for col in opening for block in blocks[col] if len(block.lines) == 1
             and alone(block, col) is not None and centred(block.lines[0], body.xs)
             and not own_cell(block.lines[0], blocks[col], body.roles[col], body.height)}
    own_rows = [ys[row + k] for line in headings + numbers + apart
                + [block.lines[0] for column in blocks for block in column if id(block) in short] for k in (0, 1)
                if (row := bisect_right(ys, line.top) - 1) >= 0]
    for line in headings:
        add(line.words, bisect_right(ys, line.top) - 1, 0, 1, len(body.xs) - 1)
    for line in numbers:  # a row of column numbers, each in its column
        for word in line.words:
            add([word], bisect_right(ys, line.top) - 1, bisect_right(body.xs, (word.x0 + word.x1) / 2) - 1, 1)
    spans_of: dict[int, tuple[list[Block], list[tuple[int, int]]]] = {}  # each level column's blocks and rows
    centred_seen = False
    unsure: dict[int, set[int]] = {}  # each level column's rows whose cell is unsure
    for col, column in enumerate(blocks):
        if body.roles[col] in LEVELS:
            # rules close the cells above them, and so do rows of their own
            walls = [r.y for r in body.rules if crosses(r, body.xs[col], body.xs[col + 1])] + own_rows
            column = one_block_per_row(column, ys)
            cells_here = []
            for block in column:
                if (rows := alone(block, col)) is None:
                    cells_here.append(block)
                    continue
                add(block_words(block), rows[0], col, len(rows), len(body.xs) - 1 - col)
                walls += [ys[rows[0]], ys[rows[-1] + 1]]
            spans, unsure[col], centred_here = level_spans(cells_here, ys, edges, row_tops, walls, body.height,
                                                           row_starts, seen.centred, top_may_continue)
            centred_seen = centred_seen or centred_here
            spans_of[col] = cells_here, spans
    nest_spans(spans_of, body.roles, edges, body.height)
    joined: list[tuple[Cell, Line, Role]] = []  # level cells that may be two, and the line that may part them
    continued: list[tuple[int, Role, list[int]]] = []  # a level's first cell, and the rows above it it may span
    for col, (column, spans) in spans_of.items():
        role = body.roles[col]
        assert role is not None
        if role is Role.NO:
            spans = numbered_spans(col, spans_of, body.roles, ys) or spans
        if spans and role in HIERARCHY and (above := sorted(row for row in unsure[col] if row < spans[0][0])):
            continued.append((len(cells), role, above))
        for block, (first, last) in zip(column, spans):
            add(block_words(block), first, col, last - first + 1)
            if (doubt := next((line for line in block.lines[1:] if id(line) in doubtful), None)) is not None:
                joined.append((cells[-1], doubt, role))
            if rows := sorted(unsure[col] & set(range(first, last + 1))):
                named = rows_named([first_row + row for row in rows])
                doubts.append(Doubt(cells[-1], "level-span-unsure",
                                    f"{role.value} cell centred beside its rows: {named} of this page's table "
                                    f"may belong to the {role.value} cell above or below instead"))
    doubts += [joined_doubt(cell, line, role, cells, body.roles, first_row + bisect_right(ys, line.top) - 1)
               for cell, line, role in joined]
    for col, column in enumerate(blocks):
        if col in spans_of:
            continue
        for block in column:
            rows = [bisect_right(ys, line.top) - 1 for line in block.lines]
            if id(block) in short:
                add(block_words(block), rows[0], 0, 1, len(body.xs) - 1)
                continue
            if col in opening:
                add(block_words(block), min(rows), col, max(rows) - min(rows) + 1)
                if (doubt := next((line for line in block.lines[1:] if id(line) in doubtful), None)) is not None:
                    kind = RUN_ON_CUES[body.roles[col]]  # (only these columns' lines are doubtful)
                    doubts.append(Doubt(cells[-1], f"{kind}-joined-unsure",
                                        f"{kind} cell read as one paragraph, with no marker, gap or spacing to "
                                        f"tell: its line '{doubt.text}' may begin a {kind} of its own"))
                continue
            for row in sorted(set(rows)):  # other columns: one cell per row
                add([w for line, r in zip(block.lines, rows) if r == row for w in line.words], row, col, 1)
    doubts += [doubt for first, role, rows in continued
               for doubt in continued_doubts(cells[first], role, [first_row + row for row in rows], cells, body.roles)]
    return cells, ys, doubts, Style(seen.centred or centred_seen, seen.top, seen.wrapped)


def rows_named(rows: list[int]) -> str:
    """'row 4', or 'rows 4-6' from the first to the last of `rows`."""
    return f"row {rows[0]}" if len(rows) == 1 else f"rows {rows[0]}-{rows[-1]}"


def last_before(column: list[Cell], row: int) -> Cell | None:
    """The last cell of a column (in row order) starting on `row` or above it."""
    return next((c for c in reversed(column) if c.row <= row), None)


def continued_doubts(cell: Cell, role: Role, rows: list[int], cells: list[Cell],
                     roles: Sequence[Role | None]) -> list[Doubt]:
    """The doubts on the rows at a page's top read as a level cell's from the page before, where the
    page's first cell of that level stands level with a row's start yet would be centred beside them
    too ('meningkatkan kesejahteraan ...' beside the second Sasaran of the page): each points at the
    node beside them one level down (a Misi's or Tujuan's at a Sasaran, a Sasaran's at a row)."""
    col = row_column(roles)
    below = Role.SASARAN if role in (Role.MISI, Role.TUJUAN) else None if col is None else roles[col]
    column = sorted((c for c in cells if below is not None and roles[c.col] is below), key=lambda c: c.row)
    # each row's node is the cell of the level below that it starts on or runs on from
    beside = list({id(c): c for row in rows if (c := last_before(column, row)) is not None}.values())
    named = rows_named(rows)
    nodes: list[Cell | None] = [*beside] or [None]
    return [Doubt(cell, "level-span-unsure",
                  f"{role.value} cell centred beside rows broken across the page: {named} of this page's table, "
                  f"read as the {role.value} cell's from the page before, may belong to the {role.value} cell "
                  f"'{preview(cell.lines)}' below instead", node) for node in nodes]


def joined_doubt(cell: Cell, line: Line, role: Role, cells: list[Cell], roles: Sequence[Role | None],
                 row: int) -> Doubt:
    """The doubt on a level cell read as one that `line` (on `row`) may part. A Misi's or Tujuan's
    points at the Sasaran starting beside that line, if any: that Sasaran's rows are those whose
    Misi or Tujuan is in doubt."""
    beside = None if role is Role.SASARAN else \
        next((c for c in cells if roles[c.col] is Role.SASARAN and c.row == row), None)
    return Doubt(cell, "level-joined-unsure",
                 f"{role.value} cell read as one, with no gap or rule to tell: its line '{line.text}' stands "
                 f"beside a new indikator and may begin a cell of its own", beside)


def nest_spans(spans_of: dict[int, tuple[list[Block], list[tuple[int, int]]]], roles: Sequence[Role | None],
               edges: list[float], height: float) -> None:
    """A Sasaran cell's rows share one Misi and one Tujuan. Where a Misi or Tujuan cell starts below
    the start of a Sasaran cell that ends inside it, and stands centred beside the rows from that
    start as well, it starts there, its rows taken from the cell above (a Tujuan and its Sasaran
    centred side by side at a page's foot, rows above the Tujuan's first line: read alone, the
    page's first block left them to the Tujuan continued from the page before). (A Tujuan may
    serve the Sasaran of two Misi, so Tujuan cells do not part Misi ones.)"""
    cols = {role: col for col, role in enumerate(roles) if role in HIERARCHY and col in spans_of}
    for high in (Role.MISI, Role.TUJUAN):
        if high not in cols or Role.SASARAN not in cols:
            continue
        blocks, spans = spans_of[cols[high]]
        for first, last in spans_of[cols[Role.SASARAN]][1]:
            k = next((k for k, (a, b) in enumerate(spans) if a <= last <= b), None)
            if k is None or spans[k][0] <= first or k and spans[k - 1][0] >= first \
                    or abs(blocks[k].centre - (edges[first] + edges[spans[k][1] + 1]) / 2) > CENTRED_FIT * height:
                continue
            if k:
                spans[k - 1] = (spans[k - 1][0], first - 1)
            spans[k] = (first, spans[k][1])


def lines_apart(body: Body, columns: list[list[Line]], blocks: list[list[Block]],
                top_may_continue: bool) -> list[Line]:
    """Level cells of one line standing a line's pitch or more from every other column's line: a
    heading row printed in the first column ('Bidang Pelayanan Umum' under the Sasaran above it).
    (A cell centred beside rows stands half a pitch from their lines; half a padded row's pitch may be
    a line's, but then the rule parting those rows passes beside it: reporting seed 1,001,502.) The
    first line of a page that may continue a table may be a merged cell's tail instead; a line opening
    with a Sasaran's word is a one-line Sasaran centred between its two rows' lines (reporting seed
    1,002,565), no heading."""
    spacing, _ = line_spacing(columns, body.height)
    first = min((line.top for column in columns for line in column), default=0.0)
    apart = []
    for col, column in enumerate(blocks):
        if body.roles[col] not in LEVELS:
            continue
        others = [line.top for c, lines in enumerate(columns) if c != col for line in lines]
        apart += [block.lines[0] for block in column if len(block.lines) == 1
                  and all(abs(y - block.top) >= APART * spacing for y in others)
                  and not opens_sasaran(first_word(block.lines[0].text))
                  and not (top_may_continue and block.top <= first) and not ruled_beside(block.lines[0], body.rules)]
    return apart


def ruled_beside(line: Line, rules: list[Rule]) -> bool:
    """Whether a rule clear of the line's text passes at its height: rows part beside it, so it is a
    cell merged over them, not a row of its own."""
    return any(line.top < rule.y < line.bottom and (rule.x0 >= line.words[-1].x1 or rule.x1 <= line.words[0].x0)
               for rule in rules)


def numbered_spans(col: int, spans_of: dict[int, tuple[list[Block], list[tuple[int, int]]]],
                   roles: Sequence[Role | None], ys: list[float]) -> list[tuple[int, int]] | None:
    """The rows of the level a No column numbers (the next to its right), when each number stands
    inside one of its cells: centred numbers of one line and centred cells of several may each
    be placed apart by a row, yet number the same cells."""
    numbered = next((c for c in sorted(spans_of) if c > col and roles[c] in HIERARCHY), None)
    if numbered is None:
        return None
    numbers, spans = spans_of[col][0], spans_of[numbered][1]
    if len(numbers) != len(spans):
        return None
    rows = [bisect_right(ys, block.top) - 1 for block in numbers]
    return spans if all(first <= row <= last for row, (first, last) in zip(rows, spans)) else None


def pieces(line: Line, height: float) -> list[list[Word]]:
    """A line's words split where a gap wider than a word space stands between them."""
    out = [[line.words[0]]]
    for a, b in zip(line.words, line.words[1:]):
        if b.x0 - a.x1 > HEADING_GAP * height:
            out.append([])
        out[-1].append(b)
    return out


def tight(line: Line, height: float) -> bool:
    """Whether a line's words follow each other at word spacing: one piece of text, not cells."""
    return len(pieces(line, height)) == 1


def is_heading(line: Line, xs: list[float], height: float, first_end: float | None = None) -> bool:
    """A heading row printed across the columns: the line's one piece of text over a column boundary,
    centred on the table or from the first column, starting before `first_end` (default: its right
    bound; a cell's overflowing text is neither), not opening on a connective as no heading does (a
    Sasaran's tail in capitals, 'Yang Tertib Yang Akuntabel', reporting seed 1,000,140). A short
    heading inside one column is not told from a cell."""
    words = line.words
    over = any(words[0].x0 < x < words[-1].x1 for x in xs[1:-1])
    return tight(line, height) and over and words[0].text.lower() not in CONNECTORS \
        and (centred(line, xs) or words[0].x0 < (xs[1] if first_end is None else first_end))


def wraps_on(line: Line, below: Line | None, height: float) -> bool:
    """Whether the line's text wraps on into the line below: that line starts where it starts, a
    line's pitch under it, and a connective binds the two ('Infrastruktur Yang Merata' / 'dan
    Berkelanjutan'). Such a line across a column boundary is a wide line of a cell, no heading."""
    return below is not None and below.top - line.top <= WRAP_ON * height \
        and abs(below.words[0].x0 - line.words[0].x0) <= SPACE * height \
        and (below.words[0].text in CONNECTORS or line.words[-1].text.lower() in CONNECTORS)


def wraps_under(above: Line | None, line: Line, first_end: float, height: float) -> bool:
    """Whether the line is a cell's wrapped line under the line above: it starts where a piece of
    text of that line starts, a line's pitch under it, past the first column (`first_end`: a heading
    there starts flush with the cells above it). Such a line is no heading, centred or not. (A
    heading centred under a row of column numbers may start where the middle column's does.)"""
    return above is not None and not is_column_numbers(above) and line.top - above.top <= WRAP_ON * height \
        and line.words[0].x0 > first_end \
        and any(abs(piece[0].x0 - line.words[0].x0) <= SPACE * height for piece in pieces(above, height))


def centred(line: Line, xs: list[float]) -> bool:
    """Whether a line stands in the middle of the table."""
    return abs(centre_x(line) - (xs[0] + xs[-1]) / 2) <= HEADING_CENTRED * (xs[-1] - xs[0])


def own_cell(line: Line, column: list[Block], role: Role | None, height: float) -> bool:
    """Whether a lone line near the table's middle is a cell of its column, not a heading: it
    starts where two other cells of the column start and opens as the column's cells do ('Angka
    aset ...' in the Indikator column, its target left empty). (A centred heading may start at a
    column's edge by chance: 'Urusan Pemerintahan Wajib'.)"""
    x0 = line.words[0].x0
    return sum(abs(block.lines[0].words[0].x0 - x0) <= SPACE * height for block in column) >= 3 \
        and role in RUN_ON_CUES and capital_cue(line.text) == RUN_ON_CUES[role]


BRACKETED_NUMBER = re.compile(r"\(\d{1,2}\)")


def is_column_numbers(line: Line) -> bool:
    """A row of column numbers under the header: '(1) (2) (3)', or '1 2 3' counting up from 1."""
    texts = [w.text for w in line.words]
    if len(texts) < 3:
        return False
    if column_numbers_read(texts, BRACKETED_NUMBER) >= 2:
        return True
    return texts == [str(k) for k in range(1, len(texts) + 1)]


def one_block_per_row(column: list[Block], ys: list[float]) -> list[Block]:
    """A level column's blocks, those starting in one row joined: a Sasaran cell with blank lines
    inside makes two blocks, which beside a tall Indikator cell share a row (and a row holds one
    cell per column; two made a span of no rows)."""
    joined: list[Block] = []
    rows: list[int] = []
    for block in column:
        row = bisect_right(ys, block.top) - 1
        if rows and rows[-1] == row:
            joined[-1].lines.extend(block.lines)
        else:
            joined.append(Block(list(block.lines)))
            rows.append(row)
    return joined


def block_words(block: Block) -> list[Word]:
    return [word for line in block.lines for word in line.words]
