"""Words a scan's reading gives once where the document prints a word a letter away from them often.

Tesseract misreads a glyph for another and may land on a real word ("berkala" read "berkata",
"bagi" read "bagai"): the dictionary check (`words.is_known`) passes it, and its confidence may
be high. An RKT repeats its words, though ("secara berkala" closes entry after entry): a word read
once that is one letter from a word the document reads again and again is likely that word
misread. It is kept as read, with a review note: a person checks it against the scan.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rktparse.grid import ReaderNote, TablePage
from rktparse.vocabulary.cues import one_slip

MIN_LETTERS = 4  # shorter words ("dan", "di") are too alike to tell a slip by
MIN_SEEN = 2  # how often the document must read the word a slip would stand for
MAX_SLIPS = 2  # a glyph misread alike on two lines ('bagi' read 'bagai' twice, dev scan 83) is still a slip,
OFTENER = 3  # where the word it stands for is read at least this many times as often
QUOTE = 60
_LETTERS = re.compile(r"[^\W\d_]+")


def slip_notes(tables: list[TablePage]) -> list[ReaderNote]:
    """A review note on each cell holding a word read once (or twice, beside a word read three times
    as often) one letter from a word read often."""
    counts = Counter(word.lower() for table in tables for cell in table.cells for word in _LETTERS.findall(cell.text))
    frequent = [word for word, seen in counts.most_common() if seen >= MIN_SEEN and len(word) >= MIN_LETTERS]
    notes = []
    for table in tables:
        for cell in table.cells:
            slips = [(word, near) for word in _LETTERS.findall(cell.text)
                     if counts[word.lower()] <= MAX_SLIPS and len(word) >= MIN_LETTERS
                     and (near := _near(word.lower(), frequent)) is not None
                     and (counts[word.lower()] == 1 or counts[near] >= OFTENER * counts[word.lower()])]
            if slips:
                named = ", ".join(f"{word!r} (the document reads {near!r} {counts[near]} times)" for word, near in slips)
                notes.append(ReaderNote(code="ocr-word-unlike-document", page=table.page, cell=cell.bbox,
                                        message=f"page {table.page}: {cell.text[:QUOTE]!r} holds {named}: "
                                                f"a misread letter, most likely; check it against the scan"))
    return notes


def _near(word: str, frequent: Iterable[str]) -> str | None:
    """The most often read of `frequent` (most common first) one letter from `word`."""
    return next((other for other in frequent if one_slip(word, other)), None)
