"""The three PDF readers on small PDFs of known content: same grid, same words, same errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from rktparse.errors import CorruptFileError, EmptyFileError, EncryptedFileError, InputError, NoTextLayerError
from rktparse.grid import SourceDocument, TablePage
from rktparse.readers import get_reader
from rktparse.readers.pdf_words import Char, chars_to_words, words_to_lines

ENGINES = ["pdfium", "pdfplumber", "camelot"]
SIZE, LEADING, PAD = 9.0, 11.0, 4.0
COLUMNS = (60.0, 220.0, 440.0, 540.0, 780.0)  # x of the five vertical rules: four columns

HEADER = ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]
# (row, col, row_span, lines); the Sasaran of rows 1-3 is one cell merged down.
BODY = [
    (1, 0, 3, ["Meningkatnya kualitas", "pelayanan publik yang", "prima"]),
    (1, 1, 1, ["Indeks kepuasan masyarakat", "terhadap layanan"]),
    (1, 2, 1, ["85"]),
    (1, 3, 1, ["Survei kepuasan masyarakat"]),
    (2, 1, 1, ["Persentase temuan yang di-", "tindaklanjuti"]),
    (2, 2, 1, ["100%"]),
    (2, 3, 1, ["Pengelolaan pengaduan", "masyarakat"]),
    (3, 1, 1, ["Nilai SAKIP"]),
    (3, 2, 1, ["A (80-85)"]),
    (3, 3, 1, ["Penyusunan laporan kinerja"]),
    (4, 0, 1, ["Terwujudnya tata kelola", "keuangan yang akuntabel"]),
    (4, 1, 1, ["Opini BPK atas laporan", "keuangan"]),
    (4, 2, 1, ["WTP"]),
    (4, 3, 1, ["Penyusunan laporan keuangan"]),
]
EXPECTED = sorted([(0, col, 1, 1, [name]) for col, name in enumerate(HEADER)]
                  + [(row, col, span, 1, lines) for row, col, span, lines in BODY])
TITLE = ["RENCANA KINERJA TAHUNAN (RKT) TAHUN 2024", "DINAS KOMUNIKASI DAN INFORMATIKA"]
SIGNATURE = ["Bandung, 2 Januari 2024", "KEPALA DINAS", "Dr. BUDI SANTOSO, M.Si."]


def row_heights() -> list[float]:
    """Each row fits its tallest cell; the merged Sasaran's three lines fit its three rows."""
    heights = [LEADING + 2 * PAD]
    for row in range(1, 5):
        tallest = max(len(lines) for r, _, span, lines in BODY if r == row and span == 1)
        heights.append(tallest * LEADING + 2 * PAD)
    return heights


def row_tops(page_height: float, top: float) -> list[float]:
    """y (reportlab, from the bottom) of each row boundary, top to bottom."""
    ys = [page_height - top]
    for height in row_heights():
        ys.append(ys[-1] - height)
    return ys


def draw_rule(pdf: canvas.Canvas, x0: float, y0: float, x1: float, y1: float, style: str) -> None:
    """A rule as a stroked line, or (Word) as a thin filled rectangle."""
    if style == "lines":
        pdf.line(x0, y0, x1, y1)
    else:
        pdf.rect(x0 - 0.4, y0 - 0.4, x1 - x0 + 0.8, y1 - y0 + 0.8, stroke=0, fill=1)


