"""Small marks Tesseract guesses, measured on the scan: the space before a "%", the tail of a ";".

Tesseract joins "97 %" into one word "97%" when the space is narrow, with
high confidence, and a target's raw text then differs from the page. The
gap is there in the ink: between the glyphs of a figure and a "%" set close
it is a stroke's width or two, a space is a third of the figures' height or
more. So a word read as a figure with "%" glued on is split where the widest
gap between its glyphs is as wide as a space and what follows it is as wide as a "%".

It reads a ";" closing a word as ":" as well (an item of a list, "anggaran;",
read "anggaran:" with 0.96), or as "," when its dot is faint. They differ in
the ink: a ";" has a comma under its dot, taller than the dot, where a ":"
has two dots alike and a "," one mark. So the last glyph of a word read as
ending in any of them is looked at, and taken for what its two marks show
where they show it plainly (one mark: kept as read).

A list's bullet "•" opening a line has no glyph of Tesseract's own: it reads
it as "*", "e", "s", a quote, glues it to the word after ("«melakukan") or
drops it, and the Kegiatan items of the cell then run together or lose their
marker without a trace. In the ink a bullet is plain: a filled round dot,
a third or so of the line's height, standing clear of the word after it
at mid-height (a "." sits on the baseline, an "o" or "e" is a ring as tall as
the small letters, a "*" hangs high and thin). Such a dot opening a line is
read as "•".
"""

from __future__ import annotations

import re
from typing import NamedTuple

import cv2
import numpy as np

from rktparse.readers.ocr.tesseract import OcrWord

_GLUED_PERCENT = re.compile(r"^\d[\d.,]*%$")
_CLOSING = re.compile(r"^[^\W\d_]{2,}[:;,]$")  # a word closed by ":", ";" or "," (a ";" whose dot was lost)
SPACE_SHARE = 0.3  # a gap this wide against the word's height is a space (Arial's space is 0.28 em,
# its figures 0.72 em high: 0.39 of them; glyphs set close leave under 0.15)
INK = 128  # grey levels below this are ink
MIN_INK_PX = 2  # a column with less ink is dust between glyphs
SEMICOLON_TAIL = 1.6  # a ";"'s lower mark is this much taller than its dot, or more (Arial: 2.3)
COLON_DOTS = 1.25  # a ":"'s lower dot is no more than this much taller than its upper one
BULLET_SIZE = (0.2, 0.55)  # a bullet's height and width against its line's (ascenders to baseline; Arial's
# "•" is 0.35 of it, an "o" 0.72, a "." 0.14)
BULLET_ROUND = (0.7, 1.45)  # its width against its height
BULLET_FILL = 0.55  # of its box that is ink (a disc: 0.79; a ring, a "*" or a letter: under 0.5)
BULLET_MIDDLE = (0.3, 0.8)  # where its centre stands, from the line's top to its baseline ("." at 0.95)
BULLET_REACH = 1.5  # how far left of a line's first word a dropped bullet is looked for, in line heights
BULLET_MISREAD = 2  # a word this short opening a line may be a bullet misread ("*", "e", "¢", "«")
PERCENT_WIDTH = (0.5, 1.6)  # what follows the gap is a "%" only if this wide against the word's height (a "%"
# is 0.89 em wide, 1.2 times the figures' height): not a speck, nor figures after a wide "1"


def widest_gap(word: OcrWord, image: np.ndarray) -> tuple[int, int, int] | None:
    """The widest run of paper between the word's glyphs: its first and last columns and the
    width of the ink after it, in crop pixels."""
    columns = (image[word.top:word.bottom, word.x0:word.x1] < INK).sum(axis=0) >= MIN_INK_PX
    inked = np.flatnonzero(columns)
    if len(inked) < 2:
        return None
    widths = np.diff(inked)
    widest = int(np.argmax(widths))
    if widths[widest] <= 1:
        return None
    return word.x0 + int(inked[widest]) + 1, word.x0 + int(inked[widest + 1]), int(inked[-1] - inked[widest + 1]) + 1


def split_percent(word: OcrWord, image: np.ndarray) -> list[OcrWord]:
    """The word, or a figure and its "%" as two words when the scan shows a space before the "%"."""
    if not _GLUED_PERCENT.match(word.text):
        return [word]
    gap = widest_gap(word, image)
    height = word.bottom - word.top
    if gap is None or gap[1] - gap[0] < SPACE_SHARE * height or not PERCENT_WIDTH[0] <= gap[2] / height <= PERCENT_WIDTH[1]:
        return [word]
    return [word._replace(text=word.text[:-1], x1=gap[0]), word._replace(text="%", x0=gap[1])]


