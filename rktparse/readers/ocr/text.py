"""Text out of a cleaned page image: its table cells, and everything around the tables."""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from concurrent.futures import Executor
from typing import NamedTuple

import cv2
import numpy as np

from rktparse.readers.ocr.figures import FIGURE, LOOKS, Rival, figures, other_view
from rktparse.readers.ocr.fixes import fix_ocr_slips, fix_wrapped_numerals, numbered
from rktparse.readers.ocr.glyphs import close_percent, read_bullet, read_marks, with_lone_bullets
from rktparse.readers.ocr.tesseract import OcrWord, read_images, words_to_text_lines
from rktparse.readers.ocr.words import (
    BRACKETS,
    MIN_LETTERS,
    bullet_read_as_sign,
    is_known,
    is_stray,
    is_transposed,
    lone_letter,
    odd_item_stop,
    opens_unclosed,
    stop_glued,
    stop_in_sentence,
)
from rktparse.readers.pdf_words import Box, Word

CELL_PSM = 6  # a cell is one block of text lines
RETRY_PSM = 13  # one raw line: Tesseract's block layout drops a lone short word such as a bold "No"
PAGE_PSM = 3  # around the tables: titles, paragraphs, two-column signature blocks
WORD_PSM = 8  # one word: a patch of ink the page's layout left unread
# "1", "2.", "1.2", "3)", "b.", and a target standing alone: "80%", "78,93"
_LONE_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2}){0,3}[.)]?|\d{1,3}(?:,\d{1,2})?%?|[a-z][.)])$")
# an amount in thousands ('91.200.000'): its grouping is its check, for Tesseract gives one read alone a confidence
# near 0 (reporting scan 1,002,466), and its cell is read again as every figure is (`reread_cells`)
_LONE_AMOUNT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# a grade or an audit opinion in capitals ("A", "BB", "WTP"), a unit in brackets under a header's name ("(%)")
_LONE_VALUE = re.compile(r"^(?:[A-Z]{1,3}|\((?:%|[A-Za-z]{1,5}\.?)\))$")
LONE_WORD_LETTERS = 4  # a lone word of letters read surely is kept from this long (a Satuan's "Unit")
LETTER_GAP_PT = 2.5  # letters of one word stand closer
SPLIT_GAP = 0.15  # line heights: two words read this close are one word's halves (a space is twice as wide)
MIN_NUMBER_PT, MAX_NUMBER_PT = 4.0, 16.0  # how tall a printed number is (smaller: dust; taller: a mark)
LONE_WIDTH_PT = 64.0  # how wide a lone value's ink may stand, its letters joined: a source of funds ('APBN'), an amount
# in an Anggaran column ('91.200.000', 52 points in 10-point print: reporting scan 1,002,466)
DASH_PT = (1.3, 6.0)  # how wide a printed '-' or '–' is (a signature's line is wider)
DASH_THICK_PT = 1.5  # and at most how thick,
DASH_RATIO = 1.8  # and how many times its thickness it is wide (a full stop is as wide as it is high)
DASH_FILLED = 0.5  # and how much of its box is inked at least (a short dash blurred by the scan: 0.58)
DASH_BAND = 0.2  # and it stands this share of its line's height clear of the line's top,
ALONE_PT = 6.0  # unless no word stands this close
SCRAP = 2  # characters a cell's reading may hold and be a dash's (its only mark one: `lone_dash`)
INSET_PT = 0.5  # stay this far inside a cell's rules (their pixels are erased already)
MARGIN_PX = 12  # white border around a crop: Tesseract misses text touching the image edge
# how far a crop may grow under its box's bottom to take in letters the box cuts through: a row
# of a table without rules ends at its line's foot, under which descenders hang ('Anggaran' cut there
# reads 'Anoaaran', 'kecamatan' reads 'keramatan'); a 10-point descender is about 2.5 points deep
REACH_PT = 3.0
PAPER = 128  # an image with nothing darker than mid-grey has nothing printed
# a letter's hairlines (the top and foot of an 'O', the foot of a 'U') scan lighter than mid-grey: a
# patch of ink reaching them keeps the letter whole, its two sides further apart than a letter gap
STROKE = 200
PRINT_CONFIDENCE = 50.0  # outside the tables, words read with less are stamps, scribbles and logos
SIGN_CONFIDENCE = 90.0  # and a word without a letter or digit needs this much (signatures read as "—", "="),
UNIT_SIGNS = frozenset({"%", "(%)", "(Rp)"})  # what a header names a column's unit with, read apart
PRINTED_SIGNS = ("%",)  # but not a sign print stands alone: a target's "%" (read with 88 on development scans)
DUST_SIGNS = "|,.'`"  # what specks and the ends of erased rules are read as
STOPS = (".", ",")  # which, read alone opening a line of words, are specks: print starts no line with one
MID_LINE_SIGNS = "~—–-_:;"  # and, after a word, what a speck a little larger is read as
QUOTES = "\"“”"
DUST_CONFIDENCE = 80.0
WORD_SURE = 93.0  # a cell word read with less that is not a known word is named for review: on the scanned
# samples misreadings ("Jumiah", "berperitaku") came at 72-91, right words at 85-96
WORD_GUESSED = 50.0  # and a known word read with less: what is left of a stamp's lettering read 'Tn' (0.20), 'Ha' (0.01)


