"""The page images of a scan: a PDF's pages rendered, or the frames of an image file (JPG, PNG, TIFF).

Either way each page comes out grey (0 = black) at the resolution the OCR
reader works at (`render.DPI`, coarser only for pages past about A2), with
the page's size in points for the table geometry.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageSequence, UnidentifiedImageError

from rktparse.errors import CorruptFileError
from rktparse.images import frame_dpi
from rktparse.readers.ocr.hidden import covers_page, object_area
from rktparse.readers.ocr.layer import layer_words
from rktparse.readers.ocr.render import MIN_DPI as MIN_RENDER_DPI
from rktparse.readers.ocr.render import is_coloured, page_dpi, render_page
from rktparse.readers.pdf_common import load_page, open_pdf
from rktparse.readers.pdf_words import Word

GREY_MODES = ("1", "L", "LA", "I", "I;16", "F")  # Pillow's modes without colour


class PageImage(NamedTuple):
    gray: np.ndarray  # 0 = black
    dpi: int
    layer: list[Word] | None = None  # a scan's hidden text layer, in points, when asked for
    colour: np.ndarray | None = None  # the page in colour (blue, green, red), when anything on it is coloured
    scanned: float | None = None  # the dpi the page was scanned at, when it is an image: coarser than `dpi`, a
    # scanner's pixel is spread over several of the image's


def pdf_pages(path: Path, with_layer: bool = False) -> Iterator[PageImage]:
    """Each page of a PDF as a grey image, with its dpi (and the words of its text layer)."""
    with open_pdf(path) as pdf:
        for index in range(len(pdf)):
            with load_page(path, pdf, index) as page:
                dpi = page_dpi(page.get_width(), page.get_height())
                if dpi < MIN_RENDER_DPI:
                    raise CorruptFileError(path, f"page {index + 1} is {page.get_width():.0f} x "
                                                 f"{page.get_height():.0f} pt, too large to render")
                gray, colour = render_page(page, dpi)
                yield PageImage(gray, dpi, layer_words(page) if with_layer else None, colour, scanned_dpi(page))


def scanned_dpi(page: pdfium.PdfPage) -> int | None:
    """The resolution of the image covering the page (a scan's own): its pixels over the points it
    covers, read without decoding it; None where no image covers the page."""
    area = page.get_width() * page.get_height()
    found: list[int] = []
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE or not covers_page(obj, area):
            continue
        width, height = ctypes.c_uint(), ctypes.c_uint()
        if pdfium_c.FPDFImageObj_GetImagePixelSize(obj, width, height):
            found.append(round(72 * math.sqrt(width.value * height.value / object_area(obj))))  # whole dpi, as
            # scanners scan: 150.0000024 would set the dust size a hair under 1.5 of its pixels
    return max(found) if found else None


def image_pages(path: Path) -> Iterator[PageImage]:
    """Each frame of an image file (a page each: a multi-page TIFF gives several) as a grey image
    resampled to the resolution PDF pages are rendered at, with that dpi."""
    try:
        image = Image.open(path)
    except (UnidentifiedImageError, OSError) as error:
        raise CorruptFileError(path, f"unreadable image: {error}") from error
    with image:
        for frame in ImageSequence.Iterator(image):
            scanned = frame_dpi(frame)
            width_pt, height_pt = (size * 72 / scanned for size in frame.size)
            dpi = page_dpi(width_pt, height_pt)
            gray = np.asarray(frame.convert("L"))
            colour = cv2.cvtColor(np.asarray(frame.convert("RGB")), cv2.COLOR_RGB2BGR) if frame.mode not in GREY_MODES \
                else None
            scale = dpi / scanned
            if abs(scale - 1) > 0.02:
                interpolation = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
                gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=interpolation)
                colour = None if colour is None else cv2.resize(colour, None, fx=scale, fy=scale,
                                                                 interpolation=interpolation)
            yield PageImage(np.ascontiguousarray(gray), dpi,
                            colour=colour if colour is not None and is_coloured(colour) else None, scanned=scanned)
