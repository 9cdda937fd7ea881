"""Document metadata from the text around the table: title block and signature block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from rktparse.assemble.signature import (
    POSITION,
    TextLine,
    agreement_parties,
    block_to_signers,
    is_party_label,
    nip_doubt,
    with_agreement,
)
from rktparse.grid import PageText
from rktparse.models import DocumentInfo, DocumentKind, FieldLines, FieldPlace, Signatory, Warning
from rktparse.vocabulary.furniture import PLACE_DATE, is_page_furniture, parse_place_date, place_date_printed
from rktparse.vocabulary.text import clean_line

# A year, not a period such as "2013-2018".
_YEAR = re.compile(r"\bTAHUN(?: ANGGARAN)?\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<![-–/\d])\b((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)")
_PERIOD = re.compile(r"(?:\bTAHUN\s+)?\b(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}\b", re.IGNORECASE)  # "2013 – 2018": not a year
# Words that name the kind of document, not the agency.
_DOCUMENT_KIND = re.compile(
    r"RENCANA KINERJA TAHUNAN( \(RKT\))?|(PERNYATAAN )?PERJANJIAN KINERJA|\bPERNYATAAN\b|RENCANA AKSI( KINERJA)?|TARGET KINERJA|"
    r"INDIKATOR KINERJA UTAMA( \(IKU\))?|RENCANA KERJA( \(RENJA\))?|\(RKT[^)]*\)|\bRKT\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^lampiran\b", re.IGNORECASE)
# Title words: the kind of document ("RENCANA KINERJA TAHUNAN", "PERJANJIAN KINERJA").
_TITLE_KIND = re.compile(r"RENCANA KINERJA|PERJANJIAN KINERJA|TARGET KINERJA|INDIKATOR KINERJA|RENCANA AKSI|"
                         r"RENCANA KERJA|\bRKT\b|\bIKU\b|\bRENJA\b", re.IGNORECASE)
# Lines of a cover that are not title: addresses, contacts, web.
_CONTACT = re.compile(r"@|www\.|https?:|\b(telp|tlp|fax|web|email|jl|jalan)\b\.?", re.IGNORECASE)
MAX_TITLE_WORDS = 16


def _capitalised(line: str, share: float) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= share * len(words)


# "Dr.", "H.", "M.Si", "S.H.,": abbreviations of degrees and honorifics around a person's name.
_ABBREVIATION = re.compile(r"^[A-Za-z]{1,3}\.([A-Za-z]{1,3}\.?)*,?$")


def is_personal_name(line: str) -> bool:
    """'Dr. H. ANTON GUSTONI M.Si': a name with its degrees, never a title."""
    return sum(bool(_ABBREVIATION.match(word)) for word in line.split()) >= 2


def is_title_line(line: str, title_case: bool = True) -> bool:
    """A line of a title block: short, no contact details, in capitals (or, with
    `title_case`, most words capitalised)."""
    if not 0 < len(line.split()) <= MAX_TITLE_WORDS or _CONTACT.search(line) or is_page_furniture(line) \
            or is_field(line) or is_personal_name(line):
        return False
    letters = [c for c in line if c.isalpha()]
    capitals = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    # Title Case lines without clause punctuation; in prose, capitalised names come with commas.
    return capitals or (title_case and _capitalised(line, 0.8) and not re.search(r"[,;]", line))


def is_kind_title(line: str) -> bool:
    """A title line naming a kind of document ('RENCANA KINERJA TAHUNAN ...'): where one opens."""
    return bool(_TITLE_KIND.search(line)) and is_title_line(line, title_case=False)


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
    by_page = {t.page: [line.text for line in page_lines(t, "above")] for t in texts}
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


# A labelled line of a title block: "1. Nama Unit Organisasi : Dinas ...", "TUGAS : Melaksanakan ...".
_FIELD = re.compile(r"^(?:\d{1,2}[.)]\s*)?(?P<label>(?-i:[A-Z])[\w ./()-]{1,40}?)\s*:\s*(?P<value>.*)$")
MAX_LABEL_WORDS = 5
PROSE_WORDS = 12  # a line this long, outside a field, is running text: a title block's fields stand before it
_AGENCY_FIELD = re.compile(r"unit organisasi|perangkat daerah|\bopd\b|\bskpd\b|instansi|unit kerja", re.IGNORECASE)
# "PROVINSI JAWA BARAT PROVINSI JAWA BARAT": a line printed twice over (fake bold) read as one.
_DOUBLED = re.compile(r"\b(\S+(?:\s+\S+)+)\s+\1\b")
# What an agency's name starts with, after the head's title ("KEPALA DINAS ..." -> "DINAS ...").
_AGENCY_NOUN = re.compile(r"\b(?i:dinas|badan|biro|inspektorat|sekretariat|komisi|kantor|satuan|rumah sakit|rsud|"
                          r"lembaga|kecamatan|kelurahan|balai|pusat|direktorat|kementerian|puskesmas|uptd?|"
                          r"bappeda|bapenda|bkpsdm)\b")
# A unit inside an agency ('BIDANG PRODUKSI', 'SEKSI DATA DAN INFORMASI'), headed by a PK's signer.
_UNIT = re.compile(r"\b(?i:bidang|seksi|bagian|sub ?bagian|sub ?bidang|unit)\b")
_HEAD = re.compile(r"^(plt\.?|plh\.?|pj\.?|kepala|ketua|sekretaris|direktur)\s+", re.IGNORECASE)
# "T A H U N 2 0 1 6": letters set apart for show.
_LETTER_SPACED = re.compile(r"\b(?:\w ){3,}\w\b")


def unspaced(line: str) -> str:
    """A line with its letter-spaced words closed up ('T A H U N 2 0 1 6' -> 'TAHUN 2016')."""
    def close(match: re.Match[str]) -> str:
        return re.sub(r"(?<=[^\W\d])(?=\d)", " ", match.group().replace(" ", ""))
    return _LETTER_SPACED.sub(close, line)


def tidy_title(lines: list[str]) -> list[str]:
    """Title lines without what repeats: a line printed twice over ('... PROVINSI JAWA BARAT
    PROVINSI JAWA BARAT'), and closing lines whose words the title has said already (a
    publisher's line 'BP3AKB PROVINSI JAWA BARAT' under the title)."""
    lines = [_DOUBLED.sub(r"\1", unspaced(line)) for line in lines]
    while len(lines) > 1 and words_in(lines[-1]) <= words_in(" ".join(lines[:-1])):
        lines = lines[:-1]
    return lines


def words_in(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.upper()))


