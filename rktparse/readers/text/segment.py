"""Cell boundaries in one page of a stream export.

Each row prints as [Sasaran of one row] Indikator, Target, Kegiatan; the
Sasaran cells merged over several rows follow the rows of their page. The
target is the anchor of a row: a search picks which target-like values are
targets, and between two targets where the kegiatan of one row ends, where a
one-row sasaran starts and where the next indikator starts, adding up cues
rather than trusting any one: line fill (a line that ends a cell is one the
next word would still have fitted on), blank-line rhythm, cue words,
capitals, connectives at line ends and one text printed twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rktparse.readers.text.lines import (
    INDIKATOR,
    KEGIATAN,
    SASARAN,
    START,
    Line,
    cut_score,
    first_word,
    is_unit_line,
    opener,
    target_spans,
    words_key,
)
from rktparse.readers.text.weights import W
from rktparse.vocabulary.text import item_follows, starts_item

HARD = 50.0  # a boundary that must be cut: a removed title or header stood there
SKIP = 1  # how many target-like values in a row a reading may pass over as plain text
DUPLICATE = 8.0  # a one-row sasaran printed again as its indikator at another width
INLINE_SASARAN = -0.5  # a row has no sasaran of its own unless the text says so
NO_KEGIATAN = -4.0
# After a dead end (no reading reaches a target) the search may restart from the page's top, which
# re-reads the page so far; only this many atoms down, so that a long page of dead ends stays linear.
# Further down, the dead end's value is read as text.
MAX_RESTART_ATOMS = 400


@dataclass(frozen=True)
class Piece:
    """One printed line of a cell, or the part of a line beside a target."""

    text: str
    line: int  # index of its line in the page body
    tight: bool  # no blank line above it
    hard: bool  # a removed title or header stood above it
    after_target: bool  # shares its line with the target before it: it opens that row's kegiatan
    list_goes_on: bool  # it opens the next entry of a list above it ('2)' after '1)'): a Kegiatan goes on
    kind: str | None  # the kind of cell its first word opens
    words: tuple[str, ...]


@dataclass(frozen=True)
class Atom:
    """A stretch of a page body between target-like values, or one such value."""

    parts: tuple[tuple[int, str], ...]  # (body line index, text)
    strength: float | None = None  # set on target-like values


Chain = tuple[float, int, tuple[float, int, int], float]  # best reading up to a target (see parse)


@dataclass
class Row:
    sasaran: list[str]
    indikator: list[str]
    target: list[str]
    kegiatan: list[str]
    margin: float = float("inf")  # score lead of the chosen cell boundaries over the next best


@dataclass
class PageCells:
    rows: list[Row] = field(default_factory=list)
    listed: list[list[str]] = field(default_factory=list)  # merged Sasaran cells after the rows
    listed_margins: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class BodyLine:
    line: Line
    hard: bool  # a removed title or header stood above it


def atomize(body: Sequence[BodyLine]) -> list[Atom]:
    """Cut the body's lines at every target-like value (a bare number takes a unit line below it)."""
    atoms: list[Atom] = []
    i = 0
    while i < len(body):
        text = body[i].line.text
        pos, consumed = 0, i
        for span in target_spans(text):
            if span.start > pos:
                atoms.append(Atom(((i, text[pos:span.start].strip()),)))
            parts = [(i, text[span.start:span.end])]
            strength = span.strength
            if span.bare and span.end == len(text) and i + 1 < len(body) and is_unit_line(body[i + 1].line.text):
                parts.append((i + 1, body[i + 1].line.text))
                strength, consumed = 3.5, i + 1
            atoms.append(Atom(tuple(parts), strength))
            pos = span.end
        if pos < len(text):
            atoms.append(Atom(((i, text[pos:].strip()),)))
        i = consumed + 1
    return atoms


