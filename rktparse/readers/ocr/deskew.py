"""Turning a scan upright: quarter turns from Tesseract's orientation, the small skew from the ink."""

from __future__ import annotations

from typing import NamedTuple

import cv2
import numpy as np

MAX_SKEW = 5.0  # degrees; a page fed in more crooked than this is not searched for
COARSE_STEP = 0.25
FINE_STEP = 0.02  # 0.02 degrees drifts 1 px over a 3000 px rule at 300 dpi
MIN_INK = 500  # pixels (at half size); fewer cannot show a direction

class Turn(NamedTuple):
    """How a page image was set upright: first a quarter turn, then a small rotation about its centre."""

    clockwise: int  # 0, 90, 180 or 270
    degrees: float  # counter-clockwise, as `rotate` takes it
    width: int  # of the image as scanned
    height: int

    def move(self, x: float, y: float) -> tuple[float, float]:
        """Where pixel (x, y) of the image as scanned lands on the upright one."""
        width, height = self.width, self.height
        if self.clockwise == 90:
            x, y, width, height = height - 1 - y, x, height, width
        elif self.clockwise == 180:
            x, y = width - 1 - x, height - 1 - y
        elif self.clockwise == 270:
            x, y, width, height = y, width - 1 - x, height, width
        if not self.degrees:
            return x, y
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), self.degrees, 1.0)
        return (float(matrix[0, 0] * x + matrix[0, 1] * y + matrix[0, 2]),
                float(matrix[1, 0] * x + matrix[1, 1] * y + matrix[1, 2]))


_QUARTER_TURNS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def turn(image: np.ndarray, clockwise: int) -> np.ndarray:
    """The image turned clockwise by a multiple of 90 degrees."""
    return cv2.rotate(image, _QUARTER_TURNS[clockwise]) if clockwise % 360 else image


def sharpness(xs: np.ndarray, ys: np.ndarray, degrees: float) -> float:
    """How sharply the ink piles up in rows once turned back by `degrees`.

    Ruling lines and text lines make tall narrow peaks only when level, so
    the sum of squared row counts is largest at the page's skew.
    """
    angle = np.radians(degrees)
    rows = np.rint(ys * np.cos(angle) + xs * np.sin(angle)).astype(np.int64)
    counts = np.bincount(rows - rows.min())
    return float(np.dot(counts, counts))


def skew_angle(ink: np.ndarray) -> float:
    """Degrees the content is turned counter-clockwise (0.0 when there is too little ink to tell)."""
    half = cv2.resize(ink.astype(np.uint8), None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA) > 0
    ys, xs = np.nonzero(half)
    if len(ys) < MIN_INK:
        return 0.0
    ys, xs = ys.astype(np.float64), xs.astype(np.float64)
    coarse = np.arange(-MAX_SKEW, MAX_SKEW + COARSE_STEP / 2, COARSE_STEP)
    best = max(coarse, key=lambda degrees: sharpness(xs, ys, degrees))
    steps = round(COARSE_STEP / FINE_STEP)
    fine = best + np.arange(-steps, steps + 1) * FINE_STEP
    return round(float(max(fine, key=lambda degrees: sharpness(xs, ys, degrees))), 2)


def rotate(gray: np.ndarray, degrees: float) -> np.ndarray:
    """The grey (or colour) image turned counter-clockwise by `degrees` about its centre, paper-white at
    the corners."""
    if not degrees:
        return gray
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
