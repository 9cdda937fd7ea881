"""Scanned PDFs and image files: each page rendered, turned upright, straightened, its rules found and its
cells OCR'd.

The ruling lines go through the same lattice geometry as a born-digital
page's vector rules, so merged cells and spans come out the same way; only
the text comes from Tesseract, each cell read as a block of its own (cells
with figures more than once, `ocr/figures.py`). The words outside ruled
tables go through the borderless finder, as on a born-digital page; a
scanner's hidden text layer is weighed cell by cell (`ocr/layer.py`).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import Counter
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Literal, NamedTuple

import cv2
import numpy as np

from rktparse.errors import NoTextLayerError
from rktparse.grid import BBox, Cell, PageText, ReaderNote, SourceDocument, TablePage
from rktparse.readers import detect_format
from rktparse.readers.base import Reader
from rktparse.readers.borderless import Carry, find_borderless
from rktparse.readers.borderless_rows import Rule
from rktparse.readers.lattice import (
    boxes_to_cells,
    finish_tables,
    page_regions,
    region_to_bounds,
    region_to_grid,
    segments_to_edges,
    to_bbox,
)
from rktparse.readers.ocr.deskew import Turn, rotate, skew_angle, turn
from rktparse.readers.ocr.figures import figures, odd_commas, odd_separators, percent_lookalikes
from rktparse.readers.ocr.fixes import column_name
from rktparse.readers.ocr.hidden import has_hidden_layer
from rktparse.readers.ocr.layer import weigh_layer
from rktparse.readers.ocr.numbering import (
    STOPS,
    bullet_slips,
    glued_bullets,
    marker_slips,
    number_stopped,
    out_of_sequence,
    sign_bullets,
)
from rktparse.readers.ocr.pages import PageImage, image_pages, pdf_pages
from rktparse.readers.ocr.render import flatten, ink_mask
from rktparse.readers.ocr.rules import find_rules
from rktparse.readers.ocr.slips import slip_notes
from rktparse.readers.ocr.stamps import Stamp, drop_coloured_stamps, find_stamps
from rktparse.readers.ocr.tesseract import OSD_MIN_CONFIDENCE, orientation
from rktparse.readers.ocr.text import CellText, read_around, read_cells, speck_between_words
from rktparse.readers.ocr.words import bullet_read_as_sign, is_known, is_stray
from rktparse.readers.pdf_common import columns_not_read, page_text
from rktparse.readers.pdf_words import Box, Word, split_words, words_to_lines
from rktparse.vocabulary.cues import one_slip
from rktparse.vocabulary.headers import names_column, names_header
from rktparse.vocabulary.text import ROMAN, ROMAN_NUMBERED

LOW_CONFIDENCE = 0.80  # cells read with less are flagged for review
ERASE_PT = 0.5  # rules are erased this much wider (their grey fringe reads as "|"); ink keeps this much grey around it
QUOTE = 40  # characters of a cell's text quoted in a note
SHORT_WORD = 4  # a word this long or shorter may lose a letter and still be one ('ibu', 'bu')
READ_RULE_PT = 4.0  # a '|' read this close to a column edge is the rule there
RULE_GLYPHS = frozenset("|lI!")  # what OCR reads a stretch of a vertical rule as
_YEAR = re.compile(r"\(?(19|20)\d{2}\)?")  # a year a header names its column by ('Capaian 2021')
UNIT_ONLY = re.compile(r"\([^()\d]{1,8}\)")  # a header cell reading only a unit in brackets lost its name
MIN_HEADER_PLACE = 20.0  # points: a strip beside a table's header narrower than this holds no column's name
UNIT_REACH = 3.0  # a last column's header cell is read this many line heights past the table's right edge
NAME_REACH = 0.5  # an unnamed column's header place is read this many header heights past its bounds


class ScannedPage(NamedTuple):
    tables: list[TablePage]
    text: PageText
    notes: list[ReaderNote]
    blank: bool
    size: tuple[float, float]  # the page upright, in points


def upright(number: int, gray: np.ndarray, ink: np.ndarray, dpi: int) -> tuple[np.ndarray, list[ReaderNote], Turn]:
    """The page turned the right way up (by Tesseract's orientation check) and de-skewed, and how.

    The skew is measured on the page as scanned: a quarter turn keeps it.
    """
    notes = []
    height, width = gray.shape
    clockwise = 0
    half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)  # enough for OSD, twice as fast
    found = orientation(half, dpi // 2)
    if found is not None and found.rotate:
        if found.confidence >= OSD_MIN_CONFIDENCE:
            gray, clockwise = turn(gray, found.rotate), found.rotate
            notes.append(ReaderNote(code="ocr-rotated", page=number, severity="info",
                                    message=f"page {number} was scanned turned by {found.rotate} degrees; "
                                            f"it was read turned upright"))
        else:
            notes.append(ReaderNote(code="ocr-orientation-unsure", page=number,
                                    message=f"page {number} may be turned by {found.rotate} degrees "
                                            f"(orientation confidence {found.confidence:.1f}); it was read as scanned"))
    degrees = -skew_angle(ink)
    return rotate(gray, degrees), notes, Turn(clockwise, degrees, width, height)


def clean_image(gray: np.ndarray, ink: np.ndarray, rules: np.ndarray, dpi: int) -> np.ndarray:
    """What Tesseract reads: the grey page with rules and dust turned white.

    Grey, not black and white: Tesseract's recogniser reads the grey levels
    (on the scanned samples 88 % of rows came out exact, against 58 % from the mask).
    """
    grow = np.ones((2 * round(ERASE_PT * dpi / 72) + 1,) * 2, np.uint8)
    near_ink = cv2.dilate(ink.astype(np.uint8), grow) > 0
    rules = cv2.dilate(rules.astype(np.uint8), grow) > 0
    return np.where(near_ink & ~rules, gray, 255).astype(np.uint8)


def box_text(cell: Cell) -> str:
    """Where the cell is on the page, in points from the top left, to find it on the scan."""
    if cell.bbox is None:
        return ""
    box = cell.bbox
    return f" (box {box.x0:.0f},{box.top:.0f}-{box.x1:.0f},{box.bottom:.0f} pt from the top left)"


def cell_notes(number: int, cell: Cell, read: CellText) -> list[ReaderNote]:
    """Review notes for a cell read with low confidence, with figures two readings disagree on or
    that look like a misread comma, and with unsure unknown words; an info note keeping the raw
    text of a fixed one. Each names the cell's box, for the assembler to find its node."""
    notes = []
    where = f"page {number}, table row {cell.row + 1}"
    if read.confidence is not None and read.confidence < LOW_CONFIDENCE:
        notes.append(ReaderNote(code="ocr-low-confidence", page=number, cell=cell.bbox,
                                message=f"{where}: {cell.text[:QUOTE]!r} was read with OCR confidence "
                                        f"{read.confidence:.2f}; check it against the scan"))
    if read.rival is not None:
        notes.append(ReaderNote(code="ocr-figures-disagree", page=number, cell=cell.bbox,
                                message=f"{where}{box_text(cell)}: two readings give other figures: "
                                        f"{cell.text[:QUOTE]!r} (kept, confidence {read.figure_confidence or 0:.2f}) "
                                        f"and {' '.join(read.rival.lines)[:QUOTE]!r} "
                                        f"({read.rival.describe()}); check it against the scan"))
    if odd := odd_separators(cell.lines):
        notes.append(ReaderNote(code="ocr-figures-unsure", page=number, cell=cell.bbox,
                                message=f"{where}{box_text(cell)}: {', '.join(map(repr, odd))} has a '.' that does "
                                        f"not group thousands: a ',' may have been read as '.'; check it "
                                        f"against the scan"))
    if odd := odd_commas(cell.lines):
        notes.append(ReaderNote(code="ocr-figures-unsure", page=number, cell=cell.bbox,
                                message=f"{where}{box_text(cell)}: {', '.join(map(repr, odd))} has a ',' before three "
                                        f"digits: a '.' grouping thousands may have been read as ','; check it "
                                        f"against the scan"))
    if lookalike := percent_lookalikes(cell.lines):
        notes.append(ReaderNote(code="ocr-figures-unsure", page=number, cell=cell.bbox,
                                message=f"{where}{box_text(cell)}: {', '.join(map(repr, lookalike))}: the word after "
                                        f"the figure may be a '%' read as letters; check it against the scan"))
    if read.unknown or read.guessed:
        named = ", ".join(f"{text!r} ({confidence:.2f})" for text, confidence in read.unknown + read.guessed)
        notes.append(ReaderNote(code="ocr-word-unknown", page=number, cell=cell.bbox,
                                message=f"{where}: {named}: read with low OCR confidence and no Indonesian word or "
                                        f"RKT term, or read with very low confidence, or holding a sign print does "
                                        f"not use, a capital or a full stop where print has none, or a sign opening "
                                        f"a line where a list's bullet may stand; check it against the scan"))
    if read.raw != read.lines:
        notes.append(ReaderNote(code="ocr-fixed", page=number, severity="info", cell=cell.bbox,
                                message=f"{where}: OCR read {' / '.join(read.raw)!r}, "
                                        f"taken as {' / '.join(read.lines)!r}"))
    return notes


def fill_table(number: int, xs: list[float], ys: list[float], cells: list[Cell],
               reads: list[CellText]) -> tuple[TablePage, list[Word], list[ReaderNote]]:
    """The table with each cell's OCR text and confidence, its words, and notes on doubtful cells."""
    words: list[Word] = []
    notes: list[ReaderNote] = []
    cells, reads = split_at_read_rules(cells, reads, xs)
    for cell, read in zip(cells, reads):
        cell.lines, cell.confidence = read.lines, read.confidence
        if len(placed := words_to_lines(read.words)) == len(read.lines):  # each line's place, as ruled PDF
            cell.line_spans = [(line.words[0].x0, line.words[-1].x1) for line in placed]  # cells give it
            cell.line_tops = [line.top for line in placed]
        words += read.words
        notes += cell_notes(number, cell, read)
    notes += [ReaderNote(code="ocr-number-unsure", page=number, cell=cell.bbox,
                         message=f"page {number}, table row {cell.row + 1}{box_text(cell)}: the number "
                                 f"{cell.text!r} breaks the count of the numbers above and below it in its "
                                 f"column; check it against the scan")
              for cell in out_of_sequence(cells)]
    table = TablePage(page=number, n_rows=len(ys) - 1, n_cols=len(xs) - 1, cells=cells,
                      bbox=to_bbox((xs[0], ys[0], xs[-1], ys[-1])), words=[word.text for word in words])
    return table, words, notes


def split_at_read_rules(cells: list[Cell], reads: list[CellText], xs: list[float]
                        ) -> tuple[list[Cell], list[CellText]]:
    """The cells, each spanning columns parted where a rule the scan lost (a shaded header's) was read
    as a '|' (or an 'l', 'I', '!': reporting scan 1,000,502) standing on an inner column edge, with
    their readings: 'Sasaran | Indikator Sasaran' over two columns is two header cells, else both
    columns were one."""
    out: list[tuple[Cell, CellText]] = []
    for cell, read in zip(cells, reads):
        rules = {id(word): k for word in read.words if word.text in RULE_GLYPHS
                 for k in range(cell.col + 1, cell.col + cell.col_span)
                 if abs((word.x0 + word.x1) / 2 - xs[k]) <= READ_RULE_PT}
        if not rules or cell.bbox is None:
            out.append((cell, read))
            continue
        bounds = [cell.col, *sorted(set(rules.values())), cell.col + cell.col_span]
        for first, end in zip(bounds, bounds[1:]):
            part = [w for w in read.words if w.text != "|" and id(w) not in rules
                    and xs[first] <= (w.x0 + w.x1) / 2 < xs[end]]
            lines = [line.text for line in words_to_lines(part)]
            held = {w.text for w in part}
            out.append((dataclasses.replace(cell, col=first, col_span=end - first, lines=[],
                                            bbox=dataclasses.replace(cell.bbox, x0=xs[first], x1=xs[end])),
                        read._replace(lines=lines, raw=lines, words=part,
                                      unknown=tuple(u for u in read.unknown if u[0] in held),
                                      guessed=tuple(u for u in read.guessed if u[0] in held))))
    return [cell for cell, _ in out], [read for _, read in out]


def cell_box(cell: Cell) -> Box:
    assert cell.bbox is not None  # boxes_to_cells places every cell
    return cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.bbox.bottom


def unruled_note(number: int, table: TablePage) -> ReaderNote:
    """A table found without rules among OCR'd words is always worth a look: where its rows and its
    header end is read from the words' spacing, which a scan blurs (a first row taken for a
    wrapped header line is a row lost without a trace)."""
    header = " / ".join(cell.text for cell in table.cells if cell.row == 0)
    return ReaderNote(code="ocr-table-without-rules", page=number,
                      message=f"page {number}: a table without rules ({header[:QUOTE * 2]!r}) was read from the "
                              f"OCR'd words; its rows and header are split by their spacing alone: check them "
                              f"against the scan")


# a leading zero before a digit, or a group of thousands not of three digits: no figure is printed so
_MISMADE_FIGURE = re.compile(r"^0\d|\.(\d{1,2}(\D|$)|\d{4})")


def reread_cells(number: int, clean: np.ndarray, tables: list[TablePage], dpi: int, pool: Executor,
                 runs: int) -> list[ReaderNote]:
    """Each cell of tables found without rules among the page's words, read again on its own (the
    page's layout analysis drops and merges words in tables; a cell read alone is read as a ruled
    one is: figures twice, words checked), and the notes on them. Only a cell read with as many
    words as the page's takes the new reading: the box of a cell found without rules can reach into
    its neighbours (more words) or cut its own lines (fewer), and only with no more words that are
    no words than the page's reading (a box cut through a line's letters reads them as others) and
    no letters for its figures (a column number '(1)' cropped alone reads '(NX') nor fewer "%"
    (`percent_lost`) nor a figure cut (`figures_cut`); a header cell also takes the unit in brackets
    a reading adds (`bracketed_more`), and the years or units a reading of the first row's cell below
    it adds before the page's words (`header_tail_above`); a body cell the Roman numeral or unit in
    brackets a reading adds (`glyphs_lost`); and any cell its own reading where the page's holds words
    read twice and the cell's fewer words hold none (`read_twice`). Where the page's reading is
    kept but the cell's own gives other figures, or none where the page's reading holds one (a speck
    read '1' between two words), the two readings disagree (unless the cell's own holds the page's
    words, in any order, and more: then a line may be lost); a note says which."""
    cells = [cell for table in tables for cell in table.cells if cell.bbox is not None and cell.lines]
    header_cells = [(cell, table.n_cols) for table in tables for cell in header_row(table)]
    headers = {id(cell) for cell, _ in header_cells}
    last = {id(cell) for cell, n_cols in header_cells if cell.col + cell.col_span == n_cols}
    under_header = {id(cell): head for table in tables for head in header_row(table) for cell in table.cells
                    if cell.col == head.col and cell.row == head.row + head.row_span}
    boxes = [reach_right(cell_box(cell)) if id(cell) in last else cell_box(cell) for cell in cells]
    notes = []
    for cell, read in zip(cells, read_cells(clean, boxes, dpi, pool, runs)):
        words = " ".join(read.lines).split()
        if len(words) == len(cell.text.split()) and unknown_count(words) <= unknown_count(cell.text.split()) \
                and not letters_for_figures(cell.lines, read.lines) and not percent_lost(cell.lines, read.lines) \
                and not figures_cut(cell.lines, read.lines) and not letter_lost(cell.text.split(), words):
            notes += take_own(number, cell, read)
        elif (why := doubled_word(cell.text.split(), words) or rejoined_figures(cell.text.split(), words)
               or specks_read(cell.text.split(), words)) \
                and not letters_for_figures(cell.lines, read.lines):
            notes += own_taken(number, cell, read, "ocr-fixed", f"{why} where the cell read alone gives "
                               f"{' '.join(read.lines)[:QUOTE * 2]!r}: the cell's reading was taken", severity="info")
        elif (pieces := read_twice(cell.text.split(), words)) and not letters_for_figures(cell.lines, read.lines):
            notes += own_taken(number, cell, read, "ocr-read-twice", f"holds {', '.join(map(repr, pieces))} read twice "
                               f"where its blocks overlap; the cell read alone gives {' '.join(read.lines)[:QUOTE * 2]!r}, "
                               f"taken: check it against the scan")
        elif id(cell) in headers and (unit := bracketed_more(cell.text.split(), words)):
            cell.lines = [*cell.lines[:-1], " ".join([cell.lines[-1], *unit])]
        elif (head := under_header.get(id(cell))) is not None and (tail := header_tail_above(cell.text.split(), words)):
            head.lines = [*head.lines, " ".join(tail)]
            # no `cell`: that would put the header in doubt, and every row under it up for review
            notes.append(ReaderNote(code="ocr-fixed", severity="info", page=number,
                                    message=f"page {number}{box_text(head)}: the header's last line "
                                            f"{' '.join(tail)!r}, lost by the page's reading, was read at the top "
                                            f"of the cell below it read alone; taken into the header"))
        elif id(cell) not in headers and (lost := glyphs_lost(cell.text.split(), words)) \
                and not letters_for_figures(cell.lines, read.lines) and not percent_lost(cell.lines, read.lines):
            notes += own_taken(number, cell, read, "ocr-words-lost", f"lacks {', '.join(map(repr, lost))} that the "
                               f"cell read alone gives, taken: a Roman numeral or a unit in brackets, most likely "
                               f"lost; check it against the scan")
        elif len(page_figures := figures(cell.lines)) == len(own := figures(read.lines)) and page_figures != own:
            notes.append(figures_disagree(number, cell, read))
        elif id(cell) not in headers and len(words) > len(page := cell.text.split()) and not Counter(page) - Counter(words) \
                and page_figures == own:  # (more figures: they disagree, below: 'Rp 12.500 .000.000.0' for '12.500')
            message = (f"page {number}{box_text(cell)}: the cell read alone gives {' '.join(read.lines)[:QUOTE * 2]!r}, "
                       f"with words the page's reading {cell.text[:QUOTE * 2]!r} (kept) lacks: a line of it may be "
                       f"lost, or belong to the cell beside; check it against the scan")
            notes += [ReaderNote(code="ocr-words-lost", page=number, cell=box, message=message)
                      for box in [cell.bbox, *holding(cells, cell, set(words) - set(page))]]
        elif words and page_figures != own:  # other figures, or none: '1' for 'Rp 12.500.000.000.000', a speck read '1'
            notes.append(figures_disagree(number, cell, read))
        if cell.lines is not read.lines and (unsure := unsure_words(cell.text.split(), words)
                                             + [sign for line in cell.lines if (sign := bullet_read_as_sign(line))]):
            notes.append(ReaderNote(code="ocr-word-unknown", page=number, cell=cell.bbox,
                                    message=f"page {number}{box_text(cell)}: the page's reading "
                                            f"{cell.text[:QUOTE]!r} (kept) holds {', '.join(map(repr, unsure))}: a "
                                            f"sign print does not use, no known word and read otherwise in the "
                                            f"cell alone, or a sign opening a line where a list's bullet may "
                                            f"stand; check it against the scan"))
    return notes


def holding(cells: list[Cell], cell: Cell, extra: set[str]) -> list[BBox]:
    """The boxes of the cells of `cell`'s column, level with it or next to it, holding most of the `extra`
    words its own reading gives: the cell may be part of theirs (reporting scan 1,000,653: a Sasaran's
    last line 'Berkelanjutan' parted off as a cell, whose reading alone gave the whole Sasaran)."""
    assert cell.bbox is not None
    near = 2 * (cell.bbox.bottom - cell.bbox.top)
    return [other.bbox for other in cells if other is not cell and other.col == cell.col and other.bbox is not None
            and other.bbox.top - near < cell.bbox.bottom and cell.bbox.top < other.bbox.bottom + near
            and 2 * len(extra & set(other.text.split())) >= len(extra)]


def own_taken(number: int, cell: Cell, read: CellText, code: str, why: str,
              severity: Literal["review", "info"] = "review") -> list[ReaderNote]:
    """A note quoting the page's reading of the cell and what is wrong with it (`why`), then the cell's
    own reading taken over it (`take_own`)."""
    note = ReaderNote(code=code, page=number, severity=severity, cell=cell.bbox,
                      message=f"page {number}{box_text(cell)}: the page's reading {cell.text[:QUOTE * 2]!r} {why}")
    return [note, *take_own(number, cell, read)]


def take_own(number: int, cell: Cell, read: CellText) -> list[ReaderNote]:
    """The cell's own reading taken over the page's, and the notes on it (`cell_notes`)."""
    cell.lines, cell.confidence = read.lines, read.confidence
    return cell_notes(number, cell, read)


def doubled_word(page: list[str], own: list[str]) -> str | None:
    """What is wrong with the page's reading where it holds a word twice in a row and the cell's own
    reading, otherwise the same, holds it once ('tipe C C yang'): the page's layout analysis reads a
    word again where two of its blocks overlap."""
    if len(page) != len(own) + 1:
        return None
    return next((f"holds {word!r} twice in a row" for k, word in enumerate(page[1:], 1)
                 if word == page[k - 1] and page[:k] + page[k + 1:] == own), None)


def specks_read(page: list[str], own: list[str]) -> str | None:
    """What is wrong with the page's reading where it holds signs standing alone between words ('yang .
    ditemukan', development scan 198: a speck of a 150-dpi scan) and the cell's own reading, otherwise
    the same, has none: read alone, the cell's specks went as dust (`is_dust`)."""
    specks = [k for k in range(len(page)) if speck_between_words(page, k)]
    if not specks or [word for k, word in enumerate(page) if k not in specks] != own:
        return None
    return f"holds {', '.join(repr(page[k]) for k in specks)} standing alone between words"


def read_twice(page: list[str], own: list[str]) -> list[str]:
    """The words of the page's reading read twice where two of its blocks overlap over a line, each a
    piece of the word before it or the word again ('terkait kait teknis teknis k il', 'Kota ota Mak
    Makassar', 'Penghit nghitungan'), where the cell's own reading has fewer words and no such piece."""
    if len(own) >= len(page) or _overlaps(own):
        return []
    return _overlaps(page)


def _overlaps(words: list[str]) -> list[str]:
    """Words that are the word before them again, or overlap it: one holds the other whole at its
    start or end ('Minimal Minima', 'terkait kait'), or one ends on three letters or more the other
    starts with ('Penghit nghitungan')."""
    found = []
    for before, word in zip(words, words[1:]):
        a, b = before.lower(), word.lower()
        if len(b) < 2 or not a.isalpha() or not b.isalpha():
            continue
        if a == b or a.endswith(b) or a.startswith(b) or (b.startswith(a) and len(a) >= 3) \
                or any(a[-k:] == b[:k] for k in range(3, min(len(a), len(b)))):
            found.append(min(before, word, key=len))  # the piece
    return found


def rejoined_figures(page: list[str], own: list[str]) -> str | None:
    """What is wrong with the page's reading where it splits a figure between two digits and the cell's
    own reading, otherwise the same, gives it whole ('1 00%' for '100%': a space read into it)."""
    if len(own) >= len(page):
        return None
    rest = iter(page)
    for word in own:
        text = next(rest, "")
        while text != word and word.startswith(text) and text[-1:].isdigit():
            following = next(rest, "")
            if not following[:1].isdigit():
                return None
            text += following
        if text != word:
            return None
    return "splits a figure" if next(rest, None) is None else None


def unsure_words(page: list[str], own: list[str]) -> list[str]:
    """The words of a page's reading that hold a sign print does not use, or that no dictionary knows
    and the cell's own reading does not give alike: two readings of one ink that disagree on a
    non-word ('engendahan' for 'Pengendalian' in a garbled line). A typing slip in print is read
    alike by both ('Univresal'), and is left alone."""
    return [word for word in page if is_stray(word) or (not is_known(word) and word not in own)]


def figures_disagree(number: int, cell: Cell, read: CellText) -> ReaderNote:
    return ReaderNote(code="ocr-figures-disagree", page=number, cell=cell.bbox,
                      message=f"page {number}{box_text(cell)}: the page's reading {cell.text[:QUOTE]!r} (kept) and "
                              f"the cell's own {' '.join(read.lines)[:QUOTE]!r} give other figures; check it against "
                              f"the scan")


def letters_for_figures(page: list[str], own: list[str]) -> bool:
    """Whether a reading gives letters where the page's gave figures: fewer figures, more letters
    ('(1)' read '(NX'; not '(96)' read '(%)', the sign a whole page's reading takes for figures)."""
    def letters(lines: list[str]) -> int:
        return sum(char.isalpha() for line in lines for char in line)

    return len(figures(own)) < len(figures(page)) and letters(own) > letters(page)


def figures_cut(page: list[str], own: list[str]) -> bool:
    """Whether the cell's box cut through a figure printed over its column's bound: a figure of its
    own reading is a piece of the page's, or holds the page's with digits no figure is printed with
    (reporting scan 1,001,283: 'Rp2.170.000.000' glued to the next column's '96.900.000', the two
    cells' crops reading 'p2.170.000.0' and '0096.900.000'). A well-made figure holding the page's is
    the page's reading cut short ('134.' for '134.100.000', reporting scan 1,001,015)."""
    return any(a != b and (b in a or a in b and _MISMADE_FIGURE.search(b) is not None)
               for a, b in zip(figures(page), figures(own)))


def percent_lost(page: list[str], own: list[str]) -> bool:
    """Whether a reading has fewer "%" than the page's: a cell's crop gives Tesseract no line around
    the sign, and it reads a whole "%" as "&" or "96" ('TARGET %' read 'TARGET &' alone, and every
    target under it lost its unit)."""
    def signs(lines: list[str]) -> int:
        return sum(line.count("%") for line in lines)

    return signs(own) < signs(page)


def reach_right(box: Box) -> Box:
    """A last column's header cell read past the table's right edge, which its body's widest value
    sets: the header's unit can stand beyond it, out of the page's reading ('Target (%)' over
    '80,39%', read 'Target (9' in the cell's own box)."""
    x0, top, x1, bottom = box
    return x0, top, x1 + UNIT_REACH * (bottom - top), bottom


def with_lost_headers(number: int, clean: np.ndarray, words: list[Word], rules: list[Rule], stops: list[float],
                      carry: Carry, dpi: int, pool: Executor, runs: int) -> tuple[list[TablePage], list[Word]]:
    """The tables without rules among the page's OCR'd words (`find_borderless`), found again with the
    header words the page's reading lost: a column with text under an empty header place ('Misi' in
    bold, dropped by the layout analysis) or under a unit alone is read alone there, and what it
    reads joins the words when it names a column, in place of the words it covers (a speck read in
    'Target'; the unit read again is kept as the page read it). Without it the column would be kept
    as a nameless extra beside its first row, its Misi or Sasaran lost for every row after."""
    before = dataclasses.replace(carry)
    tables, outside = find_borderless(number, words, rules, stops, carry, glyph_boxes=True)
    width = clean.shape[1] * 72 / dpi
    boxes = [box for table in tables for box in unnamed_header_places(table, width)]
    if not boxes:
        return tables, outside
    found = [word for read in read_cells(clean, boxes, dpi, pool, runs)
             if names_column(" ".join(read.lines)) for word in naming_lines(read.words)
             if not any(read_already(word, other) for other in words)]  # (the unit beside a lost name)
    if not found:
        return tables, outside
    for name, value in vars(before).items():  # the page is found afresh: the page before's table as it left it
        setattr(carry, name, value)
    kept = [word for word in words if not any(read_already(word, name) for name in found)]  # (a speck in 'Target')
    return find_borderless(number, kept + found, rules, stops, carry, glyph_boxes=True)


def naming_lines(words: list[Word]) -> list[Word]:
    """The words of a header place's lines up to the last holding a letter: not the top of the header's
    next line cut by the place's box ('TARGET' / '10/1', the cut signs of '(%)', which the page's
    reading holds whole)."""
    lines = words_to_lines(words)
    last = max((k for k, line in enumerate(lines) if any(char.isalpha() for char in line.text)), default=-1)
    return [word for line in lines[:last + 1] for word in line.words]


def read_already(word: Word, other: Word) -> bool:
    """Whether `word`, read again, is `other`: level with it and over half its own width across it."""
    across = min(word.x1, other.x1) - max(word.x0, other.x0)
    return word.top < other.bottom and other.top < word.bottom and across > (word.x1 - word.x0) / 2


def unnamed_header_places(table: TablePage, width: float) -> list[Box]:
    """Where a header cell would stand over each column holding text under no header cell or under a
    unit alone ('(%)': 'Target' lost beside it), and the header's band left and right of the table
    out to the page's edges (`width`): a column empty on this page (a Misi merged down from the page
    before) is found by its header alone."""
    header = [cell for cell in table.cells if cell.row == 0 and cell.bbox is not None]
    if not header or table.bbox is None:
        return []
    named = {col for cell in header if not UNIT_ONLY.fullmatch(cell.text)
             for col in range(cell.col, cell.col + cell.col_span)}
    top, bottom = table.bbox.top, max(cell.bbox.bottom for cell in header if cell.bbox is not None)
    # each column's first body cell with text: its box spans the column's bounds
    columns = {cell.col: cell.bbox for cell in reversed(table.cells)
               if cell.row > 0 and cell.text and cell.bbox is not None}
    # a lost name of two lines centred on a header of one stands up to a line above it ('TARGET' / '(%)',
    # reporting scan 1,000,712: the header's band alone cut through its letters)
    # and a name wider than its column's values reaches past the column's bounds, set in the gutters between
    # its values and the next column's ('CAPAIAN' over '79%', its 'N' cut: reporting scan 1,002,262); the
    # name beside, read again there, is known read already
    reach = NAME_REACH * (bottom - top)
    unnamed = [(box.x0 - reach, top - (bottom - top), box.x1 + reach, bottom) for col, box in sorted(columns.items())
               if col not in named]
    beside = [(0.0, top, table.bbox.x0, bottom), (table.bbox.x1, top, width, bottom)]
    return unnamed + [box for box in beside if box[2] - box[0] >= MIN_HEADER_PLACE]


def header_row(table: TablePage) -> list[Cell]:
    """The cells of a table's first row when they name its columns (a table going on from the page
    before starts with a row of its body)."""
    first = [cell for cell in table.cells if cell.row == 0]
    return first if names_header([cell.text for cell in first]) else []


def bracketed_more(page: list[str], own: list[str]) -> list[str]:
    """The words in brackets, a "%" or a year, and only such, that a header cell read alone gives after
    the page's words: the unit the page's reading lost ('TARGET' / 'TARGET (%)'), which decides every
    target's unit below, or the year that names the column ('Capaian' / 'Capaian 2021', a row's extra
    under that name). The page's words may be read a letter off ('Taraet (%)': the cell's crop runs
    through the descenders); the page's reading of them is kept."""
    extra = own[len(page):]
    alike = len(own) > len(page) and all(len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1
                                         for a, b in zip(page, own))
    return extra if alike and all(map(_unit_or_year, extra)) else []


def header_tail_above(page: list[str], own: list[str]) -> list[str]:
    """The years, "%" and words in brackets, and only such, that a cell of the first body row read
    alone gives before the page's words: a header's last line ('Kondisi' / 'Awal' / '(2015)') the page's
    reading lost, printed between the header's other lines and the body, where the header's box
    (down to its last line read) does not reach and the box of the cell below does."""
    extra = own[:len(own) - len(page)]
    return extra if extra and own[len(extra):] == page and all(map(_unit_or_year, extra)) else []


def _unit_or_year(word: str) -> bool:
    return word.startswith("(") and word.endswith(")") or word == "%" or bool(_YEAR.fullmatch(word))


def glyphs_lost(page: list[str], own: list[str]) -> list[str]:
    """The words a cell read alone gives besides every word of the page's reading of it, in order,
    where each is a Roman numeral after a word numbered so ('Semester I dan': the page's layout
    analysis took the thin 'I' for a speck) or a unit in brackets ('(%)' closing an indikator); else
    none. (Other lone letters are as often a speck the cell's crop read.)"""
    matched, extra = 0, []
    for word in own:
        if matched < len(page) and word == page[matched]:
            matched += 1
        elif (len(word) > 2 and word[0] == "(" and word[-1] == ")" and not any(map(str.isdigit, word))
              or ROMAN.fullmatch(word) and matched and page[matched - 1].lower() in ROMAN_NUMBERED):
            extra.append(word)
        else:
            return []
    return extra if matched == len(page) else []


def letter_lost(page: list[str], own: list[str]) -> bool:
    """Whether the cell's own reading gives one of the page's short known words a letter short, still a
    word by the dictionary's count ('ibu' read 'bu', the thin 'i' lost: development scan 69, whose page
    read 'Balita dan ibu Hamil' right). Longer words are left to the word checks: a speck read as a
    letter ending the page's word ('kecamatani') the dictionary may take as a suffix."""
    return any(len(word) == len(other) + 1 and len(word) <= SHORT_WORD and is_known(word) and one_slip(other, word)
               for word, other in zip(page, own))


def unknown_count(words: list[str]) -> int:
    return sum(not is_known(word) for word in words)


def fix_markers(number: int, tables: list[TablePage]) -> list[ReaderNote]:
    """Each list marker that reads as the one the count of the markers around it in its column
    wants but for its case, a doubled letter or its stop (`marker_slips`; a table without rules may
    give each item a row of its own) set as that marker, with an info note keeping the reading. One
    read without a stop is left, with a review note: a wrapped line may open with a figure ('di' /
    '3 kecamatan'). A row's number alone in its cell closing on a comma closes on a point
    (`number_stopped`)."""
    notes = []
    for table in tables:
        for cell in table.cells:
            if len(cell.lines) == 1 and (stopped := number_stopped(cell.lines[0].strip())) is not None:
                read, cell.lines = cell.lines[0], [stopped]
                notes.append(opening_fixed(number, cell, 0, read, "a number alone in its cell closes on a point"))
        for lines in column_lines(table):
            for index, marker in marker_slips([with_next(cell, k) for cell, k in lines]).items():
                cell, k = lines[index]
                read, *rest = cell.lines[k].split(maxsplit=1)
                if read[-1] not in STOPS:
                    notes.append(ReaderNote(code="ocr-number-unsure", page=number, cell=cell.bbox,
                                            message=f"page {number}{box_text(cell)}: {read!r} opening "
                                                    f"{cell.lines[k][:QUOTE]!r} stands where its list's count puts "
                                                    f"the marker {marker!r}; check it against the scan"))
                    continue
                cell.lines[k] = " ".join([marker, *rest])
                notes.append(opening_fixed(number, cell, k, read, "the markers around it count to it"))
    return notes


def fix_column_names(number: int, tables: list[TablePage]) -> list[ReaderNote]:
    """Each header cell whose reading spells a column name but for a letter read as a figure or a
    stroke (`fixes.column_name`) set as that name, with an info note keeping the reading: every row's
    cell under it is kept under that name."""
    notes = []
    for table, cell in ((page_table, cell) for page_table in tables for cell in header_row(page_table)):
        if (name := column_name(cell.text)) is not None:
            notes.append(ReaderNote(code="ocr-fixed", page=number, severity="info", cell=cell.bbox,
                                    message=f"page {number}{box_text(cell)}: OCR read the header {cell.text!r}, "
                                            f"taken as {name!r}"))
            for word in cell.text.split():  # the nothing-lost check counts the table's words
                if word in table.words:
                    table.words.remove(word)
            table.words += name.split()
            cell.lines = [name]
    return notes


def opening_fixed(number: int, cell: Cell, k: int, read: str, why: str) -> ReaderNote:
    """The info note on line `k` of the cell, whose first word, read `read`, was set as it now opens."""
    taken = cell.lines[k].split()[0]
    return ReaderNote(code="ocr-fixed", page=number, severity="info", cell=cell.bbox,
                      message=f"page {number}{box_text(cell)}: OCR read {read!r} opening {cell.lines[k][:QUOTE]!r}, "
                              f"taken as {taken!r}: {why}")


def with_next(cell: Cell, k: int) -> str:
    """Line `k` of the cell, with the line after it where it holds one word: a marker a narrow column
    prints alone above its item's text ('1,' / 'Pembangunan ...'), not a No cell's number alone."""
    line = cell.lines[k]
    return f"{line} {cell.lines[k + 1]}" if k + 1 < len(cell.lines) and len(line.split()) == 1 else line


def column_lines(table: TablePage) -> list[list[tuple[Cell, int]]]:
    """Each column's lines, top to bottom, as (cell, index of the line in it)."""
    cells = sorted(table.cells, key=lambda cell: cell.row)
    return [[(cell, k) for cell in cells if cell.col == col for k in range(len(cell.lines))]
            for col in sorted({cell.col for cell in cells})]


def fix_bullets(number: int, tables: list[TablePage], unruled: list[TablePage]) -> list[ReaderNote]:
    """The lines of a cell opening with a sign a bullet is read as, or with the bullet glued to their
    first word, between items of one bullet, set as that bullet (`sign_bullets`, `glued_bullets`, an
    info note keeping the reading); and a review note on each line
    opening with a bullet the items above and below it do not use (`bullet_slips`). A list is a cell's
    lines; in a table without rules, which may give each item a row, its column's."""
    apart = {id(table) for table in unruled}
    runs = [[(cell, k) for k in range(len(cell.lines))] for table in tables if id(table) not in apart
            for cell in table.cells] + [lines for table in unruled for lines in column_lines(table)]
    notes = []
    for lines in runs:
        for index, bullet in sign_bullets([cell.lines[k] for cell, k in lines]).items():
            cell, k = lines[index]
            read, rest = cell.lines[k].split(maxsplit=1)
            cell.lines[k] = f"{bullet} {rest}"
            notes.append(opening_fixed(number, cell, k, read, "the items around it open with it"))
        for index, bullet in glued_bullets([cell.lines[k] for cell, k in lines]).items():
            cell, k = lines[index]
            read = cell.lines[k].split()[0]
            cell.lines[k] = f"{bullet} {cell.lines[k].strip()[len(bullet):]}"
            notes.append(opening_fixed(number, cell, k, read, "the items around it open with it, a space after it"))
    return notes + [ReaderNote(code="ocr-number-unsure", page=number, cell=cell.bbox,
                               message=f"page {number}{box_text(cell)}: {cell.lines[k][:QUOTE]!r} opens with a "
                                       f"bullet the items above and below it do not use: a mark read otherwise, or "
                                       f"a sub-item; check it against the scan")
                    for lines in runs for cell, k in (lines[index] for index in bullet_slips([c.lines[j] for c, j in lines]))]


def stamp_notes(number: int, tables: list[TablePage], stamps: list[Stamp], dpi: int) -> list[ReaderNote]:
    """A review note for each cell with text that a round stamp covers: its ring and lettering are read
    as letters of the cell, and can change a figure. And one for each row a stamp reaches into where
    it covers none of the row's cells with text (`rows_read_empty`)."""
    covered = [(table, cell) for table in tables for cell in table.cells
               if cell.text and cell.bbox is not None and any(stamp.covers(cell_box(cell), dpi) for stamp in stamps)]
    return [ReaderNote(code="ocr-under-stamp", page=number, cell=cell.bbox,
                       message=f"page {number}, table row {cell.row + 1}{box_text(cell)}: a stamp covers "
                               f"{cell.text[:QUOTE]!r}; check it against the scan")
            for _, cell in covered] + rows_read_empty(number, tables, stamps, covered, dpi)


def rows_read_empty(number: int, tables: list[TablePage], stamps: list[Stamp], covered: list[tuple[TablePage, Cell]],
                    dpi: int) -> list[ReaderNote]:
    """A review note on each table row a stamp reaches into (across the table, over the row's
    one-row cells) where it covers no cell of the row with text: a cell there read empty, or as no
    cell at all in a table without rules ('76,53' under a black stamp, development seed 290: lost
    with no word). The note names the row's cell nearest the stamp, so the warning points at its row."""
    notes = []
    for table in tables:
        if table.bbox is None:
            continue
        rows: dict[int, list[Cell]] = {}
        for cell in table.cells:
            if cell.text and cell.row_span == 1 and cell.bbox is not None:
                rows.setdefault(cell.row, []).append(cell)
        noted = {row for held, cell in covered if held is table for row in range(cell.row, cell.row + cell.row_span)}
        for row, cells in sorted(rows.items()):
            band = (table.bbox.x0, min(c.bbox.top for c in cells if c.bbox), table.bbox.x1,
                    max(c.bbox.bottom for c in cells if c.bbox))
            stamp = next((stamp for stamp in stamps if stamp.covers(band, dpi)), None)
            if row in noted or stamp is None:
                continue
            nearest = min(cells, key=lambda c: abs((c.bbox.x0 + c.bbox.x1) / 2 - stamp.x * 72 / dpi) if c.bbox else 0.0)
            notes.append(ReaderNote(
                code="ocr-under-stamp", page=number, cell=nearest.bbox,
                message=f"page {number}, table row {row + 1} ({band[1]:.0f}-{band[3]:.0f} pt from the top): a stamp "
                        f"covers part of the row where no text was read: a cell's text may be lost under it; "
                        f"check it against the scan"))
    return notes


def stamped_line_notes(text: PageText, stamps: list[Stamp], dpi: int) -> list[ReaderNote]:
    """A review note for each line outside the tables that a round stamp covers (a signer's position
    under the agency's stamp, say): OCR reads the stamp's lettering into it. The note's box is the
    line's, so the assembler can point it at the field the line went into."""
    lines = zip(text.above + text.below, text.above_boxes + text.below_boxes)
    return [ReaderNote(code="ocr-under-stamp", page=text.page, cell=box,
                       message=f"page {text.page}: a stamp covers the line {line[:QUOTE]!r} outside the tables; "
                               f"check it against the scan")
            for line, box in lines
            if box is not None and any(stamp.covers((box.x0, box.top, box.x1, box.bottom), dpi) for stamp in stamps)]


def move_words(words: list[Word], moved: Turn, dpi: int) -> list[Word]:
    """Words placed on the page as scanned, placed on the upright page (their centres moved)."""
    px = dpi / 72
    placed = []
    for word in words:
        x, y = moved.move((word.x0 + word.x1) / 2 * px, (word.top + word.bottom) / 2 * px)
        dx, dy = x / px - (word.x0 + word.x1) / 2, y / px - (word.top + word.bottom) / 2
        placed.append(word._replace(x0=word.x0 + dx, x1=word.x1 + dx, top=word.top + dy, bottom=word.bottom + dy))
    return placed


def with_layer(number: int, boxes: list[Box], reads: list[CellText], layer: list[Word]
               ) -> tuple[list[CellText], ReaderNote]:
    """The cells' readings with the page's text layer weighed in, and a note saying which text was used."""
    per_cell, _ = split_words(layer, boxes)
    weighed = [weigh_layer(read, words) for read, words in zip(reads, per_cell)]
    used = Counter(kind for _, kind in weighed)
    note = ReaderNote(code="ocr-text-layer", page=number, severity="info",
                      message=f"page {number} is a scan with the scanner's OCR text under the image: it was read "
                              f"by OCR and compared cell by cell with that text ({used['same']} cell(s) agree); "
                              f"the layer's text was used in {used['layer']} cell(s) where it was clearly better, "
                              f"OCR's in {used['ocr']} where they differ")
    return [read for read, _ in weighed], note


def without_coloured_stamps(number: int, gray: np.ndarray, colour: np.ndarray, moved: Turn, rules: np.ndarray,
                            dpi: int) -> tuple[np.ndarray, list[ReaderNote], list[Stamp]]:
    """The upright grey page with the ink of round stamps in colour dropped (`colour` is the page as
    scanned, in colour), a note saying so, and where those stamps were."""
    colour = rotate(turn(colour, moved.clockwise), moved.degrees)
    gray, stamps = drop_coloured_stamps(gray, colour, rules, dpi)
    if not stamps:
        return gray, [], []
    return gray, [ReaderNote(code="ocr-stamp-removed", page=number, severity="info",
                             message=f"page {number}: {len(stamps)} round stamp(s) in coloured ink were dropped "
                                     f"from the page before it was read (the print under them kept)")], stamps


def read_page(number: int, page: PageImage, pool: Executor, runs: int, carry: Carry) -> ScannedPage:
    """One page image's tables and surrounding text, with notes on what was uncertain; a scan's
    hidden layer of text (words in points on the page as scanned) is weighed cell by cell; the
    page in colour, when it has colour, tells a stamp's ink from print."""
    dpi, layer, colour = page.dpi, page.layer, page.colour
    gray = flatten(page.gray, dpi)
    ink = ink_mask(gray, dpi, page.scanned)
    if not ink.any():
        note = ReaderNote(code="ocr-blank-page", page=number, severity="info",
                          message=f"page {number} is blank: nothing to read")
        return ScannedPage([], PageText(page=number), [note], blank=True, size=points(gray, dpi))
    gray, notes, moved = upright(number, gray, ink, dpi)
    ink = ink_mask(gray, dpi, page.scanned)
    segments, rules = find_rules(ink, dpi)
    removed: list[Stamp] = []  # coloured stamps dropped: the print under them lost strokes with them
    if colour is not None:
        gray, removal, removed = without_coloured_stamps(number, gray, colour, moved, rules, dpi)
        notes += removal
        ink = ink_mask(gray, dpi, page.scanned)
    stamps = find_stamps(gray, ink, dpi)
    # an upright stretch of a stamp's ring between two rows' rules is no column's bound; a table's own rule
    # under a stamp runs on past it
    segments = [s for s in segments if not (s.x0 == s.x1 and any(stamp.holds(s, dpi) for stamp in stamps))]
    clean = clean_image(gray, ink, rules, dpi)
    regions = page_regions(segments_to_edges(segments), [])
    around = pool.submit(read_around, clean, [region_to_bounds(boxes) for boxes in regions], dpi)
    grids = [region_to_grid(boxes) for boxes in regions]
    cells = [boxes_to_cells(boxes, xs, ys) for boxes, (xs, ys) in zip(regions, grids)]
    every = [cell for table in cells for cell in table]
    boxes = [cell_box(cell) for cell in every]
    read_list = read_cells(clean, boxes, dpi, pool, runs, {index for index, cell in enumerate(every) if cell.row == 0})
    if layer and boxes:
        read_list, layer_note = with_layer(number, boxes, read_list, move_words(layer, moved, dpi))
        notes.append(layer_note)
    reads = iter(read_list)
    candidates = []
    for (xs, ys), table_cells in zip(grids, cells):
        table, words, cell_warnings = fill_table(number, xs, ys, table_cells, [next(reads) for _ in table_cells])
        candidates.append((table, xs, words))
        notes += cell_warnings
    page_tables, outside = finish_tables(candidates, around.result())
    rule_lines = [Rule(segment.top, segment.x0, segment.x1) for segment in segments if segment.top == segment.bottom]
    stops = [table.bbox.top for table in page_tables if table.bbox is not None]
    borderless, outside = with_lost_headers(number, clean, outside, rule_lines, stops, carry, dpi, pool, runs)
    notes += reread_cells(number, clean, borderless, dpi, pool, runs) + [unruled_note(number, t) for t in borderless]
    page_tables = sorted(page_tables + borderless, key=lambda table: table.bbox.top if table.bbox else 0.0)
    notes += stamp_notes(number, page_tables, stamps, dpi) + fix_markers(number, page_tables) \
        + fix_bullets(number, page_tables, borderless) + fix_column_names(number, page_tables)
    text = page_text(number, outside, page_tables)
    notes += stamped_line_notes(text, stamps + removed, dpi)
    notes += [unread] if (unread := columns_not_read(number, outside, page_tables)) else []
    return ScannedPage(page_tables, text, notes, blank=False, size=points(gray, dpi))


def points(gray: np.ndarray, dpi: int) -> tuple[float, float]:
    """An image's (width, height) in points."""
    return gray.shape[1] * 72 / dpi, gray.shape[0] * 72 / dpi


class OcrReader(Reader):
    """Tables in page images: OpenCV finds the rules, Tesseract (ind+eng) reads each cell; tables
    without rules are found among the OCR'd words."""

    kind = "ocr"
    formats = ("pdf", "image")
    description = "scanned PDFs and image files (JPG, PNG, TIFF): tables read with Tesseract OCR"

    def read(self, path: Path) -> SourceDocument:
        source_format = "image" if detect_format(path) == "image" else "pdf"
        hidden = source_format == "pdf" and has_hidden_layer(path)
        tables: list[TablePage] = []
        texts: list[PageText] = []
        notes: list[ReaderNote] = []
        sizes: list[tuple[float, float]] = []
        blank = page_count = 0
        carry = Carry()  # a table without rules left open at the bottom of a page
        runs = os.cpu_count() or 1  # parallel Tesseract runs over a page's cells
        pool = ThreadPoolExecutor(max_workers=runs + 1)  # + the text around the tables
        try:
            for page in (image_pages(path) if source_format == "image" else pdf_pages(path, hidden)):
                page_count += 1
                scanned = read_page(page_count, page, pool, runs, carry)
                tables += scanned.tables
                texts.append(scanned.text)
                notes += scanned.notes
                sizes.append(scanned.size)
                blank += scanned.blank
        except cv2.error as error:
            if "Insufficient memory" not in str(error):
                raise
            raise MemoryError(str(error)) from error  # what NumPy raises: callers know it as out of memory
        finally:
            pool.shutdown(wait=False, cancel_futures=True)  # on a timeout, do not wait for queued cells
        if blank == page_count:
            raise NoTextLayerError(path, f"{page_count} blank page image(s): OCR found nothing to read")
        notes += slip_notes(tables)
        return SourceDocument(path=str(path), format=source_format, engine=self.kind, page_count=page_count,
                              tables=tables, texts=texts, notes=notes, page_sizes=sizes)