class CellText(NamedTuple):
    """What Tesseract read in one cell."""

    lines: list[str]  # with certain slips fixed
    raw: list[str]  # as Tesseract read them
    words: list[Word]  # the fixed words, placed on the page (points)
    confidence: float | None  # mean word confidence, 0-1; None for an empty cell
    figure_confidence: float | None = None  # of the least sure word holding a figure, 0-1
    rival: Rival | None = None  # the second reading, when its figures differ from these lines'
    unknown: tuple[tuple[str, float], ...] = ()  # words read unsure that are not known words, and words with signs
    # print does not use ("©", "Kinerja_—_-"), with their confidence
    guessed: tuple[tuple[str, float], ...] = ()  # known words where specks or a stamp's lettering read: read with
    # less than WORD_GUESSED, or read unsure with a full stop glued on (`stop_glued`), or with one inside a
    # sentence (`stop_in_sentence`) or ending a list's one item so stopped (`odd_item_stop`), with their confidence


EMPTY = CellText([], [], [], None)


class Crop(NamedTuple):
    image: np.ndarray  # the cell's inside with a white margin
    left: int  # page pixel of the crop's top-left corner
    top: int


def _place(words: list[OcrWord], texts: list[str], left: int, top: int, scale: float) -> list[Word]:
    """Words in page points from pixels of a crop whose corner is (left, top)."""
    return [Word(text, (w.x0 + left) * scale, (w.x1 + left) * scale, (w.top + top) * scale,
                 (w.bottom + top) * scale, spaced=True) for w, text in zip(words, texts)]


def crop_cell(image: np.ndarray, box: Box, dpi: int) -> Crop | None:
    """The inside of cell `box` (points) of the cleaned page `image`; None when nothing is printed there."""
    px = dpi / 72
    inset = INSET_PT * px
    x0, top = int(box[0] * px + inset), int(box[1] * px + inset)
    x1, bottom = int(box[2] * px - inset), int(box[3] * px - inset)
    bottom = _through_letters(image[:, x0:x1], top, bottom, round(REACH_PT * px))
    inside = image[top:bottom, x0:x1]
    if inside.size == 0 or inside.min() >= PAPER:
        return None
    return Crop(np.pad(inside, MARGIN_PX, constant_values=255), x0 - MARGIN_PX, top - MARGIN_PX)


def _through_letters(columns: np.ndarray, top: int, bottom: int, reach: int) -> int:
    """`bottom` (a pixel row of `columns`, the crop's columns of the page) moved down to the first row
    without ink, within `reach`, where the crop's last row holds ink: letters cut by the box. A bottom
    in white space, such as a rule's erased place, stays. (Not the top: ink at a box's top is as often
    the descenders of the line above as letters of the cell's own.)"""
    inked: np.ndarray = np.any(columns < PAPER, axis=1)
    bottom = min(bottom, len(inked))
    if bottom > top and inked[bottom - 1]:
        bottom += int(np.argmin(np.append(inked[bottom:bottom + reach], False)))
    return bottom