def draw_table(pdf: canvas.Canvas, page_height: float, style: str, header: str = "ruled") -> None:
    """The known table: title above, signature below; `header="borderless"` prints it above the top rule."""
    ys = row_tops(page_height, 90.0)
    pdf.setFont("Helvetica-Bold", 12)
    for i, line in enumerate(TITLE):
        pdf.drawCentredString(420, page_height - 40 - i * 16, line)
    pdf.setFont("Helvetica", SIZE)
    if style == "boxes":  # Word: grey header shading under the text, not a rule
        pdf.setFillGray(0.85)
        pdf.rect(COLUMNS[0], ys[1], COLUMNS[-1] - COLUMNS[0], ys[0] - ys[1], stroke=0, fill=1)
        pdf.setFillGray(0)
    for col, name in enumerate(HEADER):
        pdf.drawString(COLUMNS[col] + PAD, ys[0] - PAD - SIZE, name)
    for row, col, _, lines in BODY:
        for i, line in enumerate(lines):
            pdf.drawString(COLUMNS[col] + PAD, ys[row] - PAD - SIZE - i * LEADING, line)
    first_rule = 1 if header == "borderless" else 0
    for row in range(first_rule, len(ys)):
        merged_above = row in (2, 3)  # inside the Sasaran merged over rows 1-3
        draw_rule(pdf, COLUMNS[1] if merged_above else COLUMNS[0], ys[row], COLUMNS[-1], ys[row], style)
    for x in COLUMNS:
        draw_rule(pdf, x, ys[-1], x, ys[first_rule], style)
    for i, line in enumerate(SIGNATURE):
        pdf.drawString(600, ys[-1] - 30 - i * 14, line)


def make_pdf(path: Path, style: str = "lines", header: str = "ruled", **options) -> Path:
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height), **options)
    draw_table(pdf, height, style, header)
    pdf.showPage()
    pdf.save()
    return path


def cells(table: TablePage) -> list[tuple[int, int, int, int, list[str]]]:
    return sorted((c.row, c.col, c.row_span, c.col_span, c.lines) for c in table.cells)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        "lines": make_pdf(folder / "lines.pdf"),
        "boxes": make_pdf(folder / "boxes.pdf", style="boxes"),
        "borderless": make_pdf(folder / "borderless.pdf", header="borderless"),
    }


@pytest.fixture(scope="module")
def read(pdfs):
    cache: dict[tuple[str, str], SourceDocument] = {}

    def read(engine: str, name: str) -> SourceDocument:
        if (engine, name) not in cache:
            cache[engine, name] = get_reader(engine).read(pdfs[name])
        return cache[engine, name]

    return read


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["lines", "boxes", "borderless"])
def test_grid_cells_and_spans(read, engine, name):
    doc = read(engine, name)
    assert (doc.format, doc.engine, doc.page_count) == ("pdf", engine, 1)
    [table] = doc.tables
    assert (table.page, table.n_rows, table.n_cols) == (1, 5, 4)
    assert cells(table) == EXPECTED


@pytest.mark.parametrize("engine", ENGINES)
def test_title_above_and_signature_below(read, engine):
    [text] = read(engine, "lines").texts
    assert (text.page, text.above, text.below) == (1, TITLE, SIGNATURE)


@pytest.mark.parametrize("engine", ENGINES)
def test_words_inside_the_table(read, engine):
    expected = Counter(word for _, _, _, _, lines in EXPECTED for line in lines for word in line.split())
    assert Counter(read(engine, "lines").tables[0].words) == expected


def test_engines_agree_on_the_bbox(read):
    boxes = [read(engine, "lines").tables[0].bbox for engine in ENGINES]
    for box in boxes[1:]:
        assert abs(box.x0 - boxes[0].x0) < 2 and abs(box.bottom - boxes[0].bottom) < 2


def test_two_tables_on_one_page_come_top_to_bottom(tmp_path):
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(tmp_path / "two.pdf"), pagesize=(width, height))
    for top, label in ((height - 60, "A"), (height - 300, "B")):
        for y in (top, top - 20, top - 40):
            pdf.line(60, y, 300, y)
        for x in (60, 180, 300):
            pdf.line(x, top, x, top - 40)
        for row in range(2):
            for col in range(2):
                pdf.drawString(64 + 120 * col, top - 14 - 20 * row, f"{label}{row}{col}")
    pdf.showPage()
    pdf.save()
    tables = get_reader("pdfium").read(tmp_path / "two.pdf").tables
    assert [[c.lines for c in t.cells] for t in tables] == [
        [["A00"], ["A01"], ["A10"], ["A11"]], [["B00"], ["B01"], ["B10"], ["B11"]]]


# --- bad input ---------------------------------------------------------------------------


