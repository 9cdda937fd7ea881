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

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from rktparse.assemble.columns import Role, is_numbering
from rktparse.grid import BBox, Cell
from rktparse.readers.pdf_words import Line, Word, words_to_lines

OPENING = (Role.INDIKATOR, Role.TARGET, Role.KEGIATAN)
LEVELS = (Role.NO, Role.MISI, Role.TUJUAN, Role.SASARAN)

BLOCK_GAP = 1.2  # a line pitch this many times the table's line spacing starts a new block
LOOSE = 1.4  # line spacing (in line heights) at which even lines may each be a row
MIN_PITCH = 0.8  # lines closer (in line heights) are not two wrapped lines of one cell
HEADER_WRAPS = 2  # lines a header cell may wrap to below the lines that name the columns
WRAP_GAP = 1.1  # and their pitch: a header's padding may be small, the body's first line is apart
SAME_ROW = 0.5  # how far (in line heights) above its first line a row starts
ALIGNED = 0.25  # a level block this close (in line heights) to its row's top is top-aligned
RULE_COVER = 0.5  # a rule across this share of a column separates the column's cells


class Rule(NamedTuple):
    """A horizontal rule: y, and where it starts and ends."""

    y: float
    x0: float
    x1: float


class Block(NamedTuple):
    """Lines of one column printed together."""

    lines: list[Line]

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def centre(self) -> float:
        return (self.lines[0].top + max(line.bottom for line in self.lines)) / 2


class Body(NamedTuple):
    """What the rows are built from: columns, their roles, the body's words and rules."""

    xs: list[float]
    roles: list[Role | None]
    words: list[Word]
    rules: list[Rule]
    top: float  # where the body starts (the header's bottom)
    bottom: float  # where the table ends
    height: float  # a text line's height


def crosses(rule: Rule, x0: float, x1: float) -> bool:
    return min(rule.x1, x1) - max(rule.x0, x0) >= RULE_COVER * (x1 - x0)


def is_item(line: Line) -> bool:
    """A line opening a numbered item: '1.', '2)', 'a.' (not a bare number, which may be a value)."""
    first = line.words[0].text
    return first[-1] in ".)" and is_numbering(first)


def column_lines(words: list[Word], xs: list[float]) -> list[list[Line]]:
    """Each column's lines, top to bottom, from the words whose centre falls in it."""
    per_column: list[list[Word]] = [[] for _ in xs[1:]]
    for word in words:
        col = bisect_right(xs, (word.x0 + word.x1) / 2) - 1
        per_column[min(max(col, 0), len(per_column) - 1)].append(word)
    return [words_to_lines(column) for column in per_column]


def header_wraps(header: list[Word], body: list[Word], xs: list[float], height: float) -> list[Word]:
    """Words of `body` that wrap a header cell: in its column, right under it at the line spacing."""
    header_ids = {id(w) for w in header}
    columns = column_lines(header + body, xs)
    spacing, _ = line_spacing(columns, height)
    wraps: list[Word] = []
    for lines in columns:
        last = max((i for i, line in enumerate(lines) if id(line.words[0]) in header_ids), default=None)
        if last is None:
            continue
        for prev, line in zip(lines[last:last + HEADER_WRAPS], lines[last + 1:last + 1 + HEADER_WRAPS]):
            if line.top - prev.top > WRAP_GAP * spacing:
                break
            wraps += line.words
    return wraps


def line_spacing(columns: list[list[Line]], height: float) -> tuple[float, bool]:
    """The pitch of lines wrapped in one cell, and whether every pitch is about that (no gaps)."""
    pitches = [b.top - a.top for lines in columns for a, b in zip(lines, lines[1:])
               if b.top - a.top >= MIN_PITCH * height]
    if not pitches:
        return float("inf"), True
    return min(pitches), max(pitches) <= BLOCK_GAP * min(pitches)


def split_blocks(body: Body, columns: list[list[Line]]) -> list[list[Block]]:
    """Each column's blocks, top to bottom."""
    spacing, even = line_spacing(columns, body.height)
    opening = opening_columns(body.roles)
    items = any(is_item(line) for col in opening for line in columns[col])
    # Evenly spaced loose lines without numbering give no sign of wrapping: each is a row.
    every_line = even and spacing > LOOSE * body.height and not items
    blocks: list[list[Block]] = []
    for col, lines in enumerate(columns):
        walls = [r.y for r in body.rules if crosses(r, body.xs[col], body.xs[col + 1])]
        column: list[Block] = []
        for prev, line in zip([None, *lines], lines):
            starts = (
                prev is None
                or line.top - prev.top > BLOCK_GAP * spacing
                or any(middle(prev) < y < middle(line) for y in walls)
                or (col in opening and (every_line or is_item(line)))
            )
            if starts:
                column.append(Block([line]))
            else:
                column[-1].lines.append(line)
        blocks.append(column)
    return blocks


def middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def opening_columns(roles: Sequence[Role | None]) -> set[int]:
    """Columns whose blocks start rows: indikator, target, kegiatan; else every non-level column."""
    opening = {col for col, role in enumerate(roles) if role in OPENING}
    return opening or {col for col, role in enumerate(roles) if role not in LEVELS}


