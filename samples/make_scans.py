"""Make image-only "scans" of some sample PDFs, for the OCR reader.

Dev-time script, deterministic (seeded noise, fixed PDF dates):

    .venv/bin/python samples/make_scans.py            # all scans
    .venv/bin/python samples/make_scans.py STEM ...   # some of them

Each page of `<stem>.pdf` is rasterised at 200 dpi in grey, turned by a slight
skew (and by 180 degrees for the scan fed in upside down), blurred a little,
thresholded to black and white like a scanner's document mode, sprinkled with
speckles, and written as a 1-bit CCITT G4 image (small files) into
`scan-<stem>.pdf`, a PDF without any text. The scans are compared against `<stem>.expected.json`.
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
DPI = 200
INK = 165  # grey levels below this scan as black
SPECKLES = 3e-4  # share of pixels hit by a dark or a light speckle
FIXED_DATE = time.struct_time((2024, 1, 2, 0, 0, 0, 1, 2, 0))  # the same bytes on every run


class Scan(NamedTuple):
    stem: str
    skew: float  # degrees, counter-clockwise
    upside_down: bool = False


SCANS = (
    Scan("word-kpu-alor-rkt-2024", 0.8),
    Scan("word-dishub-jateng-rkt-2024", -1.2),
    Scan("rl-inspektorat-garut-rkt-2024", 0.5),
    Scan("word-dinkes-jabar-pk-2024", -1.0, upside_down=True),
)


def rasterise(path: Path) -> list[np.ndarray]:
    """Every page of the PDF as a grey image at DPI."""
    pdf = pdfium.PdfDocument(path)
    try:
        return [page.render(scale=DPI / 72, grayscale=True).to_numpy().copy() for page in pdf]
    finally:
        pdf.close()


def rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    """The image turned about its centre, same size, paper-white where nothing was."""
    height, width = image.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)


def degrade(image: np.ndarray, scan: Scan, rng: np.random.Generator) -> np.ndarray:
    """What a flatbed in black-and-white mode does to a page: skew, soft focus, dust and dropouts."""
    image = rotate(image, scan.skew)
    if scan.upside_down:
        image = cv2.rotate(image, cv2.ROTATE_180)
    ink = cv2.GaussianBlur(image, (3, 3), 0.8) < INK
    hits = rng.random(image.shape) < SPECKLES
    ink ^= hits  # a speckle darkens paper and punches a hole in ink
    return np.where(ink, 0, 255).astype(np.uint8)


def make_scan(scan: Scan) -> Path:
    rng = np.random.default_rng(sum(scan.stem.encode()))
    pages = [Image.fromarray(degrade(page, scan, rng)).convert("1") for page in rasterise(HERE / f"{scan.stem}.pdf")]
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=DPI,
                  title=f"scan-{scan.stem}", creationDate=FIXED_DATE, modDate=FIXED_DATE)
    target = HERE / f"scan-{scan.stem}.pdf"
    target.write_bytes(buffer.getvalue())
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
