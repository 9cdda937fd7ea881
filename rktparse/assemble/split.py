"""Several indikator printed in one cell, each with its own target in the Target cell beside it.

A Word PK may hold two or three indikator of a Sasaran as paragraphs of one
cell, their targets lined up as paragraphs of the Target cell; a scanned PK
lists sub-items ("- Daging (ton)") under a parent line, each with its figure.
When the Target cell holds as many targets, one per line, as the indikator
cell holds items, each item becomes a row with its target; a parent line
above the items becomes a row of its own, with no target. In a table without
a Target column (an IKU), a cell that is a list from its first line is one
row per item; the other columns' cells that list as many items split with it.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from rktparse.assemble.rows import RowDraft, SasaranDraft, Walk
from rktparse.grid import preview
from rktparse.models import Severity, TargetKind
from rktparse.vocabulary.cues import LIST_MARK
from rktparse.vocabulary.targets import parse_target
from rktparse.vocabulary.text import wraps_inside_number

# "1.", "2)", "1.1.1", "1.1.2.", "a.", "- ", "• ": an item of a list; the number is kept.
_ITEM = re.compile(rf"^(?:(?P<no>\d{{1,3}}[.)]|\d{{1,3}}(?:\.\d{{1,3}})+\.?|[a-z][.)])|{LIST_MARK})\s+(?P<text>\S.*)$")


@dataclass
class Item:
    lines: list[str]  # its text, the marker taken off
    no: str | None = None
    printed: list[str] = field(default_factory=list)  # its lines as printed, marker and all
    top: float | None = None  # where its first line is printed, when known
    targeted: bool = True  # a target of the Target cell is its; not a parent line set apart over sub-items


def listed_items(lines: list[str]) -> tuple[list[str], list[Item]]:
    """The lines before the first listed item (a parent line), and the items, each with its wrapped lines."""
    head: list[str] = []
    items: list[Item] = []
    for line in lines:
        if not line.strip():
            continue
        if match := _ITEM.match(line.strip()):
            items.append(Item([match["text"]], match["no"], [line]))
        elif items:
            items[-1].lines.append(line)
            items[-1].printed.append(line)
        else:
            head.append(line)
    return head, items


def one_target_per_line(row: RowDraft) -> list[str]:
    """The target cell's lines when it holds two or more, each a target of its own ('741.709', '90%')."""
    lines = with_notes_joined([line.strip() for line in row.target if line.strip()])
    if len(lines) < 2 or row.target_header is None:
        return []
    if any(parse_target(line, row.target_header).kind is TargetKind.TEXT for line in lines) \
            or any(wraps_inside_number(a, b) for a, b in zip(lines, lines[1:])):
        return []  # a wrapped target ('10 (234' / 'Temuan)', 'Rp537.00' / '0.000'), or text: one target after all
    return lines


_NOTE_LINE = re.compile(r"^\(.*\)$")  # '(A)', '(190 temuan)': a note on the figure above it


def with_notes_joined(lines: list[str]) -> list[str]:
    """Target lines with each line that is only a bracketed note put back after the figure it
    qualifies ('82' / '(A)' is the one target '82 (A)')."""
    joined: list[str] = []
    for line in lines:
        if joined and _NOTE_LINE.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def split_row(row: RowDraft, paragraphs: bool) -> tuple[list[RowDraft], bool] | None:
    """The rows a draft holds, and whether the split is sure; None when it holds one.

    Listed items matching the targets in number are sure. Unmarked lines matching them are
    sure only where a line is a paragraph (Word, Excel); in a PDF a line may be a wrap.
    """
    targets = one_target_per_line(row)
    if not targets:
        return None
    head, items = listed_items(row.indikator)
    parent: Item | None = Item(head, row.no) if head else None
    if parent is None and len(items) == len(targets) + 1 and (items[0].no is None) != (items[1].no is None):
        parent, items = items[0], items[1:]  # '1.1.1 Jumlah produksi' over '- Daging (ton)', '- Telur (ton)'
    sure = True
    if len(items) != len(targets) and (placed := placed_items(row, targets)) is not None:
        parent, (items, sure) = None, placed  # each target printed beside its item
    elif len(items) != len(targets):
        parent, sure = None, paragraphs
        lines = [line for line in row.indikator if line.strip()]
        if paragraphs and (lined_up := lined_up_items(row)) is not None:
            # sure when the target cell's paragraphs reach the indikator's last one
            items, sure = lined_up, len(row.target) == len(row.indikator)
        elif len(lines) == len(targets):
            items = [Item([line]) for line in lines]
        else:
            return None
    rows = [_part(row, parent.lines, parent.no, [], parent.top)] if parent is not None else []
    left = iter(targets)
    rows += [_part(row, item.lines, item.no, [next(left)] if item.targeted else [], item.top) for item in items]
    rows[0].no = rows[0].no or row.no  # an item's own number is the finer one
    rows[0].kegiatan, rows[0].extra = row.kegiatan, row.extra  # what the row prints beside: kept once
    return rows, sure


