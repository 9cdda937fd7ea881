"""Scoring an extraction against the expected one: rows exact, parents right, silent errors.

A row is one indikator with everything the contract says of it: its parents
(misi, tujuan, group, the sasaran's number and text), its number, text, target
(raw, value, unit, kind, note), kegiatan and extras. Pages are not scored here.

A *silent error* is an expected row that did not come out exactly (or a row
that came out and was never printed) while no `review` warning points at it:
no review warning whose `ref` is the row or its sasaran. A row not read is
pointed at by a warning that rows may be left out (`table-not-read`,
`below-table`) on the row read for the expected row above it: that is where
it went missing. Those are the errors an archivist cannot find.

A *figure error* is a cell of a row holding a digit (its target, an extra such as Anggaran)
whose figures (digits and separators: "70%" for "70 %" is not one) the row read does not give
in that cell, or in any of its cells (a column named otherwise is no misread figure); a row not
read loses its figures. It is silent when no review warning points at the row.

Cell text similarity (`cell_similarity`) says how near the rows that are not
exact came: the mean difflib ratio over an expected row's cells and those of
the row it was paired with (1 for an exact row, 0 for one not read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

DOCUMENT_FIELDS = ("title", "agency", "year", "place", "date", "position", "name", "nip")


@dataclass
class Row:
    ref: str
    sasaran_ref: str
    parent: tuple
    key: tuple  # everything scored, parent included


@dataclass
class Score:
    rows: int = 0  # expected rows
    got: int = 0  # rows read
    exact: int = 0
    parent_right: int = 0
    silent: int = 0
    documents: int = 0
    documents_exact: int = 0
    fields: int = 0
    fields_right: int = 0
    failed: int = 0  # documents that raised instead of converting
    similar: float = 0.0  # the expected rows' cell text similarity (`cell_similarity`), summed
    figures: int = 0  # expected cells holding a digit
    figures_wrong: int = 0
    figures_silent: int = 0
    wrong: list[str] = field(default_factory=list)  # a line per wrong row, for debugging dev seeds

    def add(self, other: Score) -> None:
        for name in ("rows", "got", "exact", "parent_right", "silent", "documents", "documents_exact", "fields",
                     "fields_right", "failed", "similar", "figures", "figures_wrong", "figures_silent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong += other.wrong

    def ratios(self) -> dict[str, float]:
        def share(a, b):
            return a / b if b else 1.0

        return {
            "rows_exact": share(self.exact, max(self.rows, self.got)),
            "parent_right": share(self.parent_right, self.rows),
            "silent": share(self.silent, self.rows),
            "documents_exact": share(self.documents_exact, self.documents),
            "fields": share(self.fields_right, self.fields),
            "similarity": share(self.similar, self.rows),
            "figures_silent": share(self.figures_silent, self.figures),
        }


def _level(level: dict | None) -> str | None:
    return level["text"] if level else None


def rows_of(data: dict[str, Any]) -> list[Row]:
    rows = []
    for si, sasaran in enumerate(data["sasaran"]):
        parent = (_level(sasaran.get("misi")), _level(sasaran.get("tujuan")), _level(sasaran.get("group")),
                  sasaran["no"], sasaran["text"])
        for ii, ind in enumerate(sasaran["indikator"]):
            t = ind["target"]
            target = (t["raw"], t["value"], t["unit"], t["kind"], t["note"]) if t is not None else None
            key = (parent, ind["no"], ind["text"], target, tuple(ind["kegiatan"]), tuple(sorted(ind["extra"].items())))
            rows.append(Row(f"/sasaran/{si}/indikator/{ii}", f"/sasaran/{si}", parent, key))
    return rows


_FIGURES = re.compile(r"\d[\d.,]*")


def _figure_cells(row: Row) -> list[tuple[str, ...]]:
    """The figures of each of a row's target and extra cells that holds a digit."""
    _, _, _, target, _, extra = row.key
    cells = [target[0] if target else "", *(value for _, value in extra)]
    return [tuple(_FIGURES.findall(cell)) for cell in cells if any(char.isdigit() for char in cell)]


def _count_figures(out: Score, want: Row, got: Row | None, flagged: bool) -> None:
    read = _figure_cells(got) if got is not None else []
    for figures in _figure_cells(want):
        out.figures += 1
        if figures not in read:
            out.figures_wrong += 1
            out.figures_silent += not flagged


def _similarity(a: Row, b: Row) -> float:
    return SequenceMatcher(None, repr(a.key[1:3]), repr(b.key[1:3])).ratio()


def _cells(row: Row) -> list[str]:
    """A row's cells as printed: its parents', its number and indikator, its target, its kegiatan, its extras."""
    parent, no, text, target, kegiatan, extra = row.key
    return [*(level or "" for level in parent), no or "", text, target[0] if target else "", " | ".join(kegiatan),
            *(f"{header}: {value}" for header, value in extra)]


def cell_similarity(a: Row, b: Row | None) -> float:
    """How alike two rows' cells read: the mean difflib ratio over their cells, in order (a cell one row
    lacks counts 0); 0 for a row not read."""
    if b is None:
        return 0.0
    cells, others = _cells(a), _cells(b)
    width = max(len(cells), len(others))
    pairs = zip(cells + [""] * (width - len(cells)), others + [""] * (width - len(others)))
    return sum(SequenceMatcher(None, x, y).ratio() if x != y else 1.0 for x, y in pairs) / width


