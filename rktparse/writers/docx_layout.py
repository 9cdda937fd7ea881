"""The layout a regenerated DOCX follows: the source's printed one, or a sensible default.

A document read from a PDF or Word file carries its printed layout (`RktDocument.layout`); a
hand-made JSON has none, and gets the columns its data needs under plain headers, landscape
when the table is wide. Either way every field with data gets a column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from rktparse.models import (
    ColumnRole,
    HeaderCell,
    Indikator,
    Layout,
    LayoutColumn,
    Orientation,
    PageLayout,
    PrintedTable,
    Program,
    RktDocument,
    Sasaran,
    TableLayout,
    TargetKind,
    UpperLevel,
)

A4 = (595.3, 841.9)  # points
PORTRAIT_MAX_COLUMNS = 4  # a default table of more columns is printed landscape
DEFAULT_FOOTER = "Halaman {page} dari {pages}"
# Default share of the table width by role, before scaling to 1.
WEIGHTS = {ColumnRole.NO: 0.7, ColumnRole.MISI: 2.5, ColumnRole.TUJUAN: 2.5, ColumnRole.SASARAN: 3.0,
           ColumnRole.INDIKATOR: 3.0, ColumnRole.TARGET: 1.3, ColumnRole.TARGET_PART: 1.0, ColumnRole.PERIOD: 1.0,
           ColumnRole.KEGIATAN: 3.0, ColumnRole.EXTRA: 1.5}
DEFAULT_HEADERS = {ColumnRole.NO: "No", ColumnRole.MISI: "Misi", ColumnRole.TUJUAN: "Tujuan",
                   ColumnRole.SASARAN: "Sasaran", ColumnRole.INDIKATOR: "Indikator Kinerja",
                   ColumnRole.TARGET: "Target", ColumnRole.KEGIATAN: "Kegiatan"}

# One printed row: a sasaran, its indikator, one kegiatan entry, and the indikator listed under it in its cell.
PlanRow = tuple[Sasaran, Indikator, str | None, list[Indikator]]


def extra_key(column: LayoutColumn, index: int) -> str:
    """The key an extra column's cells are kept under (the assembler's: its header, else its place)."""
    return column.header or f"kolom {index + 1}"


def _column(role: ColumnRole, header: str | None = None, numbers: ColumnRole | None = None) -> LayoutColumn:
    return LayoutColumn(role=role, header=header or DEFAULT_HEADERS[role], numbers=numbers)


def data_columns(doc: RktDocument) -> list[LayoutColumn]:
    """The columns the document's data needs, in the usual order, under plain headers."""
    rows = doc.indikator_rows()
    columns: list[LayoutColumn] = []
    for role, levels in ((ColumnRole.MISI, [s.misi for s in doc.sasaran]),
                         (ColumnRole.TUJUAN, [s.tujuan for s in doc.sasaran])):
        if any(levels):
            if any(level is not None and level.no for level in levels):
                columns.append(_column(ColumnRole.NO, numbers=role))
            columns.append(_column(role))
    if any(s.no for s in doc.sasaran):
        columns.append(_column(ColumnRole.NO, numbers=ColumnRole.SASARAN))
    columns.append(_column(ColumnRole.SASARAN))
    if any(i.no for _, i in rows):
        columns.append(_column(ColumnRole.NO, numbers=ColumnRole.INDIKATOR))
    columns.append(_column(ColumnRole.INDIKATOR))
    if any(i.target is not None for _, i in rows):
        columns.append(_column(ColumnRole.TARGET, target_header(doc)))
    columns += [LayoutColumn(role=ColumnRole.PERIOD, header=f"Target {label}", period=label)
                for label in dict.fromkeys(label for _, i in rows for label in i.periods)]
    if any(i.kegiatan for _, i in rows):
        columns.append(_column(ColumnRole.KEGIATAN))
    columns += [_column(ColumnRole.EXTRA, header) for header in dict.fromkeys(h for _, i in rows for h in i.extra)]
    return columns


def target_header(doc: RktDocument) -> str:
    """'Target %' when some targets are percentages printed without their sign ('55,56')."""
    bare_percent = any(i.target is not None and i.target.kind is TargetKind.PERCENT and "%" not in i.target.raw
                       for _, i in doc.indikator_rows())
    return "Target %" if bare_percent else "Target"


def default_layout(doc: RktDocument) -> Layout:
    """A layout for a document that carries none: its data's columns, A4, landscape when wide."""
    columns = data_columns(doc)
    wide = len(columns) > PORTRAIT_MAX_COLUMNS
    width, height = (A4[1], A4[0]) if wide else A4
    return Layout(page=PageLayout(width=width, height=height,
                                  orientation=Orientation.LANDSCAPE if wide else Orientation.PORTRAIT),
                  columns=columns, header=period_header(columns),
                  title_lines=[doc.document.title] if doc.document.title else [], footer=DEFAULT_FOOTER)


