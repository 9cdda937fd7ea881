"""Headings printed across a table ('Urusan Pemerintahan Wajib'), found again in text exports.

Layout exports (`layout_headings`) keep the heading's line to itself: one run
of words on a line of its own, printed across the table (crossing a column
boundary), centred on it, or from its left edge right before a new row.


A PDF prints such a heading in one cell spanning the table's width, over the
rows of its group. An export that lists cells one line after another (PyMuPDF
blocks, plain pdftotext, pypdf) gives no width: the heading comes out as a
cell of one column, and the blocks search reads it as a row of its own
(an indikator without target) and lets the Sasaran cell above stretch over it.
A row of one short text cell (indikator or Sasaran column), with no value and no first word that opens
a cell ('Rasio ...' is an indikator whose target was left empty), right before a row that opens a
new Sasaran (or No) cell, is such a heading: it becomes a cell spanning the
table, the way the PDF readers give it, and the rows under it get a review note
(their group is a reading of the export's order, not of a printed width).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from rktparse.grid import Cell, ReaderNote, preview
from rktparse.readers.text.columns import COLUMN_NUMBER
from rktparse.readers.text.lines import (
    CONNECTORS,
    INDIKATOR,
    LEVELS,
    SASARAN,
    cut_score,
    first_word,
    header_role,
    is_item,
    opener,
    target_spans,
)
from rktparse.readers.text.page import PageOut, grid_box, note
from rktparse.readers.text.realign import Run
from rktparse.vocabulary.cues import is_fund_source, opens_cell, opens_sasaran, states_aim

MAX_WORDS = 8  # a heading names a field of affairs in a few words
_WORDED = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+\b")  # a figure in groups of thousands
_AMOUNT_END = re.compile(r"(?<!\S)(?:Rp\.?\s?)?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # '... Rp14.100.000.000.000'


APART = 3  # lines between a cell's last line and a line of its column that cannot be its next
CENTRED = 0.08  # how far (a share of the table's width) a centred heading's middle may stand off the table's
# a cut_score above this is bound by no word (a connective, a hyphen): by line fill alone it cannot
# tell, as the page's widest line may understate the column's width
UNBOUND = -2.0


def _is_heading_text(text: str) -> bool:
    """A few words opening with a capital, no list entry, no value, its brackets closed: 'Temuan)' is the
    rest of a target ('20 (374' / 'Temuan)'), not a heading."""
    return 0 < len(text.split()) <= MAX_WORDS and text[:1].isupper() and not is_item(text) \
        and not target_spans(text) and text.count("(") == text.count(")")


def layout_headings(body: Sequence[Sequence[Run]], grid: Sequence[Sequence[str]], x0s: Sequence[int],
                    roles: Sequence[str], widths: Sequence[float], after_gap: bool = False,
                    gaps_below: frozenset[int] = frozenset(), squeezed: frozenset[int] = frozenset()
                    ) -> dict[int, bool]:
    """Body lines (indices into `body`, each line's runs; `grid` their text per column, the columns
    starting at `x0s` with `roles` and printed `widths`) printed as a heading across the table, each
    with whether that is sure. Sure: the line's one run crosses a column boundary (a cell's line
    stays in its column), or stands centred on the table where no other line starts. Guessed: it
    stands centred where a column's lines start, or at the table's left edge and opens with no cell's
    cue word ('Urusan', not 'Pendapatan'); it reads as a heading (a few words, a capital, no value),
    goes on no cell above (`cut_score`; or, set as a heading, two lines or more under its column's last two
    lines, `_set_off`, or under a one-line cell its row went on without, `_left_on_its_row`, over a Sasaran's
    opening on the next line; or under a row opened below them over one
    lower down, where Sasaran cells stand centred, `_ended`), and
    the next line opens a row (its indikator column starts beside a value); or it is set as a
    heading (`_titled`, no cue word) with an empty line under it (`gaps_below`), goes on no cell of
    any column above (or stands at the left edge with an empty line above it too: a cell's lines follow
    one another, dev seed 2522) and the next line opens a row, or so set at
    the left edge far under its column's last text (`_apart`) over a Sasaran's opening (pdftotext
    squeezes a wide column's spaces: a heading centred on the table stands off the middle of the
    characters); or, at the table's left edge, it is the page's last line (its rows are on the
    next page) and stands under an empty line (`after_gap`: a cell's lines follow one another),
    whatever room the cell above had, or set as a heading and far under its column's last text
    (`_apart`: 'Bidang Pelayanan Umum' right under a Kegiatan's lines, dev seed 2147). (The page's
    last line with no empty line above it, when it goes on no cell by `cut_score`, is as often an
    indikator's last word: dev seed 37.) A line of `squeezed` (the export moved the text off the
    header's columns) crosses no column boundary: the columns stand elsewhere on its page. A page's
    one line (under a repeated header) is no heading for standing where no other line starts: there
    is none (dev seeds 1640, 1671: an indikator's or a Kegiatan's last line read as a heading, lost)."""
    found: dict[int, bool] = {}
    placed = [run for line in body for run in line]
    if not placed:
        return found
    left, right = min(run.start for run in placed), max(run.end for run in placed)
    starts = Counter(x for run in placed for x in (run.start - 1, run.start, run.start + 1))
    for p, line in enumerate(body):
        if len(line) != 1:
            continue
        run = line[0]
        centred = abs((run.start + run.end) / 2 - (left + right) / 2) <= CENTRED * (right - left)
        if p not in squeezed and any(run.start + 1 < x < run.end - 1 for x in x0s[1:]):
            # (a figure overflowing into the next column's words is no heading: '9.580.000.000.000 2019', nor
            # an indikator's line with its amount packed one space after it, dev seed 1933;
            # nor a long line of a column's cell, starting off the left edge where the column's lines start)
            if _WORDED.search(run.text) and not _GROUPED.match(run.text) and not _AMOUNT_END.search(run.text) \
                    and not run.text[:1].islower() \
                    and (run.start <= left + 1 or centred and not _inside_cell(grid, p) or starts[run.start] <= 3):
                found[p] = True
            continue
        if not _is_heading_text(run.text) or opener(first_word(run.text)) in (SASARAN, INDIKATOR):
            continue
        if centred and starts[run.start] <= 3 and len(body) > 1:  # (3: its own start, once for each of three places)
            found[p] = True
        elif (centred and _starts_cell(grid, p) or run.start <= left + 1 and opener(first_word(run.text)) is None
              and not _cell_line_of(body, grid, p, roles, INDIKATOR)) \
                and _opens_row(grid, p + 1, roles) \
                and (_cut_above(grid, p, roles, widths) or _apart(grid, p) or _titled(run.text)
                     and ((_set_off(grid, p) or _left_on_its_row(grid, p, roles)) and _opens_sasaran(grid, p + 1, roles)
                          or _ended(grid, p, roles) and _sasaran_below(grid, p, roles, widths))):
            found[p] = False
        elif run.start <= left + 1 and _titled(run.text) and opener(first_word(run.text)) is None \
                and _apart(grid, p) and _opens_sasaran(grid, p + 1, roles):
            found[p] = False
        elif p in gaps_below and _titled(run.text) and opener(first_word(run.text)) is None \
                and _opens_row(grid, p + 1, roles) and (p - 1 in gaps_below and run.start <= left + 1
                                                        or not _cell_line(body, grid, p)
                                                        and _cut_above(grid, p, roles, widths, every_column=True)):
            found[p] = False
        elif p == len(body) - 1 > 0 and run.start <= left + 1 and opener(first_word(run.text)) is None \
                and (after_gap or _titled(run.text) and (_apart(grid, p) or _left_behind(grid, p, roles, widths))):
            found[p] = False
    return found | _set_alike(body, grid, roles, widths, found, gaps_below)


def _set_alike(body: Sequence[Sequence[Run]], grid: Sequence[Sequence[str]], roles: Sequence[str],
               widths: Sequence[float], found: dict[int, bool], gaps_below: frozenset[int]) -> dict[int, bool]:
    """Lines set where a heading found on the page stands (its start or its middle, within a character),
    that read as a heading (`_titled`, no cue word), stand under no line of their column's cell (or an
    empty line under it), are bound to none by a word (`UNBOUND`) and stand over a new row or a Sasaran's
    opening (its first row maybe without a target, dev seed 2654): the next heading of the table
    ('Bidang Pelayanan Umum' centred where 'Urusan Pemerintahan Wajib' stood, though in the indikator
    column's place; dev seeds 1406, 1422), not a Sasaran's line set a line apart ('Terwujudnya Zona
    Integritas menuju' / 'Wilayah Bebas dari Korupsi', dev seed 1486)."""
    placed = [(body[q][0].start, body[q][0].start + body[q][0].end) for q in found if len(body[q]) == 1]
    return {p: False for p, line in enumerate(body)
            if p not in found and len(line) == 1 and _titled(line[0].text) and opener(first_word(line[0].text)) is None
            and any(abs(line[0].start - start) <= 1 or abs(line[0].start + line[0].end - twice) <= 2
                    for start, twice in placed)
            and (p - 1 in gaps_below or not _cell_line(body, grid, p)) and _cut_above(grid, p, roles, widths, least=UNBOUND)
            and (_opens_row(grid, p + 1, roles) or _opens_sasaran(grid, p + 1, roles))}


def _left_behind(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str], widths: Sequence[float]) -> bool:
    """Whether line p's text, at the page's foot, goes on no level's cell above: its column holds no text on
    the page above it, APART lines or more (the page's rows are another column's lines), or it is a level's
    column whose last line had room for its first word (dev seeds 1455, 1426: 'Bidang Pelayanan Umum'
    under a Kegiatan's lines, before the next page's header)."""
    if (found := _column_above(grid, p)) is None:
        return False
    col, above, _ = found
    return p >= APART if not above else roles[col] in LEVELS and _cut_above(grid, p, roles, widths)


def _titled(text: str) -> bool:
    """Two to MAX_WORDS words, each a word in capitals but the connectives ('Urusan Pemerintahan
    Wajib', 'Bidang Pelayanan Umum'): how a heading is set, not a cell's sentence ('Rehabilitasi
    dan pemeliharaan jalan') nor a value ('Sangat Baik' aside: the caller knows values)."""
    words = text.split()
    return 2 <= len(words) <= MAX_WORDS and _is_heading_text(text) and all(
        word.lower() in CONNECTORS or word[:1].isupper() and word.replace("-", "").isalpha() for word in words)


_NUMBER = re.compile(r"^\d{1,2}[.)]?$")  # a No cell's number ('1.', '5'), printed before its Sasaran


def blocks_headings(body: Sequence[str], wrapped: Sequence[bool | None], blank: Sequence[bool | None],
                    following: Sequence[str] = ()) -> set[int]:
    """Body lines of a blocks export (each cell line on its own line) that are headings printed across
    the table: a short line of words in capitals that opens no cell by its first word ('Urusan
    Pemerintahan Wajib', not 'Peningkatan ...', nor an activity's borrowed noun: 'Akreditasi Puskesmas dan
    Rumah Sakit', a Kegiatan entry in Title Case) and names no source of funds (a Keterangan's 'Dana
    Desa'), after a line that ended its cell (not on a connective: 'Akreditasi Puskesmas dan' / 'Rumah
    Sakit', pypdf's marks said ended), and right before a Sasaran (its No cell's number
    between them; 'Terwujudnya ...', or a verb of aim, 'meningkatkan ...'), or last
    on the page (its rows are on the next) after a line the export marks as ended (no wrap space,
    or an empty line between), or where the table goes on with such a Sasaran on the next page
    (`following`: its first body lines). `wrapped[i]`: whether line i ended at a wrap,
    `blank[i]`: whether an empty line stood above it (None when the export does not tell)."""
    found: set[int] = set()
    ahead = [*body, *following]
    for p, line in enumerate(body):
        if not _titled(line) or opens_cell(first_word(line)) is not None or wrapped[p] or is_fund_source(line):
            continue
        ended = p == 0 or (wrapped[p - 1] is False or wrapped[p - 1] is None and cut_score(body[p - 1], line, None) > 0) \
            and body[p - 1].rsplit(" ", 1)[-1].lower() not in CONNECTORS  # no cell ends on 'dan': whatever the marks say
        after = ahead[p + 2] if p + 2 < len(ahead) and _NUMBER.match(ahead[p + 1]) else ahead[p + 1] if p + 1 < len(ahead) else None
        if after is not None and ended and (opener(first_word(after)) == SASARAN or states_aim(first_word(after))):
            found.add(p)
        elif after is None and p > 0 and (wrapped[p - 1] is False or blank[p]):
            found.add(p)
    return found


def _opens_row(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str]) -> bool:
    """Whether line p (under a heading line) holds an indikator beside a value of its row (target,
    Satuan, Kondisi Awal ...)."""
    if p >= len(grid) or INDIKATOR not in roles:
        return False
    return bool(grid[p][roles.index(INDIKATOR)]) and any(
        text for text, role in zip(grid[p], roles) if role not in (*LEVELS, INDIKATOR, "kegiatan"))


def _opens_sasaran(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str]) -> bool:
    """Whether line p (under a heading line) opens a Sasaran cell with a Sasaran's word ('Tercapainya
    ...', or a verb of aim: 'Meningkatkan ...'), its target maybe printed lower (a row's cells centred on it)."""
    return p < len(grid) and SASARAN in roles and opens_sasaran(first_word(grid[p][roles.index(SASARAN)]))


