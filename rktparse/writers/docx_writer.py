"""DOCX: a regenerated RKT that looks like the original.

It follows the document's printed layout (`RktDocument.layout`, else a default
one, see docx_layout.py), each table its own (`layout.tables`, docx_tables.py):
the page's size and orientation; the columns in
printed order under their printed headers, spanning header cells included,
with their widths in proportion on a fixed table grid, in the size the
table was printed in; the header rows (and the column-number row) shaded,
centred and repeated on every page; each Misi, Tujuan and Sasaran cell merged
down over its rows (a parent line and its listed items in one cell); the title
lines as printed and the title block's labelled lines; the lines document fields were read from outside
the title (`layout.field_lines`: a letterhead, a running header or footer, a caption, a section heading)
where the reader finds them again; the programs tables where they stood among the RKT tables; the
signature block kept together on the right, beside a PK's second party; page
numbers in the footer; the file's properties from the document. With `mark_review`, rows a `review` warning
names are highlighted and carry the warning as a Word comment.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

from rktparse.models import FieldPlace, Layout, RktDocument, Severity, Signatory
from rktparse.writers.base import Writer
from rktparse.writers.docx_layout import PrintedPart, in_printed_order, printed_parts, program_parts
from rktparse.writers.docx_parts import add_field, keep_row_whole, no_borders, set_custom_properties
from rktparse.writers.docx_tables import (
    FONT_SIZE,
    Comment,
    Page,
    add_cell,
    grid_table,
    programs_table,
    review_rows,
    rkt_table,
)

FONT = "Liberation Sans"
SIGNATURE_SPACE = 42  # points left for the signature and the stamp
# Custom properties the Word reader reads back (rktparse.readers.docx_reader).
STATUS_PROPERTY = "rktparse status"
REVIEW_PROPERTY = "rktparse review"


def _paragraph(document: Any, text: str, *, bold: bool = False, center: bool = False, after: int = 0) -> Any:
    paragraph = document.add_paragraph()
    if text:
        paragraph.add_run(text).bold = bold
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(after)
    return paragraph



def place_date_lines(doc: RktDocument) -> list[str]:
    """'Bandung,      Januari 2024': the place and the date as printed (a blank day kept blank); a place
    printed with no date nor year as a decree prints it ('Ditetapkan di : Bandung' over a blank 'Pada
    tanggal :'), the one form a place is read from without a year."""
    info = doc.document
    if info.place is None:
        return []
    if info.date_printed:
        blank_day = not info.date_printed.strip()[:1].isdigit()
        return [f"{info.place},{'      ' if blank_day else ' '}{info.date_printed.strip()}"]
    if info.date is not None:
        return [f"{info.place}, {info.date.day} {MONTH_NAMES[info.date.month]} {info.date.year}"]
    return [f"{info.place}, {info.year}"] if info.year else [f"Ditetapkan di : {info.place}", "Pada tanggal :"]


def agency_lines(doc: RktDocument) -> list[str]:
    """The agency, printed above the signer's position where nothing else printed names it (the title,
    the title block's lines, the position, the lines fields were read from): a document whose agency was
    read from its signature block."""
    info = doc.document
    read_from = [" ".join(found.lines) for found in (doc.layout.field_lines if doc.layout else [])]
    shown = " ".join([info.title or "", *info.fields.values(), info.signatory.position or "", *read_from]).lower()
    return [info.agency] if info.agency and info.agency.lower() not in shown else []


def party_lines(signatory: Signatory | None) -> list[str]:
    """A party's block, one entry per row of the signature table: position, name, rank, NIP."""
    if signatory is None:
        return ["", "", "", ""]
    return [signatory.position or "", signatory.name or "", signatory.rank or "",
            f"NIP. {signatory.nip}" if signatory.nip else ""]


def signature_block(document: Any, doc: RktDocument, page: Page) -> None:
    """The signer on the right (a PK's second party on the left, each line level with its counterpart),
    in a borderless table whose rows never break and are kept with the next, so the block stays whole."""
    above = place_date_lines(doc) or [""]
    if doc.document.signatory.name or doc.document.signatory.position:
        above += agency_lines(doc)
    right = above + party_lines(doc.document.signatory)
    if not any(right):
        return
    left = [""] * len(above) + party_lines(doc.document.superior)
    names = len(above) + 1  # the row of names: below the room left to sign
    rows = [(pair, k == names) for k, pair in enumerate(zip(left, right)) if any(pair)]
    _paragraph(document, "", after=6).paragraph_format.keep_with_next = True
    # two parties share the width; a single signer's long position wraps less in two thirds of it
    half = page.text_width // 2 if doc.document.superior else page.text_width // 3
    table = grid_table(document, [half, page.text_width - half], style=None)
    no_borders(table._tbl)
    for index, (pair, signed_above) in enumerate(rows):
        tr = table._tbl.add_tr()
        keep_row_whole(tr)
        for text, width in zip(pair, (half, page.text_width - half)):
            paragraph = add_cell(table, tr, width, text, center=True)
            paragraph.paragraph_format.keep_with_next = index < len(rows) - 1
            if signed_above:
                paragraph.paragraph_format.space_before = Pt(SIGNATURE_SPACE)


def end_with_paragraph(document: Any) -> None:
    """A body that ends with a table gets a last, one-point paragraph: Word writes one after every table,
    and LibreOffice's Word 97 export of a body without it loses the table (its cells become one paragraph)."""
    if document.element.body[-2].tag == qn("w:tbl"):  # [-1] is the section's properties
        paragraph = _paragraph(document, "")
        paragraph.paragraph_format.line_spacing = Pt(1)
        paragraph.add_run().font.size = Pt(1)


def printed_at(doc: RktDocument, place: FieldPlace) -> list[str]:
    """The lines a document field was read from that were printed at `place` (`layout.field_lines`)."""
    return [line for found in (doc.layout.field_lines if doc.layout else []) if found.place is place
            for line in found.lines]


def running_lines(part: Any, lines: list[str]) -> None:
    """`lines` printed on every page in a section's header or footer (later sections show the first's)."""
    for index, line in enumerate(lines):
        paragraph = part.paragraphs[0] if index == 0 else part.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line)