LEVEL = 0.5  # a target line is level with an indikator line within this share of a line's height
BLANK = 1.8  # lines further apart than this many line heights have a blank line between them


def line_height(tops: Sequence[float]) -> float:
    """The usual distance between a cell's lines (the smallest step, as wraps sit closest)."""
    steps = [b - a for a, b in zip(tops, tops[1:]) if b - a > 0]
    return min(steps) if steps else 0.0


def placed_items(row: RowDraft, targets: list[str]) -> tuple[list[Item], bool] | None:
    """The indikator's lines grouped into items by where the targets are printed, and whether the
    grouping is sure; None unless the reader gave every line's place and each target finds its item.

    List markers and blank lines part the cell ('a. Padi'; 'Persentase ... :' set apart over its own
    sub-items). A part beside one target is its item, whether the target is printed at the part's
    first line or its last (a scanned PK prints '10.0' beside the second line of '1.1.1.1 Prosentase
    ...'); a part beside none is a parent line, over the parts after it (none after it: None). In a
    part beside several targets each is printed
    level with the first line of its item (`_first_lines_level`)."""
    lines, tops = row.indikator, row.indikator_tops
    filled_targets = [(top, line.strip()) for top, line in zip(row.target_tops, row.target, strict=False) if line.strip()]
    target_tops = [top for k, (top, line) in enumerate(filled_targets)
                   if not (k and _NOTE_LINE.match(line))]  # a note's line goes with its figure's
    if len(tops) != len(lines) or len(row.target_tops) != len(row.target) or len(target_tops) != len(targets):
        return None
    if any(wraps_inside_number(a, b) for a, b in zip(targets, targets[1:])):
        return None  # a figure broken over two lines, not two targets
    height = line_height(tops) or line_height(row.target_tops) or 10.0
    tolerance = LEVEL * height
    filled = [i for i, line in enumerate(lines) if line.strip()]
    starts = [i for before, i in zip([None, *filled], filled) if before is None or _ITEM.match(lines[i].strip())
              or tops[i] - tops[before] > BLANK * height]
    parts = [(a, max(i for i in range(a, b) if lines[i].strip()) + 1) for a, b in zip(starts, [*starts[1:], len(lines)])]
    beside: list[list[float]] = [[] for _ in parts]
    for top in target_tops:
        found = [k for k, (a, b) in enumerate(parts) if tops[a] - tolerance <= top <= tops[b - 1] + tolerance]
        if len(found) != 1:
            return None
        beside[found[0]].append(top)
    if not beside[-1]:
        return None  # a parent line over no item: more likely an item whose target was not read
    items, sure = [], True
    for (a, b), part_targets in zip(parts, beside):
        if len(part_targets) < 2:
            items.append(_item(lines[a:b], tops[a], targeted=bool(part_targets)))
        elif (level := _first_lines_level(lines[a:b], tops[a:b], part_targets, tolerance)) is not None:
            items += level[0]
            sure = sure and level[1]
        else:
            return None
    return items, sure