def empty(path: Path, tmp_path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated(path: Path, tmp_path: Path) -> Path:
    whole = make_pdf(tmp_path / "whole.pdf").read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def encrypted(path: Path, tmp_path: Path) -> Path:
    return make_pdf(path, encrypt="pw")


def image_only(path: Path, tmp_path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(Image.new("L", (200, 100), 128)), 72, 600, 200, 100)
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("make", "error"),
    [(empty, EmptyFileError), (truncated, CorruptFileError), (encrypted, EncryptedFileError),
     (image_only, NoTextLayerError)],
    ids=["empty", "truncated", "encrypted", "image-only"],
)
def test_bad_input_raises_the_right_error(tmp_path, engine, make, error):
    path = make(tmp_path / "rkt-bad.pdf", tmp_path)
    with pytest.raises(error) as caught:
        get_reader(engine).read(path)
    assert isinstance(caught.value, InputError)
    assert "rkt-bad.pdf" in str(caught.value)


def test_corrupt_error_says_why(tmp_path):
    with pytest.raises(CorruptFileError) as caught:
        get_reader("pdfium").read(truncated(tmp_path / "half.pdf", tmp_path))
    assert "Data format error" in str(caught.value)
    assert caught.value.__cause__ is not None


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber", pytest.param(
    "camelot", marks=pytest.mark.xfail(reason="camelot drops a column no rule crosses", strict=True))])
def test_unruled_column_of_a_continued_table_is_kept(tmp_path, engine):
    """Excel: a "No" column without row rules, open at the page's top and bottom."""
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(tmp_path / "open.pdf"), pagesize=(width, height))
    ys = [height - 60 - 20 * i for i in range(3)]
    for y in ys:
        pdf.line(90, y, 500, y)
    for x in (60, 90, 300, 500):
        pdf.line(x, ys[0], x, ys[-1])
    for row, (no, left, right) in enumerate([("1", "Kegiatan satu", "100%"), ("2", "Kegiatan dua", "WTP")]):
        for x, text in ((64, no), (94, left), (304, right)):
            pdf.drawString(x, ys[row] - 14, text)
    pdf.showPage()
    pdf.save()
    [table] = get_reader(engine).read(tmp_path / "open.pdf").tables
    assert (table.n_rows, table.n_cols) == (2, 3)
    assert cells(table) == [(0, 0, 2, 1, ["1", "2"]), (0, 1, 1, 1, ["Kegiatan satu"]), (0, 2, 1, 1, ["100%"]),
                            (1, 1, 1, 1, ["Kegiatan dua"]), (1, 2, 1, 1, ["WTP"])]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_table_without_outer_column_rules_keeps_its_first_and_last_columns(tmp_path, engine):
    """Only inner column rules, the row rules running on to the table's sides, and a shaded header
    with no rule under it: the outer columns end where the row rules do, the first row where the
    column rules start."""
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(tmp_path / "open-sides.pdf"), pagesize=(width, height))
    top = height - 80
    pdf.setFillColorRGB(0.27, 0.45, 0.77)
    pdf.rect(60, top, 500, 22, stroke=0, fill=1)  # the header's shading, no rule under it
    pdf.setFillColorRGB(0, 0, 0)
    for x, name in ((64, "No"), (94, "Sasaran"), (254, "Indikator"), (424, "Sumber Data")):
        pdf.drawString(x, top + 8, name)
    ys = [top - 30, top - 60]  # the rules under each row, from the table's left side to its right
    for y in ys:
        pdf.line(60, y, 560, y)
    for x in (90, 250, 420):
        pdf.line(x, top, x, ys[-1])
    for row, texts in enumerate([("1", "Sasaran satu", "Indikator satu", "Laporan"), ("2", "Sasaran dua",
                                                                                       "Indikator dua", "Survei")]):
        for x, text in zip((64, 94, 254, 424), texts):
            pdf.drawString(x, top - 18 - 30 * row, text)
    pdf.showPage()
    pdf.save()
    [table] = get_reader(engine).read(tmp_path / "open-sides.pdf").tables
    assert (table.n_rows, table.n_cols) == (3, 4)
    assert [cell.lines for cell in table.cells if cell.row == 0] == [["No"], ["Sasaran"], ["Indikator"], ["Sumber Data"]]
    assert [cell.lines for cell in table.cells if cell.row == 2] == [["2"], ["Sasaran dua"], ["Indikator dua"], ["Survei"]]


