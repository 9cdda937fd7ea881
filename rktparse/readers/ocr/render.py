"""A PDF page as a grey image (and in colour when it has colour), and its ink as a clean black-and-white mask."""

from __future__ import annotations

import cv2
import numpy as np
import pypdfium2 as pdfium

DPI = 300  # Tesseract reads 9-10 pt table text best with capitals ~30 px high
MAX_PIXELS = 40_000_000  # about A2 at 300 dpi: larger pages render coarser to stay within memory
MIN_DPI = 50  # below this no text can be read: the page is larger than any a PDF can hold (200 inches)
PAPER_WINDOW_PT = 6.0  # wider than any stroke or rule: a window this wide always holds some paper
SPECK_PT = 0.6  # ink blots smaller than this square are scanner dust, not dots of i or full stops
DUST_PIXELS = 1.5  # nor, but over a stroke, those this many of the scanner's own pixels across: at 150 dpi
# a one-pixel speck, spread by the rendering at 300, outgrows SPECK_PT, and is as large as the dot of an i
NEAR_PT = 2.0  # a dot of an i stands this close above its stem
DOT_SHIFT_PT = 0.5  # and this far to either side of it, on a page skewed 3 degrees


def page_dpi(width_pt: float, height_pt: float) -> int:
    """DPI, unless a page of this size would then exceed MAX_PIXELS."""
    fits = (MAX_PIXELS / max(1.0, width_pt * height_pt)) ** 0.5 * 72
    return int(min(DPI, fits))


COLOURED = 24  # a pixel whose channels differ by this much is coloured ink (grey paper and black print: under 10)


def render_page(page: pdfium.PdfPage, dpi: int) -> tuple[np.ndarray, np.ndarray | None]:
    """The page as shown (its /Rotate applied) at `dpi`, grey (0 = black), and in colour (blue, green,
    red) when anything on it is coloured: a stamp pad's ink is told from print by its colour."""
    bitmap = page.render(scale=dpi / 72)
    try:
        colour = bitmap.to_numpy().copy()  # copied: the bitmap owns the buffer
    finally:
        bitmap.close()
    return cv2.cvtColor(colour, cv2.COLOR_BGR2GRAY), colour if is_coloured(colour) else None


def chroma(colour: np.ndarray) -> np.ndarray:
    """How coloured each pixel of a blue-green-red image is: its channels' spread, 0-255."""
    blue, green, red = cv2.split(colour)
    return cv2.subtract(cv2.max(cv2.max(blue, green), red), cv2.min(cv2.min(blue, green), red))


def is_coloured(colour: np.ndarray) -> bool:
    """Whether a blue-green-red image holds coloured ink, not just greys."""
    return bool((chroma(colour) >= COLOURED).any())


def flatten(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The page with its paper made white and its ink stretched to black: a grey, faded or unevenly
    lit scan (a lamp off-centre, yellowed paper) becomes as even as a document-mode one, so one
    threshold separates ink from paper everywhere.

    The paper's own level is the lightest grey near each point (a dilation over a window wider
    than any stroke), taken on a quarter-size image: it varies slowly, and that is four times faster.
    """
    small = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    window = max(3, round(PAPER_WINDOW_PT * dpi / 72 / 4))
    paper = cv2.dilate(small, np.ones((window, window), np.uint8))
    paper = cv2.resize(cv2.blur(paper, (window, window)), (gray.shape[1], gray.shape[0]),
                       interpolation=cv2.INTER_LINEAR)
    even = cv2.divide(gray, np.maximum(paper, 1), scale=255)
    darkest = int(even.min())
    if darkest >= 255:
        return even  # a blank page
    return np.clip((even.astype(np.int32) - darkest) * 255 // (255 - darkest), 0, 255).astype(np.uint8)


def ink_mask(gray: np.ndarray, dpi: int, scanned: float | None = None) -> np.ndarray:
    """True where there is ink: Otsu's threshold, then dust specks removed (`scanned`: the dpi the
    page was scanned at, when coarser than `dpi`). Specks the size of the scanner's pixels stay only
    where the dot of an i stands, over a stroke: kept anywhere near print, Tesseract read them as
    signs glued to its words ('Transportasi. Publik', 'manajemen: ASN', 'Optimalnya — Pelayanan').
    A full stop is larger, even at 150 dpi."""
    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    keep = area > (SPECK_PT * dpi / 72) ** 2
    keep[0] = False  # the background
    small = keep & (area <= (DUST_PIXELS * dpi / scanned) ** 2) if scanned else np.zeros(count, bool)
    if small.any():
        keep &= ~small | _over_strokes(labels, keep & ~small, dpi)
    return keep[labels]


def _over_strokes(labels: np.ndarray, strokes: np.ndarray, dpi: int) -> np.ndarray:
    """Which components of `labels` stand just over a stroke (`strokes`, by component), as the dot of
    an i does over its stem."""
    shift = round(DOT_SHIFT_PT * dpi / 72)
    below = np.ones((round(NEAR_PT * dpi / 72) + 1, 2 * shift + 1), np.uint8)
    over = cv2.dilate(strokes[labels].astype(np.uint8), below, anchor=(shift, 0)) > 0  # a stroke below
    found = np.zeros(len(strokes), bool)
    found[np.unique(labels[over])] = True
    return found
