"""Make image-only "scans" of some sample PDFs, for the OCR reader.

Dev-time script, deterministic (seeded noise, fixed PDF dates):

    .venv/bin/python samples/make_scans.py            # all scans
    .venv/bin/python samples/make_scans.py STEM ...   # some of them

Each page of `<stem>.pdf` is rasterised at 200 dpi in grey, turned by a slight
skew (and by 180 degrees for the scan fed in upside down), blurred a little,
thresholded to black and white like a scanner's document mode, sprinkled with
speckles, and written as a 1-bit CCITT G4 image (small files) into
`scan-<stem>.pdf`, a PDF without any text. The scans are compared against `<stem>.expected.json`.

`scan_pdf(pdf, Degradation(...), seed)` does the same to any PDF with other
settings (grey and faded, 150-300 dpi, more skew and dust, stamps, colour):
`benchmarks/ocr.py` runs documents through it.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

HERE = Path(__file__).resolve().parent
INK = 165  # grey levels below this scan as black
FIXED_DATE = time.struct_time((2024, 1, 2, 0, 0, 0, 1, 2, 0))  # the same bytes on every run


class Degradation(NamedTuple):
    """What a scanner and the paper do to a page."""

    dpi: int = 200
    skew: float = 0.0  # degrees, counter-clockwise
    upside_down: bool = False
    grey: bool = False  # kept in grey (a JPEG), not thresholded to black and white like a document-mode scan
    contrast: float = 1.0  # grey scans: 1.0 black ink on white paper; 0.4 faded ink on greyish, unevenly lit paper
    speckles: float = 3e-4  # share of pixels hit by a dark or a light speckle (photocopy dust)
    stamps: bool = False  # a round agency stamp over the table and a signature scribble, in mid-grey ink
    colour: bool = False  # grey scans: kept in colour (a colour JPEG), the stamp and signature in blue


class Scan(NamedTuple):
    stem: str
    degradation: Degradation


SCANS = (
    Scan("word-kpu-alor-rkt-2024", Degradation(skew=0.8)),
    Scan("word-dishub-jateng-rkt-2024", Degradation(skew=-1.2)),
    Scan("rl-inspektorat-garut-rkt-2024", Degradation(skew=0.5)),
    Scan("word-dinkes-jabar-pk-2024", Degradation(skew=-1.0, upside_down=True)),
)


def rasterise(path: Path, dpi: int) -> list[np.ndarray]:
    """Every page of the PDF as a grey image at `dpi`."""
    pdf = pdfium.PdfDocument(path)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_numpy().copy() for page in pdf]
    finally:
        pdf.close()


def rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    """The image turned about its centre, same size, paper-white where nothing was."""
    height, width = image.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)


STAMP_GREY = 140  # a blue or violet stamp pad in a grey scan
STAMP_BLUE = (60, 70, 190)  # the same pad in a colour scan (red, green, blue)


def stamp_marks(shape: tuple[int, ...], dpi: int, rng: np.random.Generator) -> np.ndarray:
    """Where a round stamp (two rings and lettering) over the right half of the page and a signature
    scribble below it put ink: the marks archivists find over the cells of real PKs."""
    height, width = shape[:2]
    marks = np.full(shape[:2], 255, np.uint8)
    radius = int(0.75 * dpi)  # a 4 cm stamp
    centre = (int(width * rng.uniform(0.55, 0.8)), int(height * rng.uniform(0.25, 0.7)))
    cv2.circle(marks, centre, radius, 0, max(2, dpi // 60))
    cv2.circle(marks, centre, int(radius * 0.7), 0, max(1, dpi // 100))
    for index, word in enumerate(("DINAS", "PEMERINTAH", "PROVINSI")):
        scale = dpi / 250
        origin = (centre[0] - int(radius * 0.55), centre[1] - int(radius * 0.25) + index * int(radius * 0.3))
        cv2.putText(marks, word, origin, cv2.FONT_HERSHEY_SIMPLEX, scale * 0.8, 0, max(1, dpi // 120))
    points = np.cumsum(rng.normal(0, dpi / 20, (12, 2)), axis=0) + (centre[0] - radius, centre[1] + radius)
    cv2.polylines(marks, [points.astype(np.int32)], False, 0, max(2, dpi // 80))
    return marks < 128


def inked(image: np.ndarray, marks: np.ndarray, level: int) -> np.ndarray:
    return np.minimum(image, np.where(marks, level, 255)).astype(np.uint8)


def degrade(image: np.ndarray, how: Degradation, rng: np.random.Generator) -> np.ndarray:
    """What a flatbed does to a page: skew, soft focus, dust and dropouts; in black and white
    (document mode) or in grey, faded and unevenly lit; in colour, each channel alike."""
    marks = stamp_marks(image.shape, how.dpi, rng) if how.stamps else np.zeros(image.shape, bool)
    if how.colour:
        seed = int(rng.integers(2**32))  # the same noise in every channel: grey dust, not coloured
        return np.stack([scan_image(inked(image, marks, level), how, np.random.default_rng(seed))
                         for level in STAMP_BLUE], axis=-1)
    return scan_image(inked(image, marks, STAMP_GREY), how, rng)


def scan_image(image: np.ndarray, how: Degradation, rng: np.random.Generator) -> np.ndarray:
    """One grey page (or colour channel) as the scanner gives it back."""
    image = rotate(image, how.skew)
    if how.upside_down:
        image = cv2.rotate(image, cv2.ROTATE_180)
    soft = cv2.GaussianBlur(image, (3, 3), 0.8)
    hits = rng.random(image.shape) < how.speckles
    if not how.grey:
        ink = (soft < INK) ^ hits  # a speckle darkens paper and punches a hole in ink
        return np.where(ink, 0, 255).astype(np.uint8)
    height, width = image.shape
    light = np.linspace(1.0, 0.82, width)[None, :] * np.linspace(1.0, 0.9, height)[:, None]  # a lamp off-centre
    paper = 250 * light
    ink_level = paper * (1 - how.contrast)
    page = ink_level + (paper - ink_level) * (soft / 255.0)
    page = page + rng.normal(0, 4, image.shape)
    page[hits] = ink_level[hits]
    return np.clip(page, 0, 255).astype(np.uint8)


def scan_pdf(source: Path, how: Degradation, seed: int) -> bytes:
    """An image-only PDF of `source`'s pages degraded as `how` says (deterministic for a seed):
    1-bit CCITT G4 images, or JPEGs for grey scans."""
    rng = np.random.default_rng(seed)
    pages = [Image.fromarray(degrade(page, how, rng)) for page in rasterise(source, how.dpi)]
    if not how.grey:
        pages = [page.convert("1") for page in pages]
    buffer = io.BytesIO()
    extra = {"quality": 70} if how.grey else {}
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=how.dpi,
                  title=f"scan-{source.stem}", creationDate=FIXED_DATE, modDate=FIXED_DATE, **extra)
    return buffer.getvalue()


def make_scan(scan: Scan) -> Path:
    target = HERE / f"scan-{scan.stem}.pdf"
    target.write_bytes(scan_pdf(HERE / f"{scan.stem}.pdf", scan.degradation, sum(scan.stem.encode())))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", nargs="*", help="sample stems (default: all scans)")
    wanted = set(parser.parse_args().stems)
    for scan in SCANS:
        if not wanted or scan.stem in wanted:
            target = make_scan(scan)
            print(f"{target.name}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
