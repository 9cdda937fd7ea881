"""A numbering column's numbers, and a cell's list markers, checked against their sequence.

A lone bold digit in a No cell is read worst of all: both readings of
figures can take a printed "1" for "4", and nothing in the cell tells. Its
neighbours do: a column numbered 1, 2, 3 has each number one more than the
one above and one less than the one below. So do a Kegiatan list's markers:
"4," between "3." and "5." is a "4." misread; so is a "-" between two "•" items of one cell.
"""

from __future__ import annotations

import re

from rktparse.grid import Cell
from rktparse.readers.ocr.words import bullet_read_as_sign
from rktparse.vocabulary.cues import LIST_MARK
from rktparse.vocabulary.headers import is_bullet

_NUMBER = re.compile(r"^(\d{1,3})\.?$")  # "1", "12.": a row's number alone in its cell
_COMMA_NUMBER = re.compile(r"^(\d{1,3}),$")
_MARKER = re.compile(r"^(\d{1,2}|[a-z])([.)])$")  # a list item's marker: "1.", "2)", "a.", "b)"
_MARKER_LIKE = re.compile(r"^(?:\d{1,2}|[A-Za-z]{1,2})[.,)]?$")  # what a scan may make of one: "4,", "Cc.", "1"
_GLUED_BULLET = re.compile(rf"^({LIST_MARK})(?=[^\W\d_])")
STOPS = ".,)"  # what closes a marker, or what a scan makes of its stop
_SAME_STROKE = {"l": "i", "i": "l"}  # a small "l" and a capital "I" are one upright stroke in sans print:
# 'I.' between 'k.' and 'm.' is the 'l.' (reporting scan 1000162)
NUMBERED_ROW = 3  # a row with this many lone numbers numbers the columns, not itself


def number_stopped(text: str) -> str | None:
    """A row's number alone in its cell read closing on a comma, closing on a point ("5," -> "5."): a
    number alone closes no clause, and a small point reads as a comma where the scan gives it a tail
    (reporting scan 1,000,881, a Sasaran's "5," alone on its page, no neighbour to count from)."""
    found = _COMMA_NUMBER.match(text)
    return f"{found.group(1)}." if found else None


def number_of(cell: Cell) -> int | None:
    found = _NUMBER.match(cell.text.strip())
    return int(found.group(1)) if found else None


def out_of_sequence(cells: list[Cell]) -> list[Cell]:
    """The numbered cells of a table that break the count their neighbours in the same column keep
    (the ones above and below, or the two below for the first, the two above for the last); a row
    numbering the columns ("1 2 3 4 5" under the header) is no part of any count."""
    counted = [cell for cell in cells if number_of(cell) is not None]
    column_numbers = {row for row in {cell.row for cell in counted}
                      if sum(cell.row == row for cell in counted) >= NUMBERED_ROW}
    odd = []
    for column in {cell.col for cell in counted}:
        numbered = [(cell, number) for cell in sorted(counted, key=lambda cell: cell.row)
                    if cell.col == column and cell.row not in column_numbers
                    and (number := number_of(cell)) is not None]
        values = [number for _, number in numbered]
        for index, (cell, number) in enumerate(numbered):
            wanted = expected_number(values, index)
            if wanted is not None and number != wanted:
                odd.append(cell)
    return odd


def expected_number(values: list[int], index: int) -> int | None:
    """The number the neighbours of `values[index]` say it should be, when they agree on a count."""
    before, after = values[max(0, index - 2):index], values[index + 1:index + 3]
    if before and after:
        return before[-1] + 1 if after[0] == before[-1] + 2 else None
    if len(after) == 2 and after[1] == after[0] + 1:
        return after[0] - 1
    if len(before) == 2 and before[1] == before[0] + 1:
        return before[1] + 1
    return None


