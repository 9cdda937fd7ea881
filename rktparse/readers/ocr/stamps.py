"""Round stamps over a page, found by their ring, so that the cells under them can be named.

An agency's round stamp is pressed over the table of most signed PKs. Read as
print, its ring and lettering add letters to the cells it crosses ("daerah h",
"Kotel") and can change a figure. A stamp pad's ink is blue or violet, but in
a grey scan at 150-200 dpi it is no lighter than the thin strokes of small
print (on a benchmark scan the ring's darkest grey was 153, while a tenth of
the print's ink was as light), so its ink cannot be dropped without taking
print with it. The stamp is found instead: a ring of ink 2.5-6 cm across,
and the cells under it named. In a colour scan the pad's ink is told from
black print by its colour: a ring of coloured ink is a stamp, and its ink
is dropped before the page is thresholded (print and rules under it stay).
"""

from __future__ import annotations

from typing import NamedTuple

import cv2
import numpy as np

from rktparse.readers.lattice import Segment
from rktparse.readers.ocr.render import COLOURED, chroma
from rktparse.readers.pdf_words import Box

MIN_RADIUS_PT = 36.0  # a stamp 2.5 cm across ...
MAX_RADIUS_PT = 86.0  # ... to 6 cm
FIND_SCALE = 0.25  # circles are looked for on a quarter-size page: four times faster, as sure
RING_SHARE = 0.6  # of the points around a found circle that must be ink: a whole ring, not a curve of letters
DISK_SLACK = 1.05  # a stamp's ink reaches this much past its outer ring
LEANING = 8  # over a stamp's disk, a pixel this far towards the stamp's colour is its ink (faint strokes too)
PRINT_DARKER = 25  # grey levels by which print under a stamp is darker than the stamp's ink (its colour bled
# onto the print: a JPEG keeps colour at half the resolution)
FRINGE_PT = 0.5  # a stroke's blurred edge, too faint to show its colour, goes with it
RULE_PT = 1.0  # rules keep this much ink either side (their fringe takes the stamp's colour too)
RING_BAND_PT = 1.0  # how far off the circle its ink may lie (a hand-pressed stamp is not a perfect circle)


class Stamp(NamedTuple):
    x: float  # centre, pixels of the upright page
    y: float
    radius: float

    def holds(self, segment: Segment, dpi: int) -> bool:
        """Whether both ends of a ruling line (points) lie on the stamp's disk."""
        px = dpi / 72
        return all(np.hypot(x * px - self.x, y * px - self.y) <= self.radius * DISK_SLACK
                   for x, y in ((segment.x0, segment.top), (segment.x1, segment.bottom)))

    def covers(self, box: Box, dpi: int) -> bool:
        """Whether the stamp's disk reaches into `box` (points)."""
        px = dpi / 72
        nearest_x = min(max(self.x / px, box[0]), box[2])
        nearest_y = min(max(self.y / px, box[1]), box[3])
        return bool(np.hypot(nearest_x - self.x / px, nearest_y - self.y / px) < self.radius / px)


def find_stamps(gray: np.ndarray, ink: np.ndarray, dpi: int) -> list[Stamp]:
    """The round stamps of an upright page: circles of ink the size of a stamp, most of their ring
    inked, each as wide as its outer ring (the circle found may be an inner one)."""
    small = cv2.resize(255 - gray, None, fx=FIND_SCALE, fy=FIND_SCALE, interpolation=cv2.INTER_AREA)
    px = dpi / 72 * FIND_SCALE
    found = cv2.HoughCircles(small, cv2.HOUGH_GRADIENT_ALT, dp=1.5, minDist=MIN_RADIUS_PT * px, param1=300,
                             param2=0.6, minRadius=int(MIN_RADIUS_PT * px), maxRadius=int(MAX_RADIUS_PT * px))
    if found is None:
        return []
    band = 2 * round(RING_BAND_PT * dpi / 72) + 1
    near = cv2.dilate(ink.astype(np.uint8), np.ones((band, band), np.uint8)) > 0
    stamps: list[Stamp] = []
    for x, y, r in found[0]:
        x, y = float(x) / FIND_SCALE, float(y) / FIND_SCALE
        rings = [radius for radius in range(int(r / FIND_SCALE), int(MAX_RADIUS_PT * dpi / 72) + 1)
                 if ring_share(near, Stamp(x, y, radius)) >= RING_SHARE]
        if rings and not any(np.hypot(x - other.x, y - other.y) < other.radius for other in stamps):
            stamps.append(Stamp(x, y, float(max(rings))))  # a stamp's inner ring found too is no second stamp
    return stamps


def ring_share(near: np.ndarray, stamp: Stamp) -> float:
    """The share of the points around the stamp's circle on `near` (the page's ink, widened)."""
    angles = np.linspace(0, 2 * np.pi, max(16, int(2 * np.pi * stamp.radius)), endpoint=False)
    xs = np.rint(stamp.x + stamp.radius * np.cos(angles)).astype(int)
    ys = np.rint(stamp.y + stamp.radius * np.sin(angles)).astype(int)
    inside = (xs >= 0) & (ys >= 0) & (xs < near.shape[1]) & (ys < near.shape[0])
    return float(near[ys[inside], xs[inside]].mean()) if inside.any() else 0.0


def drop_coloured_stamps(gray: np.ndarray, colour: np.ndarray, rules: np.ndarray, dpi: int
                         ) -> tuple[np.ndarray, list[Stamp]]:
    """The grey page with the ink of its round stamps in colour turned to paper, and those stamps.

    `colour` is the same page in colour (blue, green, red). Each stamp's own colour is measured on its
    coloured ink; over its disk a pixel leaning that way is its ink unless it is a rule's or clearly
    darker than the stamp's ink (black print under the stamp).
    """
    coloured = chroma(colour) >= COLOURED
    stamps = find_stamps(np.where(coloured, 0, 255).astype(np.uint8), coloured, dpi)
    grow = 2 * round(RULE_PT * dpi / 72) + 1
    kept = cv2.dilate(rules.astype(np.uint8), np.ones((grow, grow), np.uint8)) > 0
    fringe = 2 * round(FRINGE_PT * dpi / 72) + 1
    out = gray.copy()
    for stamp in stamps:
        reach = round(stamp.radius * DISK_SLACK)
        x0, y0 = max(0, round(stamp.x) - reach), max(0, round(stamp.y) - reach)
        x1, y1 = round(stamp.x) + reach + 1, round(stamp.y) + reach + 1
        window = colour[y0:y1, x0:x1].astype(np.float32)
        window -= window.mean(axis=2, keepdims=True)  # each pixel's colour apart from its grey
        stamp_ink = coloured[y0:y1, x0:x1]
        hue = window[stamp_ink].mean(axis=0)
        level = float(np.median(gray[y0:y1, x0:x1][stamp_ink]))
        disk = np.zeros(stamp_ink.shape, np.uint8)
        cv2.circle(disk, (round(stamp.x) - x0, round(stamp.y) - y0), reach, 1, -1)
        droppable = (disk > 0) & ~kept[y0:y1, x0:x1] & (gray[y0:y1, x0:x1] >= level - PRINT_DARKER)
        ink = (window @ (hue / max(1e-6, float(np.linalg.norm(hue)))) >= LEANING) & droppable
        ink = (cv2.dilate(ink.astype(np.uint8), np.ones((fringe, fringe), np.uint8)) > 0) & droppable
        out[y0:y1, x0:x1][ink] = 255
    return out, stamps
