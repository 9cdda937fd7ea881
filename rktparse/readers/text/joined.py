"""Line-joined exports (pdfplumber `extract_text()`): each printed line of a page is one line of text, the
pieces of the cells standing on it joined by single spaces, the columns' positions lost.

Every body line is cut into one piece per column (most of them empty) by a dynamic programme that scores
each piece against its column (the column's printed width, learnt from the cuts themselves; value shapes
in value columns; cue words opening a cell) and each cut between two pieces (`lines.cut_score`: a capital
or a cue word after a word that does not bind). The pieces are then printed as a blocks export, cell
after cell in column order, row after row, cells parted by blank lines, for `blocks` to read. A line whose
best cut leads the next best by a small margin is reported on the cells its words went into: the reader
could not be sure where they stand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rktparse.grid import ReaderNote, preview
from rktparse.readers.text.blocks import VALUE_COLUMNS, opening, read_blocks
from rktparse.readers.text.check import VALUE
from rktparse.readers.text.lines import (
    INDIKATOR,
    LEVELS,
    SASARAN,
    Line,
    column_names,
    cut_score,
    header_names,
    header_role,
    is_header_word,
    is_item,
    learn_width,
    opens_signature,
    target_spans,
    text_width,
)
from rktparse.readers.text.page import PageOut, concerned, note
from rktparse.readers.text.weights import W

TOO_WIDE = 1.5  # a piece this much wider than its column's width is never tried
ROUNDS = 3  # cut, learn the widths from the cuts, cut again ...
PAIRS_SEEN = 3  # two words printed side by side this often are as sure to go together as can be
_FIGURE = re.compile(r"^(Rp\.?)?\d[\d.,]*$|^Rp\.?$")
_YEAR = re.compile(r"^(19|20)\d\d$")
MAX_WORDS = 60  # a longer line is no table line (its cuts would cost n^2 pieces)
# The weights (joined.*, weights.py says what each counts) are fitted by benchmarks/fit_text.py on
# pdfplumber exports of development seeds. (A cut's cue words, lines.cut_score, fitted to nothing there:
# a word that binds to the next, 'yang', ends a line of a cell as often as not.)


@dataclass
class _Column:
    role: str
    width: float


def header_line(line: str) -> list[str] | None:
    """The column names when `line` is a table header printed on one line."""
    names = header_names([line])
    return names if names and len(names) >= 3 else None


def looks_joined(text: str, lines: Sequence[Line]) -> bool:
    """Whether a stream-like export joins the pieces of a printed line's cells on one line: no line keeps
    the space it wrapped at (pypdf's cells, one after another), no blank lines part the cells, and a
    header names the columns across a line (`header_at`)."""
    texts = [line.text for line in lines]
    return bool(lines) and " \n" not in text and all(line.tight for line in lines[1:]) \
        and any(header_at(texts, n) for n in range(len(texts)))


def joins_names(lines: Sequence[Line]) -> bool:
    """Whether a line prints two column names or more side by side ('Sasaran Kinerja Target % Kegiatan'),
    where a blocks export prints a name a line ('Sasaran Program' is one name)."""
    return any(len(column_names(line.text) or []) >= 2 for line in lines)


def _holds_value(text: str) -> bool:
    """A value no text column's piece holds: '97 %', '3 orang', or a figure at its end ('... SAKIP 11.551';
    not a year: 'Tahun Anggaran 2024')."""
    last = text.rsplit(" ", 1)[-1]
    return any(span.strength >= VALUE for span in target_spans(text)) \
        or bool(_FIGURE.match(last)) and not _YEAR.match(last)


class _Cutter:
    """The best cut of one line into pieces, one per column, given the line above's pieces."""

    def __init__(self, columns: list[_Column], pairs: Counter[tuple[str, str]]) -> None:
        self.columns = columns
        self.pairs = pairs  # how often two words stand side by side on the export's lines
        self.alone: dict[tuple[int, str], tuple[float, float]] = {}  # (col, piece) -> _alone's scores

    def _together(self, before: str, after: str, own: int) -> float:
        """How much the export says two words go together: printed side by side elsewhere too
        ('Zona' / 'Integritas' wrapped in one cell, unwrapped in another); `own`: times counted here."""
        return min(self.pairs[before.lower(), after.lower()] - own, PAIRS_SEEN)

    def _alone(self, col: int, text: str) -> tuple[float, float]:
        """What a piece scores by itself in column `col` (its width, a value out of place), and as a
        cell's opening: the part of `piece` the lines around it do not change, worked out once."""
        if (known := self.alone.get((col, text))) is not None:
            return known
        column = self.columns[col]
        over = text_width(text) / column.width - 1.0
        score = -W["joined.too_wide"] * over if over > 0 else 0.0
        if column.role not in VALUE_COLUMNS and _holds_value(text):
            score -= W["joined.value_elsewhere"]  # '3 orang' stands in a value column
        opens = text[:1].isupper() or text[:1].isdigit() or is_item(text)
        start = W["joined.piece"] * opening(column.role, text, piece=True) if opens else -W["joined.orphan"]
        self.alone[col, text] = score, start
        return score, start

    def piece(self, col: int, text: str, above: str, below: str) -> float:
        """How well `text` stands in column `col` under the column's piece `above` on the line before (and
        over `below`, as the last round cut the line after): as a cell's opening, or going on with the cell
        above when its first word did not fit up there."""
        score, start = self._alone(col, text)
        if below:
            score += W["joined.pair"] * self._together(text.rsplit(" ", 1)[-1], below.split(" ", 1)[0], 0)
        if not above:
            return score + start
        first = text.split(" ", 1)[0]
        width = self.columns[col].width
        fits = text_width(above) + text_width(" " + first) < (1 - W["joined.slack"] / 100) * width
        going_on = (-W["joined.fits_before"] if fits else W["joined.goes_on"]) \
            + W["joined.pair"] * self._together(above.rsplit(" ", 1)[-1], first, 0)
        return score + max(start, going_on)

    def cut(self, words: list[str], above: list[str], below: list[str]) -> tuple[list[str], float]:
        """The pieces of the line (one per column) and the lead of the best cut over the next best."""
        n, k = len(words), len(self.columns)
        # scores[c][i]: the two best scores of words[:i] placed in columns[:c], each with the start of
        # column c-1's piece (i: empty) and which of the two before it it extends
        low = float("-inf")
        scores: list[list[list[tuple[float, int, int]]]] = [[[(0.0, 0, 0)]] + [[] for _ in range(n)]]
        # a cut before word j parts two words the export may print side by side elsewhere
        parted = [0.0] + [W["joined.pair"] * self._together(words[j - 1], words[j], 1) for j in range(1, n)]
        for c in range(k):
            row: list[list[tuple[float, int, int]]] = []
            for i in range(n + 1):
                options = [(s, i, r) for r, (s, _, _) in enumerate(scores[c][i])]  # column c empty
                text = ""
                for j in range(i - 1, -1, -1):
                    text = f"{words[j]} {text}" if text else words[j]
                    if j < i - 1 and text_width(text) > TOO_WIDE * self.columns[c].width:
                        break  # a wider piece cannot stand in the column (a word alone always may)
                    if not scores[c][j]:
                        continue
                    gain = self.piece(c, text, above[c], below[c]) - W["joined.bias"] - parted[j]
                    options += [(s + gain, j, r) for r, (s, _, _) in enumerate(scores[c][j])]
                options.sort(key=lambda option: -option[0])
                row.append(options[:2])
            scores.append(row)
        final = scores[k][n]
        if not final:  # no cut fits the columns (a line of text across the table): in doubt, whole
            return [" ".join(words)] + [""] * (k - 1), 0.0
        margin = final[0][0] - (final[1][0] if len(final) > 1 else low)
        pieces = [""] * k
        i, rank = n, 0
        for c in range(k, 0, -1):
            _, start, rank = scores[c][i][rank]
            pieces[c - 1] = " ".join(words[start:i])
            i = start
        return pieces, margin