def _sasaran_below(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str], widths: Sequence[float]) -> bool:
    """Whether the Sasaran column's first text under line p opens a Sasaran with a Sasaran's word, lower
    down where the Sasaran cells stand centred on their rows ('Bidang Pelayanan Umum' over a row beside no
    Sasaran, 'Meningkatnya kepatuhan ...' centred lower, dev seed 1587), and line p is bound by no word to
    its column's text above (a centred Sasaran's last line set apart: 'manajemen ASN di' / 'Kabupaten Alor',
    dev seed 2554)."""
    if SASARAN not in roles:
        return False
    col = roles.index(SASARAN)
    below = next((cells[col] for cells in grid[p + 1:] if cells[col]), "")
    return opens_sasaran(first_word(below)) and _cut_above(grid, p, roles, widths, least=UNBOUND)


def _column_above(grid: Sequence[Sequence[str]], p: int) -> tuple[int, str, int] | None:
    """Line p's text's column, the last text of that column above line p ('' if none) and how many
    lines up it stands; None when line p holds no text."""
    col = next((c for c, text in enumerate(grid[p]) if text), None)
    if col is None:
        return None
    q = next((q for q in range(p - 1, -1, -1) if grid[q][col]), None)
    return (col, "", p + 1) if q is None else (col, grid[q][col], p - q)


