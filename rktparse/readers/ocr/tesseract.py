"""Tesseract through pytesseract: words with boxes and confidences, and page orientation."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

import cv2
import numpy as np
import pytesseract

from rktparse.errors import OcrError

# Indonesian first; English beside it reads "%" where the Indonesian model sees "Yo" or
# "96", and the loanwords of agency names (measured on the scanned samples: 64 % of rows
# exact with ind alone, 88 % with ind+eng).
LANGUAGES = ("ind", "eng")
OSD_MIN_CONFIDENCE = 2.0  # below this Tesseract's orientation guess is a coin toss
T = TypeVar("T")

# Tesseract's OpenMP threads cost more than they save on cell-sized images
# (a page took 7.5 s with them, 2 s without); rktparse runs cells in parallel itself.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


class OcrWord(NamedTuple):
    """One recognised word, in pixels of the image Tesseract was given."""

    text: str
    x0: int
    top: int
    x1: int
    bottom: int
    confidence: float  # 0-100
    line: tuple[int, int, int]  # (block, paragraph, line): the words of one text line share it


class Orientation(NamedTuple):
    rotate: int  # degrees clockwise that turn the page upright: 0, 90, 180 or 270
    confidence: float


def _run(call: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Calls pytesseract, turning a missing or failing Tesseract into an OcrError."""
    packages = " ".join(["tesseract-ocr"] + [f"tesseract-ocr-{language}" for language in LANGUAGES])
    try:
        return call(*args, **kwargs)
    except pytesseract.TesseractNotFoundError:
        raise OcrError(f"OCR unavailable: Tesseract is not installed or not on PATH "
                       f"({pytesseract.pytesseract.tesseract_cmd!r}); install {packages}") from None
    except pytesseract.TesseractError as error:
        if "language" in str(error.message).lower():
            raise OcrError(f"OCR unavailable: Tesseract lacks the language data {'+'.join(LANGUAGES)}; "
                           f"install {packages}") from None
        raise OcrError(f"OCR failed: Tesseract exited with {error.status}: {error.message}") from None


def read_images(images: Sequence[np.ndarray], psm: int, dpi: int, languages: Sequence[str] | None = None
                ) -> list[list[OcrWord]]:
    """The words Tesseract reads in each grey image under page segmentation mode `psm`, with the
    models of `languages` (default LANGUAGES).

    All images go to one Tesseract run as a list file, each read as a page of
    its own: starting Tesseract and loading its models costs more than reading
    a table cell (a page of cells took 2.8 s one run per cell, 0.8 s in two lists).
    """
    if not images:
        return []
    with tempfile.TemporaryDirectory(prefix="rktparse-ocr-") as folder:
        names = [os.path.join(folder, f"{index:05d}.png") for index in range(len(images))]
        for name, image in zip(names, images):
            cv2.imwrite(name, image)
        listing = Path(folder, "images.txt")
        listing.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
        data = _run(pytesseract.image_to_data, str(listing), lang="+".join(languages or LANGUAGES),
                    config=f"--psm {psm} --dpi {dpi}", output_type=pytesseract.Output.DICT)
    words: list[list[OcrWord]] = [[] for _ in images]
    for index, text in enumerate(data["text"]):
        confidence = float(data["conf"][index])
        if confidence < 0 or not text.strip():
            continue  # a layout entry (page, block, line), not a word
        x0, top = data["left"][index], data["top"][index]
        line = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        words[data["page_num"][index] - 1].append(
            OcrWord(text.strip(), x0, top, x0 + data["width"][index], top + data["height"][index], confidence, line))
    return words


def words_to_text_lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped into Tesseract's text lines, in its reading order."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return list(lines.values())


def orientation(image: np.ndarray, dpi: int) -> Orientation | None:
    """How far the page is turned, by Tesseract's OSD; None when it finds too little text to tell."""
    try:
        found = _run(pytesseract.image_to_osd, image, config=f"--psm 0 --dpi {dpi}",
                     output_type=pytesseract.Output.DICT)
    except OcrError as error:
        if "too few characters" in str(error).lower():
            return None
        raise
    return Orientation(int(found["rotate"]) % 360, float(found["orientation_conf"]))