def is_field(line: str) -> bool:
    match = _FIELD.match(line)
    return match is not None and len(match["label"].split()) <= MAX_LABEL_WORDS


def undoubled(lines: list[TextLine]) -> list[TextLine]:
    """The lines without those printed twice a hair apart (fake bold): the same text as the
    line before, their boxes overlapping. Without boxes a line repeated stays: two columns
    of a signature block print the same line side by side."""
    kept: list[TextLine] = []
    for line in lines:
        last = kept[-1] if kept else None
        if last is not None and last.text == line.text and last.box is not None and line.box is not None and (
                line.box.top < last.box.bottom and line.box.x0 < last.box.x1 and last.box.x0 < line.box.x1):
            continue
        kept.append(line)
    return kept


# Where a line without boxes holds two columns: a tab or a wide run of spaces, or a comma
# between two positions ("GUBERNUR, Kepala Dinas ...,").
_COLUMN_GAP = re.compile(r"\t+|\s{3,}")
_TWO_POSITIONS = re.compile(r",\s+(?=\S)")


def split_unboxed(line: str) -> list[str]:
    """A line of a reader without positions cut where it holds side-by-side columns."""
    parts = [part for part in _COLUMN_GAP.split(line) if part.strip()]
    cut: list[str] = []
    for part in parts:
        pieces = _TWO_POSITIONS.split(part.strip())
        if len(pieces) == 2 and all(POSITION.match(piece) for piece in pieces):
            cut += [pieces[0] + ",", pieces[1]]
        else:
            cut.append(part)
    return cut