def is_dust(word: OcrWord, line: list[OcrWord]) -> bool:
    """Whether a word is a speck or a rule's remnant read as signs, read unsure: opening or closing a
    line, as "|", "," or "."; or a sign after a word (`sign_after_word`) before another or at the
    line's end. Before a figure it may be the figure's minus: it is kept, and named for review. A full
    stop or comma alone opening a line before its words is a speck however surely it is read: print
    starts no line with one (development scan 198: '. ditemukan' at 0.93)."""
    if word.text in STOPS and word is line[0] and len(line) > 1:
        return True
    if word.confidence >= DUST_CONFIDENCE:
        return False
    if not word.text.strip(DUST_SIGNS) and (word is line[0] or word is line[-1]):
        return True
    return speck_between_words([w.text for w in line], line.index(word))


def sign_after_word(texts: list[str], at: int) -> bool:
    """Whether word `at` of a line is nothing but signs after a word of letters: what a speck of a
    150-dpi scan a little larger than its pixels is read as ('Sipil ~ Negara', 'dan - beban',
    'talenta —', 'di - 5 kecamatan'). A dash opening a line is a list's bullet, and one after a
    figure ('2019 - 2023') is print."""
    return at > 0 and not texts[at].strip(DUST_SIGNS + MID_LINE_SIGNS) and letters_only(texts[at - 1])


def speck_between_words(texts: list[str], at: int) -> bool:
    """Whether word `at` is a sign after a word (`sign_after_word`) before another word of letters or
    at the end: no figure's minus."""
    return sign_after_word(texts, at) and (at == len(texts) - 1 or letters_only(texts[at + 1]))


def letters_only(text: str) -> bool:
    return any(char.isalpha() for char in text) and not any(char.isdigit() for char in text)


def numeral_opening(before: list[OcrWord], word: OcrWord, line: list[OcrWord]) -> bool:
    """Whether a stroke opening a line before a small word is a Roman numeral wrapped from the word
    ending the line above ('Semester' / '| dan Laporan'), no speck: `fix_wrapped_numerals` reads it."""
    return word is line[0] and len(line) > 1 and word.text in ("|", "||") and line[1].text[:1].islower() \
        and numbered(" ".join(w.text for w in before))


def without_dust(word: OcrWord, line: list[OcrWord]) -> OcrWord:
    """A word opening or closing a line, read unsure, with a speck glued to its outer side taken off
    when what is left is a known word ('"Program' at 0.27: a stamp's dot before a header)."""
    if word.confidence >= DUST_CONFIDENCE or not (word is line[0] or word is line[-1]):
        return word
    text = word.text.lstrip(DUST_SIGNS + QUOTES) if word is line[0] else word.text
    text = text.rstrip(DUST_SIGNS + QUOTES) if word is line[-1] and text[-1:] in "|'`" + QUOTES else text
    return word._replace(text=text) if text != word.text and len(text) >= 3 and is_known(text) else word


def cell_text(words: list[OcrWord], crop: Crop, dpi: int) -> CellText:
    """A cell's lines in Tesseract's line order, dust dropped, slips fixed, words placed on the page;
    `raw` keeps the lines as read."""
    raw = [" ".join(word.text for word in line) for line in words_to_text_lines(words)]
    read = with_lone_bullets([read_bullet(close_percent(line, crop.image), crop.image) for line in words_to_text_lines(
        joined_halves([part for word in without_ghosts(words) for part in read_marks(word, crop.image)]))], crop.image)
    lines = [kept for before, line in zip([[], *read], read)
             if (kept := [without_dust(w, line) for w in line if not is_dust(w, line) or numeral_opening(before, w, line)])]
    words = [word for line in lines for word in line]
    fixed = fix_wrapped_numerals([fix_ocr_slips(" ".join(word.text for word in line)) for line in lines])
    placed = _place(words, " ".join(fixed).split(), crop.left, crop.top, 72 / dpi)
    confidence = statistics.fmean(word.confidence for word in words) / 100 if words else None
    figure_words = [word.confidence / 100 for word in words if FIGURE.search(word.text)]
    texts = " ".join(fixed).split()
    # signs after words the dust rule left: read surer, or before a figure
    signs = {id(word) for line in lines for k, word in enumerate(line) if sign_after_word([w.text for w in line], k)}
    unknown = tuple((text, word.confidence / 100) for k, (word, text) in enumerate(zip(words, texts))
                    if (word.confidence < WORD_SURE and (not is_known(text) or lone_letter(texts, k) or id(word) in signs))
                    or is_stray(text) or opens_unclosed(texts, k)) \
        + tuple((sign, line[0].confidence / 100) for line, text in zip(lines, fixed) if (sign := bullet_read_as_sign(text)))
    odd = odd_item_stop(fixed)
    guessed = tuple((text, word.confidence / 100) for k, (word, text) in enumerate(zip(words, texts))
                    if (word.confidence < WORD_GUESSED or opens_unclosed(texts, k, BRACKETS)
                        or (word.confidence < WORD_SURE and stop_glued(texts, k)) or stop_in_sentence(texts, k)
                        or k == odd)
                    and (text, word.confidence / 100) not in unknown)
    return CellText(fixed, raw, placed, confidence, min(figure_words, default=None), unknown=unknown, guessed=guessed)


