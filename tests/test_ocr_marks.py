"""What OCR checks beyond each cell's own reading: stamps over cells, a row number against its
column's count, the space before a "%" measured on the scan."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import rktparse
from benchmarks.ocr import Degradation
from rktparse.grid import BBox, Cell, PageText, ReaderNote
from rktparse.readers.ocr.glyphs import (
    close_percent,
    closing_mark,
    read_bullet,
    read_marks,
    split_percent,
    split_rupiah,
    with_lone_bullets,
)
from rktparse.readers.ocr.numbering import out_of_sequence
from rktparse.readers.ocr.render import COLOURED, chroma, flatten, ink_mask, is_coloured
from rktparse.readers.ocr.rules import find_rules
from rktparse.readers.ocr.stamps import Stamp, drop_coloured_stamps, find_stamps
from rktparse.readers.ocr.tesseract import OcrWord
from rktparse.readers.ocr.words import is_stray, opens_unclosed
from rktparse.readers.ocr_reader import stamp_notes, stamped_line_notes
from samples.make_scans import degrade, rasterise
from tests.conftest import SAMPLES

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"  # Arial's metrics


# --- stamps ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sleman_page() -> np.ndarray:
    return rasterise(SAMPLES / "word-bkpsdm-sleman-rkt-2024.pdf", 200)[0]


@pytest.mark.parametrize("how", [
    Degradation(dpi=200, grey=True, contrast=0.6, stamps=True),
    Degradation(dpi=200, stamps=True),  # black and white: the stamp as black as the print
], ids=["grey", "black-and-white"])
def test_a_round_stamp_over_a_table_is_found(sleman_page, how):
    page = flatten(degrade(sleman_page, how, np.random.default_rng(3)), 200)
    stamps = find_stamps(page, ink_mask(page, 200), 200)
    assert len(stamps) == 1
    assert 0.7 * 200 <= stamps[0].radius <= 0.8 * 200  # make_scans draws it 0.75 inch wide


def test_a_table_without_a_stamp_has_none(sleman_page):
    """Rules, text and the round letters of a table are no stamp."""
    page = flatten(degrade(sleman_page, Degradation(dpi=200, grey=True), np.random.default_rng(3)), 200)
    assert find_stamps(page, ink_mask(page, 200), 200) == []


def test_a_stamp_in_colour_is_dropped_and_the_print_under_it_kept(sleman_page):
    """A blue stamp over the table of a colour scan: its ink goes, black print under it stays."""
    def scan(stamps: bool) -> tuple[np.ndarray, np.ndarray]:
        how = Degradation(dpi=200, grey=True, contrast=0.6, stamps=stamps, colour=True)
        colour = cv2.cvtColor(degrade(sleman_page, how, np.random.default_rng(3)), cv2.COLOR_RGB2BGR)
        return flatten(cv2.cvtColor(colour, cv2.COLOR_BGR2GRAY), 200), colour

    gray, colour = scan(stamps=True)
    ink = ink_mask(gray, 200)
    dropped, stamps = drop_coloured_stamps(gray, colour, find_rules(ink, 200)[1], 200)
    count = len(stamps)
    assert count == 1
    stamp = find_stamps(np.where(chroma(colour) >= COLOURED, 0, 255).astype(np.uint8), chroma(colour) >= COLOURED,
                        200)[0]
    disk = np.zeros(gray.shape, np.uint8)
    cv2.circle(disk, (round(stamp.x), round(stamp.y)), round(stamp.radius), 1, -1)
    print_ink = ink_mask(scan(stamps=False)[0], 200) & (disk > 0)
    near_print = cv2.dilate(print_ink.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0  # the scans' noise differs
    stamp_ink = ink & (disk > 0) & ~near_print
    left = ink_mask(dropped, 200) & (disk > 0)
    assert (left & ~near_print).sum() < 0.35 * stamp_ink.sum()
    assert (left & print_ink).sum() > 0.95 * print_ink.sum()


def test_a_grey_page_has_no_colour_to_go_by(sleman_page):
    page = degrade(sleman_page, Degradation(dpi=200, grey=True, stamps=True), np.random.default_rng(3))
    assert not is_coloured(cv2.cvtColor(page, cv2.COLOR_GRAY2BGR))


@pytest.mark.slow
def test_an_upright_stretch_of_a_stamps_ring_is_no_column_rule(tmp_path):
    """Development document 48 scanned as issue 11 asks (300 dpi, 1-bit, a stamp over the table): the
    ring's right side, nearly upright, ran from one row's rule to the next and was taken for a column's
    bound, splitting the Indikator column; every row then held its indikator twice (once under an extra
    column), with no warning."""
    from samples.build import generate as gen
    from samples.exports import harsh_degradation
    from samples.make_scans import scan_pdf

    pdf = tmp_path / "gen-48.pdf"
    gen.render(gen.generate(48), pdf, tmp_path)
    how = harsh_degradation(48)
    assert (how.dpi, how.grey, how.stamps) == (300, False, True)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(pdf, how, 48))
    doc = rktparse.parse(scan)
    assert doc.layout is not None and [c.header for c in doc.layout.columns] == ["NO", "Sasaran", "Indikator",
                                                                               "Target (%)"]
    assert not any(indikator.extra for _, indikator in doc.indikator_rows())


@pytest.mark.slow
def test_a_headers_last_line_the_pages_reading_lost_is_read_back(tmp_path):
    """Development document 323 scanned as issue 11 asks: a table without rules whose 'Kondisi' / 'Awal' /
    '(2015)' header stands a line deeper than its neighbours. The page's reading lost '(2015)', which
    the header's box does not reach; every row kept its Kondisi Awal under 'Kondisi Awal', with no
    warning on the rows. The first row's cell read alone holds the line: it goes back to the header."""
    from samples.build import generate as gen
    from samples.exports import harsh_degradation
    from samples.make_scans import scan_pdf

    pdf = tmp_path / "gen-323.pdf"
    gen.render(gen.generate(323), pdf, tmp_path)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(pdf, harsh_degradation(323), 323))
    doc = rktparse.parse(scan)
    assert doc.layout is not None and "Kondisi Awal (2015)" in [c.header for c in doc.layout.columns]
    assert {name for _, indikator in doc.indikator_rows() for name in indikator.extra} == {"Kondisi Awal (2015)", "Ket."}


