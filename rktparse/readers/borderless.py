"""Tables printed without vertical rules: found by their header text, columns from whitespace.

Word tables with borders off, ReportLab tables with rules under the header
only, tables with only horizontal rules or an outer frame: the lattice finds
no cells in them. Here a table starts at a header, a text line (or two or
three stacked lines) naming at least two RKT columns, and runs down the page
to a large vertical gap, a line printed across the header's columns (a
signature block), the next header, a ruled table or the page's end. Its
columns are split at the whitespace gutters running down the whole body; a
header cell over a gutter spans the columns on both sides. Rows and cells come
from `borderless_rows`. A table left open at the bottom of a page continues
onto the next page's first lines when that page prints no header of its own.
Engine-independent: words and horizontal rules in, `TablePage`s out.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rktparse.grid import BBox, Cell, ReaderNote, TablePage
from rktparse.readers.borderless_rows import (
    HEADER_WRAPS,
    HEADING_GAP,
    SPACE,
    Body,
    Rule,
    Style,
    body_cells,
    centred,
    column_lines,
    header_wraps,
    is_column_numbers,
    is_heading,
    is_item,
    pieces,
    tight,
    wraps_on,
    wraps_under,
)
from rktparse.readers.pdf_common import TABLE_NOT_READ
from rktparse.readers.pdf_words import Line, Word, font_size, lines_to_words, overflows_into, words_to_lines
from rktparse.vocabulary.cues import BULLET_MARKS, CONNECTORS
from rktparse.vocabulary.furniture import is_page_furniture, opens_signature, parse_place_date
from rktparse.vocabulary.headers import HEADER_ROLES, Role, holds_value, names_header, role_of_header

_FIGURE = re.compile(r"\d")
_AMOUNT = re.compile(r"(?:Rp\.?)?\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")  # '4.285.000.000', 'Rp1.290.000.000.000'
_CURRENCY = re.compile(r"Rp\.?")  # an amount's own sign beside it
_OPENS_CELL = re.compile(rf"[A-Z0-9{re.escape(''.join(sorted(BULLET_MARKS)))}]")  # another cell's first word, not a unit ('orang')
DASHES = "-–— "  # a run of a header line holding only these names no column
# A line of figures alone: a centred target's wrapped piece ('Rp' / '90.400.0' / '00.000.0' / '00'), which
# does not line up with its column's left edge (reporting scan 1,001,160, one of whose lines OCR lost: the
# gap it left ended the table, and six rows were dropped)
_FIGURE_PIECE = re.compile(r"^[\d.,%\s]+$")
# a figure of three groups or more ('Rp9.700.000.000.000'), which overflows its column on both sides
# when wide, up to the text of the cell before it
_WIDE_FIGURE = re.compile(r"(Rp\.?)?\d{1,3}(\.\d{3}){2,}(,\d+)?$")
WRAP_PITCH = 2.0  # a header cell's wrapped line stands at most this many line heights below the line above
COLUMN_GAP = 0.68  # whitespace (in line heights) between two columns, on a line or down the body
STACK = 1.2  # header lines whose tops are this close (in line heights) are one header
# A box fitted to the ink (Tesseract's) spans a line's ascenders to its descenders, about 0.93 em; a
# header's stacked lines were measured on PDF fonts' boxes, about 1.15 em (dev scan 323: a header's
# 'Kondisi' a pitch over 'Awal (2015)' stood 1.23 ink heights above it, not stacked, and was lost).
GLYPH_BOX_LINE = 1.2
HALF_PITCH = 0.8  # a line this close (in line heights) under a header line stands between two of its lines
END_GAP = 2.0  # a gap this many times the body's usual gap between lines ends the table
MIN_END_GAP = 1.2  # but no gap under this many line heights does
WIDE_WORD_GAP = 1.25  # times a scan page's usual gap between words: a gap one piece of text may still hold
SAME_X = 0.3  # two pieces of text whose left edges are this close (in line heights) share a column
ROW_LOOKAHEAD = 10  # lines of one cell's further paragraph a wide gap may leave above the next row
OVERHANG = 0.1  # line heights a glyph box fitted to its ink may reach past its text's edge
FOOTER_LINES = 2  # lines below a table that still leave it open at the page end (page numbers)
FOOT_CENTRED = 0.05  # a heading centred on the body stands this share of its width from its middle
RUNNING_HEAD = 2  # lines above a continued table's body on the next page (a running header)
COLUMNED_LINES = 3  # lines in a table's columns under its end: its rows left out

Fence = tuple[float, float]  # an x-range no line of the table prints across


@dataclass
class Carry:
    """A table left open at the bottom of a page, whose body may go on at the top of the next."""

    xs: list[float] | None = None
    roles: list[Role | None] | None = None
    header: list[str] | None = None  # each column's header text, to know the header when it is repeated
    # the whitespace around each inner bound that no body line printed over: a column's text on the
    # next page may reach further into it than on this one (a longer indikator)
    gutters: list[Fence] | None = None
    # how level cells were seen to stand beside their rows: the document's style, kept for every
    # later page, where centred cells may each happen to stand level with a row's start, and a
    # heading packed over a top-aligned cell may have no cell ending high beside it
    style: Style = field(default_factory=Style)


def runs(line: Line, height: float) -> list[list[Word]]:
    """A line's words split where whitespace as wide as a column gap stands between them."""
    out = [[line.words[0]]]
    for word in line.words[1:]:
        if word.x0 - out[-1][-1].x1 > COLUMN_GAP * height:
            out.append([])
        out[-1].append(word)
    return out


# Words that go on a core column's name and name no column alone ('INDIKATOR KINERJA UTAMA', 'SASARAN STRATEGIS')
_NAME_GOES_ON = frozenset({"kinerja", "utama", "strategis"})


