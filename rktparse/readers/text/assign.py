"""Which rows a merged Sasaran cell covers, when the export lists it apart from them.

A stream export prints the Sasaran cells merged over several rows after the
rows of their page, in no reliable order. The rows of a page without a Sasaran
of their own form runs; each listed cell covers one contiguous group of rows
inside a run, and every such row belongs to one cell. The search weighs every
split of the runs into groups together with every matching of cells to groups
and keeps the solution whose cells share the most word roots with their rows:
a dynamic programme over (rows covered, set of cells used), polynomial in the
rows and exponential only in the cells listed on one page (a handful). A page
beyond MAX_WORK falls back to a greedy order of the cells, split exactly in
that order (rows² x cells).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from rktparse.readers.text.page import confidence

# Function words, and words found in rows of every topic: they say nothing about which sasaran a row serves.
STOPWORDS = frozenset(
    "dan yang di ke dari dengan untuk serta atau pada secara terhadap sesuai dalam melalui oleh bagi "
    "maupun antara sebagai atas tentang para agar guna telah akan tidak per yg kpu kota kabupaten "
    "provinsi tahun persentase presentase prosentase presentasae jumlah".split()
)
# Roots of the generic verbs that open sasaran and indikator of any topic (terlaksananya, pelaksanaan,
# terwujudnya, tersedianya, meningkatnya, tercapainya); 'bentuk' of terbentuknya names a topic and stays.
GENERIC_ROOTS = frozenset("laksana wujud sedia tingkat capai".split())
COHESION = 0.25  # weight of roots shared by neighbouring rows of one group (groups end where topics change)
BALANCE = 0.25  # small cost per squared group size: when meaning is silent, prefer even groups
STRAY_ROW = -3.0  # a row left without a listed cell (it continues the sasaran of the page before)
STRAY_FIRST_ROW = -2.0  # ... cheaper at the top of a page, where a merged cell may run on from the page before
MAX_WORK = 2_000_000  # (segment, cell, set of cells) slots the exact search may hold; beyond, greedy order
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_ROOT_LENGTH = 5  # roots compared by their first letters: 'adhoc' ~ 'adhock', 'fasilitas' ~ 'fasilitasi'


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=8192)
def _root(word: str) -> str:
    """The word's root cut to its first letters; '' for a generic root."""
    root = _stemmer().stem(word)
    return "" if root in GENERIC_ROOTS else root[:_ROOT_LENGTH]


def roots(text: str) -> frozenset[str]:
    """Word roots of `text` ('terbentuknya', 'pembentukan', 'dibentuk' -> 'bentu'), stopwords dropped."""
    words = (w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)
    return frozenset(r for r in map(_root, words) if len(r) > 2)


