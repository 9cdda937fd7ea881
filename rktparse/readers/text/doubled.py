"""Exports of a face drawn twice ('fake bold': each glyph printed again a hair to the right).

Exporters print both copies, in one of two ways. Each line twice in a row
(PyMuPDF when the copies stand apart; pypdf word by word): each pair is read
once. Or each line one word out of step with the other (PyMuPDF when the
copies touch): a cell line 'Peningkatan kualitas' comes out as 'Peningkatan' /
'Peningkatan kualitas' / 'kualitas', and two short words that touch merge
('di' twice: 'didi'); a line that opens with the word the line before ended
on goes on with it (that word dropped), and a line of that word alone closes
it. A page is read so only when most of its lines show the one way or the
other (no sample or development export printed once does).
"""

from __future__ import annotations

DOUBLED = 0.4  # share of a page's line pairs showing the step above which the page was printed twice


def _steps(lines: list[list[str]]) -> int:
    """Line pairs where a line opens with the word the line before ended on."""
    return sum(bool(before and after and after[0] == before[-1]) for before, after in zip(lines, lines[1:]))


def _twice(token: str) -> str | None:
    """The word a token holds twice with nothing between ('didi' -> 'di'), if it does."""
    half = len(token) // 2
    return token[:half] if len(token) % 2 == 0 and half and token[:half] == token[half:] else None


def _pairs(lines: list[str]) -> str:
    """Lines printed twice in a row, each pair once (a line printed twice on purpose comes out four times).
    The copies may differ in the spaces they open with (pypdf sets one ' TAHUN 2024', the other 'TAHUN
    2024'): the one opening with fewer is kept."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and line.strip() and lines[k + 1].split() == line.split():
            out.append(min(line, lines[k + 1], key=lambda copy: len(copy) - len(copy.lstrip())))
            k += 2
        else:
            out.append(line)
            k += 1
    return "\n".join(out)


def undouble_page(page: str) -> str | None:
    """The page's lines as printed once, or None when the page was not printed twice."""
    raw = page.split("\n")
    lines = [line.split() for line in raw]
    pairs = sum(bool(before and after) for before, after in zip(lines, lines[1:]))
    if not pairs:
        return None
    if sum(bool(before) and before == after for before, after in zip(lines, lines[1:])) >= DOUBLED * pairs:
        return _pairs(raw)
    if _steps(lines) < DOUBLED * pairs:
        return None
    out: list[str] = []
    current: list[str] = []
    for words in lines:
        if not words:
            out += [" ".join(current)] if current else []
            out.append("")
            current = []
            continue
        if current and words[0] == current[-1]:  # the second copy of the word the line before ended on
            if len(words) == 1:  # ... alone: the printed line ends here
                out.append(" ".join(current))
                current = []
                continue
            words = words[1:]
        elif current:  # the closing copy went missing (overlapping glyphs): the line ended before
            out.append(" ".join(current))
            current = []
        if len(words) > 1 and (once := _twice(words[0])) is not None:
            words = [once, *words[1:]]  # 'didi Kota': a short word's two copies touching
        current += words
    out += [" ".join(current)] if current else []
    return "\n".join(out)


def undouble(text: str) -> tuple[str, list[int]]:
    """The text with each page printed twice read once (pages parted by form feeds), and those pages."""
    pages = text.split("\f")
    fixed: list[int] = []
    for number, page in enumerate(pages, start=1):
        if (once := undouble_page(page)) is not None:
            pages[number - 1] = once
            fixed.append(number)
    # the text itself when no page was doubled (most exports): a copy would be one more text's size
    # of memory while it is read, left unused after (issue 15)
    return ("\f".join(pages), fixed) if fixed else (text, fixed)
