"""Layout exports (`pdftotext -layout`, pdfplumber `extract_text(layout=True)`): columns aligned by spaces.

Per page: a header block opens a table, its columns found by `columns`. A row starts where the target column starts a new value. Merged
columns (No, Misi, Tujuan, Sasaran) hold one cell per group of rows and a
Kegiatan cell may list several entries: `lines.cut_score` decides where one
cell ends and the next begins in both.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from rktparse.grid import BBox, ReaderNote, preview
from rktparse.readers.text.columns import (
    COLUMN_NUMBER,
    Column,
    Head,
    cell_tail,
    column_edges,
    group_spans,
    header_blocks,
    header_columns,
    runs,
    shifted,
    words,
)
from rktparse.readers.text.headings import layout_headings
from rktparse.readers.text.lines import (
    CONNECTORS,
    CURRENCY,
    FIRST_ITEM,
    INDIKATOR,
    KEGIATAN,
    LEVELS,
    NUMBERING,
    SASARAN,
    cut_score,
    first_word,
    fold_spaces,
    is_count,
    is_satuan,
    is_title_line,
    opener,
    opens_signature,
    target_spans,
    text_width,
)
from rktparse.readers.text.page import NOTE_BELOW, PageOut, concerned, confidence, note
from rktparse.readers.text.realign import Run, Starts, header_starts, is_value, matched, misplaced
from rktparse.readers.text.weights import W
from rktparse.vocabulary.cues import capital_cue, case_turn, is_fund_source, opens_sasaran
from rktparse.vocabulary.furniture import ends_table, is_page_furniture, parse_place_date
from rktparse.vocabulary.headers import ROW_NUMBER
from rktparse.vocabulary.phrases import Phrases
from rktparse.vocabulary.targets import LEVEL_VALUE
from rktparse.vocabulary.text import CUT_FIGURE, inside_items, wraps_inside_number

ONE_LINE_SLIPS = 0.1  # share of a side column's rows printing more than one line in it that a misread row may make
CENTRED_ROWS = 2  # lines of values centred between an indikator's lines that show a table centres its values
TOP_TARGETS, MIN_ROWS = 0.85, 5  # share of a table's targets printed on their rows' first lines: top-aligned
FUND_NAME = 40  # characters enough for any source of funds' name ('Dana Alokasi Khusus Non Fisik')
LONE_WORD = 6.0  # log-odds against a level's cell ending on a first line of its opening word alone
ALIGNMENT_DOUBTED = 0.5  # the certainty of a merged cell whose rows its column's alignment, in doubt, decides
TARGET_OPENS = 0.5  # the score a target opening below its row's first line takes there: a row, unsure
_VALUE_START = re.compile(r"^(Rp|\d|[A-Z]{1,3}\b)")  # how a target value begins
_CURRENCY_SIGN = re.compile(r"^Rp\.?$")  # a Rupiah amount's sign on a line of its own, the amount below
# a line opening with a figure ('80', '28 (100') or an amount ('Rp264.000.0', a narrow column broke it: dev seed 2201)
_FIGURE_OPENS = re.compile(r"^(?:Rp\.? ?)?(?:0(?:,\d+)?|[1-9][\d.,]*)(?: |$)")


def _complete(text: str) -> bool:
    """A whole target value ('97 %', 'BB', '12 kali', 'Rp 1.234.567', SPIP's maturity 'Level 3'): the next
    line may start another."""
    return bool(CURRENCY.match(text) or LEVEL_VALUE.fullmatch(text)) or is_count(text) \
        or any(s.start == 0 and s.end == len(text) for s in target_spans(text))


def _whole_figure(text: str) -> bool:
    """A whole value holding a figure ('68.870.000', 'Rp 1.234.567', '96,59'), not a currency alone
    ('Rp.' over its amount) nor a figure a narrow column broke."""
    return any(ch.isdigit() for ch in text) and _complete(text)


def _opens_value(text: str) -> bool:
    """A target cell opening with a value ('A (60-65)', '97 %', 'Rp 1.234'), not with words."""
    return any(s.start == 0 for s in target_spans(text)) or bool(CURRENCY.match(text))


def _bare(text: str) -> bool:
    """A figure alone ('89', '91,8'): the unit may be on the next line, or in the header ('Target (%)')."""
    return any(s.bare and s.start == 0 and s.end == len(text) for s in target_spans(text))


def _another_value(value: str, here: str, after_empty: bool) -> bool:
    """Whether target line `here` is a second value of a row whose target so far is `value`: a whole
    value ('97 %', '20.717 sekolah', 'Rp 1.234', 'Level 3') or a currency sign over its amount ('Rp' / '49.900.000')
    under a value that opened the cell and is whole or under an empty line; or a line opening with a
    figure under a whole value ('A (60-65)' / '80', '86,9' / '28 (100'), not the rest of a figure a
    narrow column broke."""
    if not _opens_value(value) or not (after_empty or _complete(value)):
        return False
    return is_value(here) or is_count(here) or bool(_CURRENCY_SIGN.match(here) or LEVEL_VALUE.fullmatch(here)) \
        or _complete(value) and bool(_FIGURE_OPENS.match(here)) \
        and (after_empty or not wraps_inside_number(value, here))


def _listed(cells: list[str], above: list[str], indikator: int | None, width: float | None) -> float:
    """How sure a line of a table without targets opens a row by its indikator alone: the cut log-odds
    where it opens with an indikator's word right under another indikator line ('... dalam WTN' /
    'Prosentase kepemilikan ...'); else it goes on with the row."""
    if indikator is None or not (cells[indikator] and above[indikator]) \
            or opener(first_word(cells[indikator])) != INDIKATOR:
        return -math.inf
    return W["layout.row.indikator_cut"] * cut_score(above[indikator], cells[indikator], width)


def _after_words(value: str, here: str, beside: str) -> bool:
    """Whether target line `here` is a value after a target in words ('Kategori Baik' / '39.052 desa'),
    not its rest ('Minimal' / '80 %'): a whole figure beside an indikator line opening with an
    indikator's word ('jumlah TPS yang ...'). Or a target in words after a whole value ('86,2' /
    'Tersusun dan'): a capitalised word that is no unit, beside such an indikator line."""
    if not value or opener(first_word(beside)) != INDIKATOR:
        return False
    if _opens_value(value):
        return _complete(value) and here[:1].isupper() and not is_satuan(first_word(here))
    return _whole_figure(here) or bool(_FIGURE_OPENS.match(here))  # ('10 (306' / 'Temuan)', dev seed 2206)


def _note_under(value: str, here: str) -> bool:
    """Whether target line `here` is a note in brackets under the value opening the target so far
    ('10%' / '(190 temuan)'): the value's note ('10 (234 Temuan)'), not another row's value."""
    return here[:1] == "(" and _opens_value(value)


def _join_value(value: str, more: str) -> str:
    """A target's lines joined: a figure a narrow column broke ('Rp 447.000.000.' / '000') without a space."""
    if CUT_FIGURE.search(value) and more[:1].isdigit():
        return value + more
    return f"{value} {more}".strip()


