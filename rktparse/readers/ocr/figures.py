"""Figures read twice: a wrong digit in a target or a budget looks right, so one reading is not enough.

A cell whose first reading (Tesseract's Indonesian and English models
together, on the grey crop) holds a digit is read again by another
recogniser, the English model alone, on the crop cut to its ink (a header
cell, whole). Where the two give different figures, a third reading (the
Indonesian model alone, on the crop thresholded to black and white) casts the
deciding vote, and where all three differ, a fourth (both models again, on the
crop cut to its ink and thresholded); the reading kept is the surest of the
figures most readings agree on, and the surest reading of other figures is
handed on as its rival, so that the reader can say so. (Confidence alone is a poor judge: on a scanned sample the
combined model read a printed "75 %" as "15 %" with 0.94; the English model
read "75 %"; three readings of an "87" gave "87" (0.60), "387" and "37" (0.77),
reporting scan 1,001,848.) Enlarged crops were tried as the other views and
read "15 %" too: a view of the same ink through the same model repeats its
mistakes; and both models read "79%" as "19%" (0.90) on one cell's whole crop,
"79%" on the crop cut to its ink (reporting scan 1,001,890).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import cv2
import numpy as np

FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")  # "8.435", "65,60", "2024", "19670326": digits with their separators
# In Indonesian figures "." groups thousands (three digits follow it) and "," marks decimals, so
# "65.60" is most often a "65,60" whose comma lost its tail in the scan. Outline numbers ("1.2",
# "1.1.2.3") have one digit before a dot and are left alone.
_ODD_DOT = re.compile(r"^\d{2,}\.\d{1,2}$")
# And "24,175" (a comma before three digits, none before it grouping thousands) is as often a "24.175" whose
# point a speck of the scan tailed into a comma: the figure a thousand times smaller, with no sign (dev seed 432)
_ODD_COMMA = re.compile(r"^\d{1,3},\d{3}$")
LOOKS = (("eng",), ("ind",), ("ind", "eng"))  # the models of the second, third and fourth readings


class Rival(NamedTuple):
    """The reading of a cell that was not kept, because its figures differ from the kept one's."""

    lines: list[str]
    confidence: float | None  # of its least sure word holding a figure, 0-1; None: the scanner's text layer

    def describe(self) -> str:
        return "the scanner's text layer" if self.confidence is None else f"confidence {self.confidence:.2f}"


def figures(lines: Sequence[str]) -> list[str]:
    """The figures of a cell's lines, in order, separators kept ("65,60" and "65.60" differ)."""
    return FIGURE.findall(" ".join(lines))


# A word of "Y" and a small letter right after a figure: how Tesseract reads a "%" ("Yo" and "Ye" are
# taken as one, fixes.py); "Ya" is a word ("Ya/Tidak" targets), so "87 Ya" is only doubted (1,001,572)
_PERCENT_LIKE = re.compile(r"(?<![^\s(])\d[\d.,]*\s?Y[a-z](?=$|[\s),;])")


def percent_lookalikes(lines: Sequence[str]) -> list[str]:
    """The figures of a cell followed by a word shaped as Tesseract reads a "%" ("87 Ya")."""
    return _PERCENT_LIKE.findall(" ".join(lines))


def odd_separators(lines: Sequence[str]) -> list[str]:
    """The figures of a cell whose "." does not group thousands."""
    return [figure for figure in figures(lines) if _ODD_DOT.search(figure)]


def odd_commas(lines: Sequence[str]) -> list[str]:
    """The figures of a cell whose "," stands where a "." grouping thousands would."""
    return [figure for figure in figures(lines) if _ODD_COMMA.search(figure)]


def other_view(crop: np.ndarray, look: int) -> np.ndarray:
    """The crop as the second (`look` 1: as it is, a body cell's cut to its ink by the caller),
    third (2: thresholded by Otsu) or fourth (3: cut to its ink by the caller, and thresholded)
    reading sees it."""
    if look == 1:
        return crop
    _, binary = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return binary
