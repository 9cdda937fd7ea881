"""The few OCR slips in figures (and list bullets) that can be undone with certainty."""

from __future__ import annotations

import re

from rktparse.readers.ocr.words import is_known
from rktparse.vocabulary.text import ROMAN_NUMBERED

# A figure read with letters among its digits: a word of digits, separators and the letters
# Tesseract takes for 0 and 1 that starts with a digit and either ends with a digit or "%",
# or is grouped in thousands ("1.5OO.OOO": every group has three places).
_FIGURE = re.compile(r"(?<![^\s(])(?:\d[\dOoIl]{0,2}(?:[.,][\dOoIl]{3})+|\d[\d.,OoIl]*[\d%])(?![^\s),;])")
_ZERO_ONE = str.maketrans("OoIl", "0011")
# What Tesseract makes of a "%" (Arial's small rings) standing after a figure or alone in a cell.
# What Tesseract makes of a "•" opening a cell line (it has no bullet glyph to read it as).
_BULLET = re.compile(r"^[»«¢°“”\"](?=\s+\S)")  # (a quote before a blank opens nothing)
# "Yo" (or "Ye", reporting scan 1,000,498) is Tesseract's "%" anywhere it stands as a word of its own
# (neither is an Indonesian word): in brackets after an indikator's name, "(Yo)", or in a header, "Target Yo";
# or glued to a figure as print sets a "%" ("77,86Yo", reporting scan 1,000,703).
PERCENT_READINGS = ("yo", "ye", "o/o", "0/0", "°/o", "%o")
_PERCENT = re.compile(rf"(?:(?<=\d )|^)(?:{'|'.join(PERCENT_READINGS)})(?=$|[\s),;])|(?<![^\s(\d])Y[oe](?=$|[\s),;])")
# A "(%)" after a word ("Target (%)", an indikator's "... terlayani (%)") read "(96)" or "(90)": a
# bracketed figure of its own after a name is no unit print gives; or "(Fo)" (reporting scan 1,001,971).
_BRACKETED_PERCENT = re.compile(r"(?<=[^\W\d_] \()(?:96|90|Fo)(?=\))")
# A Roman "I" or "II" before a small word ("Semester I dan") read as the upright strokes Tesseract
# reads a rule's remnant as. Before a capital it may be that remnant: a rule a scan lost between two
# header names ("Sasaran | Indikator") is read so.
_NUMERAL = re.compile(r"(?<=[^\W\d_] )\|{1,2}(?= [a-z])")
# The same numeral read as small letters after a word a Roman numeral follows ("Semester i dan",
# "Semester t dan", "Tahap ll"): none is a word there.
_SMALL_NUMERAL = re.compile(rf"(?<!\S)((?i:{'|'.join(sorted(ROMAN_NUMBERED))})) ([il]{{1,2}}|t)(?=$|[\s,.;)])")
_NUMERAL_CLOSING = re.compile(r"(?<=[^\W\d_] )\|{1,2}$")  # the same closing a line the next goes on from
_NUMERAL_OPENING = re.compile(r"^\|{1,2}(?= [a-z])")  # or opening one under the word it follows
# "(Rp)", the rupiah a budget column's header names, with its "p)" read as one "m", or its ")" lost
# at a line's end (where no figure follows it).
_RUPIAH = re.compile(r"(?<!\S)\((?:Rm\)?|Rp$)(?=$|\s)")
# A "/" between two words ("Program/Kegiatan", "kabupaten/kota") that Tesseract read with an upright
# stroke beside it ("PROGRAMI/KEGIATAN") or as that stroke alone ("PROGRAMIKEGIATAN").
_STROKES = "Il1|"
_SLASH_READINGS = tuple(f"{stroke}/" for stroke in _STROKES) + tuple(f"/{stroke}" for stroke in _STROKES) \
    + tuple(_STROKES)
# Column names a header cell prints whole, and the glyphs Tesseract reads a faint or broken letter of
# them as: a "T" whose bar the scan thinned is a "1" or "|" ("Ke 1 ERANGAN" for "KETERANGAN").
COLUMN_NAMES = ("KETERANGAN", "SATUAN", "ANGGARAN", "KONDISI AWAL", "SASARAN", "INDIKATOR", "TARGET", "KEGIATAN",
                "PROGRAM", "CAPAIAN", "REALISASI", "LOKASI", "SUMBER DANA", "URAIAN", "TUJUAN")
_LETTER_READINGS = {"1": "TIL", "|": "TIL", "l": "TI", "0": "O", "5": "S", "8": "B"}
# A header's "Target %" read "Target 9" or "Target 96": no header counts by a lone figure after a name.
_NAME_PERCENT = re.compile(r"(.*[^\W\d_]) (?:9|96)")
# A name and the year or unit in brackets it names its column by ('Capaian 2025', 'Target (%)')
_NAME_AND_TAIL = re.compile(r"(.*?\S)((?: (?:\(?(?:19|20)\d{2}\)?|\([^()]*\)|%))+)")
PERCENT_NAMES = ("TARGET", "CAPAIAN", "REALISASI", "KONDISI AWAL")  # the columns a header marks in %
MIN_SLASHED = 3  # letters of each word either side of a "/" read
MIN_JOINED = 4  # and of a stroke read instead of it ("kuailtas", a misspelt "kualitas", is no "kuai/tas")


