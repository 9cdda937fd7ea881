"""What the three PDF readers share: opening with pdfium, its characters, page text.

Every PDF reader opens the file here first, so a bad file gets the same
exception whichever engine reads it.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from rktparse.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    NoTextLayerError,
)
from rktparse.grid import BBox, PageText, ReaderNote, TablePage
from rktparse.readers.pdf_words import Box, Char, Line, Word, line_to_runs, words_to_lines

Transform = tuple[float, float, float, float, float, float]  # x' = a*x + c*y + e, y' = b*x + d*y + f


@contextmanager
def open_pdf(path: Path) -> Iterator[pdfium.PdfDocument]:
    """The PDF at `path`, or the InputError that says why it cannot be read."""
    if path.stat().st_size == 0:
        raise EmptyFileError(path)
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedFileError(path) from error
        raise CorruptFileError(path, str(error)) from error
    try:
        yield pdf
    finally:
        pdf.close()


@contextmanager
def load_page(path: Path, pdf: pdfium.PdfDocument, index: int) -> Iterator[pdfium.PdfPage]:
    """Page `index` (0-based); a page pdfium cannot load means a damaged file."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError as error:
        raise CorruptFileError(path, f"page {index + 1}: {error}") from error
    try:
        yield page
    finally:
        page.close()


def page_transform(page: pdfium.PdfPage) -> Transform:
    """Maps PDF user space (bottom-left origin) to the displayed page, top-left origin."""
    left, bottom, right, top = page.get_bbox()
    rotation = page.get_rotation()
    if rotation == 90:
        return (0.0, 1.0, 1.0, 0.0, -bottom, -left)
    if rotation == 180:
        return (-1.0, 0.0, 0.0, 1.0, right, -bottom)
    if rotation == 270:
        return (0.0, -1.0, -1.0, 0.0, top, right)
    return (1.0, 0.0, 0.0, -1.0, -left, top)


