"""Data model of a sample."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

CM = 72 / 2.54  # points per centimetre


@dataclass
class Upper:
    """A Misi or Tujuan cell, merged over the rows of the sasaran that share it."""

    text: str
    no: str | None = None


@dataclass
class Ind:
    """One indikator row (or several rows when it has several kegiatan cells).

    ``keg`` is a list of kegiatan cells; each cell is a string (one entry) or a
    tuple of item strings (one printed line or paragraph per item, one entry
    each). ``"\\n"`` inside any text is a forced line break.
    """

    text: str
    target: str | dict  # as printed, or (generator) the expected target with its "raw"
    keg: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    pages: list | None = None  # pages the row prints on; None = the sasaran's default


@dataclass
class Sas:
    text: str
    ind: list
    no: str | None = None
    misi: Upper | None = None
    tujuan: Upper | None = None
    pages: list = field(default_factory=lambda: [1])  # default pages of its indikator rows
    group: str | None = None  # a heading row printed across the table above this sasaran

    def ind_pages(self, ind: Ind) -> list:
        return sorted(ind.pages if ind.pages is not None else self.pages)

    def all_pages(self) -> list:
        return sorted({p for i in self.ind for p in self.ind_pages(i)})


@dataclass
class Col:
    header: str  # "\n" = line break inside the header cell
    role: str  # no | misi | tujuan | sasaran | indikator | target | kegiatan | extra
    width: float  # cm


@dataclass
class Prog:
    text: str
    extra: dict
    pages: list = field(default_factory=lambda: [1])
    no: str | None = None


@dataclass
class ProgramTable:
    cols: list  # Col with role "program" or "extra"
    rows: list  # Prog


@dataclass
class Sign:
    """Signature block: printed lines, and the fields the extraction should give."""

    place: str
    date: dt.date | None
    position: str | None
    name: str | None
    nip: str | None
    lines: list  # single signer: printed lines (top to bottom, "" = empty line)
    left: list | None = None  # two signers: the other party's lines (left column)


@dataclass
class Sample:
    stem: str
    producer: str  # "word" | "reportlab"
    title: list  # printed title lines
    agency: str
    year: int
    cols: list
    sasaran: list
    sign: Sign
    landscape: bool = True
    font: str = "Arial"
    size: float = 10
    numbered_row: bool = False
    borderless_header: bool = False
    page_numbers: str | None = None  # "Halaman {page} dari {pages}" ...
    # "grid"; reportlab also "lines" (horizontal rules only); twins: "header" (reportlab:
    # rules above and below the header and below the table) or "none" (no rules at all)
    rules: str = "grid"
    programs: ProgramTable | None = None
    margins_cm: tuple = (2.0, 2.0, 1.8, 1.8)  # left, right, top, bottom
    cell_spacing: float = 2  # word: points before and after each cell paragraph
    # drawn by the generator (samples/build/generate.py); the defaults are the hand-made samples'
    paper: str = "A4"  # A4 | F4 | Letter
    repeat_header: bool = True
    rows_break: bool = False  # word: a row may break across pages (reportlab rows never do)
    valign: str = "top"  # top | center: of the cells merged down (No, Misi, Tujuan, Sasaran)
    padding: float = 3.5  # reportlab: points above and below each cell's text
    fake_bold: bool = False  # reportlab: text drawn twice a hair apart
    spaceless: bool = False  # reportlab: words placed one by one, no space characters

    @property
    def page_size_cm(self) -> tuple[float, float]:
        """(width, height) of the page as printed."""
        short, long = PAPERS[self.paper]
        return (long, short) if self.landscape else (short, long)


PAPERS = {"A4": (21.0, 29.7), "F4": (21.5, 33.0), "Letter": (21.59, 27.94)}  # cm, portrait
