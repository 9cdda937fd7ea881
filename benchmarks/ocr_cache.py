"""Tesseract's answers kept on disk, for benchmark runs only: re-reading the same scans after a change to
the assembly or to the grouping of OCR'd words takes seconds instead of minutes.

Not part of rktparse. `install()` wraps pytesseract's `image_to_data` and
`image_to_osd` so that each call is looked up by the bytes of the images it
is given (a list file's images, or one image) and its arguments, in
~/.cache/rktparse/tesseract/. A change to what the reader sends Tesseract
(preprocessing, crops, page segmentation) changes the key, so it is read
afresh; a change to Tesseract itself is not seen: clear the folder then.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytesseract

FOLDER = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "rktparse" / "tesseract"


def _image_bytes(image: Any) -> bytes:
    if isinstance(image, np.ndarray):
        return image.tobytes() + repr(image.shape).encode()
    path = Path(str(image))
    if path.suffix == ".txt":  # a list file: the images it names, in order
        return b"".join(Path(name).read_bytes() for name in path.read_text(encoding="utf-8").split())
    return path.read_bytes()


def _cached(call: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(call)
    def wrapper(image: Any, *args: Any, **kwargs: Any) -> Any:
        digest = hashlib.sha256(_image_bytes(image))
        digest.update(repr((call.__name__, args, sorted(kwargs.items(), key=lambda item: item[0]))).encode())
        key = digest.hexdigest()
        path = FOLDER / key[:2] / f"{key}.pickle"
        if path.exists():
            return pickle.loads(path.read_bytes())
        found = call(image, *args, **kwargs)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(pickle.dumps(found))
        part.replace(path)
        return found

    wrapper.cached = True  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    """Tesseract's calls answered from the cache from now on, in this process."""
    for name in ("image_to_data", "image_to_osd"):
        if not getattr(getattr(pytesseract, name), "cached", False):
            setattr(pytesseract, name, _cached(getattr(pytesseract, name)))
