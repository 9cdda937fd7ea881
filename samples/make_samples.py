"""Build the project's own sample RKT / PK PDFs with their expected extraction.

Dev-time script, rerunnable, deterministic content:

    .venv/bin/python samples/make_samples.py            # all samples
    .venv/bin/python samples/make_samples.py STEM ...   # some samples
    .venv/bin/python samples/make_samples.py -v         # also list skipped lines
    .venv/bin/python samples/make_samples.py --twins    # the twins with fewer rules (below)

For each sample the script writes, beside this file:

* ``<stem>.pdf``            - the document, made with one of two producers:
  ``word`` (python-docx, converted by ``soffice --headless --convert-to pdf``)
  or ``reportlab`` (platypus LongTable);
* ``<stem>.expected.json``  - the expected extraction: ``document``, ``sasaran``
  and ``programs`` exactly as ``rktparse.models`` define them (validated by
  building an ``RktDocument``);
* ``<stem>.layout.txt``     - ``pdftotext -layout`` of the PDF;
* ``<stem>.blocks.txt``     - PyMuPDF ``page.get_text()`` of every page, each page
  followed by a form feed, like pdftotext.

Everything in the expected JSON comes from the Python data below. The pages
declared for each row are the pages they are meant to print on; after producing
a PDF the script reads it back (PyMuPDF words inside the ruled table area,
assigned to columns by the known column widths) and checks, cell by cell, that
the printed lines join to the expected text and sit on the declared pages. A
layout change (another LibreOffice version, other fonts) therefore stops the
script with a message instead of writing a wrong expectation.

``--twins`` prints each sample again with fewer rules, as ``<stem>-borderless.pdf``
(Word: table borders off; ReportLab: no lines at all) and, for one ReportLab
sample, ``<stem>-header-rules.pdf`` (rules above and below the header and under
the table only). A twin has the same data and page breaks, so it must give the
sample's own ``<stem>.expected.json``; it is read back the same way, its table
area taken from the ruled sample's x0 and the text between title, footer and
signature.

Needs: python-docx, reportlab, pymupdf (dev only), soffice, pdftotext.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

CM = 72 / 2.54  # points per centimetre


# --------------------------------------------------------------------------
# Data model of a sample
# --------------------------------------------------------------------------


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
    target: str
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


# --------------------------------------------------------------------------
# Expected-JSON rules (the conventions the assembler is built to)
# --------------------------------------------------------------------------


def join_lines(lines: list[str]) -> str:
    """Cell lines joined with one space; a line ending in letter + '-' joins without."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[^\W\d_]-$", out):
            out += line
        else:
            out += " " + line
    return out


def text_of(s: str) -> str:
    return join_lines(s.split("\n"))


def _num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


NUMBER_UNITS = ("kali", "orang", "laporan", "dokumen")


def expected_target(raw: str, header: str) -> dict:
    t = raw
    if m := re.fullmatch(r"(\d+(?:,\d+)?) ?%", t):
        return dict(raw=raw, value=_num(m[1]), unit="%", kind="percent", note=None)
    if "%" in header and re.fullmatch(r"\d+(?:,\d+)?", t):
        return dict(raw=raw, value=_num(t), unit="%", kind="percent", note=None)
    if m := re.fullmatch(r"Rp (\d{1,3}(?:\.\d{3})+)", t):
        return dict(raw=raw, value=_num(m[1]), unit="Rp", kind="currency", note=None)
    if t in ("AA", "A", "BB", "B", "CC", "C"):
        return dict(raw=raw, value=None, unit=None, kind="grade", note=None)
    if t in ("WTP", "WDP"):
        return dict(raw=raw, value=None, unit=None, kind="opinion", note=None)
    if m := re.fullmatch(rf"(\d{{1,3}}(?:\.\d{{3}})*(?:,\d+)?) ({'|'.join(NUMBER_UNITS)})", t):
        return dict(raw=raw, value=_num(m[1]), unit=m[2], kind="number", note=None)
    if m := re.fullmatch(r"(\d+) \((.+)\)", t):
        return dict(raw=raw, value=_num(m[1]), unit=None, kind="number", note=m[2])
    if re.match(r"\d", t):
        raise ValueError(f"target {raw!r}: a number form the rules do not cover; rephrase it")
    return dict(raw=raw, value=None, unit=None, kind="text", note=None)


def header_key(header: str) -> str:
    return join_lines(header.split("\n"))


def keg_items(cell) -> list[str]:
    return [cell] if isinstance(cell, str) else list(cell)


def expected_json(s: Sample) -> dict:
    roles = {c.role: c for c in s.cols}
    target_header = header_key(roles["target"].header)
    extras = [c for c in s.cols if c.role == "extra"]
    uppers: dict[int, set] = {}  # id(Upper) -> pages
    for sas in s.sasaran:
        pages = sas.all_pages()
        for up in (sas.misi, sas.tujuan):
            if up is not None:
                uppers.setdefault(id(up), set()).update(pages)

    def upper(up):
        if up is None:
            return None
        return dict(no=up.no, text=text_of(up.text), pages=sorted(uppers[id(up)]))

    sasaran = []
    for sas in s.sasaran:
        inds = []
        for ind in sas.ind:
            missing = [header_key(c.header) for c in extras if c.header not in ind.extra]
            if missing:
                raise ValueError(f"{s.stem}: indikator {ind.text[:40]!r} lacks extra cells {missing}")
            inds.append(
                dict(
                    no=None,
                    text=text_of(ind.text),
                    target=expected_target(ind.target, target_header),
                    kegiatan=[text_of(item) for cell in ind.keg for item in keg_items(cell)],
                    pages=sas.ind_pages(ind),
                    extra={header_key(c.header): text_of(ind.extra[c.header]) for c in extras},
                )
            )
        sasaran.append(
            dict(
                no=sas.no,
                text=text_of(sas.text),
                pages=sas.all_pages(),
                indikator=inds,
                misi=upper(sas.misi),
                tujuan=upper(sas.tujuan),
                group=None,
            )
        )
    programs = []
    if s.programs:
        pextras = [c for c in s.programs.cols if c.role == "extra"]
        for pr in s.programs.rows:
            programs.append(
                dict(
                    no=pr.no,
                    text=text_of(pr.text),
                    pages=sorted(pr.pages),
                    extra={header_key(c.header): text_of(pr.extra[c.header]) for c in pextras},
                )
            )
    sg = s.sign
    document = dict(
        title=join_lines(s.title),
        agency=s.agency,
        year=s.year,
        place=sg.place,
        date=sg.date.isoformat() if sg.date else None,
        signatory=dict(position=sg.position, name=sg.name, nip=sg.nip),
    )
    return dict(document=document, sasaran=sasaran, programs=programs)


# --------------------------------------------------------------------------
# Grid plan shared by both producers
# --------------------------------------------------------------------------


@dataclass
class Anchor:
    paras: list  # printed paragraphs; "\n" inside = forced break
    rowspan: int
    key: tuple  # what the cell is, for verification: (kind, index...)


def body_plan(s: Sample) -> list[list[Anchor | None]]:
    """Rows x columns; an Anchor where a cell starts, None where a merge covers."""
    ncol = len(s.cols)
    rows: list[list] = []
    # rows per indikator / sasaran
    spans = []
    for sas in s.sasaran:
        n_sas = sum(max(1, len(i.keg)) for i in sas.ind)
        spans.append(n_sas)
    # upper levels: group consecutive sasaran sharing the same object
    def upper_spans(attr):
        out = {}
        si = 0
        while si < len(s.sasaran):
            up = getattr(s.sasaran[si], attr)
            sj = si
            while sj + 1 < len(s.sasaran) and getattr(s.sasaran[sj + 1], attr) is up:
                sj += 1
            out[si] = (up, sum(spans[si : sj + 1]))
            si = sj + 1
        return out

    misi_sp = upper_spans("misi")
    tujuan_sp = upper_spans("tujuan")
    for si, sas in enumerate(s.sasaran):
        first_sas_row = True
        for ii, ind in enumerate(sas.ind):
            kegs = ind.keg or [None]
            for ki, keg in enumerate(kegs):
                row: list = [None] * ncol
                for ci, col in enumerate(s.cols):
                    r = col.role
                    if r in ("misi", "tujuan"):
                        sp = (misi_sp if r == "misi" else tujuan_sp).get(si)
                        if sp and first_sas_row and ii == 0 and ki == 0:
                            up, n = sp
                            row[ci] = Anchor([up.text] if up else [], n, (r, si))
                    elif r in ("no", "sasaran"):
                        if first_sas_row:
                            txt = sas.no if r == "no" else sas.text
                            row[ci] = Anchor([txt] if txt else [], spans[si], (r, si))
                    elif r in ("indikator", "target", "extra"):
                        if ki == 0:
                            txt = {"indikator": ind.text, "target": ind.target}.get(r)
                            if r == "extra":
                                txt = ind.extra[col.header]
                            row[ci] = Anchor([txt], len(kegs), (r, si, ii, col.header))
                    elif r == "kegiatan":
                        row[ci] = Anchor(keg_items(keg) if keg else [], 1, ("kegiatan", si, ii, ki))
                    else:
                        raise ValueError(r)
                first_sas_row = False
                rows.append(row)
    return rows


