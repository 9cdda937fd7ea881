"""PDF engine on pdfplumber (pdfminer): its characters and drawn lines, rectangles, curves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from rktparse.errors import CorruptFileError
from rktparse.readers.borderless import Carry
from rktparse.readers.lattice import (
    Segment,
    box_to_segments,
    find_tables,
    polyline_to_segments,
)
from rktparse.readers.pdf_base import PageTables, PdfPagesReader
from rktparse.readers.pdf_words import Char

WHITE = 0.98  # gray or RGB components at least this: paint that does not show


def shows(color: Any) -> bool:
    """Whether a pdfplumber colour leaves a mark (anything not plain white does)."""
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not all(isinstance(v, (int, float)) for v in color):
        return True  # patterns and unknown spaces: assume visible
    if len(color) == 4:  # CMYK: white is no ink at all
        return any(v > 1 - WHITE for v in color)
    return any(v < WHITE for v in color)


def is_visible(obj: dict[str, Any]) -> bool:
    return bool(
        (obj.get("fill") and shows(obj.get("non_stroking_color")))
        or (obj.get("stroke") and shows(obj.get("stroking_color")))
    )


def object_to_segments(obj: dict[str, Any]) -> list[Segment]:
    """The rules one drawn object makes (same rules as the pdfium engine's paths)."""
    if not is_visible(obj):
        return []
    box = (obj["x0"], obj["top"], obj["x1"], obj["bottom"])
    if obj["object_type"] == "rect":
        return box_to_segments(box, stroked=bool(obj.get("stroke")))
    if not obj.get("stroke"):  # a filled line or curve: only a thin one reads as a rule
        return box_to_segments(box, stroked=False)
    return polyline_to_segments(obj["pts"]) or box_to_segments(box, stroked=False)


def page_segments(page: pdfplumber.page.Page) -> list[Segment]:
    objects = page.objects
    drawn = objects.get("line", []) + objects.get("rect", []) + objects.get("curve", [])
    return [segment for obj in drawn for segment in object_to_segments(obj)]


# Codes WinAnsiEncoding leaves undefined print a bullet (PDF 1.7, D.2, note 6);
# pdfminer reports them as "(cid:N)" instead.
WINANSI_BULLETS = {f"(cid:{code})": "\u2022" for code in (127, 129, 141, 143, 144, 157)}


def page_chars(page: pdfplumber.page.Page) -> list[Char]:
    """The page's characters, less those painted white where nothing coloured lies under them
    (they print nothing: see pdf_common.drop_unseen)."""
    objects = page.objects
    backgrounds = [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in objects.get("image", [])] + [
        (o["x0"], o["top"], o["x1"], o["bottom"]) for kind in ("rect", "curve") for o in objects.get(kind, [])
        if o.get("fill") and shows(o.get("non_stroking_color"))]
    return [Char(WINANSI_BULLETS.get(c["text"], c["text"] or ""), c["x0"], c["x1"], c["top"], c["bottom"],
                 c.get("size") or 0.0)
            for c in page.chars if shows(c.get("non_stroking_color")) or c["text"].isspace() or any(
                b[0] <= (c["x0"] + c["x1"]) / 2 <= b[2] and b[1] <= (c["top"] + c["bottom"]) / 2 <= b[3]
                for b in backgrounds)]


class PdfplumberReader(PdfPagesReader):
    """Ruled tables from pdfplumber's characters and drawn objects; slower than pdfium."""

    kind = "pdfplumber"
    description = "pdfplumber (pdfminer) characters and vector rules"

    def read_pages(self, path: Path, pdf: pdfium.PdfDocument) -> Iterator[PageTables]:
        try:
            document = pdfplumber.open(path)
        except Exception as error:  # pdfminer raises many unrelated types on a bad file
            raise CorruptFileError(path, f"pdfplumber: {error}") from error
        carry = Carry()  # a borderless table going on over a page break
        # pdfplumber parses pages (their boxes, then their content) lazily: damage shows while
        # reading them, or closing the document, as pdfplumber's own exception types.
        try:
            with document:
                for number, page in enumerate(document.pages, start=1):
                    chars = page_chars(page)
                    tables, outside = find_tables(number, chars, page_segments(page), carry)
                    page.close()
                    yield PageTables(number, tables, outside, len(chars))
        except (PdfminerException, MalformedPDFException) as error:
            raise CorruptFileError(path, f"pdfplumber: {error}") from error