def transform_box(m: Transform, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
    """The box (x0, top, x1, bottom) covering a user-space box once transformed."""
    a, b, c, d, e, f = m
    xs = (a * left + c * bottom + e, a * right + c * top + e)
    ys = (b * left + d * bottom + f, b * right + d * top + f)
    return min(xs), min(ys), max(xs), max(ys)


# A blank, or the letters between two blanks.
_PIECES = re.compile(r"\s+|\S+")
BLANK = Char(" ", 0.0, 0.0, 0.0, 0.0)  # a blank only separates words: its box is never read
WHITE = 250  # every channel at least this: paint that does not show on paper
# Shorter runs are read letter by letter: that costs no more pdfium calls than the run test.
RUN_MIN_LETTERS = 4
# Loose height (points) from which letters in one text object read as one run: at this size
# no letter is narrower than the fake-bold test's DUPLICATE (tiny print goes letter by letter).
RUN_MIN_HEIGHT = 6.0
# A capital right after a small letter inside a run ("SasaranStrategis"): words a text object
# sets apart by a shift rather than a blank, so the run is read letter by letter to see the gap.
_CASE_TURN = re.compile(r"[a-z][A-Z]")


def unchecked(function: Any, restype: Any = None) -> Any:
    """The pdfium function as a prototype that leaves out ctypes' argument conversion: for the
    calls made once a piece of text, that conversion cost three times pdfium's own work. Every
    argument must then be passed as its C type already (a c_void_p, a byref) or as an int that
    fits a C int. `restype` replaces the function's own (c_void_p: a pointer as a plain int, which
    compares by address where pointer objects compare by identity)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(restype or function.restype)(address)


_LOOSE_CHAR_BOX = unchecked(pdfium_c.FPDFText_GetLooseCharBox)  # (text page, index, FS_RECTF*) -> bool
_FONT_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize)  # (text page, index) -> double
_COUNT_RECTS = unchecked(pdfium_c.FPDFText_CountRects)  # (text page, start, count) -> int
_FILL_COLOR = unchecked(pdfium_c.FPDFText_GetFillColor)  # (text page, index, 4 x unsigned int*) -> bool
_TEXT_OBJECT = unchecked(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)  # (text page, index) -> address or None


def page_chars(page: pdfium.PdfPage) -> list[Char]:
    """The page's characters with their loose boxes (font height, advance width), as `chars_to_words` reads them.

    Loose boxes are what pdfplumber reports too, so word gaps read the same.
    Reading a box costs a pdfium call, most of a page's time if done for every
    letter, so the letters between two blanks that pdfium took from one text
    object (set side by side on one line) come as two pieces read from their
    first and last boxes: the run up to its last letter, reaching to where the
    last begins, then the last letter. `chars_to_words` makes the same words of
    them as of every letter, given that a text object sets no gap as wide as a
    word gap between two letters without pdfium reading it as a blank (true on
    every page of the samples and the shared corpus, but not of words placed by
    a shift: those show as a capital after a small letter). Runs over several
    text objects or with such a case turn, short runs, tiny print and turned
    pages are read letter by letter.
    """
    left, _, _, top = page.get_bbox()
    rotation = page.get_rotation()
    textpage = page.get_textpage()
    try:
        reader = _CharReader(textpage, left, top)
        chars = reader.read(runs=not rotation)
    finally:
        textpage.close()
    if reader.white:
        chars = drop_unseen(chars, reader.white, page_backgrounds(page, left, top))
    if not math.isfinite(sum(map(itemgetter(1), chars)) + sum(map(itemgetter(3), chars))):
        # a text matrix of NaN or inf (a fuzzed PDF) places its letters nowhere: none is read
        chars = [char for char in chars if all(map(math.isfinite, char[1:5]))]
    return rotate_chars(chars, rotation, page.get_width(), page.get_height()) if rotation else chars


class _CharReader:
    """The characters of one pdfium text page, top-left origin."""

    def __init__(self, textpage: pdfium.PdfTextPage, left: float, top: float) -> None:
        # the bare address: pypdfium2's wrapper would cost a Python call per use, its pointer type a check
        self.handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        count = pdfium_c.FPDFText_CountChars(textpage.raw)
        self.text = _page_string(textpage, count) if count > 0 else ""
        self.left, self.top = left, top
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.white: list[int] = []  # where each piece painted white starts in the characters read

    def read(self, runs: bool) -> list[Char]:
        """Every piece of the page's text (a blank, or the letters between two blanks) as characters.

        One loop with its names bound locally: a method call, an attribute or a module lookup per
        letter cost more than pdfium's own work.
        """
        chars: list[Char] = []
        append = chars.append
        text, handle, rect, rect_ref, left, top = self.text, self.handle, self.rect, self.rect_ref, self.left, self.top
        get_box, count_rects, font_size, case_turn = _LOOSE_CHAR_BOX, _COUNT_RECTS, _FONT_SIZE, _CASE_TURN.search
        fill, text_object = _FILL_COLOR, _TEXT_OBJECT
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        colour = ctypes.byref(red), ctypes.byref(green), ctypes.byref(blue), ctypes.byref(alpha)
        new = tuple.__new__  # a Char made as a plain tuple: its NamedTuple __new__ is a Python call
        last_object, white, size = None, False, 0.0
        for piece in _PIECES.finditer(text):
            start, end = piece.span()
            if text[start].isspace():
                append(BLANK)
                continue
            # A piece's first letter carries its colour (white ink may not show: drop_unseen) and its
            # font size (read once a piece, enough to tell the size a table is printed in). pdfium
            # takes both from the letter's text object, so they are read again only when the piece
            # starts in another one: most pieces of a line share one.
            obj = text_object(handle, start)
            if obj is None or obj != last_object:
                white = bool(fill(handle, start, *colour)) and min(red.value, green.value, blue.value) >= WHITE
                size = font_size(handle, start)
                last_object = obj
            if white:
                self.white.append(len(chars))
            # Letters of one text object (one rectangle: pdfium splits at each object) come as two
            # pieces when their first and last boxes show them side by side on one line, in print
            # large enough: the run up to where its last letter begins, then the last letter.
            if (runs and end - start >= RUN_MIN_LETTERS and not case_turn(text, start, end)
                    and count_rects(handle, start, end - start) == 1):
                get_box(handle, start, rect_ref)
                x0, head_top, head_bottom = rect.left - left, top - rect.top, top - rect.bottom
                get_box(handle, end - 1, rect_ref)
                last_x0 = rect.left - left
                if (last_x0 > x0 and top - rect.top == head_top and top - rect.bottom == head_bottom
                        and head_bottom - head_top >= RUN_MIN_HEIGHT):
                    append(new(Char, (text[start:end - 1], x0, last_x0, head_top, head_bottom, size)))
                    append(new(Char, (text[end - 1], last_x0, rect.right - left, head_top, head_bottom, 0.0)))
                    continue
            for index in range(start, end):  # else letter by letter
                get_box(handle, index, rect_ref)
                append(new(Char, (text[index], rect.left - left, rect.right - left, top - rect.top, top - rect.bottom,
                                  size if index == start else 0.0)))
        return chars


def page_backgrounds(page: pdfium.PdfPage, left: float, top: float) -> list[Box]:
    """Boxes (top-left page points) of what white print can show on: paths filled in a colour, images,
    and form XObjects (their content unread, so taken to show it)."""
    boxes: list[Box] = []
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    for index in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
            if fill_mode.value == pdfium_c.FPDF_FILLMODE_NONE or (
                    pdfium_c.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha)
                    and min(red.value, green.value, blue.value) >= WHITE):
                continue
        elif kind not in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_SHADING):
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, x0, y0, x1, y1)
        boxes.append((x0.value - left, top - y1.value, x1.value - left, top - y0.value))
    return boxes


def drop_unseen(chars: list[Char], white: list[int], backgrounds: list[Box]) -> list[Char]:
    """The characters without the pieces painted white on white paper, which print nothing.

    A form leaves the day of its date blank for a pen ("Bandung,        2016") yet
    its text layer may hold a day typed in white ("6 Januari"): what a reader sees
    is the blank. White print on a dark fill (a header band) or on an image shows,
    and stays. A piece runs from its first character (in `white`) to the next blank.
    """
    unseen: set[int] = set()
    for first in white:
        end = first
        while end < len(chars) and chars[end] is not BLANK:
            end += 1
        centres = [((c.x0 + c.x1) / 2, (c.top + c.bottom) / 2) for c in chars[first:end]]
        if not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for x, y in centres for b in backgrounds):
            unseen.update(range(first, end))
    return [char for index, char in enumerate(chars) if index not in unseen]


def rotate_chars(chars: list[Char], rotation: int, width: float, height: float) -> list[Char]:
    """Characters of an unrotated page as shown on the page turned by `rotation` degrees.

    `width` and `height` are the page's size as shown.
    """
    if rotation == 90:  # shown height is the unrotated width
        return [Char(c.text, width - c.bottom, width - c.top, c.x0, c.x1, c.size) for c in chars]
    if rotation == 180:
        return [Char(c.text, width - c.x1, width - c.x0, height - c.bottom, height - c.top, c.size) for c in chars]
    return [Char(c.text, c.top, c.bottom, height - c.x1, height - c.x0, c.size) for c in chars]


# pdfium swaps a hyphen that ends a text line for a marker; the printed hyphen is kept.
_HYPHEN_MARKERS = str.maketrans({"\ufffe": "-", "\x02": "-"})


def _page_string(textpage: pdfium.PdfTextPage, count: int) -> str:
    """The page's characters as one string, one entry per pdfium character index."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: count * 2].decode("utf-16-le", errors="replace")
    if len(text) != count:
        # Characters outside the BMP took two UTF-16 units: fall back to one call each.
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    return text.translate(_HYPHEN_MARKERS)


def has_images(path: Path, pdf: pdfium.PdfDocument) -> bool:
    """Whether any page holds an image object (a scan, typically)."""
    for index in range(len(pdf)):
        with load_page(path, pdf, index) as page:  # a page pdfium cannot load is a damaged file
            if any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))):
                return True
    return False


