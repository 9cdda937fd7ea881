"""Producer 1: Word (python-docx) -> soffice -> PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from pathlib import Path

from .expected import join_lines
from .model import Sample
from .plan import body_plan, program_plan


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
    _borders(table, s.rules if borders else "none", len(header_rows))
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
        if s.repeat_header:
            _row_flag(table.rows[hi], "w:tblHeader")
        for ci, text in enumerate(hrow):
            cell = table.cell(hi, ci)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN.CENTER
            _add_text(p, text, bold=(hi == 0))
            _shade(cell, "D9D9D9" if hi == 0 else None)
    # body: merges first, then text
    off = len(header_rows)
    for ri, row in enumerate(plan):
        if not s.rows_break:
            _row_flag(table.rows[off + ri], "w:cantSplit")
        for ci, anc in enumerate(row):
            if anc is None:
                continue
            cell = table.cell(off + ri, ci)
            if anc.rowspan > 1 or anc.colspan > 1:
                cell = cell.merge(table.cell(off + ri + anc.rowspan - 1, ci + anc.colspan - 1))
            role = cols[ci].role
            if s.valign == "center" and role in ("no", "misi", "tujuan", "sasaran"):
                _valign_center(cell)
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


def _row_flag(row, tag: str) -> None:
    """Set an on/off row property (w:tblHeader, w:cantSplit)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _valign_center(cell) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:vAlign")
    el.set(qn("w:val"), "center")
    cell._tc.get_or_add_tcPr().append(el)


# Which table borders each rule style draws: grid (all), lines (horizontal only),
# header (rules round the header rows and under the table), frame (outer only), none.
_EDGES = {
    "grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
    "lines": ("top", "bottom", "insideH"),
    "header": ("top", "bottom"),
    "frame": ("top", "left", "bottom", "right"),
    "none": (),
}


def _edge(parent, edge: str, on: bool) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "single" if on else "nil")
    if on:
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
    parent.append(e)


def _borders(table, rules: str, n_header: int) -> None:
    from docx.oxml import OxmlElement

    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _edge(b, edge, edge in _EDGES[rules])
    table._tbl.tblPr.append(b)
    if rules == "header":  # a rule under the last header row
        for cell in table.rows[n_header - 1].cells:
            tc_borders = OxmlElement("w:tcBorders")
            _edge(tc_borders, "bottom", True)
            cell._tc.get_or_add_tcPr().append(tc_borders)


def _no_borders(table):
    _borders(table, "none", 1)


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
    sec.orientation = WD_ORIENT.LANDSCAPE if s.landscape else WD_ORIENT.PORTRAIT
    width, height = s.page_size_cm
    sec.page_width, sec.page_height = Cm(width), Cm(height)
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
    usable = s.page_size_cm[0] - lm - rm
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
