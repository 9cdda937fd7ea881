"""A scanner's own OCR text under the page image: found, and weighed against rktparse's OCR cell by cell.

Scanners and archive software put the text they recognised under the page
image, invisible (text render mode 3) or simply covered by the image. Read as
if born-digital, that text brings the scanner's slips with it
("kabupatenlkota", "JumJah") and loses the table's rules. Such a PDF is a
scan: its pages are OCR'd, and each cell's layer text is a further reading:
its figures vote with rktparse's readings, and its words are kept only where
they are clearly better (fewer words no dictionary knows, the same figures).
Finding such PDFs is `hidden.py`'s job.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from rktparse.readers.ocr.figures import Rival, figures
from rktparse.readers.ocr.text import CellText
from rktparse.readers.ocr.words import is_known
from rktparse.readers.pdf_common import page_chars
from rktparse.readers.pdf_words import Word, chars_to_words, words_to_lines


def layer_words(page: pdfium.PdfPage) -> list[Word]:
    """The words of the page's hidden text, in points from the top left of the page as shown."""
    return chars_to_words(page_chars(page))


def unknown_count(lines: list[str]) -> int:
    return sum(not is_known(word) for line in lines for word in line.split())


def layer_is_better(ocr: list[str], layer: list[str]) -> bool:
    """Whether a cell's layer text is clearly better than its OCR reading: the same figures, and
    fewer words that no dictionary knows."""
    return (bool(layer) and figures(layer) == figures(ocr)
            and unknown_count(layer) < unknown_count(ocr))


def weigh_layer(read: CellText, layer: list[Word]) -> tuple[CellText, str]:
    """A cell's reading once its layer words are weighed, and which text it holds: "same" (they
    agree), "layer" (the layer's, clearly better) or "ocr" (they differ; OCR's kept). Layer figures
    that differ from OCR's become the rival, unless OCR's own readings already disagreed."""
    lines = [line.text for line in words_to_lines(layer)]
    if " ".join(lines).split() == " ".join(read.lines).split():
        return read, "same"
    if figures(lines) != figures(read.lines):
        return (read if read.rival is not None else read._replace(rival=Rival(lines, None))), "ocr"
    if layer_is_better(read.lines, lines):
        return CellText(lines, lines, layer, read.confidence, read.figure_confidence), "layer"
    return read, "ocr"
