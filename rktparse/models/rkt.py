"""The RKT data model: the published JSON contract (schema `rktparse.rkt`)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rktparse.shared_fields import SharedFieldsModel

SCHEMA_NAME: Final = "rktparse.rkt"
SCHEMA_VERSION = "1.4"


class _Model(SharedFieldsModel):
    model_config = ConfigDict(extra="forbid")


class Region(_Model):
    """Where something was printed: a page and a box on it."""

    page: int = Field(ge=1, description="1-based page number")
    box: tuple[float, float, float, float] = Field(
        description="x0, top, x1, bottom in PDF points, y growing downwards from the top of the page"
    )


class TargetKind(str, Enum):
    """What a target's raw text was recognised as."""

    PERCENT = "percent"
    NUMBER = "number"
    CURRENCY = "currency"
    GRADE = "grade"
    OPINION = "opinion"
    TEXT = "text"


class Target(_Model):
    raw: str = Field(description="The target exactly as printed (wrapped lines joined)")
    value: float | None = Field(default=None, description="Numeric value, only when certain")
    unit: str | None = Field(default=None, description="Unit as printed ('%', 'orang', 'Rp'), only when certain")
    kind: TargetKind = Field(default=TargetKind.TEXT, description="Recognised kind; 'text' when not certain")
    note: str | None = Field(default=None, description="Printed qualifier in brackets, e.g. '234 Temuan' of '10 (234 Temuan)'")


class Indikator(_Model):
    no: str | None = Field(default=None, description="Number printed in the row's numbering column")
    text: str = Field(description="Indikator kinerja as printed")
    target: Target | None = Field(
        default=None, description="The target as printed; null when the table has no Target column (an IKU "
                                  "table: Penjelasan/Formulasi, Sumber Data) or only targets per period")
    periods: dict[str, Target] = Field(
        default_factory=dict,
        description="Targets per period printed under one spanning Target header (a Rencana Aksi's 'Trw I' .. "
                    "'Trw IV'), keyed by the period's printed header, in printed order; empty otherwise",
    )
    kegiatan: list[str] = Field(default_factory=list, description="Kegiatan (or program) entries of the row")
    pages: list[int] = Field(default_factory=list, description="Pages the row was printed on")
    extra: dict[str, str] = Field(
        default_factory=dict,
        description="Cells of columns the model has no field for, keyed by their printed header",
    )
    regions: list[Region] = Field(default_factory=list, description="The boxes of the row's cells, per page")


class UpperLevel(_Model):
    """A level above Sasaran (Misi, Tujuan) whose cell spans the sasaran's rows."""

    no: str | None = None
    text: str
    pages: list[int] = Field(default_factory=list)
    regions: list[Region] = Field(default_factory=list, description="The boxes of the level's cell, per page")


class Sasaran(_Model):
    no: str | None = Field(default=None, description="Number printed in the sasaran's numbering column")
    text: str = Field(description="Sasaran as printed")
    pages: list[int] = Field(default_factory=list, description="Pages the sasaran's rows were printed on")
    indikator: list[Indikator] = Field(default_factory=list)
    misi: UpperLevel | None = None
    tujuan: UpperLevel | None = None
    group: UpperLevel | None = Field(
        default=None, description="A heading row printed across the table above the sasaran's rows"
    )
    regions: list[Region] = Field(default_factory=list, description="The boxes of the sasaran's cell, per page")


class Program(_Model):
    """A row of a second table listing programs (a PK's Program | Anggaran | Keterangan)."""

    no: str | None = None
    text: str
    pages: list[int] = Field(default_factory=list)
    extra: dict[str, str] = Field(default_factory=dict, description="Other cells keyed by printed header")
    regions: list[Region] = Field(default_factory=list, description="The boxes of the program's cells, per page")


class Signatory(_Model):
    position: str | None = Field(default=None, description="Jabatan of the signer, e.g. 'Sekretaris'")
    name: str | None = None
    rank: str | None = Field(default=None, description="Pangkat / golongan as printed, e.g. 'Pembina Utama Muda'")
    nip: str | None = Field(default=None, description="NIP digits as printed, e.g. '19670326 199103 1 006'")


class DocumentKind(str, Enum):
    """What kind of SAKIP document the table comes from, told by its title and columns."""

    RKT = "rkt"
    PK = "pk"
    IKU = "iku"
    RENCANA_AKSI = "rencana_aksi"
    RENJA = "renja"
    UNKNOWN = "unknown"


