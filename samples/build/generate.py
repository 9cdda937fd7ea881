"""A seeded generator of RKT documents, each with its exact expected extraction.

`generate(seed)` draws a whole document (content, columns, layout, rules,
producer, title and signature block) as a `Sample`; `expected(sample)` is the
extraction rktparse should give (the JSON contract's `document`, `sasaran` and
`programs`); `render(sample, pdf, work)` prints it with Word (python-docx ->
LibreOffice) or ReportLab. The same seed always gives the same document.

Seeds are split. DEV_SEEDS may be looked at, debugged and tuned on, and the
CI regression slice runs some of them. REPORT_SEEDS are for the figures that
`benchmarks/generalise.py` reports: never open one of their documents to tune
a rule; when a reporting seed fails, find the same class of failure on
development seeds (or a handmade sample) and fix it there.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from . import vocab
from .expected import expected_json
from .model import Col, Ind, Prog, ProgramTable, Sample, Sas, Sign, Upper

DEV_SEEDS = range(0, 1_000_000)
REPORT_SEEDS = range(1_000_000, 2_000_000)  # reporting only: never tuned on

RULED, UNRULED = "ruled", "unruled"
CHAR_CM = 0.019  # width of an average character at 1 pt, in cm (about half an em)


def family(s: Sample) -> str:
    """'ruled' (a full grid) or 'unruled' (fewer rules or none)."""
    return RULED if s.rules == "grid" else UNRULED


def expected(s: Sample) -> dict:
    return expected_json(s)


def render(s: Sample, pdf: Path, work: Path) -> None:
    """Print the document to `pdf` with its producer."""
    from .reportlab_pdf import build_reportlab
    from .word import build_word

    (build_word if s.producer == "word" else build_reportlab)(s, pdf, work)


# ---------------------------------------------------------------- content


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _decimal(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _target(rng: random.Random, percent_header: bool) -> dict:
    """A printed target and its expected parse (README: the JSON contract's target rules)."""

    def t(raw, value=None, unit=None, kind="text", note=None):
        return dict(raw=raw, value=value, unit=unit, kind=kind, note=note)

    if percent_header and rng.random() < 0.8:
        value = rng.choice([rng.randint(50, 100), round(rng.uniform(50, 99), rng.choice([1, 2]))])
        return t(_decimal(value), float(value), "%", "percent")
    kind = rng.choices(["percent", "currency", "count", "grade", "opinion", "note", "free", "empty"],
                       [34, 12, 22, 6, 4, 6, 12, 4])[0]
    if kind == "percent":
        value = rng.choice([100, rng.randint(40, 99), round(rng.uniform(40, 99), 2)])
        return t(_decimal(value) + rng.choice(["%", " %"]), float(value), "%", "percent")
    if kind == "currency":
        amount = rng.randint(1, 999) * 10 ** rng.randint(5, 12)
        return t(rng.choice(["Rp ", "Rp. ", "Rp"]) + _thousands(amount), float(amount), "Rp", "currency")
    if kind == "count":
        n = rng.choice([rng.randint(1, 30), rng.randint(100, 50_000)])
        unit = rng.choice(vocab.UNITS)
        return t(f"{_thousands(n)} {unit}", float(n), unit, "number")
    if kind == "grade":
        return t(rng.choice(["AA", "A", "BB", "B"]), kind="grade")
    if kind == "opinion":
        return t("WTP", kind="opinion")
    if kind == "note":
        n, m = rng.randint(2, 40), rng.randint(50, 400)
        if rng.random() < 0.5:
            if percent_header:  # a percentage with a bracket is kept as printed only
                return t(f"{n} ({m} Temuan)")
            return t(f"{n} ({m} Temuan)", float(n), None, "number", f"{m} Temuan")
        low = rng.choice([60, 70, 80])
        return t(f"A ({low}-{low + 5})", kind="grade", note=f"{low}-{low + 5}")
    if kind == "free":
        return t(rng.choice(vocab.FREE_TARGETS))
    return t("")


def _typo(rng: random.Random, text: str) -> str:
    """Now and then two letters of a long word swapped, as real documents print them."""
    if rng.random() > 0.05:
        return text
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    k = rng.randint(1, len(w) - 3)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    return " ".join(words)


def _case(rng: random.Random, text: str, title_share: float = 0.2, lower_share: float = 0.1) -> str:
    """As typed: sentence case mostly, Title Case or a lowercase first letter now and then."""
    roll = rng.random()
    if roll < title_share:
        return " ".join(w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in text.split(" "))
    if roll < title_share + lower_share:
        return text[:1].lower() + text[1:]
    return text


def _sasaran_text(rng, topic, region) -> str:
    obj = rng.choice(topic["sasaran"])
    tail = rng.choice(vocab.SASARAN_TAILS).format(region=region.title())
    return _typo(rng, _case(rng, f"{rng.choice(vocab.SASARAN_VERBS)} {obj}{tail}"))


def _indikator_text(rng, topic) -> str:
    text = f"{rng.choice(vocab.INDIKATOR_MEASURES)} {rng.choice(topic['indikator'])}"
    if rng.random() < 0.1:
        text += " (%)"
    return _typo(rng, _case(rng, text))


def _kegiatan_text(rng, topic, year) -> str:
    text = rng.choice(topic["kegiatan"]) + rng.choice(vocab.KEGIATAN_TAILS).format(year=year, n=rng.randint(3, 30))
    if rng.random() < 0.1:
        text = "melakukan " + text[:1].lower() + text[1:]
    return _typo(rng, text)


def _kegiatan_cell(rng, topic, year, long_lists: bool):
    """One Kegiatan cell: one entry, or numbered / bulleted items (one entry each); `long_lists`
    allows lists that fill most of a page (Word rows break across pages; ReportLab's cannot)."""
    if rng.random() < 0.6:
        return _kegiatan_text(rng, topic, year)
    n = rng.choice([2, 2, 3, 3, 4, 5]) if rng.random() < 0.92 or not long_lists else rng.randint(8, 14)
    style = rng.choice(["{k}.", "{a}.", "-", "•", "{k})"])
    items = []
    for k in range(n):
        marker = style.format(k=k + 1, a="abcdefghijklmnop"[k])
        items.append(f"{marker} {_kegiatan_text(rng, topic, year)}")
    return tuple(items)


# ---------------------------------------------------------------- columns


def _columns(rng: random.Random, year: int, has_kegiatan: bool, uppers: str, pk: bool) -> list[Col]:
    """Headers as real documents print them, in a real order; widths in relative units."""
    up = rng.random() < 0.3

    def h(text):
        return text.upper() if up else text

    cols = []
    if uppers == "none" and rng.random() < 0.3:
        cols.append(Col(h(rng.choice(["No", "No.", "NO"])), "no", 1.0))
    if uppers in ("misi", "both"):
        cols.append(Col(h("Misi"), "misi", 4.0))
    if uppers in ("tujuan", "both"):
        cols.append(Col(h("Tujuan"), "tujuan", 4.0))
    cols.append(Col(h(rng.choice(["Sasaran", "Sasaran Strategis", "Sasaran Kinerja", "Sasaran Program"])),
                    "sasaran", 5.0))
    cols.append(Col(h(rng.choice(["Indikator Kinerja", "Indikator Kinerja Utama", "Indikator Sasaran",
                                  "Indikator"])), "indikator", 6.0))
    if rng.random() < 0.2:
        cols.append(Col(h("Satuan"), "extra", 2.0))
    if rng.random() < 0.15:
        cols.append(Col(h(rng.choice(["Kondisi Awal", f"Kondisi Awal\n({year - 1})", f"Capaian {year - 1}"])),
                        "extra", 2.3))
    target = rng.choice(["Target", f"Target {year}", f"Target\nTahun {year}", "Target %", "Target (%)", "Target"])
    cols.append(Col(h(target), "target", 2.6))
    if has_kegiatan:
        cols.append(Col(h(rng.choice(["Kegiatan", "Program dan Kegiatan", "Program/Kegiatan", "Kegiatan"])),
                        "kegiatan", 7.0))
    if rng.random() < (0.1 if pk else 0.15):
        cols.append(Col(h(rng.choice(["Anggaran\n(Rp)", "Pagu Anggaran"])), "extra", 3.0))
    if rng.random() < 0.15:
        cols.append(Col(h(rng.choice(["Keterangan", "Ket."])), "extra", 2.5))
    return cols


def _word_cm(word: str, size: float) -> float:
    """A generous estimate of a word's printed width (capitals and bold are wider)."""
    return sum(1.45 if ch.isupper() else 1.1 for ch in word) * size * CHAR_CM


def _fit_widths(cols: list[Col], usable_cm: float, size: float, texts: dict[int, list[str]]) -> list[Col]:
    """Scale widths to the page, then widen any column whose longest word would not fit
    (a word broken inside is not what this generator tests, except numbers in Target)."""
    scale = usable_cm / sum(c.width for c in cols)
    widths = [c.width * scale for c in cols]
    for i, c in enumerate(cols):
        words = [w for t in texts.get(i, []) + c.header.split("\n") for w in t.split()]
        if c.role == "target":
            words = [w for w in words if not re.search(r"\d", w)]
        need = max((_word_cm(w, size) for w in words), default=0) + 0.6  # padding and a margin
        widths[i] = max(widths[i], need)
    needs = list(widths)
    over = sum(widths) - usable_cm
    if over > 0:  # take it from the text columns, down to their longest word
        flexible = [i for i in range(len(cols)) if cols[i].role in ("indikator", "sasaran", "kegiatan", "misi", "tujuan")]
        for i in flexible:
            needs[i] = max((_word_cm(w, size) for t in texts.get(i, []) for w in t.split()), default=0) + 0.6
        room = sum(widths[i] - needs[i] for i in flexible)
        for i in flexible:
            widths[i] -= min(over, room) * (widths[i] - needs[i]) / room if room > 0 else 0
    return [Col(c.header, c.role, round(w, 2)) for c, w in zip(cols, widths)]


# ---------------------------------------------------------------- the document


def generate(seed: int) -> Sample:
    """The document of `seed`: the same seed always gives the same document."""
    rng = random.Random(seed)
    name = rng.choice(list(vocab.FIELDS))
    topic = vocab.FIELDS[name]
    region = rng.choice(vocab.REGIONS)
    agency = f"{rng.choice(topic['agency'])} {region}"
    year = rng.randint(2016, 2026)
    pk = rng.random() < 0.3
    producer = "word" if rng.random() < 0.55 else "reportlab"

    has_kegiatan = rng.random() < (0.45 if pk else 0.85)
    uppers = rng.choices(["none", "misi", "tujuan", "both"], [75, 5, 8, 12])[0]
    cols = _columns(rng, year, has_kegiatan, uppers, pk)
    percent_header = any(c.role == "target" and "%" in c.header for c in cols)
    extras = [c.header for c in cols if c.role == "extra"]
    numbered = any(c.role == "no" for c in cols) and rng.random() < 0.5 or rng.random() < 0.1

    misi = [Upper(_case(rng, m)) for m in rng.sample(vocab.MISI, 2)]
    tujuan = [Upper(_case(rng, t)) for t in rng.sample(vocab.TUJUAN, 3)]
    headings = uppers == "none" and rng.random() < 0.15
    sasaran = []
    n_sas = rng.choice([2, 3, 3, 4, 5, 6, 8])
    for si in range(n_sas):
        inds = []
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            keg = ([_kegiatan_cell(rng, topic, year, producer == "word") for _ in range(rng.choice([1, 1, 1, 2, 3]))]
                   if has_kegiatan else [])
            if has_kegiatan and rng.random() < 0.04:
                keg = []  # an indikator with no kegiatan
            extra = {h: _extra_cell(rng, h, year) for h in extras}
            inds.append(Ind(_indikator_text(rng, topic), _target(rng, percent_header), keg, extra))
        sas = Sas(_sasaran_text(rng, topic, region), inds, no=f"{si + 1}" + rng.choice(["", "."]))
        if uppers in ("misi", "both"):
            sas.misi = misi[min(si * len(misi) // n_sas, len(misi) - 1)]
        if uppers in ("tujuan", "both"):
            sas.tujuan = tujuan[min(si * len(tujuan) // n_sas, len(tujuan) - 1)]
        if headings:
            sas.group = vocab.GROUP_HEADINGS[si * 2 // n_sas]
        sasaran.append(sas)
    if not any(c.role == "no" for c in cols):
        for sas in sasaran:
            sas.no = None

    landscape = rng.random() < (0.5 if pk else 0.75)
    paper = rng.choice(["A4", "A4", "F4", "Letter"])
    size = rng.choice([9, 10, 10, 11, 12])
    s = Sample(
        stem=f"gen-{seed}",
        producer=producer,
        title=_title(rng, pk, agency, year),
        agency=agency,
        year=year,
        cols=cols,
        sasaran=sasaran,
        sign=_sign(rng, pk, agency, region, year),
        landscape=landscape,
        paper=paper,
        font=rng.choice(["Arial", "Liberation Sans", "Times New Roman", "DejaVu Sans"]),
        size=size,
        numbered_row=numbered,
        rules=rng.choices(["grid", "lines", "header", "frame", "none"], [55, 12, 10, 8, 15])[0],
        page_numbers=rng.choice([None, None, "Halaman {page}", "- {page} -"]),
        programs=_programs(rng, topic, year) if pk and not has_kegiatan and rng.random() < 0.5 else None,
        margins_cm=(rng.uniform(1.5, 3.0), rng.uniform(1.5, 2.5), rng.uniform(1.5, 2.5), rng.uniform(1.5, 2.5)),
        cell_spacing=rng.choice([0, 0, 1, 2, 3, 6]),
        repeat_header=rng.random() < 0.85,
        rows_break=rng.random() < 0.5,
        valign=rng.choice(["top", "top", "center"]),
        padding=rng.choice([0.5, 1, 2, 3.5, 6]),
    )
    if producer == "reportlab":
        s.fake_bold = rng.random() < 0.15
        s.spaceless = rng.random() < 0.15
    usable = s.page_size_cm[0] - s.margins_cm[0] - s.margins_cm[1]
    s.cols = _fit_widths(cols, usable, size, _column_texts(s))
    spill = sum(c.width for c in s.cols) - usable
    if spill > 0:  # too many columns for the page: narrower margins, as offices do
        left, right, top, bottom = s.margins_cm
        s.margins_cm = (left - spill / 2, right - spill / 2, top, bottom)
        if min(s.margins_cm[:2]) < 0.5:
            s.size -= 1
            s.cols = _fit_widths(cols, usable, s.size, _column_texts(s))
            s.margins_cm = (0.8, 0.8, top, bottom)
    if sum(c.width for c in s.cols) > s.page_size_cm[0] - 1.6 and not s.landscape:
        s.landscape = True  # still too wide: printed across the page
        s.cols = _fit_widths(cols, s.page_size_cm[0] - 1.6, s.size, _column_texts(s))
    if percent_header is False and rng.random() < 0.08:
        _narrow_target(s, rng)
    return s


def _extra_cell(rng, header: str, year: int) -> str:
    key = header.lower()
    if key.startswith("satuan"):
        return rng.choice(["%", "Dokumen", "Orang", "Kali", "Unit", "Indeks", "Nilai"])
    if key.startswith(("kondisi", "capaian")):
        return rng.choice([f"{rng.randint(40, 99)}%", _decimal(round(rng.uniform(40, 99), 2)), str(rng.randint(1, 900)),
                           "BB", "WTP", "-"])
    if key.startswith(("anggaran", "pagu")):
        return _thousands(rng.randint(10, 9_999) * 10 ** rng.randint(4, 7))
    return rng.choice(vocab.KETERANGAN + [""])


def _column_texts(s: Sample) -> dict[int, list[str]]:
    """Every text printed in each column, for the width check."""
    from .plan import body_plan

    out: dict[int, list[str]] = {}
    for row in body_plan(s):
        for ci, anchor in enumerate(row):
            if anchor is not None and anchor.colspan == 1:
                out.setdefault(ci, []).extend(p for para in anchor.paras for p in para.split("\n"))
    return out


def _narrow_target(s: Sample, rng: random.Random) -> None:
    """A Target column too narrow for its amounts: Rp figures wrap inside the number."""
    ti = next(i for i, c in enumerate(s.cols) if c.role == "target")
    old = s.cols[ti].width
    words = [w for sas in s.sasaran for ind in sas.ind for w in ind.target["raw"].split() if not re.search(r"\d", w)]
    new = max([1.6, s.size * CHAR_CM * 9] + [_word_cm(w, s.size) + 0.6 for w in words])  # words stay whole
    if new >= old:
        return
    s.cols[ti] = Col(s.cols[ti].header, "target", round(new, 2))
    wi = next(i for i, c in enumerate(s.cols) if c.role == "indikator")
    s.cols[wi] = Col(s.cols[wi].header, "indikator", round(s.cols[wi].width + old - new, 2))
    for sas in s.sasaran:
        for ind in sas.ind:
            if rng.random() < 0.5:
                amount = rng.randint(1, 999) * 10 ** rng.randint(8, 11)
                ind.target = dict(raw="Rp " + _thousands(amount), value=float(amount), unit="Rp", kind="currency",
                                  note=None)


def _title(rng, pk: bool, agency: str, year: int) -> list[str]:
    if pk:
        return rng.choice([[f"PERJANJIAN KINERJA TAHUN {year}", agency],
                           ["PERJANJIAN KINERJA", f"{agency}", f"TAHUN {year}"]])
    return rng.choice([["RENCANA KINERJA TAHUNAN (RKT)", f"{agency} TAHUN {year}"],
                       ["RENCANA KINERJA TAHUNAN", agency, f"TAHUN {year}"]])


def _nip(rng) -> str:
    born = dt.date(rng.randint(1960, 1990), rng.randint(1, 12), rng.randint(1, 28))
    start = dt.date(born.year + rng.randint(22, 30), rng.randint(1, 12), 1)
    return f"{born:%Y%m%d} {start:%Y%m} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"


def _sign(rng, pk: bool, agency: str, region: str, year: int) -> Sign:
    place = rng.choice(vocab.PLACES)
    blank_day = rng.random() < 0.25
    date = None if blank_day else dt.date(year, rng.randint(1, 3), rng.randint(1, 28))
    month = vocab.MONTHS[(date.month if date else rng.randint(1, 3)) - 1]
    place_line = f"{place},        {month} {year}" if blank_day else f"{place}, {date.day} {month} {year}"
    position = f"KEPALA {agency}" if rng.random() < 0.7 else "Sekretaris"
    name = rng.choice(vocab.NAMES)
    nip = _nip(rng) if rng.random() < 0.8 else None
    position_lines = [position] if len(position) < 40 else _split_half(position)
    lines = [place_line, *position_lines, "", "", "", name]
    if nip:
        if rng.random() < 0.5:
            lines.append(rng.choice(vocab.RANKS))
        lines.append(f"NIP. {nip}")
    left = None
    if pk and rng.random() < 0.6:
        superior = rng.choice(["GUBERNUR", "BUPATI", "WALIKOTA"]) + " " + region.split(" ", 1)[1]
        left = ["", superior, "", "", "", rng.choice(vocab.NAMES).upper()]
    return Sign(place=place, date=date, position=position, name=name, nip=nip, lines=lines, left=left)


def _split_half(text: str) -> list[str]:
    words = text.split()
    half = len(words) // 2
    return [" ".join(words[:half]), " ".join(words[half:])]


def _programs(rng, topic, year) -> ProgramTable:
    cols = [Col("Program", "program", 9.0), Col("Anggaran (Rp)", "extra", 3.5), Col("Keterangan", "extra", 3.0)]
    rows = [Prog(_kegiatan_text(rng, topic, year), {"Anggaran (Rp)": _thousands(rng.randint(50, 9_000) * 10 ** 6),
                                                   "Keterangan": rng.choice(["APBD", "APBN", "DAK"])})
            for k in range(rng.randint(2, 6))]
    return ProgramTable(cols, rows)


# ---------------------------------------------------------------- scans


def scan(pdf: Path, out: Path, seed: int) -> dict:
    """The document as a flatbed would give it back: an image-only PDF at 200-300 dpi, turned
    by a small skew, blurred, speckled, in grey or 1-bit. Returns what was drawn."""
    import io

    import cv2
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    dpi = rng.choice([200, 240, 300])
    skew = rng.uniform(-1.5, 1.5)
    grey = rng.random() < 0.4
    noise = np.random.default_rng(seed)
    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_numpy().copy()
            height, width = image.shape
            matrix = cv2.getRotationMatrix2D((width / 2, height / 2), skew, 1.0)
            image = cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)
            image = cv2.GaussianBlur(image, (3, 3), rng.uniform(0.5, 1.0))
            if grey:
                image = np.clip(image * rng.uniform(0.75, 0.9) + noise.normal(30, 8, image.shape), 0, 255)
                pages.append(Image.fromarray(image.astype(np.uint8)))
            else:
                ink = (image < 165) ^ (noise.random(image.shape) < 3e-4)
                pages.append(Image.fromarray(np.where(ink, 0, 255).astype(np.uint8)).convert("1"))
    finally:
        document.close()
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    out.write_bytes(buffer.getvalue())
    return {"dpi": dpi, "skew": round(skew, 2), "grey": grey}