def _inside_cell(grid: Sequence[Sequence[str]], p: int) -> bool:
    """Whether line p's text has its column's text right above it (no column number) and right below:
    a cell's line the export squeezed into the next column ('terhadap Jaminan Puskesams', its Sasaran
    piece a space from the indikator's, dev seed 651), not a heading centred by chance."""
    found = _column_above(grid, p)
    return found is not None and found[2] == 1 and bool(found[1]) and not COLUMN_NUMBER.match(found[1]) \
        and p + 1 < len(grid) and bool(grid[p + 1][found[0]])


def _starts_cell(grid: Sequence[Sequence[str]], p: int) -> bool:
    """Whether line p's text follows no text of its column above (a column number '(3)' aside)."""
    found = _column_above(grid, p)
    return found is not None and (not found[1] or bool(COLUMN_NUMBER.match(found[1])))


def _cell_line(body: Sequence[Sequence[Run]], grid: Sequence[Sequence[str]], p: int) -> bool:
    """Whether line p's text stands right under the last text of its column, the line before, and starts
    where a run of that line does: a cell's line (a Kegiatan entry 'Akreditasi Puskesmas dan Rumah Sakit'
    under the entry above, an empty line under it, dev seed 547), not a heading centred over the column
    (dev seed 2151)."""
    found = _column_above(grid, p)
    return found is not None and bool(found[1]) and found[2] == 1 and p > 0 \
        and any(abs(run.start - body[p][0].start) <= 1 for run in body[p - 1])


