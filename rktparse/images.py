"""What an image file's frame says of its page: the resolution it was scanned at, so its size in points.

The OCR reader places a scan's words in points by it, and the HTML report draws
the same frames at the same size; both ask here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

A4_LONG_SIDE_IN = 11.69  # an image that gives no resolution is taken for an A4 page
MIN_DPI = 50  # a resolution below this in an image's header is a placeholder (72 or 1), not a scan's


def frame_dpi(frame: Image.Image) -> float:
    """The resolution a frame was scanned at: from its header, else as if it were an A4 page."""
    found = frame.info.get("dpi")
    if found and min(float(found[0]), float(found[1])) >= MIN_DPI:
        return float(found[0])
    return max(frame.size) / A4_LONG_SIDE_IN