def page_lines(text: PageText, where: Literal["above", "below"]) -> list[TextLine]:
    """A page's lines above or below its tables, cleaned, with their boxes where the reader gave them."""
    lines, boxes = (text.above, text.above_boxes) if where == "above" else (text.below, text.below_boxes)
    if len(boxes) != len(lines):
        boxes = [None] * len(lines)
    found = [TextLine(clean_line(line), text.page, box) if box is not None else TextLine(clean_line(part), text.page)
             for line, box in zip(lines, boxes, strict=True) for part in ([line] if box else split_unboxed(line))]
    return undoubled([line for line in found if line.text])


def title_block_fields(lines: list[str]) -> dict[str, str]:
    """The labelled lines of a title block ('1. Nama Unit Organisasi : Dinas ...'), a value's
    wrapped lines joined; a label and its ': value' printed apart (two runs) are one line. The
    block ends where running text begins."""
    joined: list[str] = []
    for line in (line for line in lines if not _CONTACT.search(line)):
        if joined and line.startswith(":") and not is_field(joined[-1]) and len(joined[-1].split()) <= MAX_LABEL_WORDS:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    fields: dict[str, str] = {}
    label = None
    for line in joined:
        if is_field(line) and (match := _FIELD.match(line)):
            label = clean_line(match["label"]).rstrip(" .")
            fields[label] = match["value"].strip()
        elif label is not None and not is_title_line(line, title_case=False):
            fields[label] = f"{fields[label]} {line}".strip()
        elif len(unspaced(line).split()) >= PROSE_WORDS:
            break  # running text (an agreement's opening): its 'Nama : ...' lines name parties, not fields
        else:
            label = None
    return fields


def agency_from_title(lines: list[str], named: bool) -> str | None:
    """The title's words that are neither the kind of document, nor a year, nor a position
    ('KEPALA BIDANG ...' under the agency names the signer, not the agency), from the first
    word that opens an agency's name ('TABEL 2.1 MATRIK ... DINAS X' gives 'DINAS X'). A
    title naming no kind of document gives an agency only where such a word opens one."""
    rest = " ".join(line for line in lines if not POSITION.match(line))
    rest = _YEAR.sub(" ", _DOCUMENT_KIND.sub(" ", _PERIOD.sub(" ", rest)))
    rest = re.sub(r"\s+", " ", rest).strip(" -,")
    opening = _AGENCY_NOUN.search(rest) or _UNIT.search(rest)
    if opening is not None:
        return rest[opening.start():].strip(" -,")
    return rest if named and len(rest.split()) >= 2 else None  # 'LKIP' alone names no agency


_REGION = re.compile(r"^(?:provinsi|kabupaten|kota)\b", re.IGNORECASE)


def letterhead(agency: str | None, lines: list[str]) -> list[str]:
    """For an agency named without its region ('DINAS X', as a table heading names it), the line naming
    it with the region printed under it elsewhere (a letterhead's 'DINAS X' / 'PROVINSI JAWA BARAT'),
    which name the same agency in full; empty when none do or the agency names its region."""
    if agency is None or re.search(r"\b(?i:provinsi|kabupaten|kota)\b", agency):
        return []
    for line, below in zip(lines, lines[1:]):
        if line.strip().upper() == agency.upper() and _REGION.match(below.strip()):
            return [line.strip(), below.strip()]
    return []


def agency_from_position(position: str | None) -> str | None:
    """The agency a head's position names: 'KEPALA DINAS KESEHATAN PROVINSI JAWA BARAT' ->
    'DINAS KESEHATAN PROVINSI JAWA BARAT'; 'KEPALA SEKSI DATA DINAS X' -> 'DINAS X'; a unit
    that names no agency ('Kepala Bidang Produksi') -> the unit, 'Bidang Produksi'."""
    rest = _HEAD.sub("", position or "", count=1)
    if rest == position:
        return None
    opening = _AGENCY_NOUN.search(rest) or _UNIT.match(rest)
    return rest[opening.start():] if opening is not None else None


