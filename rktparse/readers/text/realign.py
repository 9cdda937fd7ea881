"""Body lines a layout export printed off its header's columns.

`pdftotext -layout` squeezes the blank space of some table rows: a row whose
Sasaran cell is empty starts its indikator at the left margin, and a row of
long cells may have every column moved left. Placed by the header's column
positions, such a line's cells land one or two columns too far left (a target
in the indikator column, a kegiatan in the target column). A squeezed line
shows itself: one column gets two runs of words (a cell's words are parted by single spaces, cells by more).

Such a line's runs are matched to the columns in order: of the ways to give
each run its own column, left to right, the one whose column starts follow the
runs' starts most nearly in proportion. The lines after it that fit the same
starts are read by them too, until a line fits neither them nor the header's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

from rktparse.readers.text.lines import CURRENCY, INDIKATOR, KEGIATAN, LEVELS, first_word, opener, target_spans

SLACK = 1  # characters a run may start left of its column's start (pdftotext rounds positions)
MAX_MATCHINGS = 5000  # an RKT's widest header (13 columns) under a line of 6 runs: 1,716
MIN_SCALE, MAX_SCALE = 0.75, 3.0  # a squeezed line narrows gaps; a page set out on a grid of its own may narrow them too (dev: 0.9 misses)


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Starts:
    """Where each column starts on the lines it reads: (position, column), left to right."""

    points: tuple[tuple[int, int], ...]

    def column(self, position: int) -> int:
        """The column of a run starting at `position`: the last start at or left of it."""
        found = self.points[0][1]
        for start, col in self.points:
            if start <= position + SLACK:
                found = col
        return found

    def fits(self, line_runs: Sequence[Run]) -> bool:
        """No column gets two runs of the line, no run starts left of the first column. (A word may
        straddle a header's boundary: the boundary is a guess within a gutter, and two columns may
        stand a single space apart.)"""
        if any(run.start + SLACK < self.points[0][0] for run in line_runs) and self.points[0][1] > 0:
            return False  # a column left of those these starts know
        cols = [self.column(run.start) for run in line_runs]
        return len(set(cols)) == len(cols)


def header_starts(x0s: Sequence[int]) -> Starts:
    return Starts(tuple((x, col) for col, x in enumerate(x0s)))


def _misfit_cost(starts: Sequence[int], x0s: Sequence[int]) -> float | None:
    """How far the runs' starts are from the columns' starts under the best straight stretch
    (least squares); None when the stretch would narrow the gaps or is no stretch."""
    n = len(starts)
    mean_s, mean_x = sum(starts) / n, sum(x0s) / n
    var = sum((s - mean_s) ** 2 for s in starts)
    if var == 0:
        return None
    scale = sum((s - mean_s) * (x - mean_x) for s, x in zip(starts, x0s)) / var
    if not MIN_SCALE <= scale <= MAX_SCALE:
        return None
    return sum((mean_x + scale * (s - mean_s) - x) ** 2 for s, x in zip(starts, x0s)) / n


def is_value(text: str) -> bool:
    """A value that stands for a target by itself ('100 %', '12 kali', 'Rp 1.234', 'WTP'; not a bare '63', which
    may be a count's first line, nor a note in brackets)."""
    return bool(CURRENCY.match(text)) or any(span.start == 0 and span.end == len(text) and span.strength >= 3.0
                                             for span in target_spans(text))


def misplaced(run: Run, col: int, roles: Sequence[str]) -> bool:
    """A whole value ('97 %', '14 unit') in a column of text, or an indikator's opening word
    ('Persentase', 'tingkat') in a merged column (Sasaran, Tujuan)."""
    if is_value(run.text):
        return roles[col] in (*LEVELS, INDIKATOR, KEGIATAN)
    return roles[col] in LEVELS and opener(first_word(run.text)) == INDIKATOR


def matched(line_runs: Sequence[Run], x0s: Sequence[int], roles: Sequence[str]) -> Starts | None:
    """The runs' starts matched to columns in order (see the module), none `misplaced` by the
    columns' `roles` if that can be; None when no matching
    stretches the runs straight (fewer than two runs, or more runs than columns), or when there are
    more matchings to try than `MAX_MATCHINGS` (many runs under a header of many columns)."""
    if not 2 <= len(line_runs) <= len(x0s) or comb(len(x0s), len(line_runs)) > MAX_MATCHINGS:
        return None
    best: tuple[float, tuple[int, ...]] | None = None
    starts = [run.start for run in line_runs]
    misplaced_at = [[misplaced(run, col, roles) for col in range(len(x0s))] for run in line_runs]  # once, not per matching
    for cols in combinations(range(len(x0s)), len(line_runs)):
        cost = _misfit_cost(starts, [x0s[c] for c in cols])
        if cost is None:
            continue
        cost += 100.0 * sum(misplaced_at[i][col] for i, col in enumerate(cols))
        if best is None or cost <= best[0]:  # ties: the columns furthest right (the squeezed space was left)
            best = (cost, cols)
    return Starts(tuple(zip(starts, best[1]))) if best else None