# --- characters to words, engine-free ------------------------------------------------------


def glyphs(text: str, x: float = 10.0, width: float = 5.0, advance: float = 5.0) -> list[Char]:
    """One character per letter of `text` on one line, `advance` apart."""
    return [Char(c, x + i * advance, x + i * advance + width, 100.0, 110.0) for i, c in enumerate(text)]


def line_texts(printed: list[Char]) -> list[str]:
    return [line.text for line in words_to_lines(chars_to_words(printed))]


def test_printed_blank_splits_words_even_in_condensed_text():
    assert line_texts(glyphs("Daerah dan", width=6.0, advance=4.0)) == ["Daerah dan"]


def test_word_gap_without_blank_splits_words():
    assert line_texts(glyphs("Target") + glyphs("85", x=60.0)) == ["Target 85"]


def test_fake_bold_overprint_reads_once():
    assert line_texts(glyphs("WTP") + glyphs("WTP", x=10.3)) == ["WTP"]
    interleaved = [c for pair in zip(glyphs("WTP"), glyphs("WTP", x=10.3)) for c in pair]
    assert line_texts(interleaved) == ["WTP"]


def test_narrow_word_gap_without_blank_splits_words():
    # 1.6 pt apart at a 10 pt height: wider than a letter gap (bold capitals set up to 1.2 pt apart),
    # narrower than a printed blank
    assert line_texts(glyphs("Sasaran") + glyphs("Strategis", x=10.0 + 7 * 5.0 + 1.6)) == ["Sasaran Strategis"]
    assert line_texts(glyphs("TARGET", advance=6.15)) == ["TARGET"]


def test_tracked_letters_stay_one_word_while_the_wider_word_space_splits():
    tracked = glyphs("Indikator", advance=5.9) + glyphs("Kinerja", x=10.0 + 9 * 5.9 + 1.2, advance=5.9)
    assert line_texts(tracked) == ["Indikator Kinerja"]


def test_a_figure_overflowing_into_the_next_cell_stays_apart_from_its_text():
    # printed by another cell, later in the stream, touching the figure's last digit
    figure = glyphs("85.200.000.000.000")
    after = figure[-1].x1
    assert line_texts(figure[:9] + glyphs("kecamatan", x=after) + figure[9:]) == ["85.200.000.000.000 kecamatan"]
    assert line_texts(figure[:9] + glyphs("•", x=after) + figure[9:]) == ["85.200.000.000.000 •"]
    assert line_texts(figure[:9] + glyphs("Sekolah", x=after) + figure[9:]) == ["85.200.000.000.000 Sekolah"]
    # a connective of two letters is no unit of the figure either (reporting seed 1,001,538:
    # '810.000.000.000di 27 kecamatan' crossed the column bound and ended the table, two rows lost)
    assert line_texts(figure + glyphs("di", x=after) + glyphs("27", x=after + 15)) == ["85.200.000.000.000 di 27"]
    assert line_texts(glyphs("15.502") + glyphs("km", x=glyphs("15.502")[-1].x1)) == ["15.502km"]
    # a figure whose groups of thousands are whole touches no more digits of its own, printed in
    # the stream with it or apart (development seeds 2459, 2573: the table ended at that line)
    assert line_texts(figure + glyphs("9 kecamatan", x=after)) == ["85.200.000.000.000 9 kecamatan"]
    assert line_texts(glyphs("9", x=after) + figure) == ["85.200.000.000.000 9"]
    assert line_texts(glyphs("Rp4.300.000.000.000") + glyphs("APBD", x=glyphs("Rp4.300.000.000.000")[-1].x1)) == [
        "Rp4.300.000.000.000 APBD"]
    # pieces of one word or figure the stream printed apart still join
    cut = glyphs("85.200.000.000.")
    assert line_texts(glyphs("000", x=cut[-1].x1) + cut) == ["85.200.000.000.000"]
    assert line_texts(glyphs("km", x=after) + figure) == ["85.200.000.000.000km"]
    assert line_texts(glyphs("3.1415")) == ["3.1415"]  # a decimal point's figure: one group of four