def agency_of_signers(signatory: Signatory, superior: Signatory | None) -> str | None:
    """The agency the signatory's position names; for the head of one of its units ('Kepala
    Bidang Produksi'), the agency of the superior ('Kepala Dinas Peternakan ...') when it names one."""
    own = agency_from_position(signatory.position)
    above = agency_from_position(superior.position if superior else None)
    return above if own and _UNIT.match(own) and above and not _UNIT.match(above) else own or above


_KINDS = [
    (DocumentKind.PK, re.compile(r"PERJANJIAN\s+KINERJA|PERNYATAAN\s+KINERJA", re.IGNORECASE)),
    (DocumentKind.RENCANA_AKSI, re.compile(r"RENCANA\s+AKSI", re.IGNORECASE)),
    (DocumentKind.IKU, re.compile(r"INDIKATOR\s+KINERJA\s+UTAMA|\bIKU\b", re.IGNORECASE)),
    (DocumentKind.RKT, re.compile(r"RENCANA\s+KINERJA\s+TAHUNAN|\bRKT\b", re.IGNORECASE)),
    (DocumentKind.RENJA, re.compile(r"RENCANA\s+KERJA\b|\bRENJA\b", re.IGNORECASE)),
]
_QUARTER = re.compile(r"^(tw|trw|triwulan|tri wulan)\b", re.IGNORECASE)
_IKU_COLUMN = re.compile(r"penjelasan|formulasi|sumber data|cara pengukuran", re.IGNORECASE)
_TARGET = re.compile(r"\btarget\b", re.IGNORECASE)
_PARTIES = re.compile(r"\bPIHAK\s*(KESATU|KEDUA)\b", re.IGNORECASE)


# A report's chapter or section heading ("BAB II", "II. PERENCANAAN ...", "2.1. Rencana ..."),
# whose words name the chapter's subject, not the kind of document.
_CHAPTER = re.compile(r"^(BAB\s+[IVX\d]+\b|[IVX]{1,4}\.\s|\d+(\.\d+)+\.?\s)", re.IGNORECASE)


def document_kind(title: str | None, headers: list[str], texts: list[str]) -> DocumentKind:
    """The kind the title names first ('RKT dan Renja' is an RKT), unless it is a chapter
    heading; else what the columns say (quarterly targets: a Rencana Aksi; an explanation or
    data source and no target: an IKU); else a PK when the text names its two parties."""
    title = None if title is None or _CHAPTER.match(title) else title
    named = [(match.start(), kind) for kind, pattern in _KINDS if (match := pattern.search(title or ""))]
    if named:
        return min(named, key=lambda found: found[0])[1]
    if any(_QUARTER.match(header) for header in headers):
        return DocumentKind.RENCANA_AKSI
    if any(_IKU_COLUMN.search(header) for header in headers) and not any(_TARGET.search(h) for h in headers):
        return DocumentKind.IKU
    if any(_PARTIES.search(line) for line in texts):
        return DocumentKind.PK
    return DocumentKind.UNKNOWN


# A decree's place and date: "Ditetapkan di : Bandung" over "Pada tanggal : 3 Januari 2017" (or blank).
_ENACTED_AT = re.compile(r"^ditetapkan\s+di\s*:?\s*(?P<place>(?-i:[A-Z])[\w'-]*(?:\s[\w'-]+){0,2})\s*$", re.IGNORECASE)
_ENACTED_ON = re.compile(r"^pada\s+tanggal\s*:?\s*(?P<date>.*)$", re.IGNORECASE)


def enacted_at(lines: list[TextLine], index: int) -> tuple[str, int] | None:
    """A decree's 'Ditetapkan di : Bandung' / 'Pada tanggal : ...' as a place-and-date text
    ('Bandung, 3 Januari 2017'; 'Bandung,' when the date is left blank), and its lines."""
    place = _ENACTED_AT.match(lines[index].text.strip())
    on = _ENACTED_ON.match(lines[index + 1].text.strip()) if place and index + 1 < len(lines) else None
    if place is None or on is None:
        return None
    return clean_line(f"{place['place']}, {on['date']}"), 2


