"""Excel workbooks (.xlsx, through openpyxl) and legacy Word files (.doc, through LibreOffice)."""

import shutil
import subprocess

import pytest
from openpyxl import Workbook
from openpyxl.styles import Border, Side

import rktparse
from rktparse.readers import detect_format, reader_for
from rktparse.readers.xlsx_reader import number_text
from tests.conftest import word_pk
from tests.test_contract import small_document
from tests.test_roundtrip import content

THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def workbook(path, rows, merged=(), hidden_rows=(), hidden_cols=(), formats=None):
    """A sheet with a title line, then `rows` ruled as a table, then a signature line."""
    book = Workbook()
    sheet = book.active
    sheet.append(["RENCANA KINERJA TAHUNAN DINAS CONTOH TAHUN 2024"])
    sheet.append([])
    for values in rows:
        sheet.append(values)
    for row in sheet.iter_rows(min_row=3, max_row=2 + len(rows), max_col=len(rows[0])):
        for cell in row:
            cell.border = RULED
    sheet.append([])
    sheet.append([None, None, None, "KEPALA DINAS CONTOH"])
    for cells in merged:
        sheet.merge_cells(cells)
    for row in hidden_rows:
        sheet.row_dimensions[row].hidden = True
    for col in hidden_cols:
        sheet.column_dimensions[col].hidden = True
    for coordinate, number_format in (formats or {}).items():
        sheet[coordinate].number_format = number_format
    book.save(path)
    return path


def test_xlsx_merged_ranges_are_spans_and_hidden_rows_and_columns_are_skipped(tmp_path):
    path = workbook(tmp_path / "rkt.xlsx", [
        ["Sasaran", "Indikator", "Catatan", "Target", "Satuan"],
        ["Meningkatnya kualitas pelayanan", "Indeks kepuasan", "internal", 85, "%"],
        [None, "Jumlah koperasi aktif", "internal", 16478, "Koperasi"],
        [None, "Baris tersembunyi", "internal", 1, "x"],
    ], merged=["A4:A6"], hidden_rows=[6], hidden_cols=["C"], formats={"D5": "#,##0"})
    assert detect_format(path) == "xlsx" and reader_for(path).kind == "xlsx"
    source = reader_for(path).read(path)
    [table] = source.tables
    assert (table.n_rows, table.n_cols) == (3, 4)
    sasaran = table.covering(2, 0)
    assert (sasaran.row, sasaran.row_span, sasaran.lines) == (1, 2, ["Meningkatnya kualitas pelayanan"])
    assert [c.lines for c in table.row_cells(2)] == [["Jumlah koperasi aktif"], ["16.478"], ["Koperasi"]]
    assert source.texts[0].above == ["RENCANA KINERJA TAHUNAN DINAS CONTOH TAHUN 2024"]
    assert source.texts[0].below == ["KEPALA DINAS CONTOH"]
    doc = rktparse.parse(path)
    assert [i.text for _, i in doc.indikator_rows()] == ["Indeks kepuasan", "Jumlah koperasi aktif"]
    assert "Baris tersembunyi" not in rktparse.dumps(doc)


@pytest.mark.parametrize(("value", "number_format", "printed"), [
    (16478, "#,##0", "16.478"), (0.855, "0.0%", "85,5%"), (55.56, "General", "55,56"), (12, "General", "12"),
    (1250000.5, "#,##0.00", "1.250.000,50"),
])
def test_xlsx_numbers_read_as_printed(value, number_format, printed):
    assert number_text(value, number_format) == printed


def test_a_workbook_of_no_rkt_table_fails_with_that_reason(tmp_path):
    book = Workbook()
    book.active.append(["Struktur organisasi"])
    book.save(tmp_path / "tree.xlsx")
    with pytest.raises(rktparse.errors.NoTableError):
        rktparse.parse(tmp_path / "tree.xlsx")


@pytest.mark.slow
def test_legacy_doc_reads_as_the_word_file_it_was_saved_from(tmp_path):
    docx = rktparse.write(small_document(), tmp_path / "small.docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path / "doc"), str(docx)], check=True, timeout=180,
                   capture_output=True)
    doc = tmp_path / "doc" / "small.doc"
    assert detect_format(doc) == "doc"
    back = rktparse.parse(doc)
    assert (back.source.format, back.source.engine) == ("doc", "doc")
    assert content(back)["sasaran"] == content(rktparse.parse(docx))["sasaran"]


def test_xlsx_rkt_with_a_marker_column_and_target_over_volume_and_satuan(tmp_path):
    """The shape of an RKT kept in Excel: '-' markers in a column of their own under 'Indikator',
    'Target' spanning Volume | Satuan."""
    path = workbook(tmp_path / "excel-rkt.xlsx", [
        ["Sasaran", "Indikator", None, "Target", None],
        [None, None, None, "Volume", "Satuan"],
        ["Meningkatnya koperasi sehat", "-", "Jumlah koperasi aktif", 16478, "Koperasi"],
        [None, "-", "Persentase koperasi sehat", 35.5, "%"],
    ], merged=["A3:A4", "B3:C4", "D3:E3", "A5:A6"], formats={"D5": "#,##0"})
    rows = [i for _, i in rktparse.parse(path).indikator_rows()]
    assert [(i.text, i.target.raw, i.target.value, i.target.unit) for i in rows] == [
        ("Jumlah koperasi aktif", "16.478 Koperasi", 16478.0, "Koperasi"),
        ("Persentase koperasi sehat", "35,5 %", 35.5, "%")]


def test_word_pk_with_indikator_paragraphs_and_targets_lined_up_by_empty_paragraphs(tmp_path):
    document, indikator, target = word_pk("Meningkatnya pelayanan perpustakaan")
    indikator.text = "Tingkat kepuasan pemustaka"
    indikator.add_paragraph("Persentase peningkatan jumlah pengunjung perpustakaan daerah")
    indikator.add_paragraph("Jumlah koleksi")
    target.text = "90%"
    target.add_paragraph("20%")
    target.add_paragraph("")
    target.add_paragraph("")  # blank paragraphs after the text are dropped
    document.save(tmp_path / "pk.docx")
    doc = rktparse.parse(tmp_path / "pk.docx")
    # 3 paragraphs, 2 targets: the second target's indikator runs on in the third paragraph, or the
    # third is an indikator without a target: read as the first, with a review warning
    assert [(i.text, i.target.raw) for _, i in doc.indikator_rows()] == [
        ("Tingkat kepuasan pemustaka", "90%"),
        ("Persentase peningkatan jumlah pengunjung perpustakaan daerah Jumlah koleksi", "20%")]
    assert [(w.code, w.ref) for w in doc.warnings if w.severity.value == "review"] == [
        ("indikator-split-unsure", "/sasaran/0/indikator/0"), ("indikator-split-unsure", "/sasaran/0/indikator/1")]
