"""Joining a cell's printed lines back into the text that was written."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rktparse.vocabulary.cues import LIST_MARK

# "perundang-" / "undangan": the hyphen belongs to the word, so no space.
WORD_HYPHEN_END = re.compile(r"[^\W\d_]-$")
RANGE_HYPHEN_END = re.compile(r"\d-$")  # a range's hyphen ('A (70-' / '75)'), when a figure goes on after it


def clean_line(line: str) -> str:
    """One printed line with its runs of white space folded to single spaces."""
    return " ".join(line.split())  # str.split folds the same white space as r"\s+"


# A figure grouped by thousands ("12.500.000.000"), possibly cut short inside a group.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})*(?:\.\d{0,3})?")
_FIGURE_END = re.compile(r"[\d.]*$")


def bracket_open(text: str) -> bool:
    """Whether `text` opens a bracket it does not close ('20 (94' / 'Temuan)'): it goes on."""
    return text.count("(") > text.count(")")


# Words a Roman numeral follows ("Semester I", "Triwulan II", "Eselon III"): after one, a lone "I"
# is a numeral, not a speck or a rule's remnant read as a letter.
ROMAN_NUMBERED = frozenset({"semester", "triwulan", "tahap", "eselon", "golongan", "angkatan", "bab", "lampiran"})
ROMAN = re.compile(r"[IVX]{1,4}")
CURRENCY_ALONE = re.compile(r"Rp\.?", re.IGNORECASE)  # a currency printed apart from its amount
# the end of a figure a narrow column cut inside a group of digits ('447.000.000.', '47.900.000.0'): it goes
# on with the next line's digits; a decimal's ',95' does not ('68,95' is whole)
CUT_FIGURE = re.compile(r"(\d\.\d{0,2}|\d[.,])$")


def figure_goes_on(text: str, line: str) -> bool:
    """Whether `line` finishes the figure `text` left open: a grouped figure broken inside
    ('Rp 12.500.00' / '0.000'), a bracket left open ('20 (94' / 'Temuan)'), or the currency
    printed alone above its amount ('Rp' / '56.100.000.000')."""
    return wraps_inside_number(text, line) or bracket_open(text) \
        or bool(CURRENCY_ALONE.fullmatch(text.strip())) and line[:1].isdigit()


def wraps_inside_number(text: str, line: str) -> bool:
    """'Rp 12.500.00' / '0.000': a narrow column broke a grouped figure, so its pieces join.

    Only when a piece shows the '.' grouping and together they still read as one grouped
    figure: two figures on two lines ('2023' / '2024', '1.000' / '2.000') stay apart.
    """
    if not (text[-1:].isdigit() or text.endswith(".")):
        return False  # the common case, told before the regex: no figure ends the text
    head, tail = _FIGURE_END.search(text)[0], line.split(" ", 1)[0]  # type: ignore[index]
    if not (head[-1:].isdigit() or head.endswith(".")) or not tail[:1].isdigit() and not tail.startswith("."):
        return False
    if "." not in head and not tail.startswith("."):
        return False
    return bool(_GROUPED.fullmatch(head + tail))


# A line opening with one lowercase letter standing alone ("a Produksi", "u/kab/kota)"): no
# Indonesian word is one letter, so it is the tail of the word a narrow column broke ("Meningkatny").
_BROKEN_WORD_TAIL = re.compile(r"^[a-z](?=[ /]|$)")


def wraps_inside_word(text: str, line: str) -> bool:
    """'Meningkatny' / 'a Produksi': the line goes on with the last word of the text."""
    return text[-1:].isalpha() and text[-1:].islower() and bool(_BROKEN_WORD_TAIL.match(line))


def wraps_after_slash(text: str, line: str) -> bool:
    """'(pelaku/' / 'kab/kota)': writers break a word after its slash, which a space never follows."""
    return len(text) > 1 and text.endswith("/") and not text[-2].isspace() and line[:1].isalnum()


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines with one space; a line ending in a word's hyphen or slash, a range's hyphen
    before a figure, or inside a grouped figure or a word, joins without one."""
    if len(lines) == 1:  # most cells hold one line
        return clean_line(lines[0])
    text = ""
    for line in map(clean_line, lines):
        if not line:
            continue
        if not text:
            text = line
        elif WORD_HYPHEN_END.search(text) or RANGE_HYPHEN_END.search(text) and line[:1].isdigit() \
                or wraps_inside_number(text, line) or wraps_inside_word(text, line) or wraps_after_slash(text, line):
            text += line
        else:
            text += " " + line
    return text


# "1. ...", "2) ...", "a. ...", "- ...", "• ...": an item of a listed cell.
_ITEM_START = re.compile(rf"^(\d{{1,2}}[.)]|[a-z][.)]|{LIST_MARK})(\s+|$)")  # a marker alone: its words did not fit


def starts_item(line: str) -> bool:
    """Whether a line opens a listed item ('1. ...', 'a. ...', '- ...')."""
    return item_text(line) is not None


def item_text(line: str) -> str | None:
    """A listed item's text after its marker ('1. Penyusunan ...' -> 'Penyusunan ...'); None when
    the line opens no item."""
    match = _ITEM_START.match(line := line.strip())
    return line[match.end():] if match else None


def inside_items(lines: Sequence[str]) -> set[int]:
    """The lines (indices) opening no item between an item and the next one of its list ('4)
    Pembangunan Sistem' / 'Penyediaan Air Minum' / '5) ...'): they go on with the item above, for
    a list does not stop for an entry without a marker and take up its count again. A capital after
    a full line opens nothing there. So does the line under a marker standing alone ('c.' /
    'Pemasangan rambu ...': its words did not fit beside it). `lines`: one cell's column, the lines
    of one row (two rows' lists may open with one bullet)."""
    items = [i for i, line in enumerate(lines) if starts_item(line)]
    inside = {k for i, j in zip(items, items[1:]) if j > i + 1 and item_follows(lines[i], lines[j])
              for k in range(i + 1, j)}
    return inside | {i + 1 for i in items if i + 1 < len(lines) and item_text(lines[i]) == "" and i + 1 not in items}


def item_follows(first: str, then: str) -> bool:
    """Whether the item `then` opens is the one after the item `first` opens: '2.' after '1.',
    'b)' after 'a)', a bullet after the same bullet."""
    one, two = _ITEM_START.match(first.strip()), _ITEM_START.match(then.strip())
    if not one or not two:
        return False
    a, b = one.group(1), two.group(1)
    if len(a) == 1 or len(b) == 1:  # bullets and dashes: the same mark
        return a == b
    if a[-1] != b[-1]:  # '1.' and '2)' are two lists
        return False
    if a[:-1].isdigit() and b[:-1].isdigit():
        return int(b[:-1]) == int(a[:-1]) + 1
    return a[:-1].isalpha() and b[:-1].isalpha() and ord(b[0]) == ord(a[0]) + 1


_WORD = re.compile(r"\w+")
# Each ASCII character that is no word character (\w: letters, digits, '_') as a blank: splitting
# ASCII text at blanks then reads the tokens _WORD finds, many times faster than the regex.
_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})


def words_of(text: str) -> list[str]:
    """Word tokens for comparing printed and extracted text (hyphens and punctuation split)."""
    text = text.lower()
    return text.translate(_ASCII_NON_WORD).split() if text.isascii() else _WORD.findall(text)
