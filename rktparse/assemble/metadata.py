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
    rf"^(?P<place>[A-Z][\w .'-]*?)\s*[,.]\s*(?P<day>\d{{1,2}})?\s*(?P<month>{_MONTH})?\s*(?P<year>(19|20)\d{{2}})$",
    re.IGNORECASE,
)
_NIP = re.compile(r"^NIP\s*\.?\s*:?\s*(?P<nip>\d[\d ]{12,}\d)$", re.IGNORECASE)
# A year, not a period such as "2013-2018".
_YEAR = re.compile(r"\bTAHUN(?: ANGGARAN)?\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<![-–/\d])\b((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)")
# Words that name the kind of document, not the agency.
_DOCUMENT_KIND = re.compile(
    r"RENCANA KINERJA TAHUNAN( \(RKT\))?|PERJANJIAN KINERJA|TARGET KINERJA|"
    r"INDIKATOR KINERJA UTAMA( \(IKU\))?|RENCANA KERJA( \(RENJA\))?|\(RKT[^)]*\)|\bRKT\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^lampiran\b", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(halaman|hal\.?|page)?\s*-?\s*\d{1,3}\s*-?(\s*(dari|/|of)\s*\d{1,3})?$", re.IGNORECASE)
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


# Title words: the kind of document ("RENCANA KINERJA TAHUNAN", "PERJANJIAN KINERJA").
_TITLE_KIND = re.compile(r"RENCANA KINERJA|PERJANJIAN KINERJA|TARGET KINERJA|INDIKATOR KINERJA|\bRKT\b|\bIKU\b",
                         re.IGNORECASE)
# Lines of a cover that are not title: addresses, contacts, web.
_CONTACT = re.compile(r"@|www\.|https?:|\b(telp|tlp|fax|web|email|jl|jalan)\b\.?", re.IGNORECASE)
MAX_TITLE_WORDS = 16


def _capitalised(line: str, share: float) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= share * len(words)


def is_title_line(line: str, title_case: bool = True) -> bool:
    """A line of a title block: short, no contact details, in capitals (or, with
    `title_case`, most words capitalised)."""
    if not 0 < len(line.split()) <= MAX_TITLE_WORDS or _CONTACT.search(line) or is_page_furniture(line):
        return False
    letters = [c for c in line if c.isalpha()]
    capitals = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    # Title Case lines without clause punctuation; in prose, capitalised names come with commas.
    return capitals or (title_case and _capitalised(line, 0.8) and not re.search(r"[,;]", line))


def leading_run(lines: list[str], title_case: bool = True) -> list[str]:
    """The title lines at the start of `lines` (the top of a page)."""
    run = []
    for line in lines:
        if _ANNEX.match(line) or is_page_furniture(line):
            continue  # "Lampiran I" and page numbers stand beside a title, not in it
        if not is_title_line(line, title_case):
            break
        run.append(line)
    return run


def title_lines(texts: list[PageText], table_page: int | None) -> list[str]:
    """The title block: title lines naming the kind of document at the top of the first page
    (a cover, or the table's own page), else right above the first table; else capitals
    right above the table. Narrative paragraphs in between are never a title."""
    by_page = {t.page: [clean_line(line) for line in t.above if clean_line(line)] for t in texts}
    above_table = by_page.get(table_page, []) if table_page is not None else []
    first_page = by_page[min(by_page)] if by_page else []
    candidates = [leading_run(first_page), leading_run(above_table[::-1])[::-1]]
    if table_page == min(by_page, default=None):  # one page: the title right above its table comes first
        candidates.reverse()
    for run in candidates:
        if _TITLE_KIND.search(" ".join(run)):
            return run
    capitals = leading_run(above_table[::-1], title_case=False)[::-1]
    return capitals if len(capitals) <= 3 else []


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


def opens_signature(line: str) -> bool:
    """A 'Kupang, 5 Januari 2024' line (month printed): where a signature block starts, below a table."""
    match = _PLACE_DATE.match(line.strip())
    return match is not None and match["month"] is not None


# A line that carries a position on: "PROVINSI JAWA BARAT" under "KEPALA DINAS ...".
_POSITION_CONTINUES = re.compile(r"^(?i:provinsi|kabupaten|kota|dan|pada|republik)\b|^[a-z]")


def _overlap(line: str, agency: str | None) -> int:
    return len(set(line.upper().split()) & set((agency or "").upper().split()))


def _position_lines(lines: list[str], agency: str | None) -> tuple[int, int] | None:
    """(start, end) of the signer's position: of several ("GUBERNUR ..." beside "KEPALA DINAS ..."
    in a two-party block), the one naming the agency."""
    starts = [i for i, line in enumerate(lines) if _POSITION.match(line)]
    if not starts:
        return None
    start = max(starts, key=lambda i: (_overlap(lines[i], agency), i))
    agency_words = set((agency or "").upper().split())
    end = start + 1
    while end < len(lines) and not _POSITION.match(lines[end]) and (
        _POSITION_CONTINUES.match(lines[end]) or set(lines[end].upper().split()) <= agency_words
    ):
        end += 1
    return start, end


def signatory_from_lines(lines: list[str], agency: str | None = None) -> tuple[Signatory, str | None]:
    """The signer (position, name, NIP) and the agency line(s) of a signature block.

    `lines` are those after the place-and-date line, top to bottom; `agency`
    (from the title) picks the agency's signer in a two-party block, whose
    positions, names and NIPs are printed side by side (left party first).
    """
    nips = [match["nip"] for line in lines if (match := _NIP.match(line))]
    first_nip = next((i for i, line in enumerate(lines) if _NIP.match(line)), len(lines))
    body = lines[:first_nip]
    while body and _RANK.match(body[-1]):
        body = body[:-1]
    if not body:
        return Signatory(nip=nips[0] if nips else None), None
    above = body[:-1]
    span = _position_lines(above, agency)
    if span is None:
        span = (len(above) - 1, len(above)) if above else (0, 0)
    parties = max(1, sum(bool(_POSITION.match(line)) for line in above))
    party = sum(bool(_POSITION.match(line)) for line in above[: span[0]])
    names = body[-parties:] if len(body) > parties else body[-1:]
    name = names[min(party, len(names) - 1)]
    nip = nips[party] if len(nips) == parties else (nips[0] if len(nips) == 1 else None)
    position = " ".join(above[span[0]:span[1]]).rstrip(" ,") or None  # "Kepala Dinas," closes with a comma
    signature_agency = " ".join(above[:span[0]]) or None
    return Signatory(position=position, name=name, nip=nip), signature_agency


def place_date_at(lines: list[str], index: int) -> tuple[tuple[str, dt.date | None, int], int] | None:
    """The place and date starting at `index`, and how many lines they take ("Bandung," / "2016")."""
    if parsed := parse_place_date(lines[index]):
        return parsed, 1
    if index + 1 < len(lines) and lines[index].endswith((",", ".")):
        if parsed := parse_place_date(f"{lines[index]} {lines[index + 1]}"):
            return parsed, 2
    return None


def texts_to_info(texts: list[PageText], table_pages: tuple[int, int] | None = None) -> DocumentInfo:
    """Title, agency, year, place, date and signatory from the pages' text around the tables.

    `table_pages` are the pages of the first and last table: the title block
    stands above the first, the signature block below the last.
    """
    first_page, last_page = table_pages or (None, 0)
    title_parts = title_lines(texts, first_page)
    title = " ".join(title_parts) or None
    named = title is not None and _TITLE_KIND.search(title) is not None
    info = DocumentInfo(title=title, agency=agency_from_title(title) if title is not None and named else None)
    if title and (match := _YEAR.search(title) or _ANY_YEAR.search(title)):
        info.year = int(match.group(1))
    # The signature block follows the table: below it, or on a later page of its own.
    later = [line for t in sorted(texts, key=lambda t: t.page) if t.page >= last_page for line in
             (t.above if t.page > last_page else []) + t.below]
    below = [clean_line(line) for line in later]
    below = [line for line in below if line and not is_page_furniture(line)]
    for index in range(len(below)):
        found = place_date_at(below, index)
        if found is None:
            continue
        (info.place, info.date, year), used = found
        info.year = info.year or year
        info.signatory, signature_agency = signatory_from_lines(below[index + used:], info.agency)
        info.agency = info.agency or signature_agency
        break
    return info