class DocumentInfo(_Model):
    kind: DocumentKind = DocumentKind.UNKNOWN
    title: str | None = None
    agency: str | None = None
    year: int | None = None
    place: str | None = Field(default=None, description="Place of signing, e.g. 'Kupang'")
    date: dt.date | None = Field(default=None, description="Date of signing; null when day or month is left blank")
    date_printed: str | None = Field(
        default=None, description="The date as printed, blanks kept, e.g. 'Januari 2024' of 'Bandung,    Januari 2024'"
    )
    signatory: Signatory = Field(
        default_factory=Signatory, description="Who signs for the agency (a PK's PIHAK KESATU, who promises)"
    )
    superior: Signatory | None = Field(
        default=None, description="A PK's second party (PIHAK KEDUA), the superior the promise is made to"
    )
    fields: dict[str, str] = Field(
        default_factory=dict,
        description="Labelled lines of the title block, e.g. {'Nama Unit Organisasi': 'Dinas ...'}",
    )


class Orientation(str, Enum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class ColumnRole(str, Enum):
    """What a printed column holds, read from its header: 'target_part' is a second column under one
    spanning Target header ('Satuan' beside 'Volume'), 'period' a target per period ('Trw I')."""

    NO = "no"
    MISI = "misi"
    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    INDIKATOR = "indikator"
    TARGET = "target"
    TARGET_PART = "target_part"
    PERIOD = "period"
    KEGIATAN = "kegiatan"
    EXTRA = "extra"


class PageLayout(_Model):
    width: float = Field(gt=0, description="Page width in points (A4 portrait: 595.3)")
    height: float = Field(gt=0, description="Page height in points")
    orientation: Orientation


class LayoutColumn(_Model):
    """A printed column, in printed order."""

    role: ColumnRole
    header: str = Field(description="The header as printed, all header rows joined top to bottom; an extra column's "
                                    "cells are kept under this key in `extra`")
    numbers: ColumnRole | None = Field(default=None, description="Of a numbering column: the level it numbers "
                                                                 "(sasaran, indikator, ...)")
    width: float | None = Field(default=None, ge=0, le=1, description="Share of the table's width; null when unknown")
    period: str | None = Field(default=None, description="Of a period column (role 'period'): its sub-header as "
                                                         "printed ('Trw I'), the key of its targets in `periods`")


class HeaderCell(_Model):
    """A cell of the printed header, a spanning one ('Target' over '2016 | 2017') included."""

    text: str
    row: int = Field(ge=0, description="Header row, 0-based")
    col: int = Field(ge=0, description="First column it stands over, 0-based")
    row_span: int = Field(default=1, ge=1)
    col_span: int = Field(default=1, ge=1)


class TableLayout(_Model):
    """How one table was printed: its page, place, columns, header and text size."""

    page: PageLayout | None = Field(default=None, description="Size and orientation of the table's first page")
    table_width: float | None = Field(default=None, gt=0, le=1, description="The table's width as a share of the "
                                                                            "page width; null when unknown")
    table_left: float | None = Field(default=None, ge=0, le=1, description="The table's left edge as a share of the "
                                                                           "page width; null when unknown")
    columns: list[LayoutColumn] = Field(default_factory=list, description="The table's columns in printed order")
    font_size: float | None = Field(default=None, gt=0, description="The size (points) the cells' text is "
                                                                    "printed in (the median of its words' font "
                                                                    "sizes); null when unknown (since 1.2)")
    header: list[HeaderCell] = Field(default_factory=list, description="Every header cell as printed")
    column_numbers: list[str] | None = Field(
        default=None, description="The row of column numbers under the header ('(1)', '(2)', ...) as printed; "
                                  "null when none was printed")


class PrintedTable(TableLayout):
    """One of the document's tables as printed, and the nodes printed in it (since 1.3)."""

    first: int = Field(default=0, ge=0, description="Index of the first node printed in this table, in `sasaran` "
                                                    "(in `programs` for a programs table); the table holds those up "
                                                    "to the next table's first")
    heading: list[str] = Field(
        default_factory=list, description="The heading printed right above the table at the top of its page "
                                          "('RENCANA KERJA ... TAHUN 2017'), as printed; empty for the first "
                                          "table (its heading is the document's `title_lines`) and for a table "
                                          "printed below another on its page")


class FieldPlace(str, Enum):
    """Where lines a document field was read from were printed, outside the title, the tables and the
    signature block."""

    LETTERHEAD = "letterhead"
    PAGE_HEADER = "page_header"
    PAGE_FOOTER = "page_footer"
    CAPTION = "caption"
    SECTION = "section"


class FieldLines(_Model):
    """Lines a document field was read from, printed apart from the title and the signature block, and where
    (since 1.4)."""

    field: str = Field(description="JSON pointer of the field read from them: '/document/agency' or "
                                    "'/document/year'")
    place: FieldPlace = Field(
        description="'letterhead': at the top of the first pages, apart from the title ('DINAS X' / 'PROVINSI "
                    "JAWA BARAT', whose region completes the agency the title names); 'page_header' and "
                    "'page_footer': printed alike at the top or the foot of every page (an agency under each "
                    "page of an annex); 'caption': right above the first table ('Tabel 1. ... Dinas X'); "
                    "'section': a report chapter's section heading naming the year ('2.2. Rencana Kinerja "
                    "Tahun 2016')")
    lines: list[str] = Field(description="The lines as printed, in printed order (for a page header or footer "
                                         "every line printed alike on each page)")


class Layout(TableLayout):
    """How the document was printed, for a regenerated copy that looks like the original. The table
    fields (page .. column_numbers) describe its first RKT table; `tables` each RKT table."""

    title_lines: list[str] = Field(default_factory=list, description="The title block's lines as printed")
    footer: str | None = Field(default=None, description="The page-number line, '{page}' and '{pages}' standing for "
                                                         "the figures, e.g. 'Halaman {page} dari {pages}'")
    programs: Layout | None = Field(default=None, description="The programs tables' layout (their columns, header "
                                                              "and widths; each in `tables`), when one was printed")
    tables: list[PrintedTable] = Field(
        default_factory=list,
        description="Every table printed with a header of other columns than the table before, in printed "
                    "order, each with its own layout and the nodes it holds; the first is the one the table "
                    "fields above describe. Empty in files written before 1.3: the table fields then stand for "
                    "every table (since 1.3)")
    field_lines: list[FieldLines] = Field(
        default_factory=list,
        description="Lines outside the title, the tables and the signature block that a document field was "
                    "read from (a letterhead, a running footer, a table's caption, a section heading), with "
                    "where they were printed, so that a copy prints them there again; empty when every field "
                    "came from the title or the signature block (since 1.4)")


class Source(_Model):
    file: str = Field(description="File name of the input")
    sha256: str
    format: str = Field(description="'pdf' or 'text'")
    pages: int = Field(ge=0)
    engine: str = Field(description="Reader engine that extracted the table")


class Severity(str, Enum):
    INFO = "info"
    REVIEW = "review"


class Warning(_Model):
    code: str = Field(description="Stable machine-readable code, e.g. 'row-joined-across-pages'")
    message: str
    page: int | None = None
    severity: Severity = Field(default=Severity.REVIEW, description="'review': a person should check it")
    ref: str | None = Field(
        default=None, description="JSON pointer to the node the warning is about, e.g. '/sasaran/2/indikator/1'"
    )
    regions: list[Region] = Field(default_factory=list, description="The boxes of the cells concerned, per page")


class Status(str, Enum):
    SUCCESS = "success"
    PARTIAL = "partial"


class RktDocument(_Model):
    """A validated RKT (or PK / IKU) table with its document metadata."""

    schema_name: Literal["rktparse.rkt"] = SCHEMA_NAME
    schema_version: str = SCHEMA_VERSION
    status: Status = Field(
        default=Status.SUCCESS, description="'partial' when any warning asks for review"
    )
    document: DocumentInfo = Field(default_factory=DocumentInfo)
    source: Source
    sasaran: list[Sasaran] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    layout: Layout | None = Field(default=None, description="The printed layout of the table, when the source "
                                                            "shows it (since 1.2)")

    @field_validator("schema_version")
    @classmethod
    def _compatible_version(cls, value: str) -> str:
        if value.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(
                f"schema_version {value!r} is not compatible with {SCHEMA_VERSION!r} (major versions differ)"
            )
        return value

    def node_at(self, pointer: str) -> Any:
        """The node a JSON pointer (a warning's `ref`, e.g. '/sasaran/2/indikator/1') names; None
        when it names nothing in this document."""
        node: Any = self
        for part in pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            elif isinstance(node, BaseModel) and part in type(node).model_fields:
                node = getattr(node, part)
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return None
        return node

    def indikator_rows(self) -> list[tuple[Sasaran, Indikator]]:
        """Every (sasaran, indikator) pair in document order."""
        return [(s, i) for s in self.sasaran for i in s.indikator]
