"""Ruled tables from characters and ruling lines, whatever engine read them.

Input: a page's characters and its ruling segments, in PDF points with y
growing downwards. Output: one `TablePage` per ruled region, cells placed on
the region's grid of distinct column and row boundaries, with their spans.
The geometry (snapping, joining, intersections, regions) is pdfplumber's,
ported in `edges`; this module feeds it, closes tables left open at a page break, and turns the
cell boxes into a grid with text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rktparse.grid import BBox, Cell, TablePage
from rktparse.readers.borderless import Carry, find_borderless
from rktparse.readers.borderless_rows import Rule
from rktparse.readers.edges import Edge, Intersections, cells_to_tables, edges_to_intersections, merge_edges
from rktparse.readers.pdf_words import (
    Box,
    Char,
    Line,
    Word,
    chars_to_words,
    font_size,
    lines_to_words,
    split_words,
    words_to_lines,
)

THIN = 3.0  # a filled box at most this thick is a drawn rule, not shading
MIN_RULE = 2.0  # shorter pieces are dots or corner joints
SNAP = 3.0  # rules closer than this are one rule (Word draws borders as offset boxes)
JOIN = 3.0  # collinear pieces with gaps up to this are one rule (Excel draws per cell)
TOUCH = 3.0  # how far a rule may stop short of another and still meet it
FULL_HEIGHT = 0.9  # a rule beside a table running this share of its height is its border


class Segment(NamedTuple):
    """One ruling line: x0 == x1 (vertical) or top == bottom (horizontal)."""

    x0: float
    top: float
    x1: float
    bottom: float


# --- ruling lines -------------------------------------------------------------------


def box_to_segments(box: Box, stroked: bool) -> list[Segment]:
    """A painted box as rules: a thin box is one rule, a stroked box four, shading none."""
    x0, top, x1, bottom = box
    width, height = x1 - x0, bottom - top
    if min(width, height) <= THIN:
        if max(width, height) < MIN_RULE:
            return []
        if height > width:
            x = (x0 + x1) / 2
            return [Segment(x, top, x, bottom)]
        y = (top + bottom) / 2
        return [Segment(x0, y, x1, y)]
    if not stroked:
        return []
    return [Segment(x0, top, x1, top), Segment(x0, bottom, x1, bottom),
            Segment(x0, top, x0, bottom), Segment(x1, top, x1, bottom)]


def polyline_to_segments(points: Sequence[tuple[float, float]], tolerance: float = 0.5) -> list[Segment]:
    """The horizontal and vertical pieces of a stroked polyline (top-left origin)."""
    segments = []
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        if abs(ay - by) <= tolerance and abs(ax - bx) >= MIN_RULE:
            y = (ay + by) / 2
            segments.append(Segment(min(ax, bx), y, max(ax, bx), y))
        elif abs(ax - bx) <= tolerance and abs(ay - by) >= MIN_RULE:
            x = (ax + bx) / 2
            segments.append(Segment(x, min(ay, by), x, max(ay, by)))
    return segments


def edge(x0: float, top: float, x1: float, bottom: float) -> Edge:
    """The edge dict of a rule."""
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "orientation": "h" if top == bottom else "v"}


def segments_to_edges(segments: Iterable[Segment]) -> list[Edge]:
    """Edges from rules, snapped and joined into whole lines."""
    edges = [edge(*segment) for segment in segments]
    if not edges:
        return []
    return merge_edges(edges, SNAP, JOIN)


def intersections_to_boxes(intersections: Intersections) -> list[Box]:
    """The smallest ruled box from each crossing: pdfplumber's `intersections_to_cells`.

    Same search, but each crossing's edges are collected once: pdfplumber
    rebuilds those sets for every pair of points it compares, which made it the
    slowest step of a page.
    """
    v_ids = {point: set(map(id, touching["v"])) for point, touching in intersections.items()}
    h_ids = {point: set(map(id, touching["h"])) for point, touching in intersections.items()}
    below: dict[float, list[tuple[float, float]]] = {}
    right: dict[float, list[tuple[float, float]]] = {}
    for point in sorted(intersections):
        below.setdefault(point[0], []).append(point)
        right.setdefault(point[1], []).append(point)

    def smallest_box(point: tuple[float, float]) -> Box | None:
        x, y = point
        for low in below[x]:
            if low[1] <= y or not v_ids[point] & v_ids[low]:
                continue
            for side in right[y]:
                if side[0] <= x or not h_ids[point] & h_ids[side]:
                    continue
                corner = (side[0], low[1])
                if corner in intersections and v_ids[corner] & v_ids[side] and h_ids[corner] & h_ids[low]:
                    return (x, y, side[0], low[1])
        return None

    return [box for box in map(smallest_box, sorted(intersections)) if box is not None]


def edges_to_regions(edges: list[Edge]) -> list[list[Box]]:
    """Cell boxes, grouped into table regions top to bottom."""
    intersections = edges_to_intersections(edges, TOUCH)
    return cells_to_tables(intersections_to_boxes(intersections))


def region_to_grid(boxes: list[Box]) -> tuple[list[float], list[float]]:
    """The distinct column x-boundaries and row y-boundaries of a region."""
    xs = sorted({x for box in boxes for x in (box[0], box[2])})
    ys = sorted({y for box in boxes for y in (box[1], box[3])})
    return xs, ys


def to_bbox(box: Box) -> BBox:
    return BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3])


# --- tables -------------------------------------------------------------------------


class Place(NamedTuple):
    """Where a cell box stands on its region's grid."""

    row: int
    col: int
    row_span: int
    col_span: int
    box: Box


