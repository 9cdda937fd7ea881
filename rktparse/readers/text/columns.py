"""Where a layout export's columns stand: header blocks, the header's columns, their boundaries.

A header block is a line naming three or more columns with the short lines
just above and below it that continue the names. Each column boundary lies in
the body's whitespace gutter between two neighbouring names. A page without a
header goes on with the columns of the page before, fitted to its own spacing
(`refit`): pdftotext sets each page on a character grid of its own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from rktparse.readers.clean import without_controls
from rktparse.readers.text.lines import (
    LEVELS,
    header_role,
    is_header_word,
    is_table_header,
    is_title_line,
    qualifies,
)
from rktparse.readers.text.realign import Run
from rktparse.vocabulary.headers import ROW_NUMBER

_RUN = re.compile(r"\S+(?: \S+)*")  # words parted by single spaces
_WORD = re.compile(r"\S+")
TITLE_CENTRED = 2  # characters: lines of a centred title share their centre within rounding to the grid
NUMBERS_SEEN = 2  # lines opening with a number a column's text stands apart from, for an unnamed number column
NUMBER_REACH = 6  # characters about a column's start such a number stands
MAX_APART = 4  # words of a column name printed alone on a line under the header's first one
COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")  # '(3)' of a row of column numbers under the header


def runs(raw: str) -> list[Run]:
    """Runs of words: a header name, a title line, one signer's line."""
    return [Run(m.start(), m.end(), m.group()) for m in _RUN.finditer(raw)]


def words(raw: str) -> list[Run]:
    """Single words: body text is placed word by word, as two columns may be a single space apart."""
    return [Run(m.start(), m.end(), m.group()) for m in _WORD.finditer(raw)]


MAX_SHIFT = 6  # characters a page's text may stand off the columns of the page before (`shifted`)
MIN_CROSSED = 2  # runs across the carried boundaries that show a page moved (one may be a signer's line)


@dataclass
class Column:
    x0: int
    x1: int
    names: list[tuple[int, str]] = field(default_factory=list)  # (line, name run), top to bottom
    groups: list[Run] = field(default_factory=list)  # names of groups of columns printed over it (`_group_names`)

    @property
    def role(self) -> str:
        """The role its names give, or a name a narrow column broke gives whole ('TARGE' / 'T'); else its
        group's ('Data Capaian pada' over 'Awal Tahun')."""
        names = [name for _, name in sorted(self.names)]
        broken = (a + b for a, b in zip(names, names[1:]) if not header_role(a) and b[:1].isalpha())
        groups = (group.text for group in self.groups)
        return next((role for name in (*names, *broken, *groups) if (role := header_role(name))), "extra")

    @property
    def header(self) -> list[str]:
        """Its own header's lines as printed, top to bottom (its groups' names stand over it and its neighbours)."""
        return [name for _, name in sorted(self.names)]


def _continues_header(raw: str, header: str | None, above: Sequence[str] = (), below: Sequence[str] = (),
                      ends: Sequence[str] = ()) -> bool:
    """A short line just above (`header` the header line under it) or below a header line holding
    only header words: more of the column names ('(2023)', '%'), not the tail of a cell that a page
    break cut ('aparatur'). Above the header it is no title line ('TAHUN 2024') unless each of its
    runs stands where the header line leaves a gap ('CAPAIAN' over a column named below the header)
    or opens the name of the column under it (`_opens_names`). Below it (`above`: the header's lines
    so far), a word may end one a narrow column broke ('PROGRAM/KE' / 'GIATAN'); above it (`below`:
    the header line and the line under it), a word may open one ('TARGE' over the header line, 'T'
    under it: a cell centred on its row), or end one the line over it (`ends`) broke ('TARGE' / 'T'
    both over the header line, dev seed 1995). A name of more words stands below only where the lines
    above leave a gap: a column's whole name centred on a taller header ('PROGRAM DAN KEGIATAN')."""
    line_runs, line_words = runs(raw), words(raw)
    over = [run for line in above for run in runs(line)]
    named = [is_header_word(word.text) for word in line_words]
    return (bool(line_runs) and all(len(r.text.split()) <= (MAX_APART if over and not _overlaps([r], over) else 2)
                                    for r in line_runs)
            and all(whole or _completes(word, [*ends, *above]) or _starts(word, below)
                    for word, whole in zip(line_words, named))
            # (a line of a broken header word's pieces only, no whole name, is no title: 'TARGE')
            and not (header is not None and any(named) and is_title_line(raw)
                     and _overlaps(line_runs, runs(header))
                     and not _opens_names(line_runs, runs(header)))
            and not all(COLUMN_NUMBER.match(r.text) for r in line_runs))


