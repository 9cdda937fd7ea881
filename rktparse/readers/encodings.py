"""Byte order marks: shared by format detection (which must not call UTF-16 text binary) and the text reader."""

from __future__ import annotations

import codecs

# UTF-32's little-endian mark begins with UTF-16's: test it first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def unicode_bom(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a byte order mark at the start of `data` names."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)
