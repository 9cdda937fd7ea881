"""What a file that no reader takes is, named for the message that refuses it."""

from __future__ import annotations

import zipfile
from pathlib import Path

# A zip's first entries under these folders say which Office Open XML or OpenDocument file it is.
_ZIP_KINDS = {"xl/": "an Excel workbook", "ppt/": "a PowerPoint presentation", "mimetype": "an OpenDocument file"}


def zip_kind(path: Path) -> str | None:
    """The kind of an Office zip that is not a Word file; None for a Word file, a damaged zip or
    another zip (which the Word reader names as corrupt)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return None
    if any(name.startswith("word/") for name in names):
        return None
    for prefix, kind in _ZIP_KINDS.items():
        if any(name.startswith(prefix) for name in names):
            return _with_suffix(kind, path)
    return None  # any other zip: the Word reader says what it lacks


def binary_kind(path: Path, head: bytes) -> str:
    """A binary file's kind: an image kind Pillow knows, else of unknown kind."""
    from rktparse.readers import IMAGE_SIGNATURES

    if head.startswith(IMAGE_SIGNATURES):  # its signature, yet no image Pillow can open
        return _with_suffix("a damaged image file", path)
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return _with_suffix(f"a {image.format} image (rktparse reads JPG, PNG and TIFF)", path)
    except (UnidentifiedImageError, OSError):
        return _with_suffix("a binary file of unknown kind", path)


def _with_suffix(kind: str, path: Path) -> str:
    return f"{kind} ({path.suffix})" if path.suffix else kind