@dataclass
class _Page:
    header: list[str]
    body: list[str]
    above: list[str]


def _pages(lines: Sequence[str]) -> tuple[list[_Page], list[str]]:
    """The pages (a header opens one; the title lines before it are its text above) and the lines
    after the last row's signature opens."""
    pages: list[_Page] = []
    pending: list[str] = []
    index = 0
    while index < len(lines):
        if (found := header_at(lines, index)) is not None:
            pages.append(_Page(found[0], [], pending))
            pending = []
            index += found[1]
            continue
        (pages[-1].body if pages else pending).append(lines[index])
        index += 1
    if not pages:
        return [], list(lines)
    last = pages[-1].body
    end = next((n for n in range(len(last)) if opens_signature(last[n])), len(last))
    pages[-1].body, below = last[:end], last[end:]
    return pages, below


ORDER = ("no", "misi", "tujuan", SASARAN, INDIKATOR, "target", "kegiatan")  # an RKT's columns, left to right


def header_at(lines: Sequence[str], start: int) -> tuple[list[str], int] | None:
    """The column names of a header starting at `start` and how many lines it takes: one line naming the
    columns, or up to three lines of header words, the names printed above or below the line holding most
    of them (a taller name centred on its cell: 'Indikator Kinerja' / 'Misi Tujuan Sasaran Target' /
    'Utama') put in their place in an RKT's column order; the line's order of its own names is kept."""
    if (names := header_line(lines[start])) is not None:
        return names, 1
    for count in (3, 2):
        block = [line.split() for line in lines[start:start + count]]
        if len(block) < count or not all(is_header_word(word) for words in block for word in words) \
                or not any(map(header_role, block[0])):
            continue  # (a title's last line, 'TAHUN 2020', holds header words but names no column)
        main = max(range(count), key=lambda n: sum(bool(header_role(word)) for word in block[n]))
        groups = _name_groups(block[main])
        for group in _name_groups([word for n, words in enumerate(block) if n != main for word in words]):
            role = header_role(group[0])
            rank = ORDER.index(role) if role in ORDER else len(ORDER)
            at = next((k for k, other in enumerate(groups)
                       if (header_role(other[0]) in ORDER and ORDER.index(header_role(other[0])) > rank)), len(groups))
            groups.insert(at, group)
        if (names := header_names([" ".join(word for group in groups for word in group)])) is not None:
            return names, count
    return None


