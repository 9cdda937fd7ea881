"""Characters to words and text lines, whatever engine read them.

All positions are PDF points, top-left origin. Thresholds are in character
heights or widths so they hold at any font size.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import NamedTuple

from rktparse.vocabulary.cues import BULLET_MARKS, CONNECTORS

WORD_GAP = 0.12  # x-gap, in character heights, that separates two words
# A narrower x-gap, in character heights, beyond the letter spacing of the line so far: a word
# space set as a shift, not a blank (words placed one by one, a narrow font's space). Letters
# set by their advance widths touch; kerning moves them by hundredths of a height.
NARROW_GAP = 0.1
LINE_TOL = 0.4  # vertical-centre spread, in character heights, of one text line
# a figure's last two groups of thousands, whole (two: '3.1415' may be a decimal point's)
_WHOLE_GROUP = re.compile(r"\d\.\d{3}\.\d{3}$")
RUN_GAP = 4.0  # x-gap, in mean character widths, that splits a page line into runs
DUPLICATE = 1.0  # same glyph this close (points, across and down) to the previous one: a fake-bold overprint

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
_TEXT, _X0, _TOP, _BOTTOM = itemgetter(0), itemgetter(1), itemgetter(3), itemgetter(4)  # a Word's (a Char's) fields


class Char(NamedTuple):
    """One printed character."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0  # the font size (points) where the reader read it, else 0


class Word(NamedTuple):
    """Characters printed together; `spaced` when a blank came right before it; `size`: its first
    character's font size (0 where not read)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    spaced: bool = False
    size: float = 0.0


class _LineFields(NamedTuple):
    words: list[Word]
    top: float
    bottom: float


class Line(_LineFields):
    """Words on one text line, left to right; its top and bottom worked out once (the borderless
    reader asks for them many times a line). An empty line stands at 0."""

    __slots__ = ()

    def __new__(cls, words: list[Word]) -> Line:
        if len(words) == 1:  # most lines of a cell or a column piece: one word
            return tuple.__new__(cls, (words, words[0].top, words[0].bottom))
        return tuple.__new__(cls, (words, min(map(_TOP, words), default=0.0), max(map(_BOTTOM, words), default=0.0)))

    @property
    def text(self) -> str:
        return " ".join(map(_TEXT, self.words))


def _whole_group(letters: list[str]) -> bool:
    """Whether the letters read so far end a figure's whole group of thousands ('4.300.000.000.000'):
    a letter or digit touching it is the next cell's, which the figure, too wide for its own cell,
    ran into ('Rp4.300.000.000.000' / 'APBD', '28.500.000.000.000' / '9 kecamatan')."""
    return len(letters) >= 9 and letters[-4] == "." and _WHOLE_GROUP.search("".join(letters[-9:])) is not None


def continues_word(prev: Char, char: Char, spacing: float = 0.0) -> bool:
    """Whether `char`, next in the stream after `prev`, is the next letter of its word.

    `spacing` is the gap between the letters joined last (tracked text sets every letter
    apart by it): a word space is wider than that by NARROW_GAP at least.
    """
    height = prev.bottom - prev.top
    if height <= 0:  # a glyph of no height (a damaged font) joins nothing
        return False
    gap = char.x0 - prev.x1
    # a negative gap is condensed spacing; a jump back or down starts a new word
    return (char.x0 > prev.x0 and -height < gap <= max(WORD_GAP, max(spacing, 0.0) / height + NARROW_GAP) * height
            and abs(char.top - prev.top) < LINE_TOL * height)


def overprints(prev: Char | Word, char: Char | Word) -> bool:
    """The same glyph drawn again at (nearly) the same place, on the same line: fake bold.

    A letter that repeats on the line below at the same x ('a' / 'akuntabilitas') is text.
    """
    return char.text == prev.text and abs(char.x0 - prev.x0) < DUPLICATE and abs(char.top - prev.top) < DUPLICATE


def chars_to_words(chars: Iterable[Char]) -> list[Word]:
    """Words from characters in content-stream order: a word ends at a blank or a jump.

    Working on words from here on keeps the per-character work to this one loop;
    `words_to_lines` re-joins pieces of a word the stream printed apart, but
    never across a printed blank.
    """
    words: list[Word] = []
    text: list[str] = []
    start = prev = Char("", 0.0, 0.0, 0.0, 0.0)
    spaced = after_blank = False
    spacing = 0.0  # the gap between the letters joined last
    new = tuple.__new__  # a Word made as a plain tuple: its NamedTuple __new__ is a Python call
    for char in chars:
        letters = char.text
        if not letters or letters.isspace():
            after_blank = True
            continue
        if text:
            if letters == prev.text and overprints(prev, char):  # the text told first: no call for most
                continue  # each glyph printed twice, a hair apart: fake bold
            if not after_blank and continues_word(prev, char, spacing) \
                    and not (letters[:1].isalnum() and prev.text.isdigit() and _whole_group(text)):
                if len(prev.text) == 1:  # a run's box ends where its last letter begins: no gap to learn
                    spacing = char.x0 - prev.x1
                text.append(letters)
                prev = char
                continue
        if text:
            words.append(new(Word, ("".join(text), start.x0, prev.x1, start.top, start.bottom, spaced, start.size)))
        start = prev = char
        text = [char.text]
        spaced, after_blank = after_blank, False
    if text:
        words.append(Word("".join(text), start.x0, prev.x1, start.top, start.bottom, spaced, start.size))
    return words


def words_to_rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped by vertical centre, top to bottom: one group per text line."""
    # the median height as statistics.median takes it, without its overhead: this runs once a cell
    heights = sorted([word.bottom - word.top for word in words])
    half = len(heights) // 2
    tolerance = LINE_TOL * (heights[half] if len(heights) % 2 else (heights[half - 1] + heights[half]) / 2)
    keyed = sorted([((word.top + word.bottom) / 2, word) for word in words])
    last, first = keyed[0]
    row = [first]
    rows = [row]
    for centre, word in keyed[1:]:
        if centre - last > tolerance:
            row = []
            rows.append(row)
        row.append(word)
        last = centre
    return rows


