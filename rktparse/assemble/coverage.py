"""The nothing-lost check: every word printed in the table must land in the output."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from rktparse.grid import PageText, TablePage
from rktparse.models import ColumnRole, Indikator, Region, RktDocument, Severity, TargetKind, Warning
from rktparse.vocabulary.furniture import is_page_furniture, parse_place_date
from rktparse.vocabulary.headers import holds_value
from rktparse.vocabulary.targets import parse_target
from rktparse.vocabulary.text import clean_line, words_of

MAX_QUOTED = 30


def document_texts(doc: RktDocument) -> Iterable[str]:
    """Every text field of the document's table content."""
    for sasaran in doc.sasaran:
        yield from (sasaran.no or "", sasaran.text)
        for level in (sasaran.misi, sasaran.tujuan, sasaran.group):
            if level is not None:
                yield from (level.no or "", level.text)
        for indikator in sasaran.indikator:
            yield from (indikator.no or "", indikator.text, indikator.target.raw if indikator.target else "")
            yield from (target.raw for target in indikator.periods.values())
            yield from indikator.periods.keys()  # printed sub-headers
            yield from indikator.kegiatan
            yield from indikator.extra.values()
            yield from indikator.extra.keys()  # printed headers of extra columns
    for program in doc.programs:
        yield from (program.no or "", program.text)
        yield from program.extra.values()
        yield from program.extra.keys()


def unplaced_words(
    printed: Iterable[tuple[int, list[str]]], doc: RktDocument, furniture: Iterable[str]
) -> list[tuple[int, str]]:
    """(page, word) of each word printed in the table regions (each table's page and words) that no
    output field holds.

    `furniture` is the text of header and column-number rows: printed in the
    table, deliberately not data.
    """
    placed = Counter(w for text in document_texts(doc) for w in words_of(text))
    placed.update(w for text in furniture for w in words_of(text))
    # as they come: a long document's tokens are many
    tokens = ((page, token) for page, words in printed for word in words for token in words_of(word))
    # twice: a word broken in a cell has other columns' words between its parts in reading order,
    # so its parts meet only among the words left over
    return unplaced_tokens(unplaced_tokens(tokens, placed), placed)


def unplaced_tokens(tokens: Iterable[tuple[int, str]], placed: Counter[str]) -> list[tuple[int, str]]:
    """The tokens `placed` does not hold (taking those it does), alone or joined to the next one."""
    missing = []
    tokens = iter(tokens)
    current = next(tokens, None)
    while current is not None:
        page, token = current
        following = next(tokens, None)
        if placed[token] > 0:
            placed[token] -= 1
        elif following is not None and placed[whole := token + following[1]] > 0:
            placed[whole] -= 1  # a word a narrow column broke ('meningkatny' / 'a'), joined again
            following = next(tokens, None)
        else:
            missing.append(current)
        current = following
    return missing


def coverage_warning(missing: list[tuple[int, str]]) -> Warning | None:
    if not missing:
        return None
    quoted = ", ".join(f"'{word}' (p. {page})" for page, word in missing[:MAX_QUOTED])
    more = f" and {len(missing) - MAX_QUOTED} more" if len(missing) > MAX_QUOTED else ""
    return Warning(
        code="words-not-placed",
        message=f"{len(missing)} word(s) printed in the table are in no output field: {quoted}{more}",
        page=missing[0][0],
    )


class Places(NamedTuple):
    """Where each cell with text was printed, kept for `lost_beside_rows` once the cells are released:
    its page and box in arrays (a big document's cells are many), and its lines, the ones the drafts
    share."""

    pages: array[int]  # one per cell
    boxes: array[float]  # four per cell: x0, top, x1, bottom
    lines: list[list[str]]

    def add(self, table: TablePage) -> None:
        """Add the places of a table's cells (the walk adds each table it uses as it goes)."""
        for cell in table.cells:
            if cell.bbox is not None and cell.bbox.on_page and cell.lines:
                self.pages.append(table.page)
                self.boxes.extend((cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.bbox.bottom))
                self.lines.append(cell.lines)