def test_same_letter_on_the_next_line_is_not_an_overprint():
    below = [c._replace(top=c.top + 12, bottom=c.bottom + 12) for c in glyphs("akuntabilitas")]
    assert line_texts(glyphs("a") + below) == ["a", "akuntabilitas"]
    percent = [Char("%", 10.0, 15.0, 100.0, 110.0), Char("%", 10.0, 15.0, 112.0, 122.0)]
    assert line_texts(percent) == ["%", "%"]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_words_set_apart_by_a_shift_read_with_their_space(tmp_path, engine):
    """A text object placing 'Sasaran' and 'Strategis' with a kerning shift and no blank between."""
    pdf = canvas.Canvas(str(tmp_path / "shift.pdf"))
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(50, 800, "Sasaran")  # declares the font for the raw text objects below
    for y, shift in ((760, 180), (740, 250)):  # a word space is about 0.25 em; a shift of 0.18 em still parts
        pdf._code.append(f"BT /F1 10 Tf 50 {y} Td [(Sasaran) -{shift} (Strategis)] TJ ET")
    pdf.save()
    from rktparse.readers.pdf_common import page_chars

    if engine == "pdfium":
        import pypdfium2

        printed = page_chars(pypdfium2.PdfDocument(tmp_path / "shift.pdf")[0])
    else:
        import pdfplumber

        with pdfplumber.open(tmp_path / "shift.pdf") as document:
            printed = [Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"]) for c in document.pages[0].chars]
    assert line_texts(printed) == ["Sasaran", "Sasaran Strategis", "Sasaran Strategis"]


@pytest.mark.parametrize("engine", ENGINES)
def test_white_print_on_white_paper_is_not_read_but_on_a_dark_band_it_is(tmp_path, engine):
    """A form's date left blank for a pen, its day typed in white; a header band printed white on dark."""
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(tmp_path / "white.pdf"), pagesize=(width, height))
    draw_table(pdf, height, "lines")
    pdf.setFillGray(0.2)
    pdf.rect(40, 40, 300, 20, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.drawString(50, 46, "LAMPIRAN TABEL")  # white on the dark band: shows
    pdf.drawString(650, 70, "6 Januari")  # white on the paper: prints nothing
    pdf.setFillGray(0)
    pdf.drawString(600, 70, "Bandung,")
    pdf.drawString(720, 70, "2016")
    pdf.showPage()
    pdf.save()
    [text] = get_reader(engine).read(tmp_path / "white.pdf").texts
    assert {"Bandung,", "2016", "LAMPIRAN TABEL"} <= set(text.below)
    assert not any("6 Januari" in line for line in text.below)


def test_letter_spaced_words_are_closed_up_by_their_wider_gaps():
    from rktparse.readers.pdf_common import closed_up
    from rktparse.readers.pdf_words import Word

    def spaced(text: str, x: float) -> list[Word]:  # letters 6 pt wide, 2 pt apart; 8 pt between words
        words = []
        for word in text.split():
            for letter in word:
                words.append(Word(letter, x, x + 6, 0, 10, spaced=True))
                x += 8
            x += 6
        return words

    run = [Word("Lamp", 0, 30, 0, 10)] + spaced("DINAS PROVINSI JAWA 2016", 40) + [Word("1", 400, 405, 0, 10)]
    assert [w.text for w in closed_up(run)] == ["Lamp", "DINAS", "PROVINSI", "JAWA", "2016", "1"]
    digits = spaced("1 2 3 4", 0)  # a row of column numbers: no letters, left alone
    assert [w.text for w in closed_up(digits)] == ["1", "2", "3", "4"]