def test_cells_a_stamp_covers_are_named_for_review():
    from rktparse.grid import TablePage

    def cell(row: int, top: float, text: str) -> Cell:
        return Cell(row=row, col=0, lines=[text], bbox=BBox(x0=100, top=top, x1=300, bottom=top + 30))

    table = TablePage(page=1, n_rows=3, n_cols=1, cells=[cell(0, 100, "Target"), cell(1, 130, "75 %"),
                                                          cell(2, 400, "80 %")])
    stamp = Stamp(x=200 * 300 / 72, y=170 * 300 / 72, radius=50 * 300 / 72)  # reaches 120-220 pt down
    notes = stamp_notes(1, [table], [stamp], 300)
    assert [note.cell for note in notes] == [table.cells[0].bbox, table.cells[1].bbox]
    assert {note.code for note in notes} == {"ocr-under-stamp"} and all(note.severity == "review" for note in notes)
    assert "'75 %'" in notes[1].message


def test_a_row_a_stamp_reaches_into_where_no_text_was_read_is_named_for_review():
    """A table without rules, its second column's '76,53' under a black stamp read as no cell at all
    (development seed 290): the row is named on its cell nearest the stamp; a row whose cell the
    stamp covers is named once, a row the stamp misses not at all."""
    from rktparse.grid import TablePage

    def cell(row: int, col: int, top: float, text: str) -> Cell:
        x0 = 100 + 150 * col
        return Cell(row=row, col=col, lines=[text], bbox=BBox(x0=x0, top=top, x1=x0 + 100, bottom=top + 12))

    cells = [cell(0, 0, 100, "Indeks Nilai Tukar Petani"), cell(0, 2, 100, "90,85"),
             cell(1, 0, 130, "Jumlah Nilai Tukar Petani"), cell(1, 1, 130, "54%"), cell(1, 2, 130, "62,9"),
             cell(2, 0, 300, "Cakupan skor Pola Pangan"), cell(2, 2, 300, "100")]
    table = TablePage(page=1, n_rows=3, n_cols=3, cells=cells, bbox=BBox(x0=100, top=100, x1=500, bottom=312))
    stamp = Stamp(x=310 * 300 / 72, y=120 * 300 / 72, radius=25 * 300 / 72)  # over column 1, rows 0 and 1
    notes = stamp_notes(1, [table], [stamp], 300)
    assert [note.cell for note in notes] == [cells[3].bbox, cells[1].bbox]
    assert "no text was read" in notes[1].message and "table row 1 " in notes[1].message