def ensure_text_layer(path: Path, pdf: pdfium.PdfDocument, n_chars: int) -> None:
    """Raises NoTextLayerError for a document of images and no text at all."""
    if n_chars == 0 and has_images(path, pdf):
        raise NoTextLayerError(path, f"{len(pdf)} page(s) of images without text; run OCR first")


LETTER_SPACED_MIN = 3  # letters printed one by one before a run reads as letter-spaced
SPACED_WORD_GAP = 0.25  # a gap this much (in character heights) wider than the letters' own parts two words


def closed_up(run: list[Word]) -> list[Word]:
    """A run with its letter-spaced stretches ('P R O V I N S I  J A W A') closed up into words
    ('PROVINSI JAWA'): single characters set a regular gap apart, and a word where the gap widens."""
    out: list[Word] = []
    start = 0
    while start < len(run):
        end = start
        while end < len(run) and len(run[end].text) == 1 and run[end].text.isalnum():
            end += 1
        stretch = run[start:end]
        if sum(word.text.isalpha() for word in stretch) < LETTER_SPACED_MIN:
            out += run[start:max(end, start + 1)]
            start = max(end, start + 1)
            continue
        gaps = [b.x0 - a.x1 for a, b in zip(stretch, stretch[1:])]
        wide = min(gaps) + SPACED_WORD_GAP * (stretch[0].bottom - stretch[0].top)
        word = stretch[0]
        for gap, char in zip(gaps, stretch[1:]):
            if gap > wide:
                out.append(word)
                word = char
            else:
                word = word._replace(text=word.text + char.text, x1=char.x1, top=min(word.top, char.top),
                                     bottom=max(word.bottom, char.bottom))
        out.append(word)
        start = end
    return out