def fix_ocr_slips(text: str) -> str:
    """`text` with the certain misreadings fixed; every other character kept.

    "1OO%" -> "100%", "2O24" -> "2024", "1l.5OO" -> "11.500" (O/o for 0 and l/I
    for 1 inside a figure; "12O" is left alone, nothing shows it is a figure);
    "97 Yo" -> "97 %" and "Yo" -> "%" (a "%" lookalike after a figure or alone,
    as under a Satuan header); "Target (96)" or "(Fo)" -> "Target (%)"; "Semester | dan" or "Semester i dan" -> "Semester I dan"; "Anggaran (Rm" -> "Anggaran (Rp)"; "» Penagihan ..." ->
    "• Penagihan ..." (a bullet opening a line, read as a sign no cell line starts with). A word is
    never split or merged, so the fixed text has as many words as the raw one.
    """
    text = _FIGURE.sub(lambda found: found.group().translate(_ZERO_ONE), text)
    text = " ".join(_slash(word) for word in text.split(" "))
    text = _NUMERAL.sub(lambda found: "I" * len(found.group()), _BRACKETED_PERCENT.sub("%", text))
    text = _SMALL_NUMERAL.sub(lambda found: f"{found.group(1)} {'I' * len(found.group(2))}", text)
    return _BULLET.sub("•", _RUPIAH.sub("(Rp)", _PERCENT.sub("%", text)))


def fix_wrapped_numerals(lines: list[str]) -> list[str]:
    """A cell's lines with a Roman "I" or "II" read as upright strokes at a wrap: closing a line where
    the next goes on with a small word ("Semester |" / "dan Laporan Keuangan"), or opening a line
    before a small word under one ending on a word a numeral follows ("Semester" / "| dan Laporan"):
    as within a line. A stroke before a capital, or closing the cell, is left (a rule's remnant may
    stand there)."""
    closed = [_NUMERAL_CLOSING.sub(lambda found: "I" * len(found.group()), line) if after[:1].islower() else line
              for line, after in zip(lines, [*lines[1:], ""])]
    return [_NUMERAL_OPENING.sub(lambda found: "I" * len(found.group()), line) if numbered(before) else line
            for before, line in zip(["", *closed], closed)]


def numbered(line: str) -> bool:
    """Whether the line ends on a word a Roman numeral follows ('Semester')."""
    return bool(words := line.split()) and words[-1].lower() in ROMAN_NUMBERED


def _slash(word: str) -> str:
    """"PROGRAMI/KEGIATAN" and "PROGRAMIKEGIATAN" -> "PROGRAM/KEGIATAN": only where the word as read is
    no word (without its "/"), an upright stroke stands at the slash's place, and the letters either
    side of it are two known words."""
    if len(word) < 2 * MIN_SLASHED + 1 or not word.isascii() or is_known(word.replace("/", "")):
        return word
    for reading in _SLASH_READINGS:
        start = word.find(reading)
        while start >= 0:
            left, right = word[:start], word[start + len(reading):]
            shortest = MIN_SLASHED if "/" in reading else MIN_JOINED
            if all(len(part) >= shortest and part.isalpha() and is_known(part) for part in (left, right)):
                return f"{left}/{right}"
            start = word.find(reading, start + 1)
    return word


def column_name(text: str) -> str | None:
    """The column name a header cell's reading spells but for spaces, case and a figure or stroke
    read for a letter ("Ke 1 ERANGAN" -> "KETERANGAN"), in the case most of its letters are read
    in; a name read closing on a comma closes on a point ("KET," -> "KET.": a header names a
    column, it closes no clause, and a small point reads as a comma where the scan gives it a tail);
    a name and a lone "9" or "96" is the name and "%" ("Target 9" -> "Target %"); a year or a unit
    in brackets after the name is kept; None when it spells one as read, or none."""
    if text.endswith(",") and text[-2:-1].isalpha():
        return text[:-1] + "."
    if (found := _NAME_PERCENT.fullmatch(text)) and found.group(1).upper() in PERCENT_NAMES:
        return f"{found.group(1)} %"
    if (named := _NAME_AND_TAIL.fullmatch(text)) and (name := column_name(named.group(1))) is not None:
        return name + named.group(2)  # 'Capalan 2025' -> 'Capaian 2025' (development scan 325)
    read = text.replace(" ", "")
    for name in COLUMN_NAMES:
        spelt = name.replace(" ", "")
        if len(read) == len(spelt) and read.upper() != spelt and all(
                a.upper() == b or b in _LETTER_READINGS.get(a, "") for a, b in zip(read, spelt)):
            capitals = sum(char.isupper() for char in read) * 2 >= sum(char.isalpha() for char in read)
            return name if capitals else name.title()
    return None
