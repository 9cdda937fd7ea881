"""The ruling lines of a scanned table: long thin runs of ink with paper on both sides.

Segments come out in PDF points (top-left origin), ready for the same
lattice geometry that reads born-digital pages.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from rktparse.readers.lattice import Segment

MIN_HORIZONTAL_PT = 20.0  # longer than any dash or underscore run in text, shorter than a "No" column
MIN_VERTICAL_PT = 12.0  # taller than a capital of 14 pt title type, shorter than a one-line row
MAX_THICK_PT = 4.0  # a thicker run is a filled block (a black bar), not a rule
WOBBLE_PT = 0.25  # a rule may step this far sideways (a crooked or coarse scan)
HOLE_PT = 1.0  # dust holes and dropouts this long are bridged inside a rule
SIDE_PT = 0.75  # paper is looked for this far beside a run
MAX_SIDE_INK = 0.3  # a run with more ink than this along one side is the edge of bold letters, not a rule
# A vertical run shorter than this is a rule only where both its ends meet horizontal rules (within
# MEET_PT): a bold "j" on a header's bottom rule, its dot bridged to its stem, is 12.7 pt tall and
# split "Kinerja" into two columns; a row's rule runs from the rule above it to the one below.
SHORT_VERTICAL_PT = 24.0
MEET_PT = 1.5
# A one-line row may be lower than MIN_VERTICAL_PT (a header row 10.8 pt tall, development seed 246 at
# 300 dpi: its faded column rule was not found, 'Target' and 'Keterangan' read as one header): a
# shorter run is a rule where it meets a horizontal rule at both ends on the line of a column rule
# found in other rows (within ALIGN_PT); the rest is left for OCR. Not on any run meeting two rules:
# a letter's stem in a row 8 pt high meets both (development seed 319, its letters erased). Nor on a
# stem that a column's line crosses (a rule only over part of the table, development seed 247): a
# rule's ink runs on into the rules it meets, JOIN_PT from their middle lines, where a stem's stops.
MIN_ROW_SIDE_PT = 6.0
ALIGN_PT = 2.0
JOIN_PT = 1.5


def _kernel(horizontal: bool, along: int, across: int = 1) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_RECT, (along, across) if horizontal else (across, along))


def _line_mask(ink: np.ndarray, horizontal: bool, length: int, px: float) -> np.ndarray:
    """Ink in straight runs at least `length` pixels long: thickened across (a rule scanned
    crooked or coarse is a staircase), holes bridged, then opened with a long kernel."""
    image = cv2.dilate(ink.astype(np.uint8), _kernel(horizontal, 1, 1 + 2 * round(WOBBLE_PT * px)))
    image = cv2.morphologyEx(image, cv2.MORPH_CLOSE, _kernel(horizontal, round(HOLE_PT * px)))
    return cv2.morphologyEx(image, cv2.MORPH_OPEN, _kernel(horizontal, length)) > 0


def _side_ink(ink: np.ndarray, x: int, y: int, width: int, height: int, offset: int) -> float:
    """The larger share of ink along the rows `offset` pixels above and below a horizontal run."""
    above = ink[max(0, y - offset), x:x + width]
    below = ink[min(ink.shape[0] - 1, y + height - 1 + offset), x:x + width]
    return float(max(above.mean(), below.mean()))


def _runs(mask: np.ndarray, ink: np.ndarray, horizontal: bool, px: float,
          rules_across: Sequence[Segment] = (), columns: Sequence[float] | None = None) -> tuple[list[Segment], np.ndarray]:
    """The runs of `mask` that are rules, as segments in points, and the mask of the pixels to erase
    before OCR: the rules', and those of short vertical runs meeting none of the horizontal
    `rules_across` (pen strokes). A short vertical run is a rule only where it meets two of them.
    With `columns` (the x of column rules found already), a vertical run is a rule only on one of
    them, and no stroke is erased.

    The glued letters of bold type also make long runs, along their tops and
    bottoms; unlike a rule they have ink beside them. (So has one line of a
    double rule with less than SIDE_PT between its lines: the pair is lost.)
    """
    if not horizontal:  # one code path: look at the transposed page, the rules across transposed too
        segments, kept = _runs(mask.T, ink.T, True, px, [Segment(s.top, s.x0, s.bottom, s.x1) for s in rules_across],
                               columns)
        return [Segment(s.top, s.x0, s.bottom, s.x1) for s in segments], kept.T
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    keep = np.zeros(count, bool)
    segments = []
    for label, (x, y, width, height, _) in enumerate(stats.tolist()[1:], start=1):  # Python ints, not NumPy's
        if height / px > MAX_THICK_PT or _side_ink(ink, x, y, width, height, round(SIDE_PT * px)) > MAX_SIDE_INK:
            continue
        middle = (y + height / 2) / px
        segment = Segment(x / px, middle, (x + width) / px, middle)
        if rules_across and segment.x1 - segment.x0 < SHORT_VERTICAL_PT and not _meets_both(segment, rules_across):
            # no column's bound; a letter standing on a rule is left for OCR, a stroke meeting no rule
            # (a pen's, through a signature block) is erased as before: kept, it was read as letters
            keep[label] = columns is None and not _meets_any(segment, rules_across)
            continue
        if columns is not None and not (any(abs(middle - x) <= ALIGN_PT for x in columns)
                                        and _joins(ink[y:y + height], segment, rules_across, px)):
            continue
        keep[label] = True
        segments.append(segment)
    return segments, keep[labels]


def _joins(band: np.ndarray, run: Segment, across: Sequence[Segment], px: float) -> bool:
    """Whether the ink of a run (drawn along x in `band`, its rows) goes on unbroken from the middle
    lines of the rules across it at both ends JOIN_PT into the run."""
    if not across:
        return False
    inked = np.any(band, axis=0)
    for end, inward in ((run.x0, 1), (run.x1, -1)):
        rule = min(across, key=lambda rule: abs(rule.x0 - end)).x0
        start, stop = sorted((round(rule * px), round((rule + inward * JOIN_PT) * px)))
        if not inked[max(0, start):stop + 1].all():
            return False
    return True


def _meets(run: Segment, end: float, across: Sequence[Segment]) -> bool:
    """Whether the end of a run (drawn along x) at `end` lies on a run across it (drawn along y)."""
    return any(abs(rule.x0 - end) <= MEET_PT and rule.top - MEET_PT <= run.top <= rule.bottom + MEET_PT
               for rule in across)


def _meets_both(run: Segment, across: Sequence[Segment]) -> bool:
    return _meets(run, run.x0, across) and _meets(run, run.x1, across)


def _meets_any(run: Segment, across: Sequence[Segment]) -> bool:
    return _meets(run, run.x0, across) or _meets(run, run.x1, across)


def find_rules(ink: np.ndarray, dpi: int) -> tuple[list[Segment], np.ndarray]:
    """The page's ruling lines as segments in points, and the mask of the pixels to erase before OCR
    (the rules' own, and short strokes that meet no rule)."""
    px = dpi / 72
    horizontal, h_mask = _runs(_line_mask(ink, True, round(MIN_HORIZONTAL_PT * px), px), ink, True, px)
    long_runs = _line_mask(ink, False, round(MIN_VERTICAL_PT * px), px)
    vertical, v_mask = _runs(long_runs, ink, False, px, horizontal)
    # the runs too short for the first pass: a letter's stroke among them meets no two rules
    short_runs = _line_mask(ink, False, round(MIN_ROW_SIDE_PT * px), px) & ~long_runs
    sides, s_mask = _runs(short_runs, ink, False, px, horizontal, columns=[segment.x0 for segment in vertical])
    return horizontal + vertical + sides, (h_mask | v_mask | s_mask) & ink  # the rules' own ink, not the widened runs