def header_runs(line: Line, height: float) -> list[list[Word]]:
    """`runs` of a header line, with a run that only goes on a core column's name (`_NAME_GOES_ON`) joined to
    that name within a line height: a scan's word boxes may set 'INDIKATOR' and 'KINERJA' a column gap
    apart (8 points, reporting scan 1,002,262), and a fence between them ended the table at its first row."""
    out: list[list[Word]] = []
    for run in runs(line, height):
        if out and role_of_header(text_of(out[-1])) in HEADER_ROLES and run[0].x0 - out[-1][-1].x1 <= height \
                and all(word.text.lower() in _NAME_GOES_ON for word in run):
            out[-1] = out[-1] + run
        else:
            out.append(run)
    return out


def without_dashes(header: list[Line], height: float) -> list[Line]:
    """A header's lines without their runs of nothing but dashes: no column is named '-' (a scan's
    speck under a header's words, read as one where 'Target' beside it was lost, parted the figures
    below)."""
    kept = [[word for run in runs(line, height) if text_of(run).strip(DASHES) for word in run] for line in header]
    return [Line(words) for words in kept if words]


def clusters(lines: list[Line], height: float) -> list[list[Word]]:
    """Runs of stacked lines merged where they overlap across: a header's cells, left to right."""
    found: list[list[Word]] = []
    for run in (run for line in lines for run in header_runs(line, height)):
        x0, x1 = run[0].x0, run[-1].x1
        overlaps = [min(x1, max(w.x1 for w in c)) > max(x0, min(w.x0 for w in c)) for c in found]
        merged = [w for c, hit in zip(found, overlaps) if hit for w in c] + run
        found = [c for c, hit in zip(found, overlaps) if not hit] + [merged]
    return sorted(found, key=lambda c: min(w.x0 for w in c))


def text_of(words: list[Word]) -> str:
    return " ".join(line.text for line in words_to_lines(words))


def stacked(upper: Line, lower: Line, height: float) -> bool:
    return lower.top - upper.top <= STACK * height


@lru_cache(maxsize=4096)
def names_core_column(word: str) -> bool:
    """Whether the word alone names a core column ('Sasaran', 'Indikator', 'Target', 'Kegiatan')."""
    return role_of_header(word) in HEADER_ROLES


def header_from(lines: list[Line], first: int, height: float) -> int | None:
    """Last line of a header whose first line is `first`: up to three stacked lines naming two columns."""
    # A header names a core column, whose name starts a word: most body lines are ruled out here,
    # before their runs are clustered and matched against every column name.
    if not any(names_core_column(word.text) for line in lines[first:first + 3] for word in line.words):
        return None
    for last in range(first, min(first + 3, len(lines))):
        if last > first and not stacked(lines[last - 1], lines[last], height):
            return None
        if names_header([text_of(c) for c in clusters(lines[first:last + 1], height)]):
            return with_more_names(lines, first, last, height)
    return None


def with_more_names(lines: list[Line], first: int, last: int, height: float) -> int:
    """`last`, or a stacked line below it naming core columns the header has not named yet, or
    printing between its lines only beside its text (under none of it): cells centred beside a
    two-line 'Target / Tahun 2025' print their one line level with its second, or between its two."""
    named = {role for line in lines[first:last + 1] for role in core_roles(line)}
    while last + 1 < min(first + 3, len(lines)) and stacked(lines[last], lines[last + 1], height) \
            and (core_roles(lines[last + 1]) - named or lines[last + 1].top - lines[last].top < HALF_PITCH * height
                 and beside(lines[first:last + 1], lines[last + 1], height)):
        last += 1
        named |= core_roles(lines[last])
    return last


def beside(header: list[Line], line: Line, height: float) -> bool:
    """Whether every piece of the line stands under no piece of the header's lines, holding no value."""
    taken = [(piece[0].x0, piece[-1].x1) for upper in header for piece in pieces(upper, height)]
    return not holds_value(line.text) and not is_item(line) and all(
        piece[-1].x1 <= x0 or piece[0].x0 >= x1 for piece in pieces(line, height) for x0, x1 in taken)


def core_roles(line: Line) -> set[Role]:
    """The core columns the line's words name; a name right after a figure is its unit ('2.985 kegiatan')."""
    return {role_of_header(word.text) for before, word in zip([None, *line.words], line.words)
            if names_core_column(word.text) and not (before is not None and _FIGURE_PIECE.match(before.text))}


def find_header(lines: list[Line], start: int, height: float) -> tuple[int, int] | None:
    """First and last line of the first header from line `start` on, with the lines stacked above it.

    (Header cells centred beside taller ones print above the line naming the
    columns; those wrapping below it are taken later, see `header_wraps`.)
    """
    for first in range(start, len(lines)):
        if (last := header_from(lines, first, height)) is not None:
            while first > start and stacked(lines[first - 1], lines[first], height) and last - first < 4:
                first -= 1
            return first, last
    return None


def crosses(line: Line, fences: list[Fence], height: float) -> bool:
    """Whether a piece of the line's text prints right across a fence: text no column holds.

    Pieces part at gaps wider than a word space: two cells' texts a cell margin apart are two; so
    are two glued by a figure that overflows its column, when the gap over the fence is wider than a space.
    A piece must start more than a space left of the fence: a header word that overflows its cell
    to the right narrows the gap its fence is taken from.
    """
    return any(runs_across(piece, fence, height) and not parted_over(piece, fence, height) and not wide_figure(piece)
               for piece in pieces(line, height) for fence in fences)


def wide_figure(piece: list[Word]) -> bool:
    """Whether a piece of text is one wide figure alone: centred in its cell, it overflows it on both
    sides, across a gap between header cells, yet it is a cell's (no heading or note is a bare figure)."""
    return _WIDE_FIGURE.match("".join(w.text for w in piece)) is not None


def runs_across(piece: list[Word], fence: Fence, height: float) -> bool:
    """Whether a piece of text starts more than a space left of a fence and reaches past its far side."""
    return piece[0].x0 < fence[0] - SPACE * height and piece[-1].x1 >= fence[1]


def spans_gap(piece: list[Word], fences: list[Fence], height: float) -> bool:
    """Whether a piece of text runs across a gap between header cells: a heading's, however its
    words are spaced (a scan's word boxes stand further apart than a space), as no cell's text
    reaches from one header cell to the next."""
    return any(runs_across(piece, fence, height) for fence in fences)


