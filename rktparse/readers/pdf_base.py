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

from rktparse.grid import PageText, ReaderNote, SourceDocument, TablePage
from rktparse.readers.base import Reader
from rktparse.readers.pdf_common import columns_not_read, ensure_text_layer, open_pdf, page_text
from rktparse.readers.pdf_words import Word


class PageTables(NamedTuple):
    """One page as an engine read it."""

    number: int  # 1-based
    tables: list[TablePage]
    outside: list[Word]  # words in no table: titles, signature blocks
    n_chars: int
    size: tuple[float, float] | None = None  # as displayed; None: `read` loads the page again for it


def displayed_size(pdf: pdfium.PdfDocument, index: int, rotation: int) -> tuple[float, float]:
    """(width, height) of page `index` in points, as displayed (a /Rotate of 90 or 270 swaps them)."""
    width, height = pdf.get_page_size(index)
    return (height, width) if rotation in (90, 270) else (width, height)


def page_sizes(pdf: pdfium.PdfDocument) -> list[tuple[float, float]]:
    """(width, height) of each page in points, as displayed, loading each page for its rotation."""
    sizes = []
    for index in range(len(pdf)):
        page = pdf[index]
        sizes.append(displayed_size(pdf, index, page.get_rotation()))
        page.close()
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
        sizes: list[tuple[float, float] | None] = []
        notes: list[ReaderNote] = []
        n_chars = 0
        with open_pdf(path) as pdf:  # pdfium opens first: the same bad-input errors from every engine
            for page in self.read_pages(path, pdf):
                tables += page.tables
                texts.append(page_text(page.number, page.outside, page.tables))
                notes += [note] if (note := columns_not_read(page.number, page.outside, page.tables)) else []
                n_chars += page.n_chars
                sizes.append(page.size)
            ensure_text_layer(path, pdf, n_chars)
            known = [size for size in sizes if size is not None]  # loading a page again costs as much as reading it
            return SourceDocument(path=str(path), format="pdf", engine=self.kind, page_count=len(pdf),
                                  tables=tables, texts=texts, notes=notes,
                                  page_sizes=known if len(known) == len(pdf) else page_sizes(pdf))