def program_plan(pt: ProgramTable) -> list[list[Anchor]]:
    rows = []
    for pi, pr in enumerate(pt.rows):
        row = []
        for col in pt.cols:
            txt = pr.text if col.role == "program" else pr.extra[col.header]
            row.append(Anchor([txt], 1, ("program", pi, col.header)))
        rows.append(row)
    return rows


# --------------------------------------------------------------------------
# Producer 1: Word (python-docx) -> soffice -> PDF
# --------------------------------------------------------------------------


def _docx_modules():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    return docx, WD_ORIENT, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, OxmlElement, qn, Cm, Pt


def _add_text(paragraph, text: str, bold=False, size=None):
    """Add text to a paragraph; '\\n' becomes a line break (w:br) inside it."""
    parts = text.split("\n")
    for k, part in enumerate(parts):
        run = paragraph.add_run(part)
        run.bold = bold
        if size:
            from docx.shared import Pt

            run.font.size = Pt(size)
        if k < len(parts) - 1:
            run.add_break()


def _field(paragraph, instr: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind):
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)

    fld("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def _word_table(doc, cols, header_rows, plan, s: Sample, borders=True):
    docx, WD_ORIENT, WD_TABLE_ALIGNMENT, WD_ALIGN, OxmlElement, qn, Cm, Pt = _docx_modules()
    nrows = len(header_rows) + len(plan)
    table = doc.add_table(rows=nrows, cols=len(cols))
    if borders:
        table.style = "Table Grid"
    else:
        _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tblPr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    for ci, col in enumerate(cols):
        table.columns[ci].width = Cm(col.width)
        for cell in table.columns[ci].cells:
            cell.width = Cm(col.width)
    # header rows: repeat on every page
    for hi, hrow in enumerate(header_rows):
        tr = table.rows[hi]._tr
        trPr = tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
        for ci, text in enumerate(hrow):
            cell = table.cell(hi, ci)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN.CENTER
            _add_text(p, text, bold=(hi == 0))
            _shade(cell, "D9D9D9" if hi == 0 else None)
    # body: merges first, then text
    off = len(header_rows)
    for ri, row in enumerate(plan):
        for ci, anc in enumerate(row):
            if anc is None:
                continue
            cell = table.cell(off + ri, ci)
            if anc.rowspan > 1:
                cell = cell.merge(table.cell(off + ri + anc.rowspan - 1, ci))
            role = cols[ci].role
            paras = anc.paras or [""]
            for k, text in enumerate(paras):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.paragraph_format.space_before = Pt(s.cell_spacing)
                p.paragraph_format.space_after = Pt(s.cell_spacing)
                if role in ("target", "no") or (role == "extra" and len(text) < 20):
                    p.alignment = WD_ALIGN.CENTER
                _add_text(p, text)
    return table


def _shade(cell, fill):
    if not fill:
        return
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def build_word(s: Sample, pdf_path: Path, workdir: Path) -> None:
    docx, WD_ORIENT, WD_TABLE_ALIGNMENT, WD_ALIGN, OxmlElement, qn, Cm, Pt = _docx_modules()
    doc = docx.Document()
    doc.core_properties.author = s.agency
    doc.core_properties.title = join_lines(s.title)
    doc.core_properties.created = dt.datetime(2024, 1, 1)
    doc.core_properties.modified = dt.datetime(2024, 1, 1)
    doc.core_properties.last_modified_by = s.agency
    st = doc.styles["Normal"]
    st.font.name = s.font
    st.font.size = Pt(s.size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), s.font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    sec = doc.sections[0]
    if s.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    lm, rm, tm, bm = s.margins_cm
    sec.left_margin, sec.right_margin = Cm(lm), Cm(rm)
    sec.top_margin, sec.bottom_margin = Cm(tm), Cm(bm)
    sec.footer_distance = Cm(0.8)
    if s.page_numbers:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN.CENTER
        # "Halaman {page} dari {pages}"
        for part in re.split(r"(\{page\}|\{pages\})", s.page_numbers):
            if part == "{page}":
                _field(p, "PAGE")
            elif part == "{pages}":
                _field(p, "NUMPAGES")
            elif part:
                p.add_run(part)

    for line in s.title:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN.CENTER
        _add_text(p, line, bold=True, size=s.size + 2)
    doc.add_paragraph()

    header_rows = [[c.header for c in s.cols]]
    if s.numbered_row:
        header_rows.append([f"({k + 1})" for k in range(len(s.cols))])
    _word_table(doc, s.cols, header_rows, body_plan(s), s, borders=s.rules != "none")

    if s.programs:
        doc.add_paragraph()
        pt = s.programs
        _word_table(doc, pt.cols, [[c.header for c in pt.cols]], program_plan(pt), s, borders=s.rules != "none")

    doc.add_paragraph()
    sg = s.sign
    usable = (29.7 if s.landscape else 21.0) - lm - rm
    if sg.left is None:
        for line in sg.lines:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(usable - 8.5)
            p.alignment = WD_ALIGN.CENTER
            _add_text(p, line)
    else:
        # two parties side by side in a borderless table, like real PKs
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        t.autofit = False
        for ci, lines in enumerate((sg.left, sg.lines)):
            cell = t.cell(0, ci)
            cell.width = Cm(usable / 2)
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN.CENTER
                _add_text(p, line)

    docx_path = workdir / f"{s.stem}.docx"
    doc.save(docx_path)
    profile = workdir / "lo-profile"
    cmd = [
        "soffice",
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(workdir),
        str(docx_path),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=240)
    pdf_path.write_bytes(_stable_pdf_bytes((workdir / f"{s.stem}.pdf").read_bytes()))


def _stable_pdf_bytes(data: bytes) -> bytes:
    """Make soffice output byte-stable across runs (same-length edits, xref stays valid).

    Only the creation date, the trailer /ID and LibreOffice's /DocChecksum change from
    run to run; the date becomes 2024-01-01 and the two hashes an MD5 of the rest.
    """
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240101000000", data)
    hex_re = rb"(/ID \[ <|>\s*<|/DocChecksum /)([0-9A-F]{32})"
    blank = re.sub(hex_re, lambda m: m[1] + b"0" * 32, data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    return re.sub(hex_re, lambda m: m[1] + digest, data)


# --------------------------------------------------------------------------
# Producer 2: ReportLab platypus
# --------------------------------------------------------------------------


def build_reportlab(s: Sample, pdf_path: Path, workdir: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = "Helvetica", "Helvetica-Bold"
    base = ParagraphStyle("cell", fontName=font, fontSize=s.size, leading=s.size * 1.2)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=center, fontName=bold)
    title = ParagraphStyle("title", parent=head, fontSize=s.size + 2, leading=(s.size + 2) * 1.3)
    sign = ParagraphStyle("sign", parent=center)

    def para(text, style=base):
        return Paragraph(text.replace("\n", "<br/>"), style)

    pagesize = landscape(A4) if s.landscape else A4
    lm, rm, tm, bm = (v * CM for v in s.margins_cm)
    widths = [c.width * CM for c in s.cols]
    header_rows = [[para(c.header, head) for c in s.cols]]
    if s.numbered_row:
        header_rows.append([para(f"({k + 1})", center) for k in range(len(s.cols))])
    nh = len(header_rows)
    plan = body_plan(s)

    def on_page(canvas, doc):
        if s.page_numbers:
            canvas.saveState()
            canvas.setFont(font, s.size - 1)
            txt = s.page_numbers.replace("{page}", str(canvas.getPageNumber()))
            canvas.drawCentredString(pagesize[0] / 2, bm / 2, txt)
            canvas.restoreState()

    upper_cols = {ci for ci, c in enumerate(s.cols) if c.role in ("no", "sasaran", "misi", "tujuan")}

    def make_table(cuts: set[int] | None, log: list):
        """cuts: body row indexes where a page starts; None = first pass (no sasaran spans)."""
        data = [list(r) for r in header_rows]
        spans = []
        for ri, row in enumerate(plan):
            out = []
            for ci, anc in enumerate(row):
                if anc is None:
                    out.append("")
                    continue
                style = center if s.cols[ci].role in ("target", "no") else base
                cell = [para(t, style) for t in anc.paras] if anc.paras else ""
                if len(cell) == 1:
                    cell = cell[0]
                if anc.rowspan > 1 and ci in upper_cols:
                    if cuts is None:
                        cell = ""  # first pass: find the page breaks without these spans
                    else:
                        start, end = ri, ri + anc.rowspan - 1
                        pieces = [start] + [c for c in sorted(cuts) if start < c <= end] + [end + 1]
                        for a, b in zip(pieces, pieces[1:]):
                            if b - 1 > a:
                                spans.append(("SPAN", (ci, nh + a), (ci, nh + b - 1)))
                elif anc.rowspan > 1:
                    spans.append(("SPAN", (ci, nh + ri), (ci, nh + ri + anc.rowspan - 1)))
                out.append(cell)
            data.append(out)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE")]
        cmds += [("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if s.rules == "grid":
            first = nh if s.borderless_header else 0
            cmds.append(("GRID", (0, first), (-1, -1), 0.6, colors.black))
            if not s.borderless_header:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")))
        if s.rules in ("lines", "header"):  # above and below the header
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black))
            cmds.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 1.0, colors.black))
        if s.rules == "header":  # and below the table's part on each page
            for row in ("splitlast", -1):
                cmds.append(("LINEBELOW", (0, row), (-1, row), 1.0, colors.black))
        if s.rules == "lines":  # and below every cell of the body
            for ri, row in enumerate(plan):
                for ci, anc in enumerate(row):
                    if anc is not None:
                        last = nh + ri + anc.rowspan - 1
                        cmds.append(("LINEBELOW", (ci, last), (ci, last), 0.5, colors.black))
        table = _logging_table(LongTable, log)(
            data, colWidths=widths, repeatRows=nh, style=TableStyle(cmds + spans), hAlign="LEFT"
        )
        return table

    def story(table):
        st = [para(line, title) for line in s.title]
        st.append(Spacer(1, 0.5 * CM))
        st.append(table)
        st.append(Spacer(1, 0.6 * CM))
        usable = pagesize[0] - lm - rm
        sg = s.sign
        if sg.left is None:
            lines = [para(t or "&nbsp;", sign) for t in sg.lines]
            sig = Table([[ "", lines]], colWidths=[usable - 8.5 * CM, 8.5 * CM], hAlign="LEFT")
        else:
            left = [para(t or "&nbsp;", sign) for t in sg.left]
            right = [para(t or "&nbsp;", sign) for t in sg.lines]
            sig = Table([[left, right]], colWidths=[usable / 2] * 2, hAlign="LEFT")
        sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        sig.keepWithNext = False
        st.append(sig)
        return st

    def build(cuts, path):
        log: list = []
        doc = SimpleDocTemplate(
            str(path),
            pagesize=pagesize,
            leftMargin=lm,
            rightMargin=rm,
            topMargin=tm,
            bottomMargin=bm,
            title=" ".join(s.title),
            author=s.agency,
            invariant=1,
        )
        doc.build(story(make_table(cuts, log)), onFirstPage=on_page, onLaterPages=on_page)
        # body rows per page from the drawn table parts
        starts, row = set(), 0
        pages = {}
        for page, nrows in log:
            if row:
                starts.add(row)
            for r in range(row, row + nrows - nh):
                pages[r] = page
            row += nrows - nh
        return starts, pages

    # pass 1 finds where the table breaks without the Sasaran-level spans (ReportLab
    # cannot split a SPAN); pass 2 cuts those spans at the breaks, as a merged cell
    # continued on the next page looks, and must break at the same rows.
    first_cuts, _ = build(None, workdir / f"{s.stem}.pass1.pdf")
    cuts, _ = build(first_cuts, pdf_path)
    if cuts != first_cuts:
        raise RuntimeError(f"{s.stem}: page breaks moved between passes {first_cuts} -> {cuts}")


