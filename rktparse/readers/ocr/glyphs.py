"""Small marks Tesseract guesses, measured on the scan: the space before a "%", the tail of a ";".

Tesseract joins "97 %" into one word "97%" when the space is narrow, with
high confidence, and a target's raw text then differs from the page. The
gap is there in the ink: between the glyphs of a figure and a "%" set close
it is a stroke's width or two, a space is a third of the figures' height or
more. So a word read as a figure with "%" glued on is split where the widest
gap between its glyphs is as wide as a space and what follows it is as wide as a "%"
(after a "1" wider: the figure is set as wide as the others on a narrow stem, and
leaves paper beside it). Tesseract reads a "%" after a figure as a word of its own too ("93,7" "Yo",
the figure's box reaching over it) where print sets it close; such a pair is measured the same way.
It glues "Rp 23.500.000" into one word as well; a space there is as plain.

It reads a ";" closing a word as ":" as well (an item of a list, "anggaran;",
read "anggaran:" with 0.96), or as "," when its dot is faint. They differ in
the ink: a ";" has a comma under its dot, taller than the dot, where a ":"
has two dots alike and a "," one mark. So the last glyph of a word read as
ending in any of them is looked at, and taken for what its two marks show
where they show it plainly (one mark: kept as read).

Tesseract reads a "%" standing alone, as in "Target (%)", as "96" or "90"
with high confidence, and the column's unit is lost. In the ink the two
differ plainly: a "%" is two small rings, one high on the left and one low on
the right, either side of a slash as tall as the figures; digits are marks
as tall as the figures. So a word of two figures (in brackets or not) whose
marks are such rings and a slash is read as "%".

Tesseract sets the case of a first letter whose small and capital forms share a shape ("c" and
"C", "s" and "S") from the word's place rather than the ink: "capaian" opening a cell is read
"Capaian" with high confidence. In the ink the two differ by height: a capital stands a third or more
of the small letters' height above them (Arial 0.38, Times 0.48, DejaVu 0.33), a small letter level
with them. So such a capital standing level with the small letters is read small.

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
from collections import Counter
from typing import NamedTuple

import cv2
import numpy as np

from rktparse.readers.ocr.fixes import PERCENT_READINGS
from rktparse.readers.ocr.tesseract import OcrWord
from rktparse.vocabulary.headers import is_bullet

_GLUED_PERCENT = re.compile(r"^\d[\d.,]*%$")
_GLUED_WORD = re.compile(r"^((?:Rp\.?)?\d[\d.,]*\d)([a-z]{3}[^\W\d_]*)$")  # '27orang', '351.000.000.000pendidikan'
# two amounts in thousands, the second glued to the first's last group: 'Rp2.170.000.00096.900.000'
_GLUED_AMOUNTS = re.compile(r"^((?:Rp\.?)?\d{1,3}(?:\.\d{3})+)(\d{1,3}(?:\.\d{3})+(?:,\d+)?)$")
_GLUED_RUPIAH = re.compile(r"^(Rp\.?)\d[\d.,]*\d$")
_CLOSING = re.compile(r"^[^\W\d_]{2,}[:;,]$")  # a word closed by ":", ";" or "," (a ";" whose dot was lost)
SPACE_SHARE = 0.3  # a gap this wide against the word's height is a space (Arial's space is 0.28 em,
# its figures 0.72 em high: 0.39 of them; glyphs set close leave under 0.15)
ONE_SPACE_SHARE = 0.45  # after a "1", set as wide as the other figures on a narrow stem: close up to 0.32 on
# development scans 0-159 ("61%" was split into "61 %"), a space 0.56 and more
INK = 128  # grey levels below this are ink
MIN_INK_PX = 2  # a column with less ink is dust between glyphs
SEMICOLON_TAIL = 1.6  # a ";"'s lower mark is this much taller than its dot, or more (Arial: 2.3)
COLON_DOTS = 1.25  # a ":"'s lower dot is no more than this much taller than its upper one
_TWO_FIGURES = re.compile(r"^(\(?)[\d%]{2}(\)?)$")  # "96", "(90)": what a "%" is read as ("%" itself left alone)
_SIGN_READ = re.compile(r"^(\(?)(?:&|Ya|ya)(\)?)$")  # a "%" read as a sign or letters ('TARGET &', '93,77 Ya')
_FIGURES = re.compile(r"^\d[\d.,]*\d$")  # a figure whose last glyph may be a glued "%" read as figures
_FIGURE = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")  # what stands before a "%": "58,46", "100"
FIGURE_WIDTH = 0.9  # a figure's glyph is no wider than this against its height (Arial: 0.62); two touching: 1.2
RING_SHARE = 0.6  # a "%"'s rings are no taller than this against its slash (Arial: 0.45; a figure: 1.0)
PERCENT_SHAPE = (0.9, 1.3)  # a "%" read as one mark is this wide against its height
HOLE_SHARE = (0.2, 0.55)  # and its rings' holes this tall against it (measured on scans: 0.46)
BULLET_SIZE = (0.2, 0.55)  # a bullet's height and width against its line's (ascenders to baseline; Arial's
# "•" is 0.35 of it, an "o" 0.72, a "." 0.14)
BULLET_ROUND = (0.7, 1.45)  # its width against its height
BULLET_FILL = 0.55  # of its box that is ink (a disc: 0.79; a ring, a "*" or a letter: under 0.5)
BULLET_MIDDLE = (0.3, 0.8)  # where its centre stands, from the line's top to its baseline ("." at 0.95)
BULLET_REACH = 1.5  # how far left of a line's first word a dropped bullet is looked for, in line heights
LONE_DOT_SIZE = (0.7, 1.4)  # a bullet alone on its line against the cell's other bullets, in height and width
LONE_DOT_REACH = 0.5  # and how far (in their widths) its left edge stands from theirs
BULLET_MISREAD = 2  # a word this short opening a line may be a bullet misread ("*", "e", "¢", "«")
SHAPE_ALIKE = "cosuvwxz"  # small letters whose capital is the same shape, taller
DOT_SHARE = 0.3  # a dot is shorter than this against its line (an "i"'s: 0.17), as far above the baseline
SMALL_RISE = 0.16  # a first letter whose top stands less above the small letters', against their height,
# is small (measured on scans: small 0.00-0.14, capital 0.27-0.56)
_CAPITALISED = re.compile(rf"^[{SHAPE_ALIKE.upper()}][a-z]{{2,}}$")
RUPIAH_REACH = 1.8  # "Rp." ends this far from a word's left, against its height (Arial: "Rp" 1.4, "Rp." 1.7)
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


def ink_height(crop: np.ndarray) -> int:
    """The height of the ink in `crop`, first inked row to last."""
    rows = np.flatnonzero((crop < INK).any(axis=1))
    return int(rows[-1] - rows[0]) + 1 if len(rows) else 0


def split_percent(word: OcrWord, image: np.ndarray, height: int | None = None) -> list[OcrWord]:
    """The word, or a figure and its "%" as two words when the scan shows a space before the "%";
    measured against `height`, the word's by default."""
    if not _GLUED_PERCENT.match(word.text):
        return [word]
    gap = widest_gap(word, image)
    height = height or word.bottom - word.top
    space = (ONE_SPACE_SHARE if word.text[-2] == "1" else SPACE_SHARE) * height
    if gap is None or gap[1] - gap[0] < space or not PERCENT_WIDTH[0] <= gap[2] / height <= PERCENT_WIDTH[1]:
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