def _name_groups(words: list[str]) -> list[list[str]]:
    """Words in runs each opened by a word naming a column ('Indikator', 'Kinerja'); words before the
    first such word go with it."""
    groups: list[list[str]] = []
    lead: list[str] = []
    for word in words:
        if header_role(word):
            groups.append(lead + [word])
            lead = []
        elif groups:
            groups[-1].append(word)
        else:
            lead.append(word)
    return groups


def _learn(columns: list[_Column], cut: list[list[list[str]]]) -> None:
    """Each column's width from how its pieces wrapped: pieces on lines one under another form a cell
    until one opens a new cell by the cut cues."""
    for col, column in enumerate(columns):
        cells: list[list[str]] = []
        for page in cut:
            run: list[str] = []
            for pieces in page:
                text = pieces[col]
                if run and (not text or cut_score(run[-1], text, None) > 0):
                    cells.append(run)
                    run = []
                if text:
                    run.append(text)
            cells += [run] if run else []
        if (width := learn_width(cells)) is not None:
            column.width = width


SHARE = {"no": 0.15, "target": 0.5, "extra": 0.5}  # a column's starting share of the table's width, text columns 1


def _start_widths(names: list[str], table: float) -> list[_Column]:
    """The columns at their starting widths: the widest lines' width shared out, value columns narrower."""
    roles = [header_role(name) or "extra" for name in names]
    shares = [SHARE.get(role, 1.0) for role in roles]
    return [_Column(role, table * share / sum(shares)) for role, share in zip(roles, shares)]


def _cut_pages(pages: list[_Page]) -> tuple[list[list[list[str]]], list[list[float]], dict[int, list[_Column]]]:
    """Every body line's pieces and margins, the columns' widths learnt over ROUNDS."""
    widths = sorted(text_width(line) for page in pages for line in page.body) or [1]
    table = float(widths[int(0.95 * (len(widths) - 1))])
    columns = {len(page.header): _start_widths(page.header, table) for page in pages}
    pairs = Counter((a.lower(), b.lower()) for page in pages for line in page.body
                    for a, b in zip(line.split(), line.split()[1:]))
    cut: list[list[list[str]]] = []
    margins: list[list[float]] = []
    for _ in range(ROUNDS):
        cut_before, cut, margins = cut, [], []
        cutters = {count: _Cutter(group, pairs) for count, group in columns.items()}  # a round's widths
        for page in pages:
            cutter = cutters[len(page.header)]
            above = [""] * len(page.header)
            before = cut_before[len(cut)] if cut_before else []
            cut.append([])
            margins.append([])
            for n, line in enumerate(page.body):
                words = line.split()
                below = before[n + 1] if n + 1 < len(before) else [""] * len(page.header)
                pieces, margin = cutter.cut(words, above, below) if len(words) <= MAX_WORDS else ([line], 0.0)
                pieces += [""] * (len(page.header) - len(pieces))
                cut[-1].append(pieces)
                margins[-1].append(margin)
                above = pieces
        for count, group in columns.items():
            _learn(group, [c for c, page in zip(cut, pages) if len(page.header) == count])
    return cut, margins, columns