def _logging_table(base, log):
    class T(base):
        def drawOn(self, canvas, x, y, _sW=0):
            log.append((canvas.getPageNumber(), self._nrows))
            return super().drawOn(canvas, x, y, _sW)

    return T


# --------------------------------------------------------------------------
# Verification: read the PDF back and compare with the expectation
# --------------------------------------------------------------------------


@dataclass
class Line:
    page: int
    y: float
    text: str


class VerifyError(Exception):
    pass


def _table_geometry(page):
    """x0 of the table and the vertical extent of the ruled area on the page."""
    xs, ys = [], []
    for d in page.get_drawings():
        for it in d["items"]:
            if it[0] == "l":
                xs += [it[1].x, it[2].x]
                ys += [it[1].y, it[2].y]
            elif it[0] == "re":
                r = it[1]
                if min(r.width, r.height) < 3:
                    xs += [r.x0, r.x1]
                    ys += [r.y0, r.y1]
    if not xs:
        return None
    return min(xs), min(ys), max(ys)


def _text_geometry(s: Sample, x0: float):
    """For a twin without rules: the table's x0 (from the ruled sample) and, per page, the
    extent between the title (page 1) and the signature (last page) or the page footer."""

    def hits(page, text: str) -> list[float]:
        words = text.split()
        return sorted(r.y0 for r in page.search_for(" ".join(words[:3]))) if words else []

    def geometry(page, pno: int, npages: int):
        ytop, ybot = 0.0, page.rect.height
        if pno == 1 and (title := hits(page, s.title[-1])):
            ytop = title[0] + 1  # below the top of the title's last line
        if s.page_numbers and (footer := hits(page, s.page_numbers.format(page=pno, pages=npages))):
            ybot = footer[-1]
        if pno == npages:
            firsts = [next((t for t in side if t.strip()), "") for side in (s.sign.lines, s.sign.left or [])]
            ybot = min([ybot, *(found[-1] for text in firsts if (found := hits(page, text)))])
        return x0, ytop, ybot

    return geometry


def column_streams(pdf: Path, cols: list, geometry=None):
    """Each column's printed lines, in order; `geometry(page, pno, npages)` gives
    (table x0, top, bottom) of the table area (default: from the ruling lines)."""
    import pymupdf

    doc = pymupdf.open(pdf)
    geo0 = None
    streams = [[] for _ in cols]
    for pno, page in enumerate(doc, 1):
        geo = geometry(page, pno, doc.page_count) if geometry else _table_geometry(page)
        if geo is None:
            continue
        x0, ytop, ybot = geo
        if geo0 is None:
            geo0 = x0
        bounds = [geo0]
        for c in cols:
            bounds.append(bounds[-1] + c.width * CM)
        per_col: list[dict] = [dict() for _ in cols]
        for w in page.get_text("words"):
            wx0, wy0, wx1, wy1, word = w[:5]
            yc = (wy0 + wy1) / 2
            if not (ytop - 1 <= yc <= ybot + 1):
                continue
            xc = (wx0 + wx1) / 2
            ci = next((k for k in range(len(cols)) if bounds[k] <= xc < bounds[k + 1]), None)
            if ci is None:
                continue
            key = round(wy1 * 2) / 2  # group by bottom edge
            bucket = per_col[ci]
            near = next((k for k in bucket if abs(k - key) < 2.0), None)
            bucket.setdefault(near if near is not None else key, []).append((wx0, word))
        for ci, bucket in enumerate(per_col):
            for y in sorted(bucket):
                words = [w for _, w in sorted(bucket[y])]
                streams[ci].append(Line(pno, y, " ".join(words)))
    return streams, doc.page_count


def match_column(stream, cells, skip, verbose=False, label=""):
    """Consume stream lines for each expected cell in order.

    cells: list of (key, [paragraph texts]). Returns key -> set of pages.
    Lines before a cell that do not start it are skipped (header, other tables);
    inside a cell only repeated header lines at a page change may intervene.
    """
    i = 0
    found = {}
    for key, paras in cells:
        exp_paras = [text_of(p) for p in paras if p]
        if not exp_paras:
            continue
        expected = join_lines(exp_paras)
        # find the start
        while i < len(stream) and (
            (stream[i].text in skip and stream[i].text != expected) or not _starts(expected, stream[i].text)
        ):
            if verbose and stream[i].text not in skip:
                print(f"    [{label}] skipped p{stream[i].page}: {stream[i].text!r}")
            i += 1
        if i >= len(stream):
            raise VerifyError(f"{label}: cell {key} not found: {expected!r}")
        acc, pages, last = stream[i].text, {stream[i].page}, stream[i].page
        line_starts = [stream[i].text]
        i += 1
        while acc != expected:
            if i >= len(stream):
                raise VerifyError(f"{label}: cell {key} ends early: {acc!r} vs {expected!r}")
            ln = stream[i]
            cand = join_lines([acc, ln.text])
            if not _starts(expected, cand):
                if ln.page != last and ln.text in skip:
                    i += 1
                    continue
                raise VerifyError(
                    f"{label}: cell {key}: after {acc!r} comes p{ln.page} {ln.text!r}; expected {expected!r}"
                )
            acc = cand
            pages.add(ln.page)
            last = ln.page
            line_starts.append(ln.text)
            i += 1
        # items of a multi-item cell must each start a printed line
        if len(exp_paras) > 1:
            for p in exp_paras:
                if not any(l.startswith(p.split(" ")[0]) and p.startswith(l[: min(len(l), len(p))]) for l in line_starts):
                    raise VerifyError(f"{label}: item {p!r} of {key} does not start a line")
        found[key] = pages
    return found