def parted_over(piece: list[Word], fence: Fence, height: float) -> bool:
    """Whether two words of the piece stand more than a space apart over the fence, or apart at all
    after a figure that runs across it (a figure does not wrap: overflowing its column, it may leave
    only a space before the next column's text), or a wide figure runs back across it up to the text
    before it."""
    return any(fence[0] <= left.x1 and right.x0 <= fence[1] and right.x0 - left.x1 > SPACE * height
               or left.x0 < fence[0] < right.x0 and (right.x0 > left.x1 or overflows_into(left, right))
               and _FIGURE.search(left.text)
               or left.x0 < fence[0] < right.x1 and _WIDE_FIGURE.match(right.text) and not _FIGURE.search(left.text)
               for left, right in zip(piece, piece[1:]))


def heading_row(lines: list[Line], index: int, fences: list[Fence], height: float) -> bool:
    """A line across the columns that is a heading row inside the body ('Urusan Pemerintahan Wajib'):
    one piece of text, with the columns' lines going on below it."""
    return (tight(lines[index], height) and index + 1 < len(lines)
            and not crosses(lines[index + 1], fences, height))


def across(line: Line, extent: Fence, fences: list[Fence], height: float) -> bool:
    """A heading row's line: one piece of text over the middle of a gap between header cells, centred
    or from the first column, under its header cell (a cell's text set flush left under a centred header
    starts in the gap before it, left of the gap's middle: 'Terlaksananya ...' beside a 'NO' column).
    Centred on the table's `extent` (`extent_of` its lines, header and body): a last column's text set
    flush left reaches past its centred header (reporting scan 1000237)."""
    xs = [extent[0], *((a + b) / 2 for a, b in fences), extent[1]]
    return len(xs) > 2 and is_heading(line, xs, height, first_end=fences[0][0])


def extent_of(lines: list[Line]) -> Fence:
    """Where the lines' words start furthest left and end furthest right."""
    return min(w.x0 for line in lines for w in line.words), max(w.x1 for line in lines for w in line.words)


def body_end(lines: list[Line], first: int, fences: list[Fence], stop: float, height: float,
             rules: list[Rule], headed: bool = True) -> int:
    """Index after the body's last line: a wide gap, a line across the columns, a signature's
    place and date, a page number, a header or `stop` ends it. A wide gap that a rule crosses
    or that the table's next row follows does not (rules part rows, and generous padding makes
    every gap between rows wide), nor does a heading row, even the last line of its page (see
    `foot_heading`)."""
    bottom = lines[first - 1].bottom if first else lines[0].top
    gaps: list[float] = []
    starts: list[float] = []  # where the body's pieces of text start: its columns' left edges
    right = float("-inf")  # and where the rightmost ends
    tail = header_tail(lines, first, height) if headed else 0  # the header's gap to the body is below these
    for index in range(first, len(lines)):
        line = lines[index]
        if line.top >= stop or crosses(line, fences, height) and not heading_row(lines, index, fences, height) \
                and not foot_heading(lines, index, fences, starts, right, height) \
                or signs(line, height) \
                or is_page_furniture(line.text) and not line.text.isdigit():  # ('96' may be a target)
            return index
        if index > first + tail:
            gap = line.top - bottom
            usual = statistics.quantiles(gaps, n=4)[2] if len(gaps) > 3 else 0.0
            # (a page's number under the table's closing rule is no row the rule parts off: '2' may be a target)
            ruled = any(bottom < rule.y < line.top and rule.x0 <= line.words[0].x0 for rule in rules) \
                and not (index >= len(lines) - FOOTER_LINES and is_page_furniture(line.text))
            if gap > max(MIN_END_GAP * height, END_GAP * usual) and not ruled \
                    and not row_follows(lines, index, fences, starts, stop, height) \
                    and not foot_heading(lines, index, fences, starts, right, height) \
                    or header_from(lines, index, height) is not None:
                return index
            gaps.append(gap)
        if index >= first + tail:  # (a header cell's wrapped line, 'KINERJA' / '2026', starts no column)
            starts += [piece[0].x0 for piece in pieces(line, height)]
        right = max(right, line.words[-1].x1)
        bottom = max(bottom, line.bottom)
    return len(lines)


def foot_heading(lines: list[Line], index: int, fences: list[Fence], starts: list[float], right: float,
                 height: float) -> bool:
    """Whether line `index` is a heading row printed last on its page, above page furniture only
    ('Bidang Pelayanan Umum' before the page's number): it heads the rows the next page goes on with.
    One piece of text across a gap between the columns, holding no value, from the body's left edge
    or centred on the body (`starts`: where the body's pieces of text start; `right`: its right edge)."""
    if not starts or len(lines) - index - 1 > FOOTER_LINES:
        return False
    line, left = lines[index], min(starts)
    return all(is_page_furniture(other.text) for other in lines[index + 1:]) \
        and len(pieces(line, height)) == 1 and crosses(line, fences, height) and not holds_value(line.text) \
        and (abs(line.words[0].x0 - left) <= SPACE * height
             or abs((line.words[0].x0 + line.words[-1].x1) / 2 - (left + right) / 2) <= FOOT_CENTRED * (right - left))


def header_tail(lines: list[Line], first: int, height: float) -> int:
    """How many lines from `first` wrap a header cell ('Target' / 'Tahun 2021'): one piece of
    text each, or several in capitals (the cells of a header set in capitals wrapping together:
    'SASARAN' / 'STRATEGIS' beside 'PAGU' / 'ANGGARAN'; or no letters, 'Capaian' / '2017' beside
    'Target' / '%'; or a word or two each, `_names_on`), a line's pitch under the line above (glyph
    boxes may be tight, so up to twice their height), holding no value or numbered item; or number
    the columns, however far below (the body starts under them with the gap a header leaves)."""
    count = 0
    while first > 0 and first + count < len(lines) and count < HEADER_WRAPS:
        line = lines[first + count]
        texts = [text_of(piece) for piece in pieces(line, height)]
        # (each piece by itself: 'Capaian' / '2017' beside 'Target' / '%' is one line '2017 %', no value)
        if not is_column_numbers(line) and (
                line.top - lines[first + count - 1].top > WRAP_PITCH * height
                or len(texts) > 1 and any(char.islower() for char in line.text)
                and not all(_names_on(text) for text in texts)
                or any(holds_value(text) for text in texts) or is_item(line)):
            break
        count += 1
    return count