def runs_of(lines: list[Line]) -> tuple[list[str], list[BBox | None]]:
    """The text and box of each run of the lines' words (a run: words that stand close together),
    letter-spaced words closed up."""
    runs = [closed_up(run) for line in lines for run in line_to_runs(line)]
    return ([" ".join(word.text for word in run) for run in runs],
            [BBox(x0=min(w.x0 for w in run), top=min(w.top for w in run), x1=max(w.x1 for w in run),
                  bottom=max(w.bottom for w in run)) for run in runs])


COLUMNED_RUNS = 3  # runs of words standing apart on one line: text set out in columns
COLUMNED_LINES = 3  # such lines outside every table: a table's rows that no finder took
TABLE_NOT_READ = "table-not-read"


def leaders(line: Line) -> bool:
    """Whether the line is a contents entry's, its title led to its page number by dots."""
    return sum(set(word.text) <= {".", "…"} for word in line.words) >= COLUMNED_RUNS


def columns_not_read(page: int, words: list[Word], tables: list[TablePage]) -> ReaderNote | None:
    """A review note for a page whose words outside its `tables` stand in columns on several lines:
    the rows of a table no finder took (a body without header or rules, past where a table ended);
    none where a table's own note says so already."""
    if any(note.code == TABLE_NOT_READ for table in tables for note in table.notes):
        return None
    lines = [line for line in words_to_lines(words)
             if len(line_to_runs(line)) >= COLUMNED_RUNS and not leaders(line)]
    if len(lines) < COLUMNED_LINES:
        return None
    return ReaderNote(code=TABLE_NOT_READ, page=page,
                      message=f"page {page}: {len(lines)} lines set out in columns outside the tables read, such "
                              f"as {lines[0].text!r}: check that no rows were left out")


def page_text(page: int, words: list[Word], tables: list[TablePage]) -> PageText:
    """Lines above the first table and below the last; all lines when there is no table.

    Lines are in reading order; a line whose words stand in far-apart groups
    (a two-party signature block) gives one line per group, left to right,
    each with its box, so that the assembler can pair a block's lines by column.
    """
    lines = words_to_lines(words)
    boxes = [table.bbox for table in tables if table.bbox is not None]
    if not boxes:
        above, above_boxes = runs_of(lines)
        return PageText(page=page, above=above, above_boxes=above_boxes)
    first_top = min(box.top for box in boxes)
    last_bottom = max(box.bottom for box in boxes)
    above, above_boxes = runs_of([line for line in lines if line.bottom <= first_top + 1])
    below, below_boxes = runs_of([line for line in lines if line.top >= last_bottom - 1])
    return PageText(page=page, above=above, below=below, above_boxes=above_boxes, below_boxes=below_boxes)