def place_date_at(lines: list[TextLine], index: int) -> tuple[str, int] | None:
    """The place-and-date text starting at `index`, and how many lines it takes ("Bandung," / "2016")."""
    if parse_place_date(lines[index].text):
        return lines[index].text, 1
    if (enacted := enacted_at(lines, index)) is not None:
        return enacted
    if index + 1 < len(lines) and ("," in lines[index].text or lines[index].text.endswith(".")):
        text = f"{lines[index].text} {lines[index + 1].text}"
        if parse_place_date(text):
            return text, 2
    return None


def signature_lines(texts: list[PageText], last_page: int) -> list[TextLine]:
    """The lines that may hold the signature block: below the last table, and on later pages
    (the block may wrap onto the next page, or stand on a page of its own)."""
    lines = [line for text in sorted(texts, key=lambda t: t.page) if text.page >= last_page
             for line in (page_lines(text, "above") if text.page > last_page else []) + page_lines(text, "below")]
    return [line for line in lines if not is_page_furniture(line.text)]


@dataclass
class Reading:
    """The document fields read from the text around the tables, and the doubts about them."""

    info: DocumentInfo
    warnings: list[Warning] = field(default_factory=list)
    # where fields were read outside the title and the signature block (the layout keeps them for a copy)
    places: list[FieldLines] = field(default_factory=list)

    def doubt(self, ref: str, message: str) -> None:
        self.warnings.append(Warning(code="document-field-uncertain", ref=ref, message=f"{ref}: {message}"))


MAX_NAME_WORDS = 6
MAX_UNDATED_LINES = 4  # an undated block closing the text: position, name, rank, NIP
MAX_LEAD_LINES = 4  # a party printed before the date line: its position, name and room to sign


def block_below(lines: list[TextLine], index: int, used: int) -> tuple[list[TextLine], list[TextLine]]:
    """The signature block around the place-and-date line(s) `lines[index:index + used]`: the
    lines printed before them that are another party's (level with the date in another column,
    by their boxes; without boxes, a position and name right before the date, as a reader that
    gives one column after the other has them), and the lines after, up to a title that opens
    another document."""
    dated = lines[index + used - 1]
    if dated.box is not None:
        lead = [line for line in lines[:index] if line.box is not None and line.page == dated.page
                and line.box.bottom > dated.box.top and (line.box.x1 <= dated.box.x0 or line.box.x0 >= dated.box.x1)]
    else:
        before = lines[max(0, index - MAX_LEAD_LINES):index]
        opening = next((i for i, line in enumerate(before) if POSITION.match(line.text) or is_party_label(line.text)), None)
        lead = before[opening:] if opening is not None and len(before) - opening >= 2 else []
    after = lines[index + used:]
    after = after[:next((i for i, line in enumerate(after) if is_kind_title(line.text)), len(after))]
    return lead, after


def read_signature(reading: Reading, lines: list[TextLine], title_position: str | None,
                   agreement: dict[str, Signatory]) -> None:
    """Place, date and signers from the first place-and-date line of `lines` and those below it."""
    info = reading.info
    for index in range(len(lines)):
        if (found := place_date_at(lines, index)) is None:
            continue
        text, used = found
        info.place, info.date, year = parse_place_date(text) or (text.split(",")[0].strip(), None, None)
        info.date_printed = place_date_printed(text)
        if info.date is None and (printed := PLACE_DATE.match(text)) and printed["day"] and printed["month"]:
            reading.doubt("/document/date", f"{info.date_printed!r} is no date of the calendar: misprinted or misread?")
        info.year = info.year or year
        lead, block = block_below(lines, index, used)
        signers = block_to_signers(lead, block, lines[index + used - 1], info.agency, agreement)
        info.signatory = with_agreement(signers.signatory, agreement.get("kesatu")) or Signatory()
        info.superior = with_agreement(signers.superior, agreement.get("kedua"))
        if info.signatory.position is None and title_position is not None:
            info.signatory.position = title_position
        signed_for = signers.agency or agency_of_signers(info.signatory, info.superior)
        if info.agency is None or (_UNIT.match(info.agency) and signed_for and not _UNIT.match(signed_for)):
            info.agency = signed_for  # a title naming a unit ('BIDANG PRODUKSI'): the agency is the unit's
        for doubt in signers.doubts:
            reading.doubt("/document/signatory", doubt)
        if block and info.signatory.name is None:
            reading.doubt("/document/signatory", "a signature block was found but no signer's name in it")
        for ref, signer in (("/document/signatory", info.signatory), ("/document/superior", info.superior)):
            if (cut := nip_doubt(signer)) is not None:
                reading.doubt(ref, cut)
        return
    if (start := undated_block(lines)) is not None:
        signers = block_to_signers([], lines[start:], None, info.agency, agreement)
        info.signatory = signers.signatory or Signatory()


