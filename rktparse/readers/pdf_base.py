"""What the text-layer PDF engines share: open the PDF, read it page by page, gather the result.

Each engine (pdfium, pdfplumber, camelot) only says how one page turns into
tables and the words left outside them; opening, the bad-input checks and the
page text around the tables are the same for all.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium

from rktparse.grid import PageText, SourceDocument, TablePage
from rktparse.readers.base import Reader
from rktparse.readers.pdf_common import ensure_text_layer, open_pdf, page_text
from rktparse.readers.pdf_words import Word


class PageTables(NamedTuple):
    """One page as an engine read it."""

    number: int  # 1-based
    tables: list[TablePage]
    outside: list[Word]  # words in no table: titles, signature blocks
    n_chars: int


def page_sizes(pdf: pdfium.PdfDocument) -> list[tuple[float, float]]:
    """(width, height) of each page in points, as displayed (a /Rotate of 90 or 270 swaps them)."""
    sizes = []
    for index in range(len(pdf)):
        width, height = pdf.get_page_size(index)
        page = pdf[index]
        turned = page.get_rotation() in (90, 270)
        page.close()
        sizes.append((height, width) if turned else (width, height))
    return sizes


class PdfPagesReader(Reader):
    """A PDF engine that reads page by page; subclasses implement `read_pages`."""

    formats = ("pdf",)

    @abstractmethod
    def read_pages(self, path: Path, pdf: pdfium.PdfDocument) -> Iterator[PageTables]:
        """Each page's tables and outside words, in page order."""

    def read(self, path: Path) -> SourceDocument:
        tables: list[TablePage] = []
        texts: list[PageText] = []
        n_chars = 0
        with open_pdf(path) as pdf:  # pdfium opens first: the same bad-input errors from every engine
            for page in self.read_pages(path, pdf):
                tables += page.tables
                texts.append(page_text(page.number, page.outside, page.tables))
                n_chars += page.n_chars
            ensure_text_layer(path, pdf, n_chars)
            return SourceDocument(path=str(path), format="pdf", engine=self.kind, page_count=len(pdf),
                                  tables=tables, texts=texts, page_sizes=page_sizes(pdf))