def reconcile(reads: list[CellText]) -> CellText:
    """The reading to keep of a cell read more than once: the surest of those whose figures most
    readings share (ties: the first reading, else the surest by its words: a header's 'Target (%)'
    read '(*)' at 0.54 and '(%)' at 0.68, where the first read '(22)', reporting scan 1,001,731),
    with the surest reading of other figures as its rival."""
    def sureness(read: CellText) -> float:
        return read.figure_confidence or 0.0

    votes = [sum(figures(other.lines) == figures(read.lines) for other in reads) for read in reads]
    keep = max(range(len(reads)), key=lambda index: (votes[index], sureness(reads[index]), index == 0,
                                                     reads[index].confidence or 0.0, -index))
    kept = with_unit(spelled_alike(known_words(reads[keep], reads), reads), reads)
    others = [read for read in reads if figures(read.lines) != figures(kept.lines)]
    if not others:
        return kept
    rival = max(others, key=sureness)
    return kept._replace(rival=Rival(rival.lines, sureness(rival)))


def with_unit(kept: CellText, reads: list[CellText]) -> CellText:
    """`kept`, or another reading holding every word of it, in order, and a unit sign more ('Target %'
    where the first reading gives 'Target': reporting scan 1,000,939, whose targets lost their '%'
    without a word; the English model alone reads the sign), the first reading kept as its raw text."""
    words = words_of(kept)
    for read in reads:
        other = words_of(read)
        if len(other) > len(words) and [word for word in other if word not in UNIT_SIGNS or word in words] == words:
            return read._replace(raw=reads[0].raw)
    return kept


def words_of(read: CellText) -> list[str]:
    return " ".join(read.lines).split()


def spelled_alike(kept: CellText, reads: list[CellText]) -> CellText:
    """`kept` without the unsure unknown words that are typing slips in print: a known word with two
    neighbouring letters swapped ("penyuusnan"), spelt so by every reading of the cell (two models,
    two views). OCR misreads glyphs ("Jumiah"), it does not swap them, and a slip of its own is most
    often read otherwise by another model; such words stay named."""
    if len(reads) < 2:
        return kept
    spellings = [set(" ".join(read.lines).split()) for read in reads]
    unsure = tuple((text, confidence) for text, confidence in kept.unknown
                   if is_stray(text) or not is_transposed(text) or not all(text in words for words in spellings))
    return kept._replace(unknown=unsure)


def known_words(kept: CellText, reads: list[CellText]) -> CellText:
    """`kept`, or another reading with the same figures, as many words and fewer unsure unknown words
    ("Target" where the first reading has "Taraet"), the first reading kept as its raw text for the
    record. A reading with a word fewer is no better: it may have lost the word ("Semester |" read
    "Semester" by the second model); nor one reading a word in the other case ('Child immunization'
    for 'Child Immunization', reporting scan 1,001,089): the models judge 'i' and 'I' by size, and
    neither is surer of it."""
    better = [read for read in reads if figures(read.lines) == figures(kept.lines)
              and len(read.unknown) < len(kept.unknown) and words_in(read) == words_in(kept)
              and not recased(words_of(kept), words_of(read))]
    if not better:
        return kept
    return min(better, key=lambda read: len(read.unknown))._replace(raw=reads[0].raw)