def _opens(pieces: list[list[str]], col: int, width: float) -> list[bool]:
    """Whether each line's piece of column `col` opens a cell of it."""
    opens = []
    for n, line in enumerate(pieces):
        above = pieces[n - 1][col] if n else ""
        opens.append(bool(line[col]) and (not above or cut_score(above, line[col], width) > 0))
    return opens


def _runs(pieces: list[list[str]], col: int, opens: list[bool]) -> dict[int, list[str]]:
    """The column's cells by the line each opens on: its pieces from an opening on, up to an empty piece
    or the next opening."""
    cells: dict[int, list[str]] = {}
    first = -1
    for n, line in enumerate(pieces):
        if not line[col]:
            first = -1
            continue
        if opens[n] or first < 0:
            first = n
            cells[first] = []
        cells[first].append(line[col])
    return cells


def _page_text(page: _Page, pieces: list[list[str]], columns: list[_Column]) -> list[str]:
    """The page as a blocks export: the header's names one per line, then each row's cells in column
    order, a blank line before each cell. A row opens where the indikator column opens a cell; a merged
    cell (Sasaran ...) is printed whole at the row it opens in, other cells end where their row ends."""
    roles = [column.role for column in columns]
    opens = [_opens(pieces, col, column.width) for col, column in enumerate(columns)]
    key = roles.index(INDIKATOR) if INDIKATOR in roles else 0
    rows = [n == 0 or opens[key][n] for n in range(len(pieces))]
    runs = [_runs(pieces, col, opens[col] if role in LEVELS else [a or b for a, b in zip(opens[col], rows)])
            for col, role in enumerate(roles)]
    starts = [n for n, opening in enumerate(rows) if opening] + [len(pieces)]
    out = [*page.above, *page.header]
    for first, stop in zip(starts, starts[1:]):
        for cells in runs:
            for n in range(first, stop):
                if n in cells:
                    out += ["", *cells[n]]
    return out


def read_joined(lines: Sequence[Line]) -> tuple[list[PageOut], list[ReaderNote]]:
    """The tables of a line-joined export, read as the blocks export its cut lines make."""
    pages, below = _pages([line.text for line in lines])
    if not pages:
        return [], []
    cut, margins, columns = _cut_pages(pages)
    text = "\f".join("\n".join(_page_text(page, pieces, columns[len(page.header)]))
                     for page, pieces in zip(pages, cut))
    outs, notes = read_blocks(text + "\n" + "\n".join(below))
    for number, (pieces, page_margins) in enumerate(zip(cut, margins), start=1):
        doubted = {piece for line, margin in zip(pieces, page_margins) if margin < W["joined.doubt"]
                   for piece in line if piece}
        for out in (out for out in outs if out.page == number):
            notes += _doubts(out, doubted)
    return outs, notes


def _doubts(out: PageOut, doubted: set[str]) -> list[ReaderNote]:
    """A note on each cell of the page holding a piece of a line whose cut was a close call."""
    notes: list[ReaderNote] = []
    roles = [header_role(" ".join(name)) or "extra" for name in out.header]
    key = roles.index(INDIKATOR) if INDIKATOR in roles else 0
    rows = {cell.row: cell.bbox for cell in out.cells if cell.col == key}  # (a page may hold thousands of rows)
    for cell in out.cells:
        pieces = [line for line in cell.lines if line in doubted]
        if pieces:
            role = roles[cell.col] if cell.col < len(roles) else "extra"
            spanned = [rows[row] for row in range(cell.row, cell.row + cell.row_span) if row in rows]
            note(notes, "text-words-unplaced", f"page {out.page}: this export joins the cells of a printed line "
                 f"without their places; where '{preview(pieces)}' stands was a close call: check the row",
                 out.page, *concerned(role, cell.bbox, spanned))
    return notes