def _flagged(row: Row | None, refs: set[str]) -> bool:
    """Whether a review warning points at the row, its sasaran, or a level the sasaran names (its
    misi, tujuan or group heading: a field of every row under it)."""
    return row is not None and (row.ref in refs or row.sasaran_ref in refs
                                or any(f"{row.sasaran_ref}/{name}" in refs for name in ("misi", "tujuan", "group")))


def document_fields(data: dict[str, Any]) -> dict[str, Any]:
    document = dict(data["document"])
    signatory = document.pop("signatory", None) or {}
    return {name: document.get(name, signatory.get(name)) for name in DOCUMENT_FIELDS}


ALIKE = 0.6  # how alike (`_similarity`) two rows must read to be paired by their text
LOSS_CODES = frozenset({"table-not-read", "below-table"})  # review warnings that rows may be left out after
# the row they point at


def pairs(want: list[Row], have: list[Row]) -> tuple[dict[int, int], set[int]]:
    """Each expected row's index paired with the index of the row read for it, and the expected rows read
    exactly. Rows are read in order, so pairs keep it: exact rows pair first; between two of them, the
    other rows pair so that the pairs more than ALIKE alike are the most alike together (`_aligned`); a
    row left over then pairs with the first row left between its neighbours' pairs: a row read so
    garbled that it is no more alike (a stamp's lettering over its cells) is still the row read in its
    place, and whether a warning points at it says whether the error is silent."""
    matcher = SequenceMatcher(None, [r.key for r in want], [r.key for r in have], autojunk=False)
    pair = {block.a + k: block.b + k for block in matcher.get_matching_blocks() for k in range(block.size)}
    exact = set(pair)
    anchors = [(-1, -1), *sorted(pair.items()), (len(want), len(have))]
    for (a, c), (b, d) in zip(anchors, anchors[1:]):
        pair.update((a + 1 + i, c + 1 + j) for i, j in _aligned(want[a + 1:b], have[c + 1:d]))
    for i in range(len(want)):
        if i not in pair:
            after = max((pair[k] for k in pair if k < i), default=-1)
            before = min((pair[k] for k in pair if k > i), default=len(have))
            if after + 1 < before:
                pair[i] = after + 1
    return pair, exact


def _aligned(want: list[Row], have: list[Row]) -> list[tuple[int, int]]:
    """Pairs of `want` and `have` rows, in order, each more than ALIKE alike, as alike together as any."""
    alike = [[_similarity(w, h) for h in have] for w in want]
    best = [[0.0] * (len(have) + 1) for _ in range(len(want) + 1)]  # the most likeness from (i, j) on
    for i in reversed(range(len(want))):
        for j in reversed(range(len(have))):
            paired = best[i + 1][j + 1] + alike[i][j] if alike[i][j] > ALIKE else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], paired)
    found, i, j = [], 0, 0
    while i < len(want) and j < len(have):
        if alike[i][j] > ALIKE and best[i][j] == best[i + 1][j + 1] + alike[i][j]:
            found.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return found


def _after_loss(i: int, pair: dict[int, int], have: list[Row], losses: set[str]) -> bool:
    """Whether a warning that rows may be left out points at the row read for the expected row nearest
    above row `i`: a row not read is pointed at where it went missing."""
    above = max((k for k in pair if k < i), default=None)
    return above is not None and _flagged(have[pair[above]], losses)


def score(expected: dict[str, Any], got: dict[str, Any]) -> Score:
    """How `got` (an rktparse JSON) reproduces `expected` (the generator's expectation)."""
    want, have = rows_of(expected), rows_of(got)
    review = [w for w in got.get("warnings", []) if w["severity"] == "review" and w.get("ref")]
    refs = {"/" + w["ref"].lstrip("/") for w in review}
    losses = {"/" + w["ref"].lstrip("/") for w in review if w["code"] in LOSS_CODES}
    out = Score(rows=len(want), got=len(have), documents=1)
    pair, exact = pairs(want, have)
    out.exact = out.similar = len(exact)
    for i in exact:
        out.figures += len(_figure_cells(want[i]))
    for i, row in enumerate(want):
        if i in exact:
            continue
        match = have[pair[i]] if i in pair else None
        out.similar += cell_similarity(row, match)
        silent = not _flagged(match, refs) and not (match is None and _after_loss(i, pair, have, losses))
        out.silent += silent
        _count_figures(out, row, match, not silent)
        out.wrong.append(f"want {row.key}\n  got {match.key if match else None}{'  (silent)' if silent else ''}")
    for i, row in enumerate(want):
        if i in pair and have[pair[i]].parent == row.parent:
            out.parent_right += 1
    used = set(pair.values())
    out.silent += sum(1 for j, row in enumerate(have) if j not in used and not _flagged(row, refs))
    programs = [(p["text"], p["extra"]) for p in expected["programs"]] == [(p["text"], p["extra"]) for p in got["programs"]]
    out.documents_exact = int(out.exact == len(want) == len(have) and programs)
    fields_want, fields_got = document_fields(expected), document_fields(got)
    out.fields = len(DOCUMENT_FIELDS)
    out.fields_right = sum(fields_want[k] == fields_got[k] for k in DOCUMENT_FIELDS)
    return out