def period_header(columns: list[LayoutColumn]) -> list[HeaderCell]:
    """Period columns under one spanning 'Target' header (so that they read back as periods), the
    other headers spanning both rows; none when there is no period column."""
    periods = [k for k, c in enumerate(columns) if c.role is ColumnRole.PERIOD]
    if not periods:
        return []
    cells = [HeaderCell(text=c.header, row=0, col=k, row_span=2) for k, c in enumerate(columns) if k not in periods]
    cells.append(HeaderCell(text="Target", row=0, col=periods[0], col_span=len(periods)))
    return cells + [HeaderCell(text=columns[k].period or "", row=1, col=k) for k in periods]


def missing_columns(layout: Layout, doc: RktDocument) -> list[LayoutColumn]:
    """Columns the data needs that the layout has not (a hand-edited JSON's new extra, say)."""
    roles = {column.role for column in layout.columns}
    keys = {extra_key(c, i) for i, c in enumerate(layout.columns) if c.role is ColumnRole.EXTRA}
    rows = doc.indikator_rows()
    printed = {ColumnRole.SASARAN: any(s.text for s in doc.sasaran), ColumnRole.INDIKATOR: any(i.text for _, i in rows),
               ColumnRole.TARGET: any(i.target is not None and i.target.raw for _, i in rows),
               ColumnRole.MISI: True, ColumnRole.TUJUAN: True,
               ColumnRole.KEGIATAN: True}  # data_columns gives Misi, Tujuan and Kegiatan only when they hold text
    headings = heading_levels(layout, doc.sasaran)
    return [c for c in data_columns(doc)
            if (c.role is ColumnRole.EXTRA and c.header not in keys) or
            (c.role not in roles and c.role not in headings and printed.get(c.role, False))]


def heading_levels(layout: Layout, sasaran: list[Sasaran]) -> set[ColumnRole]:
    """The levels (Misi, Tujuan) printed as a row across the table instead of in a column: those the layout
    has no column for whose every text opens with the level's name ('MISI 1 ...'), as such a row was
    printed (and is read back: a row across the table naming its level)."""
    roles = {column.role for column in layout.columns}
    found = set()
    for role in (ColumnRole.MISI, ColumnRole.TUJUAN):
        texts = [level.text for s in sasaran if (level := _level(s, role)) is not None]
        if role not in roles and texts and all(text.split()[0].lower() == role.value for text in texts if text):
            found.add(role)
    return found


def effective_layout(doc: RktDocument) -> Layout:
    """The layout to print: the document's own, completed with any column its data needs; else the default.
    Unknown widths take default shares; the page defaults to A4 in the orientation the columns need."""
    if doc.layout is None or not doc.layout.columns:
        layout = default_layout(doc)
    else:
        layout = doc.layout.model_copy(deep=True)
        added = missing_columns(layout, doc)
        layout.columns += added
        if added and layout.header:
            layout.header += [HeaderCell(text=c.header, row=0, col=len(layout.columns) - len(added) + k,
                                         row_span=max(1, max(h.row + h.row_span for h in layout.header)))
                              for k, c in enumerate(added)]
        if layout.page is None:
            layout.page = default_layout(doc).page
    layout.columns = with_widths(layout.columns)
    return layout


Node = TypeVar("Node", Sasaran, Program)


@dataclass
class PrintedPart(Generic[Node]):
    """A table to print: the sasaran (or programs) it holds, the layout it follows and the heading above it."""

    nodes: list[Node]
    layout: Layout
    heading: list[str]


def table_bounds(tables: list[PrintedTable], count: int) -> list[tuple[PrintedTable, int, int]]:
    """Each table with the range of the `count` nodes it holds (the first from the first node on), the bounds
    kept in order and in range so that no node is lost or printed twice however a JSON was edited; tables
    left holding none are left out."""
    bounds = [0]
    for table in tables[1:]:
        bounds.append(min(count, max(bounds[-1], table.first)))
    bounds.append(count)
    return [(table, first, end) for table, first, end in zip(tables, bounds, bounds[1:]) if first < end]


def own_layout(layout: Layout, table: PrintedTable) -> Layout:
    """`layout` with the table fields of `table`."""
    return layout.model_copy(update={name: getattr(table, name) for name in TableLayout.model_fields})