# --- a row's number against its column ------------------------------------------------------------


def numbered(texts: list[str], column: int = 0) -> list[Cell]:
    return [Cell(row=row, col=column, lines=[text] if text else []) for row, text in enumerate(texts)]


@pytest.mark.parametrize("texts, odd", [
    (["1", "2", "3", "4"], []),
    (["4", "2", "3"], ["4"]),  # the first, by the two below
    (["1", "2", "8", "4"], ["8"]),
    (["1", "2", "3", "9"], ["9"]),  # the last, by the two above
    (["1", "", "2", "3."], []),  # merged cells leave empty rows; "3." is a number too
    (["1", "3", "5"], []),  # no count kept: nothing to hold a number against
    (["1", "5", "9", "2"], []),
])
def test_a_number_out_of_its_columns_count_is_named(texts, odd):
    assert [cell.text for cell in out_of_sequence(numbered(texts))] == odd


def test_the_row_numbering_the_columns_is_no_part_of_the_count():
    """'1 2 3 4' under the header numbers the columns: the column's own count starts below it."""
    heading = [Cell(row=0, col=column, lines=[str(column + 1)]) for column in range(4)]
    rows = [Cell(row=row, col=0, lines=[str(row)]) for row in range(1, 4)]
    assert out_of_sequence(heading + rows) == []


# --- the space before a "%" ------------------------------------------------------------------------


def printed(text: str) -> tuple[np.ndarray, OcrWord]:
    """`text` printed in 10 pt at 300 dpi, and a word Tesseract would give for it glued ("97%")."""
    image = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(image).text((20, 30), text, font=ImageFont.truetype(FONT, 42), fill=0)
    pixels = np.asarray(image)
    ys, xs = np.nonzero(pixels < 128)
    box = OcrWord(text.replace(" ", ""), int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1, 95.0,
                  (1, 1, 1))
    return pixels, box


@pytest.mark.parametrize("text, words", [
    ("97 %", ["97", "%"]),
    ("65,60 %", ["65,60", "%"]),
    ("97%", ["97%"]),
    ("100%", ["100%"]),
    ("11%", ["11%"]),
    ("81 %", ["81", "%"]),  # a space after a "1", which leaves paper beside its stem when set close too
])
def test_a_space_before_percent_is_measured_on_the_scan(text, words):
    pixels, word = printed(text)
    assert [part.text for part in split_percent(word, pixels)] == words


@pytest.mark.parametrize("text, words", [
    ("Rp 23.500.000", ["Rp", "23.500.000"]),
    ("Rp. 7.000", ["Rp.", "7.000"]),
    ("Rp23.500.000", ["Rp23.500.000"]),
    ("Rp.4.700.000", ["Rp.4.700.000"]),
    ("Rp311.000.000", ["Rp311.000.000"]),  # the gaps beside a "1" inside the figures
    ("Rp 1.540.000", ["Rp1.540.000"]),  # a "1" opening the figures: left as read
])
def test_a_space_after_rupiah_is_measured_on_the_scan(text, words):
    """Tesseract glues "Rp 23.500.000" into one word (reporting seed 1000017, a table without rules);
    on reporting seeds 1000015, 1000055 and 1000061 the widest gap of a glued one was inside its
    figures, or before a "1"."""
    pixels, word = printed(text)
    assert [part.text for part in split_rupiah(word, pixels)] == words