class HeaderLines:
    """The printed lines of one column's header: any run of its words (it may wrap)."""

    def __init__(self, header: str, number: str | None = None):
        self.words = f" {header_key(header)} "
        self.number = number

    def __contains__(self, line: str) -> bool:
        return line == self.number or f" {line} " in self.words


def _starts(expected: str, acc: str) -> bool:
    """acc is a prefix of expected ending at a word boundary (or a hyphen)."""
    if not expected.startswith(acc):
        return False
    rest = expected[len(acc) :]
    return rest == "" or rest[0] == " " or acc.endswith("-")


def verify(s: Sample, pdf: Path, verbose=False, geometry=None) -> int:
    import pymupdf

    streams, npages = column_streams(pdf, s.cols, geometry)
    plan = body_plan(s)
    # per column, the expected cells in order
    found = {}
    for ci, col in enumerate(s.cols):
        cells = [(anc.key, anc.paras) for row in plan for anc in [row[ci]] if anc is not None]
        skip = HeaderLines(col.header, f"({ci + 1})" if s.numbered_row else None)
        found.update(match_column(streams[ci], cells, skip, verbose, f"{s.stem} col {col.header!r}"))
    errors = []
    # rows: union over their cells
    for si, sas in enumerate(s.sasaran):
        sas_pages = set()
        for ii, ind in enumerate(sas.ind):
            pages = set()
            for key, pg in found.items():
                if key[0] in ("indikator", "target", "extra", "kegiatan") and key[1:3] == (si, ii):
                    pages |= pg
            sas_pages |= pages
            if sorted(pages) != sas.ind_pages(ind):
                errors.append(
                    f"sasaran {si + 1} indikator {ii + 1} {ind.text[:50]!r}: "
                    f"printed on {sorted(pages)}, declared {sas.ind_pages(ind)}"
                )
        own = found.get(("sasaran", si), set())
        if not own <= sas_pages:
            errors.append(f"sasaran {si + 1}: its cell prints on {sorted(own)} outside its rows {sorted(sas_pages)}")
    if s.programs:
        pstreams, _ = column_streams(pdf, s.programs.cols, geometry)
        pplan = program_plan(s.programs)
        pfound = {}
        for ci, col in enumerate(s.programs.cols):
            cells = [(row[ci].key, row[ci].paras) for row in pplan]
            pskip = HeaderLines(col.header)
            pfound.update(match_column(pstreams[ci], cells, pskip, False, f"{s.stem} program col {col.header!r}"))
        for pi, pr in enumerate(s.programs.rows):
            pages = set().union(*(pg for key, pg in pfound.items() if key[1] == pi))
            if sorted(pages) != sorted(pr.pages):
                errors.append(f"program {pi + 1}: printed on {sorted(pages)}, declared {pr.pages}")
    # title on page 1, signature on the last page
    doc = pymupdf.open(pdf)

    def norm(t):
        return re.sub(r"\s+", " ", t).strip()

    first = norm(doc[0].get_text())
    for line in s.title:
        if norm(line) not in first:
            errors.append(f"title line {line!r} not on page 1")
    last = norm(doc[-1].get_text())
    for line in (s.sign.lines or []) + (s.sign.left or []):
        if line.strip() and norm(line) not in last:
            errors.append(f"signature line {line!r} not on the last page")
    if errors:
        raise VerifyError(f"{s.stem}:\n  " + "\n  ".join(errors))
    return npages


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def write_outputs(s: Sample, pdf: Path, npages: int) -> dict:
    import pymupdf

    from rktparse.models import RktDocument, Source

    exp = expected_json(s)
    model = RktDocument(
        source=Source(
            file=pdf.name,
            sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
            format="pdf",
            pages=npages,
            engine="expected",
        ),
        **exp,
    )
    dumped = model.model_dump(mode="json")
    out = {k: dumped[k] for k in ("document", "sasaran", "programs")}
    if out != json.loads(json.dumps(exp)):
        raise RuntimeError(f"{s.stem}: the model changed the expectation; check the data")
    (HERE / f"{s.stem}.expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    (HERE / f"{s.stem}.layout.txt").write_bytes(layout)
    doc = pymupdf.open(pdf)
    blocks = "".join(page.get_text() + "\f" for page in doc)
    (HERE / f"{s.stem}.blocks.txt").write_text(blocks, encoding="utf-8")
    return out


def twins(s: Sample) -> list[Sample]:
    """The sample printed with fewer rules: same data, same page breaks, same expected JSON."""
    out = [replace(s, stem=f"{s.stem}-borderless", rules="none", margins_cm=TWIN_MARGINS.get(s.stem, s.margins_cm))]
    if s.stem == HEADER_RULES_TWIN:
        out.append(replace(s, stem=f"{s.stem}-header-rules", rules="header"))
    return out


def build_twin(twin: Sample, s: Sample, work: Path, verbose: bool) -> bool:
    """Builds and checks a twin against the ruled sample's data; the ruled PDF gives the table's x0."""
    import pymupdf

    ruled = HERE / f"{s.stem}.pdf"
    if not ruled.exists():
        print(f"FAILED {twin.stem}: build {ruled.name} first", file=sys.stderr)
        return False
    x0 = next(geo[0] for page in pymupdf.open(ruled) if (geo := _table_geometry(page)) is not None)
    pdf = HERE / f"{twin.stem}.pdf"
    (build_word if twin.producer == "word" else build_reportlab)(twin, pdf, work)
    try:
        npages = verify(twin, pdf, verbose, _text_geometry(twin, x0))
    except VerifyError as exc:
        print(f"FAILED {exc}", file=sys.stderr)
        return False
    print(f"{twin.stem}: {npages} pages, same expectation as {s.stem}, {pdf.stat().st_size // 1024} KB")
    return True


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stems", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (docx, first passes)")
    ap.add_argument(
        "--twins",
        action="store_true",
        help="build the samples' twins with fewer rules instead (STEM-borderless.pdf: Word borders off, "
        f"ReportLab without lines; {HEADER_RULES_TWIN}-header-rules.pdf: rules at the header and table "
        "bottom only), checked against the sample's expected JSON",
    )
    args = ap.parse_args(argv)
    todo = [s for s in SAMPLES if not args.stems or s.stem in args.stems]
    if args.stems and len(todo) != len(args.stems):
        ap.error(f"unknown stems; known: {[s.stem for s in SAMPLES]}")
    work = Path(tempfile.mkdtemp(prefix="rkt-samples-"))
    failed = 0
    try:
        for s in todo:
            if args.twins:
                failed += sum(not build_twin(twin, s, work, args.verbose) for twin in twins(s))
                continue
            pdf = HERE / f"{s.stem}.pdf"
            (build_word if s.producer == "word" else build_reportlab)(s, pdf, work)
            try:
                npages = verify(s, pdf, args.verbose)
            except VerifyError as exc:
                print(f"FAILED {exc}", file=sys.stderr)
                failed += 1
                continue
            out = write_outputs(s, pdf, npages)
            n_ind = sum(len(x["indikator"]) for x in out["sasaran"])
            print(
                f"{s.stem}: {npages} pages, {len(out['sasaran'])} sasaran, {n_ind} indikator, "
                f"{len(out['programs'])} programs, {pdf.stat().st_size // 1024} KB"
            )
    finally:
        if args.keep:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


# --------------------------------------------------------------------------
# The samples
# --------------------------------------------------------------------------

KPU_COLS = [
    Col("Sasaran Kinerja", "sasaran", 6.0),
    Col("Indikator Kinerja", "indikator", 8.0),
    Col("Target", "target", 2.6),
    Col("Kegiatan", "kegiatan", 9.1),
]