def is_percent_sign(marks: list[list[int]], glyphs: np.ndarray) -> bool:
    """Whether marks (left, top, width, height, area; left to right) in `glyphs` are a "%": a small
    ring high on the left, a slash as tall as the figures, a small ring low on the right; or, where
    the scan's blur joined them, one mark no wider than a "%" with two holes so placed (two figures
    joined are as wide as two: "96" is 1.5 times as wide as tall, a "%" 1.2)."""
    if len(marks) == 3:
        left, slash, right = marks
        tall = slash[cv2.CC_STAT_HEIGHT]
        if any(ring[cv2.CC_STAT_HEIGHT] > RING_SHARE * tall for ring in (left, right)):
            return False
        return _diagonal(_box(left), _box(right), _box(slash))
    if len(marks) != 1 or not PERCENT_SHAPE[0] <= marks[0][cv2.CC_STAT_WIDTH] / marks[0][cv2.CC_STAT_HEIGHT] \
            <= PERCENT_SHAPE[1]:
        return False
    x, y, width, height, _ = marks[0]
    contours, hierarchy = cv2.findContours(glyphs[y:y + height, x:x + width], cv2.RETR_CCOMP,
                                           cv2.CHAIN_APPROX_SIMPLE)
    holes = [hole for contour, links in zip(contours, hierarchy[0])  # not the chinks where the slash meets a ring
             if links[3] >= 0 and (hole := _box(list(cv2.boundingRect(contour))))[3] >= HOLE_SHARE[0] * height]
    if len(holes) != 2 or any(hole[3] > HOLE_SHARE[1] * height for hole in holes):  # a "0"'s hole is taller
        return False
    upper, lower = sorted(holes, key=lambda hole: hole[1])
    return _diagonal(upper, lower, (0, 0, width, height))