@pytest.mark.parametrize("text, words", [
    ("93,7%", ["93,7%"]),
    ("68,97%", ["68,97%"]),
    ("97 %", ["97", "%"]),
    ("85,71 %", ["85,71", "%"]),
])
def test_a_percent_read_as_a_word_of_its_own_is_joined_only_where_the_ink_is_glued(text, words):
    """Tesseract reads "93,7%" as "93,7" and "Yo", the figure's box reaching over the "%" (reporting
    seed 1000105): the words' boxes overlap either way, the paper before the "%" tells."""
    pixels, whole = printed(text)
    figure, sign = text.replace(" ", "")[:-1], round(whole.x1 - 0.8 * (whole.bottom - whole.top))
    line = [whole._replace(text=figure), whole._replace(text="Yo", x0=sign - 8, top=whole.top - 4)]
    assert [part.text for part in close_percent(line, pixels)] == words


@pytest.mark.parametrize("text, read, kept", [
    ("anggaran;", "anggaran:", "anggaran;"),
    ("anggaran:", "anggaran;", "anggaran:"),
    ("kegiatan;", "kegiatan;", "kegiatan;"),
    ("Keterangan:", "Keterangan:", "Keterangan:"),
    ("dilaksanakan;", "dilaksanakan,", "dilaksanakan;"),
    ("dilaksanakan,", "dilaksanakan,", "dilaksanakan,"),  # one mark: as read
    ("pangkat:", "pangkat,", "pangkat,"),  # a "," is never taken for a ":" (a comma the scan broke in two)
])
def test_a_closing_semicolon_is_told_from_a_colon_by_its_tail(text, read, kept):
    pixels, word = printed(text)
    assert [part.text for part in read_marks(word._replace(text=read), pixels)] == [kept]


@pytest.mark.parametrize("font", [FONT, FONT.replace("Sans-Regular", "Serif-Regular")], ids=["sans", "serif"])
@pytest.mark.parametrize("text, read, kept", [
    ("capaian", "Capaian", "capaian"),  # dev scans 4, 38, 48, 140: an indikator's small first letter read capital
    ("oleh", "Oleh", "oleh"),
    ("Capaian", "Capaian", "Capaian"),
    ("Siti", "Siti", "Siti"),  # the "i"s' dots stand as high as a capital: no part of the small letters' height
    ("Sosialisasi", "Sosialisasi", "Sosialisasi"),
    ("Zona", "Zona", "Zona"),
    ("standar", "standar", "standar"),  # read small stays small, even where the "s" touches the "t"
])
def test_a_capital_first_letter_level_with_the_small_letters_is_read_small(font, text, read, kept):
    image = Image.new("L", (500, 160), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 60), text, font=ImageFont.truetype(font, 42), fill=100)  # a light grey print
    pixels = np.asarray(image)
    ys, xs = np.nonzero(pixels < 200)
    draw.text((20, 10), "Angka", font=ImageFont.truetype(font, 42), fill=100)  # the line above
    word = OcrWord(read, int(xs.min()), int(ys.min()) - 12, int(xs.max()) + 1, int(ys.max()) + 1, 95.0, (1, 1, 1))
    assert [part.text for part in read_marks(word, np.asarray(image))] == [kept]


@pytest.mark.parametrize("read, parts", [
    ("351.000.000.000pendidikan", ["351.000.000.000", "pendidikan"]),  # an amount printed over the next column
    ("27orang", ["27", "orang"]),  # a space the scan closed
    ("Rp1.000aparatur", ["Rp1.000", "aparatur"]),
    ("10km", ["10km"]), ("2018Tahun", ["2018Tahun"]), ("e-SPTPD", ["e-SPTPD"]),  # a unit's letters; a capital
    ("2.170.00096.900", ["2.170.000", "96.900"]),  # a target glued to the next column's amount
    ("48.290.000", ["48.290.000"]), ("45,7896.900", ["45,7896.900"]),  # one amount; groups not of three
])
def test_a_figure_read_glued_to_a_word_in_small_letters_or_an_amount_is_two_words(read, parts):
    """Reporting scan 1,000,897: 'Rp 351.000.000.000', printed over the Kegiatan column's '... pendidikan',
    was read as one word across both columns, which ended the table without rules there: eight rows lost,
    no warning. A figure glued to a word of small letters is two words, parted in proportion to their letters;
    so are two amounts whose groups of three tell where the second begins (reporting scan 1,001,283:
    'Rp2.170.000.00096.900.000', 21 rows lost)."""
    pixels, word = printed(read)
    found = read_marks(word, pixels)
    assert [part.text for part in found] == parts
    assert found[0].x0 == word.x0 and found[-1].x1 == word.x1 and all(a.x1 <= b.x0 for a, b in zip(found, found[1:]))