def closing_mark(word: OcrWord, image: np.ndarray) -> str | None:
    """What the last glyph of a word shows: ";" (a dot over a taller comma), ":" (two dots alike),
    or None when it shows neither plainly."""
    columns = (image[word.top:word.bottom, word.x0:word.x1] < INK).any(axis=0)
    inked = np.flatnonzero(columns)
    gaps = np.flatnonzero(np.diff(inked) > 1)
    if not len(gaps):
        return None
    below = word.bottom + (word.bottom - word.top) // 4  # a tail Tesseract's box cut short
    glyph = image[word.top:below, word.x0 + inked[gaps[-1] + 1]:word.x0 + inked[-1] + 1] < INK
    count, _, stats, _ = cv2.connectedComponentsWithStats(glyph.astype(np.uint8), connectivity=8)
    if count != 3:  # the background and two marks, no more: else a letter or dust shares the columns
        return None
    upper, lower = sorted(stats[1:], key=lambda stat: stat[cv2.CC_STAT_TOP])
    gap = lower[cv2.CC_STAT_TOP] - upper[cv2.CC_STAT_TOP] - upper[cv2.CC_STAT_HEIGHT]
    if gap < upper[cv2.CC_STAT_HEIGHT]:  # a dot stands clear above the mark under it; a comma broken by the
        return None  # scan has a crack between its pieces
    ratio = lower[cv2.CC_STAT_HEIGHT] / max(1, upper[cv2.CC_STAT_HEIGHT])
    return ";" if ratio >= SEMICOLON_TAIL else ":" if ratio <= COLON_DOTS else None


def read_marks(word: OcrWord, image: np.ndarray) -> list[OcrWord]:
    """The word with its small marks as the scan shows them: split before a spaced "%", closed by
    the ";" or ":" its last glyph is."""
    if _CLOSING.match(word.text):
        mark = closing_mark(word, image)
        if mark is None or (word.text.endswith(",") and mark == ":"):  # a "," lost no dot to become a ":"
            return [word]
        return [word._replace(text=word.text[:-1] + mark)]
    return split_percent(word, image)


class Dot(NamedTuple):
    x0: int
    x1: int
    top: int
    bottom: int


def bullet_dot(image: np.ndarray, left: int, right: int, top: int, baseline: int) -> Dot | None:
    """The leftmost mark in columns left..right of a line (its top to its baseline) when it is a
    bullet's filled dot standing clear of the mark after it, else None."""
    height = baseline - top
    band = (image[max(top, 0):baseline, max(left, 0):right] < INK).astype(np.uint8)
    if height <= 0 or band.size == 0:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(band, connectivity=8)
    marks = sorted(stats[1:].tolist(), key=lambda stat: stat[cv2.CC_STAT_LEFT])
    if not marks:
        return None
    x, y, width, tall, ink = marks[0]
    after = next((mark[cv2.CC_STAT_LEFT] for mark in marks[1:] if mark[cv2.CC_STAT_LEFT] >= x + width), None)
    middle = (y + tall / 2) / height
    if not (BULLET_SIZE[0] <= tall / height <= BULLET_SIZE[1] and BULLET_SIZE[0] <= width / height <= BULLET_SIZE[1]
            and BULLET_ROUND[0] <= width / tall <= BULLET_ROUND[1] and ink / (width * tall) >= BULLET_FILL
            and BULLET_MIDDLE[0] <= middle <= BULLET_MIDDLE[1]
            and (after is None or after - (x + width) >= SPACE_SHARE / 2 * height)):
        return None
    x0, y0 = max(left, 0) + x, max(top, 0) + y
    return Dot(x0, x0 + width, y0, y0 + tall)


def read_bullet(line: list[OcrWord], image: np.ndarray) -> list[OcrWord]:
    """The line with a bullet's dot opening it read as "•": in place of the short word it was read
    as, split from the word it was glued to, or put back where it was dropped. Lines that open
    otherwise come back as they were."""
    texts = [word for word in line if sum(char.isalnum() for char in word.text) > 1]
    if not texts:
        return line
    top, baseline = min(word.top for word in texts), min(word.bottom for word in texts)
    height, first = baseline - top, line[0]
    dropped = bullet_dot(image, first.x0 - round(BULLET_REACH * height), first.x0 + height, top, baseline)
    if dropped is not None and dropped.x1 < first.x0 and first is texts[0]:
        return [bullet(dropped, first), *line]
    dot = bullet_dot(image, first.x0, first.x1, top, baseline)
    if dot is None or first.text.startswith("•"):
        return line
    if len(first.text) <= BULLET_MISREAD and first.x1 <= dot.x1 + SPACE_SHARE * height:
        return [bullet(dot, line[1] if len(line) > 1 else first), *line[1:]]
    rest = first.text[1:].lstrip()
    if first is texts[0] and not first.text[0].isalnum() and rest:  # "«melakukan"
        return [bullet(dot, first), first._replace(text=rest, x0=dot.x1 + 1), *line[1:]]
    return line


def bullet(dot: Dot, beside: OcrWord) -> OcrWord:
    """A "•" word on `dot`, as sure as the word beside it (the dot is measured, not guessed)."""
    return beside._replace(text="•", x0=dot.x0, x1=dot.x1, top=dot.top, bottom=dot.bottom)