def _box(mark: list[int]) -> tuple[int, int, int, int]:
    return mark[0], mark[1], mark[2], mark[3]


def _diagonal(upper: tuple[int, int, int, int], lower: tuple[int, int, int, int],
              whole: tuple[int, int, int, int]) -> bool:
    """Whether box `upper` stands in the top left and `lower` in the bottom right of box `whole`
    (each x, y, width, height)."""
    middle_x, middle_y = whole[0] + whole[2] / 2, whole[1] + whole[3] / 2
    return (upper[0] + upper[2] / 2 < middle_x < lower[0] + lower[2] / 2
            and upper[1] + upper[3] / 2 < middle_y < lower[1] + lower[3] / 2)


def marks_of(glyphs: np.ndarray) -> list[list[int]]:
    """The marks of ink in `glyphs` (left, top, width, height, area), left to right."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(glyphs, connectivity=8)
    return sorted(stats[1:].tolist(), key=lambda stat: stat[cv2.CC_STAT_LEFT])


def percent_sign(word: OcrWord, image: np.ndarray) -> OcrWord:
    """The word, or "%" (kept in its brackets) where two figures, or a sign or letters Tesseract
    reads a "%" as ('&', 'Ya'), were read from a "%"'s marks."""
    figures = any(char.isdigit() for char in word.text)
    shape = _TWO_FIGURES.match(word.text) if figures else _SIGN_READ.match(word.text)
    if shape is None:
        return word
    glyphs = (image[word.top:word.bottom, word.x0:word.x1] < INK).astype(np.uint8)
    marks = marks_of(glyphs)
    marks = marks[bool(shape.group(1)):len(marks) - bool(shape.group(2))]  # the brackets
    if not is_percent_sign(marks, glyphs):
        return word
    return word._replace(text=f"{shape.group(1)}%{shape.group(2)}")


def glued_percent(word: OcrWord, image: np.ndarray) -> OcrWord:
    """The word, or its figures and "%" where its last glyph, read as one or two figures, is a "%"'s
    marks ("58,464" for "58,46%", "6996" for "69%"). The glyphs are told apart by the paper between
    them, so the figures before the last glyph are as many as the glyphs: a word with two glyphs
    touching (one wider than a figure) is left as read, and so is one whose last glyph stands a
    space apart (Tesseract's box for "64" may reach over the "%" after it)."""
    if not _FIGURES.match(word.text):
        return word
    inked = np.flatnonzero((image[word.top:word.bottom, word.x0:word.x1] < INK).any(axis=0))
    starts = np.flatnonzero(np.diff(inked) > 1) + 1  # where each glyph after the first begins
    read_from_last = len(word.text) - len(starts)  # the characters the last glyph was read as
    if not len(starts) or read_from_last not in (1, 2) or not _FIGURE.match(word.text[:-read_from_last]):
        return word
    height = word.bottom - word.top
    glyphs = [inked[end - 1] - inked[start] + 1 for start, end in zip(np.r_[0, starts[:-1]], starts)]
    if inked[starts[-1]] - inked[starts[-1] - 1] > SPACE_SHARE * height or max(glyphs) > FIGURE_WIDTH * height:
        return word
    left, right = word.x0 + int(inked[starts[-1]]), word.x0 + int(inked[-1]) + 1
    glyph = (image[word.top:word.bottom, left:right] < INK).astype(np.uint8)
    if not is_percent_sign(marks_of(glyph), glyph):
        return word
    return word._replace(text=word.text[:-read_from_last] + "%")