def undated_block(lines: list[TextLine]) -> int | None:
    """Where a signature block without place or date starts: a position over a name (and rank, NIP),
    closing the text below the last table, as a decree's annex is signed (its date is the decree's)."""
    for start in range(max(0, len(lines) - MAX_UNDATED_LINES), len(lines) - 1):
        if POSITION.match(lines[start].text) and names_a_person(lines[start + 1].text):
            return start
    return None


def names_a_person(line: str) -> bool:
    """A name line under a position: a name with degrees, or a few words of letters that name no
    position ('AHMAD HERYAWAN')."""
    words = line.split()
    return is_personal_name(line) or (1 < len(words) <= MAX_NAME_WORDS and not POSITION.match(line)
                                       and all(re.fullmatch(r"[^\W\d_][\w.'-]*,?", word) for word in words))


def heading_above(texts: list[PageText], page: int) -> list[str]:
    """The title lines printed right above the first table of `page` (its heading)."""
    text = next((t for t in texts if t.page == page), None)
    return leading_run([line.text for line in page_lines(text, "above")][::-1])[::-1] if text else []


def heading_year(texts: list[PageText], pages: list[int]) -> int | None:
    """The year ('... TAHUN 2017') the heading right above a later table names, for a document
    whose title names a period only ('TAHUN 2013-2018'): its plan of the year follows the plan
    of the period."""
    for page in pages:
        heading = " ".join(heading_above(texts, page))
        if match := _YEAR.search(heading):
            return int(match.group(1))
    return None


_SECTION = re.compile(r"^\d+(\.\d+)+\.?\s")  # '2.2. ': a numbered section of a report chapter


def section_year(texts: list[PageText]) -> int | None:
    """The year a report chapter's section headings name for its plan or agreement ('2.2. Rencana
    Kinerja Tahun 2016', '2.3. Perjanjian Kinerja Tahun 2016'): a chapter's own title names none;
    None when the headings name different years."""
    years = {int(match.group(1)) for line in year_headings(texts) if (match := _YEAR.search(line))}
    return years.pop() if len(years) == 1 else None


def year_headings(texts: list[PageText]) -> list[str]:
    """A report chapter's section headings that name a plan or agreement and its year, as printed."""
    return [line for text in texts for line in text.above + text.below
            if _SECTION.match(line) and _TITLE_KIND.search(line) and _YEAR.search(line)]


_CAPTION = re.compile(r"^tabel\s+\d", re.IGNORECASE)


def caption_agency(text: PageText | None) -> str | None:
    """The agency a report chapter's table caption names, right above the table ('Tabel 1. Tujuan
    dan Sasaran Jangka Menengah Dinas Pertanian ...' / 'Provinsi Jawa Barat'): a chapter names its
    agency in running text, but a table's caption says whose plan the table is."""
    caption = " ".join(caption_lines(text))
    opening = _AGENCY_NOUN.search(caption)
    return _YEAR.sub(" ", caption[opening.start():]).strip(" .,") if opening is not None else None