# --- stray marks ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, stray", [
    ("©", True), ("Kinerja_—_-", True), ("»", True),  # a stamp's or a signature's strokes read as signs
    ("Detail!", True),  # dev scan 15: 'Rencana Detail Tata Ruang' read with a '!'; no table exclaims
    ("(Rp)", False), ("100%", False), ("•", False), ("Kab/Kota", False), ("-", False), ("anggaran;", False),
    ("umuM", True),  # a real RKT scanned (real_archives.py --scan bw200): 'umum' with its 'm' read large, silently
    ("SiLPA", False), ("KemenPAN", False), ("PPKn", False), ("mmHg", False),  # print's own mixed cases
])
def test_a_sign_print_does_not_use_is_named_however_sure_the_reading(text, stray):
    assert is_stray(text) is stray


@pytest.mark.parametrize("word, after, unclosed", [
    ("‘analisis", "jabatan dan beban kerja", True),  # reporting scan 1000171: a speck read as a quote
    ("“Ayo", "Sekolah” bagi anak", False), ("\"Ayo", "Sekolah\"", False), ("‘Ayo’", "", False),
    ("analisis", "jabatan", False), ("Jum'at", "", False),
])
def test_a_quote_nothing_closes_is_named(word, after, unclosed):
    assert opens_unclosed([word, *after.split()], 0) is unclosed