class PageParser:
    """Cell boundaries of one page body, given each column's printed width."""

    def __init__(self, body: Sequence[BodyLine], widths: dict[str, float], blank_rhythm: bool,
                 skip: int = SKIP) -> None:
        self.body, self.widths, self.blank_rhythm, self.skip = body, widths, blank_rhythm, skip
        self.atoms = atomize(body)
        self.anchors = [i for i, a in enumerate(self.atoms) if a.strength is not None]
        self._cuts: dict[tuple[str, int, str], float] = {}

    # --- pieces and boundaries -------------------------------------------------

    def pieces(self, start: int, stop: int) -> list[Piece]:
        """The text between atoms start and stop (exclusive) as cell lines; parts of one line join."""
        by_line: list[tuple[int, list[str]]] = []  # joined once at the end: adding to a string per atom is quadratic
        for atom in self.atoms[start:stop]:
            for line, text in atom.parts:
                if by_line and by_line[-1][0] == line:
                    by_line[-1][1].append(text)
                else:
                    by_line.append((line, [text]))
        merged = [(line, " ".join(text for text in texts if text).strip()) for line, texts in by_line]
        after = start > 0 and self.atoms[start - 1].strength is not None
        previous_line = self.atoms[start - 1].parts[-1][0] if start > 0 else -1
        pieces = []
        last_item = ""  # the last entry of a list opened so far
        for k, (line, text) in enumerate(merged):
            if text:
                pieces.append(Piece(text, line, self.body[line].line.tight, self.body[line].hard,
                                    after and k == 0 and line == previous_line,
                                    bool(last_item) and item_follows(last_item, text), *_facts(text)))
                last_item = text if starts_item(text) else last_item
        return pieces

    def cut(self, column: str, before: Piece, after: Piece) -> float:
        """Log-odds that a cell of `column` ends with `before` and a new cell opens with `after`."""
        key = (column, after.line, before.text)
        if key not in self._cuts:
            self._cuts[key] = self._cut(self.widths[column], before, after)
        return self._cuts[key]

    def _cut(self, width: float, before: Piece, after: Piece) -> float:
        if after.hard:
            return HARD
        score = cut_score(before.text, after.text, width)
        if after.tight and self.blank_rhythm:
            score += 3.0  # this export separates the lines of a cell by blank lines
        return score

    @staticmethod
    def _opens(column: str, piece: Piece) -> float:
        """How well a cell of `column` (Sasaran or Indikator) opens with `piece`."""
        return START[column][piece.kind] + (W["stream.list_goes_on"] if piece.list_goes_on else 0.0)

    # --- one gap between targets ---------------------------------------------------

    def splits(self, pieces: list[Piece], kegiatan: bool) -> list[tuple[float, int, int]]:
        """The best two (score, a, b) splits into kegiatan [:a], sasaran [a:b], indikator [b:].

        `kegiatan` is False before the first target of a page, where no row ends. Linear in
        the pieces: for each b the best a comes from a running top two.
        """
        n = len(pieces)
        if n == 0:
            return []
        hard = _hard_before(pieces)
        words = [w for p in pieces for w in p.words]
        counts = [0]
        for piece in pieces:
            counts.append(counts[-1] + len(piece.words))

        # heads[a]: the kegiatan [:a] of the row before, and its end before piece a
        opens_kegiatan = START[KEGIATAN][pieces[0].kind]
        heads = [NO_KEGIATAN if kegiatan else 0.0] + [
            opens_kegiatan + self.cut(KEGIATAN, pieces[a - 1], pieces[a]) - HARD * hard[a] for a in range(1, n)]
        first_a = 1 if pieces[0].after_target else 0
        allowed = range(first_a, n) if kegiatan else range(0, 1)
        by_count: dict[int, list[int]] = {}  # words before piece a -> a
        for a in allowed:
            by_count.setdefault(counts[a], []).append(a)
        options: dict[tuple[int, int], float] = {}
        top: list[tuple[float, int]] = []  # best two sasaran openings a < b, before their end is known
        for b in range(n):
            tail = self._opens(INDIKATOR, pieces[b]) - HARD * (hard[n] - hard[b + 1])
            if b:
                close = INLINE_SASARAN + self.cut(SASARAN, pieces[b - 1], pieces[b]) - HARD * hard[b] + tail
                for opening, a in top:
                    options[a, b] = opening + close
                # a one-row sasaran printed again as its indikator: the same words
                for a in by_count.get(2 * counts[b] - counts[n], ()):
                    if a < b and words[counts[a]:counts[b]] == words[counts[b]:]:
                        twice = heads[a] + self._opens(SASARAN, pieces[a]) + HARD * hard[a + 1] + DUPLICATE
                        options[a, b] = max(options.get((a, b), -HARD), twice + close)
            if b in allowed:
                options[b, b] = heads[b] + tail
                opening = heads[b] + self._opens(SASARAN, pieces[b]) + HARD * hard[b + 1]
                if len(top) < 2 or opening > top[-1][0]:
                    top = sorted([*top, (opening, b)], reverse=True)[:2]
        ranked = sorted(((score, a, b) for (a, b), score in options.items()), reverse=True)
        return ranked[:2]

    def listed(self, pieces: list[Piece]) -> tuple[float, int, list[int], list[float]]:
        """Split what follows the last target into that row's kegiatan [:a] and the listed
        Sasaran cells after it: (score, a, start of each cell, margin of each cell's boundaries)."""
        n = len(pieces)
        if n == 0:
            return 0.0, 0, [], []
        # gains[k]: what opening a new listed cell at piece k adds, once a listed cell is open
        gains = [0.0] + [self.cut(SASARAN, pieces[k - 1], pieces[k]) + self._opens(SASARAN, pieces[k])
                         for k in range(1, n)]
        rest = [0.0] * (n + 1)  # rest[k]: the best the cells from piece k on can add
        for k in range(n - 1, 0, -1):
            rest[k] = rest[k + 1] + max(gains[k], 0.0)
        hard = _hard_before(pieces)
        opens_kegiatan = START[KEGIATAN][pieces[0].kind]
        options = [(opens_kegiatan - HARD * hard[n], n)]
        for a in range(1 if pieces[0].after_target else 0, n):
            if a:
                score = opens_kegiatan - HARD * hard[a] + self.cut(KEGIATAN, pieces[a - 1], pieces[a])
            else:
                score = NO_KEGIATAN
            options.append((score + self._opens(SASARAN, pieces[a]) + rest[a + 1], a))
        options.sort(key=lambda o: -o[0])
        score, a = options[0]
        first_margin = options[0][0] - options[1][0] if len(options) > 1 else float("inf")
        starts = [a] + [k for k in range(a + 1, n) if gains[k] > 0]
        bounds = starts + [n]
        margins = []
        for i, (start, stop) in enumerate(zip(bounds, bounds[1:])):
            doubts = [abs(gains[k]) for k in range(start + 1, min(stop + 1, n))]
            margins.append(min([first_margin if i == 0 else abs(gains[start])] + doubts))
        return score, a, starts if a < n else [], margins if a < n else []

    # --- the whole page ------------------------------------------------------------

    def parse(self) -> PageCells:
        """Choose the targets and every cell boundary of the page, best total score."""
        anchors = self.anchors
        if not anchors:
            return PageCells(listed=[[p.text for p in self.pieces(0, len(self.atoms))]])
        # best[j]: (score, previous anchor or -1, split of the gap before it, margin of that split)
        dead: Chain = (float("-inf"), -1, (0.0, 0, 0), 0.0)
        best: list[Chain] = []
        for j, atom in enumerate(anchors):
            options = []
            window = [i for i in range(max(0, j - 1 - self.skip), j) if best[i] is not dead]
            for i in window:
                gap = self.splits(self.pieces(anchors[i] + 1, atom), kegiatan=True)
                if gap:
                    options.append((best[i][0] + gap[0][0], i, gap[0], _margin(gap)))
            if j <= self.skip or (not window and atom <= MAX_RESTART_ATOMS):  # the first row, or a fresh start
                first = self.splits(self.pieces(0, atom), kegiatan=False)
                if first:
                    options.append((first[0][0], -1, first[0], _margin(first)))
            if options:
                score, previous, split, margin = max(options, key=lambda o: o[0])
                best.append((score + (self.atoms[atom].strength or 0.0), previous, split, margin))
            else:
                best.append(dead)
        live = [j for j in range(len(anchors)) if best[j] is not dead]
        if not live:
            return PageCells(listed=[[p.text for p in self.pieces(0, len(self.atoms))]])
        finals = []
        for j in [j for j in live if j >= live[-1] - self.skip]:
            tail = self.listed(self.pieces(anchors[j] + 1, len(self.atoms)))
            finals.append((best[j][0] + tail[0], j, tail))
        _, last, (_, a, starts, margins) = max(finals, key=lambda f: f[0])
        return self._cells(best, last, a, starts, margins)

    def _cells(self, best: list[Chain], last: int, a: int, starts: list[int], margins: list[float]) -> PageCells:
        chain = []
        j = last
        while j != -1:
            chain.append(j)
            j = best[j][1]
        chain.reverse()
        page = PageCells()
        previous_atom = 0
        for j in chain:
            atom = self.anchors[j]
            pieces = self.pieces(previous_atom, atom)
            _, ka, kb = best[j][2]
            if page.rows:
                page.rows[-1].kegiatan = [p.text for p in pieces[:ka]]
            # a Sasaran or an indikator opening with the next entry of a list above it is doubted whatever the margin
            margin = 0.0 if any(p.list_goes_on for p in pieces[ka:kb][:1] + pieces[kb:][:1]) else best[j][3]
            page.rows.append(Row([p.text for p in pieces[ka:kb]], [p.text for p in pieces[kb:]],
                                 [text for _, text in self.atoms[atom].parts], [], margin))
            previous_atom = atom + 1
        tail = self.pieces(previous_atom, len(self.atoms))
        page.rows[-1].kegiatan = [p.text for p in tail[:a]]
        bounds = starts + [len(tail)]
        page.listed = [[p.text for p in tail[s:e]] for s, e in zip(bounds, bounds[1:])]
        page.listed_margins = [0.0 if tail[s].list_goes_on else m for s, m in zip(bounds, margins)]
        return page


def _hard_before(pieces: list[Piece]) -> list[int]:
    """hard[k]: how many boundaries that must be cut lie before pieces 1..k-1 (so a cell
    [x, y) spans hard[y] - hard[x + 1] of them)."""
    hard = [0, 0]
    for piece in pieces[1:]:
        hard.append(hard[-1] + piece.hard)
    return hard


@lru_cache(maxsize=8192)
def _facts(text: str) -> tuple[str | None, tuple[str, ...]]:
    """What the search asks of a line again and again: the kind of cell it opens, its words."""
    return opener(first_word(text)), words_key([text])


def _margin(splits: list[tuple[float, int, int]]) -> float:
    """How far the best split is ahead of the next best."""
    return splits[0][0] - splits[1][0] if len(splits) > 1 else float("inf")
