"""Text cleaned at the boundary between the readers and the assembler.

A PDF's text layer, a Word file or a text export can carry control characters
(NUL, BEL, ESC, ...). No field should hold them, and XML (so the DOCX writer)
cannot. They are removed from every cell, word and line of page text; each
line that held one is quoted, its control characters escaped, in an `info`
warning, so nothing changes silently.
"""

from __future__ import annotations

import re
import sys

from rktparse.grid import ReaderNote, SourceDocument

# C0 and C1 controls but tab, line feed and carriage return; lone surrogates and the two
# noncharacters XML forbids as well.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
QUOTED_LINES = 5  # per page, in the warning


def without_controls(text: str) -> str:
    return _CONTROL.sub("", text)


def escape_controls(text: str) -> str:
    """`text` with each control character shown as \\xNN (or \\uNNNN)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def remove_control_characters(source: SourceDocument) -> SourceDocument:
    """`source` (a reader's fresh output, changed in place) without control characters, plus a note per page."""
    found: dict[int, list[str]] = {}

    def clean(page: int, lines: list[str]) -> list[str]:
        if not any(map(_CONTROL.search, lines)):
            return lines  # not a copy: a big document's cells made anew after its whole read left holes (issue 15)
        cleaned = []
        for line in lines:
            if _CONTROL.search(line):
                found.setdefault(page, []).append(escape_controls(line))
                line = _CONTROL.sub("", line)
            cleaned.append(line)
        return cleaned

    for table in source.tables:
        for cell in table.cells:
            cell.lines = clean(table.page, cell.lines)
        # The words repeat the cells' text, quoted already. A table's words come interned
        # (`TablePage`); a word that lost a control character is interned anew.
        if not all(word and not _CONTROL.search(word) for word in table.words):
            table.words = [sys.intern(word) for word in (_CONTROL.sub("", w) for w in table.words) if word]
    for text in source.texts:
        text.above, text.below = clean(text.page, text.above), clean(text.page, text.below)
    for page, lines in sorted(found.items()):
        quoted = "; ".join("'" + line + "'" for line in lines[:QUOTED_LINES])
        more = f" and {len(lines) - QUOTED_LINES} more" if len(lines) > QUOTED_LINES else ""
        source.notes.append(ReaderNote(
            code="control-characters-removed", page=page, severity="info",
            message=f"page {page}: control characters removed from {len(lines)} line(s): "
                    f"{quoted}{more}"))
    return source