def printed_parts(doc: RktDocument) -> list[PrintedPart[Sasaran]]:
    """Each RKT table to print: the sasaran it holds, the layout it follows (`effective_layout` of the
    table's own, of `layout.tables`) and its heading. A document without per-table layouts (written
    before 1.3, or by hand) prints one table of every sasaran."""
    tables = table_bounds(doc.layout.tables, len(doc.sasaran)) if doc.layout is not None else []
    parts = []
    for table, first, end in tables:
        assert doc.layout is not None
        part = doc.model_copy(update={"sasaran": doc.sasaran[first:end], "layout": own_layout(doc.layout, table)})
        parts.append(PrintedPart(part.sasaran, effective_layout(part), table.heading))
    return parts or [PrintedPart(doc.sasaran, effective_layout(doc), [])]


def program_parts(doc: RktDocument) -> list[PrintedPart[Program]]:
    """Each programs table to print, as `printed_parts` gives the RKT tables."""
    printed = doc.layout.programs if doc.layout is not None else None
    tables = table_bounds(printed.tables, len(doc.programs)) if printed is not None else []
    parts = [PrintedPart(doc.programs[first:end], program_layout(doc.programs[first:end], own_layout(printed, table)),
                         table.heading) for table, first, end in tables if printed is not None]
    return parts or [PrintedPart(doc.programs, program_layout(doc.programs, printed), [])]


def printed_place(nodes: list[Sasaran] | list[Program]) -> tuple[int, float]:
    """The page and the top on it of the first of `nodes`; (0, 0) where the source gave none (a Word file)."""
    if not nodes or not nodes[0].pages:
        return 0, 0.0
    page = nodes[0].pages[0]
    return page, next((region.box[1] for region in nodes[0].regions if region.page == page), 0.0)


def in_printed_order(rkt: list[PrintedPart[Sasaran]],
                     programs: list[PrintedPart[Program]]) -> list[PrintedPart[Sasaran] | PrintedPart[Program]]:
    """The RKT tables and the programs tables merged in the order they were printed, by where the first node
    each holds was printed (a programs table between two RKT tables stays there); where that does not tell
    (a Word file gives no pages), the RKT tables come first."""
    merged: list[PrintedPart[Sasaran] | PrintedPart[Program]] = []
    rest_rkt, rest_programs = list(rkt), list(programs)
    while rest_rkt and rest_programs:
        take_programs = printed_place(rest_programs[0].nodes) < printed_place(rest_rkt[0].nodes)
        merged.append(rest_programs.pop(0) if take_programs else rest_rkt.pop(0))
    return merged + rest_rkt + rest_programs


def with_widths(columns: list[LayoutColumn]) -> list[LayoutColumn]:
    """Every column with a width, the shares summing to 1: known widths kept in proportion, unknown
    ones their role's default share."""
    known = [c.width for c in columns if c.width]
    unit = (sum(known) / sum(WEIGHTS[c.role] for c in columns if c.width)) if known else 1.0
    raw = [c.width or WEIGHTS[c.role] * unit for c in columns]
    total = sum(raw)
    return [c.model_copy(update={"width": w / total}) for c, w in zip(columns, raw)]


def _level(sasaran: Sasaran, role: ColumnRole) -> UpperLevel | None:
    return {ColumnRole.MISI: sasaran.misi, ColumnRole.TUJUAN: sasaran.tujuan}.get(role)


def listed_under(parent: Indikator, following: list[Indikator]) -> list[Indikator]:
    """The indikator printed as listed items in `parent`'s cell: `parent` is a parent line (no target where
    a Target column is printed), and the rows after it were read from the same cell (the same regions;
    where none was kept, a Word file's, those up to the first numbered one, when the parent is numbered),
    each with a target read as a value beside it, or none where it is a parent line itself over the items
    after it (nested lists), and nothing else. Printed so, they read back as those rows; printed a row
    each, the parent's empty Target cell would read as a missing target."""
    if parent.target is not None or len(parent.kegiatan) > 1:
        return []
    items = []
    for row in following:
        if (row.regions != parent.regions or (row.target is not None and row.target.kind is TargetKind.TEXT)
                or row.kegiatan or row.extra or row.periods or (parent.no and row.no)):
            break  # a numbered parent over numbered items would not read back: their numbers look alike
        items.append(row)
    while items and items[-1].target is None:
        items.pop()  # a parent line over no item is a row of its own
    return items


def item_line(indikator: Indikator) -> str:
    """An item of a list printed in one cell: its number, else a dash, then its text."""
    return f"{indikator.no or '-'} {indikator.text}"


def numbered_in_text(columns: list[LayoutColumn]) -> set[ColumnRole]:
    """The levels (Sasaran, Indikator) no No column numbers: their numbers open their text."""
    numbered = {c.numbers or ColumnRole.INDIKATOR for c in columns if c.role is ColumnRole.NO}
    return {ColumnRole.SASARAN, ColumnRole.INDIKATOR} - numbered