class Lexicon:
    """Roots of a document's row and cell texts, weighted by rarity: log(n / texts with the root) - 0.5,
    so a root in more than 60% of the texts weighs nothing."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._roots = {text: roots(text) for text in texts}
        counts = Counter(r for rs in self._roots.values() for r in rs)
        n = len(self._roots) + 1
        self._weight = {r: max(math.log(n / c) - 0.5, 0.0) for r, c in counts.items()}

    def similarity(self, a: str, b: str) -> float:
        """Summed weight of the roots two texts share."""
        known = self._roots
        shared = (known[a] if a in known else roots(a)) & (known[b] if b in known else roots(b))
        return sum(self._weight.get(r, 0.0) for r in shared)


@dataclass(frozen=True)
class Group:
    cell: int  # index of the listed cell
    first: int  # first row it covers (page row index)
    span: int
    confidence: float  # from the margin to the best solution that labels one of its rows otherwise


@dataclass(frozen=True)
class Assignment:
    groups: list[Group]
    stray: list[int]  # free rows no cell covers
    bounded: bool  # the exact search was too large: cells were ordered greedily


def assign(rows: Sequence[str], free: Sequence[bool], cells: Sequence[str], lexicon: Lexicon) -> Assignment:
    """Place each listed cell on one contiguous group of free rows.

    Args:
        rows: each row's indikator and kegiatan text, in page order.
        free: which rows have no Sasaran of their own.
        cells: the listed Sasaran cells' texts.
        lexicon: root weights of the whole document.
    """
    index = [r for r, is_free in enumerate(free) if is_free]
    m, k = len(index), len(cells)
    if m == 0:
        return Assignment([], [], False)
    run_end = [0] * m  # one past the last free row of the run each free row is in
    for p in range(m - 1, -1, -1):
        run_end[p] = run_end[p + 1] if p + 1 < m and index[p + 1] == index[p] + 1 else p + 1
    sim = np.array([[lexicon.similarity(c, rows[r]) for r in index] for c in cells]).reshape(k, m)
    pair = [lexicon.similarity(rows[index[p]], rows[index[p + 1]]) for p in range(m - 1)]
    search = _Search(sim, pair, run_end, top_stray=index[0] == 0)
    segments = sum(e - p for p, e in enumerate(run_end))
    bounded = (1 << k) * segments * max(k, 1) > MAX_WORK
    labels = search.greedy() if bounded else search.exact()
    if labels is None:  # no solution places every cell (more cells than rows): keep what the greedy order places
        labels = search.greedy()
    groups = [Group(label, index[p], q - p, conf) for p, q, label, conf in labels if label is not None]
    stray = [index[r] for p, q, label, _ in labels if label is None for r in range(p, q)]
    return Assignment(groups, stray, bounded)


Segment = tuple[int, int, "int | None", float]  # free rows p..q-1, cell (None: no cell), confidence


class _Search:
    """Dynamic programme over (free rows covered, set of cells used); rows are free-row positions."""

    def __init__(self, sim: np.ndarray, pair: list[float], run_end: list[int], top_stray: bool) -> None:
        self.k, self.m = sim.shape
        self.run_end, self.top_stray = run_end, top_stray
        self.prefix = np.concatenate([np.zeros((self.k, 1)), np.cumsum(sim, axis=1)], axis=1)
        self.pair_prefix = np.concatenate([[0.0], np.cumsum(pair)])

    def value(self, cell: int, p: int, q: int) -> float:
        """Score of `cell` covering free rows p..q-1 of one run."""
        cohesion = self.pair_prefix[q - 1] - self.pair_prefix[p]
        return float(self.prefix[cell, q] - self.prefix[cell, p] + COHESION * cohesion - BALANCE * (q - p) ** 2)

    def stray(self, p: int, q: int) -> float:
        return (STRAY_FIRST_ROW if p == 0 and self.top_stray else STRAY_ROW) * (q - p)

    def segments(self) -> list[tuple[int, int]]:
        return [(p, q) for p in range(self.m) for q in range(p + 1, self.run_end[p] + 1)]

    def exact(self) -> list[Segment] | None:
        """Forward and backward over (row, set of used cells), vectorised over the sets; each
        row's margin is the best total minus the best total of any solution labelling it otherwise."""
        k, m, full = self.k, self.m, (1 << self.k) - 1
        if k == 0:
            return None
        masks = np.arange(1 << k)
        bits = 1 << np.arange(k)
        src = np.array([masks[masks & b == 0] for b in bits])  # (k, 2^(k-1)): sets without cell c
        dst = src | bits[:, None]
        segments = self.segments()
        first = np.array([p for p, _ in segments])
        stop = np.array([q for _, q in segments])
        value = np.array([[self.value(c, p, q) for c in range(k)] for p, q in segments])  # (segments, k)
        stray = np.array([self.stray(p, q) for p, q in segments])
        forward = np.full((m + 1, 1 << k), -np.inf)
        forward[0, 0] = 0.0
        for q in range(1, m + 1):  # forward[p] is final for every p < q
            into = np.flatnonzero(stop == q)
            before = forward[first[into]]
            np.maximum.at(forward[q], dst, (before[:, src] + value[into][:, :, None]).max(axis=0))
            np.maximum(forward[q], (before + stray[into][:, None]).max(axis=0), out=forward[q])
        backward = np.full((m + 1, 1 << k), -np.inf)
        backward[m, full] = 0.0
        for p in range(m - 1, -1, -1):  # backward[q] is final for every q > p
            out = np.flatnonzero(first == p)
            after = backward[stop[out]]
            np.maximum.at(backward[p], src, (after[:, dst] + value[out][:, :, None]).max(axis=0))
            np.maximum(backward[p], (after + stray[out][:, None]).max(axis=0), out=backward[p])
        best = float(forward[m, full])
        if not math.isfinite(best):
            return None
        # totals[s, label]: the best total of a solution using segment s with `label` (k: no cell)
        totals = np.concatenate([
            (forward[first][:, src] + backward[stop][:, dst]).max(axis=2) + value,
            ((forward[first] + backward[stop]).max(axis=1) + stray)[:, None],
        ], axis=1)
        rows = np.arange(m)
        covers = (first[:, None] <= rows) & (rows < stop[:, None])  # (segments, rows)
        best_with = np.where(covers[:, :, None], totals[:, None, :], -np.inf).max(axis=0)  # (rows, k + 1)
        result: list[Segment] = []
        for p, q, label in self._trace(forward):
            column = k if label is None else label
            margins = [best - float(np.max(np.delete(best_with[r], column))) for r in range(p, q)]
            result.append((p, q, label, min(map(confidence, margins))))
        return result

    def _trace(self, forward: np.ndarray) -> list[tuple[int, int, int | None]]:
        """The best solution, read backwards from (all rows, all cells)."""
        path: list[tuple[int, int, int | None]] = []
        q, mask = self.m, (1 << self.k) - 1
        while q > 0:
            step = next(
                (p, label)
                for p in range(q - 1, -1, -1) if self.run_end[p] >= q
                for label in [*(c for c in range(self.k) if mask >> c & 1), None]
                if math.isclose(float(forward[q, mask]), self._from(forward, p, q, mask, label), abs_tol=1e-9)
            )
            p, label = step
            path.append((p, q, label))
            q, mask = p, mask if label is None else mask ^ (1 << label)
        return path[::-1]

    def _from(self, forward: np.ndarray, p: int, q: int, mask: int, label: int | None) -> float:
        if label is None:
            return float(forward[p, mask]) + self.stray(p, q)
        return float(forward[p, mask ^ (1 << label)]) + self.value(label, p, q)

    def greedy(self) -> list[Segment]:
        """Cells in the order of the rows they resemble most, then the best split in that order."""
        order = sorted(range(self.k), key=lambda c: int(np.argmax(np.diff(self.prefix[c]))))
        m, k = self.m, self.k
        best = [[-math.inf] * (k + 1) for _ in range(m + 1)]
        back: dict[tuple[int, int], tuple[int, int, int | None]] = {}
        best[0][0] = 0.0
        for p, q in self.segments():
            for used in range(k + 1):
                if best[p][used] == -math.inf:
                    continue
                options: list[tuple[float, int, int | None]] = [(self.stray(p, q), used, None)]
                if used < k:
                    options.append((self.value(order[used], p, q), used + 1, order[used]))
                for gain, after, label in options:
                    if best[p][used] + gain > best[q][after]:
                        best[q][after] = best[p][used] + gain
                        back[q, after] = (p, used, label)
        q, used = m, max(u for u in range(k + 1) if best[m][u] > -math.inf)
        result: list[Segment] = []
        while q > 0:
            p, before, label = back[q, used]
            result.append((p, q, label, 0.5))  # no margin known: half sure
            q, used = p, before
        return result[::-1]