def _completes(word: Run, above: Sequence[str]) -> bool:
    """Whether `word` ends a header word broken at the end of the nearest run over it in `above`, a
    character either side: a narrow cell's centred lines start apart ('INDIKATO' / 'R KINERJA')."""
    near = Run(word.start - 1, word.end + 1, word.text)
    over = next((run for line in reversed(above) for run in runs(line) if _overlaps([near], [run])), None)
    if over is None:
        return False
    piece = over.text.rsplit(" ", 1)[-1].rsplit("/", 1)[-1]  # 'KE' of 'PROGRAM/KE'
    return not is_header_word(piece) and is_header_word(piece + word.text)


def _starts(word: Run, below: Sequence[str]) -> bool:
    """Whether `word` opens a header word that the nearest run under it in `below` ends."""
    under = next((run for line in below for run in runs(line) if _overlaps([word], [run])), None)
    return under is not None and not is_header_word(word.text) and is_header_word(word.text + under.text.split()[0])


def _opens_names(line_runs: list[Run], header_runs: list[Run]) -> bool:
    """Whether each run of a line in capitals opens a column's name that the header line's runs
    under it go on with ('KONDISI' over 'AWAL' over '(2021)'): no title line, whose runs open no
    column name ('TAHUN 2024'), nor stand over runs that open one of their own."""
    return all(header_role(run.text) is not None
               and all(header_role(below.text) is None for below in header_runs if _overlaps([run], [below]))
               for run in line_runs)


def _title_tail(lines: list[str], index: int, floor: int) -> bool:
    """Whether line `index` is centred right under a line that names no column: the last line of a
    centred title ('TAHUN 2020' under 'INSPEKTORAT KABUPATEN GARUT') printed with no gap above the
    header, not a column's name ('CAPAIAN' over 'KINERJA' over the header line continue each other)."""
    above = index - 1
    if above < floor or not lines[above].strip() \
            or _continues_header(lines[above], lines[index], below=lines[index:index + 1]):  # 'TARGE' / 'T'
        return False
    return abs(_centre(lines[index]) - _centre(lines[above])) <= TITLE_CENTRED


def _centre(raw: str) -> float:
    line_runs = runs(raw)
    return (line_runs[0].start + line_runs[-1].end) / 2


def _overlaps(line_runs: list[Run], others: list[Run]) -> bool:
    return any(a.start < b.end and b.start < a.end for a in line_runs for b in others)