def _column_numbers(cells: list[str]) -> bool:
    """A row of column numbers under the header, '(1) (2) (3)': a row of its own."""
    filled = [text for text in cells if text]
    return len(filled) >= 2 and all(COLUMN_NUMBER.match(text) for text in filled)


@dataclass
class _Cell:
    line: int  # body line it starts on
    lines: list[str]
    certainty: float = 1.0  # of the closest call among its starts and ends
    last: int = -1  # body line it ends on (merged columns)


@dataclass
class _Table:
    columns: list[Column]
    grid: list[list[str]]  # per body line, per column: the text there (none on a heading line)
    headings: dict[int, str] = field(default_factory=dict)  # body line -> a heading printed across the table
    numbers: dict[int, list[str]] = field(default_factory=dict)  # body line -> a row of column numbers '(1) (2)'
    realigned: set[int] = field(default_factory=set)  # body lines placed by their own column starts (`realign`)
    guessed: set[int] = field(default_factory=set)  # heading lines told by their place and words only
    phrases: Phrases = field(default_factory=Phrases)  # the document's own openings and word pairs
    spaced: frozenset[int] = frozenset()  # body lines under a blank line
    opening: bool = False  # no table before it goes on here: its rows continue no page before
    closing: bool = False  # a signature, a source note or a caption under it ends it: its rows run on to no page after
    tops: dict[str, tuple[int, int]] = field(default_factory=dict)  # per merged column (its role): cells
    # opening on a row's first line, and all, on the table's pages so far

    def column(self, role: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.role == role), None)

    def row_starts(self) -> tuple[list[int], list[float]]:
        """`_row_starts`, read again where the table prints its targets on their rows' first lines
        (TOP_TARGETS of its rows that have one, MIN_ROWS at least): there a target opening on a later
        line of a row that had none is the first line of a row of its own (the row above it holds an
        indikator with no target), whatever the indikator's words say. Likewise where a side column
        (Satuan, Kondisi Awal) holds one line in all but ONE_LINE_SLIPS of its rows, MIN_ROWS at
        least: a second line in it opens a row. Unsure: it gets a note."""
        starts, sure = self._row_starts(False)
        target = self.column("target")
        if target is None:
            return starts, sure
        bounds = list(zip(starts, starts[1:] + [len(self.grid)]))
        firsts = [next((n for n in range(a, b) if self.grid[n][target]), None) for a, b in bounds]
        held, opened = [first for first in firsts if first is not None], set(starts)
        top_targets = len(held) >= MIN_ROWS and sum(first in opened for first in held) >= TOP_TARGETS * len(held)
        one_line = frozenset(c for c in range(len(self.columns)) if self._one_line(c, bounds))
        if top_targets or one_line:
            starts, sure = self._row_starts(top_targets, one_line)
        return self._centred_values(starts, sure), sure

    def _centred_values(self, starts: list[int], sure: list[float]) -> list[int]:
        """`starts` with rows whose values (No, Target, ...) stand centred on them read whole. A value
        centred on an even count of lines has a line of its own, which pdftotext prints between two
        of the indikator's lines: such a line opens no row; the row opens where the indikator cell
        around it does (after the row above's last line). Where a table prints CENTRED_ROWS such
        lines, its values stand centred on every row: one beside an indikator line that goes on from
        the line above is that row's middle line, and opens no row either. `sure` takes the wrap's
        certainty."""
        indikator = self.column("indikator")
        if indikator is None:
            return starts
        width, column = self.width(indikator), [cells[indikator] for cells in self.grid]
        apart = self.headings.keys() | self.numbers.keys()  # lines of their own, across the table

        def around(n: int) -> tuple[str, str]:
            """The indikator lines a start's value may be centred between: above and under it, or
            above it and its own."""
            if not n or not column[n - 1] or {n - 1, n, n + 1} & apart:
                return "", ""
            if column[n]:
                return column[n - 1], column[n]
            below = column[n + 1] if n + 1 < len(column) and self._holds_row(n) else ""
            return column[n - 1], below

        wraps = {n: cut_score(*pair, width) for n in starts if all(pair := around(n))}
        centred = sum(wrap < 0 and not column[n] for n, wrap in wraps.items()) >= CENTRED_ROWS
        kept: list[int] = []
        for n in starts:
            wrap, top = wraps.get(n, 0.0), kept[-1] if kept else -1
            if wrap >= 0 or column[n] and not centred:
                kept.append(n)
                continue
            first = n - 1  # the indikator cell's first line, back over its wraps
            while first - 1 > top and column[first - 1] and cut_score(column[first - 1], column[first], width) < 0:
                first -= 1
            sure[n] = sure[first] = min(sure[first], confidence(-wrap))
            if first > top:
                kept.append(first)
        return kept

    def _one_line(self, col: int, bounds: list[tuple[int, int]]) -> bool:
        """Whether side column `col` prints one line a row, `bounds` the rows' (first, stop) lines."""
        if self.columns[col].role in (*LEVELS, INDIKATOR, "target", "kegiatan"):
            return False
        lines = [sum(1 for n in range(a, b) if self.grid[n][col]) for a, b in bounds]
        filled = [count for count in lines if count]
        return len(filled) >= MIN_ROWS and sum(count > 1 for count in filled) <= ONE_LINE_SLIPS * len(filled)

    def _row_starts(self, top_targets: bool, one_line: frozenset[int] = frozenset()) -> tuple[list[int], list[float]]:
        """Body lines that open a row, and how sure each line's decision (open or go on) was.
        Cues add up with fitted weights (`weights.py`): the target column starting a value under
        an empty line or after a complete value, other columns opening, the indikator column's
        cut log-odds. A row of column numbers under the header is a row of its own. A row holds one
        indikator cell: an indikator line opening with an indikator's word after the row's indikator
        ended (a line without it came after it: its other cells, a merged cell's, or a blank line)
        opens a row, whatever its target (empty, in an indikator with none, where the cues above tie).
        A row holds one target: a whole value under an empty target line, after a target opening with a
        value, or right under a whole value, opens a row beside an indikator line, whatever that line's
        words say. On a page whose first lines hold no indikator nor target (the tail of a row broken over
        the page before), the first indikator line opens a row: unsure, as a centred cell reads alike. So
        does an indikator opening with a measure's word in capitals beside a side column's second word of
        the row, under an empty line in that column (its target left empty: 'DAK' / '-', dev seed 2475)."""
        target, indikator = self.column("target"), self.column("indikator")
        width = self.width(indikator) if indikator is not None else None
        starts, sure = [], []
        value = ""  # the target cell so far: a value a narrow column wrapped is complete only at its end
        named = ended = False  # the row so far holds indikator lines; a line without one came after them
        filled: set[int] = set()  # the columns the row so far prints in
        sides = [c for c, column in enumerate(self.columns) if column.role not in (*LEVELS, INDIKATOR, "target", KEGIATAN)]
        own = [c for c, column in enumerate(self.columns) if c and column.role not in LEVELS]  # a row's own cells
        said: dict[int, str] = {}  # what the row so far prints in each side column (as far as a fund's name goes)
        tail = True  # the lines so far hold no indikator nor target: a row broken over the page's top
        above = [""] * len(self.columns)  # the last line holding a row's text: not a merged cell's line alone,
        for n, cells in enumerate(self.grid):  # which pdftotext prints between a row's lines where it is centred
            ended = ended or named and n in self.spaced
            if {n, n - 1} & (self.headings.keys() | self.numbers.keys()):
                score = math.inf
            elif indikator is not None and ended and opener(first_word(cells[indikator])) == INDIKATOR:
                score = math.inf  # a row holds one indikator cell: a second, opening with an indikator's word, opens a row
            elif target is not None and (_another_value(value, cells[target], not above[target])
                                         and cells[indikator if indikator is not None else target]
                                         or indikator is not None and _after_words(value, cells[target], cells[indikator])):
                score = math.inf  # a row holds one target: a second whole value, beside an indikator line, opens a row
            elif target is None:  # programmes, or an IKU's indikator: a row opens where any column but the
                # first does, a merged one (No, Sasaran) on a line holding a row's own text only; or where
                # an indikator's word opens a cell under the indikator's line above (an IKU lists them)
                opens = any(cells[c] and (not above[c] or _complete(cells[c]) and _complete(above[c]))
                            for c in (range(1, len(cells)) if self._holds_row(n) else own))
                score = math.inf if opens else _listed(cells, above, indikator, width)
            else:
                score = self._row_score(cells, above, value, target, indikator, width)
                if top_targets and score <= 0 and cells[target] and not value and named:
                    score = TARGET_OPENS  # a row's first target line, below its indikator's first line
                elif score <= 0 and any(cells[c] and c in filled for c in one_line):
                    score = TARGET_OPENS  # a second line in a column of one line a row
                elif score <= 0 and any(is_fund_source(cells[c]) and is_fund_source(said.get(c, "")) for c in sides):
                    score = TARGET_OPENS  # a second source of funds ('Dana Desa' / 'DAK'): a Keterangan names one
                elif score <= 0 and tail and filled and indikator is not None and cells[indikator]:
                    score = TARGET_OPENS  # the first indikator under the tail of the page before's last row
                elif score <= 0 and indikator is not None and capital_cue(cells[indikator]) == INDIKATOR \
                        and any(cells[c] and not above[c] and said.get(c) and len(cells[c].split()) == 1 for c in sides):
                    score = TARGET_OPENS  # a measure beside a side column's second word ('Kali' / 'Nilai', 'DAK' / '-')
            sure.append(confidence(abs(score)))
            here = cells[target] if target is not None else ""
            if score > 0:
                starts.append(n)
                value = here
                named = ended = False
                filled, said = set(), {}
            elif here:
                value = _join_value(value, here)
            filled |= {c for c, text in enumerate(cells) if text}
            said.update({c: f"{said.get(c, '')} {cells[c]}".strip()[:FUND_NAME] for c in sides if cells[c]})
            tail = tail and not any(cells[c] for c in (indikator, target) if c is not None)
            if indikator is not None:
                ended = named and not cells[indikator] or ended
                named = named or bool(cells[indikator])
            if self._holds_row(n):
                above = cells
        return starts, sure

    def _row_score(self, cells: list[str], above: list[str], value: str, target: int | None,
                   indikator: int | None, width: float | None) -> float:
        here = cells[target] if target is not None else ""
        score = W["layout.row.bias"]
        if not here:
            score += W["layout.row.empty_target"]
        elif not above[target] and not _note_under(value, here):  # type: ignore[index]
            score += W["layout.row.target_after_empty"]
        elif not _complete(value):
            score += W["layout.row.target_goes_on"]
            if _complete(_join_value(value, here)):  # 'Rp 37.100.00' / '0.000'
                score += W["layout.row.target_completes"]
        elif _VALUE_START.match(here):
            score += W["layout.row.target_after_value"]
        if here and _complete(here):
            score += W["layout.row.target_whole"]
        others = [c for c in range(len(cells)) if c not in (target, indikator) and cells[c] and not above[c]]
        score += W["layout.row.other_opens"] * len(others)  # each column opening a cell under an empty line
        figures = [c for c in range(len(cells)) if c not in (target, indikator) and _whole_figure(cells[c])
                   and _whole_figure(above[c])]
        score += W["layout.row.figure_after_figure"] * len(figures)  # an Anggaran's second amount: another row's
        if any(FIRST_ITEM.match(text) for text in cells):  # a list starts again ('1.', 'a)'): a new cell's
            score += W["layout.row.list_opens"]
        if indikator is not None and cells[indikator]:
            if not above[indikator]:
                score += W["layout.row.indikator_opens"]
            else:
                score += W["layout.row.indikator_cut"] * cut_score(above[indikator], cells[indikator], width)
        return score

    def width(self, col: int) -> float:
        """The column's printed width: its longest line (the second longest, if one was misplaced)."""
        widths = sorted(text_width(cells[col]) for cells in self.grid if cells[col])
        return float(widths[-2] if len(widths) > 4 else widths[-1] if widths else 1)

    def cells(self, out: PageOut, notes: list[ReaderNote]) -> None:
        """Fill `out` with this table's cells: rows, Kegiatan entries as sub-rows, merged columns.
        A cell whose start or end was a close call carries its confidence, and gets a note."""
        starts, sure = self.row_starts()
        bounds = ([0] if not starts or starts[0] else []) + starts + [len(self.grid)]
        kegiatan = self.column("kegiatan") if self.column("target") is not None else None
        indikator = self.column("indikator")
        placed: list[tuple[_Cell, int, int, int]] = []  # (cell, grid row, column, rows spanned)
        names: dict[int, list[str]] = {}  # grid row -> its indikator lines, to name it in notes
        grid_row, top_rows = 0, {}  # body line opening a row -> its first grid row
        squeezed: list[tuple[int, int]] = []  # rows holding realigned lines: (grid row, rows spanned)
        guessed: list[tuple[int, str]] = []  # (grid row under a guessed heading, the heading)
        for first, stop in zip(bounds, bounds[1:]):
            if first in self.headings:  # a row of its own, across the table: a group of the rows below
                top_rows[first] = grid_row
                out.add([self.headings[first]], grid_row, 0, col_span=len(self.columns))
                if first in self.guessed:
                    guessed.append((grid_row + 1, self.headings[first]))
                grid_row += 1
                continue
            if first in self.numbers:  # '(1) (2) (3)' under the header: a row of its own, no merged cell's
                for col, text in enumerate(self.numbers[first]):
                    out.add([text], grid_row, col)
                grid_row += 1
                continue
            entries = self._split(kegiatan, first, stop) if kegiatan is not None else []
            certainty = min(sure[first:stop + 1], default=1.0)  # the row's own lines, and the next row's start
            for entry in entries:
                entry.certainty = min(entry.certainty, certainty)
            span = max(1, len(entries))
            top_rows[first] = grid_row
            if self.realigned & set(range(first, stop)):
                squeezed.append((grid_row, span))
            named = indikator if indikator is not None else 0
            for row in range(grid_row, grid_row + span):
                names[row] = [self.grid[n][named] for n in range(first, stop) if self.grid[n][named]]
            for col, column in enumerate(self.columns):
                if col != kegiatan and column.role not in LEVELS:
                    lines = [self.grid[n][col] for n in range(first, stop) if self.grid[n][col]]
                    placed.append((_Cell(first, lines, certainty), grid_row, col, span))
            placed += [(cell, grid_row + k, kegiatan or 0, 1) for k, cell in enumerate(entries)]
            grid_row += span
        opened: set[int] = set()  # lines where a merged column's cell opens: the No column first, being surest
        levels = sorted((c for c, column in enumerate(self.columns) if column.role in LEVELS),
                        key=lambda c: self.columns[c].role != "no")
        centred, disputed = self._centred(levels, frozenset(top_rows))
        # the innermost level first: an outer level's cells open where an inner one's do
        levels.sort(key=lambda c: (self.columns[c].role != "no", -LEVELS.index(self.columns[c].role)))
        across = {top_rows[first] for first in self.headings}
        inner: frozenset[int] | None = None
        for col in levels:
            merged, opens = self._merged(col, top_rows, grid_row, frozenset(opened), self.columns[col].role in centred,
                                         inner)
            if self.columns[col].role in disputed:
                self._doubt_alignment(merged, self._merged(col, top_rows, grid_row, frozenset(opened), True, inner)[0])
            if self.columns[col].role != "no" and opens is not None:
                inner = opens
            if self.columns[col].role == "no":  # (a new Sasaran is no sign of a new Misi: only the No column's
                opened |= {cell.line for cell, _, _ in merged}  # numbers tell every level a cell opens)
            placed += [(cell, top, col, rows) for cell, row, span in merged for top, rows in [_beside(row, span, across)]]
        boxes = [out.add(cell.lines, row, col, row_span=span, certainty=cell.certainty)
                 for cell, row, col, span in placed]
        for (cell, row, col, span), box in zip(placed, boxes):  # once all are placed: an empty cell's note
            if cell.certainty < NOTE_BELOW:                     # points at its row's others
                note(notes, "text-cell-boundary", f"page {out.page}: where the {self.columns[col].role} cell "
                     f"'{preview(cell.lines)}' of the row '{preview(names.get(row) or cell.lines)}' begins or ends "
                     f"is uncertain (confidence {cell.certainty:.2f})", out.page,
                     *concerned(self.columns[col].role, box or out.near(row), out.boxes(indikator, range(row, row + span))))
        for row, heading in guessed:  # on every row whose group it sets, down to the next heading
            below = range(row, min((r for r in across if r >= row), default=grid_row))
            note(notes, "text-heading-guessed", f"page {out.page}: '{heading}' stands alone on its line before a "
                 f"new row: read as a heading over the rows below it; check their group",
                 out.page, *(out.boxes(indikator, below) or [out.near(row)]))
        for row, span in squeezed:
            note(notes, "text-columns-realigned", f"page {out.page}: the row '{preview(names.get(row) or [])}' "
                 f"stands off the header's columns (the export squeezed its spaces); its cells were matched to "
                 f"the columns in order: check them", out.page,
                 *(out.boxes(indikator, range(row, row + span)) or [out.near(row)]))

    def _centred(self, levels: list[int], tops: frozenset[int]) -> tuple[frozenset[str], frozenset[str]]:
        """The merged columns whose cells stand centred on their rows: every one where too few of the
        table's cells (a fitted share, over every merged column) open on a row's first line, else those
        whose own cells, two or more, do so (a Misi centred beside top-aligned Sasaran, dev seed 2215).
        A page's one cell tells little (a
        centred cell stands at a row's top where that row is its tallest): its column's cells on the
        table's pages before tell with it then (`tops`, which counts this page's too, for the page after).
        And the columns read as top-aligned whose cells on the table's pages before stood centred: a
        page of centred cells each opening on a row's first line reads alike (dev seed 2712)."""
        starts = {self.columns[col].role: [cell.line for cell in self._split(col, 0, len(self.grid), tops=tops)]
                  for col in levels}
        before = {role: self.tops.get(role, (0, 0)) for role in starts}
        for role, lines in starts.items():
            on_top, cells = before[role]
            self.tops[role] = (on_top + sum(line in tops for line in lines), cells + len(lines))
        lines = [line for found in starts.values() for line in found]
        if len(lines) == 1:
            on_top, cells = next(self.tops[role] for role, found in starts.items() if found)
        else:
            on_top, cells = sum(line in tops for line in lines), len(lines)
        # a table opening here whose first row has no cell of any merged column: a top-aligned cell opens
        # on its first row, a centred one below it (dev seed 2053, rows of one line each)
        below_first = self.opening and bool(lines) and min(tops, default=0) < min(lines) \
            and not any(line < min(lines) for line in self.headings)
        if below_first or on_top < W["layout.level.top_share"] * cells:
            return frozenset(starts), frozenset()
        centred = frozenset(role for role, found in starts.items()
                            if len(found) > 1 and sum(line in tops for line in found) < W["layout.level.top_share"] * len(found))
        return centred, frozenset(role for role, (on_top, cells) in before.items()
                                  if role not in centred and on_top < W["layout.level.top_share"] * cells)

    @staticmethod
    def _doubt_alignment(merged: list[tuple[_Cell, int, int]], centred: list[tuple[_Cell, int, int]]) -> None:
        """Make unsure each cell of `merged` (read top-aligned) whose rows its centred reading changes."""
        rows = {cell.line: (row, span) for cell, row, span in centred}
        for cell, row, span in merged:
            if rows.get(cell.line, (row, span)) != (row, span):
                cell.certainty = min(cell.certainty, ALIGNMENT_DOUBTED)

    def _merged(self, col: int, top_rows: dict[int, int], n_rows: int, opened: frozenset[int], centred: bool,
                inner: frozenset[int] | None = None) -> tuple[list[tuple[_Cell, int, int]], frozenset[int] | None]:
        """(cell, first grid row, rows spanned) of a merged column (No, Misi, Tujuan, Sasaran), and the
        rows (numbered from the first) its centred cells open on, if every one is sure.

        Word prints a merged cell at the top of its rows or centred on them. Top-aligned cells open
        on a row's first line and cover the rows down to the next cell; centred ones (`_centred`) are
        given rows so that each cell stands nearest the middle of its rows (`centred_groups`), opening
        where a cell of the level inside (`inner`) opens."""
        tops, lines = frozenset(top_rows), sorted(top_rows)
        if not centred:
            within = None if inner is None else frozenset(lines[row] for row in inner)
            cells = self._split(col, 0, len(self.grid), tops=tops, opened=opened, within=within)
            starts = [max(t for t in top_rows if t <= cell.line) for cell in cells]
            if cells and self._first_of_all(cells[0]):
                starts[0] = lines[0]
            rows = [top_rows[start] for start in starts]
            index = {line: row for row, line in enumerate(lines)}
            return ([(cell, row, max(1, end - row)) for cell, row, end in zip(cells, rows, rows[1:] + [n_rows])],
                    frozenset(index[start] for start in starts) if cells else None)
        cells = _one_per_row(self._split(col, 0, len(self.grid), tops=None, opened=opened), lines)
        first_of_all = bool(cells) and self._first_of_all(cells[0])
        groups = centred_groups([(cell.line, cell.last) for cell in cells], lines, len(self.grid),
                                carried=not first_of_all, runs_on=not self.closing,
                                goes_on=bool(cells) and not self.opening and self._goes_on(lines, cells[0], col),
                                opens=inner, across=frozenset(k for k, line in enumerate(lines[:-1])
                                                              if line in self.headings))
        out = []
        for cell, (first, stop, sure) in zip(cells, groups):
            cell.certainty = min(cell.certainty, sure)
            row = top_rows[lines[first]]
            end = top_rows[lines[stop]] if stop < len(lines) else n_rows
            out.append((cell, row, max(1, end - row)))
        sure = all(certainty >= NOTE_BELOW for _, _, certainty in groups)  # an unsure one bounds no outer level
        return out, frozenset(first for first, _, _ in groups) if sure else None

    def _first_of_all(self, cell: _Cell) -> bool:
        """Whether the rows above a merged column's first cell are its own: the table opens here (no
        page before goes on in it) and no heading across the table parts those rows from the cell. A
        cell centred on its rows, or one of a column centred in a table of top-aligned ones, stands
        below its first rows."""
        first = next((n for n, cells in enumerate(self.grid) if any(cells)), 0)  # (a heading over them all parts none)
        return self.opening and not any(first < line < cell.line for line in self.headings)

    def _goes_on(self, starts: list[int], first: _Cell, col: int) -> bool:
        """Whether the first row (of rows opening on `starts`) is the rest of the page before's last: no
        indikator text of its own (a target's or a Kegiatan list's last lines), and the column's first
        cell opens a level ('3 Terlaksananya ...', not the rest of the cell before: 'minimal'). Its merged
        cells are that row's, whatever stands centred below."""
        indikator = self.column(INDIKATOR)
        role = self.columns[col].role
        opens = NUMBERING.match(first.lines[0]) if role == "no" else _level_cue(first_word(first.lines[0]), role) > 0
        if indikator is None or not starts or starts[0] in self.headings or not opens:
            return False
        stop = starts[1] if len(starts) > 1 else len(self.grid)
        return not any(self.grid[n][indikator] for n in range(starts[0], stop))

    @property
    def spaced_apart(self) -> bool:
        """Whether a blank line parts cells: it stands under a few lines only, not under most of them as in a
        document whose lines are all set a line apart."""
        return len(self.spaced) < len(self.grid) / 2

    def _holds_row(self, n: int) -> bool:
        """Whether body line n holds text outside the merged columns. A line of merged cells alone is
        one pdftotext printed between two lines of a row (centred cells stand off the rows' lines)."""
        return any(text for text, column in zip(self.grid[n], self.columns) if column.role not in LEVELS)

    def _on_rows_lines(self, k: int) -> bool:
        """Whether body line k stands where a row's lines do: it holds text outside the merged columns,
        or a merged cell's line right under one of its lines beside a row's (a top-aligned Sasaran's
        second line, printed on the rows' lines as its first was: dev seed 2722)."""
        return self._holds_row(k) or k > 0 and self._holds_row(k - 1) and any(
            text and self.grid[k - 1][c] for c, (text, column) in enumerate(zip(self.grid[k], self.columns))
            if column.role in LEVELS)

    def _split(self, col: int, first: int, stop: int, tops: frozenset[int] | None = None,
               opened: frozenset[int] = frozenset(), within: frozenset[int] | None = None) -> list[_Cell]:
        """The cells of column `col` in body lines first..stop-1, cut where the scores say.

        `tops` (the rows' first lines) is given for a merged column, whose cells open on them; `within`
        for an outer level's top-aligned cells, the rows' first lines where the level inside opens a
        cell: a Misi holds whole Tujuan, and opens on another line only against a fitted weight
        (`layout.level.outside_inner`: 'Mewujudkan Tata' / 'Kelola' / 'Pemerintahan Yang' in a narrow column,
        beside a Tujuan going on, is one Misi; a Tujuan printed once over two Misi' rows is one cell, dev seed 2876).
        """
        width = self.width(col)
        inside: set[int] = set()  # Kegiatan lines between two items of a list
        if self.columns[col].role == KEGIATAN:
            filled = [n for n in range(first, stop) if self.grid[n][col]]
            inside = {filled[k] for k in inside_items([self.grid[n][col] for n in filled])}
        cells: list[_Cell] = []
        last, pitch = -2, 0  # pitch: the gap between the open cell's last two lines
        for n in range(first, stop):
            text = self.grid[n][col]
            if not text:
                continue
            if not cells:
                cells.append(_Cell(n, [text], last=n))
                last = n
                continue
            score = cut_score(cells[-1].lines[-1], text, width) + W["layout.split.bias"]
            if self.columns[col].role == KEGIATAN:  # entries the document lists elsewhere, wrapped otherwise
                score += W["layout.split.phrase"] * self.phrases.cue(cells[-1].lines[-1], text)
                score += W["layout.split.case_turn"] * case_turn(cells[-1].lines[-1], text)
                if n in inside:
                    score += W["layout.split.inside_item"]
            lined = self._on_rows_lines if self.columns[col].role == KEGIATAN else self._holds_row
            gap = sum(lined(k) for k in range(last + 1, n))  # lines of rows beside it, empty in it
            if self.spaced_apart and any(k in self.spaced for k in range(last + 1, n + 1)):
                score += W["layout.split.blank"]  # a blank line across the table: a cell's lines stand close
            if gap > pitch:  # after an empty line of its column, one its lines so far did not leave (a centred
                # cell's lines can fall between the rows' lines, each a line apart: dev seed 338)
                score += W["layout.split.gap"] * (2 if gap > 1 else 1)
            if n in opened and tops is not None:  # another merged column opens a top-aligned cell here: the
                # levels part their rows alike (centred cells of unlike lengths stand at unlike tops)
                score += W["layout.level.sibling_opens"]
            elif opened and tops is not None and self.columns[col].role == SASARAN \
                    and _level_cue(first_word(text), SASARAN) <= 0:
                # the No column numbers its cells, none here, and no Sasaran's word opens the line: a Title
                # Case Sasaran's second line ('Perlengkapan Jalan Yang Akuntabel', dev seed 1598)
                score -= W["layout.level.sibling_opens"]
            if tops is not None:
                score += W["layout.level.row_top"] if n in tops else -W["layout.level.row_top"]
            if self.columns[col].role in LEVELS:
                score += W["layout.level.opener"] * _level_cue(first_word(text), self.columns[col].role)
                score += W["layout.level.case_turn"] * case_turn(cells[-1].lines[-1], text)
                if len(cells[-1].lines) == 1 and " " not in (alone := cells[-1].lines[0]) \
                        and _level_cue(alone, self.columns[col].role) > 0:
                    score -= LONE_WORD  # a level's opening word alone is no statement ('Mewujudkan' / 'Pembangunan',
                    # dev 2310; a tail's last word alone at a page's top may be: 'Nasional', dev 1418)
            if within is not None and n not in within:
                score -= W["layout.level.outside_inner"]
            if self.columns[col].role == "no" and NUMBERING.match(text):
                score += 10.0  # a number in the No column is a cell of its own, top-aligned or centred
            sure = confidence(abs(score))
            cells[-1].certainty = min(cells[-1].certainty, sure)
            if score > 0:
                cells.append(_Cell(n, [text], sure))
                pitch = 0
            else:
                cells[-1].lines.append(text)
                pitch = gap
            last = cells[-1].last = n
        return cells