def recased(words: list[str], others: list[str]) -> bool:
    """Whether any word of `others` is the word of `words` at its place in another case."""
    return any(word != other and word.lower() == other.lower() for word, other in zip(words, others))


def words_in(read: CellText) -> int:
    return len(words_of(read))


def read_in_shares(images: list[np.ndarray], psm: int, dpi: int, pool: Executor, runs: int,
                   languages: tuple[str, ...] | None = None) -> list[list[OcrWord]]:
    """The words of each image, read in `runs` parallel Tesseract runs."""
    shares = [list(range(len(images)))[start::runs] for start in range(runs)]
    found: dict[int, list[OcrWord]] = {}
    for share, words in zip(shares, pool.map(
            lambda share: read_images([images[i] for i in share], psm, dpi, languages), shares)):
        found.update(zip(share, words))
    return [found[index] for index in range(len(images))]


def look_again(crops: list[Crop], look: int, dpi: int, pool: Executor, runs: int) -> list[CellText]:
    """The cells of `crops` read the second (`look` 1), third (2) or fourth (3) time: another model,
    another view."""
    found = read_in_shares([other_view(crop.image, look) for crop in crops], CELL_PSM, dpi, pool, runs,
                           LOOKS[look - 1])
    return [cell_text(words, crop, dpi) for crop, words in zip(crops, found)]


def trimmed(crop: Crop) -> Crop:
    """The crop cut to its ink and a margin: how a body cell's figures are read the second and the
    fourth time. Both models read a printed '79%' as '19%' (0.90) on a cell's whole crop, and '79%'
    (0.96) on one cut to its ink (reporting scan 1,001,890): the second reading sees the figures
    through another view as well as another model. (A header cell is read again whole: a unit sign
    the combined model drops is what that reading is for, and cut to its ink 'PROGRAM/ KEGIATAN' read
    otherwise, reporting scan 1,001,660.)"""
    rows, columns = np.nonzero(crop.image < PAPER)
    if len(rows) == 0:
        return crop
    top, left = max(int(rows.min()) - MARGIN_PX, 0), max(int(columns.min()) - MARGIN_PX, 0)
    image = crop.image[top:int(rows.max()) + MARGIN_PX + 1, left:int(columns.max()) + MARGIN_PX + 1]
    return Crop(image, crop.left + left, crop.top + top)


def read_cells(image: np.ndarray, boxes: list[Box], dpi: int, pool: Executor, runs: int,
               names: Collection[int] = ()) -> list[CellText]:
    """The text of each cell box, read in `runs` parallel Tesseract runs; cells with figures or unsure
    unknown words, and the cells of `names` (indexes of header cells: a unit they name is every row's),
    twice, three times where the first two readings disagree on the figures or both have unknown
    words, and four times where the three give three sets of figures."""
    crops = {index: crop for index, box in enumerate(boxes) if (crop := crop_cell(image, box, dpi)) is not None}
    found = dict(zip(crops, read_in_shares([crop.image for crop in crops.values()], CELL_PSM, dpi, pool, runs)))
    missed = [index for index, words in found.items() if not words]
    found.update(zip(missed, read_images([crops[index].image for index in missed], RETRY_PSM, dpi)))
    reads = {index: [cell_text(found[index], crop, dpi)] for index, crop in crops.items()}
    # nothing read but dust, or a scrap ('Te', '=', 'BJ': a scan's dash read as letters): the cell's one mark;
    # a scrap of specks alone is nothing ('*' and 'Ga' at 0.1 and 0 in empty cells of a dusty 150-dpi scan)
    scraps = [index for index, (read,) in reads.items() if len("".join(read.lines)) <= SCRAP]
    for index in scraps:
        if not (marks := ink_marks(crops[index].image, dpi)):
            del reads[index]
        elif dash := lone_dash(marks, dpi):
            reads[index] = [cell_text(dash, crops[index], dpi)]
    with_figures = [index for index, (read,) in reads.items() if figures(read.lines) or read.unknown or index in names]
    views = [trimmed(crops[i]) if figures(reads[i][0].lines) and i not in names else crops[i] for i in with_figures]
    for index, read in zip(with_figures, look_again(views, 1, dpi, pool, runs)):
        reads[index].append(read)
    disputed = [index for index in with_figures if figures(reads[index][0].lines) != figures(reads[index][1].lines)
                or (reads[index][0].unknown and reads[index][1].unknown)]
    for index, read in zip(disputed, look_again([crops[i] for i in disputed], 2, dpi, pool, runs)):
        reads[index].append(read)
    split = [index for index in disputed if len({tuple(figures(read.lines)) for read in reads[index]}) == 3]
    for index, read in zip(split, look_again([trimmed(crops[i]) for i in split], 3, dpi, pool, runs)):
        reads[index].append(read)
    return [reconcile(reads[index]) if index in reads else EMPTY for index in range(len(boxes))]


