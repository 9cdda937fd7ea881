"""The ruling lines of a scanned table: long thin runs of ink with paper on both sides.

Segments come out in PDF points (top-left origin), ready for the same
lattice geometry that reads born-digital pages.
"""

from __future__ import annotations

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


def _runs(mask: np.ndarray, ink: np.ndarray, horizontal: bool, px: float) -> tuple[list[Segment], np.ndarray]:
    """The runs of `mask` that are rules, as segments in points, and the mask of their pixels.

    The glued letters of bold type also make long runs, along their tops and
    bottoms; unlike a rule they have ink beside them. (So has one line of a
    double rule with less than SIDE_PT between its lines: the pair is lost.)
    """
    if not horizontal:  # one code path: look at the transposed page
        segments, kept = _runs(mask.T, ink.T, True, px)
        return [Segment(s.top, s.x0, s.bottom, s.x1) for s in segments], kept.T
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    keep = np.zeros(count, bool)
    segments = []
    for label, (x, y, width, height, _) in enumerate(stats.tolist()[1:], start=1):  # Python ints, not NumPy's
        if height / px > MAX_THICK_PT or _side_ink(ink, x, y, width, height, round(SIDE_PT * px)) > MAX_SIDE_INK:
            continue
        keep[label] = True
        middle = (y + height / 2) / px
        segments.append(Segment(x / px, middle, (x + width) / px, middle))
    return segments, keep[labels]


def find_rules(ink: np.ndarray, dpi: int) -> tuple[list[Segment], np.ndarray]:
    """The page's ruling lines as segments in points, and the mask of their pixels (to erase before OCR)."""
    px = dpi / 72
    horizontal, h_mask = _runs(_line_mask(ink, True, round(MIN_HORIZONTAL_PT * px), px), ink, True, px)
    vertical, v_mask = _runs(_line_mask(ink, False, round(MIN_VERTICAL_PT * px), px), ink, False, px)
    return horizontal + vertical, (h_mask | v_mask) & ink  # the rules' own ink, not the widened runs
