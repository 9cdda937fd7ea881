"""Layout exports (`pdftotext -layout`, pdfplumber `extract_text(layout=True)`): columns aligned by spaces.

Per page: a header block (a line naming two or more columns, with the short
lines just above and below it that continue the names) opens a table. The
column boundaries lie in the body's whitespace gutters between the header
names. A row starts where the target column starts a new value. Merged
columns (No, Misi, Tujuan, Sasaran) hold one cell per group of rows and a
Kegiatan cell may list several entries: `lines.cut_score` decides where one
cell ends and the next begins in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from rktparse.assemble.metadata import is_page_furniture
from rktparse.grid import BBox, ReaderNote, preview
from rktparse.readers.text.lines import (
    LEVELS,
    cut_score,
    first_word,
    fold_spaces,
    header_role,
    is_table_header,
    is_title_line,
    opener,
    opens_signature,
    target_spans,
    text_width,
)
from rktparse.readers.text.page import NOTE_BELOW, PageOut, confidence, note

_RUN = re.compile(r"\S+(?: \S+)*")  # words parted by single spaces
_WORD = re.compile(r"\S+")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_NUMBERING = re.compile(r"^(\d{1,3}|[a-zA-Z])[.)]?$")
_CURRENCY = re.compile(r"^Rp\.?\s*[\d.,]+(,-)?$")
ROW_TOP = 2.0  # a merged column's cell opens on a row's first line (cells are top-aligned) ...
GAP = 1.5  # ... and after an empty line of its column
LEVEL_OPENER = 1.0  # a Sasaran, Tujuan or Misi opens with a cue word ('Meningkatnya', 'Terwujudnya')


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str


def runs(raw: str) -> list[Run]:
    """Runs of words: a header name, a title line, one signer's line."""
    return [Run(m.start(), m.end(), m.group()) for m in _RUN.finditer(raw)]


def words(raw: str) -> list[Run]:
    """Single words: body text is placed word by word, as two columns may be a single space apart."""
    return [Run(m.start(), m.end(), m.group()) for m in _WORD.finditer(raw)]


@dataclass
class Column:
    x0: int
    x1: int
    names: list[tuple[int, str]] = field(default_factory=list)  # (line, name run), top to bottom

    @property
    def role(self) -> str:
        return next((role for _, name in self.names if (role := header_role(name))), "extra")


def _continues_header(raw: str) -> bool:
    """A short line just above or below a header line: more of the column names ('(2023)', '%')."""
    line_runs = runs(raw)
    return (0 < len(line_runs) <= 2 and all(len(r.text.split()) <= 2 for r in line_runs)
            and not is_title_line(raw) and not all(_COLUMN_NUMBER.match(r.text) for r in line_runs))


def _crossed(words: list[Run]) -> list[int]:
    """For each character position x, how many words run across it (start < x < end)."""
    ends = max((w.end for w in words), default=0)
    steps = [0] * (ends + 2)
    for w in words:
        if w.end - w.start > 1:
            steps[w.start + 1] += 1
            steps[w.end] -= 1
    return list(accumulate(steps))