def _one_per_row(cells: list[_Cell], starts: list[int]) -> list[_Cell]:
    """Merged cells with those that open in the row another ends in joined to it: a row has one cell of
    a merged column, and a cell's lines stand within its rows ('Meningkatkan Kualitas' / 'Pelayanan
    Publik', a Tujuan in Title Case cut where its second line opens with a capital, dev seed 211)."""
    out: list[_Cell] = []
    for cell in cells:
        if out and bisect_right(starts, cell.line) == bisect_right(starts, out[-1].last):
            out[-1].lines += cell.lines
            out[-1].last, out[-1].certainty = cell.last, min(out[-1].certainty, cell.certainty)
        else:
            out.append(cell)
    return out


def _level_cue(word: str, role: str) -> float:
    """+1 when `word` opens a Sasaran, Tujuan or Misi ('Meningkatnya', 'terwujudnya', 'Mewujudkan',
    a verb of aim in small letters: 'meningkatkan'), -1 when it does not (an indikator's 'Cakupan',
    a word in lower case that opens nothing, a connective shaped like a verb: 'Melalui')."""
    if word.lower() in CONNECTORS:
        return -1.0
    activity = role != SASARAN and word[:1].isupper() and opener(word) == KEGIATAN  # a Misi's 'Pengembangan ...'
    return 1.0 if opens_sasaran(word) or activity else -1.0


