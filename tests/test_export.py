"""`rktparse export`: an output corrected by hand, validated and written in the other formats."""

import json
import shutil

import openpyxl
import pandas as pd
import pytest

import rktparse
from rktparse.cli import main
from rktparse.errors import InvalidDocumentError
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "word-kpu-alor-rkt-2024.pdf"


@pytest.fixture
def converted(tmp_path):
    assert main(["convert", str(SAMPLE), "--out", str(tmp_path), "-q"]) == 0
    return tmp_path / f"{SAMPLE.stem}.json"


def test_a_corrected_target_reaches_every_format(converted, tmp_path):
    data = json.loads(converted.read_text(encoding="utf-8"))
    row = data["sasaran"][0]["indikator"][0]
    row["target"] = {"raw": "95 %", "value": 95, "unit": "%", "kind": "percent", "note": None}
    data["sasaran"][0]["text"] = "Sasaran as the archivist corrected it"
    converted.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "corrected"
    assert main(["export", str(converted), "--format", "csv,xlsx,docx", "--out", str(out)]) == 0
    csv = pd.read_csv(out / f"{SAMPLE.stem}.csv", dtype=str)
    assert (csv.loc[0, "target"], csv.loc[0, "target_value"]) == ("95 %", "95.0")
    assert csv.loc[0, "sasaran"] == "Sasaran as the archivist corrected it"
    sheet = openpyxl.load_workbook(out / f"{SAMPLE.stem}.xlsx")["Indikator"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, header.index("target") + 1).value == "95 %"
    docx_text = "\n".join(c.text for c in __import__("docx").Document(out / f"{SAMPLE.stem}.docx").tables[0]._cells)
    assert "Sasaran as the archivist corrected it" in docx_text and "95 %" in docx_text
    # the same through the API, beside the JSON by default
    written = rktparse.export_file(converted, formats=("xlsx",))
    assert written == [converted.with_suffix(".xlsx")]


def test_an_edit_that_breaks_the_contract_is_named_and_nothing_written(converted, tmp_path, capsys):
    data = json.loads(converted.read_text(encoding="utf-8"))
    data["sasaran"][1]["indikator"][0]["target"]["value"] = "sembilan puluh"
    del data["sasaran"][0]["text"]
    converted.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "never"
    assert main(["export", str(converted), "--format", "csv", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == (f"rktparse: {converted}: not a valid rktparse.rkt JSON document: 2 error(s): /sasaran/0/text: "
                   "Field required; /sasaran/1/indikator/0/target/value: Input should be a valid number, unable to "
                   "parse string as a number\n")
    assert not out.exists()
    converted.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidDocumentError, match="not JSON: Expecting property name"):
        rktparse.load_document(converted)


def test_export_never_writes_over_its_json(converted, tmp_path, capsys):
    copy = shutil.copy(converted, tmp_path / "keep.json")
    before = converted.read_bytes()
    assert main(["export", str(converted), "--format", "json"]) == 1
    assert converted.read_bytes() == before and "refusing to overwrite it" in capsys.readouterr().err
    assert main(["export", str(copy), "--format", "nope"]) == 2


def test_the_report_of_a_corrected_json_shows_the_pages_of_its_source_beside_it(converted, tmp_path):
    plain = rktparse.export_file(converted, tmp_path / "plain", ("html",))[0].read_text(encoding="utf-8")
    assert "<img" not in plain  # the PDF is not beside the JSON: hierarchy and warnings only
    shutil.copy(SAMPLE, converted.parent)
    shown = rktparse.export_file(converted, tmp_path / "shown", ("html",))[0].read_text(encoding="utf-8")
    assert shown.count("<img") == rktparse.load_document(converted).source.pages
    (converted.parent / SAMPLE.name).write_bytes(SAMPLE.read_bytes() + b"\n%edited")  # not the file converted
    assert "<img" not in rktparse.export_file(converted, tmp_path / "other", ("html",))[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["kupang-2024-rkt.txt", "word-dinkes-jabar-pk-2024.pdf"])
def test_the_json_written_an_item_at_a_time_is_the_dump_of_the_whole_document(name):
    doc = rktparse.parse(SAMPLES / name)
    assert doc.sasaran and (doc.warnings or doc.programs)  # lists of models, written item by item
    whole = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert rktparse.dumps(doc, "json") == whole
