"""Reading a target cell ("100%", "8.435 orang", "BB", "WTP") without guessing."""

from __future__ import annotations

import re

from rktparse.models import Target, TargetKind

GRADES = ("AA", "A", "BB", "B", "CC", "C", "D")  # SAKIP evaluation grades
OPINIONS = ("WTP", "WDP", "TMP", "TW")  # BPK audit opinions
# The units targets count in, in small letters: measures and counted things ('20.717 sekolah', '6 Puskesmas')
UNITS = frozenset(
    "kali orang dokumen laporan kegiatan unit paket hari bulan desa lokasi buah set jam titik berkas "
    "sk satker opd rekomendasi temuan poin peserta nilai lembaga "
    "km m ha ton kg liter sekolah puskesmas rumah jiwa kk ekor".split()
)

# Indonesian numbers: '.' groups thousands (always by three), ',' is the decimal mark. A '.'
# followed by exactly two digits groups nothing: it is a decimal point ('50.00', system-made files).
# A figure opens with a non-zero digit, or is a zero's: '00.000.000' or '000' is the tail of one a narrow
# column broke.
_NUMBER = r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|(?:0|[1-9]\d*)\.\d{2}(?![\d.])|(?:0|[1-9]\d*)(?:,\d+)?"
_DECIMAL_POINT = re.compile(r"^\d+\.\d{2}$")
# A unit word that says 'percent': '70 persen' is 70 %.
_PERCENT_WORDS = ("persen", "prosen")
_PERCENT = re.compile(rf"^({_NUMBER})\s*%$")
_CURRENCY = re.compile(rf"^Rp\.?\s*({_NUMBER})(?:,-)?$", re.IGNORECASE)
# A figure and up to two unit words; a unit may be cut short ("14 Dok.").
_COUNT = re.compile(rf"^({_NUMBER})(?:\s+([^\W\d_][\w/]*\.?(?:\s+[^\W\d_][\w/]*\.?)?))?$")
_NOTE = re.compile(r"^(.*?)\s*\(([^()]+)\)$")
# A target in words, as SAKIP documents print them: a rating ('Sangat Baik', 'Kategori Baik', 'Predikat
# BB'), a deadline ('Tepat Waktu'), an audit opinion ('Opini WTP'), or a state reached ('Terlaksana',
# 'Tersusun dan ditetapkan'; not a Sasaran's '-nya' form). Capitalised: 'tertagih' goes on a sentence.
STATE_VALUE = re.compile(r"(?:Ter[a-z]+(?<!nya)|Di[a-z]+kan)(?:\s+dan\s+(?:ter[a-z]+|di[a-z]+kan))?")
WORD_VALUE = re.compile(
    r"(?:(?:Sangat|Cukup|Kurang)\s+)?(?:Baik|Memuaskan)|(?:Kategori|Predikat)\s+\w+(?:\s+\w+)?"
    rf"|Tepat\s+[Ww]aktu|Opini\s+(?:WTP|WDP)|{STATE_VALUE.pattern}")
# The first line of such a target a narrow column broke ('Tepat' / 'waktu', 'Tersusun dan' / 'ditetapkan'),
# which opens a target as the whole would; not 'Opini', 'Predikat' or 'Kategori', which a Satuan column
# prints beside the target's 'WTP' or 'BB' (the Garut sample), though a target opening so goes on
WORD_VALUE_HEAD = re.compile(r"Sangat|Cukup|Kurang|Tepat|(?:Ter|Di)[a-z]+\s+dan")
WORD_VALUE_NAME = re.compile(r"Kategori|Predikat|Opini")
# A capability or maturity level (APIP's, SPIP's), wherever it stands in a line: a target in words the
# layout and stream readers cut at ('Level 3')
LEVEL_VALUE = re.compile(r"(?<!\S)Level [1-5](?=\s|$)")


def parse_number(text: str) -> float:
    """'8.435' -> 8435.0, '65,60' -> 65.6, '50.00' -> 50.0 (the caller has checked the shape)."""
    if _DECIMAL_POINT.match(text):
        return float(text)
    return float(text.replace(".", "").replace(",", "."))


def header_is_percent(header: str | None) -> bool:
    return header is not None and "%" in header


def parse_target(raw: str, header: str | None = None) -> Target:
    """A Target with value, unit and kind where the raw text leaves no doubt.

    Args:
        raw: the target text as printed.
        header: the column's printed header; a bare number under "Target %" is a percentage.
    """
    main, note = raw, None
    if match := _NOTE.match(raw):
        main, note = match.group(1), match.group(2).strip()
    parsed = _parse_main(main.strip(), header)
    if parsed is None:
        return Target(raw=raw)
    value, unit, kind = parsed
    if note is not None and kind in (TargetKind.PERCENT, TargetKind.CURRENCY, TargetKind.TEXT):
        return Target(raw=raw)  # a bracket after these is not a plain qualifier: keep raw only
    return Target(raw=raw, value=value, unit=unit, kind=kind, note=note)


def _parse_main(text: str, header: str | None) -> tuple[float | None, str | None, TargetKind] | None:
    if text in GRADES:
        return None, None, TargetKind.GRADE
    if text in OPINIONS:
        return None, None, TargetKind.OPINION
    if match := _PERCENT.match(text):
        return parse_number(match.group(1)), "%", TargetKind.PERCENT
    if match := _CURRENCY.match(text):
        return parse_number(match.group(1)), "Rp", TargetKind.CURRENCY
    if match := _COUNT.match(text):
        number, unit = match.group(1), match.group(2)
        if unit is None and header_is_percent(header) or unit is not None and unit.lower() in _PERCENT_WORDS:
            return parse_number(number), "%", TargetKind.PERCENT
        return parse_number(number), unit, TargetKind.NUMBER
    return None
