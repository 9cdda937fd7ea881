"""Page breaks an export lost. pypdf's `extract_text()` of each page, joined into one text, keeps no form
feeds: each page's running footer (or header) and its number stand where the page ended, inside the
table a page break cut, as if they were a row's words. A line printed three times or more, each time
beside a page number one more than the time before, is such a running line: it and its number are put
back as a page break."""

from __future__ import annotations

from collections import defaultdict

from rktparse.readers.text.lines import fold_spaces, header_cells

RUNNING = 3  # times a line is printed, each beside its page's number, to be a running footer or header
NEAR = 2  # lines between a running line and its page number, at most (blank lines between them)
_PAGE = 3  # digits of a page number


def part_pages(text: str) -> tuple[str, int]:
    """The text with each running line and its page number replaced by a form feed, and how many
    were (none where the text parts its pages already)."""
    if "\f" in text:
        return text, 0
    lines = text.split("\n")
    folded = [fold_spaces(line) for line in lines]
    places: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(folded):
        if line and not line.isdigit():
            places[line].append(index)
    breaks: dict[int, int] = {}  # first line of a running line and its number -> the last
    for line, at in places.items():
        if len(at) >= RUNNING and not header_cells(line):
            numbered = [(index, number) for index in at if (number := _number_beside(folded, index)) is not None]
            if len(numbered) >= RUNNING and _count_pages([value for _, (_, value) in numbered]):
                breaks |= {min(index, near): max(index, near) for index, (near, _) in numbered}
    if not breaks:
        return text, 0
    out, index = [], 0
    while index < len(lines):
        if index in breaks:
            out.append("\f")
            index = breaks[index] + 1
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out).replace("\n\f\n", "\f"), len(breaks)


def _number_beside(folded: list[str], index: int) -> tuple[int, int] | None:
    """(line, value) of the page number printed right after or before line `index`, if any."""
    for step in (1, -1):
        near = index + step
        while 0 <= near < len(folded) and abs(near - index) <= NEAR and not folded[near]:
            near += step
        if 0 <= near < len(folded) and abs(near - index) <= NEAR and folded[near].isdigit() \
                and len(folded[near]) <= _PAGE:
            return near, int(folded[near])
    return None


def _count_pages(values: list[int]) -> bool:
    """Whether numbers count pages: rising, by one mostly (a page without the line skips one). A row's
    number under a header printed on every page rises by the page's rows."""
    steps = [b - a for a, b in zip(values, values[1:])]
    return all(step > 0 for step in steps) and 2 * sum(step == 1 for step in steps) >= len(steps)