def _cell_line_of(body: Sequence[Sequence[Run]], grid: Sequence[Sequence[str]], p: int, roles: Sequence[str],
                  role: str) -> bool:
    """Whether line p is a `_cell_line` of a column with `role`: an indikator's 'Tepat Waktu' under its first
    line at the page's left edge, its Sasaran column empty on the page (dev seed 1562)."""
    found = _column_above(grid, p)
    return found is not None and roles[found[0]] == role and _cell_line(body, grid, p)


def _apart(grid: Sequence[Sequence[str]], p: int) -> bool:
    """Whether line p's text stands APART lines or more under the last text of its column: a
    cell's lines follow one another (pdftotext sets a centred cell's lines apart by a line or
    two at most), so it goes on no cell above, however little room that cell's last line had."""
    found = _column_above(grid, p)
    return found is not None and bool(found[1]) and found[2] > APART


def _ended(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str]) -> bool:
    """Whether line p's text stands under a row that opened below the last text of its column, whose
    last two lines follow one another: that cell's lines, printed one under the other, ended above
    the row ('Bidang Pelayanan Umum' under a Sasaran's last line and a new indikator's, over a new
    Sasaran, dev seed 662). (A cell centred on its rows may have its lines set a line apart by other
    columns' lines: 'Jawa Tengah' under a Kegiatan's line, dev seed 299; 'Pemilih Berkelanjutan'
    under a new row's first line, seed 567.)"""
    found = _column_above(grid, p)
    return found is not None and _set_off(grid, p) and any(_opens_row(grid, k, roles) for k in range(p - found[2] + 1, p))


