"""Producer 2: ReportLab platypus."""

from __future__ import annotations

import html
from pathlib import Path

from .model import CM, Sample
from .plan import body_plan


def build_reportlab(s: Sample, pdf_path: Path, workdir: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = "Helvetica", "Helvetica-Bold"
    base = ParagraphStyle("cell", fontName=font, fontSize=s.size, leading=s.size * 1.2)
    center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=center, fontName=bold)
    title = ParagraphStyle("title", parent=head, fontSize=s.size + 2, leading=(s.size + 2) * 1.3)
    sign = ParagraphStyle("sign", parent=center)

    def para(text, style=base):
        if s.fake_bold or s.spaceless:
            return Words(text, style, s.fake_bold, s.spaceless)
        return Paragraph(text.replace("\n", "<br/>"), style)

    pagesize = tuple(v * CM for v in s.page_size_cm)
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
                if anc.colspan > 1:  # a heading row printed across the table
                    spans.append(("SPAN", (ci, nh + ri), (ci + anc.colspan - 1, nh + ri)))
                elif anc.rowspan > 1 and ci in upper_cols:
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
        if s.valign == "center":
            cmds += [("VALIGN", (ci, nh), (ci, -1), "MIDDLE") for ci in sorted(upper_cols)]
        cmds += [("TOPPADDING", (0, 0), (-1, -1), s.padding - 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), s.padding + 0.5)]
        if s.rules == "grid":
            first = nh if s.borderless_header else 0
            cmds.append(("GRID", (0, first), (-1, -1), 0.6, colors.black))
            if not s.borderless_header:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")))
        if s.rules == "frame":
            cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
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
            data, colWidths=widths, repeatRows=nh if s.repeat_header else 0, style=TableStyle(cmds + spans),
            hAlign="LEFT"
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
    # A cut span can move a break again (a shorter piece lets a row fit), so repeat until stable.
    cuts, _ = build(None, workdir / f"{s.stem}.pass1.pdf")
    for _ in range(4):
        moved, _ = build(cuts, pdf_path)
        if moved == cuts:
            return
        cuts = moved
    raise RuntimeError(f"{s.stem}: page breaks keep moving between passes, last {cuts}")


def _logging_table(base, log):
    class T(base):
        def drawOn(self, canvas, x, y, _sW=0):
            log.append((canvas.getPageNumber(), self._nrows))
            return super().drawOn(canvas, x, y, _sW)

    return T


def Words(text: str, style, fake_bold: bool, spaceless: bool):
    """A cell paragraph drawn the way some real producers do: each word placed on its own with
    no space character between (spaceless), or every glyph drawn twice a hair apart (fake bold)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    font, size, leading = style.fontName, style.fontSize, style.leading
    space = stringWidth(" ", font, size)
    text = html.unescape(text)  # the paragraph markup a Paragraph would read, "&nbsp;" for a blank line

    class _Words(Flowable):
        def wrap(self, avail_width, avail_height):
            self.lines = []
            for part in text.split("\n"):
                line: list[str] = []
                for word in part.split():
                    candidate = " ".join([*line, word])
                    if line and stringWidth(candidate, font, size) > avail_width:
                        self.lines.append(line)
                        line = []
                    line.append(word)
                self.lines.append(line)
            self.width = avail_width
            return avail_width, leading * len(self.lines)

        def draw(self):
            canvas = self.canv
            canvas.setFont(font, size)
            for k, line in enumerate(self.lines):
                y = leading * (len(self.lines) - k - 1) + (leading - size) + 0.2 * size
                width = stringWidth(" ".join(line), font, size)
                x = (self.width - width) / 2 if style.alignment == 1 else 0
                words = line if spaceless else [" ".join(line)]
                for word in words:
                    for dx in ((0, 0.3) if fake_bold else (0,)):
                        canvas.drawString(x + dx, y, word)
                    x += stringWidth(word, font, size) + space

    return _Words()
