"""Readers, one module per source kind, picked from a registry by name."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from typing import Literal, get_args

from rktparse.errors import EmptyFileError, OptionError, UnsupportedFormatError
from rktparse.readers.base import Reader

# kind -> "module:Class"; imported lazily so a heavy engine costs nothing unless used.
READERS: dict[str, str] = {
    "pdfium": "rktparse.readers.pdfium_reader:PdfiumReader",
    "pdfplumber": "rktparse.readers.pdfplumber_reader:PdfplumberReader",
    "camelot": "rktparse.readers.camelot_reader:CamelotReader",
    "text": "rktparse.readers.text:TextReader",
    "ocr": "rktparse.readers.ocr_reader:OcrReader",
}
DEFAULT_PDF_ENGINE = "pdfium"
OCR_ENGINE = "ocr"
OcrMode = Literal["auto", "always", "never"]  # OCR a PDF only without a text layer, every time, or never
OCR_MODES: tuple[str, ...] = get_args(OcrMode)


def get_reader(kind: str) -> Reader:
    """The reader registered as `kind`; an unknown kind lists the known ones."""
    try:
        module_name, class_name = READERS[kind].split(":")
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise OptionError(f"unknown engine {kind!r}; known engines: {known}") from None
    reader_class = getattr(import_module(module_name), class_name)
    return reader_class()


def detect_format(path: Path) -> str:
    """'pdf' or 'text', from the file's first bytes rather than its name."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise EmptyFileError(path)
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if b"\x00" in head:
        raise UnsupportedFormatError(path, "binary file")
    return "text"


def reader_for(path: Path, engine: str | None = None, ocr: OcrMode = "auto") -> Reader:
    """The reader for `path`: the text reader for text; for PDFs the OCR reader when `ocr` is
    "always", else `engine` (or the default)."""
    if ocr not in OCR_MODES:
        raise OptionError(f"unknown OCR mode {ocr!r}; choose from {', '.join(OCR_MODES)}")
    source_format = detect_format(path)
    if source_format == "text":
        return get_reader("text")
    reader = get_reader(OCR_ENGINE if ocr == "always" else engine or DEFAULT_PDF_ENGINE)
    if "pdf" not in reader.formats:
        raise OptionError(f"engine {reader.kind!r} does not read PDFs")
    return reader


__all__ = ["READERS", "DEFAULT_PDF_ENGINE", "OCR_ENGINE", "OCR_MODES", "OcrMode", "Reader", "detect_format",
           "get_reader", "reader_for"]
