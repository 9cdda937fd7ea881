"""Files that hold several documents: two RKTs joined into one PDF, each with its title and signature.

Between two tables read, a signature block (a place-and-date line, then a
position or a NIP) followed by a title naming a kind of document ("RENCANA
KINERJA TAHUNAN ...") is where the next document starts. A signature block
with no title after it is a boundary that is not sure: the file stays one
document, with a review warning saying where a second one may start. A title
alone is no boundary: reports repeat their title at the top of every page.
"""

from __future__ import annotations

from dataclasses import dataclass

from rktparse.assemble.metadata import is_kind_title
from rktparse.assemble.signature import NIP, POSITION
from rktparse.grid import SourceDocument, TablePage
from rktparse.vocabulary.furniture import parse_place_date
from rktparse.vocabulary.text import clean_line

SIGNER_WITHIN = 8  # lines after a place-and-date line in which a signer's position or NIP must stand


@dataclass(frozen=True)
class Boundary:
    """Where a document may end and the next begin."""

    page: int  # the first page of the next document
    certain: bool
    message: str


def opens_signature_block(lines: list[str], index: int) -> bool:
    """A place-and-date line (alone or with the next line) with a signer's position or NIP below it."""
    joined = f"{lines[index]} {lines[index + 1]}" if index + 1 < len(lines) else lines[index]
    if parse_place_date(lines[index]) is None and parse_place_date(joined) is None:
        return False
    below = lines[index + 1:index + 1 + SIGNER_WITHIN]
    return any(POSITION.match(line) or NIP.match(line) for line in below)


class PrintedAround:
    """The lines printed outside the tables of `source`, page by page, and which table a page's first and
    last are: indexed once for a document's every pair of tables (a long export's were indexed again
    for each pair, its boundaries' time quadratic in its pages, issue 15)."""

    def __init__(self, source: SourceDocument) -> None:
        self.texts = {text.page: text for text in source.texts}
        self.first_on: dict[int, TablePage] = {}
        self.last_on: dict[int, TablePage] = {}
        for table in source.tables:
            self.first_on.setdefault(table.page, table)
            self.last_on[table.page] = table

    def between(self, before: TablePage, after: TablePage) -> list[tuple[int, str]]:
        """The (page, line) printed after table `before` and before table `after`, as far as the
        reader gave them: below the last table of a page, above the first, all of a page without one."""
        lines: list[tuple[int, str]] = []
        for page in range(before.page, after.page + 1):
            text = self.texts.get(page)
            if text is None:
                continue
            if page == before.page:
                printed = text.below if self.last_on[page] is before else []
            elif page == after.page:
                printed = text.above if self.first_on[page] is after else []
            else:
                printed = text.above + text.below
            lines += [(page, clean_line(line)) for line in printed if clean_line(line)]
        return lines


def signed_then_titled(source: SourceDocument) -> bool:
    """Whether a signature block stands before a title naming a kind of document anywhere in the
    lines outside the tables: without one, `boundaries` finds no certain boundary (the lines it
    reads between two tables are a run of these)."""
    texts = {text.page: text for text in source.texts}
    lines = [clean_line(line) for page in sorted(texts) for line in texts[page].above + texts[page].below
             if clean_line(line)]
    signature = next((i for i in range(len(lines)) if opens_signature_block(lines, i)), None)
    return signature is not None and any(is_kind_title(line) for line in lines[signature + 1:])


def boundaries(source: SourceDocument, used: list[TablePage]) -> list[Boundary]:
    """The boundaries between documents among the tables read (`used`, in page order)."""
    found = []
    around = PrintedAround(source)
    for before, after in zip(used, used[1:], strict=False):
        if after.page <= before.page:
            continue
        between = around.between(before, after)
        texts = [line for _, line in between]
        signature = next((i for i in range(len(texts)) if opens_signature_block(texts, i)), None)
        if signature is None:
            continue
        signed_on = between[signature][0]
        title_on = next((page for page, line in between[signature + 1:] if is_kind_title(line)), None)
        if title_on is not None and title_on > signed_on:
            found.append(Boundary(title_on, True, f"a signature block on page {signed_on} and a title on page "
                                                  f"{title_on}: a new document starts on page {title_on}"))
        else:
            found.append(Boundary(after.page, False,
                                  f"a signature block on page {signed_on} stands between the tables of pages "
                                  f"{before.page} and {after.page} with no title on a page of its own after it: if "
                                  f"a second document starts there, this file holds two, read here as one"))
    return found


def split_source(source: SourceDocument, starts: list[int]) -> list[SourceDocument]:
    """The parts of `source` that begin on the pages `starts` (each part keeps the file's page
    numbers); a reader's note without a page goes with the first part."""
    edges = [1, *starts, source.page_count + 1]
    parts = []
    for number, (first, stop) in enumerate(zip(edges, edges[1:], strict=False)):
        pages = range(first, stop)
        parts.append(source.model_copy(update={
            "tables": [table for table in source.tables if table.page in pages],
            "texts": [text for text in source.texts if text.page in pages],
            "notes": [note for note in source.notes if note.page in pages or (note.page is None and number == 0)],
        }))
    return parts