def test_a_comma_the_scan_broke_in_two_is_no_colon():
    pixels, word = printed("pangkat,")
    pixels = pixels.copy()
    columns = np.flatnonzero((pixels[:, word.x1 - 4:word.x1] < 128).any(axis=0))  # the comma's own columns
    rows = np.flatnonzero((pixels[:, word.x1 - 4:word.x1] < 128).any(axis=1))
    pixels[(rows.min() + rows.max()) // 2, word.x1 - 4 + columns.min():word.x1] = 255  # a crack through it
    assert closing_mark(word, pixels) is None
    assert [part.text for part in read_marks(word._replace(text="pangkat:"), pixels)] == ["pangkat:"]


def test_a_signature_line_under_a_stamp_is_a_review_pointed_at_its_field():
    from rktparse.assemble import with_field_ref
    from rktparse.models import DocumentInfo, Signatory, Warning

    text = PageText(page=3, below=["Bandung, 3 Januari 2017", "KEPALA DINAS SOSIAL", "Drs. ASEP SUNANDAR, M.Si"],
                    below_boxes=[BBox(x0=300, top=600, x1=450, bottom=612), BBox(x0=300, top=620, x1=470, bottom=632),
                                 BBox(x0=300, top=700, x1=460, bottom=712)])
    stamp = Stamp(x=340 * 200 / 72, y=640 * 200 / 72, radius=15 * 200 / 72)  # over the position only
    notes = stamped_line_notes(text, [stamp], 200)
    assert [note.cell for note in notes] == [text.below_boxes[1]] and notes[0].severity == "review"
    info = DocumentInfo(signatory=Signatory(position="KEPALA DINAS SOSIAL", name="Drs. ASEP SUNANDAR, M.Si"))
    warning = Warning(code=notes[0].code, message=notes[0].message, page=3)
    assert with_field_ref(warning, notes[0], [text], info).ref == "/document/signatory"
    elsewhere = ReaderNote(code="ocr-under-stamp", message="", page=3, cell=text.below_boxes[0])
    assert with_field_ref(warning, elsewhere, [text], info).ref is None  # the date line went into no signer field


# --- rules ----------------------------------------------------------------------------------------


def test_a_short_upright_stroke_is_a_rule_only_between_two_rules():
    """A header row's rules, a column rule from its top rule to its bottom one, and a letter's stroke
    as tall (a bold "j" standing on the bottom rule, its dot bridged to its stem) that meets only
    the bottom rule: the stroke splits no column and is left for OCR to read."""
    px = 300 / 72
    ink = np.zeros((int(200 * px), int(300 * px)), bool)
    top, bottom = int(50 * px), int(65 * px)
    for y in (top, bottom):
        ink[y:y + 4, int(20 * px):int(280 * px)] = True
    ink[top:bottom + 4, int(150 * px):int(150 * px) + 4] = True  # the column rule
    ink[int(52.5 * px):bottom + 4, int(100 * px):int(100 * px) + 6] = True  # the stroke
    segments, mask = find_rules(ink, 300)
    upright = [segment for segment in segments if segment.x0 == segment.x1]
    assert [round(segment.x0) for segment in upright] == [150]
    assert ink[int(56 * px), int(100 * px)] and not mask[int(56 * px), int(100 * px)]


def test_the_column_rule_of_a_row_lower_than_a_long_run_is_found():
    """A one-line header row 10.8 pt tall (development seed 246 at 300 dpi): its column rule, shorter
    than MIN_VERTICAL_PT, runs from the row's top rule to its bottom one on the line of the body's
    column rule, and parts two header cells. A letter's stem in a body row 8 pt high meets both of
    its rules too, off any column's line (development seed 319), or on the line of a rule drawn over
    part of the table but a little apart from the rules (seed 247): neither a rule nor erased."""
    px = 300 / 72
    ink = np.zeros((int(200 * px), int(300 * px)), bool)
    top, bottom, body = int(50 * px), int(60.8 * px), int(68.8 * px)
    for y in (top, bottom, body, int(150 * px)):
        ink[y:y + 3, int(20 * px):int(280 * px)] = True
    ink[top:bottom + 3, int(150 * px):int(150 * px) + 3] = True  # the header's column rule
    ink[body:int(150 * px), int(150 * px):int(150 * px) + 3] = True  # the body's, under a row across the table
    ink[bottom + 3:body, int(100 * px):int(100 * px) + 4] = True  # a stem in that row, from rule to rule
    ink[int(100 * px):int(150 * px), int(250 * px):int(250 * px) + 3] = True  # a rule under part of the table
    ink[bottom + 6:body - 3, int(250 * px):int(250 * px) + 4] = True  # a stem on its line, stopping short
    segments, mask = find_rules(ink, 300)
    upright = sorted((round(segment.x0), round(segment.top)) for segment in segments if segment.x0 == segment.x1)
    assert upright == [(150, 50), (150, 69), (250, 100)]
    assert mask[int(55 * px), int(150 * px) + 1]
    for x in (100, 250):
        assert ink[int(64 * px), int(x * px) + 1] and not mask[int(64 * px), int(x * px) + 1]


# --- a list's bullet ---------------------------------------------------------------------------------


def printed_line(text: str, scale: int = 42) -> tuple[np.ndarray, list[OcrWord]]:
    """`text` printed at 300 dpi (10 pt: 42 px) or less, and its words as Tesseract boxes them."""
    image = Image.new("L", (60 + len(text) * scale, 3 * scale), 255)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(FONT, scale)
    words, x = [], 20
    for part in text.split():
        left, top, right, bottom = draw.textbbox((x, scale), part, font=font)
        draw.text((x, scale), part, font=font, fill=0)
        words.append(OcrWord(part, left, top, right, bottom, 95.0, (1, 1, 1)))
        x = right + round(0.28 * scale)
    return np.asarray(image), words


@pytest.mark.parametrize("scale", [42, 21], ids=["300 dpi", "150 dpi"])
@pytest.mark.parametrize("read", ["*", "e", "s", "“"])
def test_a_bullet_misread_as_a_sign_or_letter_is_read_from_its_dot(scale, read):
    pixels, words = printed_line("• Penatausahaan Barang", scale)
    misread = [words[0]._replace(text=read, confidence=25.0), *words[1:]]
    assert [word.text for word in read_bullet(misread, pixels)] == ["•", "Penatausahaan", "Barang"]


@pytest.mark.parametrize("scale", [42, 21], ids=["300 dpi", "150 dpi"])
def test_a_bullet_dropped_or_glued_to_its_word_is_put_back(scale):
    pixels, words = printed_line("• melakukan rekonsiliasi", scale)
    assert [word.text for word in read_bullet(words[1:], pixels)] == ["•", "melakukan", "rekonsiliasi"]
    glued = [words[1]._replace(text="«melakukan", x0=words[0].x0), words[2]]
    assert [word.text for word in read_bullet(glued, pixels)] == ["•", "melakukan", "rekonsiliasi"]


def printed_cell(lines: list[str], scale: int = 42) -> tuple[np.ndarray, list[list[OcrWord]]]:
    """`lines` printed one under another at 300 dpi (10 pt: 42 px), and their words boxed to their
    ink, as Tesseract boxes them."""
    image = Image.new("L", (40 * scale, (len(lines) + 2) * round(1.25 * scale)), 255)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(FONT, scale)
    boxes = []
    for k, text in enumerate(lines):
        x, y = 20, scale + k * round(1.25 * scale)
        for part in text.split():
            left, top, right, bottom = draw.textbbox((x, y), part, font=font)
            draw.text((x, y), part, font=font, fill=0)
            boxes.append((k, part, left, top, right, bottom))
            x = right + round(0.28 * scale)
    pixels = np.asarray(image)
    read: list[list[OcrWord]] = [[] for _ in lines]
    for k, part, left, top, right, bottom in boxes:
        ys, xs = np.nonzero(pixels[top:bottom, left:right] < 128)
        read[k].append(OcrWord(part, left + int(xs.min()), top + int(ys.min()), left + int(xs.max()) + 1,
                               top + int(ys.max()) + 1, 95.0, (1, 1, k)))
    return pixels, read


@pytest.mark.parametrize("mark", ["•", "-"])
def test_a_bullet_alone_on_its_line_is_read_as_a_line_of_its_own(mark):
    """Reporting scans 1,001,210 and 1,001,344: a narrow column wrapped '• Pendampingan' into a lone
    bullet over its word, and Tesseract read no line for the bullet: the item went on with the one
    above, silently. A mark of the cell's bullets' size, in line with them, where no word stands, is a
    line of that bullet; in a cell of no bullets it is no bullet."""
    pixels, read = printed_cell([f"{mark} Penanganan", "masyarakat", mark, "Pendampingan", "pembangunan"])
    unread = [line for line in read if line[0].text != mark or len(line) > 1]  # the lone bullet not read
    assert [" ".join(w.text for w in line) for line in with_lone_bullets(unread, pixels)] == [
        f"{mark} Penanganan", "masyarakat", mark, "Pendampingan", "pembangunan"]
    plain = [line[1:] if line[0].text == mark else line for line in unread]  # no bullets in the cell
    assert with_lone_bullets(plain, pixels) == plain


def light_grey(pixels: np.ndarray, ink: int, blur: int) -> np.ndarray:
    """A light, soft scan of the page: black printed as `ink`, edges blurred over `blur` pixels."""
    light = (255 - (255 - pixels.astype(np.float32)) * (255 - ink) / 255).astype(np.uint8)
    return cv2.GaussianBlur(light, (blur, blur), 0)


@pytest.mark.parametrize("ink, blur", [(100, 7), (120, 5)])
def test_a_bullet_on_a_light_soft_scan_is_read_from_its_dot(ink, blur):
    """The dot is measured with the band's own ink (Otsu): at a fixed grey a light, soft scan's dot
    came out smaller and ragged, and the '*' Tesseract read was kept (dev scan 320). An asterisk
    opening a line stays one."""
    pixels, words = printed_line("• Pembangunan halte", 30)
    misread = [words[0]._replace(text="*", confidence=40.0), *words[1:]]
    assert [word.text for word in read_bullet(misread, light_grey(pixels, ink, blur))] == ["•", "Pembangunan", "halte"]
    pixels, words = printed_line("* Catatan kaki", 30)
    assert [word.text for word in read_bullet(words, light_grey(pixels, ink, blur))] == ["*", "Catatan", "kaki"]


@pytest.mark.parametrize("text", ["e-SPTPD kepada", "* Catatan kaki", "o Kegiatan", ". Kegiatan", "- Pembinaan",
                                  "1. Pembinaan", "aparatur"])
def test_a_line_opening_without_a_dot_is_kept_as_read(text):
    pixels, words = printed_line(text)
    assert [word.text for word in read_bullet(words, pixels)] == text.split()


# --- a "%" read as figures or a sign ------------------------------------------------------------------


@pytest.mark.parametrize("text, read, kept", [
    ("(%)", "(96)", "(%)"),
    ("(%)", "(90)", "(%)"),
    ("%", "96", "%"),
    ("%", "&", "%"),  # reporting scan 1000256's 'TARGET %' read 'TARGET &'
    ("%", "Ya", "%"),  # reporting scan 1000307's '93,77 %' read '93,77 Ya'
    ("&", "&", "&"),  # a sign or a word stays itself
    ("Ya", "Ya", "Ya"),
    ("(96)", "(96)", "(96)"),  # figures stay figures
    ("90", "90", "90"),
    ("(88)", "(88)", "(88)"),
])
def test_a_percent_read_as_figures_or_a_sign_is_told_by_its_rings(text, read, kept):
    pixels, word = printed(text)
    assert [part.text for part in read_marks(word._replace(text=read), pixels)] == [kept]


@pytest.mark.parametrize("blur", [0, 3, 5])
@pytest.mark.parametrize("figures", ["(96)", "(90)", "(69)", "00", "88", "(66)"])
def test_figures_blurred_into_one_mark_stay_figures(figures, blur):
    """Two figures the scan's blur joined are as wide as two: never taken for a "%"."""
    pixels, word = printed(figures)
    pixels = cv2.GaussianBlur(pixels, (blur, blur), 0) if blur else pixels
    assert [part.text for part in read_marks(word._replace(text="(96)" if "(" in figures else "96"), pixels)] \
        == ["(96)" if "(" in figures else "96"]


def test_a_bullet_inside_a_page_line_is_read_from_its_dot():
    """A page read whole (a table without rules) gives lines across its columns: a Kegiatan's bullet
    stands inside one, after the target."""
    pixels, words = printed_line("85 % • Pembinaan kelompok")
    misread = [*words[:2], words[2]._replace(text="e", confidence=30.0), *words[3:]]
    assert [word.text for word in read_bullet(misread, pixels)] == ["85", "%", "•", "Pembinaan", "kelompok"]


@pytest.mark.parametrize("text, read", [("58,46%", "58,464"), ("53,6%", "53,646"), ("69%", "6996"), ("100%", "1004")])
def test_a_glued_percent_read_as_figures_is_told_by_its_rings(text, read):
    """A "%" glued to its figure, read as one or two more figures: a digit error no reading
    flags, told from the last glyph's marks."""
    pixels, word = printed(text)
    assert [part.text for part in read_marks(word._replace(text=read), pixels)] == [text]


@pytest.mark.parametrize("blur", [0, 3, 5])
@pytest.mark.parametrize("figures", ["58,468", "99,96", "1.250", "2024", "65,60", "100", "46", "8.040.000"])
def test_figures_ending_a_figure_stay_figures(figures, blur):
    pixels, word = printed(figures)
    pixels = cv2.GaussianBlur(pixels, (blur, blur), 0) if blur else pixels
    assert [part.text for part in read_marks(word, pixels)] == [figures]


def test_a_box_reaching_over_a_spaced_percent_keeps_its_figures():
    """Tesseract's box for '64' may reach over the '%' a space after it (dev seed 46): its last glyph
    is a '%', but not one read as the word's last figure."""
    pixels, word = printed("64 %")
    pixels = cv2.erode(pixels, np.ones((1, 5), np.uint8))  # strokes thickened: the '6' and '4' touch
    assert [part.text for part in read_marks(word._replace(text="64"), pixels)][0] == "64"
