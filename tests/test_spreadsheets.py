"""Spreadsheet outputs: the XLSX workbook and the CSV (with its programs file), stackable and
safe to open in a spreadsheet."""

import io

import openpyxl
import pandas as pd
import pytest

import rktparse
from rktparse.cli import main
from tests.conftest import SAMPLES

PK = SAMPLES / "word-dinkes-jabar-pk-2024.pdf"  # a PK: indikator table, then Program | Anggaran | Keterangan
RKT = SAMPLES / "word-kpu-alor-rkt-2024.pdf"


@pytest.fixture(scope="module")
def pk():
    return rktparse.parse(PK)


def sheet_rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_xlsx_holds_the_csv_rows_programs_warnings_and_document(pk, tmp_path):
    book = openpyxl.load_workbook(rktparse.write(pk, tmp_path / "pk.xlsx"))
    assert book.sheetnames == ["Indikator", "Programs", "Warnings", "Document"]
    rows = sheet_rows(book["Indikator"])
    csv = pd.read_csv(io.StringIO(rktparse.dumps(pk, "csv")), dtype=str, keep_default_na=False)
    assert rows[0] == list(csv.columns)
    assert [[str(v) if v is not None else "" for v in row] for row in rows[1:]] == \
        [[v if not v.endswith(".0") else v[:-2] for v in row] for row in csv.values.tolist()]
    programs = sheet_rows(book["Programs"])
    assert [row[programs[0].index("program")] for row in programs[1:]] == [p.text for p in pk.programs]
    assert programs[0][-1] == "pages" and "Anggaran (Rp)" in programs[0]
    assert len(sheet_rows(book["Warnings"])) == 1 + len(pk.warnings)
    fields = dict(sheet_rows(book["Document"])[1:])
    assert fields["agency"] == pk.document.agency and fields["year"] == pk.document.year
    assert fields["sha256"] == pk.source.sha256


def test_xlsx_sheets_are_ready_to_read(pk, tmp_path):
    book = openpyxl.load_workbook(rktparse.write(pk, tmp_path / "pk.xlsx"))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert all(cell.font.bold for cell in sheet[1])
        widths = [sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]]
        assert all(4 <= width <= 60 for width in widths), (sheet.title, widths)
        assert all(cell.alignment.wrap_text for row in sheet.iter_rows(min_row=2) for cell in row)
    indikator = book["Indikator"]
    header = [cell.value for cell in indikator[1]]
    text_width = indikator.column_dimensions[indikator.cell(1, header.index("indikator") + 1).column_letter].width
    assert text_width == 60  # long indikator texts wrap at the widest column


def test_text_that_looks_like_a_formula_stays_text(pk, tmp_path):
    doc = pk.model_copy(deep=True)
    row = doc.sasaran[0].indikator[0]
    row.text = "=HYPERLINK(\"http://example.invalid\",\"klik\")"
    row.kegiatan = ["-1+2", "@SUM(A1)", "+62 812"]
    row.target.raw = "- "
    book = openpyxl.load_workbook(rktparse.write(doc, tmp_path / "doc.xlsx"))
    cells = [cell for line in book["Indikator"].iter_rows(min_row=2, max_row=4) for cell in line]
    texts = {cell.value for cell in cells}
    assert {row.text, "-1+2", "@SUM(A1)", "+62 812", "- "} <= texts
    assert all(cell.data_type == "s" for cell in cells if isinstance(cell.value, str))
    csv = pd.read_csv(io.StringIO(rktparse.dumps(doc, "csv")), dtype=str, keep_default_na=False)
    first = csv.iloc[0]
    assert first["indikator"] == "'" + row.text and first["target"] == "'- "
    assert list(csv["kegiatan"][:3]) == ["'-1+2", "'@SUM(A1)", "'+62 812"]
    assert csv.map(lambda v: not v.startswith(("=", "+", "-", "@"))).all().all()


def test_a_batch_of_csvs_stacks_and_programs_have_their_own_file(tmp_path):
    out = tmp_path / "out"
    assert main(["convert", str(PK), str(RKT), "--out", str(out), "--format", "csv", "-q"]) == 0
    assert sorted(p.name for p in out.glob("*.csv")) == [f"{PK.stem}.csv", f"{PK.stem}.programs.csv",
                                                        f"{RKT.stem}.csv"]
    frames = [pd.read_csv(out / f"{path.stem}.csv") for path in (PK, RKT)]
    stacked = pd.concat(frames)
    assert set(stacked["source"]) == {PK.name, RKT.name}
    assert stacked["year"].notna().all() and stacked["agency"].notna().all()
    assert list(frames[0].columns[:4]) == list(frames[1].columns[:4]) == ["source", "agency", "year", "status"]
    programs = pd.read_csv(out / f"{PK.stem}.programs.csv", dtype=str)
    assert list(programs["program"]) == [p.text for p in rktparse.parse(PK).programs]
    report = (out / "_report.jsonl").read_text()
    assert f"{PK.stem}.programs.csv" in report
