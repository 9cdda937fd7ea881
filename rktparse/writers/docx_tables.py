"""DOCX tables: the RKT tables and the programs table in their printed columns, header and widths.

Each table stands on a fixed grid (`w:tblGrid` widths, cell widths and a fixed layout, which Word and
LibreOffice both keep), its columns' widths in proportion to the printed ones, each wide enough for
its longest word, in the size the table was printed in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.table import _Cell

from rktparse.models import ColumnRole, Layout, LayoutColumn, Program, RktDocument, Sasaran, Severity
from rktparse.writers.docx_layout import (
    PlanRow,
    cell_value,
    extra_key,
    heading_levels,
    listed_under,
    merge_level,
    numbered_in_text,
    program_value,
)
from rktparse.writers.docx_parts import (
    HEADER_FILL,
    REVIEW_FILL,
    cell_padding,
    centre_vertically,
    fix_grid,
    indent_table,
    keep_row_whole,
    repeat_as_header,
    shade,
)

FONT_SIZE = Pt(10)
MIN_TABLE_FONT, MAX_TABLE_FONT = 7.0, 14.0
TWIPS_PER_POINT = 20
MARGIN = 51.0  # points (1.8 cm) left and right
MIN_MARGIN = 28.35  # points (1 cm): a table printed wider than this leaves is shrunk to fit
TOP_MARGIN = 51.0  # points (1.8 cm)
# Widths of Liberation Sans letters in em, to keep a column at least as wide as its longest word: capitals
# run to 0.72 em, small letters and figures average 0.56; bold is about 5 % wider.
CAPITAL_EM, SMALL_EM, BOLD = 0.72, 0.56, 1.05
SLACK = 40  # twips
CELL_PADDING = (30, 80)  # twips above and below, left and right of a cell's text
LINE_HEIGHT = 1.15  # Liberation Sans's single-spaced line, in em
# Liberation Sans's advance widths (Helvetica's metrics), in thousandths of an em; other letters take 556
_WIDTHS = {191: "'", 222: "ijl", 260: "|", 278: " !,./:;I[\\]ft", 333: "()-`r", 334: "{}", 355: '"', 389: "*",
           469: "^", 500: "Jcksvxyz", 584: "+<=>~", 611: "FTZ", 667: "&ABEKPSVXY", 722: "CDHNRUw", 778: "GOQ",
           833: "Mm", 889: "%", 944: "W", 1015: "@"}
GLYPH_WIDTH = {char: width / 1000 for width, chars in _WIDTHS.items() for char in chars}


class Page:
    """A section's geometry in twips, set from the layout of the first table printed in it: where the
    tables and the text blocks go."""

    def __init__(self, section: Any, layout: Layout) -> None:
        assert layout.page is not None
        width, height = layout.page.width, layout.page.height
        table = layout.table_width * width if layout.table_width else width - 2 * MARGIN
        # the usual margin; a table printed wider than it leaves narrows the margins down to MIN_MARGIN
        margin = max(MIN_MARGIN, min(MARGIN, (width - table) / 2))
        section.orientation = WD_ORIENT.LANDSCAPE if width > height else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = self.twips(width), self.twips(height)
        section.left_margin = section.right_margin = self.twips(margin)
        section.top_margin = section.bottom_margin = self.twips(TOP_MARGIN)
        self.width, self.margin = width, margin
        self.text_width = round((width - 2 * margin) * TWIPS_PER_POINT)
        self.text_height = round((height - 2 * TOP_MARGIN) * TWIPS_PER_POINT)
        self.table_width, self.table_indent = self.place(layout)
        self.section, self.layout = section, layout

    def place(self, layout: Layout) -> tuple[int, int | None]:
        """A table's width (twips, its printed share of the page, at most the text width) and its indent from
        the margin where the original printed it (None: centred). Word and LibreOffice put the text of the
        first cell, not its rule, at the indent."""
        table = layout.table_width * self.width if layout.table_width else self.text_width / TWIPS_PER_POINT
        width = min(self.text_width, round(table * TWIPS_PER_POINT))
        if layout.table_left is None:
            return width, None
        left = min(max(layout.table_left * self.width - self.margin, MIN_MARGIN / 2 - self.margin),
                   self.width - self.margin - table)
        return width, round(left * TWIPS_PER_POINT) + CELL_PADDING[1]

    @staticmethod
    def twips(points: float) -> Twips:
        return Twips(round(points * TWIPS_PER_POINT))



# 'Kabupaten/ Kota': a line broken at this space reads back as one word ('Kabupaten/Kota', as writers
# break 'kab/kota' after its slash), so the space is printed as one no line breaks at.
_SPACE_AFTER_SLASH = re.compile(r"(?<=\w/) (?=\w)")


def add_cell(table: Any, tr: Any, width: int, text: str = "", *, bold: bool = False, span: int = 1,
              merge: str | None = None, center: bool = False) -> Any:
    """Append a cell to the row `tr`: its width in twips, its grid span, its place in a vertical merge
    ("restart" opens one, "continue" extends the one above). Returns the cell's paragraph.

    Cells are built on the XML: python-docx's `table.cell()` and `row.cells` rebuild the whole
    grid on every call, which made a 1,000-row table take minutes."""
    tc = tr.add_tc()
    tc.width = Twips(width)
    if span > 1:
        tc.grid_span = span
    if merge is not None:
        tc.vMerge = merge
    paragraph = _Cell(tc, table).paragraphs[0]
    if text:
        paragraph.add_run(_SPACE_AFTER_SLASH.sub("\u00a0", text)).bold = bold
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph



def grid_table(document: Any, widths: list[int], style: str | None = "Table Grid", indent: int | None = None) -> Any:
    """A fixed-grid table of `widths` (twips), `indent` twips from the left margin, else centred."""
    table = document.add_table(rows=0, cols=len(widths))
    if style:
        table.style = style
    if indent is None:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    else:
        indent_table(table._tbl, indent)
    table.autofit = False
    fix_grid(table._tbl, widths)
    cell_padding(table._tbl, CELL_PADDING[0], CELL_PADDING[1])
    return table



def _row_plan(sasaran_printed: list[Sasaran], with_target: bool, headings: set[ColumnRole]) -> list[PlanRow | str]:
    """The printed rows: one per kegiatan (an indikator without kegiatan still gets one), a parent
    line's items in the parent's row (where a Target column is printed, `with_target`), and a
    heading text where a level printed as a heading (Misi, Tujuan of `headings`, a sasaran's group)
    differs from the one before."""
    plan: list[PlanRow | str] = []
    shown: dict[str, str | None] = {}
    for sasaran in sasaran_printed:
        for name, level, as_heading in (("misi", sasaran.misi, ColumnRole.MISI in headings),
                                        ("tujuan", sasaran.tujuan, ColumnRole.TUJUAN in headings),
                                        ("group", sasaran.group, True)):
            text = level.text if level is not None else None
            if as_heading and text and text != shown.get(name):
                plan.append(text)
            shown[name] = text
        index = 0
        while index < len(sasaran.indikator):
            indikator = sasaran.indikator[index]
            items = listed_under(indikator, sasaran.indikator[index + 1:]) if with_target else []
            entries: list[str | None] = list(indikator.kegiatan) or [None]
            plan += [(sasaran, indikator, k, items) for k in entries]
            index += 1 + len(items)
    return plan


def _node(level: ColumnRole | None, row: PlanRow | str) -> int | None:
    """The identity of the node of `level` a printed row shows (each row is its own for None)."""
    if isinstance(row, str):
        return None
    sasaran, indikator, _, _ = row
    nodes = {ColumnRole.MISI: sasaran.misi, ColumnRole.TUJUAN: sasaran.tujuan, ColumnRole.SASARAN: sasaran,
             ColumnRole.INDIKATOR: indikator}
    return id(nodes[level]) if level is not None else id(row)


def _runs(plan: list[PlanRow | str], level: ColumnRole | None) -> dict[int, int]:
    """First plan index -> last of each run of rows showing the same node of `level`."""
    runs: list[tuple[int, int]] = []
    for index, row in enumerate(plan):
        key = _node(level, row)
        if key is None:
            continue
        if runs and runs[-1][1] == index - 1 and _node(level, plan[runs[-1][0]]) == key:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return dict(runs)


def header_rows(table: Any, layout: Layout, widths: list[int]) -> None:
    """The printed header (spanning cells kept) and the column-number row: shaded, centred, repeated."""
    cells = layout.header or []
    n_rows = max((c.row + c.row_span for c in cells), default=0)
    if not cells:
        cells_at = {(0, k): (c.header, 1, 1) for k, c in enumerate(layout.columns)}
        n_rows = 1
    else:
        cells_at = {(c.row, c.col): (c.text, c.row_span, c.col_span) for c in cells}
    open_above: dict[int, tuple[int, int]] = {}  # column -> (last row of the cell above, its span)
    for row in range(n_rows):
        tr = table._tbl.add_tr()
        col = 0
        while col < len(widths):
            if (found := cells_at.get((row, col))) is not None:
                text, row_span, span = found
                merge = "restart" if row_span > 1 else None
                if row_span > 1:
                    open_above[col] = (row + row_span - 1, span)
            elif col in open_above and open_above[col][0] >= row:
                text, span, merge = "", open_above[col][1], "continue"
            else:
                text, span, merge = "", 1, None
            span = max(1, min(span, len(widths) - col))
            paragraph = add_cell(table, tr, sum(widths[col:col + span]), text, bold=True, span=span, merge=merge,
                                  center=True)
            shade(paragraph._p.getparent(), HEADER_FILL)
            centre_vertically(paragraph._p.getparent())
            col += span
        repeat_as_header(tr)
    if layout.column_numbers:
        tr = table._tbl.add_tr()
        numbers = layout.column_numbers + [""] * (len(widths) - len(layout.column_numbers))
        for number, width in zip(numbers, widths):
            shade(add_cell(table, tr, width, number, center=True)._p.getparent(), HEADER_FILL)
        repeat_as_header(tr)


def review_rows(doc: RktDocument) -> dict[int, list[str]]:
    """id(indikator) -> the messages of the review warnings about it (or about its sasaran)."""
    marked: dict[int, list[str]] = {}
    for warning in doc.warnings:
        parts = (warning.ref or "").strip("/").split("/")
        if warning.severity is not Severity.REVIEW or len(parts) < 2 or parts[0] != "sasaran":
            continue
        try:
            sasaran = doc.sasaran[int(parts[1])]
            rows = [sasaran.indikator[int(parts[3])]] if len(parts) >= 4 and parts[2] == "indikator" \
                else sasaran.indikator[:1]
        except (ValueError, IndexError):
            continue
        for indikator in rows:
            marked.setdefault(id(indikator), []).append(warning.message)
    return marked


Comment = Callable[[Any, str], None]


def longest_word(texts: list[str]) -> float:
    """The widest word's width in em."""
    return max((sum(CAPITAL_EM if c.isupper() else SMALL_EM for c in word) for text in texts for word in text.split()),
               default=0.0)


PADDING = 2 * CELL_PADDING[1] + SLACK


def least_width(headers: list[str], cells: list[str], size: float = FONT_SIZE.pt) -> int:
    """Twips a column needs to print its longest header word and its longest cell word unbroken at `size`."""
    em = max(BOLD * longest_word(headers), longest_word(cells))
    return round(em * size * TWIPS_PER_POINT) + PADDING


def fitted_columns(layout: Layout, cells: list[list[str]], total: int) -> tuple[list[int], float]:
    """The columns' widths (twips) summing to `total` and the font size their words fit at."""
    # a header cell over several columns ('Misi' over the number and the text) widens none of them
    headers = [[h.text for h in layout.header if h.col == i and h.col_span == 1] if layout.header else [c.header]
               for i, c in enumerate(layout.columns)]
    shares = [c.width or 0 for c in layout.columns]
    size = table_font_size([share * total for share in shares],
                           [least_width(headers[i], cells[i]) for i in range(len(shares))], layout.font_size)
    least = [least_width(headers[i], cells[i], size) for i in range(len(shares))]
    return fitted_widths(shares, least, total), size


def table_font_size(widths: list[float], least: list[int], printed: float | None = None) -> float:
    """The font size (points, in half points): the size printed (else the usual one), smaller where a
    column's longest word would not fit its printed width, never below MIN_TABLE_FONT. `least` is
    measured at the usual size."""
    wanted = min(round((printed or FONT_SIZE.pt) * 2) / 2, MAX_TABLE_FONT)
    fits = [FONT_SIZE.pt * (width - PADDING) / (low - PADDING) for width, low in zip(widths, least)
            if low > PADDING and width > PADDING]
    return max(MIN_TABLE_FONT, min(wanted, math.floor(min(fits, default=wanted) * 2) / 2))


def use_font_size(document: Any, tbl: Any, size: float) -> None:
    """Every paragraph of the table in a style of `size` points (based on Normal)."""
    if size == FONT_SIZE.pt:
        return
    name = f"Table text {size:g} pt"
    styles = document.styles
    if name not in [style.name for style in styles]:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style, style.font.size = styles["Normal"], Pt(size)
    style_id = styles[name].style_id
    for paragraph in tbl.iter(qn("w:p")):
        paragraph.style = style_id


def fitted_widths(shares: list[float], least: list[int], total: int) -> list[int]:
    """Column widths (twips) in the proportions of `shares`, each wide enough for its longest word
    (`least`, twips; a column read narrower than its text, as a table without rules may be, would break
    its words), the room taken from the columns that have some to spare."""
    widths = [share * total for share in shares]
    floors = [min(low, total / 4) for low in least]
    short = sum(max(0.0, low - width) for low, width in zip(floors, widths))
    spare = sum(max(0.0, width - low) for low, width in zip(floors, widths))
    if short and spare > short:
        widths = [low if width <= low else width - (width - low) * short / spare for low, width in zip(floors, widths)]
    return [round(width) for width in widths]


def text_lines(text: str, width: float, size: float) -> int:
    """About how many lines `text` takes in a column `width` twips wide at `size` points."""
    per_line = max(1.0, (width - PADDING) / (SMALL_EM * size * TWIPS_PER_POINT))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def wrapped_lines(line: str, width: float, size: float) -> int:
    """How many lines LibreOffice breaks one line of text into, at `size` points in a column `width`
    twips wide: words laid greedily, a word longer than a line going on to the next."""
    room = (width - 2 * CELL_PADDING[1]) / TWIPS_PER_POINT / size  # in em
    space = GLYPH_WIDTH[" "]
    lines, used = 1, 0.0
    for word in line.split():
        em = sum(GLYPH_WIDTH.get(char, SMALL_EM) for char in word)
        if used and used + space + em > room:
            lines, used = lines + 1, 0.0
        elif used:
            used += space
        used += em
        while used > room:
            lines, used = lines + 1, used - room
    return lines


def listed_targets(paragraph: Any, lines: list[str], targets: list[str], width: int, size: float) -> None:
    """The Target cell of a parent line and its listed items: a paragraph for each indikator line
    (`lines`, printed in a column `width` twips wide), its target printed level with the line's
    first, spaced down by the lines it wraps into."""
    for k, (line, target) in enumerate(zip(lines, targets)):
        if k:
            paragraph = paragraph._parent.add_paragraph()
        if target:
            paragraph.add_run(target)
        if k < len(lines) - 1 and (extra := wrapped_lines(line, width, size) - 1):
            paragraph.paragraph_format.space_after = Pt(extra * LINE_HEIGHT * size)


def page_lines(page: Page, size: float) -> int:
    """About how many lines of `size` points a page's text area holds."""
    return int(page.text_height / (LINE_HEIGHT * size * TWIPS_PER_POINT))


def row_lines(cells: list[str], widths: list[int], size: float) -> int:
    """About how many lines the tallest of a row's cells takes."""
    return max([1] + [text_lines(text, width, size) for text, width in zip(cells, widths) if text])


def rows_kept_with_next(plan: list[PlanRow | str], cells: list[list[str]], columns: list[LayoutColumn],
                        widths: list[int], size: float) -> set[int]:
    """The rows kept on the page of the row after them: a heading across the table, and each merged
    Sasaran (Tujuan, Misi) cell's first rows, as many as its text needs to fit beside them. LibreOffice
    prints a merged cell's text from the page where it fits: its first row alone at a page's foot would
    print the row's number there and the Sasaran a page later, read back under the sasaran before.
    `cells` are the printed rows' texts (`plan`'s, headings left out), by column."""
    kept = {index for index, row in enumerate(plan) if isinstance(row, str)}
    merged = [k for k, c in enumerate(columns) if merge_level(c) in (ColumnRole.MISI, ColumnRole.TUJUAN,
                                                                     ColumnRole.SASARAN)]
    own = [k for k in range(len(columns)) if k not in merged]
    texts = dict(zip((i for i, row in enumerate(plan) if not isinstance(row, str)), cells))
    for k in merged:
        for first, last in _runs(plan, merge_level(columns[k])).items():
            needed = text_lines(texts[first][k], widths[k], size)
            for index in range(first, last):
                needed -= max([1] + [text_lines(texts[index][j], widths[j], size) for j in own if texts[index][j]])
                if needed <= 0:
                    break
                kept.add(index)
    return kept


def rkt_table(document: Any, sasaran: list[Sasaran], layout: Layout, page: Page, marked: dict[int, list[str]],
              comment: Comment | None) -> None:
    """An RKT table of `sasaran` in `layout`; rows `marked` (id of an indikator -> review messages) are
    shaded, and given the messages as a comment when `comment` is."""
    columns = layout.columns
    keys = [extra_key(c, i) if c.role is ColumnRole.EXTRA else None for i, c in enumerate(columns)]
    number_in_text = frozenset(numbered_in_text(columns))
    values = [cell_value(c, keys[i] is None or keys.index(keys[i]) == i, i, number_in_text)
              for i, c in enumerate(columns)]
    plan = _row_plan(sasaran, any(c.role is ColumnRole.TARGET for c in columns), heading_levels(layout, sasaran))
    cells = [[value(row) for value in values] for row in plan if not isinstance(row, str)]
    width, indent = page.place(layout)
    widths, size = fitted_columns(layout, [list(column) for column in zip(*cells)] or [[] for _ in columns], width)
    runs = [_runs(plan, merge_level(column)) for column in columns]
    with_next = rows_kept_with_next(plan, cells, columns, widths, size)
    # a row broken over a page may read back as two (a new sasaran where a cell's rest starts capitalised),
    # but a row kept whole that is taller than a page is cut off at its foot; a quarter of the page is left
    # for the repeated header and the estimate's error (the longest row kept whole of the real documents
    # takes about two thirds of a page, the one cut off 1.7 pages)
    whole = page_lines(page, size) * 3 // 4
    row_cells = iter(cells)
    indikator_value, indikator_width = next(((values[k], widths[k]) for k, c in enumerate(columns)
                                             if c.role is ColumnRole.INDIKATOR), (values[0], widths[0]))
    table = grid_table(document, widths, indent=indent)
    header_rows(table, layout, widths)
    commented: set[int] = set()
    for index, row in enumerate(plan):
        tr = table._tbl.add_tr()
        if isinstance(row, str) or row_lines(next(row_cells), widths, size) <= whole:
            keep_row_whole(tr)
        if isinstance(row, str):  # a group heading printed across the table
            add_cell(table, tr, sum(widths), row, bold=True, span=len(columns)).paragraph_format.keep_with_next = True
            continue
        messages = marked.get(id(row[1]))
        for column, value, width, starts in zip(columns, values, widths, runs):
            last = starts.get(index)
            if last is None:  # inside a run of rows merged down from above
                paragraph = add_cell(table, tr, width, merge="continue")
            elif column.role is ColumnRole.TARGET and row[3]:
                paragraph = add_cell(table, tr, width, merge="restart" if last > index else None)
                listed_targets(paragraph, indikator_value(row).split("\n"), value(row).split("\n"),
                               indikator_width, size)
            else:
                paragraph = add_cell(table, tr, width, value(row), merge="restart" if last > index else None)
            paragraph.paragraph_format.keep_with_next = index in with_next or None
            if messages:
                shade(paragraph._p.getparent(), REVIEW_FILL)
                if comment is not None and id(row[1]) not in commented and paragraph.runs:
                    comment(paragraph.runs, "\n".join(messages))
                    commented.add(id(row[1]))
    use_font_size(document, table._tbl, size)


def programs_table(document: Any, programs: list[Program], printed: Layout, page: Page) -> None:
    """A programs table in its printed columns, header and widths (`program_layout`)."""
    columns = printed.columns
    keys = [extra_key(c, i) if c.role is ColumnRole.EXTRA else None for i, c in enumerate(columns)]
    values = [program_value(c, keys[i] is None or keys.index(keys[i]) == i, i) for i, c in enumerate(columns)]
    rows = [[value(program) for value in values] for program in programs]
    width, indent = page.place(printed) if printed.table_width else (page.table_width, page.table_indent)
    widths, size = fitted_columns(printed, [[row[k] for row in rows] for k in range(len(columns))], width)
    table = grid_table(document, widths, indent=indent)
    header_rows(table, printed, widths)
    for cells in rows:
        tr = table._tbl.add_tr()
        keep_row_whole(tr)  # a program broken over a page reads back as two
        for value, cell_width in zip(cells, widths):
            add_cell(table, tr, cell_width, value)
    use_font_size(document, table._tbl, size)