def _names_on(text: str) -> bool:
    """A header cell's wrapped line beside others: a word or two in capitals, or a unit in brackets
    ('Tahun' beside '(Rp)' under 'Target' and 'Anggaran'), not a row's sentence."""
    return len(text.split()) <= 2 and (text[:1].isupper() or text[:1] == "(")


def row_follows(lines: list[Line], index: int, fences: list[Fence], starts: list[float], stop: float,
                height: float) -> bool:
    """Whether the table's next row starts at line `index` or a few lines below it: what a wide
    gap leaves above a further paragraph of one cell (a Kegiatan item) before the next row. A
    paragraph running on to the page's end, or to a signature's place and date, inside a column
    that is not the table's first (where notes under a table start) is a cell's too: its row goes
    on over the page, or ends the table there. A line alone between two such paragraphs is the
    tail of a cell centred on the row beside them (a Sasaran beside a long Kegiatan list), and so are
    several whose lines the paragraph's interleave; so is a line of figures alone (a centred amount's
    piece)."""
    # the columns past the first gap: a continued body may not have printed in the first one yet
    inner = [x for x in starts if fences and x >= fences[0][0]]

    def at_inner(x0: float) -> bool:
        return any(abs(x0 - x) <= SAME_X * height for x in inner)

    def in_inner(line: Line) -> bool:
        return at_inner(line.words[0].x0)

    def beside_cell(at: int) -> bool:
        """A line alone between two of a cell's paragraph lines, the next one maybe some such lines below
        (a Sasaran centred on its rows, its lines printed between a long Kegiatan list's, 1,000,706)."""
        ahead = lines[at + 1:at + 1 + ROW_LOOKAHEAD]
        following = next((other for other in ahead if in_inner(other) or len(pieces(other, height)) > 1), None)
        # (the paragraph's next line may hold the cell's next line beside it: 'lanjut hasil 6) Penanganan')
        return len(pieces(lines[at], height)) == 1 and following is not None \
            and any(at_inner(piece[0].x0) for piece in pieces(following, height))

    alone = True  # every line so far a paragraph inside a column that is not the first, or one beside it
    for k, line in enumerate(lines[index:]):
        foot = index + k >= len(lines) - FOOTER_LINES
        if is_page_furniture(line.text) and (foot or not line.text.isdigit()):  # a number mid-page is a figure
            return alone and k > 0 and foot
        if parse_place_date(line.text) is not None:  # a signature's place and date, even with day and month blank:
            return alone and k > 0  # a cell's paragraphs above it, inside a column not the first, are the table's
        if line.top >= stop or crosses(line, fences, height):
            return False
        if (k < ROW_LOOKAHEAD or alone) and next_row(line, starts, fences, height):
            return True
        alone = alone and (in_inner(line) or _FIGURE_PIECE.match(line.text) is not None or 0 < k and beside_cell(index + k))
        if not alone and k >= ROW_LOOKAHEAD - 1:
            return False
    return alone


def next_row(line: Line, starts: list[float], fences: list[Fence], height: float) -> bool:
    """Whether a line after a gap is the table's next row: pieces of text in two columns or more
    (apart across a gap between header cells), one of them where the body's columns start
    (padding between rows makes gaps as wide as a table's end; centred cells such as targets and
    sums need not line up), unless the body so far printed in one column only (a heading row
    under the header: 'Urusan Pemerintahan Wajib')."""
    found = pieces(line, height)
    columns = {sum(p[0].x0 >= b for _, b in fences) for p in found}
    started = {sum(x >= b for _, b in fences) for x in starts}
    return len(columns) >= 2 and (len(started) < 2 or any(abs(p[0].x0 - x) <= SAME_X * height
                                                           for p in found for x in starts))


# --- columns ---------------------------------------------------------------------------


def gutters(words: list[Word], height: float, fences: Sequence[Fence] = ()) -> list[Fence]:
    """X-ranges that no word prints over, between the words: a column gap wide at least, or wider
    than a space after a figure that overflows its column under a gap between header cells
    (`fences`): figures do not wrap, so they may leave no more between two columns. A figure
    printed inside such a gap overflows nothing: a space after it is a word's ('8 Puskesmas',
    a wide target centred under a narrow header)."""
    found: list[Fence] = []
    ordered = sorted(words, key=lambda w: w.x0)
    reach = ordered[0]  # the word reaching furthest right so far
    for word in ordered[1:]:
        gap = word.x0 - reach.x1
        overflow = (any(reach.x0 < a <= reach.x1 and word.x0 <= b for a, b in fences)
                    and _FIGURE.search(reach.text))
        if gap >= (SPACE if overflow else COLUMN_GAP) * height:
            found.append((reach.x1, word.x0))
        reach = max(reach, word, key=lambda w: w.x1)
    return found


def free_middles(gutter: Fence, taken: list[Fence]) -> list[float]:
    """The middle of each stretch of the gutter that no header run prints over."""
    free = [gutter]
    for a, b in taken:
        free = [piece for x0, x1 in free for piece in ((x0, min(x1, a)), (max(x0, b), x1)) if piece[1] - piece[0] > 0.5]
    return [(x0 + x1) / 2 for x0, x1 in free]