KPU_ALOR = Sample(
    stem="word-kpu-alor-rkt-2024",
    producer="word",
    title=["RENCANA KINERJA TAHUNAN (RKT)", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR TAHUN 2024"],
    agency="KOMISI PEMILIHAN UMUM KABUPATEN ALOR",
    year=2024,
    cols=KPU_COLS,
    font="Arial",
    size=10,
    sasaran=[
        Sas(
            "Terwujudnya perencanaan program dan anggaran serta pelaporan kinerja KPU Kabupaten Alor yang akuntabel",
            [
                Ind(
                    "Persentase laporan monitoring dan evaluasi yang akuntabel dan tepat waktu",
                    "100%",
                    ["Melakukan monitoring dan evaluasi terhadap pelaksanaan kegiatan dan anggaran;"],
                ),
                Ind(
                    "Persentase target kinerja KPU Kabupaten Alor tercapai sesuai dengan perjanjian kinerja",
                    "100%",
                    ["melakukan penyusunan Rencana Kerja KPU Tahun Anggaran 2024"],
                ),
                Ind(
                    "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan",
                    "12 kali",
                    [
                        "Melakukan pencermatan, pengelolaan dan pendayagunaan anggaran yang ada untuk "
                        "melaksanakan kegiatan KPU, baik kegiatan rutin maupun Tahapan Pemilu dan "
                        "melakukan revisi apabila diperlukan"
                    ],
                ),
                Ind(
                    "Persentase laporan keuangan yang disusun sesuai dengan Standar Akuntansi Pemerintahan",
                    "100%",
                    [
                        "Penyusunan Laporan Keuangan Semester I dan Laporan Keuangan Tahunan",
                        "Reviu Laporan Keuangan oleh Aparat Pengawasan Intern Pemerintah",
                    ],
                ),
            ],
        ),
        Sas(
            "Peningkatan kompetensi SDM KPU Kabupaten Alor terkait teknis kepemiluan",
            [
                Ind(
                    "Persentase pegawai yang telah mengikuti pelatihan teknis kepemiluan dalam peningkatan kompetensi SDM",
                    "100%",
                    ["Pegawai yang mengikuti pelatihan teknis kepemiluan"],
                ),
                Ind(
                    "Persentase pegawai yang memenuhi standar kompetensi jabatan",
                    "97 %",
                    ["Penilaian kompetensi dan pemetaan talenta pegawai Sekretariat KPU Kabupaten Alor"],
                ),
            ],
        ),
        Sas(
            "Sosialisasi kebijakan KPU kepada stakeholder",
            [
                Ind(
                    "Persentase penyampaian informasi dan publikasi dalam tahapan Pemilu dan Pemilihan yang ditampilkan di media publikasi",
                    "100%",
                    ["Informasi dan publikasi serta sosialisasi pada Pemilu dan Pemilihan"],
                ),
                Ind(
                    "Jumlah kegiatan sosialisasi dan pendidikan pemilih",
                    "12 kali",
                    [
                        "Sosialisasi dan pendidikan pemilih kepada pemilih pemula, pemilih penyandang "
                        "disabilitas, komunitas adat, kelompok perempuan dan masyarakat di wilayah "
                        "perbatasan dan pulau-pulau kecil"
                    ],
                ),
            ],
        ),
        Sas(
            "Terlaksananya penyusunan Keputusan KPU Kabupaten Alor sesuai dengan ketentuan perundang-\nundangan",
            [
                Ind(
                    "Persentase rancangan Keputusan KPU yang disusun dan diharmonisasi tepat waktu sesuai dengan kerangka regulasi KPU",
                    "100%",
                    ["Menyajikan publikasi, dokumentasi dan informasi produk hukum secara manual dan berbasis web (JDIH)."],
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas layanan informasi dan data yang cepat dan akurat",
            [
                Ind(
                    "Tersedianya data, informasi, sarana dan prasarana teknologi informasi serta penerapan e-\ngovernment KPU Kabupaten Alor",
                    "100%",
                    ["Menyusun dan menyajikan dokumen data kebutuhan dan anggaran sarana dan prasarana penggunaan IT"],
                ),
                Ind(
                    "Persentase aplikasi KPU yang diterapkan secara terintegrasi",
                    "100%",
                    ["Pengelolaan aplikasi KPU yang terintegrasi"],
                    pages=[2],  # under the repeated header; the sasaran cell continues empty
                ),
            ],
        ),
        Sas(
            "Terpenuhinya kebutuhan logistik Pemilu yang tepat jenis, tepat jumlah, tepat waktu dan tepat sasaran",
            [
                Ind(
                    "Persentase logistik Pemilu yang didistribusikan tepat waktu ke Tempat Pemungutan Suara",
                    "100%",
                    ["Perencanaan kebutuhan, pengadaan dan distribusi perlengkapan pemungutan suara"],
                ),
                Ind(
                    "Jumlah gudang logistik yang memenuhi standar keamanan dan kelayakan",
                    "12 kali",
                    ["Pemeliharaan gudang logistik dan pengamanan barang milik negara"],
                ),
                Ind(
                    "Persentase barang milik negara yang tercatat dan terinventarisasi",
                    "100%",
                    ["Penatausahaan dan inventarisasi barang milik negara"],
                ),
            ],
            pages=[2],
        ),
        Sas(
            "Meningkatnya partisipasi masyarakat dalam Pemilu Tahun 2024",
            [
                Ind(
                    "Persentase partisipasi pemilih pada pemungutan suara Pemilu Tahun 2024",
                    "97 %",
                    ["Pemutakhiran data pemilih dan penyusunan daftar pemilih tetap"],
                ),
                Ind(
                    "Jumlah relawan demokrasi yang dibentuk dan dibina",
                    "8.435 orang",
                    ["Pembentukan dan pembinaan relawan demokrasi"],
                ),
            ],
            pages=[2],
        ),
        Sas(
            "Meningkatnya penyelenggaraan SPIP dan akuntabilitas kinerja",
            [
                Ind(
                    "Persentase terlaksananya Sistem Pengendalian Intern Pemerintah di lingkungan KPU Kabupaten Alor",
                    "100%",
                    ["Penyusunan dokumen dan pengelolaan aplikasi SPIP"],
                ),
                Ind("Indeks Reformasi Birokrasi", "97 %", ["Pembentukan Tim Reformasi Birokrasi"]),
                Ind("Nilai Akuntabilitas Kinerja", "BB", ["Penyusunan Laporan SAKIP"]),
                Ind("Nilai Keterbukaan Informasi Publik", "100%", ["Penyusunan Laporan Bakohumas"]),
                Ind(
                    "Persentase rekomendasi hasil pemeriksaan Inspektorat Utama dan BPK yang ditindaklanjuti",
                    "100%",
                    ["Penyusunan dan pemantauan tindak lanjut rekomendasi hasil pemeriksaan"],
                ),
            ],
            pages=[2],
        ),
        Sas(
            "Terbentuknya badan ad hoc penyelenggara Pemilu Tahun 2024 yang berintegritas",
            [
                Ind(
                    "Jumlah badan ad hoc yang dipersiapkan dan dibentuk",
                    "8.435 orang",
                    [
                        "Penyusunan dokumen pembentukan badan ad hoc",
                        "Penyusunan SK Pembentukan Badan Ad Hoc yang lulus seleksi",
                    ],
                ),
                Ind(
                    "Persentase terlaksananya seleksi badan ad hoc",
                    "100%",
                    [
                        "Rekrutmen dan seleksi anggota Panitia Pemilihan Kecamatan (PPK), Panitia Pemungutan "
                        "Suara (PPS) dan Kelompok Penyelenggara Pemungutan Suara (KPPS) di 17 kecamatan dan "
                        "175 desa dan kelurahan, meliputi pengumuman pendaftaran, penelitian administrasi, "
                        "tes tertulis berbasis komputer, wawancara, tanggapan masyarakat, penetapan hasil "
                        "seleksi, pelantikan, bimbingan teknis bagi anggota terpilih, serta evaluasi kinerja "
                        "badan ad hoc setelah tahapan pemungutan dan penghitungan suara selesai dilaksanakan; "
                        "penyusunan laporan pelaksanaan pembentukan badan ad hoc kepada KPU Provinsi Nusa "
                        "Tenggara Timur dan pengelolaan honorarium serta santunan kecelakaan kerja bagi "
                        "anggota badan ad hoc sesuai ketentuan yang berlaku"
                    ],
                    pages=[2, 3],  # the row breaks across the page: its tail tops page 3
                ),
            ],
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Kalabahi",
        date=dt.date(2024, 1, 5),
        position="Sekretaris",
        name="Yohanes Benediktus Lamalewa",
        nip=None,
        lines=[
            "Kalabahi, 5 Januari 2024",
            "Komisi Pemilihan Umum Kabupaten Alor",
            "Sekretaris",
            "",
            "",
            "",
            "Yohanes Benediktus Lamalewa",
        ],
    ),
)

_M1 = Upper("Meningkatkan pelayanan transportasi di Jawa Tengah")
_M2 = Upper("Meningkatkan keselamatan dan ketertiban lalu lintas di Jawa Tengah")
_T1 = Upper("Meningkatkan kualitas pelayanan transportasi")
_T2 = Upper("Meningkatkan ketersediaan kelengkapan jalan")
_T3 = Upper("Meningkatkan penyediaan prasarana transportasi di Jawa Tengah")
_T4 = Upper("Meningkatnya ketertiban lalu lintas angkutan jalan")
_T5 = Upper("Menurunnya tingkat fatalitas kecelakaan lalu lintas")
_IKU, _IKP = "Indikator Kinerja Utama", "Indikator Kinerja Program"

DISHUB = Sample(
    stem="word-dishub-jateng-rkt-2024",
    producer="word",
    title=["RENCANA KINERJA TAHUNAN (RKT) TAHUN 2024", "DINAS PERHUBUNGAN PROVINSI JAWA TENGAH"],
    agency="DINAS PERHUBUNGAN PROVINSI JAWA TENGAH",
    year=2024,
    font="Liberation Sans",
    size=11,
    cell_spacing=3,
    cols=[
        Col("Misi", "misi", 4.6),
        Col("Tujuan", "tujuan", 4.2),
        Col("Sasaran Strategis", "sasaran", 4.4),
        Col("Indikator Kinerja", "indikator", 6.2),
        Col("Target %", "target", 2.0),
        Col("Keterangan", "extra", 4.3),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas pelayanan moda transportasi umum",
            [
                Ind(
                    "Persentase keikutsertaan kabupaten dan kota dalam penilaian Wahana Tata Nugraha",
                    "55,56",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase kepemilikan armada Angkutan Antar Kota Dalam Provinsi (AKDP) perseorangan menjadi badan hukum",
                    "50,11",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase ketersediaan AKDP di Jawa Tengah",
                    "94,00",
                    extra={"Keterangan": "Data trayek dan armada Dinas Perhubungan"},
                ),
            ],
            misi=_M1,
            tujuan=_T1,
        ),
        Sas(
            "Meningkatnya ketersediaan perlengkapan jalan di ruas jalan provinsi",
            [
                Ind(
                    "Persentase ketersediaan fasilitas perlengkapan jalan (rambu, marka, guardrail, PJU) di jalan provinsi",
                    "21,00",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase ruas jalan provinsi yang dilengkapi alat penerangan jalan",
                    "48,25",
                    extra={"Keterangan": _IKP},
                ),
            ],
            misi=_M1,
            tujuan=_T2,
        ),
        Sas(
            "Meningkatnya ketersediaan prasarana transportasi",
            [
                Ind(
                    "Persentase ketersediaan dermaga penyeberangan ASDP",
                    "66,67",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase ketersediaan prasarana jalur kereta api aktif di Jawa Tengah",
                    "74,29",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase terminal penumpang tipe B yang memenuhi standar pelayanan minimal",
                    "58,33",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase ketersediaan prasarana transportasi udara (pengembangan bandar udara Ngloram dan Dewadaru)",
                    "65,60 %",
                    extra={"Keterangan": "Kewenangan bersama Kementerian Perhubungan"},
                    pages=[2],  # Misi, Tujuan and Sasaran continue as empty cells on page 2
                ),
            ],
            misi=_M1,
            tujuan=_T3,
        ),
        Sas(
            "Meningkatnya ketertiban lalu lintas angkutan umum",
            [
                Ind(
                    "Persentase kendaraan tidak melanggar muatan lebih di jembatan timbang",
                    "79,00",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase kendaraan umum laik jalan di Jawa Tengah",
                    "100,00",
                    extra={"Keterangan": "Hasil uji berkala kendaraan bermotor"},
                ),
            ],
            misi=_M2,
            tujuan=_T4,
            pages=[2],
        ),
        Sas(
            "Menurunnya angka kecelakaan lalu lintas di jalan provinsi",
            [
                Ind(
                    "Persentase penurunan angka fatalitas korban kecelakaan lalu lintas",
                    "10,00",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase lokasi rawan kecelakaan yang ditangani",
                    "35,50",
                    extra={"Keterangan": _IKP},
                ),
            ],
            misi=_M2,
            tujuan=_T5,
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Semarang",
        date=dt.date(2024, 1, 10),
        position="KEPALA DINAS PERHUBUNGAN PROVINSI JAWA TENGAH",
        name="Ir. HENDRA KUSUMAWARDANA, M.T.",
        nip="19710614 199803 1 004",
        lines=[
            "Semarang, 10 Januari 2024",
            "KEPALA DINAS PERHUBUNGAN",
            "PROVINSI JAWA TENGAH",
            "",
            "",
            "",
            "Ir. HENDRA KUSUMAWARDANA, M.T.",
            "Pembina Utama Muda",
            "NIP. 19710614 199803 1 004",
        ],
    ),
)

DINKES_PK = Sample(
    stem="word-dinkes-jabar-pk-2024",
    producer="word",
    title=["PERJANJIAN KINERJA TAHUN 2024", "DINAS KESEHATAN PROVINSI JAWA BARAT"],
    agency="DINAS KESEHATAN PROVINSI JAWA BARAT",
    year=2024,
    landscape=False,
    font="Arial",
    size=10,
    margins_cm=(2.5, 2.0, 2.0, 2.0),
    cols=[
        Col("No", "no", 1.1),
        Col("Sasaran Strategis", "sasaran", 4.6),
        Col("Indikator Kinerja", "indikator", 7.3),
        Col("Target", "target", 3.5),
    ],
    sasaran=[
        Sas(
            "Meningkatnya derajat kesehatan masyarakat",
            [
                Ind("Persentase rumah tangga yang berperilaku hidup bersih dan sehat", "65,60 %"),
                Ind("Cakupan imunisasi dasar lengkap pada bayi", "97 %"),
                Ind("Persentase fasilitas kesehatan tingkat pertama yang terakreditasi", "100%"),
            ],
            no="1",
        ),
        Sas(
            "Meningkatnya mutu dan kapasitas sumber daya manusia kesehatan",
            [
                Ind("Jumlah tenaga kesehatan yang mengikuti pelatihan berbasis kompetensi", "8.435 orang"),
                Ind("Jumlah pembinaan teknis ke dinas kesehatan kabupaten dan kota", "12 kali"),
            ],
            no="2",
        ),
        Sas(
            "Meningkatnya kemandirian keuangan Unit Pelaksana Teknis Daerah Laboratorium Kesehatan",
            [
                Ind(
                    "Pendapatan Badan Layanan Umum Daerah Laboratorium Kesehatan (dalam ribuan rupiah)",
                    "Rp 1.234.567",
                ),
            ],
            no="3",
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja dan tata kelola keuangan Dinas Kesehatan",
            [
                Ind("Opini BPK atas Laporan Keuangan Pemerintah Daerah Provinsi Jawa Barat", "WTP"),
                Ind("Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "A"),
            ],
            no="4",
        ),
    ],
    programs=ProgramTable(
        cols=[
            Col("Program", "program", 9.2),
            Col("Anggaran (Rp)", "extra", 4.2),
            Col("Keterangan", "extra", 3.1),
        ],
        rows=[
            Prog("Program Penunjang Urusan Pemerintahan Daerah Provinsi", {"Anggaran (Rp)": "98.512.340.000", "Keterangan": "APBD"}),
            Prog(
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                {"Anggaran (Rp)": "160.427.065.470", "Keterangan": "APBD"},
            ),
            Prog(
                "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
                {"Anggaran (Rp)": "4.325.170.000", "Keterangan": "APBD"},
            ),
            Prog(
                "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
                {"Anggaran (Rp)": "2.674.840.000", "Keterangan": "APBN"},
            ),
            Prog(
                "Program Pemberdayaan Masyarakat Bidang Kesehatan",
                {"Anggaran (Rp)": "1.915.000.000", "Keterangan": "APBD"},
            ),
        ],
    ),
    sign=Sign(
        place="Bandung",
        date=None,  # the day is left blank for hand-filling
        position="KEPALA DINAS KESEHATAN PROVINSI JAWA BARAT",
        name="dr. RATNA KUSUMAWATI, M.Kes.",
        nip="19670326 199103 1 006",
        left=[
            "",
            "GUBERNUR JAWA BARAT",
            "",
            "",
            "",
            "",
            "ADITYA WIRANATAKUSUMAH",
        ],
        lines=[
            "Bandung,        Januari 2024",
            "KEPALA DINAS KESEHATAN",
            "PROVINSI JAWA BARAT",
            "",
            "",
            "",
            "dr. RATNA KUSUMAWATI, M.Kes.",
            "Pembina Utama Madya",
            "NIP. 19670326 199103 1 006",
        ],
    ),
)

BKPSDM = Sample(
    stem="word-bkpsdm-sleman-rkt-2024",
    producer="word",
    title=[
        "RENCANA KINERJA TAHUNAN",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "KABUPATEN SLEMAN TAHUN 2024",
    ],
    agency="BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN SLEMAN",
    year=2024,
    font="Arial",
    size=11,
    page_numbers="Halaman {page} dari {pages}",
    cols=[
        Col("Sasaran Strategis", "sasaran", 5.4),
        Col("Indikator Kinerja Utama", "indikator", 7.0),
        Col("Target", "target", 2.8),
        Col("Program dan Kegiatan", "kegiatan", 10.5),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas pengelolaan manajemen ASN berbasis sistem merit",
            [
                Ind(
                    "Indeks sistem merit dalam manajemen Aparatur Sipil Negara",
                    "Kategori Sangat Baik",
                    [
                        (
                            "1. Program Kepegawaian Daerah",
                            "2. Penyusunan rencana kebutuhan, jenis dan jumlah jabatan untuk pelaksanaan pengadaan ASN",
                            "3. Koordinasi dan pelaksanaan sistem informasi kepegawaian",
                        )
                    ],
                ),
                Ind(
                    "Persentase ASN yang kompetensinya sesuai dengan standar kompetensi jabatan",
                    "65,60 %",
                    [
                        "Penilaian kompetensi ASN melalui metode assessment center",
                        "Pengembangan kompetensi teknis dan fungsional bagi ASN",
                        "Penyusunan rencana pengembangan karier dan pola karier ASN",
                    ],
                ),
                Ind(
                    "Persentase jabatan pimpinan tinggi dan administrator yang diisi melalui seleksi terbuka dan uji kompetensi",
                    "100%",
                    ["Pelaksanaan seleksi terbuka jabatan pimpinan tinggi pratama dan uji kompetensi jabatan administrator"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya disiplin dan kinerja Aparatur Sipil Negara",
            [
                Ind(
                    "Persentase ASN yang tidak dijatuhi hukuman disiplin",
                    "97 %",
                    [
                        (
                            "1. Pembinaan dan pengawasan disiplin ASN",
                            "2. Penyelesaian kasus pelanggaran disiplin ASN melalui sidang Tim Pertimbangan Kepegawaian",
                        )
                    ],
                ),
                Ind(
                    "Persentase ASN yang menyusun Sasaran Kinerja Pegawai tepat waktu",
                    "100%",
                    ["Pengelolaan penilaian kinerja pegawai melalui aplikasi e-Kinerja"],
                ),
                Ind(
                    "Jumlah rapat koordinasi Badan Pertimbangan Jabatan dan Kepangkatan",
                    "12 kali",
                    ["Fasilitasi sidang Badan Pertimbangan Jabatan dan Kepangkatan"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas pelayanan administrasi kepegawaian",
            [
                Ind(
                    "Jumlah layanan kenaikan pangkat, mutasi dan pensiun yang diselesaikan",
                    "8.435 orang",
                    [
                        (
                            "1. Pelayanan kenaikan pangkat reguler dan pilihan bagi ASN di lingkungan Pemerintah Kabupaten Sleman",
                            "2. Pelayanan mutasi, rotasi dan promosi jabatan ASN sesuai hasil analisis jabatan dan analisis beban kerja",
                            "3. Pelayanan administrasi pensiun, pemberhentian dan pemberian tunjangan hari tua bagi ASN",
                            "4. Pengelolaan data dan dokumen kepegawaian elektronik melalui Sistem Informasi Aparatur Sipil Negara",
                            "5. Penyusunan formasi dan pengadaan Pegawai Pemerintah dengan Perjanjian Kerja",
                            "6. Pemberian penghargaan Satyalancana Karya Satya dan penghargaan bagi ASN berprestasi",
                            "7. Pelaksanaan ujian dinas dan ujian penyesuaian kenaikan pangkat",
                            "8. Pengelolaan pengaduan dan konsultasi layanan kepegawaian secara daring dan luring",
                        )
                    ],
                    pages=[1, 2],  # breaks across the page inside item 4
                ),
                Ind(
                    "Persentase layanan kepegawaian yang diselesaikan sesuai standar pelayanan",
                    "100%",
                    ["Penyusunan dan evaluasi standar pelayanan administrasi kepegawaian"],
                    pages=[2],
                ),
            ],
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja BKPSDM",
            [
                Ind("Nilai evaluasi SAKIP perangkat daerah", "A", ["Penyusunan dokumen perencanaan dan laporan kinerja perangkat daerah"]),
                Ind(
                    "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
                    "100%",
                    ["Koordinasi dan pemantauan tindak lanjut hasil pemeriksaan"],
                ),
            ],
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Sleman",
        date=dt.date(2024, 1, 3),
        position="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sleman",
        name="Drs. BUDI SANTOSA HADIPRAYITNO, M.Si.",
        nip="19690811 199003 1 007",
        lines=[
            "Sleman, 3 Januari 2024",
            "Kepala Badan Kepegawaian dan",
            "Pengembangan Sumber Daya Manusia",
            "Kabupaten Sleman",
            "",
            "",
            "",
            "Drs. BUDI SANTOSA HADIPRAYITNO, M.Si.",
            "Pembina Utama Muda",
            "NIP. 19690811 199003 1 007",
        ],
    ),
)

_KA = "Kondisi Awal\n(2023)"

INSPEKTORAT = Sample(
    stem="rl-inspektorat-garut-rkt-2024",
    producer="reportlab",
    title=["RENCANA KINERJA TAHUNAN (RKT)", "INSPEKTORAT DAERAH KABUPATEN GARUT", "TAHUN 2024"],
    agency="INSPEKTORAT DAERAH KABUPATEN GARUT",
    year=2024,
    size=9.5,
    numbered_row=True,
    page_numbers="Halaman {page}",
    cols=[
        Col("No", "no", 1.1),
        Col("Sasaran Strategis", "sasaran", 6.4),
        Col("Indikator Kinerja Utama", "indikator", 9.0),
        Col("Satuan", "extra", 2.2),
        Col(_KA, "extra", 3.2),
        Col("Target 2024", "target", 3.3),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas penyelenggaraan urusan pemerintahan daerah",
            [
                Ind(
                    "Status kinerja penyelenggaraan pemerintahan daerah hasil Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)",
                    "Sangat Tinggi",
                    extra={"Satuan": "Status", _KA: "Tinggi"},
                ),
            ],
            no="1",
        ),
        Sas(
            "Meningkatnya kualitas pengawasan dan pembinaan administrasi umum pemerintahan",
            [
                Ind(
                    "Persentase penurunan jumlah temuan Inspektorat terhadap pelanggaran Sistem Pengendalian Intern perangkat daerah",
                    "10 (234 Temuan)",
                    extra={"Satuan": "%", _KA: "312 Temuan"},
                ),
                Ind(
                    "Persentase rekomendasi hasil pengawasan Inspektorat yang ditindaklanjuti oleh perangkat daerah",
                    "65,60 %",
                    extra={"Satuan": "%", _KA: "58,20 %"},
                ),
            ],
            no="2",
        ),
        Sas(
            "Meningkatnya peran pengawasan internal dalam pengelolaan keuangan dan barang daerah sesuai Standar Akuntansi Pemerintahan",
            [
                Ind(
                    "Opini BPK RI atas Laporan Keuangan Pemerintah Kabupaten Garut",
                    "WTP",
                    extra={"Satuan": "Opini", _KA: "WTP"},
                ),
                Ind(
                    "Persentase penyelesaian tindak lanjut hasil pemeriksaan BPK RI atas Laporan Keuangan Pemerintah Daerah",
                    "60 %",
                    extra={"Satuan": "%", _KA: "32,20 %"},
                ),
                Ind(
                    "Nilai kerugian daerah yang berhasil dipulihkan melalui tuntutan ganti rugi",
                    "Rp 1.500.000.000",
                    extra={"Satuan": "Rupiah", _KA: "Rp 845.210.000"},
                ),
            ],
            no="3",
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja perangkat daerah dan Pemerintah Kabupaten Garut",
            [
                Ind(
                    "Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah Kabupaten Garut",
                    "A",
                    extra={"Satuan": "Predikat", _KA: "BB"},
                ),
                Ind(
                    "Persentase perangkat daerah dengan nilai evaluasi SAKIP minimal BB",
                    "45 %",
                    extra={"Satuan": "%", _KA: "20 %"},
                ),
                Ind(
                    "Nilai evaluasi pelaksanaan Reformasi Birokrasi Pemerintah Kabupaten Garut",
                    "BB",
                    extra={"Satuan": "Predikat", _KA: "B"},
                ),
                Ind(
                    "Persentase perangkat daerah yang telah menyusun dan melaksanakan rencana aksi Zona Integritas",
                    "75 %",
                    extra={"Satuan": "%", _KA: "40 %"},
                ),
            ],
            no="4",
        ),
        Sas(
            "Meningkatnya penerapan sistem pengendalian intern pemerintah",
            [
                Ind(
                    "Tingkat maturitas penyelenggaraan SPIP Pemerintah Kabupaten Garut",
                    "Level 3",
                    extra={"Satuan": "Level", _KA: "Level 2"},
                ),
                Ind(
                    "Persentase perangkat daerah yang telah menerapkan manajemen risiko",
                    "75 %",
                    extra={"Satuan": "%", _KA: "10 %"},
                    pages=[2],  # under the repeated header; the No and Sasaran cells continue empty
                ),
            ],
            no="5",
        ),
        Sas(
            "Meningkatnya kapabilitas aparat pengawasan intern pemerintah",
            [
                Ind("Level kapabilitas APIP", "Level 3", extra={"Satuan": "Level", _KA: "Level 2"}),
                Ind(
                    "Jumlah auditor dan Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah bersertifikasi",
                    "93 orang",
                    extra={"Satuan": "Orang", _KA: "62 orang"},
                ),
                Ind(
                    "Jumlah penugasan pengawasan berbasis risiko",
                    "24 kali",
                    extra={"Satuan": "Penugasan", _KA: "18 kali"},
                ),
            ],
            no="6",
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Garut",
        date=dt.date(2024, 1, 8),
        position="INSPEKTUR DAERAH KABUPATEN GARUT",
        name="Drs. ASEP SUPRIATNA, M.Si.",
        nip="19700415 199203 1 005",
        lines=[
            "Garut, 8 Januari 2024",
            "INSPEKTUR DAERAH",
            "KABUPATEN GARUT",
            "",
            "",
            "",
            "Drs. ASEP SUPRIATNA, M.Si.",
            "Pembina Utama Muda",
            "NIP. 19700415 199203 1 005",
        ],
    ),
)

_ANG = "Anggaran\n(Rp)"

BAPENDA = Sample(
    stem="rl-bapenda-surakarta-rkt-2024",
    producer="reportlab",
    title=["RENCANA KINERJA TAHUNAN (RKT) TAHUN 2024", "BADAN PENDAPATAN DAERAH KOTA SURAKARTA"],
    agency="BADAN PENDAPATAN DAERAH KOTA SURAKARTA",
    year=2024,
    size=10,
    borderless_header=True,
    cols=[
        Col("Sasaran", "sasaran", 5.2),
        Col("Indikator Kinerja", "indikator", 7.2),
        Col("Target", "target", 2.9),
        Col("Kegiatan", "kegiatan", 7.3),
        Col(_ANG, "extra", 3.1),
    ],
    sasaran=[
        Sas(
            "Meningkatnya pendapatan asli daerah",
            [
                Ind(
                    "Realisasi penerimaan Pendapatan Asli Daerah (dalam ribuan rupiah)",
                    "Rp 1.234.567",
                    [("- Pendataan dan pendaftaran objek pajak daerah", "- Penetapan dan penagihan pajak daerah")],
                    extra={_ANG: "2.350.000.000"},
                ),
                Ind(
                    "Persentase kenaikan penerimaan pajak daerah dibandingkan tahun sebelumnya",
                    "12,50 %",
                    [("- Intensifikasi dan ekstensifikasi pajak daerah", "- Pemutakhiran basis data wajib pajak")],
                    extra={_ANG: "1.125.500.000"},
                ),
            ],
        ),
        Sas(
            "Meningkatnya kepatuhan wajib pajak daerah",
            [
                Ind(
                    "Persentase wajib pajak yang melaporkan pajak secara elektronik melalui aplikasi e-\nSPTPD",
                    "70 %",
                    [("• Pengembangan aplikasi pelaporan pajak daerah", "• Pendampingan wajib pajak hotel, restoran dan hiburan")],
                    extra={_ANG: "845.000.000"},
                ),
                Ind(
                    "Persentase tunggakan pajak daerah yang tertagih",
                    "35 %",
                    [("• Penagihan aktif tunggakan pajak daerah", "• Penerbitan surat teguran dan surat paksa")],
                    extra={_ANG: "512.750.000"},
                ),
                Ind(
                    "Jumlah kegiatan penyuluhan dan sosialisasi pajak daerah",
                    "24 kali",
                    ["Penyuluhan dan sosialisasi pajak daerah kepada masyarakat dan pelaku usaha"],
                    extra={_ANG: "310.000.000"},
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas perencanaan, penganggaran dan pelaporan kinerja Badan Pendapatan Daerah",
            [
                Ind(
                    "Persentase dokumen perencanaan dan penganggaran yang disusun tepat waktu",
                    "100%",
                    [("- Penyusunan Rencana Kerja dan Rencana Kerja Anggaran", "- Penyusunan Perjanjian Kinerja")],
                    extra={_ANG: "185.000.000"},
                ),
                Ind(
                    "Nilai evaluasi akuntabilitas kinerja internal Badan Pendapatan Daerah",
                    "BB",
                    ["Penyusunan Laporan Kinerja Instansi Pemerintah dan evaluasi kinerja triwulanan"],
                    extra={_ANG: "120.000.000"},
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas regulasi dan pelayanan pajak daerah",
            [
                Ind(
                    "Persentase regulasi pajak daerah yang disusun sesuai ketentuan peraturan perundang-\nundangan",
                    "100%",
                    ["Penyusunan rancangan peraturan daerah dan peraturan wali kota tentang pajak daerah"],
                    extra={_ANG: "275.000.000"},
                ),
                Ind(
                    "Indeks kepuasan masyarakat terhadap layanan pajak daerah",
                    "A",
                    [("- Survei kepuasan masyarakat", "- Pengelolaan pengaduan layanan pajak daerah")],
                    extra={_ANG: "150.000.000"},
                ),
                Ind(
                    "Jumlah laporan pengelolaan pendapatan daerah yang disusun tepat waktu",
                    "12 laporan",
                    ["Penyusunan laporan bulanan realisasi pendapatan daerah"],
                    extra={_ANG: "95.000.000"},
                    pages=[2],  # under the repeated borderless header; the sasaran cell continues empty
                ),
            ],
        ),
    ],
    sign=Sign(
        place="Surakarta",
        date=dt.date(2024, 1, 4),
        position="KEPALA BADAN PENDAPATAN DAERAH KOTA SURAKARTA",
        name="Dra. SRI WAHYUNINGSIH, M.M.",
        nip="19680921 199403 2 008",
        lines=[
            "Surakarta, 4 Januari 2024",
            "KEPALA BADAN PENDAPATAN DAERAH",
            "KOTA SURAKARTA",
            "",
            "",
            "",
            "Dra. SRI WAHYUNINGSIH, M.M.",
            "Pembina Utama Muda",
            "NIP. 19680921 199403 2 008",
        ],
    ),
)

KECAMATAN = Sample(
    stem="rl-kecamatan-cibeunying-kidul-rkt-2024",
    producer="reportlab",
    title=["RENCANA KINERJA TAHUNAN (RKT)", "KECAMATAN CIBEUNYING KIDUL KOTA BANDUNG TAHUN 2024"],
    agency="KECAMATAN CIBEUNYING KIDUL KOTA BANDUNG",
    year=2024,
    landscape=False,
    size=9,
    rules="lines",
    margins_cm=(2.0, 1.8, 2.0, 2.0),
    cols=[
        Col("Sasaran Kinerja", "sasaran", 4.3),
        Col("Indikator Kinerja", "indikator", 5.6),
        Col("Target", "target", 2.2),
        Col("Kegiatan", "kegiatan", 5.1),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
            [
                Ind(
                    "Persentase layanan administrasi terpadu kecamatan yang diselesaikan tepat waktu",
                    "97 %",
                    ["Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)"],
                ),
                Ind(
                    "Standar operasional prosedur pelayanan kecamatan",
                    "Tersusun dan ditetapkan",
                    ["Penyusunan dan penetapan standar operasional prosedur pelayanan"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan kelurahan",
            [
                Ind(
                    "Jumlah musyawarah perencanaan pembangunan tingkat kelurahan yang difasilitasi",
                    "6 kali",
                    ["Fasilitasi Musrenbang kelurahan dan Musrenbang kecamatan"],
                ),
                Ind(
                    "Persentase usulan masyarakat yang diakomodasi dalam Rencana Kerja Kecamatan",
                    "40 %",
                    ["Koordinasi perencanaan dan penganggaran pembangunan kewilayahan"],
                ),
            ],
        ),
        Sas(
            "Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan",
            [
                Ind(
                    "Persentase penanganan gangguan ketenteraman dan ketertiban umum",
                    "100%",
                    ["Koordinasi penyelenggaraan ketenteraman dan ketertiban umum bersama unsur Forkopimcam"],
                ),
                Ind(
                    "Jumlah warga yang mengikuti pelatihan siaga bencana",
                    "1.250 orang",
                    ["Pembinaan dan pelatihan masyarakat siaga bencana tingkat kelurahan"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja kecamatan",
            [
                Ind(
                    "Nilai evaluasi akuntabilitas kinerja perangkat daerah",
                    "BB",
                    ["Penyusunan dokumen perencanaan, pengukuran dan pelaporan kinerja kecamatan"],
                ),
            ],
        ),
    ],
    sign=Sign(
        place="Bandung",
        date=dt.date(2024, 1, 2),
        position="CAMAT CIBEUNYING KIDUL",
        name="RUDI HERMAWAN, S.STP., M.Si.",
        nip="19800512 200501 1 009",
        lines=[
            "Bandung, 2 Januari 2024",
            "CAMAT CIBEUNYING KIDUL",
            "",
            "",
            "",
            "RUDI HERMAWAN, S.STP., M.Si.",
            "Penata Tingkat I",
            "NIP. 19800512 200501 1 009",
        ],
    ),
)

SAMPLES = [KPU_ALOR, DISHUB, DINKES_PK, BKPSDM, INSPEKTORAT, BAPENDA, KECAMATAN]
HEADER_RULES_TWIN = INSPEKTORAT.stem  # its twin with rules at the header and the table bottom only
# Without borders LibreOffice fits more rows on a page; a larger bottom margin keeps the
# sample's page breaks (and so its expected pages).
TWIN_MARGINS = {DISHUB.stem: (2.0, 2.0, 1.8, 3.6)}

if __name__ == "__main__":
    sys.exit(main())