def _beside(row: int, span: int, across: set[int]) -> tuple[int, int]:
    """A merged cell's first row and rows spanned without the rows of headings printed across the
    table (`across`): a heading parts the groups, as the PDF's spanning row does."""
    while span > 1 and row in across:
        row, span = row + 1, span - 1
    inside = [r for r in across if row < r < row + span]
    return row, min(inside) - row if inside else span


def centred_groups(cells: list[tuple[int, int]], starts: list[int], n_lines: int,
                   carried: bool = True, runs_on: bool = True, goes_on: bool = False,
                   opens: frozenset[int] | None = None, across: frozenset[int] = frozenset()
                   ) -> list[tuple[int, int, float]]:
    """Rows for centred merged cells: (first row, stop row, certainty) per cell, rows numbered by
    `starts` (each row's first line). Each cell covers rows holding all its lines (first, last line),
    the rows of consecutive cells adjoin, rows above the first cell may continue the page before
    (where a table goes on from it: `carried`; a table's first page gives them to its first cell; the
    first row does, where it is the rest of a row of the page before and the first cell no rest of the
    cell before: `goes_on`),
    and the sum of each cell's distance from the middle of its rows (the last cell's rows may run
    on to the next page, unless the table ends here: not counted then) is least. Cells open only on
    the rows in `opens`, where given (an inner level's cells' first rows: a Tujuan holds whole
    Sasaran). No cell's rows hold a row `across` the table (a heading, found surely or guessed, with rows under it
    on the page: one at its foot heads the next page's) below their first: a merged cell stops at a heading (dev
    seeds 2360, 3593; 922). Dynamic programme over (cell, stop row); a cell's
    first row lies between the row after the cell above and its own first line's, which keeps a
    long page's programme linear in its rows."""
    m, k = len(starts), len(cells)
    line_at = [*starts, n_lines]
    row_of = [bisect_right(starts, first) - 1 for first, _ in cells]  # -1: above the first row
    after = [bisect_right(starts, last) for _, last in cells]  # the first row it may stop at
    lows = [0] + after[:-1]  # the first row each cell may open on
    highs = [*row_of[1:], m]  # the last row each cell may stop at

    def cost(j: int, a: int, b: int) -> float:
        first, last = cells[j]
        if first < line_at[a] or last >= line_at[b] or any(a < row < b for row in across):
            return math.inf
        return 0.0 if j == k - 1 and runs_on else W["layout.level.centre"] * abs((first + last) / 2 - (line_at[a] + line_at[b] - 1) / 2)

    # best[j][b]: least cost of cells 0..j-1 with cell j-1 stopping at row b; rows above the first
    # cell carry on a cell of the page before, at a (fitted) cost per row
    best: list[dict[int, float]] = [{b: W["layout.level.carried"] * b
                                     for b in range(int(goes_on), m + 1 if carried else 1) if opens is None or b in opens}]
    best += [{} for _ in range(k)]
    back: dict[tuple[int, int], int] = {}
    for j in range(k):
        for b in range(max(1, after[j]), highs[j] + 1):
            for a in range(lows[j], min(b, row_of[j] + 1)):
                if opens is not None and a not in opens:
                    continue
                value = best[j].get(a, math.inf) + cost(j, a, b)
                if value < best[j + 1].get(b, math.inf):
                    best[j + 1][b], back[j + 1, b] = value, a
    if not math.isfinite(best[k].get(m, math.inf)):  # the cells do not fit the rows: each on the row of its first line
        rows = [max(r, 0) for r in row_of]
        return [(r, max(r + 1, stop), 0.5) for r, stop in zip(rows, rows[1:] + [m])]
    bounds, b = [m], m
    for j in range(k, 0, -1):
        b = back[j, b]
        bounds.append(b)
    bounds.reverse()
    # rest[j][a]: least cost of cells j..k-1 with cell j opening on row a. A cell's certainty weighs
    # the best reading with it opening elsewhere, every other cell moved to fit (a row the cell above
    # takes and the one below gives back reads alike: dev seed 2988), on any row, not only `opens`: the
    # inner level's openings may be wrong too (kept to them, dev 0-199 read 0.11 -> 0.22 % silent)
    rest: list[dict[int, float]] = [{} for _ in range(k)] + [{m: 0.0}]
    for j in range(k - 1, -1, -1):
        for a in range(lows[j], row_of[j] + 1):
            ends = [cost(j, a, b) + rest[j + 1].get(b, math.inf) for b in range(max(a + 1, after[j]), highs[j] + 1)]
            rest[j][a] = min(ends, default=math.inf)
    groups = []
    for j in range(k):
        a, b = bounds[j], bounds[j + 1]
        others = [best[j].get(a2, math.inf) + rest[j][a2] for a2 in rest[j]
                  if a2 != a]  # (the first cell's: against the rows above it carried on, at their cost)
        margin = min(others, default=math.inf) - (best[j][a] + rest[j][a])
        if k == 1 and runs_on and len(best[0]) > 1:  # a lone cell running on: nothing but the prior of
            margin = min(margin, 0.0)                  # carried rows says where its rows begin
        groups.append((a, b, confidence(margin)))
    # where a cell's rows begin is where the cell above's end: rows in doubt are in one or the other
    return [(a, b, min(sure, groups[j + 1][2])) if j + 1 < k else (a, b, sure) for j, (a, b, sure) in enumerate(groups)]


