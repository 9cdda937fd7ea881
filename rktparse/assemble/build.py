"""Turning the walk's drafts into validated models, with warnings tied to their rows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from rktparse.assemble.rows import Boxes, LevelDraft, Note, ProgramDraft, RowDraft, SasaranDraft, Walk
from rktparse.grid import preview
from rktparse.models import Indikator, Program, Region, Sasaran, TargetKind, UpperLevel, Warning
from rktparse.vocabulary.cues import INDIKATOR, NEVER_LAST, first_word, opener, opens_sasaran
from rktparse.vocabulary.targets import parse_target
from rktparse.vocabulary.text import CURRENCY_ALONE, join_lines, starts_item, wraps_inside_number

_FIGURE = re.compile(r"\d")
MAX_SHARE = 1000.0  # a percent target this large is no share (one over 100 %, an overshoot, is)
Draft = TypeVar("Draft", SasaranDraft, ProgramDraft)


def kegiatan_items(lines: list[str]) -> list[str]:
    """One entry per listed item when the cell is a list, else the cell as one entry."""
    starts = [i for i, line in enumerate(lines) if starts_item(line)]
    if len(starts) < 2 or starts[0] != 0:
        return [join_lines(lines)] if join_lines(lines) else []
    bounds = starts + [len(lines)]
    return [join_lines(lines[a:b]) for a, b in zip(bounds, bounds[1:])]


def note_unmarked_heads(walk: Walk) -> None:
    """On a scan, a Kegiatan cell whose first lines open with no list marker above lines that open with
    one is kept as one entry, a heading over its items (`kegiatan_items`), yet the scan may have lost
    the first item's marker ('• Pendampingan ...' read 'Pendampingan ...'): flagged, unless the heading
    ends on a colon, as headings do."""
    for row in (row for sasaran in walk.sasaran for row in sasaran.rows):
        for lines in row.kegiatan:
            first = next((i for i, line in enumerate(lines) if starts_item(line)), 0)
            if first and not lines[first - 1].rstrip().endswith(":"):
                walk.note("kegiatan-joined-unsure",
                          f"the Kegiatan lines '{preview(lines[:first])}' open with no list marker above "
                          f"'{preview(lines[first:])}', which opens with one: kept as one entry, a heading over "
                          f"its items; the scan may have lost the first item's marker", row.page, row=row)


def boxes_to_regions(boxes: Boxes) -> list[Region]:
    """One region per page: the box around every cell a node was read from there."""
    pages: dict[int, tuple[float, float, float, float]] = {}
    for k in range(0, len(boxes), 5):
        page, (x0, top, x1, bottom) = int(boxes[k]), boxes[k + 1:k + 5]
        left, upper, right, lower = pages.get(page, (x0, top, x1, bottom))
        pages[page] = (min(left, x0), min(upper, top), max(right, x1), max(lower, bottom))
    return [box_to_region(page, *box) for page, box in sorted(pages.items())]


def box_to_region(page: int, x0: float, top: float, x1: float, bottom: float) -> Region:
    return Region(page=page, box=(round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)))


def _upper(level: LevelDraft | None) -> UpperLevel | None:
    if level is None:
        return None
    return UpperLevel(no=level.no, text=join_lines(level.lines), pages=sorted(level.pages),
                      regions=boxes_to_regions(level.boxes))


def row_to_indikator(row: RowDraft) -> Indikator:
    indikator, target = _currency_to_target(row.indikator, row.target)
    return Indikator(
        no=row.no,
        text=join_lines(indikator),
        # no Target column (an IKU table, or targets per period only): no target, not an empty one
        target=parse_target(join_lines(target), row.target_header) if row.target_header is not None else None,
        periods={label: parse_target(join_lines(lines)) for label, lines in row.periods.items()},
        kegiatan=[item for lines in row.kegiatan for item in kegiatan_items(lines)],
        pages=sorted(row.pages),
        extra={header: join_lines(lines) for header, lines in row.extra.items()},
        regions=boxes_to_regions(row.boxes),
    )


def _currency_to_target(indikator: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """A target's 'Rp', or the head of an amount broken inside, read at the end of its indikator over the
    rest opening the target ('... pendidik Rp.' / '9.440.000.000', '... baik Rp1.280.000.000.' / '000': a
    stream export prints them on the indikator's line, development seed 1940), given back to the target:
    no indikator ends on a currency or a figure's head."""
    if indikator and target and target[0][:1].isdigit():
        head, _, last = indikator[-1].rpartition(" ")
        if head and CURRENCY_ALONE.fullmatch(last):
            return [*indikator[:-1], head], [f"{last} {target[0]}", *target[1:]]
        if head and last.startswith("Rp") and wraps_inside_number(last, target[0]):
            return [*indikator[:-1], head], [last + target[0], *target[1:]]
    return indikator, target


def draft_to_sasaran(draft: SasaranDraft) -> Sasaran:
    return Sasaran(
        no=draft.no,
        text=join_lines(draft.lines),
        pages=sorted({*draft.pages, *(p for row in draft.rows for p in row.pages)}),
        indikator=[row_to_indikator(row) for row in draft.rows],
        misi=_upper(draft.misi),
        tujuan=_upper(draft.tujuan),
        group=_upper(draft.group),
        regions=boxes_to_regions(draft.boxes),
    )


def draft_to_program(draft: ProgramDraft) -> Program:
    return Program(
        no=draft.no,
        text=join_lines(draft.lines),
        pages=[draft.page],
        extra={header: join_lines(lines) for header, lines in draft.extra.items()},
        regions=boxes_to_regions(draft.boxes),
    )


def node_refs(walk: Walk, wanted: set[int]) -> dict[int, str]:
    """A JSON-pointer ref for each draft in `wanted` (by identity) that the models are built from
    (rows, sasaran, their misi and tujuan, programs), numbered as the models will be. Only the
    drafts asked for: a big document's nodes are many, those a note is about few (issue 15)."""
    refs = {id(program): f"/programs/{k}" for k, program in enumerate(kept_programs(walk)) if id(program) in wanted}
    for i, sasaran in enumerate(kept_sasaran(walk)):
        for name, level in (("misi", sasaran.misi), ("tujuan", sasaran.tujuan), ("group", sasaran.group)):
            if level is not None and id(level) in wanted:
                refs.setdefault(id(level), f"/sasaran/{i}/{name}")
        if id(sasaran) in wanted:
            refs[id(sasaran)] = f"/sasaran/{i}"
        refs.update({id(row): f"/sasaran/{i}/indikator/{j}" for j, row in enumerate(sasaran.rows) if id(row) in wanted})
    return refs


def level_refs(walk: Walk, wanted: set[int]) -> dict[int, list[str]]:
    """Every ref of each Misi, Tujuan or group draft in `wanted` (by identity): one per Sasaran under it,
    as each Sasaran prints the level's text as its own field."""
    refs: dict[int, list[str]] = {}
    for i, sasaran in enumerate(kept_sasaran(walk)):
        for name, level in (("misi", sasaran.misi), ("tujuan", sasaran.tujuan), ("group", sasaran.group)):
            if level is not None and id(level) in wanted:
                refs.setdefault(id(level), []).append(f"/sasaran/{i}/{name}")
    return refs


def note_to_warning(note: Note, refs: dict[int, str]) -> Warning:
    ref = refs.get(id(note.row)) if note.row is not None else None
    return Warning(code=note.code, message=note.message, page=note.page, severity=note.severity, ref=ref)


def unread_targets(sasaran: list[Sasaran]) -> list[Warning]:
    """A target that prints figures yet reads as no one value: two targets run together, a figure
    broken oddly, or a form the rules do not know. The value is left empty, so say so."""
    return [Warning(code="target-unread", page=ind.pages[0] if ind.pages else None,
                    message=f"the target '{ind.target.raw}' holds figures but no single value was read from it",
                    ref=f"/sasaran/{i}/indikator/{j}")
            for i, s in enumerate(sasaran) for j, ind in enumerate(s.indikator)
            if ind.target is not None and ind.target.kind is TargetKind.TEXT and _FIGURE.search(ind.target.raw)]


def impossible_shares(sasaran: list[Sasaran]) -> list[Warning]:
    """A percent target of a thousand or more ('85.700.000', the unit from a 'Target (%)' header): no
    share is that large, so the figure is likely another column's (an Anggaran) read as the target."""
    return [Warning(code="target-share-impossible", page=ind.pages[0] if ind.pages else None,
                    message=f"the target '{ind.target.raw}' reads as {ind.target.value:g} %: no share is that large; "
                            f"it may be another column's figure", ref=f"/sasaran/{i}/indikator/{j}")
            for i, s in enumerate(sasaran) for j, ind in enumerate(s.indikator)
            if ind.target is not None and ind.target.kind is TargetKind.PERCENT
            and ind.target.value is not None and ind.target.value >= MAX_SHARE]


def split_sasaran(sasaran: list[Sasaran]) -> list[Warning]:
    """A Sasaran opening in small letters with a word no Sasaran opens with ('tanaman pangan'), or
    after one ending on a word no statement ends on ('... dalam Pemilu dan' / 'Pemilihan yang
    akuntabel'): most likely the tail of the Sasaran above, split off where its cell's lines stood
    apart (a centred cell, a scan's row gap). Both are named: a person joins them or not."""
    nodes = [(f"/sasaran/{i}", s.text, s.pages) for i, s in enumerate(sasaran)]
    return split_off(nodes, opens_sasaran, "sasaran-split-unsure", "Sasaran")


def split_rows(sasaran: list[Sasaran]) -> list[Warning]:
    """An indikator opening in small letters with a word no indikator opens with ('sesuai jadwal',
    'dalam kondisi baik'): most likely the end of the indikator above, split off with a target of
    its own (the row above then lacks its own, or took the wrong one). Both rows are named."""
    nodes = [(f"/sasaran/{i}/indikator/{j}", ind.text, ind.pages)
             for i, s in enumerate(sasaran) for j, ind in enumerate(s.indikator)]
    return split_off(nodes, lambda word: opener(word) == INDIKATOR, "row-split-unsure", "indikator", " with a target")


def split_off(nodes: list[tuple[str, str, list[int]]], opens: Callable[[str], bool], code: str, name: str,
              tail: str = "") -> list[Warning]:
    """A warning on each node (ref, text, pages) opening in small letters with a word that does not
    `opens` one, or following a node that ends on a word no statement ends on ('dan'; dev scan 245,
    whose split Sasaran went on in capitals), and on the node before it: its end, maybe, split off."""
    warnings = []
    for (above_ref, above, _), (ref, text, pages) in zip(nodes, nodes[1:]):
        word, last = first_word(text), (above.split() or [""])[-1]
        if word[:1].islower() and not opens(word):
            why = f"opens in small letters with a word no {name} opens with"
        elif last.lower() in NEVER_LAST:
            why = f"follows one ending on '{last}', a word no statement ends on"
        else:
            continue
        message = f"the {name} '{text[:60]}' {why}: it may be the end of the {name} above ('{above[:60]}'), split off{tail}"
        page = pages[0] if pages else None
        warnings += [Warning(code=code, page=page, message=message, ref=r) for r in (above_ref, ref)]
    return warnings


def kept_sasaran(walk: Walk) -> list[SasaranDraft]:
    """The sasaran drafts the document keeps: those holding text or rows."""
    return [s for s in walk.sasaran if s.rows or s.lines]


def kept_programs(walk: Walk) -> list[ProgramDraft]:
    """The program drafts the document keeps: those holding text."""
    return [p for p in walk.programs if p.lines or p.extra]


def walk_to_models(walk: Walk) -> tuple[list[Sasaran], list[Program], list[Warning]]:
    """Validated sasaran, programs and the walk's warnings.

    The walk is spent: each draft is let go of once its model is built, so that a big document never
    holds all its drafts and all its models at once."""
    warnings = walk_warnings(walk)
    drafts, program_drafts = kept_sasaran(walk), kept_programs(walk)
    walk.release()
    sasaran = [draft_to_sasaran(s) for s in taken(drafts)]
    programs = [draft_to_program(p) for p in taken(program_drafts)]
    checks = unread_targets(sasaran) + impossible_shares(sasaran) + split_sasaran(sasaran) + split_rows(sasaran)
    return sasaran, programs, warnings + checks


def walk_warnings(walk: Walk) -> list[Warning]:
    """The walk's notes as warnings."""
    refs = node_refs(walk, {id(n.row) for n in walk.notes if n.row is not None})
    return [note_to_warning(n, refs) for n in walk.notes]


def taken(drafts: list[Draft]) -> Iterator[Draft]:
    """Each of `drafts` in order, the list letting go of it as it is handed on; a sasaran's rows,
    which point back at it, are let go of once it is done (a cycle would wait for the collector)."""
    drafts.reverse()
    while drafts:
        draft = drafts.pop()
        yield draft
        if isinstance(draft, SasaranDraft):
            draft.rows = []