def _first_lines_level(lines: list[str], tops: Sequence[float], target_tops: list[float],
                       tolerance: float) -> tuple[list[Item], bool] | None:
    """Unmarked lines each target is printed level with the first line of ('Padi (ton)' beside
    '11.610.016', 'Kacang' / 'Tanah (ton)' beside '78.107'), the lines above the first a parent.
    Sure where every item is one line, or the last target is printed above the last line: targets
    printed beside their items' last lines would group the lines otherwise."""
    starts: list[int] = []
    for top in target_tops:
        level = [i for i, (line, line_top) in enumerate(zip(lines, tops)) if line.strip()
                 and abs(line_top - top) <= tolerance and (not starts or i > starts[-1])]
        if not level:
            return None
        starts.append(level[0])
    items = [_item(lines[a:b], tops[a]) for a, b in zip(starts, [*starts[1:], len(lines)])]
    head = [_item(lines[:starts[0]], tops[0], targeted=False)] if any(line.strip() for line in lines[:starts[0]]) else []
    last = max(i for i, line in enumerate(lines) if line.strip())
    return head + items, all(len(item.lines) == 1 for item in items) or tops[last] - target_tops[-1] > tolerance


def _item(lines: list[str], top: float | None = None, targeted: bool = True) -> Item:
    """A cell's lines as an item, its list marker ('a.', '-') taken off as its number."""
    kept = [line for line in lines if line.strip()]
    if match := _ITEM.match(kept[0].strip()):
        return Item([match["text"], *kept[1:]], match["no"], kept, top, targeted)
    return Item(kept, None, kept, top, targeted)


def lined_up_items(row: RowDraft) -> list[Item] | None:
    """The indikator's paragraphs grouped by the targets printed level with them: each target
    beside the first paragraph of its indikator, blank paragraphs beside the rest. Paragraphs above
    the first target, and a paragraph listed as the targeted ones are ('- Prosentase kelahiran (%) :'
    among '- Sapi Potong' and '- Kerbau') beside a blank, are parent lines over the items below."""
    lines, beside = row.indikator, [*row.target, *[""] * (len(row.indikator) - len(row.target))]
    starts = [i for i, line in enumerate(row.target) if line.strip()]
    if len(starts) < 2 or len(row.target) > len(lines) or not all(lines[i].strip() for i in starts):
        return None
    first = next(i for i, line in enumerate(lines) if line.strip())
    bounds = sorted({first, *_listed_parents(lines, beside, starts), *starts})
    return [_item(lines[a:b], targeted=a in starts) for a, b in zip(bounds, [*bounds[1:], len(lines)])]


def _listed_parents(lines: list[str], beside: list[str], starts: list[int]) -> list[int]:
    """Paragraphs beside a blank target listed with the marker the targeted paragraphs all open with."""
    kinds = {_marker(lines[i]) for i in starts}
    if len(kinds) != 1 or None in kinds:
        return []
    return [i for i, line in enumerate(lines) if i < starts[-1] and not beside[i].strip()
            and _marker(line) in kinds]


def _marker(line: str) -> str | None:
    """How a listed line is marked: 'number', 'sign' ('-', a bullet), or None for no marker."""
    match = _ITEM.match(line.strip())
    return None if match is None else "number" if match["no"] else "sign"


def split_untargeted(row: RowDraft) -> tuple[list[RowDraft], bool] | None:
    """The rows of a list cell in a table without targets, and whether every other cell split with it."""
    if row.target_header is not None or row.periods:
        return None
    head, items = listed_items(row.indikator)
    if head or len(items) < 2:
        return None
    parts = [_part(row, item.lines, item.no, []) for item in items]
    parts[0].no = parts[0].no or row.no
    parts[0].kegiatan = row.kegiatan
    even = True
    for header, lines in row.extra.items():
        extra_head, extra_items = listed_items(lines)
        if extra_head or len(extra_items) != len(items):
            even = False  # a cell about all the items ('Sumber Data: BPS'), or one not lined up: each row keeps it
            extra_items = [Item(lines, printed=lines)] * len(items)
        for part, item in zip(parts, extra_items):
            part.extra[header] = list(item.printed)  # as printed: the column has no 'no' of its own
    return parts, even


def number_from_text(row: RowDraft) -> RowDraft:
    """A row without a numbering column whose indikator opens with its number ('1. Persentase ...'):
    the number is its `no`."""
    row.no, row.indikator = opening_number(row.no, row.indikator)
    return row


def opening_number(no: str | None, lines: list[str]) -> tuple[str | None, list[str]]:
    """A cell's own number taken off its first line, when it has none from a numbering column."""
    match = _ITEM.match(lines[0].strip()) if lines else None
    if no is None and match is not None and match["no"] is not None:
        return match["no"], [match["text"], *lines[1:]]
    return no, lines