def read_layout(text: str) -> tuple[list[PageOut], list[ReaderNote]]:
    """The tables of a layout export, pages parted by form feeds."""
    outs: list[PageOut] = []
    notes: list[ReaderNote] = []
    table: _GoesOn | None = None  # the last table's, for a page that goes on with it
    phrases = Phrases.of(run.text for lines in _page_lines(text) for line in lines for run in runs(line))
    for number, lines in enumerate(_page_lines(text), start=1):
        found, table = _page(number, lines, notes, table, phrases)
        outs += found
    return outs, notes


def _page_lines(text: str) -> Iterator[list[str]]:
    """Each page's lines (tabs expanded, trailing spaces stripped), pages parted by form feeds; a
    blank last page is no page. One page at a time: a long export's pages and lines, held whole
    while its cells were made, were a third of its grid's memory (issue 15)."""
    start = 0
    while True:
        end = text.find("\f", start)
        page = text[start:] if end < 0 else text[start:end]
        if end < 0 and start and not page.strip():
            return
        yield [line.expandtabs(8).rstrip() for line in page.splitlines()]
        if end < 0:
            return
        start = end + 1


# A layout export's character cell in points (10-pt monospace): the boxes given to the lines
# around a table, so that a signature block's columns stand apart as on the printed page.
CHAR_WIDTH, LINE_HEIGHT = 6.0, 12.0


