"""DOCX: a regenerated RKT a clerk could print.

Landscape A4, the title block, the table with each Sasaran (and Misi, Tujuan)
cell truly merged down over its rows, the header row repeated on every page,
then the programs table and the signature block.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell

from rktparse.assemble.metadata import MONTHS
from rktparse.models import Indikator, RktDocument, Sasaran, Signatory, TargetKind
from rktparse.writers.base import Writer

MONTH_NAMES = {number: name.capitalize() for name, number in MONTHS.items() if name not in ("pebruari", "nopember")}
FONT = "Liberation Sans"
FONT_SIZE = Pt(10)
MARGIN = Cm(1.8)
TEXT_WIDTH = Cm(29.7) - 2 * MARGIN


@dataclass(frozen=True)
class Column:
    """A printed column: its header and how a row's value is read."""

    header: str
    value: Callable[[Sasaran, Indikator, str | None], str]
    level: str | None = None  # "misi", "tujuan", "sasaran", "indikator": merged over that node's rows
    weight: float = 3.0  # share of the page width


def document_columns(doc: RktDocument) -> list[Column]:
    """The columns the document needs: levels present, numbering present, extras by printed header."""
    rows = doc.indikator_rows()
    columns: list[Column] = []
    if any(s.misi for s in doc.sasaran):
        columns.append(Column("Misi", lambda s, i, k: s.misi.text if s.misi else "", "misi", 2.5))
    if any(s.tujuan for s in doc.sasaran):
        columns.append(Column("Tujuan", lambda s, i, k: s.tujuan.text if s.tujuan else "", "tujuan", 2.5))
    if any(s.no for s in doc.sasaran):
        columns.append(Column("No", lambda s, i, k: s.no or "", "sasaran", 0.7))
    columns.append(Column("Sasaran Kinerja", lambda s, i, k: s.text, "sasaran"))
    if any(i.no for _, i in rows):
        columns.append(Column("No", lambda s, i, k: i.no or "", "indikator", 0.7))
    columns.append(Column("Indikator Kinerja", lambda s, i, k: i.text, "indikator"))
    columns.append(Column(target_header(doc), lambda s, i, k: i.target.raw, "indikator", 1.3))
    columns.append(Column("Kegiatan", lambda s, i, k: k or ""))
    for header in dict.fromkeys(h for _, i in rows for h in i.extra):
        columns.append(Column(header, partial(_extra_value, header), "indikator", 1.5))
    return columns


def _extra_value(header: str, sasaran: Sasaran, indikator: Indikator, kegiatan: str | None) -> str:
    return indikator.extra.get(header, "")


def target_header(doc: RktDocument) -> str:
    """'Target %' when some targets are percentages printed without their sign ('55,56')."""
    bare_percent = any(i.target.kind is TargetKind.PERCENT and "%" not in i.target.raw for _, i in doc.indikator_rows())
    return "Target %" if bare_percent else "Target"


def _landscape(document: Any) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


def _add_row(table) -> Any:  # type: ignore[no-untyped-def]
    return table._tbl.add_tr()


def _add_cell(table, tr, width: int, text: str = "", *, bold: bool = False, span: int = 1,  # type: ignore[no-untyped-def]
              merge: str | None = None) -> None:
    """Append a cell to the row `tr`: its width (Word and LibreOffice read cell widths), its grid span,
    its place in a vertical merge ("restart" opens one, "continue" extends the one above).

    Cells are built on the XML: python-docx's `table.cell()` and `row.cells` rebuild the whole
    grid on every call, which made a 1,000-row table take minutes."""
    tc = tr.add_tc()
    tc.width = width
    if span > 1:
        tc.grid_span = span
    if merge is not None:
        tc.vMerge = merge
    if text:
        _Cell(tc, table).paragraphs[0].add_run(text).bold = bold


def _widths(weights: list[float]) -> list[int]:
    """Column widths by weight over the landscape text width."""
    unit = TEXT_WIDTH / sum(weights)
    return [int(unit * weight) for weight in weights]


def _repeat_as_header(tr) -> None:  # type: ignore[no-untyped-def]
    properties = tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _paragraph(document, text: str, *, bold: bool = False, center: bool = False, after: int = 0) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = bold
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(after)


PlanRow = tuple[Sasaran, Indikator, str | None]


def _row_plan(doc: RktDocument) -> list[PlanRow | str]:
    """The printed rows: one per kegiatan (an indikator without kegiatan still gets one),
    and a heading text where a sasaran's group differs from the one before."""
    plan: list[PlanRow | str] = []
    group = None
    for sasaran, indikator in doc.indikator_rows():
        if sasaran.group is not None and sasaran.group.text != group:
            plan.append(sasaran.group.text)
        group = sasaran.group.text if sasaran.group else None
        entries: list[str | None] = list(indikator.kegiatan) or [None]
        plan += [(sasaran, indikator, k) for k in entries]
    return plan


