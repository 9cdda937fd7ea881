"""A numbering column's numbers checked against their sequence.

A lone bold digit in a No cell is read worst of all: both readings of
figures can take a printed "1" for "4", and nothing in the cell tells. Its
neighbours do: a column numbered 1, 2, 3 has each number one more than the
one above and one less than the one below.
"""

from __future__ import annotations

import re

from rktparse.grid import Cell

_NUMBER = re.compile(r"^(\d{1,3})\.?$")  # "1", "12.": a row's number alone in its cell
NUMBERED_ROW = 3  # a row with this many lone numbers numbers the columns, not itself


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