def _texts(lines: list[str], indices: range | list[int]) -> tuple[list[str], list[BBox]]:
    """Lines around a table as the PDF readers give them: one entry per run of words, with its box."""
    found = [(run, i) for i in indices for run in runs(lines[i])]
    return [run.text for run, _ in found], [BBox(x0=run.start * CHAR_WIDTH, x1=run.end * CHAR_WIDTH, top=i * LINE_HEIGHT,
                                                 bottom=(i + 1) * LINE_HEIGHT) for run, i in found]


class _GoesOn(NamedTuple):
    """What a table's page hands the next, where the table may go on there."""
    columns: list[Column]  # as its header printed them
    tops: dict[str, tuple[int, int]]  # `_Table.tops`


def _page(number: int, lines: list[str], notes: list[ReaderNote], before: _GoesOn | None,
          phrases: Phrases) -> tuple[list[PageOut], _GoesOn | None]:
    """The page's tables, and what its last one hands the next page unless a signature closed it. A page
    whose first line of words is no header, opens no signature and is no title (a signer's position
    in capitals) goes on with the table of the page before (`carried`) down to its first header, if
    any (the Program table's): RKTs often print the header on the first page only."""
    carried = before.columns if before else None
    blocks = header_blocks(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if carried and first is not None and (not blocks or first < blocks[0].lines.start) \
            and not is_title_line(fold_spaces(lines[first])) and not _opens_signature(lines[first]):
        blocks = [Head(range(0)), *blocks]  # the body starts at the top, under no header of its own
    if not blocks:
        above, above_boxes = _texts(lines, range(len(lines)))
        return [PageOut(number, [], above=above, above_boxes=above_boxes)], None
    outs = []
    columns: list[Column] = []
    for k, (block, groups) in enumerate(blocks):
        end = blocks[k + 1].lines.start if k + 1 < len(blocks) else len(lines)
        if cell_tail(lines, block, [i for i in range(block.stop, end) if lines[i].strip()]):
            block = range(block.start, block.stop - 1)  # its last line goes back to the body
        body = [i for i in range(block.stop, end) if lines[i].strip()]
        left = min(len(lines[i]) - len(lines[i].lstrip()) for i in block) if block else 0
        stop = next((p for p, i in enumerate(body) if _opens_signature(lines[i]) or ends_table(lines[i])
                     or is_page_furniture(fold_spaces(lines[i])) and _table_ends(lines, body[p + 1:])
                     or _prose_after(lines, body, p, left)), len(body))
        if not block and carried is not None:  # a page without a header of its own: the header's columns go
            columns, continued = carried, True  # on to the next page as printed, not as this page moved them
            here = shifted(carried, [lines[i] for i in body[:stop]])
        else:
            columns = here = header_columns(lines, block, body[:stop], groups)
            continued = False
        grid, realigned = _placed(lines, body[:stop], here, carried=continued)
        widths = [_Table(here, grid).width(col) for col in range(len(here))]
        found = layout_headings([runs(lines[i]) for i in body[:stop]], grid,
                                [c.x0 for c in here], [c.role for c in here], widths,
                                after_gap=stop > 1 and body[stop - 1] - body[stop - 2] > 1,
                                gaps_below=frozenset(p for p in range(stop - 1) if body[p + 1] - body[p] > 1),
                                squeezed=frozenset(realigned))
        if here is not columns:  # the page's text moved to fit the columns: a reading to check, as a squeezed line's
            realigned |= set(range(stop))
        headings = {p: fold_spaces(lines[body[p]]) for p in found}
        numbers = {p: cells for p, cells in enumerate(grid) if _column_numbers(cells)}
        table = _Table(here, [[""] * len(here) if p in headings or p in numbers else cells
                                 for p, cells in enumerate(grid)], headings, numbers, realigned,
                       guessed={p for p, sure in found.items() if not sure}, phrases=phrases,
                       spaced=frozenset(p for p in range(1, stop) if body[p] - body[p - 1] > 1),
                       opening=carried is None or k > 0,
                       closing=_signed([lines[i] for i in body[stop:stop + 3]])
                       or stop < len(body) and ends_table(lines[body[stop]]),
                       tops=before.tops if before and k == 0 else {})
        above, above_boxes = _texts(lines, range(block.start) if k == 0 else [])
        below, below_boxes = _texts(lines, body[stop:])
        out = PageOut(number, [c.header for c in columns],
                      words=[w for i in [*block, *body[:stop]] for w in lines[i].split()],
                      above=above, below=below, above_boxes=above_boxes, below_boxes=below_boxes)
        out.edges = column_edges(here, [lines[i] for i in [*block, *body[:stop]]])
        out.groups = group_spans(columns)
        out.blank = frozenset(col for col, (x0, x1) in enumerate(zip(out.edges, out.edges[1:]))
                              if not any(lines[i][int(x0):int(x1)].strip() for i in body[:stop]))
        table.cells(out, notes)
        outs.append(out)
    return outs, None if table.closing else _GoesOn(columns, table.tops)


def _signed(below: list[str]) -> bool:
    """Whether a signature opens in the lines right under a table: the table ends on this page."""
    return any(_opens_signature(line) for line in below)


def _opens_signature(line: str) -> bool:
    """Whether a line opens a signature: one of its runs does ('Mengetahui,', 'Ditetapkan di Kupang'),
    or the whole line is a place and date, its day maybe left blank for the pen ('Kupang,      Januari
    2024'); not two columns' words read as one ('ditetapkan' ending a target beside a Kegiatan's 'di 16
    kecamatan', dev seed 687: the page's rows were cut off)."""
    return parse_place_date(fold_spaces(line)) is not None or any(opens_signature(run.text) for run in runs(line))


def _prose_after(lines: list[str], body: list[int], p: int, left: int) -> bool:
    """Whether body line p, under two empty lines or more and left of the header's first name, opens
    the text after the table (a section's heading, a paragraph): no table row follows (`_table_ends`)."""
    line = lines[body[p]]
    return p > 0 and body[p] - body[p - 1] > 2 and len(line) - len(line.lstrip()) < left \
        and _table_ends(lines, body[p:])


def _table_ends(lines: list[str], after: list[int]) -> bool:
    """Whether a page-number-like line ('3', '- 2 -') ends the table: no table row (a line of two or
    more runs) follows it. Else it is a figure a narrow column broke ('Rp 447.000.000.' / '000')."""
    return not any(len(runs(lines[i])) >= 2 for i in after)


def _place(raw: str, starts: Starts, roles: list[str]) -> list[str]:
    """The text of one body line in each column, by where each word starts. A value with its unit
    ('21.840 kali') keeps its words together where the next column holds text (a Kegiatan): the
    boundary was guessed on another page's grid, and no text cell opens with a value's unit; so does
    one a single space before the Kegiatan's words ('32.844 kali Distribusi ...', dev seed 1558)."""
    cells = [""] * len(roles)
    # only a run whose words fall in two columns is asked whether it opens with a value (every line is placed)
    values = [found for run in runs(raw) if (found := _value_head(run, starts)) is not None]
    begins = {col: x for x, col in starts.points}
    for word in words(raw):
        col = starts.column(word.start)
        held = next((own for start, end, own in values if start <= word.start < end), col)
        if held != col and roles[col] in (*LEVELS, INDIKATOR, KEGIATAN):
            col = held
        if 0 < col and roles[col - 1] == "no" and word.start < begins.get(col, word.start) \
                and ROW_NUMBER.match(word.text):  # a row's number a character left of the next column's start
            col -= 1  # is the No column's, centred in it ('8.' beside a Sasaran's middle line, dev seed 1522)
        cells[col] = f"{cells[col]} {word.text}".strip()
    return cells


def _value_head(run: Run, starts: Starts) -> tuple[int, int, int] | None:
    """(start, end, column) of the longest run of the run's first words that is a value and falls in two
    columns, if any."""
    own = starts.column(run.start)
    if own == starts.column(run.end - 1):
        return None
    for found in reversed(list(re.finditer(r"\S+", run.text))[1:]):
        end = run.start + found.end()
        if starts.column(end - 1) == own:
            return None
        if is_value(run.text[:found.end()]):
            return run.start, end, own
    return None


def _fits(starts: Starts, line_runs: list[Run], roles: list[str]) -> bool:
    """Whether the line is read by these starts: they fit its runs, no run opening with an indikator's
    word starts in a merged column and runs on into the indikator's (a page the export set out narrower
    than its header: 'Cakupan indeks ...' two characters left of the boundary, dev 2052), and no whole
    value ('AA', '62,79%') beside other runs lands in a column of text (a page set out on a grid of its
    own: its Kegiatan at the header's indikator, its target in the Sasaran's, dev 1726)."""
    return starts.fits(line_runs) and not any(_misread(run, starts, roles, len(line_runs) > 1) for run in line_runs)


def _misread(run: Run, starts: Starts, roles: list[str], beside: bool) -> bool:
    """Whether these starts would put the run where it is `misplaced` (see `_fits`): an indikator's word
    only where the run crosses into the indikator's column, a value only beside other runs and of two
    characters or more (a grade's one letter is as often a wrapped word's: 'terakreditasi minimal' / 'B')."""
    own = starts.column(run.start)
    crosses = own + 1 < len(roles) and roles[own + 1] == INDIKATOR and starts.column(run.end - 1) > own
    short = beside and 1 < len(run.text) and len(run.text.split()) <= 3  # (no value runs to more words)
    return (crosses or short) and misplaced(run, own, roles) and (crosses or is_value(run.text))


def _justified(line_runs: list[Run], header: Starts, roles: list[str]) -> list[Run]:
    """The line's runs, a justified cell's words as one: a Word table's cell set justified prints a
    line's words spread to the column's width ('Prosentase           keikutsertaan', 'melanggar   muatan
    lebih     di'), runs that no squeezing made. A run in small letters, in the header's column of the
    run before it and ending there, goes on with it; neither is a value (a target squeezed beside its
    indikator)."""
    joined: list[Run] = []
    for run in line_runs:
        last = joined[-1] if joined else None
        col = header.column(run.start)
        if last is not None and run.text[:1].islower() and col == header.column(last.start) == header.column(run.end) \
                and roles[col] != "target" and not is_value(run.text) and not is_value(last.text):
            joined[-1] = Run(last.start, run.end, f"{last.text} {run.text}")
        else:
            joined.append(run)
    return joined


def _placed(lines: list[str], body: list[int], columns: list[Column], carried: bool = False
            ) -> tuple[list[list[str]], set[int]]:
    """Each body line's text per column, and the body lines (0-based among `body`) read by column
    starts of their own: a line that does not fit the header's columns but whose runs can be matched
    to them in order, and the lines after it that fit the same starts (`realign`). On a page under
    a header printed on a page before (`carried`), the export set the page out on a grid of its
    own: the lines above the first such line that fit its starts are read by them too."""
    x0s = [c.x0 for c in columns]
    header = header_starts(x0s)
    roles = [column.role for column in columns]
    starts, grid, realigned = header, [], set()
    if carried:
        starts = next((own for index in body if not _fits(header, line_runs := runs(lines[index]), roles)
                       and (own := matched(line_runs, x0s, roles)) is not None), header)
    for p, index in enumerate(body):
        line_runs = _justified(runs(lines[index]), header, roles)
        if len(line_runs) == 1 and not starts.fits(line_runs):  # one run off the starts in use (a heading, a
            grid.append(_place(lines[index], header, roles))  # cell's last word) gives no order to match columns by
            continue
        if not _fits(starts, line_runs, roles):
            if _fits(header, line_runs, roles):
                starts = header
            elif (own := matched(line_runs, x0s, roles)) is not None:
                starts = own
        if starts is not header:
            realigned.add(p)
        grid.append(_place(lines[index], starts, roles))
    return grid, realigned