def opened_by_number(no: str | None, text: str, number_in_text: bool) -> str:
    """A Sasaran or Indikator cell: its text, opened by its number where no column prints it ('1. Persentase
    ...', as an item listed in one cell was printed; the reader takes such a number back as `no`)."""
    return f"{no} {text}" if number_in_text and no else text


def cell_value(column: LayoutColumn, first_of_key: bool, index: int,
               number_in_text: frozenset[ColumnRole] = frozenset()) -> Callable[[PlanRow], str]:
    """How a printed row's cell in `column` reads (an extra key shared by columns under one spanning
    header is printed once, in the first of them; `number_in_text`: the levels whose number opens their text)."""
    role = column.role
    if role is ColumnRole.NO:
        numbered = column.numbers or ColumnRole.INDIKATOR
        if numbered is ColumnRole.SASARAN:
            return lambda row: row[0].no or ""
        if numbered in (ColumnRole.MISI, ColumnRole.TUJUAN):
            return lambda row: (level.no or "") if (level := _level(row[0], numbered)) else ""
        return lambda row: row[1].no or ""
    if role in (ColumnRole.MISI, ColumnRole.TUJUAN):
        return lambda row: level.text if (level := _level(row[0], role)) else ""
    values: dict[ColumnRole, Callable[[PlanRow], str]] = {
        ColumnRole.SASARAN: lambda row: opened_by_number(row[0].no, row[0].text, ColumnRole.SASARAN in number_in_text),
        ColumnRole.INDIKATOR: lambda row: "\n".join([opened_by_number(row[1].no, row[1].text,
                                                                       ColumnRole.INDIKATOR in number_in_text),
                                                      *(item_line(item) for item in row[3])]),
        ColumnRole.TARGET: lambda row: "\n".join([row[1].target.raw if row[1].target is not None else "",
                                                   *(item.target.raw if item.target else "" for item in row[3])]),
        ColumnRole.TARGET_PART: lambda row: "",  # the target's raw text, printed whole in the Target column
        ColumnRole.KEGIATAN: lambda row: row[2] or "",
    }
    if role in values:
        return values[role]
    if role is ColumnRole.PERIOD:
        return lambda row: target.raw if (target := row[1].periods.get(column.period or "")) is not None else ""
    key = extra_key(column, index)
    return (lambda row: row[1].extra.get(key, "")) if first_of_key else (lambda row: "")


def program_layout(programs_printed: list[Program], programs: Layout | None) -> Layout:
    """The programs table's printed layout (`programs`), with a column for any extra it lacks; else No (when
    numbered), Program and the extras under their keys."""
    extras = list(dict.fromkeys(h for p in programs_printed for h in p.extra))
    if programs is not None and programs.columns:
        printed = programs.model_copy(deep=True)
        keys = {extra_key(c, i) for i, c in enumerate(printed.columns) if c.role is ColumnRole.EXTRA}
        added = [LayoutColumn(role=ColumnRole.EXTRA, header=h) for h in extras if h not in keys]
        printed.columns += added
        printed.header += [HeaderCell(text=c.header, row=0, col=len(printed.columns) - len(added) + k)
                           for k, c in enumerate(added)] if printed.header else []
    else:
        numbered = [LayoutColumn(role=ColumnRole.NO, header="No")] if any(p.no for p in programs_printed) else []
        printed = Layout(columns=numbered + [LayoutColumn(role=ColumnRole.KEGIATAN, header="Program")] +
                         [LayoutColumn(role=ColumnRole.EXTRA, header=h) for h in extras])
    printed.columns = with_widths(printed.columns)
    return printed


def program_value(column: LayoutColumn, first_of_key: bool, index: int) -> Callable[[Program], str]:
    """How a program's cell in `column` reads."""
    if column.role is ColumnRole.NO:
        return lambda program: program.no or ""
    if column.role is ColumnRole.KEGIATAN:
        return lambda program: program.text
    key = extra_key(column, index)
    return (lambda program: program.extra.get(key, "")) if column.role is ColumnRole.EXTRA and first_of_key \
        else (lambda program: "")


def merge_level(column: LayoutColumn) -> ColumnRole | None:
    """The node whose rows a column's cell is merged over: its level for Misi/Tujuan/Sasaran and their
    numbers, the indikator for its own cells; None for Kegiatan (a cell per entry)."""
    role = column.numbers if column.role is ColumnRole.NO else column.role
    if role in (ColumnRole.MISI, ColumnRole.TUJUAN, ColumnRole.SASARAN):
        return role
    return None if column.role is ColumnRole.KEGIATAN else ColumnRole.INDIKATOR