def row_cuts(body: Body, blocks: list[list[Block]]) -> list[float]:
    """Where each body row starts: at opening blocks and at rules, never leaving a row empty."""
    margin = SAME_ROW * body.height
    opening = opening_columns(body.roles)
    candidates = sorted([b.top - margin for col in opening for b in blocks[col]] + [r.y for r in body.rules])
    tops = sorted(line.top for column in blocks for block in column for line in block.lines)
    cuts = [min(body.top, tops[0] - margin)]
    for cut in candidates:
        above, below = bisect_left(tops, cuts[-1]), bisect_left(tops, cut)
        if cut > cuts[-1] and above < below < len(tops):  # lines on both sides of the cut
            cuts.append(cut)
    return cuts


def level_spans(blocks: list[Block], ys: list[float], row_tops: list[float], walls: list[float],
                height: float) -> list[tuple[int, int]]:
    """First and last row of each level block (Misi, Tujuan, Sasaran, No).

    Rules across the column enclose its cells; between two rules (or without
    any) the blocks are top-aligned when each starts at its row's first line,
    and each then runs down to the next; otherwise they are centred beside
    the rows they span.
    """
    n_rows = len(ys) - 1
    firsts = [bisect_right(ys, b.top) - 1 for b in blocks]
    lasts = [bisect_right(ys, b.lines[-1].top) - 1 for b in blocks]
    aligned = all(abs(b.top - row_tops[r]) <= ALIGNED * height for b, r in zip(blocks, firsts))
    bounds = sorted({0, n_rows, *(bisect_left(ys, y - SAME_ROW * height) for y in walls)})
    spans: list[tuple[int, int]] = []
    for start, end in zip(bounds, bounds[1:]):
        inside = [i for i, r in enumerate(firsts) if start <= r < end]
        starts = [firsts[i] for i in inside]
        overlapping = any(lasts[i] >= firsts[j] for i, j in zip(inside, inside[1:]))
        if aligned or overlapping:
            # two blocks starting on one row (OCR'd lines a little apart) each keep a row
            spans += [(a, max(a, b - 1)) for a, b in zip(starts, starts[1:] + [end])]
        elif inside:
            spans += centred_spans([blocks[i].centre for i in inside], starts, [lasts[i] for i in inside],
                                   ys, start, end)
    return spans


def centred_spans(centres: list[float], firsts: list[int], lasts: list[int], ys: list[float],
                  start: int, end: int) -> list[tuple[int, int]]:
    """The split of rows `start`..`end - 1` among blocks that centres each beside its rows best.

    The first block may start below `start` (the rows above it continue a
    cell from the page before), but covers them when that centres it as well;
    the last block runs to `end`.
    """

    def cost(i: int, first: int, last: int) -> float:
        return abs(centres[i] - (ys[first] + ys[last + 1]) / 2)

    def ends(i: int) -> range:
        return range(lasts[i], firsts[i + 1]) if i + 1 < len(firsts) else range(end - 1, end)

    # the best split so far for each row the latest block may end on: (cost, spans)
    best = {last: min((cost(0, first, last) + 1e-3 * (first - start), [(first, last)])
                      for first in range(start, firsts[0] + 1))
            for last in ends(0)}
    for i in range(1, len(firsts)):
        best = {last: min((total + cost(i, before + 1, last), spans + [(before + 1, last)])
                          for before, (total, spans) in best.items())
                for last in ends(i)}
    return min(best.values())[1]


def body_cells(body: Body, first_row: int) -> tuple[list[Cell], list[float]]:
    """The body's cells (rows numbered from `first_row`) and the y of each body row boundary."""
    columns = column_lines(body.words, body.xs)
    blocks = split_blocks(body, columns)
    ys = [*row_cuts(body, blocks), body.bottom]
    row_tops = [float("inf")] * (len(ys) - 1)
    for line in (line for column in columns for line in column):
        row = bisect_right(ys, line.top) - 1
        row_tops[row] = min(row_tops[row], line.top)
    opening = opening_columns(body.roles)
    cells: list[Cell] = []

    def add(words: list[Word], row: int, col: int, span: int) -> None:
        bbox = BBox(x0=body.xs[col], top=ys[row], x1=body.xs[col + 1], bottom=ys[row + span])
        lines = [line.text for line in words_to_lines(words)]
        cells.append(Cell(lines=lines, row=first_row + row, col=col, row_span=span, bbox=bbox))

    for col, column in enumerate(blocks):
        if body.roles[col] in LEVELS:
            walls = [r.y for r in body.rules if crosses(r, body.xs[col], body.xs[col + 1])]
            for block, (first, last) in zip(column, level_spans(column, ys, row_tops, walls, body.height)):
                add(block_words(block), first, col, last - first + 1)
            continue
        for block in column:
            rows = [bisect_right(ys, line.top) - 1 for line in block.lines]
            if col in opening:
                add(block_words(block), rows[0], col, rows[-1] - rows[0] + 1)
                continue
            for row in sorted(set(rows)):  # other columns: one cell per row
                add([w for line, r in zip(block.lines, rows) if r == row for w in line.words], row, col, 1)
    return cells, ys


def block_words(block: Block) -> list[Word]:
    return [word for line in block.lines for word in line.words]
