"""The page images the HTML review report draws its regions over: a PDF's pages rendered with
pypdfium2, an image file's frames, each as a JPEG with the page's size in points.

Sized for reading on a screen, not for print: about 1,100 pixels across, grey, so that a
50-page document stays a file of a few megabytes.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageSequence

TARGET_WIDTH_PX = 1100
MAX_SCALE = 2.0  # pixels per point: small pages are not blown up past 144 dpi
JPEG_QUALITY = 70


@dataclass(frozen=True)
class PageImage:
    number: int
    width_pt: float
    height_pt: float
    jpeg: bytes

    @property
    def data_uri(self) -> str:
        return "data:image/jpeg;base64," + base64.b64encode(self.jpeg).decode("ascii")

    @property
    def pixels(self) -> tuple[int, int]:
        with Image.open(io.BytesIO(self.jpeg)) as image:
            return image.size


def page_images(path: Path, source_format: str, turns: dict[int, int] | None = None) -> Iterator[PageImage]:
    """Each page of the converted input `path` (a PDF, or an image file), numbered from 1; a page in
    `turns` (page -> degrees clockwise: a scan the OCR reader read turned upright) turned as it was
    read, so that the regions, measured on the upright page, fall where they belong."""
    pages = _image_frames(path) if source_format == "image" else _pdf_pages(path)
    for number, width, height, image in pages:
        clockwise = (turns or {}).get(number, 0) % 360
        if clockwise:
            image = image.rotate(-clockwise, expand=True)  # PIL turns counter-clockwise
            width, height = (height, width) if clockwise in (90, 270) else (width, height)
        yield PageImage(number, width, height, _jpeg(image))


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("L").save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _pdf_pages(path: Path) -> Iterator[tuple[int, float, float, Image.Image]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            scale = min(MAX_SCALE, TARGET_WIDTH_PX / width)
            yield index + 1, width, height, page.render(scale=scale, grayscale=True).to_pil()
            page.close()
    finally:
        pdf.close()


def _image_frames(path: Path) -> Iterator[tuple[int, float, float, Image.Image]]:
    from rktparse.images import frame_dpi  # the page size in points the OCR reader gave it

    with Image.open(path) as image:
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            dpi = frame_dpi(frame)
            width, height = (size * 72 / dpi for size in frame.size)
            scale = min(1.0, TARGET_WIDTH_PX / frame.size[0])
            shown = frame.convert("L").resize((round(frame.size[0] * scale), round(frame.size[1] * scale)))
            yield index + 1, width, height, shown