def grid_places(boxes: list[Box], xs: list[float], ys: list[float]) -> list[Place]:
    """The cell boxes placed on the grid, row by row, with their spans."""
    col_of = {x: i for i, x in enumerate(xs)}
    row_of = {y: i for i, y in enumerate(ys)}
    places = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        row, col = row_of[box[1]], col_of[box[0]]
        places.append(Place(row, col, row_of[box[3]] - row, col_of[box[2]] - col, box))
    return places


def boxes_to_cells(boxes: list[Box], xs: list[float], ys: list[float]) -> list[Cell]:
    """Cells (without text) placed on the grid, row by row, with their spans."""
    return [Cell(lines=[], row=place.row, col=place.col, row_span=place.row_span, col_span=place.col_span,
                 bbox=to_bbox(place.box)) for place in grid_places(boxes, xs, ys)]


def words_to_cells(
    words: Iterable[Word], cells: Sequence[Cell | Place], xs: list[float], ys: list[float]
) -> tuple[list[list[Word]], list[Word]]:
    """The words of each cell, by the grid slot their centre falls in; and those in none."""
    slot_owner = {}
    for index, cell in enumerate(cells):
        for row in range(cell.row, cell.row + cell.row_span):
            for col in range(cell.col, cell.col + cell.col_span):
                slot_owner[row, col] = index
    per_cell: list[list[Word]] = [[] for _ in cells]
    loose: list[Word] = []
    for word in words:
        col = bisect_right(xs, (word.x0 + word.x1) / 2) - 1
        row = bisect_right(ys, (word.top + word.bottom) / 2) - 1
        owner = slot_owner.get((row, col))
        if owner is None:
            loose.append(word)
        else:
            per_cell[owner].append(word)
    return per_cell, loose


def region_to_table(page: int, boxes: list[Box], words: list[Word]) -> TablePage:
    """A table region's cells with their text lines, and every word in the region.

    The region's words are the cells' words, then those in no cell (a grid slot
    no rules close), so text outside every cell still shows up.
    """
    xs, ys = region_to_grid(boxes)
    places = grid_places(boxes, xs, ys)
    per_cell, loose = words_to_cells(words, places, xs, ys)
    all_words: list[str] = []
    cells = []
    for place, cell_words in zip(places, per_cell):
        lines = words_to_lines(cell_words)
        cells.append(Cell(lines=[line.text for line in lines], row=place.row, col=place.col, row_span=place.row_span,
                          col_span=place.col_span, bbox=to_bbox(place.box), line_tops=[line.top for line in lines],
                          line_spans=[(line.words[0].x0, line.words[-1].x1) for line in lines]))
        all_words += lines_to_words(lines)
    all_words += lines_to_words(words_to_lines(loose))
    return TablePage(page=page, n_rows=len(ys) - 1, n_cols=len(xs) - 1, cells=cells,
                     bbox=to_bbox((xs[0], ys[0], xs[-1], ys[-1])), words=all_words,
                     font_size=font_size([word for cell_words in per_cell for word in cell_words]))


def may_be_table(boxes: list[Box]) -> bool:
    """Two columns or more: one ruled row may still get a header printed above it."""
    return len(region_to_grid(boxes)[0]) >= 3