def _columns(lines: list[str], head: range, body: list[int]) -> list[Column]:
    """Header names clustered by position; each boundary lies between the centres of two
    neighbouring names, amid the widest gutter that the fewest body words cross."""
    columns: list[Column] = []
    for index in head:
        for run in runs(lines[index]):
            hit = next((c for c in columns if run.start < c.x1 and c.x0 < run.end), None)
            if hit is None:
                columns.append(Column(run.start, run.end, [(index, run.text)]))
            else:
                hit.x0, hit.x1 = min(hit.x0, run.start), max(hit.x1, run.end)
                hit.names.append((index, run.text))
    columns.sort(key=lambda c: c.x0)
    body_words = [word for index in body for word in words(lines[index])]
    centres = [(c.x0 + c.x1) // 2 for c in columns]
    crossed = _crossed(body_words)
    for right, low, high in zip(columns[1:], centres, centres[1:]):
        crossings = {x: crossed[x] if x < len(crossed) else 0 for x in range(low + 1, max(high, low + 1) + 1)}
        fewest = min(crossings.values())
        stretches: list[list[int]] = []  # runs of neighbouring places crossed by the fewest
        for x in sorted(x for x, n in crossings.items() if n == fewest):
            if stretches and x == stretches[-1][-1] + 1:
                stretches[-1].append(x)
            else:
                stretches.append([x])
        widest = max(stretches, key=len)
        right.x0 = widest[len(widest) // 2]
    return columns


def _complete(text: str) -> bool:
    """A whole target value ('97 %', 'BB', '12 kali', 'Rp 1.234.567'): the next line may start another."""
    return bool(_CURRENCY.match(text)) or any(s.start == 0 and s.end == len(text) for s in target_spans(text))


def _column_numbers(cells: list[str]) -> bool:
    """A row of column numbers under the header, '(1) (2) (3)': a row of its own."""
    filled = [text for text in cells if text]
    return len(filled) >= 2 and all(_COLUMN_NUMBER.match(text) for text in filled)


@dataclass
class _Cell:
    line: int  # body line it starts on
    lines: list[str]
    certainty: float = 1.0  # of the closest call among its starts and ends


@dataclass
class _Table:
    columns: list[Column]
    grid: list[list[str]]  # per body line, per column: the text there

    def column(self, role: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.role == role), None)

    def row_starts(self) -> list[int]:
        """Body lines that open a row: where the target column (else any column but the first)
        starts a value after an empty line, or a complete value after a complete value or
        beside another column's cell that opens after an empty line."""
        target = self.column("target")
        anchors = [target] if target is not None else list(range(1, len(self.columns)))
        starts = []
        for n, cells in enumerate(self.grid):
            above = self.grid[n - 1] if n else [""] * len(self.columns)
            opening = any(cells[c] and not above[c] for c in range(len(cells)) if c not in anchors)
            if _column_numbers(above) or _column_numbers(cells) or any(
                    cells[c] and (not above[c] or _complete(cells[c]) and (_complete(above[c]) or opening))
                    for c in anchors):
                starts.append(n)
        return starts

    def width(self, col: int) -> float:
        """The column's printed width: its longest line (the second longest, if one was misplaced)."""
        widths = sorted(text_width(cells[col]) for cells in self.grid if cells[col])
        return float(widths[-2] if len(widths) > 4 else widths[-1] if widths else 1)

    def cells(self, out: PageOut, notes: list[ReaderNote]) -> None:
        """Fill `out` with this table's cells: rows, Kegiatan entries as sub-rows, merged columns.
        A cell whose start or end was a close call carries its confidence, and gets a note."""
        starts = self.row_starts()
        bounds = ([0] if not starts or starts[0] else []) + starts + [len(self.grid)]
        kegiatan = self.column("kegiatan") if self.column("target") is not None else None
        indikator = self.column("indikator")
        placed: list[tuple[_Cell, int, int, int]] = []  # (cell, grid row, column, rows spanned)
        names: dict[int, list[str]] = {}  # grid row -> its indikator lines, to name it in notes
        grid_row, top_rows = 0, {}  # body line opening a row -> its first grid row
        for first, stop in zip(bounds, bounds[1:]):
            entries = self._split(kegiatan, first, stop) if kegiatan is not None else []
            span = max(1, len(entries))
            top_rows[first] = grid_row
            named = indikator if indikator is not None else 0
            for row in range(grid_row, grid_row + span):
                names[row] = [self.grid[n][named] for n in range(first, stop) if self.grid[n][named]]
            for col, column in enumerate(self.columns):
                if col != kegiatan and column.role not in LEVELS:
                    lines = [self.grid[n][col] for n in range(first, stop) if self.grid[n][col]]
                    placed.append((_Cell(first, lines), grid_row, col, span))
            placed += [(cell, grid_row + k, kegiatan or 0, 1) for k, cell in enumerate(entries)]
            grid_row += span
        for col, column in enumerate(self.columns):
            if column.role in LEVELS:
                cells = self._split(col, 0, len(self.grid), tops=frozenset(top_rows))
                rows = [top_rows[max(t for t in top_rows if t <= cell.line)] for cell in cells]
                ends = rows[1:] + [grid_row]
                placed += [(cell, row, col, max(1, end - row)) for cell, row, end in zip(cells, rows, ends)]
        for cell, row, col, span in placed:
            out.add(cell.lines, row, col, row_span=span, certainty=cell.certainty)
            if cell.certainty < NOTE_BELOW:
                note(notes, "text-cell-boundary", f"page {out.page}: where the {self.columns[col].role} cell "
                     f"'{preview(cell.lines)}' of the row '{preview(names.get(row) or cell.lines)}' begins or ends "
                     f"is uncertain (confidence {cell.certainty:.2f})", out.page)

    def _split(self, col: int, first: int, stop: int, tops: frozenset[int] | None = None) -> list[_Cell]:
        """The cells of column `col` in body lines first..stop-1, cut where the scores say.

        `tops` (the rows' first lines) is given for a merged column, whose cells open on them.
        """
        width = self.width(col)
        cells: list[_Cell] = []
        last = -2
        for n in range(first, stop):
            text = self.grid[n][col]
            if not text:
                continue
            if not cells:
                cells.append(_Cell(n, [text]))
                last = n
                continue
            score = cut_score(cells[-1].lines[-1], text, width) + (GAP if n > last + 1 else 0.0)
            if tops is not None:
                score += ROW_TOP if n in tops else -ROW_TOP
                word = first_word(text)
                score += LEVEL_OPENER if opener(word) and word[:1].isupper() else -LEVEL_OPENER
                if self.columns[col].role == "no" and _NUMBERING.match(text):
                    score += 10.0
            sure = confidence(abs(score))
            cells[-1].certainty = min(cells[-1].certainty, sure)
            if score > 0:
                cells.append(_Cell(n, [text], sure))
            else:
                cells[-1].lines.append(text)
            last = n
        return cells


def read_layout(text: str) -> tuple[list[PageOut], list[ReaderNote]]:
    """The tables of a layout export, pages parted by form feeds."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    outs: list[PageOut] = []
    notes: list[ReaderNote] = []
    for number, page in enumerate(pages, start=1):
        outs += _page(number, [line.expandtabs(8).rstrip() for line in page.splitlines()], notes)
    return outs, notes


# A layout export's character cell in points (10-pt monospace): the boxes given to the lines
# around a table, so that a signature block's columns stand apart as on the printed page.
CHAR_WIDTH, LINE_HEIGHT = 6.0, 12.0


def _texts(lines: list[str], indices: range | list[int]) -> tuple[list[str], list[BBox]]:
    """Lines around a table as the PDF readers give them: one entry per run of words, with its box."""
    found = [(run, i) for i in indices for run in runs(lines[i])]
    return [run.text for run, _ in found], [BBox(x0=run.start * CHAR_WIDTH, x1=run.end * CHAR_WIDTH, top=i * LINE_HEIGHT,
                                                 bottom=(i + 1) * LINE_HEIGHT) for run, i in found]


def _header_blocks(lines: list[str]) -> list[range]:
    blocks: list[range] = []
    for index, line in enumerate(lines):
        if not is_table_header([r.text for r in runs(line)]) or (blocks and index in blocks[-1]):
            continue
        top, bottom = index, index
        floor = blocks[-1].stop if blocks else 0
        while top - 1 >= floor and lines[top - 1].strip() and _continues_header(lines[top - 1]):
            top -= 1
        while bottom + 1 < len(lines) and lines[bottom + 1].strip() and _continues_header(lines[bottom + 1]):
            bottom += 1
        blocks.append(range(top, bottom + 1))
    return blocks


def _page(number: int, lines: list[str], notes: list[ReaderNote]) -> list[PageOut]:
    blocks = _header_blocks(lines)
    if not blocks:
        above, above_boxes = _texts(lines, range(len(lines)))
        return [PageOut(number, [], above=above, above_boxes=above_boxes)]
    outs = []
    for k, block in enumerate(blocks):
        end = blocks[k + 1].start if k + 1 < len(blocks) else len(lines)
        body = [i for i in range(block.stop, end) if lines[i].strip()]
        stop = next((p for p, i in enumerate(body) if opens_signature(fold_spaces(lines[i]))
                     or is_page_furniture(fold_spaces(lines[i]))), len(body))
        columns = _columns(lines, block, body[:stop])
        table = _Table(columns, [_place(lines[i], columns) for i in body[:stop]])
        above, above_boxes = _texts(lines, range(block.start) if k == 0 else [])
        below, below_boxes = _texts(lines, body[stop:])
        out = PageOut(number, [[name for _, name in sorted(c.names)] for c in columns],
                      words=[w for i in [*block, *body[:stop]] for w in lines[i].split()],
                      above=above, below=below, above_boxes=above_boxes, below_boxes=below_boxes)
        table.cells(out, notes)
        outs.append(out)
    return outs


def _place(raw: str, columns: list[Column]) -> list[str]:
    """The text of one body line in each column, by where each word starts."""
    cells = [""] * len(columns)
    for word in words(raw):
        col = max([i for i, c in enumerate(columns) if c.x0 <= word.start] or [0])
        cells[col] = f"{cells[col]} {word.text}".strip()
    return cells
