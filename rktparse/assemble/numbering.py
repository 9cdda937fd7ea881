"""The Sasaran's numbers checked against their count.

A No column numbers the Sasaran 1, 2, 3 ... down the whole table, over its pages. A number read
wrong ("1" scanned as "4"), lost, or moved to another Sasaran (a row misplaced) reads as plausible
as the right one; its neighbours tell. Each page's count is checked by the OCR reader already
(`readers/ocr/numbering.py`); this check runs over the document, whatever the source.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import groupby

from rktparse.models import RktDocument, Sasaran, Warning
from rktparse.vocabulary.headers import ROW_NUMBER

NUMBERED_SHARE = 0.5  # a document numbering fewer of its Sasaran numbers them otherwise (or not)


def count_breaks(doc: RktDocument) -> list[Warning]:
    """A review warning on each Sasaran whose number breaks the count its neighbours keep, and on
    each Sasaran without a number where the others of its run are numbered. A run is a table's
    Sasaran under one Misi, Tujuan and group: the count may start again at each (or at 1
    anywhere), and a run may leave its Sasaran unnumbered. Runs numbering otherwise ("1.1", "SS-1",
    "I") are not checked."""
    odd: dict[int, str] = {}
    for run in _runs(doc):
        odd.update(_breaks(doc.sasaran, run))
    return [Warning(code="sasaran-number-unsure", page=doc.sasaran[i].pages[0] if doc.sasaran[i].pages else None,
                    message=f"{message} ('{doc.sasaran[i].text[:60]}')", ref=f"/sasaran/{i}")
            for i, message in sorted(odd.items())]


def _runs(doc: RktDocument) -> list[list[int]]:
    """The Sasaran's indexes cut where a table starts or the Misi, Tujuan or group changes."""
    firsts = sorted({table.first for table in doc.layout.tables}) if doc.layout is not None else []

    def run_of(i: int) -> tuple:
        levels = (doc.sasaran[i].misi, doc.sasaran[i].tujuan, doc.sasaran[i].group)
        return bisect_right(firsts, i), *(level.text if level else None for level in levels)

    return [list(run) for _, run in groupby(range(len(doc.sasaran)), run_of)]


def _breaks(sasaran: list[Sasaran], run: list[int]) -> dict[int, str]:
    read = {i: _number(sasaran[i].no) for i in run}
    if any(n is False for n in read.values()):
        return {}
    numbers = {i: int(n) for i, n in read.items() if n is not None}
    counted = sorted(numbers)
    if len(counted) < 2 or len(counted) < NUMBERED_SHARE * len(run):
        return {}
    rows = {i: len(sasaran[i].indikator) for i in run}
    odd: dict[int, str] = {}
    for a, b in zip(counted, counted[1:]):
        if _follows(numbers, rows, a, b):
            continue
        vouched = {i: any(_follows(numbers, rows, *pair) for pair in _other_pairs(counted, i, a, b)) for i in (a, b)}
        for i in (a, b):
            if not vouched[i] or all(vouched.values()):
                odd.setdefault(i, f"the Sasaran number '{sasaran[i].no}' breaks the count of the numbers around it "
                                  f"('{sasaran[a].no}' then '{sasaran[b].no}'): a number misread, or a Sasaran "
                                  f"lost or split; check it")
        if numbers[b] > numbers[a] + (b - a):  # a number skipped: its Sasaran lost, or read into the one above
            odd.setdefault(b - 1, f"the count skips from '{sasaran[a].no}' to '{sasaran[b].no}' after this Sasaran: "
                                  f"the Sasaran between may have been read into it; check it")
    for i in run:
        if i not in numbers:
            odd[i] = ("the Sasaran has no number where the others around it are numbered: its number may be lost "
                      "or read into another Sasaran, or it may be the end of the Sasaran above; check it")
    return odd


def _number(no: str | None) -> int | None | bool:
    """The Sasaran's number; None without one; False for a number of another form."""
    if no is None or not no.strip():
        return None
    found = ROW_NUMBER.match(no.strip())
    return int(found.group(1)) if found else False


def _follows(numbers: dict[int, int], rows: dict[int, int], a: int, b: int) -> bool:
    """Whether the number at `b` goes on from that at `a`: one more for each Sasaran between (or one
    more, the Sasaran between unnumbered), one more for each row between (a No column numbering the
    rows, a Sasaran taking its first row's), or a count starting again at 1."""
    between = sum(rows[i] for i in range(a, b))
    return numbers[b] in (numbers[a] + (b - a), numbers[a] + 1, numbers[a] + between) or numbers[b] == 1


def _other_pairs(counted: list[int], i: int, a: int, b: int) -> list[tuple[int, int]]:
    """The pair of numbered Sasaran that holds `i` on its other side than the pair (a, b)."""
    k = counted.index(i)
    if i == a:
        return [(counted[k - 1], i)] if k > 0 else []
    return [(i, counted[k + 1])] if k + 1 < len(counted) else []