def page_break(document: Any) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def page_footer(section: Any, pattern: str | None, lines: list[str]) -> None:
    """The lines printed alike at the foot of every page, then the page-number line of `pattern` ('Halaman
    {page} dari {pages}'), its figures live fields (later sections show the first's footer)."""
    running_lines(section.footer, lines)
    if not pattern:
        return
    paragraph = section.footer.add_paragraph() if lines else section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rest = pattern
    while rest:
        before, found, rest = _next_field(rest)
        if before:
            paragraph.add_run(before)
        if found:
            add_field(paragraph, *found)


def _next_field(text: str) -> tuple[str, tuple[str, str] | None, str]:
    """(text before the first placeholder, its field, the text after it)."""
    places = [(text.find(name), name) for name in ("{page}", "{pages}") if name in text]
    if not places:
        return text, None, ""
    at, name = min(places)
    field = ("PAGE", "1") if name == "{page}" else ("NUMPAGES", "1")
    return text[:at], field, text[at + len(name):]


def properties(document: Any, doc: RktDocument) -> None:
    """Title, agency and year from the document; created now; its status (read back by the Word reader)."""
    info = doc.document
    core = document.core_properties
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    core.title = info.title or ""
    core.author = info.agency or ""
    core.subject = " ".join(part for part in (info.kind.value.upper() if info.kind.value != "unknown" else "",
                                              str(info.year) if info.year else "") if part)
    core.keywords = str(info.year) if info.year else ""
    core.comments = f"Regenerated by rktparse from {doc.source.file}"
    core.last_modified_by = "rktparse"
    core.created = core.modified = now
    core.revision = 1
    review = [w.message for w in doc.warnings if w.severity is Severity.REVIEW]
    set_custom_properties(document, {STATUS_PROPERTY: doc.status.value,
                                     REVIEW_PROPERTY: f"{len(review)} warning(s) to review" if review else ""})