def column_bounds(header: list[Line], body: list[Word], height: float, least_pitch: float = 0.0) -> list[float]:
    """Column boundaries: in the body's gutters, beside the header's runs.

    A gutter under a header run (a header spanning two columns) still splits
    the body; a header run standing in a gutter (a column empty on this page)
    gets a column of its own. Gutters at the table's sides only split off
    header runs standing beyond the body.
    """
    taken = [(run[0].x0, run[-1].x1) for line in header for run in header_runs(line, height)]
    left = min([w.x0 for w in body] + [a for a, _ in taken])
    right = max([w.x1 for w in body] + [b for _, b in taken])
    fences = [(a[1], b[0]) for a, b in zip(taken, taken[1:])]
    body_lines = words_to_lines(body)
    wedged = set(map(id, wedged_amounts(body_lines, height)))
    xs = [x for gutter in gutters([w for w in body if id(w) not in wedged], height, fences)
          for x in (free_middles(gutter, taken) or [sum(gutter) / 2])]
    for side in ((left, min(w.x0 for w in body)), (max(w.x1 for w in body), right)):
        if side[1] - side[0] >= COLUMN_GAP * height:
            xs += [x for x in free_middles(side, taken) if side[0] < x < side[1]]
    texts = [(run[0].x0, run[-1].x1) for line in body_lines for run in runs(line, height)
             if not any(_FIGURE.search(w.text) for w in run)]
    xs += [x for gap in gaps_between(clusters(header, height), height) if not any(gap[0] <= x <= gap[1] for x in xs)
           if (x := past_figures(gap, texts, height)) is not None]
    xs = [left, *sorted(xs), right]
    # what lies under the header: its cells' wrapped lines ('KINERJA UTAMA' / '(2025)') head their columns
    below = [w for line in body_lines if not is_column_numbers(line) for w in line.words]
    wraps = header_wraps([w for line in header for w in line.words], below, xs, height, least_pitch)
    wrapped = set(map(id, wraps))
    return without_headerless(xs, taken + [(w.x0, w.x1) for w in wraps], [w for w in below if id(w) not in wrapped])


def wedged_amounts(lines: list[Line], height: float) -> list[Word]:
    """Amounts in groups of thousands ('Rp1.290.000.000.000') touching, with no column's gap, a word that
    opens another cell or sits inside one (a capital, a figure, a bullet, a connective: not a unit or the
    amount's 'Rp'): a figure does not wrap, so one too wide for its cell runs over the gutters beside it,
    which the other lines still show (reporting scan 1,001,525, whose header lost the Target name that
    would have fenced the amount in: Indikator, Target and Kegiatan read as one column)."""
    found = []
    for line in lines:
        for before, word, after in zip([None, *line.words], line.words, [*line.words[1:], None]):
            if _AMOUNT.fullmatch(word.text) and any(
                    other is not None and (_OPENS_CELL.match(other.text) or other.text.lower() in CONNECTORS)
                    and not _CURRENCY.fullmatch(other.text)
                    and max(other.x0 - word.x1, word.x0 - other.x1) < COLUMN_GAP * height
                    for other in (before, after)):
                found.append(word)
    return found


def without_headerless(xs: list[float], taken: list[Fence], body: list[Word]) -> list[float]:
    """Column boundaries less those between a column of body words under no header run and a
    neighbour whose header run stands over no body word: a value printed at its cell's left edge
    under a centred header ('-' at the left of a 'KONDISI AWAL' column, on a page where it is the
    column's only value; '(%)', an indikator's tail) stands in the gutter between the header runs,
    and belongs to the empty column on its right (text is set flush left), else on its left."""
    n = len(xs) - 1
    headed = {column_at(xs, (a + b) / 2) for a, b in taken}
    filled = {column_at(xs, centre(w)) for w in body}
    dropped: set[int] = set()
    for col in range(n):
        if col in headed or col not in filled:
            continue
        empty = [side for side in (col + 1, col - 1) if 0 <= side < n and side in headed and side not in filled]
        if empty:
            dropped.add(max(col, empty[0]))  # the boundary left of the pair's right column
    return [x for k, x in enumerate(xs) if k not in dropped]


def past_figures(gap: Fence, texts: list[Fence], height: float) -> float | None:
    """A boundary inside the gap between two header cells that only figures print over: a wide
    figure centred in its cell (figures do not wrap) may overflow it on both sides, leaving the
    body no gutter there; the figure stays in the column its centre is in.

    `texts` are the extents of the body's runs of text without figures. Those reaching into the
    gap from either side narrow it (a header centred over a wide column leaves the column's
    left-aligned text under the gap); a run standing in the gap apart from both sides' edges is
    a column of its own."""
    a, b = gap
    inside = [(x0, x1) for x0, x1 in texts if x0 < b and x1 > a]
    a = max([a] + [x1 for x0, x1 in inside if x0 <= a])
    b = min([b] + [x0 for x0, x1 in inside if x1 >= b])
    if any(x1 > a + SPACE * height and x0 < b - SPACE * height for x0, x1 in inside):
        return None
    # packed cells may leave less than a space between columns, and a glyph box fitted to its ink
    # ('J') may reach a hair into the gap past its text's start
    return (a + b) / 2 if b > a - OVERHANG * height else None


def column_at(xs: list[float], x: float) -> int:
    return min(max(bisect_right(xs, x) - 1, 0), len(xs) - 2)


# --- the header row(s) -------------------------------------------------------------------


def header_cells(lines: list[Line], xs: list[float], height: float, bottom: float) -> tuple[list[Cell], list[float]]:
    """Header cells and the y of each header row's top.

    One row, a cell per column; a run printed over a gutter spans its
    columns, and the lines under it (sub-headers such as '2016 | 2017') make a
    second row there, the other columns' cells spanning both rows.
    """
    words = [w for line in lines for w in line.words]
    top = min(w.top for w in words)
    spans: list[tuple[int, int, float]] = []
    for run in (run for line in lines for run in header_runs(line, height)):
        first, last = column_at(xs, run[0].x0 + 1), column_at(xs, run[-1].x1 - 1)
        if last > first:
            spans.append((first, last, max(w.bottom for w in run)))
    split = max((s[2] for s in spans), default=bottom)
    spanned = {col for first, last, _ in spans for col in range(first, last + 1)}
    under = [w for w in words if w.top >= split and column_at(xs, centre(w)) in spanned]
    ys = [top, split] if under else [top]
    row_bottoms = [*ys[1:], bottom]
    taken: set[int] = set()
    cells: list[Cell] = []

    def add(cell_words: list[Word], row: int, col: int, col_span: int, row_span: int) -> None:
        taken.update(map(id, cell_words))
        bbox = BBox(x0=xs[col], top=ys[row], x1=xs[col + col_span], bottom=row_bottoms[row + row_span - 1])
        lines_ = [line.text for line in words_to_lines(cell_words)]
        cells.append(Cell(lines=lines_, row=row, col=col, row_span=row_span, col_span=col_span, bbox=bbox))

    for first, last in merge_ranges([(a, b) for a, b, _ in spans]):
        add([w for w in words if first <= column_at(xs, centre(w)) <= last and w.top < split], 0, first,
            last - first + 1, 1)
    for col in range(len(xs) - 1):
        own = [w for w in words if column_at(xs, centre(w)) == col and id(w) not in taken]
        if own:
            row = 1 if col in spanned else 0
            add(own, row, col, 1, 1 if col in spanned else len(ys))
    return cells, ys