def marker_slips(lines: list[str]) -> dict[int, str]:
    """The lines of lists (a cell's, or a column's cells' in order) whose first word stands where its
    list's count puts a marker, read as another ('4,' between '3.' and '5.', 'Cc.' after 'a.' and
    'b.', '1' before '2.'), with the marker meant: the markers of its kind (numbers or letters) before
    and after tell which, the word reads as it but for case, a doubled letter or its stop, and the
    nearest of them gives its stop. A marker 'l' read as a capital 'I' is the same stroke."""
    firsts = [line.split()[0] if line.split() else "" for line in lines]
    marks = [_marker(word) for word in firsts]
    slips = {}
    for index, word in enumerate(firsts):
        if marks[index] is not None or not _MARKER_LIKE.match(word) or len(lines[index].split()) < 2:
            continue  # (a number alone is a No cell's: `out_of_sequence` counts those)
        digit = word[0].isdigit()
        before = next((mark for mark in reversed(marks[:index]) if mark is not None and mark[0] == digit), None)
        after = next((mark for mark in marks[index + 1:] if mark is not None and mark[0] == digit), None)
        place, neighbour = _place(before[1] if before else None, after[1] if after else None), before or after
        if place is None or neighbour is None:
            continue
        meant = str(place) if digit else chr(ord("a") + place - 1)
        if _bare(word) == meant or _bare(word) == _SAME_STROKE.get(meant):
            slips[index] = meant + neighbour[2]
    return slips


def bullet_slips(lines: list[str]) -> list[int]:
    """The lines of a cell opening with a bullet other than the one the bulleted lines before and after
    it open with ('-' between two '•' items): a mark the scan read otherwise, or a sub-item a person
    tells by its indent."""
    bullets = bulleted(lines)
    return [index for (_, before), (index, mark), (_, after) in zip(bullets, bullets[1:], bullets[2:])
            if before == after != mark]


def bulleted(lines: list[str]) -> list[tuple[int, str]]:
    """The lines of words opening with a bullet: each one's index and bullet."""
    return [(index, words[0]) for index, line in enumerate(lines) if len(words := line.split()) > 1 and is_bullet(words[0])]


def sign_bullets(lines: list[str]) -> dict[int, str]:
    """The lines opening with a sign a bullet is read as ('* Pengelolaan ...', `bullet_read_as_sign`)
    where the bulleted lines around it agree on one bullet: the nearest before and after it, or at a
    list's end the two nearest on its one side. A list does not mix a '*' with its '•' items."""
    bullets = bulleted(lines)
    return {index: mark for index, line in enumerate(lines)
            if bullet_read_as_sign(line) is not None and (mark := _bullet_around(bullets, index))}


def glued_bullets(lines: list[str]) -> dict[int, str]:
    """The lines opening with a bullet glued to their first word ('-Pembangunan halte ...': reporting
    scan 1,001,109, the space after it not read) where the bulleted lines around it agree on that
    bullet, as `sign_bullets` tells them."""
    bullets = bulleted(lines)
    return {index: mark for index, line in enumerate(lines)
            if (glued := _GLUED_BULLET.match(line.strip())) and _bullet_around(bullets, index) == (mark := glued.group(1))}


def _bullet_around(bullets: list[tuple[int, str]], index: int) -> str | None:
    """The bullet the bulleted lines around line `index` agree on, if they do."""
    before = [mark for at, mark in bullets if at < index][-2:]
    after = [mark for at, mark in bullets if at > index][:2]
    around = [before[-1], after[0]] if before and after else before or after
    return around[0] if len(around) == 2 and around[0] == around[1] else None


def _marker(word: str) -> tuple[bool, int, str] | None:
    """A marker's kind (a number or not), place in its count and stop: '3.' -> (True, 3, '.'),
    'b)' -> (False, 2, ')')."""
    if not (found := _MARKER.match(word)):
        return None
    value, stop = found.groups()
    return (True, int(value), stop) if value.isdigit() else (False, ord(value) - ord("a") + 1, stop)


def _place(before: int | None, after: int | None) -> int | None:
    """The place the markers either side count to: between two a place apart, first before a
    second, or after the last of a list (the next list counting anew)."""
    if before is not None and after == before + 2:
        return before + 1
    if after == 2:
        return 1
    if before is not None and (after is None or after <= before):
        return before + 1
    return None


def _bare(word: str) -> str:
    """A marker-like word without its stop, in small letters, a doubled letter single ('Cc.' -> 'c')."""
    bare = word.rstrip(STOPS).lower()
    return bare[0] if len(bare) == 2 and bare[0] == bare[1] and bare.isalpha() else bare