def caption_lines(text: PageText | None) -> list[str]:
    """The lines of the last table caption ('Tabel 1. ...') above a page's table, as printed; empty when none."""
    lines = [line.text for line in page_lines(text, "above")] if text is not None else []
    start = next((i for i in range(len(lines) - 1, -1, -1) if _CAPTION.match(lines[i])), None)
    return lines[start:] if start is not None else []


def running_agency(texts: list[PageText]) -> str | None:
    """The agency a running header or footer names, printed alike on every page of two or more
    ('INSPEKTORAT P R O V I N S I J A W A B A R A T' under each page of an annex)."""
    return next((line for line in sorted(running_lines(texts)) if _AGENCY_NOUN.match(line)), None)


def running_lines(texts: list[PageText]) -> set[str]:
    """The lines printed alike on every page of two or more (letter-spaced words closed up)."""
    if len(texts) < 2:
        return set()
    return set.intersection(*({unspaced(line).strip() for line in text.above + text.below} for text in texts))


def running_band(texts: list[PageText], agency: str) -> FieldLines:
    """Where the running line naming `agency` was printed (the page's header or its footer, as on the first
    page), with the band's other lines printed alike on every page, in printed order."""
    common = running_lines(texts)
    first = texts[0]
    footer = agency in {unspaced(line).strip() for line in first.below}
    band = first.below if footer else first.above
    lines = list(dict.fromkeys(line for line in (unspaced(line).strip() for line in band) if line in common))
    return FieldLines(field="/document/agency", place=FieldPlace.PAGE_FOOTER if footer else FieldPlace.PAGE_HEADER,
                      lines=lines)


def texts_to_info(texts: list[PageText], table_pages: tuple[int, int] | None = None,
                  headers: list[str] | None = None, later_tables: list[int] | None = None) -> Reading:
    """Kind, title, agency, year, place, date and signers from the pages' text around the tables.

    `table_pages` are the pages of the first and last table: the title block
    stands above the first, the signature block below the last; `headers` are
    the tables' header texts, which tell an IKU or a Rencana Aksi without a title;
    `later_tables` the pages the other tables start on, whose headings may name the year.
    """
    first_page, last_page = table_pages or (None, 0)
    title_parts = tidy_title(title_lines(texts, first_page))
    title = " ".join(title_parts) or None
    named = title is not None and _TITLE_KIND.search(title) is not None and not _CHAPTER.match(title)
    above = [line.text for text in texts if first_page is None or text.page <= first_page
             for line in page_lines(text, "above")]
    info = DocumentInfo(title=title, agency=agency_from_title(title_parts, named))
    info.kind = document_kind(title, headers or [], above)
    table_above = next((text for text in texts if text.page == first_page), None)
    info.fields = title_block_fields([line.text for line in page_lines(table_above, "above")]) if table_above else {}
    info.agency = next((value for label, value in info.fields.items() if _AGENCY_FIELD.search(label) and value),
                       info.agency)
    places = []
    if head := letterhead(info.agency, above):
        info.agency = " ".join(head)
        places.append(FieldLines(field="/document/agency", place=FieldPlace.LETTERHEAD, lines=head))
    if title and (match := _YEAR.search(title) or _ANY_YEAR.search(_PERIOD.sub(" ", title))):
        info.year = int(match.group(1))
    elif title and _PERIOD.search(title):
        info.year = heading_year(texts, later_tables or [])
    if title and _CHAPTER.match(title):
        if info.year is None and (year := section_year(texts)) is not None:
            info.year = year
            places.append(FieldLines(field="/document/year", place=FieldPlace.SECTION, lines=year_headings(texts)))
        if info.agency is None and (agency := caption_agency(table_above)) is not None:
            info.agency = agency
            places.append(FieldLines(field="/document/agency", place=FieldPlace.CAPTION,
                                     lines=caption_lines(table_above)))
    if info.agency is None and (agency := running_agency(texts)) is not None:
        info.agency = agency
        places.append(running_band(texts, agency))
    reading = Reading(info, places=places)
    title_position = next((line for line in title_parts if POSITION.match(line)), None) if named else None
    read_signature(reading, signature_lines(texts, last_page), title_position, agreement_parties(above))
    return reading
