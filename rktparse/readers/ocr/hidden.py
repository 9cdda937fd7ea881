"""Is a PDF a scan with a hidden text layer? (Light: the readers' registry asks it of every PDF.)"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from rktparse.readers.pdf_common import open_pdf

FULL_PAGE = 0.8  # an image covering this share of the page is the page itself: a scan


def object_area(obj: pdfium_c.FPDF_PAGEOBJECT) -> float:
    """The area (square points) a page object's bounds enclose; 0 where pdfium gives none."""
    left, bottom, right, top = (pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT(), pdfium_c.FS_FLOAT())
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return 0.0
    return max(0.0, (right.value - left.value) * (top.value - bottom.value))


def covers_page(obj: pdfium_c.FPDF_PAGEOBJECT, page_area: float) -> bool:
    return object_area(obj) >= FULL_PAGE * page_area


def page_kind(page: pdfium.PdfPage) -> str:
    """"hidden" when all the page's text is invisible or lies under an image covering the page,
    "scan" for a page image without text, "text" when some text shows, "empty" otherwise."""
    area = page.get_width() * page.get_height()
    showing = hidden = scanned = False
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE and covers_page(obj, area):
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
