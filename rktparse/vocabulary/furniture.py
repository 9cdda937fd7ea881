"""The lines around a table that are no part of it: page numbers, and the place and date a signature block opens with."""

from __future__ import annotations

import datetime as dt
import re

from rktparse.vocabulary.text import clean_line

MONTHS = {
    name: number
    for number, names in enumerate(
        [("januari",), ("februari", "pebruari"), ("maret",), ("april",), ("mei",), ("juni",),
         ("juli",), ("agustus",), ("september",), ("oktober",), ("november", "nopember"),
         ("desember",)],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(MONTHS)
# "Kupang, 5 Januari 2024", "Bandung,        Januari 2024", "Bandung,   2016"
_BLANK = r"[\s._…]*"  # a date left blank to be written in by hand: spaces, dots, underscores
PLACE_DATE = re.compile(
    rf"^(?P<place>(?-i:[A-Z])[\w'-]*(?:\s[\w'-]+){{0,2}})\s*[,.]{_BLANK}(?P<day>\d{{1,2}})?{_BLANK}"
    rf"(?P<month>{_MONTH})?{_BLANK}'?(?P<year>(19|20)\d{{2}})$",
    re.IGNORECASE,
)
# A bare number of four figures is more likely a year than a page; a named page may run to thousands; a
# report's chapter numbers its pages in its own numeral ('II-5', 'III - 12').
_PAGE_NUMBER = re.compile(
    r"^((halaman|hal\.?|page)\s*-?\s*\d{1,5}|(?-i:[IVX]{1,4})\s?-\s?\d{1,3}|-?\s*\d{1,3})\s*-?(\s*(dari|/|of)\s*\d{1,5})?$",
    re.IGNORECASE,
)


# 'Tabel 2. Tujuan ...', 'Tabel. 1', 'TABEL Rencana Program ...': a caption, which opens a table; 'Sumber :
# Renstra (2013-2018) ...', 'Sumber data: ...': the note of a table's source, under it
_TABLE_END = re.compile(r"^(?:(?:Tabel|TABEL)\.?\s+(?:\d|[A-Z])|(?:Sumber|SUMBER)(?:\s+[Dd]ata|\s+DATA)?\s*:)")


def ends_table(line: str) -> bool:
    """Whether a line ends a table above it: another table's caption, or the note of its source."""
    return bool(_TABLE_END.match(line.strip()))


def is_page_furniture(line: str) -> bool:
    """Page numbers and similar lines that are neither title nor signature."""
    return bool(_PAGE_NUMBER.match(line))


def parse_place_date(line: str) -> tuple[str, dt.date | None, int] | None:
    """(place, date or None when day/month are blank, year) of a 'Kupang, 5 Januari 2024' line."""
    match = PLACE_DATE.match(line)
    if match is None:
        return None
    year = int(match["year"])
    date = None
    if match["day"] and match["month"]:
        try:
            date = dt.date(year, MONTHS[match["month"].lower()], int(match["day"]))
        except ValueError:
            date = None
    return match["place"].strip(), date, year


def opens_signature(line: str) -> bool:
    """A 'Kupang, 5 Januari 2024' line (month printed): where a signature block starts, below a table."""
    match = PLACE_DATE.match(line.strip())
    return match is not None and match["month"] is not None


def place_date_printed(line: str) -> str | None:
    """The date of a place-and-date line as printed, blank day kept blank: 'Januari 2024' of
    'Bandung,    Januari 2024'."""
    match = PLACE_DATE.match(line)
    return clean_line(re.sub(r"^\s*[,.]", "", line[match.end("place"):])) if match else None
