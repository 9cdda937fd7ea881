"""A scanner's own OCR text under the page image: found, and weighed against rktparse's OCR cell by cell.

Scanners and archive software put the text they recognised under the page
image, invisible (text render mode 3) or simply covered by the image. Read as
if born-digital, that text brings the scanner's slips with it
("kabupatenlkota", "JumJah") and loses the table's rules. Such a PDF is a
scan: its pages are OCR'd, and each cell's layer text is a further reading:
its figures vote with rktparse's readings, and its words are kept only where
they are clearly better (fewer words no dictionary knows, the same figures).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from rktparse.readers.ocr.figures import Rival, figures
from rktparse.readers.ocr.text import CellText
from rktparse.readers.ocr.words import is_known
from rktparse.readers.pdf_common import open_pdf, page_chars
from rktparse.readers.pdf_words import Word, chars_to_words, words_to_lines

FULL_PAGE = 0.8  # an image covering this share of the page is the page itself: a scan


def _covers_page(obj: pdfium_c.FPDF_PAGEOBJECT, page_area: float) -> bool:
    left, bottom, right, top = (pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT())
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return False
    return (right.value - left.value) * (top.value - bottom.value) >= FULL_PAGE * page_area


def page_kind(page: pdfium.PdfPage) -> str:
    """"hidden" when all the page's text is invisible or lies under an image covering the page,
    "scan" for a page image without text, "text" when some text shows, "empty" otherwise."""
    area = page.get_width() * page.get_height()
    showing = hidden = scanned = False
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE and _covers_page(obj, area):
            scanned = True
            hidden, showing = hidden or showing, False  # the text drawn so far is under the image
        elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                hidden = True
            else:
                showing = True
    if showing:
        return "text"
    return "hidden" if hidden else "scan" if scanned else "empty"


def has_hidden_layer(path: Path) -> bool:
    """Whether the PDF is a scan with a text layer: no page shows text, and some page hides some.

    Stops at the first page that shows text, so a born-digital PDF costs one page's look.
    """
    with open_pdf(path) as pdf:
        kinds = set()
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                kinds.add(page_kind(page))
            finally:
                page.close()
            if "text" in kinds:
                return False
    return "hidden" in kinds


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