def first_letter_rise(word: OcrWord, image: np.ndarray) -> float | None:
    """How far the top of the word's first glyph stands above the small letters after it, against
    their height (from their tops to their baseline: the medians over the ink's columns, dots left
    out, a "t"'s or a "p"'s tail being a few of them); None where the first glyph touches the next.
    The ink is the crop's own (Otsu: a light scan's strokes break at a fixed grey), within the word's
    own line (the longest run of inked rows: a box may reach into the line above)."""
    crop = image[word.top:word.bottom, word.x0:word.x1]
    if crop.size == 0 or crop.min() >= INK:
        return None
    _, binary = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = _own_line(binary.astype(bool))
    inked = np.flatnonzero(ink.sum(axis=0) >= MIN_INK_PX)
    starts = np.flatnonzero(np.diff(inked) > 1) + 1
    if not len(starts):
        return None
    top = int(np.flatnonzero(ink[:, inked[0]:inked[starts[0] - 1] + 1].any(axis=1))[0])
    rest = _without_dots(ink[:, inked[starts[0]]:])
    columns = np.flatnonzero(rest.any(axis=0))
    small_top = float(np.median(rest[:, columns].argmax(axis=0)))
    baseline = float(np.median(rest.shape[0] - 1 - rest[::-1, columns].argmax(axis=0)))
    return (small_top - top) / max(1.0, baseline - small_top)