def _part(row: RowDraft, lines: list[str], no: str | None, target: list[str], top: float | None = None) -> RowDraft:
    part = RowDraft(row.page, lines, row.sasaran, no, row.target_header if target else None, target)
    part.pages, part.header_doubt = list(row.pages), row.header_doubt
    part.boxes = array("d", row.boxes)  # the parts of one cell were read from where the whole was printed
    part.indikator_tops = (top,) if top is not None else ()  # where the part starts
    return part


def split_sasaran_beside(walk: Walk, sasaran: SasaranDraft) -> None:
    """Two Sasaran printed in one cell, set apart by a gap, each level with its first indikator:
    the second is a Sasaran of its own, with the rows from that indikator on."""
    tops = sasaran.tops
    if len(tops) != len(sasaran.lines) or len(sasaran.pages) != 1 or len(sasaran.rows) < 2:
        return
    starts = {row.indikator_tops[0]: k for k, row in enumerate(sasaran.rows) if k and row.indikator_tops}
    heights = [h for h in (line_height(tops), line_height(sorted(starts))) if h]
    height = min(heights) if heights else 0.0
    for i in range(1, len(tops)):
        gap = tops[i] - tops[i - 1]
        beside = [k for top, k in starts.items() if abs(top - tops[i]) <= LEVEL * height]
        if height and gap > BLANK * height and beside and sasaran.lines[i].strip():
            k = beside[0]
            second = SasaranDraft(sasaran.lines[i:], list(sasaran.pages), None, array("d", sasaran.boxes), tops[i:],
                                  misi=sasaran.misi, tujuan=sasaran.tujuan, group=sasaran.group, rows=sasaran.rows[k:])
            sasaran.lines, sasaran.tops, sasaran.rows = sasaran.lines[:i], tops[:i], sasaran.rows[:k]
            for row in second.rows:
                row.sasaran = second
            walk.sasaran.insert(walk.sasaran.index(sasaran) + 1, second)
            walk.note("sasaran-split", f"the sasaran cell '{preview(sasaran.lines)}' holds a second sasaran "
                                       f"'{preview(second.lines)}', set apart and level with its first indikator: "
                                       "read as two", second.rows[0].page, Severity.REVIEW, second.rows[0])
            split_sasaran_beside(walk, second)
            return


def split_listed_rows(walk: Walk, paragraphs: bool) -> None:
    """Replace each draft holding several indikator by one draft per indikator, in place.

    A parent line's row has no target (its target header is None). Notes and placed cells
    about the draft follow its first part.
    """
    for sasaran in walk.sasaran:
        sasaran.no, sasaran.lines = opening_number(sasaran.no, sasaran.lines)  # '1. Meningkatnya ...'
        rows: list[RowDraft] = []
        for row in sasaran.rows:
            if (found := split_row(row, paragraphs)) is not None:
                parts, sure = found
                message = (f"the indikator cell '{preview(row.indikator)}' holds {len(parts)} rows, its Target cell "
                           f"one target per line: read as {len(parts)} indikator"
                           + ("" if sure else "; its lines may be one indikator wrapped, check them"))
            elif (found := split_untargeted(row)) is not None:
                parts, sure = found
                message = (f"the indikator cell '{preview(row.indikator)}' lists {len(parts)} items: read as "
                           f"{len(parts)} indikator" + ("" if sure else "; a cell beside them that does not list as "
                                                        "many items is repeated on each, check it"))
            else:
                rows.append(number_from_text(row))
                continue
            rows += parts
            _follow(walk, row, parts[0])
            walk.split_parts[id(parts[0])] = parts[1:]
            for part in parts[:1] if sure else parts:  # unsure: any part may hold another's cells
                walk.note("indikator-split" if sure else "indikator-split-unsure", message,
                          row.page, Severity.INFO if sure else Severity.REVIEW, part)
        sasaran.rows = rows
    for sasaran in list(walk.sasaran):
        split_sasaran_beside(walk, sasaran)


def _follow(walk: Walk, old: RowDraft | SasaranDraft, new: RowDraft) -> None:
    for note in walk.notes:
        if note.row is old:
            note.row = new
    for key, draft in walk.by_box.items():
        if draft is old:
            walk.by_box[key] = new
    if walk.row is old:
        walk.row = new