def is_print(word: OcrWord, line: list[OcrWord]) -> bool:
    """Whether a word outside the tables is printed text rather than a mark that looks like one. A
    list's bullet opening a line of printed words is print however unsure (Tesseract has no "•" to
    read it as: it reads "¢" at 0.31, "«" at 0.66 on development scans)."""
    has_text = any(char.isalnum() for char in word.text) or word.text in PRINTED_SIGNS
    return word.confidence >= (PRINT_CONFIDENCE if has_text else SIGN_CONFIDENCE) or opens_list(word, line)


def opens_list(word: OcrWord, line: list[OcrWord]) -> bool:
    if word is not line[0] or len(line) < 2 or not any(char.isalpha() for char in line[1].text):
        return False
    return line[1].confidence >= PRINT_CONFIDENCE and fix_ocr_slips(f"{word.text} {line[1].text}").startswith("•")


def without_ghosts(words: list[OcrWord]) -> list[OcrWord]:
    """The words less those Tesseract read a second time from ink another of its text lines holds: a
    word over most of a surer one of another line ('P' over 'Kabupaten'), or one squeezed between two
    words that follow each other on another line, nearer each than half a space, that no known word
    joins ('Kutai' 'a' 'Kartanegara'). Reporting scan 1,001,248 read 'Kabupaten P Kutai a Kartanegara'
    into a Sasaran, silently: the cell's own reading had fewer words, so it was not taken."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in sorted(words, key=lambda w: w.x0):  # each line left to right
        lines.setdefault(word.line, []).append(word)
    extents = {key: (min(w.top for w in line), max(w.bottom for w in line)) for key, line in lines.items()}
    ghosts: set[int] = set()
    for key, line in lines.items():
        for other, (top, bottom) in extents.items():
            if other != key and top < extents[key][1] and extents[key][0] < bottom:
                ghosts.update(id(word) for word in line if _ghost(word, lines[other]))
    return [word for word in words if id(word) not in ghosts]


def _ghost(word: OcrWord, line: list[OcrWord]) -> bool:
    """Whether `word` reads again ink of `line` (another text line, left to right), as `without_ghosts` says."""
    height = word.bottom - word.top
    level = [w for w in line if min(w.bottom, word.bottom) - max(w.top, word.top) > 0.5 * min(height, w.bottom - w.top)]
    if any(min(w.x1, word.x1) - max(w.x0, word.x0) >= 0.5 * (word.x1 - word.x0) and w.confidence > word.confidence
           for w in level):
        return True
    near = SPLIT_GAP * height
    return any(left.x1 <= word.x0 < left.x1 + near and right.x0 - near < word.x1 <= right.x0
               and not any(is_known(joined) for joined in (left.text + word.text, word.text + right.text,
                                                            left.text + word.text + right.text))
               for left, right in zip(level, level[1:]))


def joined_halves(words: list[OcrWord]) -> list[OcrWord]:
    """The words, two read apart across a gap narrower than a space on one line joined where together
    they spell a known word, the second going on in small letters ('Um' 'um' -> 'Umum': reporting scan
    1,000,977's heading, read 'Bidang Pelayanan Um um' over five rows, silently; Tesseract gave the
    halves to two blocks, so its lines do not pair them)."""
    order = sorted(range(len(words)), key=lambda index: words[index].x0)
    starts = [words[index].x0 for index in order]
    out, gone = list(words), set()
    for index, first in enumerate(words):
        reach = first.x1 + SPLIT_GAP * (first.bottom - first.top)
        near = order[bisect_left(starts, first.x1 - 1):bisect_right(starts, reach)]
        match = next((k for k in near if k != index and k not in gone and _halves(first, words[k])), None)
        if match is not None and index not in gone:
            gone.add(match)
            then = words[match]
            out[index] = first._replace(text=first.text + then.text, x1=then.x1, top=min(first.top, then.top),
                                        bottom=max(first.bottom, then.bottom),
                                        confidence=min(first.confidence, then.confidence))
    return [word for index, word in enumerate(out) if index not in gone]


def _halves(first: OcrWord, then: OcrWord) -> bool:
    """Whether `then` goes on from `first` on its line as the rest of one known word. A letter alone is
    no half: it is most often a glyph read apart and misread ('P' 'elayanan' for 'pelayanan',
    development scan 149, which the cell's own reading gives right)."""
    overlap = min(first.bottom, then.bottom) - max(first.top, then.top)
    return first.text.isalpha() and then.text.isalpha() and then.text[0].islower() and min(len(first.text), len(then.text)) > 1 \
        and overlap > 0.5 * min(first.bottom - first.top, then.bottom - then.top) \
        and len(first.text + then.text) > MIN_LETTERS and is_known(first.text + then.text)


def read_around(image: np.ndarray, tables: list[Box], dpi: int) -> list[Word]:
    """The printed words of the page outside the table boxes (points), their small marks and bullets
    read from the ink as in cells, slips fixed line by line, with the lone values the page's layout
    analysis left unread."""
    px = dpi / 72
    image = image.copy()
    for x0, top, x1, bottom in tables:
        image[int(top * px):int(bottom * px) + 1, int(x0 * px):int(x1 * px) + 1] = 255
    if image.min() >= PAPER:
        return []
    read = read_images([image], PAGE_PSM, dpi)[0]
    marked = joined_halves([part for word in without_ghosts(read) for part in read_marks(word, image)])
    lines = [[word for word in line if is_print(word, line)]
             for line in (read_bullet(close_percent(line, image), image) for line in words_to_text_lines(marked))]
    words = [word for line in lines for word in line]
    texts = [text for line in lines if line for text in fix_ocr_slips(" ".join(word.text for word in line)).split()]
    lone = lone_words(image, words, dpi)
    return _place(words + lone, texts + [word.text for word in lone], 0, 0, 1 / px)


def lone_words(image: np.ndarray, read: list[OcrWord], dpi: int) -> list[OcrWord]:
    """Values standing alone in a column of a table without rules, which Tesseract's page layout drops
    as noise (on development scans every sasaran number of a No column, a Kondisi Awal's "-" or "BB";
    on reporting scan 1,001,891 five rows' Keterangan 'APBN'; its sparse-text mode drops them too):
    each patch of ink of a word's size that no word was read from is read on its own as one word, and
    kept when it reads as a value (`is_lone_value`); a patch of a dash's shape is a dash. A patch touching a word read is no value of its own but a
    glyph its box left out (the hook of the 'J' of 'Jawa', read as a grade 'J' before the word). A
    patch takes a letter's light hairlines (`STROKE`): without them an 'O' or a 'U' fell in two
    patches, 'Orang' read 'C' and 'ang' (reporting scan 1,002,395: a Satuan column lost)."""
    px = dpi / 72
    ink, strokes = (image < PAPER).astype(np.uint8), (image < STROKE).astype(np.uint8)
    for word in read:
        box = slice(max(word.top - 2, 0), word.bottom + 2), slice(max(word.x0 - 2, 0), word.x1 + 2)
        ink[box] = strokes[box] = 0
    joined = cv2.dilate(strokes, np.ones((1, round(LETTER_GAP_PT * px)), np.uint8))
    _, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found = dashes(ink, read, px)
    patches = [(x, y, width, height) for x, y, width, height, _ in stats.tolist()[1:]
               if MIN_NUMBER_PT * px <= height <= MAX_NUMBER_PT * px and width <= LONE_WIDTH_PT * px
               and not touches_word(x, y, x + width, y + height, read)]
    crops = [np.pad(image[y:y + height, x:x + width], MARGIN_PX, constant_values=255) for x, y, width, height in patches]
    for (x, y, _, _), words in zip(patches, read_images(crops, WORD_PSM, dpi)):
        found += [word._replace(x0=word.x0 + x - MARGIN_PX, x1=word.x1 + x - MARGIN_PX, top=word.top + y - MARGIN_PX,
                                bottom=word.bottom + y - MARGIN_PX)
                  for word in words if is_lone_value(word)]
    return found


def touches_word(x0: int, top: int, x1: int, bottom: int, read: list[OcrWord]) -> bool:
    """Whether a patch (pixels, its ink widened by a letter gap) reaches the blanked box of a word read
    on its line: its ink stands closer to the word than a word space."""
    return any(word.top < bottom and top < word.bottom and word.x0 - 2 <= x1 and x0 <= word.x1 + 2 for word in read)


def is_lone_value(word: OcrWord) -> bool:
    """Whether a patch of ink read alone is a value worth keeping: an amount in thousands, a number or a
    known word of LONE_WORD_LETTERS letters or more (no mark reads as one: 'Indeks' of a Satuan column
    came at 79), or a grade, a unit or a '%' read surely (a letter is read from any mark, a number
    less often)."""
    if _LONE_AMOUNT.match(word.text):
        return True
    if _LONE_NUMBER.match(word.text) or len(word.text) >= LONE_WORD_LETTERS and word.text.isalpha() \
            and is_known(word.text):
        return word.confidence >= PRINT_CONFIDENCE
    return word.confidence >= DUST_CONFIDENCE and bool(_LONE_VALUE.match(word.text) or word.text in PRINTED_SIGNS)


def dashes(ink: np.ndarray, read: list[OcrWord], px: float) -> list[OcrWord]:
    """The strokes of a dash's shape in `ink` (pixels no word was read from) standing on a line of
    words where a dash stands (`stands_as_dash`): a speck of dust is rounder, and rarely level with print."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return [OcrWord("-", x, y, x + width, y + height, PRINT_CONFIDENCE, (-1, -1, -1))
            for x, y, width, height, area in stats.tolist()[1:]
            if is_dash(width / px, height / px, area / (width * height))
            and stands_as_dash(x, x + width, y + height / 2, read, px)]


def stands_as_dash(x0: float, x1: float, y: float, read: list[OcrWord], px: float) -> bool:
    """Whether a stroke from `x0` to `x1` at height `y` (pixels) stands where a dash prints on a line of
    words: below the top of their line (a figure's bar broken off by the scan, the foot of a '2', is
    taken too: its cell, read again alone, gives the figure back); by their top only away from them
    (a '5' losing its stem), not between two of them (a speck in a sentence: 'di - 7 kecamatan')."""
    line = [word for word in read if word.top <= y <= word.bottom]
    if any(y >= word.top + DASH_BAND * (word.bottom - word.top) for word in line):
        return True
    near = ALONE_PT * px
    return bool(line) and not any(word.x0 - near < x1 and x0 < word.x1 + near for word in line)


def ink_marks(crop: np.ndarray, dpi: int) -> list[list[int]]:
    """The marks of a cell's ink as OpenCV's component stats (x, y, width, height, area), but dust:
    specks smaller than the least dash is wide."""
    _, _, stats, _ = cv2.connectedComponentsWithStats((crop < PAPER).astype(np.uint8), connectivity=8)
    return [mark for mark in stats.tolist()[1:] if max(mark[2], mark[3]) >= DASH_PT[0] * dpi / 72]


def lone_dash(marks: list[list[int]], dpi: int) -> list[OcrWord]:
    """A cell's only mark (`ink_marks`), of a dash's shape, as the word '-' (a Kondisi Awal's or a
    Keterangan's '-', which Tesseract reads as nothing even alone on a line); [] for any other ink."""
    px = dpi / 72
    if len(marks) != 1:
        return []
    x, y, width, height, area = marks[0]
    if not is_dash(width / px, height / px, area / (width * height)):
        return []
    return [OcrWord("-", x, y, x + width, y + height, PRINT_CONFIDENCE, (-1, -1, -1))]


def is_dash(width: float, height: float, filled: float) -> bool:
    """Whether a patch of ink `width` by `height` points, `filled` of its box inked, is a printed dash."""
    return DASH_PT[0] <= width <= DASH_PT[1] and height <= min(DASH_THICK_PT, width / DASH_RATIO) and filled >= DASH_FILLED