def _level_key(level: str, row: PlanRow | str) -> int | None:
    if isinstance(row, str):
        return None
    sasaran, indikator, _ = row
    node = {"misi": sasaran.misi, "tujuan": sasaran.tujuan, "sasaran": sasaran, "indikator": indikator}[level]
    return id(node)


def _runs(plan: list[PlanRow | str], level: str) -> list[tuple[int, int]]:
    """(first, last) plan indexes of each run of rows showing the same node of `level`."""
    runs: list[tuple[int, int]] = []
    for index, row in enumerate(plan):
        key = _level_key(level, row)
        if key is None:
            continue
        if runs and runs[-1][1] == index - 1 and _level_key(level, plan[runs[-1][0]]) == key:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def rkt_table(document, doc: RktDocument) -> None:  # type: ignore[no-untyped-def]
    columns = document_columns(doc)
    plan = _row_plan(doc)
    widths = _widths([c.weight for c in columns])
    # For each column, where each run of rows showing one node starts -> where it ends.
    runs = [dict(_runs(plan, column.level) if column.level is not None else
                 [(i, i) for i, row in enumerate(plan) if not isinstance(row, str)]) for column in columns]
    table = document.add_table(rows=0, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = _add_row(table)
    for column, width in zip(columns, widths):
        _add_cell(table, header, width, column.header, bold=True)
    _repeat_as_header(header)
    for index, row in enumerate(plan):
        tr = _add_row(table)
        if isinstance(row, str):  # a group heading printed across the table
            _add_cell(table, tr, sum(widths), row, bold=True, span=len(columns))
            continue
        for column, width, starts in zip(columns, widths, runs):
            last = starts.get(index)
            if last is None:  # inside a run of rows merged down from above
                _add_cell(table, tr, width, merge="continue")
            else:
                _add_cell(table, tr, width, column.value(*row), merge="restart" if last > index else None)


def programs_table(document, doc: RktDocument) -> None:  # type: ignore[no-untyped-def]
    extras = list(dict.fromkeys(h for p in doc.programs for h in p.extra))
    numbered = any(p.no for p in doc.programs)
    headers = (["No"] if numbered else []) + ["Program"] + extras
    width = int(TEXT_WIDTH / len(headers))
    table = document.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    header = _add_row(table)
    for text in headers:
        _add_cell(table, header, width, text, bold=True)
    for program in doc.programs:
        tr = _add_row(table)
        values = ([program.no or ""] if numbered else []) + [program.text] + [program.extra.get(h, "") for h in extras]
        for value in values:
            _add_cell(table, tr, width, value)


def place_date_line(doc: RktDocument) -> str | None:
    """'Bandung, Januari 2024': the date as printed (a blank day stays blank), else as read."""
    info = doc.document
    if info.place is None:
        return None
    if info.date_printed is not None:
        return f"{info.place}, {info.date_printed}"
    if info.date is not None:
        return f"{info.place}, {info.date.day} {MONTH_NAMES[info.date.month]} {info.date.year}"
    return f"{info.place}, {info.year}" if info.year else f"{info.place},"


def party_lines(signer: Signatory) -> list[str]:
    """A signer's lines: position, room to sign, name, rank, NIP."""
    return [signer.position or "", "", "", signer.name or "", signer.rank or "",
            f"NIP. {signer.nip}" if signer.nip else ""]


def signature_block(document, doc: RktDocument) -> None:  # type: ignore[no-untyped-def]
    """The signer's block on the right; a PK's second party (the superior) beside it on the left,
    the two side by side in a table without rules, as such PKs print them."""
    info = doc.document
    dated = place_date_line(doc)
    _paragraph(document, "", after=6)
    if info.superior is None:
        for line in [dated, *party_lines(info.signatory)]:
            if line is not None:
                paragraph = document.add_paragraph(line)
                paragraph.paragraph_format.left_indent = Cm(14)
                paragraph.paragraph_format.space_after = Pt(0)
        return
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (["", *party_lines(info.superior)],
                                                 [dated or "", *party_lines(info.signatory)]), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(0)


class DocxWriter(Writer):
    kind = "docx"
    suffix = ".docx"

    def render(self, doc: RktDocument) -> bytes:
        document = Document()
        style = document.styles["Normal"]
        style.font.name, style.font.size = FONT, FONT_SIZE
        _landscape(document)
        if doc.document.title:
            _paragraph(document, doc.document.title, bold=True, center=True, after=12)
        rkt_table(document, doc)
        if doc.programs:
            _paragraph(document, "", after=6)
            programs_table(document, doc)
        signature_block(document, doc)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