def shifted(columns: list[Column], lines: Sequence[str]) -> list[Column]:
    """Columns carried from a page before, moved as far (MAX_SHIFT characters at most, either way, or
    by the width of leading level columns it leaves empty: `_dropped_shift`) as this page's `lines`
    were: pdftotext sets each page out on a grid of its own, and a page whose text stands further
    left moves every cell. The shift is one that leaves no run of words across
    the columns' boundaries where none leaves MIN_CROSSED (a page whose gaps pdftotext narrowed,
    rather than moved, is matched line by line: `realign`)."""
    # (a row's number alone in the first column stands anywhere in it: a centred '8.' parts no columns)
    crossed = _crossed([run for line in lines for run in runs(line)
                        if not (len(columns) > 1 and run.start < columns[1].x0 and ROW_NUMBER.match(run.text))])

    def crossing(shift: int) -> int:
        return sum(crossed[x] for c in columns[1:] if 0 <= (x := c.x0 + shift) < len(crossed))

    near = min(range(-MAX_SHIFT, MAX_SHIFT + 1), key=lambda shift: (crossing(shift), abs(shift)))
    best = _dropped_shift(columns, lines, crossing) if crossing(near) else near
    if best is None or crossing(best) or crossing(0) < MIN_CROSSED:
        return columns
    return [Column(c.x0 + best, c.x1 + best, c.names, c.groups) for c in columns]


def _dropped_shift(columns: list[Column], lines: Sequence[str], crossing: Callable[[int], int]) -> int | None:
    """The shift of a page printing nothing in its first columns (merged levels going on, a Misi): pdftotext sets
    the page's leftmost text at its left edge, so the rest stand further left by those columns' width.
    One that leaves no run across the boundaries and starts more runs where columns start than none
    does; None if there is none."""
    starts = [run.start for line in lines for run in runs(line)]

    def aligned(shift: int) -> int:
        return sum(any(abs(start - (c.x0 + shift)) <= 1 for c in columns) for start in starts)

    dropped = [columns[0].x0 - c.x0 + d for k, c in enumerate(columns[1:], start=1)
               if all(before.role in LEVELS for before in columns[:k])  # only merged levels leave a page empty
               for d in range(-MAX_SHIFT, MAX_SHIFT + 1)]
    unmoved = aligned(0)
    fits = [shift for shift in dropped if not crossing(shift) and aligned(shift) > unmoved]
    return max(fits, key=lambda shift: (aligned(shift), -abs(shift)), default=None)


def _crossed(words: list[Run]) -> list[int]:
    """For each character position x, how many words run across it (start < x < end)."""
    ends = max((w.end for w in words), default=0)
    steps = [0] * (ends + 2)
    for w in words:
        if w.end - w.start > 1:
            steps[w.start + 1] += 1
            steps[w.end] -= 1
    return list(accumulate(steps))


def _names(run: Run, body_words: list[Run], crossed: list[int]) -> list[Run]:
    """A header run holding two column names a single space apart ('TARGET PROGRAM/KEGIATAN'), parted
    before a word that opens another column's name, where the body leaves a gutter between the two
    names' centres with text on either side of it; not before a word that only says whose the first
    name is ('Sasaran Program': `qualifies`; 'Indikator Sasaran')."""
    for match in re.finditer(r"(?<= )\S+", run.text):
        first, second = run.text[:match.start() - 1], run.text[match.start():]
        if header_role(second) in (None, header_role(first)) or qualifies(first.split(), second.split()[0]) \
                or (header_role(first), header_role(second)) == ("indikator", "sasaran"):  # the sasaran's indikator
            continue
        low, high = run.start + len(first) // 2, run.start + match.start() + len(second) // 2
        if any(x < len(crossed) and crossed[x] == 0 and any(low <= w.end <= x for w in body_words)
               and any(x <= w.start < high for w in body_words) for x in range(low, high)):
            return [Run(run.start, run.start + len(first), first),
                    *_names(Run(run.start + match.start(), run.end, second), body_words, crossed)]
    return [run]


