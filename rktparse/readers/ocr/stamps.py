"""Round stamps over a page, found by their ring, so that the cells under them can be named.

An agency's round stamp is pressed over the table of most signed PKs. Read as
print, its ring and lettering add letters to the cells it crosses ("daerah h",
"Kotel") and can change a figure. A stamp pad's ink is blue or violet, but in
a grey scan at 150-200 dpi it is no lighter than the thin strokes of small
print (on a benchmark scan the ring's darkest grey was 153, while a tenth of
the print's ink was as light), so its ink cannot be dropped without taking
print with it. The stamp is found instead: a ring of ink 2.5-6 cm across.
"""

from __future__ import annotations

from typing import NamedTuple

import cv2
import numpy as np

from rktparse.readers.pdf_words import Box

MIN_RADIUS_PT = 36.0  # a stamp 2.5 cm across ...
MAX_RADIUS_PT = 86.0  # ... to 6 cm
FIND_SCALE = 0.25  # circles are looked for on a quarter-size page: four times faster, as sure
RING_SHARE = 0.6  # of the points around a found circle that must be ink: a whole ring, not a curve of letters
RING_BAND_PT = 1.0  # how far off the circle its ink may lie (a hand-pressed stamp is not a perfect circle)


class Stamp(NamedTuple):
    x: float  # centre, pixels of the upright page
    y: float
    radius: float

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
    stamps = []
    for x, y, r in found[0]:
        x, y = float(x) / FIND_SCALE, float(y) / FIND_SCALE
        rings = [radius for radius in range(int(r / FIND_SCALE), int(MAX_RADIUS_PT * dpi / 72) + 1)
                 if ring_share(near, Stamp(x, y, radius)) >= RING_SHARE]
        if rings:
            stamps.append(Stamp(x, y, float(max(rings))))
    return stamps


def ring_share(near: np.ndarray, stamp: Stamp) -> float:
    """The share of the points around the stamp's circle on `near` (the page's ink, widened)."""
    angles = np.linspace(0, 2 * np.pi, max(16, int(2 * np.pi * stamp.radius)), endpoint=False)
    xs = np.rint(stamp.x + stamp.radius * np.cos(angles)).astype(int)
    ys = np.rint(stamp.y + stamp.radius * np.sin(angles)).astype(int)
    inside = (xs >= 0) & (ys >= 0) & (xs < near.shape[1]) & (ys < near.shape[0])
    return float(near[ys[inside], xs[inside]].mean()) if inside.any() else 0.0