def region_to_bounds(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


# --- tables left open at a page break -------------------------------------------------


def has_words(words: list[Word], box: Box) -> bool:
    x0, top, x1, bottom = box
    return any(x0 < (w.x0 + w.x1) / 2 < x1 and top < (w.top + w.bottom) / 2 < bottom for w in words)


def widen_frame(bounds: Box, edges: list[Edge], words: list[Word]) -> Box:
    """The region widened over unruled columns of text fenced by a full-height rule.

    Excel leaves a "No" column without row rules; on a continuation page none
    of its cells closes, so it would drop out of the table. Only the nearest
    such rule on each side counts, and only with text between: an empty strip
    is a margin, not a column.
    """
    x0, top, x1, bottom = bounds
    verticals = sorted(e["x0"] for e in edges if e["orientation"] == "v"
                       and min(e["bottom"], bottom) - max(e["top"], top) >= FULL_HEIGHT * (bottom - top))
    while (left := [x for x in verticals if x < x0 - TOUCH]) and has_words(words, (left[-1], top, x0, bottom)):
        x0 = left[-1]
    while (right := [x for x in verticals if x > x1 + TOUCH]) and has_words(words, (x1, top, right[0], bottom)):
        x1 = right[0]
    return open_ends(open_sides((x0, top, x1, bottom), edges, words), edges, words)


def open_sides(frame: Box, edges: list[Edge], words: list[Word]) -> Box:
    """The frame widened to where its top and bottom rules end, past the outermost column rule.

    A table drawn without its outer column rules (only inner ones, the row
    rules running on to the table's edges) has its first and last columns
    closed by no rule: the ends of the rules above and below the table are
    those columns' sides, when there is text between.
    """
    x0, top, x1, bottom = frame

    def ends(at: float) -> list[Edge]:
        return [e for e in edges if e["orientation"] == "h" and abs(e["top"] - at) <= SNAP
                and e["x0"] <= x1 + TOUCH and e["x1"] >= x0 - TOUCH]

    above, below = ends(top), ends(bottom)
    if above and below:
        left = max(min(e["x0"] for e in above), min(e["x0"] for e in below))
        right = min(max(e["x1"] for e in above), max(e["x1"] for e in below))
        if left < x0 - TOUCH and has_words(words, (left, top, x0, bottom)):
            x0 = left
        if right > x1 + TOUCH and has_words(words, (x1, top, right, bottom)):
            x1 = right
    return x0, top, x1, bottom


def open_ends(frame: Box, edges: list[Edge], words: list[Word]) -> Box:
    """The frame lengthened to where its column rules end, above its top row rule or below its
    bottom one: a first row under a shaded header has no rule above it, only the column rules
    running up to the shading."""
    x0, top, x1, bottom = frame
    columns = [e for e in edges if e["orientation"] == "v" and x0 - SNAP <= e["x0"] <= x1 + SNAP
               and min(e["bottom"], bottom) - max(e["top"], top) >= FULL_HEIGHT * (bottom - top)]
    if len(columns) < 2:
        return frame
    upper, lower = max(e["top"] for e in columns), min(e["bottom"] for e in columns)
    if upper < top - TOUCH and has_words(words, (x0, upper, x1, top)):
        top = upper
    if lower > bottom + TOUCH and has_words(words, (x0, bottom, x1, lower)):
        bottom = lower
    return x0, top, x1, bottom


def is_ruled(frame: Box, edges: list[Edge]) -> bool:
    """Whether one rule runs along each whole side of the frame."""
    x0, top, x1, bottom = frame

    def covered(orientation: str, at: float, start: float, end: float) -> bool:
        pos, lo, hi = ("top", "x0", "x1") if orientation == "h" else ("x0", "top", "bottom")
        return any(e["orientation"] == orientation and abs(e[pos] - at) <= SNAP
                   and e[lo] <= start + JOIN and e[hi] >= end - JOIN for e in edges)

    return (covered("h", top, x0, x1) and covered("h", bottom, x0, x1)
            and covered("v", x0, top, bottom) and covered("v", x1, top, bottom))


def frame_edges(frame: Box) -> list[Edge]:
    x0, top, x1, bottom = frame
    return [edge(x0, top, x1, top), edge(x0, bottom, x1, bottom), edge(x0, top, x0, bottom), edge(x1, top, x1, bottom)]


def page_regions(edges: list[Edge], words: list[Word]) -> list[list[Box]]:
    """The page's table regions, each closed by its frame when a page break left it open."""
    regions = [boxes for boxes in edges_to_regions(edges) if may_be_table(boxes)]
    frames = [widen_frame(region_to_bounds(boxes), edges, words) for boxes in regions]
    if all(is_ruled(frame, edges) for frame in frames):
        return regions
    closed = merge_edges(edges + [e for frame in frames for e in frame_edges(frame)], SNAP, JOIN)
    return [boxes for boxes in edges_to_regions(closed) if may_be_table(boxes)]


def find_tables(
    page: int, chars: Iterable[Char], segments: Iterable[Segment], carry: Carry | None = None
) -> tuple[list[TablePage], list[Word]]:
    """The page's tables, top to bottom, and the words outside them.

    Ruled tables first; then, among the words outside them, tables without
    vertical rules (`borderless`). `carry` takes a borderless table open at
    the bottom of one page to the next: pass the same one for every page.
    """
    words = chars_to_words(chars)
    edges = segments_to_edges(segments)
    regions = page_regions(edges, words)
    inside, outside = split_words(words, [region_to_bounds(boxes) for boxes in regions])
    candidates = [(region_to_table(page, boxes, region_words), region_to_grid(boxes)[0], region_words)
                  for boxes, region_words in zip(regions, inside)]
    ruled, outside = finish_tables(candidates, outside)
    rules = [Rule(e["top"], e["x0"], e["x1"]) for e in edges if e["orientation"] == "h"]
    stops = [table.bbox.top for table in ruled if table.bbox is not None]
    borderless, outside = find_borderless(page, outside, rules, stops, carry or Carry())
    return sorted(ruled + borderless, key=lambda t: t.bbox.top if t.bbox else 0.0), outside


def finish_tables(
    candidates: list[tuple[TablePage, list[float], list[Word]]], outside: list[Word]
) -> tuple[list[TablePage], list[Word]]:
    """Tables (top to bottom, with column bounds and words) given their borderless headers.

    A table of one row and fewer than three columns, even with a header, is no
    table: a boxed note, say. Its words go back to the page text. (One row of
    three columns or more is a table: a page holding one tall row of a table
    whose header is not repeated.)
    """
    tables = []
    floor = 0.0  # a header above a table stays below the table before it
    for table, xs, words in candidates:
        with_header = add_borderless_header(table, xs, outside, floor)
        if table.n_rows < 2 and table.n_cols < 3:
            outside = outside + words
            continue
        outside = with_header
        floor = table.bbox.bottom if table.bbox else floor
        tables.append(table)
    return tables, outside


# --- a header printed above the top rule ------------------------------------------------

HEADER_FIRST_GAP = 1.5  # header text this close (in line heights) above the top rule (a shaded header: further)
HEADER_LINE_GAP = 0.6  # and its lines this close to each other
HEADER_COLUMN_GAP = 0.5  # words in two columns stand at least this far apart


def lines_above(lines: list[Line], top: float) -> list[Line]:
    """The lines stacked right on top of `top`, nearest first, up to a wider gap."""
    stacked: list[Line] = []
    edge = top
    for line in reversed(lines):
        height = line.bottom - line.top
        limit = (HEADER_LINE_GAP if stacked else HEADER_FIRST_GAP) * height
        if edge - line.bottom > limit:
            break
        stacked.append(line)
        edge = line.top
    return stacked


def column_of(word: Word, xs: list[float]) -> int:
    """The grid column holding the word's centre (clamped to the grid)."""
    return min(max(bisect_right(xs, (word.x0 + word.x1) / 2) - 1, 0), len(xs) - 2)


def is_header_block(lines: list[Line], xs: list[float]) -> bool:
    """Words over two columns or more, set apart at each column change: not a caption."""
    columns = set()
    for line in lines:
        cols = [column_of(word, xs) for word in line.words]
        columns.update(cols)
        for (word, col), (next_word, next_col) in zip(zip(line.words, cols), zip(line.words[1:], cols[1:])):
            if col != next_col and next_word.x0 - word.x1 < HEADER_COLUMN_GAP * (word.bottom - word.top):
                return False
    return len(columns) >= 2


def add_borderless_header(table: TablePage, xs: list[float], outside: list[Word], floor: float) -> list[Word]:
    """Prepends a header row built from text set right above the table's top rule.

    Each word goes to the column holding its centre. Returns the words still
    outside the table.
    """
    assert table.bbox is not None
    top = table.bbox.top
    above = [w for w in outside if xs[0] <= (w.x0 + w.x1) / 2 <= xs[-1] and floor < (w.top + w.bottom) / 2 < top]
    block = lines_above(words_to_lines(above), top)
    if not block or not is_header_block(block, xs):
        return outside
    block_top = min(line.top for line in block)
    header = [word for word in above if (word.top + word.bottom) / 2 >= block_top]
    by_column: dict[int, list[Word]] = {}
    for word in header:
        by_column.setdefault(column_of(word, xs), []).append(word)
    for cell in table.cells:
        cell.row += 1
    table.cells[:0] = [
        Cell(lines=[line.text for line in words_to_lines(words)], row=0, col=col,
             bbox=to_bbox((xs[col], block_top, xs[col + 1], top)))
        for col, words in sorted(by_column.items())
    ]
    table.n_rows += 1
    table.bbox = to_bbox((xs[0], block_top, xs[-1], table.bbox.bottom))
    table.words[:0] = lines_to_words(words_to_lines(header))
    taken = set(map(id, header))
    return [word for word in outside if id(word) not in taken]