def _set_off(grid: Sequence[Sequence[str]], p: int) -> bool:
    """Whether line p's text stands two lines or more under its column's last two lines, which follow one
    another: a cell's lines printed one under the other go on so ('daerah di Kota Makassar', two Kegiatan
    lines, 'Bidang Pelayanan Umum' over a new Sasaran, dev seed 2523)."""
    found = _column_above(grid, p)
    if found is None or not found[1] or found[2] < 2:
        return False
    col, _, up = found
    return p - up > 0 and bool(grid[p - up - 1][col])


def _left_on_its_row(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str]) -> bool:
    """Whether line p's text stands two lines or more under its column's last text, a line on its row's
    first line, while that row goes on: a cell's lines stand beside its row's lines, so that cell ended
    there ('Optimalnya kesejahteraan petani' beside its row's first line, a Kegiatan's '2016' under it,
    then 'Bidang Pelayanan Umum' over a new Sasaran, dev seed 2615)."""
    found = _column_above(grid, p)
    if found is None or not found[1] or found[2] < 2:
        return False
    top = p - found[2]
    return _opens_row(grid, top, roles) and not any(_opens_row(grid, k, roles) for k in range(top + 1, p))


def _cut_above(grid: Sequence[Sequence[str]], p: int, roles: Sequence[str], widths: Sequence[float],
               every_column: bool = False, least: float = 0.0) -> bool:
    """Whether line p's text does not go on the cell of its column above (its last line before p),
    where that column is a level's (`every_column`: any column's): `cut_score` above `least`."""
    if (found := _column_above(grid, p)) is None:
        return False
    col, above, _ = found
    if not above or every_column and COLUMN_NUMBER.match(above):
        return True
    checked = every_column or roles[col] in LEVELS
    return not checked or cut_score(above, grid[p][col], widths[col]) > least


def rows_to_headings(out: PageOut) -> list[ReaderNote]:
    """Turn the page's heading rows (see the module) into cells spanning the table; notes on every row
    whose group each sets, down to the next heading."""
    roles = [header_role(" ".join(lines)) for lines in out.header]
    roles += [None] * (max((cell.col + 1 for cell in out.cells), default=0) - len(roles))  # cells past the header
    levels = {col for col, role in enumerate(roles) if role in LEVELS}
    if INDIKATOR not in roles or not levels:
        return []
    opening: dict[int, list[Cell]] = {}
    for cell in out.cells:
        opening.setdefault(cell.row, []).append(cell)
    found: list[tuple[int, Cell]] = []
    for row in sorted(opening):
        cells = opening[row]
        if len(cells) != 1 or cells[0].row_span != 1 or cells[0].col_span != 1 \
                or roles[cells[0].col] not in (INDIKATOR, *LEVELS) \
                or len(cells[0].lines) > 2 or not _is_heading_text(cells[0].text) \
                or opener(first_word(cells[0].text)) is not None:  # (a kegiatan entry stands alone on its sub-row)
            continue
        below = opening.get(row + 1, [])
        if not any(cell.col in levels for cell in below):
            continue
        heading = cells[0]
        out.cells.remove(heading)
        out.cells.append(replace(heading, col=0, col_span=len(out.header), bbox=grid_box(row, 0)))
        for cell in out.cells:  # a level cell above ends before the heading
            if cell.col in levels and cell.row < row < cell.row + cell.row_span:
                out.cells[out.cells.index(cell)] = replace(cell, row_span=row - cell.row)
        found.append((row, heading))
    notes: list[ReaderNote] = []
    for (row, heading), stop in zip(found, [r for r, _ in found[1:]] + [max(opening, default=0) + 1]):
        under = [cell.bbox for r in range(row + 1, stop) for cell in opening.get(r, []) if roles[cell.col] == INDIKATOR]
        note(notes, "text-heading-guessed", f"page {out.page}: '{preview(heading.lines)}' stands alone on its line "
             f"before a new Sasaran: read as a heading over the rows below it; check their group", out.page, *under)
    return notes
