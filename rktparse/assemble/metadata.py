"""Document metadata from the text around the table: title block and signature block."""

from __future__ import annotations

import datetime as dt
import re

from rktparse.assemble.text import clean_line
from rktparse.grid import PageText
from rktparse.models import DocumentInfo, Signatory

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
_PLACE_DATE = re.compile(
    rf"^(?P<place>[A-Z][\w .'-]*?)\s*,\s*(?P<day>\d{{1,2}})?\s*(?P<month>{_MONTH})?\s*(?P<year>(19|20)\d{{2}})$",
    re.IGNORECASE,
)
_NIP = re.compile(r"^NIP\s*\.?\s*:?\s*(?P<nip>\d[\d ]{12,}\d)$", re.IGNORECASE)
_YEAR = re.compile(r"\bTAHUN(?: ANGGARAN)?\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# Words that name the kind of document, not the agency.
_DOCUMENT_KIND = re.compile(
    r"RENCANA KINERJA TAHUNAN( \(RKT\))?|PERJANJIAN KINERJA|TARGET KINERJA|"
    r"INDIKATOR KINERJA UTAMA( \(IKU\))?|RENCANA KERJA( \(RENJA\))?|\(RKT\)|\bRKT\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^lampiran\b", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(halaman|hal\.?|page)?\s*\d{1,3}(\s*(dari|/|of)\s*\d{1,3})?$", re.IGNORECASE)
# Ranks printed under a signer's name ("Pembina Utama Madya", "Penata Tk. I").
_RANK = re.compile(r"^(pembina|penata|pengatur|juru)\b", re.IGNORECASE)
_POSITION = re.compile(
    r"^(plt\.?|plh\.?|pj\.?|kepala|sekretaris|inspektur|gubernur|wakil|bupati|walikota|wali kota|"
    r"ketua|direktur|kabag|camat|lurah|asisten|menteri|rektor|dekan|komisioner)\b",
    re.IGNORECASE,
)


def is_page_furniture(line: str) -> bool:
    """Page numbers and similar lines that are neither title nor signature."""
    return bool(_PAGE_NUMBER.match(line))


def title_lines(text: PageText | None) -> list[str]:
    if text is None:
        return []
    lines = [clean_line(line) for line in text.above]
    return [line for line in lines if line and not _ANNEX.match(line) and not is_page_furniture(line)]


def agency_from_title(title: str) -> str | None:
    rest = _DOCUMENT_KIND.sub(" ", title)
    rest = _YEAR.sub(" ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" -,")
    return rest or None


def parse_place_date(line: str) -> tuple[str, dt.date | None, int] | None:
    """(place, date or None when day/month are blank, year) of a 'Kupang, 5 Januari 2024' line."""
    match = _PLACE_DATE.match(line)
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


def signatory_from_lines(lines: list[str]) -> tuple[Signatory, str | None]:
    """The signer (position, name, NIP) and the agency line(s) of a signature block.

    `lines` are those after the place-and-date line, top to bottom.
    """
    nip_index = next((i for i, line in enumerate(lines) if _NIP.match(line)), None)
    nip = _NIP.match(lines[nip_index])["nip"] if nip_index is not None else None  # type: ignore[index]
    body = lines[:nip_index] if nip_index is not None else lines
    while body and _RANK.match(body[-1]):
        body = body[:-1]
    if not body:
        return Signatory(nip=nip), None
    name, above = body[-1], body[:-1]
    start = next((i for i, line in enumerate(above) if _POSITION.match(line)), max(len(above) - 1, 0))
    position = " ".join(above[start:]) or None
    agency = " ".join(above[:start]) or None
    return Signatory(position=position, name=name, nip=nip), agency


def texts_to_info(texts: list[PageText]) -> DocumentInfo:
    """Title, agency, year, place, date and signatory from the pages' text around the tables."""
    first = min(texts, key=lambda t: t.page, default=None)
    title_parts = title_lines(first)
    title = " ".join(title_parts) or None
    info = DocumentInfo(title=title, agency=agency_from_title(title) if title else None)
    if title and (match := _YEAR.search(title) or _ANY_YEAR.search(title)):
        info.year = int(match.group(1))
    below = [clean_line(line) for t in sorted(texts, key=lambda t: t.page) for line in t.below]
    below = [line for line in below if line and not is_page_furniture(line)]
    for index, line in enumerate(below):
        parsed = parse_place_date(line)
        if parsed is None:
            continue
        info.place, info.date, year = parsed
        info.year = info.year or year
        info.signatory, signature_agency = signatory_from_lines(below[index + 1:])
        info.agency = info.agency or signature_agency
        break
    return info