def row_to_line(row: list[Word]) -> Line:
    """A row's words left to right: touching pieces joined, fake-bold overprints dropped."""
    if len(row) == 1:
        return Line(row)
    row = sorted(row, key=_X0)
    merged = [row[0]]
    for word in row[1:]:
        prev = merged[-1]
        if word.text == prev.text and overprints(prev, word):  # the text told first: no call for most words
            continue
        if not word.spaced and word.x0 - prev.x1 <= NARROW_GAP * (prev.bottom - prev.top) \
                and not overflows_into(prev, word):
            merged[-1] = Word(prev.text + word.text, prev.x0, max(prev.x1, word.x1), prev.top, prev.bottom,
                              prev.spaced, prev.size)
        else:
            merged.append(word)
    return Line(merged)


def overflows_into(prev: Word, word: Word) -> bool:
    """Whether a figure ends where a bullet or a word begins (three letters at least, or a connective:
    a unit such as 'km' may be printed on its own): a figure does not wrap, so one too wide for its cell
    runs into the next cell's text ('85.200.000.000.000' / 'kecamatan', '5.970.000.000.000' / 'Sekolah',
    '66.800.000.000.000' / '•', '810.000.000.000' / 'di 27 kecamatan'), which is no piece of it. So does
    a figure whose last groups of thousands are whole before a digit ('28.500.000.000.000' / '9
    kecamatan'): a group holds three."""
    return prev.text[-1:].isdigit() and (word.text[:1] in BULLET_MARKS or word.text[:3].isalpha() and len(word.text) >= 3
                                         or word.text.lower() in CONNECTORS
                                         or word.text[:1].isdigit() and _WHOLE_GROUP.search(prev.text) is not None)


def words_to_lines(words: list[Word]) -> list[Line]:
    """Text lines, top to bottom."""
    if len(words) < 2:  # a cell or a column piece of one word: one line, or none
        return [Line([words[0]])] if words else []
    return [row_to_line(row) for row in words_to_rows(words)]


def line_to_runs(line: Line) -> list[list[Word]]:
    """A page line's words split where they stand far apart (two signature columns, say).

    The gap is measured in the line's mean character width: advance widths are
    the same whichever engine read the page, font heights are not.
    """
    char_width = sum(w.x1 - w.x0 for w in line.words) / max(1, sum(len(w.text) for w in line.words))
    runs: list[list[Word]] = [[line.words[0]]]
    for word in line.words[1:]:
        if word.x0 - runs[-1][-1].x1 > RUN_GAP * char_width:
            runs.append([])
        runs[-1].append(word)
    return runs


def lines_to_words(lines: Iterable[Line]) -> list[str]:
    return [word.text for line in lines for word in line.words]


def split_words(words: Iterable[Word], boxes: Sequence[Box]) -> tuple[list[list[Word]], list[Word]]:
    """Words per box (by their centre), and those in no box."""
    inside: list[list[Word]] = [[] for _ in boxes]
    outside: list[Word] = []
    for word in words:
        x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        for index, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= x <= x1 and top <= y <= bottom:
                inside[index].append(word)
                break
        else:
            outside.append(word)
    return inside, outside


def font_size(words: list[Word]) -> float | None:
    """The size the words are printed in: the median of their font sizes (None where the reader read none)."""
    sizes = [word.size for word in words if word.size > 0]
    return round(statistics.median(sizes), 1) if sizes else None