def header_columns(lines: list[str], head: range, body: list[int], groups: Collection[int] = ()) -> list[Column]:
    """Header names clustered by position; each boundary lies between the centres of two
    neighbouring names, amid the gutter that the fewest body words cross and that is widest between the names."""
    columns: list[Column] = []
    body_words = [word for index in body for word in words(lines[index])]
    crossed = _crossed(body_words)
    starts = Counter(word.start for word in body_words)
    for index in (i for i in head if i not in groups):
        for run in (name for whole in runs(lines[index]) for name in _names(whole, body_words, crossed)):
            hit = next((c for c in columns if run.start < c.x1 and c.x0 < run.end), None)
            if hit is None:
                columns.append(Column(run.start, run.end, [(index, run.text)]))
            else:
                hit.x0, hit.x1 = min(hit.x0, run.start), max(hit.x1, run.end)
                hit.names.append((index, run.text))
    columns.sort(key=lambda c: c.x0)
    centres = [(c.x0 + c.x1) // 2 for c in columns]
    for left, right, low, high in zip(columns, columns[1:], centres, centres[1:]):
        crossings = {x: crossed[x] if x < len(crossed) else 0 for x in range(low + 1, max(high, low + 1) + 1)}
        # the boundary runs through no name: a gutter right of a column's short values may be wider
        # than the one before them, under a name centred over both ('Satuan')
        between = {x for x in crossings if left.x1 <= x <= right.x0} or set(crossings)
        fewest = min(crossings[x] for x in between)
        stretches: list[list[int]] = []  # runs of neighbouring places crossed by the fewest
        for x in sorted(x for x, n in crossings.items() if n == fewest):
            if stretches and x == stretches[-1][-1] + 1:
                stretches[-1].append(x)
            else:
                stretches.append([x])
        # of two as wide, the one where the right column's lines start (its words left-aligned), not one
        # a single word of the left column's longest line starts in ('di' / 'dibina', dev seed 2140)
        widest = max(stretches, key=lambda stretch: (len(between.intersection(stretch)),
                                                     sum(starts[x] for x in stretch)))
        right.x0 = widest[len(widest) // 2]
    for group in (run for index in head if index in groups for run in runs(lines[index])):
        _head_group(columns, group)
    return _unnamed_numbers(columns, [words(lines[index]) for index in body])


def _head_group(columns: list[Column], group: Run) -> None:
    """Put a group's name over the columns it stands over, and over their neighbours named alike: a name
    centred over four quarters ('Trw I' .. 'Trw IV') or five years stands over the middle ones only."""
    ends = [c.x0 for c in columns[1:]] + [math.inf]
    under = [k for k, (column, end) in enumerate(zip(columns, ends)) if group.start < end and column.x0 < group.end]
    if not under:
        return
    first, last = under[0], under[-1]
    while first > 0 and _alike(columns[first - 1], columns[first]):
        first -= 1
    while last + 1 < len(columns) and _alike(columns[last + 1], columns[last]):
        last += 1
    for column in columns[first:last + 1]:
        column.groups.append(group)


def group_spans(columns: list[Column]) -> list[tuple[int, int, str]]:
    """Each group of columns as (first column, last column, its name), in the order their first columns stand."""
    spans: dict[int, tuple[int, int, Run]] = {}
    for k, column in enumerate(columns):
        for group in column.groups:
            first, _, _ = spans.get(id(group), (k, k, group))
            spans[id(group)] = (first, k, group)
    return [(first, last, group.text) for first, last, group in spans.values()]


def _alike(column: Column, other: Column) -> bool:
    """Whether two columns are named alike, as columns under one group are ('Trw I', 'Trw II'; '2015', '2016')."""
    if column.groups or not column.names or not other.names:
        return False
    a, b = (sorted(c.names)[-1][1].split()[0] for c in (column, other))
    return a == b or a.isdigit() and b.isdigit()


GUTTER_CROSSED = 1  # body words a gutter's two neighbouring places may each be crossed by (a figure overflowing)


def cell_tail(lines: list[str], head: range, body: list[int]) -> bool:
    """Whether the header block's last line is the tail of a cell a page break cut, printed under the
    page's header ('... Tahun' / 'Anggaran 2019' under 'Kegiatan', dev seed 767), not more of the
    columns' names: each of its runs names a column of its own beside one named higher up, with no
    gutter of the body between them (no two neighbouring places the body's words leave free: it is
    one column)."""
    if len(head) < 2:
        return False
    columns = header_columns(lines, head, body)
    crossed = _crossed([word for index in body for word in words(lines[index])])
    tails = [k for k, column in enumerate(columns) if column.names and all(line == head[-1] for line, _ in column.names)]

    def crossing(x: int) -> int:
        return crossed[x] if x < len(crossed) else 0

    def gutterless(k: int) -> bool:
        others = [j for j in (k - 1, k + 1) if 0 <= j < len(columns) and columns[j].names and j not in tails]
        centre = (columns[k].x0 + columns[k].x1) // 2
        return any(not any(crossing(x) <= GUTTER_CROSSED and crossing(x + 1) <= GUTTER_CROSSED
                           for x in range(min(centre, there), max(centre, there)))
                   for j in others if (there := (columns[j].x0 + columns[j].x1) // 2) != centre)

    named = sum(1 for column in columns for line, _ in column.names if line == head[-1])
    return bool(tails) and named == len(tails) and all(gutterless(k) for k in tails)


def _unnamed_numbers(columns: list[Column], body: list[list[Run]]) -> list[Column]:
    """The columns, with a column of its own, unnamed, for the numbers printed at a level's or an
    indikator's left edge where the header names none ('1   Meningkatnya ...' under 'SASARAN'):
    numbers standing apart (two spaces or more) about the column's start, the text after each of them
    and every other line of the column starting at one place."""
    out: list[Column] = []
    for k, column in enumerate(columns):
        named = k > 0 and columns[k - 1].role == "no"  # the header names the numbers' column
        if column.role not in (*LEVELS[1:], "indikator") or named:
            out.append(column)
            continue
        numbers = [(line[i], line[i + 1].start) for line in body for i in range(len(line) - 1)
                   if abs(line[i].start - column.x0) <= NUMBER_REACH and ROW_NUMBER.match(line[i].text)
                   and line[i + 1].start >= line[i].end + 2 and (i == 0 or line[i - 1].end <= line[i].start - 2)]
        starts = {start for _, start in numbers}
        if len(numbers) < NUMBERS_SEEN or len(starts) != 1:
            out.append(column)
            continue
        start, left = starts.pop(), min(word.start for word, _ in numbers)
        stop = columns[k + 1].x0 if k + 1 < len(columns) else math.inf
        lone = {id(word) for word, _ in numbers}
        own = [line[i] for line in body for i in range(len(line))
               if left <= line[i].start < stop and (i == 0 or line[i - 1].end < left)]
        if all(id(word) in lone or word.start >= start - 1 for word in own):
            out.append(Column(min(left, column.x0), start - 2))
            column.x0 = start - 1
        out.append(column)
    return out


class Head(NamedTuple):
    """A header block: its lines, and those of them that name groups of its columns (`_group_names`)."""

    lines: range
    groups: frozenset[int] = frozenset()


def header_blocks(lines: list[str]) -> list[Head]:
    blocks: list[Head] = []
    for index in range(len(lines)):
        if not is_table_header(_names_about(lines, index)) or (blocks and index in blocks[-1].lines):
            continue
        top, bottom, groups = index, index, set()
        floor = blocks[-1].lines.stop if blocks else 0
        while top - 1 >= floor and lines[top - 1].strip():
            if not _names_over(lines, top - 1, index, floor):
                if not _group_names(lines, top - 1, index, floor):
                    break
                groups.add(top - 1)
            top -= 1
        while bottom + 1 < len(lines) and lines[bottom + 1].strip() \
                and _continues_header(lines[bottom + 1], None, lines[top:bottom + 1]):
            bottom += 1
        blocks.append(Head(range(top, bottom + 1), frozenset(groups)))
    return blocks


GROUP_OFF_CENTRE = 0.1  # share of the header's width a group's names stand off its centre (a title is centred on it)


def _names_over(lines: list[str], index: int, header: int, floor: int) -> bool:
    """Whether line `index` prints more of the column names of the header line `header` under it."""
    return _continues_header(lines[index], lines[index + 1], below=lines[index + 1:header + 2],
                             ends=lines[max(floor, index - 1):index]) and not _title_tail(lines, index, floor)


def _group_names(lines: list[str], index: int, header: int, floor: int) -> bool:
    """Whether line `index`, right above a header, names groups of its columns ('Target Kinerja Sasaran' over
    'Trw I .. Trw IV', 'JADWAL KEGIATAN' far right on the same line): each run holds a header word and stands
    over the header's runs, none over its first column ('MATRIK TUJUAN, SASARAN DAN INDIKATOR' over 'No'
    and 'Tujuan' is a caption). A title prints one run, centred on the table or under the
    title line above it ('TABEL 2.4' / 'INDIKATOR KINERJA DENGAN TARGET TAHUN 2016'): a lone run must stand
    off both."""
    line_runs = runs(lines[index])
    below = [run for line in lines[index + 1:header + 2] for run in runs(line)]
    if not line_runs or not below:
        return False
    left, right = min(r.start for r in below), max(r.end for r in below)
    if len(line_runs) == 1 and (abs(_centre(lines[index]) - (left + right) / 2) <= GROUP_OFF_CENTRE * (right - left)
                                or index - 1 >= floor and lines[index - 1].strip()
                                and abs(_centre(lines[index]) - _centre(lines[index - 1])) <= TITLE_CENTRED):
        return False
    # where the second column's names start, on the header's lines (not the body's line under them)
    second = sorted({r.start for line in lines[index + 1:header + 1] for r in runs(line)})[1:2] or [right]
    return all(second[0] <= run.start and _overlaps([run], below) and any(is_header_word(w) for w in run.text.split())
               for run in line_runs)


def _names_about(lines: list[str], index: int) -> list[str]:
    """The column names on line `index` and, where it names two or more, on the lines of header words
    right above and under it: a taller header cell centred on its row prints its name there ('TARGET'
    over 'SASARAN  INDIKATOR', 'TAHUN 2016' under them)."""
    names = [r.text for r in runs(lines[index])]
    if len([name for name in names if header_role(name)]) < 2:
        return names
    above = [lines[index - 1]] if index > 0 and lines[index - 1].strip() \
        and _continues_header(lines[index - 1], lines[index], below=lines[index:index + 2]) else []
    below = [lines[index + 1]] if index + 1 < len(lines) and lines[index + 1].strip() \
        and _continues_header(lines[index + 1], None, lines[index:index + 1]) else []
    return names + [r.text for line in above + below for r in runs(line)] + _broken_over(lines, index)


def _broken_over(lines: list[str], index: int) -> list[str]:
    """The names a narrow column broke over the two lines right above line `index`, joined ('TARGE' / 'T' over
    'SASARAN KINERJA   INDIKATOR', development seed 3478: the header was not found)."""
    if index < 2 or not lines[index - 2].strip() or not lines[index - 1].strip() \
            or not _continues_header(lines[index - 1], lines[index], ends=lines[index - 2:index - 1]):
        return []
    return [head.text + tail.text for head in runs(lines[index - 2]) for tail in runs(lines[index - 1])
            if _overlaps([Run(tail.start - 1, tail.end + 1, tail.text)], [head]) and not header_role(head.text)]


def column_edges(columns: list[Column], lines: list[str]) -> list[float]:
    """The columns' boundaries in characters: aligned with spaces, the export keeps their proportions."""
    lines = [without_controls(line) for line in lines]  # removed before the assembler: they print nothing
    left = min([columns[0].x0] + [len(line) - len(line.lstrip()) for line in lines if line.strip()])
    right = max([columns[-1].x1] + [len(line) for line in lines])
    return [float(left)] + [float(c.x0) for c in columns[1:]] + [float(right)]
