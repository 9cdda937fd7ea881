"""Running footers and headers: a line printed on every page beside the page's number, which an export
prints where the page ends or begins, inside a table a page break cut, as if they were a row's words.
A line printed three times or more, each time beside a page number one more than the time before, is
such a running line: it and its number are dropped. Where the export kept no page breaks (pypdf's
`extract_text()` of each page, joined into one text), they are put back in their place."""

from __future__ import annotations

from collections import defaultdict

from rktparse.readers.text.lines import fold_spaces, header_cells, header_role, is_header_word

RUNNING = 3  # times a line is printed, each beside its page's number, to be a running footer or header
PAGE_LINES = 15  # lines between a running line's prints, at the least (a table's rows repeat a Satuan closer)
EDGE = 3  # lines from a page's top or foot a running line stands within, where the export parts its pages
NEAR = 2  # lines between a running line and its page number, at most (blank lines between them)
_PAGE = 3  # digits of a page number


def drop_running_lines(text: str) -> tuple[str, int]:
    """The text without its running lines and their page numbers, a form feed in their place where the
    text has none, and how many were dropped."""
    lines = text.split("\n")
    folded = [fold_spaces(line) for line in lines]
    places: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(folded):
        if line and not line.isdigit():
            places[line].append(index)
    edges = _page_edges(lines)
    runs: dict[int, int] = {}  # first line of a running line and its number -> the last
    for line, at in places.items():
        if len(at) >= RUNNING and " " in line and not _names_a_column(line):  # (a cell's one word: 'Meningkatnya')
            numbered = [(index, number) for index in at if (edges is None or index in edges)
                        and (number := _number_beside(folded, index)) is not None]
            if len(numbered) >= RUNNING and _count_pages([value for _, (_, value) in numbered]) \
                    and all(b - a >= PAGE_LINES for (a, _), (b, _) in zip(numbered, numbered[1:])):
                runs |= {min(index, near): max(index, near) for index, (near, _) in numbered}
    if not runs:
        return text, 0
    parted = "\f" in text
    out, breaks, index = [], "", 0
    while index < len(lines):
        if index in runs:  # its page breaks (those the lines hold, or the one lost) open the next line
            breaks += "\f" * "".join(lines[index:runs[index] + 1]).count("\f") if parted else "\f"
            index = runs[index] + 1
        else:
            out.append(breaks + lines[index])
            breaks, index = "", index + 1
    return "\n".join(out + [breaks] if breaks else out), len(runs)


def _page_edges(lines: list[str]) -> set[int] | None:
    """The lines within `EDGE` lines of words from their page's top or foot; None where no form feed parts pages."""
    if not any("\f" in line for line in lines):
        return None
    pages: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        for _ in range(line.count("\f")):
            pages.append([])
        if line.strip():
            pages[-1].append(index)
    return {index for page in pages for index in page[:EDGE] + page[-EDGE:]}


def _names_a_column(line: str) -> bool:
    """A header's line, printed again on every page over its first row's number ('Pagu Anggaran' / '1')."""
    return bool(header_cells(line) or header_role(line) or all(map(is_header_word, line.split())))


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