class DocxWriter(Writer):
    """Args:
        mark_review: highlight the rows a `review` warning names and attach the warning as a comment.
    """

    kind = "docx"
    suffix = ".docx"

    def __init__(self, mark_review: bool = False) -> None:
        self.mark_review = mark_review

    @staticmethod
    def next_table_page(document: Any, page: Page, part: PrintedPart[Any]) -> Page:
        """Where the next table goes, its heading printed above it: below the one before; on a new page where
        the table topped its page under a heading of its own, or was printed on a page of another size or
        orientation (an RKT in portrait, then a Renja in landscape)."""
        size = (part.layout.page.width, part.layout.page.height) if part.layout.page else None
        assert page.layout.page is not None
        if (size is None or size == (page.layout.page.width, page.layout.page.height)) and not part.heading:
            _paragraph(document, "", after=6)
            return page
        page = Page(document.add_section(WD_SECTION.NEW_PAGE), part.layout if size else page.layout)
        for line in part.heading:
            _paragraph(document, line, bold=True, center=True)
        _paragraph(document, "", after=6)
        return page

    @staticmethod
    def title_block(document: Any, doc: RktDocument, layout: Layout) -> None:
        """The letterhead, the title lines, the title block's labelled lines and the first table's caption.
        A title is told from capitals above or below it by the running text between them, which the copy does
        not keep: a page break sets a letterhead (on the page before) and a caption (on the page after) apart."""
        head = printed_at(doc, FieldPlace.LETTERHEAD)
        for line in head:
            _paragraph(document, line, bold=True, center=True)
        if head:
            page_break(document)
        for line in layout.title_lines or ([doc.document.title] if doc.document.title else []):
            _paragraph(document, line, bold=True, center=True)
        _paragraph(document, "", after=6)
        for label, value in doc.document.fields.items():  # the title block's labelled lines
            _paragraph(document, f"{label} : {value}", after=3)
        if doc.document.fields:
            _paragraph(document, "", after=6)
        if caption := printed_at(doc, FieldPlace.CAPTION):
            page_break(document)
            for line in caption:
                _paragraph(document, line, center=True)
            _paragraph(document, "", after=6)

    def render(self, doc: RktDocument) -> bytes:
        document = Document()
        style = document.styles["Normal"]
        style.font.name, style.font.size = FONT, FONT_SIZE
        style.paragraph_format.space_after = Pt(0)
        parts = printed_parts(doc)
        page = Page(document.sections[0], parts[0].layout)
        layout = parts[0].layout
        self.title_block(document, doc, layout)
        comment: Comment | None = None
        if self.mark_review:
            def comment(runs: Any, text: str) -> None:
                document.add_comment(runs, text=text, author="rktparse", initials="rkt")
        marked = review_rows(doc) if comment is not None else {}
        programs = program_parts(doc) if doc.programs else []
        for index, part in enumerate(in_printed_order(parts, programs)):
            if index:
                page = self.next_table_page(document, page, part)
            if (listed := next((table for table in programs if table is part), None)) is not None:
                programs_table(document, listed.nodes, listed.layout, page)
            else:
                rkt = next(table for table in parts if table is part)
                rkt_table(document, rkt.nodes, rkt.layout, page, marked, comment)
        for line in printed_at(doc, FieldPlace.SECTION):
            _paragraph(document, line, bold=True, after=6)
        signature_block(document, doc, page)
        end_with_paragraph(document)
        running_lines(document.sections[0].header, printed_at(doc, FieldPlace.PAGE_HEADER))
        page_footer(document.sections[0], layout.footer, printed_at(doc, FieldPlace.PAGE_FOOTER))
        properties(document, doc)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()


MONTH_NAMES = {1: "Januari", 2: "Februari", 3: "Maret", 4: "April", 5: "Mei", 6: "Juni", 7: "Juli",
               8: "Agustus", 9: "September", 10: "Oktober", 11: "November", 12: "Desember"}