def cell_places(tables: list[TablePage]) -> Places:
    places = Places(array("i"), array("d"), [])
    for table in tables:
        places.add(table)
    return places


def lost_beside_rows(missing: list[tuple[int, str]], places: Places, doc: RktDocument) -> list[Warning]:
    """A review warning on each node printed beside a word the output lost (`missing`: page, word):
    the row (else the sasaran, else the level) whose region holds the centre of the cell (`places`)
    that printed it. A line of that cell went to no field, or its words were split off (a wrapped
    line taken for a row of its own and dropped, a column's text cut): the node may be missing words
    or have another's. A word printed in cells of more than `MAX_BESIDE` nodes names none: which
    one lost it cannot be told."""
    regions = node_regions(doc)
    pages = {page for page, _ in missing}
    words_at = [(page, tuple(places.boxes[4 * k:4 * k + 4]), set(words_of(" ".join(places.lines[k]))))
                for k, page in enumerate(places.pages) if page in pages]
    beside: dict[str, tuple[int, dict[str, None], dict[tuple[float, ...], None]]] = {}  # ref -> page, words, cells
    for page, word in missing:
        found = {(ref, box) for held_page, box, printed in words_at if held_page == page and word in printed
                 for ref in node_beside(regions, page, box)}
        if not 0 < len({ref for ref, _ in found}) <= MAX_BESIDE:
            continue
        for ref, box in sorted(found):  # a set's order changes from run to run: the output must not
            _, words, boxes = beside.setdefault(ref, (page, {}, {}))
            words[word] = None
            boxes[box] = None
    return [Warning(code="words-not-placed-beside", ref=ref, page=page,
                    message=f"page {page}: {', '.join(map(repr, list(words)[:MAX_QUOTED]))} printed in the table beside "
                            f"this node {'is' if len(words) == 1 else 'are'} in no output field: a line of its cells "
                            f"may be lost or read into another node; check it against the page",
                    regions=[Region(page=page, box=(round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)))
                             for x0, top, x1, bottom in boxes])
            for ref, (page, words, boxes) in beside.items()]


MAX_BESIDE = 2  # nodes a lost word may be printed beside and still name them
COLUMN_SHARE = 0.5  # of a cell's width a node's region shares to stand in its column
NUDGE = 2.0  # points a region may reach into the cell above or below it (boxes of one grid line)


def node_regions(doc: RktDocument) -> list[list[tuple[str, Region]]]:
    """The nodes' regions, rows first, then sasaran, then their levels: a cell is beside the first
    kind of node whose region holds it."""
    rows = [(f"/sasaran/{i}/indikator/{j}", region) for i, sasaran in enumerate(doc.sasaran)
            for j, indikator in enumerate(sasaran.indikator) for region in indikator.regions]
    sasaran = [(f"/sasaran/{i}", region) for i, s in enumerate(doc.sasaran) for region in s.regions]
    levels = [(f"/sasaran/{i}/{name}", region) for i, s in enumerate(doc.sasaran)
              for name in ("misi", "tujuan", "group") if (level := getattr(s, name)) is not None
              for region in level.regions]
    return [rows, sasaran, levels]