def _without_dots(ink: np.ndarray) -> np.ndarray:
    """`ink` without its dots: marks short against the line and standing clear above its baseline
    (an "i"'s or a "j"'s dot, which would raise the small letters' top)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    columns = np.flatnonzero(ink.any(axis=0))
    baseline = float(np.median(ink.shape[0] - 1 - ink[::-1, columns].argmax(axis=0)))
    tall = baseline - stats[1:, cv2.CC_STAT_TOP].min() + 1
    bottoms = stats[:, cv2.CC_STAT_TOP] + stats[:, cv2.CC_STAT_HEIGHT] - 1
    dots = [mark for mark in range(1, count) if stats[mark, cv2.CC_STAT_HEIGHT] < DOT_SHARE * tall
            and bottoms[mark] < baseline - DOT_SHARE * tall]
    return ink & ~np.isin(labels, dots)


def _own_line(ink: np.ndarray) -> np.ndarray:
    """The rows of `ink` in its longest run of rows holding ink."""
    edges = np.flatnonzero(np.diff(np.r_[0, ink.any(axis=1).astype(np.int8), 0]))
    first, stop = max(zip(edges[::2], edges[1::2]), key=lambda run: run[1] - run[0])
    return ink[first:stop]


def first_letter_case(word: OcrWord, image: np.ndarray) -> OcrWord:
    """The word with a capital first letter read small where the ink shows it small ("Capaian" ->
    "capaian"), for a letter whose two cases share a shape, before small letters. Only that way: a
    first letter touching the next ('st', 'ob') stands as tall as the next one's ascender, which
    would read as a capital."""
    if not _CAPITALISED.match(word.text) or (rise := first_letter_rise(word, image)) is None:
        return word
    return word._replace(text=word.text[0].lower() + word.text[1:]) if rise < SMALL_RISE else word


def close_percent(line: list[OcrWord], image: np.ndarray) -> list[OcrWord]:
    """The line with a "%" that Tesseract read as a word of its own after a figure ("93,7" "Yo", the
    figure's box reaching over it) joined to it, then split again where the ink shows a space before
    it (`split_percent`): the words' boxes do not tell, the paper between the glyphs does. The
    measure is the "%"'s ink height: a comma's tail stretches the figure's box ('79,91 %')."""
    joined = line[:1]
    for word in line[1:]:
        figure = joined[-1]
        if _FIGURE.match(figure.text) and (word.text == "%" or word.text.lower() in PERCENT_READINGS):
            glued = figure._replace(text=figure.text + "%", x1=max(figure.x1, word.x1),
                                    confidence=min(figure.confidence, word.confidence))
            sign = image[min(figure.top, word.top):max(figure.bottom, word.bottom), word.x0:word.x1]
            joined[-1:] = split_percent(glued, image, ink_height(sign))
        else:
            joined.append(word)
    return joined


def read_marks(word: OcrWord, image: np.ndarray) -> list[OcrWord]:
    """The word with its small marks as the scan shows them: split before a spaced "%" or after a
    spaced "Rp", closed by the ";" or ":" its last glyph is, a "%" read as figures or a sign read as
    "%", a capital first letter the ink shows small read small; a figure glued to a word after it
    parted from it, or from an amount glued to it (`split_glued_figure`)."""
    word = first_letter_case(glued_percent(percent_sign(word, image), image), image)
    if _CLOSING.match(word.text):
        mark = closing_mark(word, image)
        if mark is None or (word.text.endswith(",") and mark == ":"):  # a "," lost no dot to become a ":"
            return [word]
        return [word._replace(text=word.text[:-1] + mark)]
    if glued := _GLUED_WORD.match(word.text) or _GLUED_AMOUNTS.match(word.text):
        return split_glued_figure(word, glued)
    return split_rupiah(word, image) if _GLUED_RUPIAH.match(word.text) else split_percent(word, image)


def split_glued_figure(word: OcrWord, found: re.Match[str]) -> list[OcrWord]:
    """A figure read glued to a word in small letters after it, or to a second amount, as two words,
    parted where the second begins in proportion to the characters' count: print sets a space there,
    and an amount printed over the next column's text (reporting scan 1,000,897: 'Rp 351.000.000.000'
    running into '... pendidikan'; 1,001,283: 'Rp2.170.000.000' into '96.900.000', its thousands'
    groups of three telling where) or a space the scan closed ('27orang') leaves none in the ink. One
    word across two columns ended the table without rules there, every row below lost. `found`: the
    word's match of `_GLUED_WORD` or `_GLUED_AMOUNTS`."""
    cut = word.x0 + round((word.x1 - word.x0) * len(found.group(1)) / len(word.text))
    return [word._replace(text=found.group(1), x1=cut), word._replace(text=found.group(2), x0=cut)]


def split_rupiah(word: OcrWord, image: np.ndarray) -> list[OcrWord]:
    """The word, or "Rp" and its figures as two words where the scan shows a space between them
    ("Rp 23.500.000" read "Rp23.500.000"): the widest gap between its glyphs, as wide as a space
    (against the word's height, the "p"'s tail in it), where the "Rp" ends. A figure's own gaps
    can be as wide (beside a "1"'s narrow stem, a "."), and a "1" opening the figures leaves paper
    on its left: such a word is left as read."""
    found = _GLUED_RUPIAH.match(word.text)
    gap = widest_gap(word, image) if found else None
    height = word.bottom - word.top
    if found is None or gap is None or gap[1] - gap[0] < SPACE_SHARE * height \
            or gap[0] - word.x0 > RUPIAH_REACH * height or word.text[found.end(1)] == "1":
        return [word]
    cut = found.end(1)
    return [word._replace(text=word.text[:cut], x1=gap[0]), word._replace(text=word.text[cut:], x0=gap[1])]


class Dot(NamedTuple):
    x0: int
    x1: int
    top: int
    bottom: int


def bullet_dot(image: np.ndarray, left: int, right: int, top: int, baseline: int) -> Dot | None:
    """The leftmost mark in columns left..right of a line (its top to its baseline) when it is a
    bullet's filled dot standing clear of the mark after it, else None."""
    height = baseline - top
    crop = image[max(top, 0):baseline, max(left, 0):right]
    if height <= 0 or crop.size == 0 or crop.min() >= INK:
        return None
    # the band's own ink (Otsu): on a light grey scan a dot's rim is lighter than a fixed grey, and
    # the dot, measured smaller and hollow, was no bullet
    _, band = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
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
    """The line with each bullet's dot read as "•": in place of the short word it was read as, split
    from the word it was glued to, or, opening the line, put back where it was dropped. Words
    that are no such dot come back as they were."""
    texts = [word for word in line if sum(char.isalnum() for char in word.text) > 1]
    if not texts:
        return line
    top, baseline = min(word.top for word in texts), min(word.bottom for word in texts)
    height, first = baseline - top, line[0]
    dropped = bullet_dot(image, first.x0 - round(BULLET_REACH * height), first.x0 + height, top, baseline)
    opening = [bullet(dropped, first)] if dropped is not None and dropped.x1 < first.x0 and first is texts[0] else []
    return opening + [part for index, word in enumerate(line)
                      for part in _as_bullet(word, line[index + 1:index + 2], image, top, baseline)]


def with_lone_bullets(lines: list[list[OcrWord]], image: np.ndarray) -> list[list[OcrWord]]:
    """The lines of a cell with each bullet standing alone on its line as a line of its own: a narrow
    column wraps an item's first word under its bullet, and Tesseract reads no line for a lone "•" or
    "-" (reporting scans 1,001,210 and 1,001,344: the item went on with the one above, silently). Such a
    bullet is a solid mark no word was read from, the size of the bullets that open the cell's other
    items (the most used one), in line with them, on a band of the cell no word stands on."""
    opening = [line[0] for line in lines if len(line) > 1 and is_bullet(line[0].text)]
    if not opening:
        return lines
    mark = Counter(word.text for word in opening).most_common(1)[0][0]
    dots = [word for word in opening if word.text == mark]
    width = float(np.median([dot.x1 - dot.x0 for dot in dots]))
    tall = float(np.median([dot.bottom - dot.top for dot in dots]))
    left = float(np.median([dot.x0 for dot in dots]))
    ink = (image < INK).astype(np.uint8)
    for word in (word for line in lines for word in line):
        ink[max(word.top - 2, 0):word.bottom + 2, max(word.x0 - 2, 0):word.x1 + 2] = 0
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    found = [[dots[0]._replace(x0=x, x1=x + w, top=y, bottom=y + h, line=(-1, -1, k))]
             for k, (x, y, w, h, area) in enumerate(stats[1:].tolist())
             if abs(x - left) <= max(LONE_DOT_REACH * width, 2) and all(
                 LONE_DOT_SIZE[0] <= size / usual <= LONE_DOT_SIZE[1] for size, usual in ((w, width), (h, tall)))
             and area / (w * h) >= BULLET_FILL
             and not any(word.top < y + h and y < word.bottom for line in lines for word in line)]
    return sorted(lines + found, key=lambda line: min(word.top for word in line)) if found else lines


def _as_bullet(word: OcrWord, after: list[OcrWord], image: np.ndarray, top: int, baseline: int) -> list[OcrWord]:
    """A word of the line whose first mark is a bullet's dot as that "•" (and what was glued to it)."""
    if word.text.startswith("•"):
        return [word]
    dot = bullet_dot(image, word.x0, word.x1, top, baseline)
    if dot is None:
        return [word]
    if len(word.text) <= BULLET_MISREAD and word.x1 <= dot.x1 + SPACE_SHARE * (baseline - top):
        return [bullet(dot, after[0] if after else word)]
    rest = word.text[1:].lstrip()
    if not word.text[0].isalnum() and sum(char.isalnum() for char in rest) > 1:  # "«melakukan"
        return [bullet(dot, word), word._replace(text=rest, x0=dot.x1 + 1)]
    return [word]


def bullet(dot: Dot, beside: OcrWord) -> OcrWord:
    """A "•" word on `dot`, as sure as the word beside it (the dot is measured, not guessed)."""
    return beside._replace(text="•", x0=dot.x0, x1=dot.x1, top=dot.top, bottom=dot.bottom)