def centre(word: Word) -> float:
    return (word.x0 + word.x1) / 2


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


# --- tables ------------------------------------------------------------------------------


def make_table(page: int, header: list[Line], body: list[Line], xs: list[float], rules: list[Rule],
               height: float, roles: list[Role | None], known_header: list[str] | None = None,
               style: Style | None = None, least_pitch: float = 0.0
               ) -> tuple[TablePage, list[Role | None], list[str], Style]:
    """The table's cells, header rows first; each column's role (from the header, if any); each
    column's header text; and how its level cells stood beside their rows, on this page or (`style`)
    the pages before.

    Header cells wrapping below the lines that named the columns ('Target' /
    '%') keep their lines, unless the header repeats one of the page before
    (`known_header`) that ends without them: then they are a cell's tail.
    """
    if header:
        header_words = [w for line in header for w in line.words]
        # a row of column numbers stands centred under the header too, but is a row of its own
        below = [w for line in body if not is_column_numbers(line) for w in line.words]
        wraps = header_wraps(header_words, below, xs, height, least_pitch)
        taken = set(map(id, wraps))
        rest = [kept for line in body if (kept := Line([w for w in line.words if id(w) not in taken])).words]
        if wraps and rest:
            header, body = words_to_lines(header_words + wraps), rest
        if known_header is not None and len(known_header) == len(xs) - 1:
            header, body = past_known(header, body, known_header, xs)
    body_top = max(line.bottom for line in header) if header else min(line.top for line in body)
    cells, header_ys = header_cells(header, xs, height, body_top) if header else ([], [])
    if header:
        roles = column_roles(cells, len(xs) - 1)
    # A line of no height (glyphs of size 0: hidden text, or a damaged font) must still end above
    # the table's bottom, or it falls below the last row.
    bottom = max(max(line.bottom, line.top + 0.1 * height) for line in body)
    inside = [r for r in rules if body_top < r.y < bottom and r.x1 > xs[0] and r.x0 < xs[-1]]
    body_words = [w for line in body for w in line.words]
    body_part, body_ys, doubts, style = body_cells(Body(xs, roles, body_words, inside, body_top, bottom, height),
                                                   len(header_ys), top_may_continue=page > 1, seen=style)
    ys = header_ys + body_ys
    words = lines_to_words(words_to_lines([w for line in header for w in line.words])) + lines_to_words(body)
    notes = [ReaderNote(code=doubt.code, page=page, cell=doubt.cell.bbox, node=doubt.node.bbox if doubt.node else None,
                        message=doubt.message) for doubt in doubts]
    table = TablePage(page=page, n_rows=len(ys) - 1, n_cols=len(xs) - 1, cells=cells + body_part, words=words,
                      bbox=BBox(x0=xs[0], top=ys[0], x1=xs[-1], bottom=ys[-1]), notes=notes,
                      font_size=font_size(body_words), ruled_rows=False)
    return table, roles, column_texts([w for line in header for w in line.words], xs), style


def column_words(words: list[Word], xs: list[float]) -> list[list[Word]]:
    """Each column's words in reading order."""
    return [[w for line in lines for w in line.words] for lines in column_lines(words, xs)]


def column_texts(words: list[Word], xs: list[float]) -> list[str]:
    """Each column's text, line by line."""
    return [" ".join(w.text for w in column) for column in column_words(words, xs)]


def past_known(header: list[Line], body: list[Line], known: list[str],
               xs: list[float]) -> tuple[list[Line], list[Line]]:
    """A repeated header and its body, the words printed under a column's header text as the page
    before gave it (`known`) moved to the body: the tail of a cell broken over the page, packed
    right under the header, reads like a header's wrapped line."""
    extra: list[Word] = []
    for words, text in zip(column_words([w for line in header for w in line.words], xs), known):
        joined = [" ".join(w.text for w in words[:k]) for k in range(1, len(words))]
        if text in joined:
            extra += words[joined.index(text) + 1:]
    if not extra:
        return header, body
    taken = set(map(id, extra))
    kept = [line for line in header if any(id(w) not in taken for w in line.words)]
    return (words_to_lines([w for line in kept for w in line.words if id(w) not in taken]),
            words_to_lines(extra + [w for line in body for w in line.words]))


def cut_short(texts: list[str], known: list[str] | None) -> bool:
    """Whether a repeated header's column texts are the page before's (`known`) with a cell's wrapped words
    missing: a scan's reading lost 'Tahun' of 'Target' / 'Tahun 2021', and '2021' alone, off the name's
    middle, went to the body. The pages after are read against the fuller header, or their own wrapped
    line would be taken for a cell's tail too (reporting scan 1,002,240, pages 5 and 6)."""
    return known is not None and len(texts) == len(known) and texts != known \
        and all(old == text or old.startswith(text + " ") for text, old in zip(texts, known))


