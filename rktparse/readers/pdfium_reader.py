"""The fast default PDF engine: pypdfium2 for characters and ruling lines.

Rules come from path objects: a thin path's bounds are one rule, a stroked
rectangle is four, other paths are walked point by point. Nothing is rendered.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from rktparse.readers.borderless import Carry
from rktparse.readers.lattice import (
    THIN,
    Segment,
    box_to_segments,
    find_tables,
    polyline_to_segments,
)
from rktparse.readers.pdf_base import PageTables, PdfPagesReader, displayed_size
from rktparse.readers.pdf_common import (
    WHITE,
    Transform,
    load_page,
    page_chars,
    page_transform,
    transform_box,
    unchecked,
)
from rktparse.readers.pdf_words import Box

RECT_SEGMENTS = 5  # move + 3 lines + close: a path that may be a plain rectangle

# The calls made once a page object, without ctypes' argument conversion (see `unchecked`): pages
# drawing each cell border as a path of its own hold hundreds of objects. Objects come back as
# FPDF_PAGEOBJECT pointers and go in as such; out-parameters go in as byrefs.
_COUNT_OBJECTS = unchecked(pdfium_c.FPDFPage_CountObjects)  # (page) -> int
_GET_OBJECT = unchecked(pdfium_c.FPDFPage_GetObject)  # (page, index) -> object
_COUNT_FORM_OBJECTS = unchecked(pdfium_c.FPDFFormObj_CountObjects)  # (form) -> int
_GET_FORM_OBJECT = unchecked(pdfium_c.FPDFFormObj_GetObject)  # (form, index) -> object
_OBJECT_TYPE = unchecked(pdfium_c.FPDFPageObj_GetType)  # (object) -> int
_DRAW_MODE = unchecked(pdfium_c.FPDFPath_GetDrawMode)  # (path, int*, FPDF_BOOL*) -> bool
_FILL_COLOR = unchecked(pdfium_c.FPDFPageObj_GetFillColor)  # (object, 4 x unsigned int*) -> bool
_STROKE_COLOR = unchecked(pdfium_c.FPDFPageObj_GetStrokeColor)  # (object, 4 x unsigned int*) -> bool
_BOUNDS = unchecked(pdfium_c.FPDFPageObj_GetBounds)  # (object, 4 x float*) -> bool
_COUNT_SEGMENTS = unchecked(pdfium_c.FPDFPath_CountSegments)  # (path) -> int


class PathOut:
    """The out-parameters of the path calls, made once a page: a new ctypes value per call cost as
    much as the call."""

    def __init__(self) -> None:
        self.fill_mode, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.modes = ctypes.byref(self.fill_mode), ctypes.byref(self.stroke)
        self.colour = [ctypes.c_uint() for _ in range(4)]  # red, green, blue, alpha
        self.colour_refs = [ctypes.byref(value) for value in self.colour]
        self.bounds = [ctypes.c_float() for _ in range(4)]  # left, bottom, right, top
        self.bounds_refs = [ctypes.byref(value) for value in self.bounds]


def multiply(inner: Transform, outer: Transform) -> Transform:
    """The transform applying `inner` first, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def object_matrix(obj: pdfium_c.FPDF_PAGEOBJECT) -> Transform:
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def page_paths(page: pdfium.PdfPage) -> Iterator[tuple[pdfium_c.FPDF_PAGEOBJECT, Transform]]:
    """Every path object with the transform from its bounds' space to the top-left page.

    Paths inside form XObjects report bounds in form space, so the form's
    matrix is applied on the way down.
    """
    stack: list[tuple[pdfium_c.FPDF_PAGEOBJECT | None, Transform]] = [(None, page_transform(page))]
    while stack:
        form, to_page = stack.pop()
        if form is None:
            objects = map(partial(_GET_OBJECT, page.raw), range(_COUNT_OBJECTS(page.raw)))
        else:
            objects = map(partial(_GET_FORM_OBJECT, form), range(_COUNT_FORM_OBJECTS(form)))
        for obj in objects:
            kind = _OBJECT_TYPE(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj, to_page
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((obj, multiply(object_matrix(obj), to_page)))


def is_visible(obj: pdfium_c.FPDF_PAGEOBJECT, filled: bool, stroked: bool, out: PathOut) -> bool:
    """Whether the path leaves a mark: painted, and not only in white."""
    red, green, blue, _ = out.colour
    for painted, get_color in ((filled, _FILL_COLOR), (stroked, _STROKE_COLOR)):
        if painted and get_color(obj, *out.colour_refs):
            if min(red.value, green.value, blue.value) < WHITE:
                return True
        elif painted:
            return True  # a colour pdfium cannot report (a pattern): assume it shows
    return False


def path_subpaths(obj: pdfium_c.FPDF_PAGEOBJECT, to_page: Transform) -> list[list[tuple[float, float]]]:
    """The path's subpaths as top-left page points (Bézier curves kept as their end points)."""
    a, b, c, d, e, f = multiply(object_matrix(obj), to_page)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def path_to_segments(obj: pdfium_c.FPDF_PAGEOBJECT, to_page: Transform, out: PathOut) -> list[Segment]:
    """The rules one path object draws."""
    _DRAW_MODE(obj, *out.modes)
    filled, stroked = out.fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE, bool(out.stroke.value)
    if not is_visible(obj, filled, stroked, out):
        return []
    _BOUNDS(obj, *out.bounds_refs)
    left, bottom, right, top = out.bounds
    box = transform_box(to_page, left.value, bottom.value, right.value, top.value)
    if min(box[2] - box[0], box[3] - box[1]) <= THIN:
        return box_to_segments(box, stroked)  # the common case: no need to walk points
    if not stroked and _COUNT_SEGMENTS(obj) <= RECT_SEGMENTS:
        return []  # a filled box: cell shading
    segments = []
    for points in path_subpaths(obj, to_page):
        if stroked:
            segments += polyline_to_segments(points)
        else:
            segments += box_to_segments(points_to_box(points), stroked=False)
    return segments


def points_to_box(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def page_segments(page: pdfium.PdfPage) -> list[Segment]:
    out = PathOut()
    return [segment for obj, to_page in page_paths(page) for segment in path_to_segments(obj, to_page, out)]


class PdfiumReader(PdfPagesReader):
    """Ruled tables from pdfium's characters and path objects; no rendering, no pdfminer."""

    kind = "pdfium"
    description = "fast: pypdfium2 characters and vector rules (default)"

    def read_pages(self, path: Path, pdf: pdfium.PdfDocument) -> Iterator[PageTables]:
        carry = Carry()  # a borderless table going on over a page break
        for index in range(len(pdf)):
            with load_page(path, pdf, index) as page:
                chars = page_chars(page)
                tables, outside = find_tables(index + 1, chars, page_segments(page), carry)
                size = displayed_size(pdf, index, page.get_rotation())
            yield PageTables(index + 1, tables, outside, len(chars), size)
