"""WordprocessingML pieces python-docx has no API for: shading, repeated and unbreakable rows,
a fixed table grid, borderless tables, page-number fields and custom document properties."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HEADER_FILL = "D9D9D9"
REVIEW_FILL = "FFF2A8"
CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
# The format id every custom property of an Office document carries.
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


# The order WordprocessingML's schema fixes for a table's properties (Word checks it; python-docx appends
# what it has no API for at the end).
TBL_PR_ORDER = [qn(f"w:{tag}") for tag in (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
    "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
    "tblDescription")]


def _child(parent: Any, tag: str, **attributes: str) -> Any:
    """`parent`'s child `tag` (made when missing, in its schema place among a table's properties)
    with `attributes` set."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.append(element)
        if parent.tag == qn("w:tblPr"):
            ordered = sorted(parent, key=lambda child: TBL_PR_ORDER.index(child.tag)
                             if child.tag in TBL_PR_ORDER else len(TBL_PR_ORDER))
            parent[:] = ordered
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def shade(tc: Any, fill: str) -> None:
    tc_pr = tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_as_header(tr: Any) -> None:
    """Printed again at the top of every page the table runs onto."""
    _child(tr.get_or_add_trPr(), "w:tblHeader", val="true")


def keep_row_whole(tr: Any) -> None:
    """A row never split across a page break."""
    _child(tr.get_or_add_trPr(), "w:cantSplit", val="true")


def fix_grid(tbl: Any, widths: list[int]) -> None:
    """A fixed-layout table of exactly these column widths (twips), which Word and LibreOffice both keep:
    the grid's gridCol widths, the table's width and a fixed layout (cells carry their own widths too)."""
    for grid_col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        grid_col.set(qn("w:w"), str(width))
    tbl_pr = tbl.tblPr
    _child(tbl_pr, "w:tblW", w=str(sum(widths)), type="dxa")
    _child(tbl_pr, "w:tblLayout", type="fixed")


def indent_table(tbl: Any, indent: int) -> None:
    """The table's left edge `indent` twips from the left margin."""
    _child(tbl.tblPr, "w:tblInd", w=str(indent), type="dxa")


def cell_padding(tbl: Any, top_bottom: int, left_right: int) -> None:
    """Room (twips) between a cell's text and its rules, as printed tables leave."""
    margins = _child(tbl.tblPr, "w:tblCellMar")
    for side, width in (("top", top_bottom), ("bottom", top_bottom), ("left", left_right), ("right", left_right)):
        _child(margins, f"w:{side}", w=str(width), type="dxa")


def centre_vertically(tc: Any) -> None:
    _child(tc.get_or_add_tcPr(), "w:vAlign", val="center")


def no_borders(tbl: Any) -> None:
    borders = _child(tbl.tblPr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _child(borders, f"w:{side}", val="nil")


def add_field(paragraph: Any, instruction: str, shown: str) -> None:
    """A field (PAGE, NUMPAGES) showing `shown` until the application updates it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_custom_properties(document: Any, properties: dict[str, str]) -> None:
    """Custom document properties (File > Properties > Custom), as docProps/custom.xml."""
    items = "".join(f'<property fmtid="{CUSTOM_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
                    f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
                    for pid, (name, value) in enumerate(properties.items(), start=2))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f"{items}</Properties>")
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPERTIES, xml.encode("utf-8"), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