def repeats(header: list[Line], known: list[str], xs: list[float]) -> bool:
    """Whether `header` is the header of the table the page before left open (`known`, each column's
    text under the columns `xs`), repeated: its words fall into those columns with the same texts
    (a cell's tail packed under it may follow them; a header cell's wrapped line, taken later by
    `header_wraps`, may be missing: 'Capaian' for 'Capaian 2020'). Where this page's gutters give another number
    of columns, the table goes on in those the page before measured on more rows (a short tail
    alone under a centred header shows a gutter at the column's side); where they give as many,
    this page's own bounds stand (a gutter's middle moves with the text beside it)."""
    texts = column_texts([w for line in header for w in line.words], xs)
    return len(texts) == len(known) and any(known) and \
        all(text == old or old and text.startswith(old + " ") or text and old.startswith(text + " ")
            for text, old in zip(texts, known))


def column_roles(header: list[Cell], n_cols: int) -> list[Role | None]:
    """Each column's role from the header text over it (None where no header names it)."""
    texts = [""] * n_cols
    for cell in sorted(header, key=lambda c: c.row):
        for col in range(cell.col, cell.col + cell.col_span):
            texts[col] = f"{texts[col]} {cell.text}".strip()
    return [role_of_header(text) if text else None for text in texts]


def without_centred_headings(kept: list[Line], extent: Fence, height: float) -> list[Line]:
    """The lines less headings centred on the table (`extent`) inside one header cell's span: a heading
    ('Urusan Pemerintahan Wajib') over a narrow middle header ('Target 2022') crosses no gap between
    header cells, yet runs across the body's gutter beside that column. A line alone on its row,
    one piece of text and no figure, centred on the table, that runs across a gutter the other
    lines leave, is no cell's: a cell's line stays inside its column (reporting seed 1,001,353)."""
    bounds = list(extent)
    lone = [line for line in kept if tight(line, height) and centred(line, bounds) and not _FIGURE.search(line.text)]
    if not lone:
        return kept
    lone_ids = set(map(id, lone))
    rest = [line for line in kept if id(line) not in lone_ids]
    found = gutters([w for line in rest for w in line.words], height) if rest else []
    headings = {id(line) for line in lone for piece in pieces(line, height) for fence in found
                if runs_across(piece, fence, height)}
    return [line for line in kept if id(line) not in headings]


def gaps_between(found: list[list[Word]], height: float) -> list[Fence]:
    """The whitespace between a header's cells: no line of the table prints across it."""
    extents = [(min(w.x0 for w in c), max(w.x1 for w in c)) for c in found]
    return [(a[1], b[0]) for a, b in zip(extents, extents[1:]) if b[0] - a[1] >= COLUMN_GAP * height]


def continued_start(lines: list[Line], xs: list[float], gutters: list[Fence], height: float,
                    header_height: float) -> int | None:
    """The first line of a body going on from the page before: one of the page's first lines,
    inside the columns and before any header or signature block (a signature's lines may fit a
    column, but no table goes on after its place and date). A line of cells side by side may
    reach into the gutters the page before left (a longer indikator); one piece of text across
    a column's bound is a heading or prose, not a row. A header's lines stack by `header_height`
    (`find_borderless`): a scan's 'TARGET' over 'TAHUN 2023' is a header's, no row (reporting scan
    1,000,520)."""
    bounds = [(x - 1, x + 1) for x in xs[1:-1]]
    for index in range(min(RUNNING_HEAD + 1, len(lines))):
        line = lines[index]
        if header_from(lines, index, header_height) is not None or signs(line, height):
            return None
        inside = xs[0] - height <= line.words[0].x0 and line.words[-1].x1 <= xs[-1] + height
        if inside and not crosses(line, gutters if len(pieces(line, height)) > 1 else bounds, height):
            return index
    return None


def body_gutters(lines: list[Line], xs: list[float]) -> list[Fence]:
    """The whitespace each inner bound of `xs` stands in: from the furthest a word left of it
    reaches to the nearest word right of it starts."""
    ends = sorted(w.x1 for line in lines for w in line.words)
    starts = sorted(w.x0 for line in lines for w in line.words)
    fences = []
    for x in xs[1:-1]:  # by bisection: a page of thousands of bounds and words is not read in quadratic time
        left, right = bisect_right(ends, x), bisect_left(starts, x)
        fences.append((ends[left - 1] if left else x - 1, starts[right] if right < len(starts) else x + 1))
    return fences


def signs(line: Line, height: float) -> bool:
    """Whether a line, or a piece of it, opens a signature block: two parties' blocks stand
    side by side, so a place and date may share its line with the other party's position."""
    return opens_signature(line.text) or any(opens_signature(text_of(piece)) for piece in pieces(line, height))


def word_height(words: list[Word]) -> float:
    """A text line's height: a high percentile, as some engines fit boxes to the glyphs printed."""
    heights = sorted(w.bottom - w.top for w in words)
    return heights[int(0.9 * (len(heights) - 1))]


def stop_below(stops: list[float], y: float) -> float:
    return min((s for s in stops if s > y), default=float("inf"))


