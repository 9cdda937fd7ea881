"""What a document's own text says of where its entries open.

An RKT lists the same kegiatan under several indikator, wrapped at different
widths. Where line fill and cue words cannot tell whether a line opens a new
Kegiatan entry or goes on with the one above, the document can: the first two
words of a listed item open an entry wherever they stand first on a line, and
two words printed side by side on one line go on from one line to the next.
The text readers (layout, blocks) and the PDF reader of tables without rules
share this cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rktparse.vocabulary.text import item_text

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Phrases:
    """A document's listed openings and word pairs; `cue` weighs a line end by them."""

    openings: frozenset[tuple[str, ...]] = frozenset()  # the first two words of each listed item
    pairs: frozenset[tuple[str, str]] = frozenset()  # two words printed side by side on a line

    @classmethod
    def of(cls, texts: Iterable[str]) -> Phrases:
        """From the document's lines, one text per cell line (a layout line's runs, a block's lines)."""
        openings: set[tuple[str, ...]] = set()
        pairs: set[tuple[str, str]] = set()
        for text in texts:
            found = [w.lower() for w in _WORD.findall(text)]
            pairs.update(zip(found, found[1:]))
            if (item := item_text(text)) is not None and len(opening := _opening(item)) == 2:
                openings.add(opening)
        return cls(frozenset(openings), frozenset(pairs))

    def cue(self, before: str, after: str) -> float:
        """+1 where `after` opens as a listed item elsewhere does and the words across the line end
        were never printed side by side, -1 where they were and it opens no item, else 0. A line of
        one word ('1. melakukan') ends no entry."""
        last = _WORD.findall(item_text(before) or before)
        head = _opening(after)
        if not last or not head:
            return 0.0
        joined = (last[-1].lower(), head[0].lower()) in self.pairs
        opens = head in self.openings and len(last) > 1
        return 1.0 if opens and not joined else -1.0 if joined and not opens else 0.0


def _opening(text: str) -> tuple[str, ...]:
    """A text's first two words, the first as printed: an entry opens in capitals ('Rehabilitasi
    jaringan'), a line going on with one often in small letters ('rehabilitasi jaringan')."""
    found = _WORD.findall(text)[:2]
    return tuple(found[:1] + [w.lower() for w in found[1:]])