def node_beside(regions: list[list[tuple[str, Region]]], page: int, box: tuple[float, ...]
                ) -> list[str]:
    """The refs of the nodes of the first kind whose region on `page` holds the centre of `box`; where
    none does, the nearest node above and below it in its column (`in_column`)."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for kind in regions:
        refs = list(dict.fromkeys(ref for ref, region in kind if region.page == page
                                  and region.box[0] <= x <= region.box[2] and region.box[1] <= y <= region.box[3]))
        if refs:
            return refs
    return in_column(regions, page, box)


def in_column(regions: list[list[tuple[str, Region]]], page: int, box: tuple[float, ...]) -> list[str]:
    """The nodes whose regions on `page` share most of `box`'s width, nearest above it and nearest below:
    a cell whose whole text went to no field stands apart from every node (a Tujuan's second line read
    as garbled words into a cell of its own, its first line alone kept), and either may have lost it."""
    width = box[2] - box[0]
    column = [(ref, region.box) for kind in regions for ref, region in kind if region.page == page
              and min(box[2], region.box[2]) - max(box[0], region.box[0]) >= COLUMN_SHARE * width]
    above = max((node for node in column if node[1][3] <= box[1] + NUDGE), key=lambda node: node[1][3], default=None)
    below = min((node for node in column if node[1][1] >= box[3] - NUDGE), key=lambda node: node[1][1], default=None)
    return [node[0] for node in (above, below) if node is not None]


def on_rows_beside(warnings: list[Warning], doc: RktDocument) -> list[Warning]:
    """The reader's `warnings` with each review warning on a cell whose text went into no node (no ref, the
    cell's region) put on the rows printed beside that cell instead (`rows_beside`): a level's cell a scan read as
    garbled words was dropped, and its rows, left without their Tujuan, had no warning (harsh scan of
    development seed 431). A warning with no row beside it stays as it is."""
    regions = node_regions(doc)[0]
    out: list[Warning] = []
    for warning in warnings:
        refs = [] if warning.ref is not None or warning.severity is not Severity.REVIEW else list(dict.fromkeys(
            ref for region in warning.regions for ref in rows_beside(regions, region)))
        out += [warning.model_copy(update={"ref": ref}) for ref in refs] or [warning]
    return out


def rows_beside(rows: list[tuple[str, Region]], cell: Region) -> list[str]:
    """The rows whose region on the cell's page shares half the height of the lower of the two or more with the
    cell (a row beside a level's cell, or a cell beside a taller row)."""
    top, bottom = cell.box[1], cell.box[3]
    return [ref for ref, region in rows if region.page == cell.page and min(bottom, region.box[3])
            - max(top, region.box[1]) >= 0.5 * min(bottom - top, region.box[3] - region.box[1])]


def text_below_continued_tables(texts: list[PageText], pages: set[int], doc: RktDocument) -> list[Warning]:
    """A review warning for each page with rows whose table goes on on the next page (one of `pages`,
    those of the tables read) and whose text below the table is neither
    page furniture nor a running footer (a line printed on other pages too): rows of the table
    may have been left out of it, and no other check would see them."""
    below = {t.page: [line for line in map(clean_line, before_signature(t.below)) if line and not is_page_furniture(line)]
             for t in texts}
    repeated = Counter(line for lines in below.values() for line in set(lines))
    found = []
    last = last_rows(doc)
    for page, lines in sorted(below.items()):
        ref = last.get(page)
        if ref is not None and page + 1 in pages and (left := [line for line in lines if repeated[line] == 1]):
            found.append(Warning(code="below-table", page=page, ref=ref,
                                 message=f"page {page}: the text {' / '.join(left)[:120]!r} is printed below the "
                                         f"table, which goes on on the next page; check that no row was left out"))
    return found


def targets_in_extra(doc: RktDocument) -> list[Warning]:
    """When no Target column was recognised, a review warning for each other column whose cells
    mostly read as targets ('100%', '12 dokumen'): its header may be a Target's printed oddly (a
    narrow column breaking 'TARGET' inside the word), and then every row's target is missing."""
    rows = [(i, j, ind) for i, s in enumerate(doc.sasaran) for j, ind in enumerate(s.indikator)]
    found = targets_in_other_columns(doc, [(i, j, ind) for i, j, ind in rows if ind.target is None and not ind.periods])
    if not rows or any(ind.target is not None or ind.periods for _, _, ind in rows):
        return found
    for header in dict.fromkeys(h for _, _, ind in rows for h in ind.extra):
        values = [(i, j, ind.extra[header]) for i, j, ind in rows if ind.extra.get(header)]
        read = [v for v in values if parse_target(v[2]).kind is not TargetKind.TEXT]
        if values and 2 * len(read) > len(rows):  # on each row whose target it may hold
            found += [Warning(code="target-column-unsure", ref=f"/sasaran/{i}/indikator/{j}",
                              page=next(iter(doc.sasaran[i].indikator[j].pages), None),
                              message=f"no Target column was recognised, yet the column '{header}' holds targets in "
                                      f"{len(read)} of {len(rows)} rows ('{value}' here); is it the Target column?")
                      for i, j, value in read]
    return found


_MARKER_ALONE = re.compile(r"^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[•●▪◦·*])$")  # not a dash: '-' prints 'none'


def marker_only_kegiatan(doc: RktDocument) -> list[Warning]:
    """A review warning on each row with a Kegiatan entry that is a list's number or bullet alone ('1.'):
    its words were lost or read into another entry (a scan read 'Evaluasi SAKIP Perangkat Daerah' nowhere
    and the next row's '1.' here, harsh scan of development seed 422). A dash alone prints 'none'."""
    return [Warning(code="kegiatan-marker-alone", ref=f"/sasaran/{i}/indikator/{j}", page=next(iter(ind.pages), None),
                    message=f"the Kegiatan entry '{entry}' of '{ind.text[:60]}' is a list's marker alone: its words "
                            "may be lost or read into another entry; check the row against the page")
            for i, sasaran in enumerate(doc.sasaran) for j, ind in enumerate(sasaran.indikator)
            for entry in ind.kegiatan if _MARKER_ALONE.match(entry.strip())]


_TARGET_WORD = re.compile(r"\btarget\b", re.IGNORECASE)
# a value opening a Kegiatan's text: a figure, a Rupiah sign, an audit opinion or a grade ('25 km', 'Rp', 'WTP');
# not a list's number ('1.', '2)')
_OPENS_WITH_VALUE = re.compile(r"^(Rp\.?|\d(?:[\d.,]*\d)?\s?%?|WTP|WDP|TMP|AA|A|BB|B|CC|C|Level \d+)(\s|$)")


def targets_in_other_columns(doc: RktDocument, rows: list[tuple[int, int, Indikator]]) -> list[Warning]:
    """For rows read without a target: a review warning on each when a column's printed header names a
    target beside its own name ('Indikator Target 2022'), or on each whose indikator holds a target's
    figure, or whose Kegiatan opens with a value ('25 km Pendampingan ...', 'WTP 1) ...'), when most
    do: two columns read as one (no gutter found between them in a table without rules, or the Target
    header lost on a scan), the targets inside the other column's text."""
    tables = [doc.layout, *doc.layout.tables] if doc.layout else []
    merged = next((c.header for table in tables if all(c.role is not ColumnRole.TARGET for c in table.columns)
                   for c in table.columns if _TARGET_WORD.search(c.header)), None)
    held = [(i, j) for i, j, ind in rows if holds_value(ind.text)
            or ind.kegiatan and _OPENS_WITH_VALUE.match(ind.kegiatan[0])]
    if not rows or merged is None and 2 * len(held) <= len(rows):
        return []
    why = f"the column '{merged}' names a target" if merged else \
        f"{len(held)} of {len(rows)} rows hold a target's figure in their indikator or open their Kegiatan with a value"
    return [Warning(code="target-column-unsure", ref=f"/sasaran/{i}/indikator/{j}",
                    page=next(iter(doc.sasaran[i].indikator[j].pages), None),
                    message=f"no Target column was recognised, yet {why}: two columns may have been read as "
                            f"one, the targets inside another column's text")
            for i, j in ([(i, j) for i, j, _ in rows] if merged else held)]


def before_signature(lines: list[str]) -> list[str]:
    """The lines before a signature block's place and date: a signature is no row left out (a
    document that ends there is the assembler's document-boundary question)."""
    ends = [k for k, line in enumerate(lines) if parse_place_date(clean_line(line)) is not None]
    return lines[:ends[0]] if ends else lines


def last_rows(doc: RktDocument) -> dict[int, str]:
    """The ref of the last indikator row printed on each page (one walk: a walk per page made
    a long document's check quadratic)."""
    return {page: f"/sasaran/{i}/indikator/{j}" for i, s in enumerate(doc.sasaran)
            for j, ind in enumerate(s.indikator) for page in ind.pages}