def find_borderless(page: int, words: list[Word], rules: list[Rule], stops: list[float],
                    carry: Carry, glyph_boxes: bool = False) -> tuple[list[TablePage], list[Word]]:
    """The tables among `words` (the words outside ruled tables), top to bottom; and the words left.

    `stops` are the tops of the page's ruled tables, which no table here runs
    into; `carry` holds the columns of a table the page before left open, and
    gets this page's. `glyph_boxes`: the words' boxes are fitted to their ink (OCR), not the font's:
    a header's lines stack by the font's pitch, 1.2 ink heights.
    """
    open_xs, open_roles, open_header, open_gutters = carry.xs, carry.roles, carry.header, carry.gutters
    carry.xs = carry.roles = carry.header = carry.gutters = None
    if not words:
        return [], words
    inked: dict[int, Word] = {}
    if glyph_boxes:
        words, inked = font_boxes(words)
    lines = words_to_lines(words)
    height = word_height(words)
    header_height = height * (GLYPH_BOX_LINE if glyph_boxes else 1.0)  # a header's lines stack by the font's pitch
    # and wrap by it at least: the least pitch between ink boxes can be a line's ink topping out low
    # (dev scan 164: 'Kondisi' / 'Awal' / '(2022)' 12.4 and 12.0 points apart, the least pitch 10.6)
    wrap_pitch = header_height if glyph_boxes else 0.0
    tables: list[TablePage] = []
    used: list[range] = []
    spans: list[list[float]] = []  # each table's column bounds
    start = 0

    def add(first: int, body: int, end: int, header: list[Line], xs: list[float], roles: list[Role | None]) -> None:
        """The table of lines `first` to `end`: the `header` read from the lines above `body`."""
        table, roles, header_texts, carry.style = make_table(page, header, lines[body:end], xs,
                                                             rules, height, roles, open_header, carry.style,
                                                             wrap_pitch)
        tables.append(table)
        used.append(range(first, end))
        spans.append(xs)
        if end >= len(lines) - FOOTER_LINES and not any(signs(line, height) for line in lines[end:]):
            # open at the page's end: only page numbers below it, no signature block
            carry.xs, carry.roles = xs, roles
            carry.header = header_texts if header and not cut_short(header_texts, open_header) else open_header
            carry.gutters = body_gutters(lines[body:end], xs)

    fences = open_gutters or [(x - 1, x + 1) for x in (open_xs or [])[1:-1]]
    if open_xs is not None and open_roles is not None \
            and (first := continued_start(lines, open_xs, fences, height, header_height)) is not None:
        if (end := body_end(lines, first, fences, stop_below(stops, lines[first].top), height, rules,
                            headed=False)) > first:
            add(first, first, end, [], open_xs, open_roles)
            start = end
    while (found := find_header(lines, start, header_height)) is not None:
        top, last = found
        header, start = without_dashes(lines[top:last + 1], header_height), last + 1
        fences = gaps_between(clusters(header, height), height)
        end = body_end(lines, start, fences, stop_below(stops, lines[top].top), height, rules)
        # heading rows print over the gutters, so the columns are found without them (and without a
        # piece of text across a gap between header cells: a heading a scan's reading put on a cell's line)
        body = lines[start:end]
        extent = extent_of(header + body)
        kept = [line for above, line, below in zip([None, *body], body, [*body[1:], None])
                if not across(line, extent, fences, height) or wraps_on(line, below, height)
                or wraps_under(above, line, fences[0][0], height)]
        kept = without_centred_headings(kept, extent, height)
        columned = [w for line in kept for piece in pieces(line, height)
                    if not spans_gap(piece, fences, height) for w in piece]
        xs = column_bounds(header, columned, height, wrap_pitch) if columned else []
        if columned and open_xs is not None and open_header is not None and len(xs) != len(open_xs) \
                and repeats(header, open_header, open_xs):
            xs = [min(open_xs[0], *(w.x0 for w in columned)), *open_xs[1:-1], max(open_xs[-1], *(w.x1 for w in columned))]
        if len(xs) >= 3:
            add(top, start, end, header, xs, [])
            start = end
    taken = {index for lines_used in used for index in lines_used}
    for table, lines_used, xs in zip(tables, used, spans):
        table.notes += rows_left_below(page, lines, lines_used.stop, taken, xs, height, last_row_box(table))
    return tables, [inked.get(id(w), w) for index, line in enumerate(lines) if index not in taken for w in line.words]


def last_row_box(table: TablePage) -> BBox | None:
    """The box of the first cell with text in the table's last row."""
    last = max((cell.row for cell in table.cells if cell.text), default=None)
    return next((cell.bbox for cell in sorted(table.cells, key=lambda cell: cell.col)
                 if cell.row == last and cell.text), None)


def rows_left_below(page: int, lines: list[Line], end: int, taken: set[int], xs: list[float],
                    height: float, last_row: BBox | None) -> list[ReaderNote]:
    """A review note when lines under a table's end, above any signature or other table, stand in
    two of its columns or more: rows the table ended above (a line read across a gutter, a row of
    column numbers misread), which would otherwise go into the page's text without a word
    (reporting scans 1,001,283 and 1,001,339: 21 and 8 rows). It points at the table's `last_row`
    (the rows after it may be lost), its box where those lines stand."""
    columned = []
    for index in range(end, len(lines)):
        line = lines[index]
        if index in taken or signs(line, height) or parse_place_date(line.text) is not None:
            break
        inside = xs[0] - height <= line.words[0].x0 and line.words[-1].x1 <= xs[-1] + height
        if inside and len({column_at(xs, piece[0].x0) for piece in pieces(line, height)}) >= 2:
            columned.append(line)
    if len(columned) < COLUMNED_LINES:
        return []
    box = BBox(min(line.words[0].x0 for line in columned), columned[0].top,
               max(line.words[-1].x1 for line in columned), columned[-1].bottom)
    return [ReaderNote(code=TABLE_NOT_READ, page=page, cell=box, node=last_row,
                       message=f"page {page}: a table without rules ended above {lines[end].text[:60]!r}, yet "
                               f"{len(columned)} lines below it stand in its columns, such as "
                               f"{columned[0].text[:60]!r}: check that no rows were left out")]


def font_boxes(words: list[Word]) -> tuple[list[Word], dict[int, Word]]:
    """OCR'd words with boxes as a font's would be, and each one's own by its id. An OCR box fits its
    word's ink, so two words of a line stand further apart than a font's boxes do (their letters' side
    bearings), often more than this module's word space (reporting scan 1,000,701: 'Urusan Pemerintahan
    Wajib' 5.5 and 4.5 points apart at 10.8 points high, the page's usual gap 5.1, parted into pieces,
    so that the heading ended the table under its header). Where a gap a quarter wider than the page's
    usual one would part a piece of text, each word widens by half the difference: no more, as cells
    printed close together must stay apart (reporting scan 1,000,316)."""
    height = word_height(words)
    gaps = [b.x0 - a.x1 for line in words_to_lines(words) for a, b in zip(line.words, line.words[1:])
            if 0 < b.x0 - a.x1 < height]  # (wider ones part cells)
    pad = max(0.0, (WIDE_WORD_GAP * statistics.median(gaps) - HEADING_GAP * height) / 2) if gaps else 0.0
    if not pad:
        return words, {}
    widened = [w._replace(x0=w.x0 - pad, x1=w.x1 + pad) for w in words]
    return widened, {id(wide): word for wide, word in zip(widened, words)}
