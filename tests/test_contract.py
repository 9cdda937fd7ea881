"""The JSON contract: schema file in step with the models, version checked, CLI validate."""

import json

import pytest
from docx import Document

import rktparse
from rktparse.cli import main
from rktparse.models import RktDocument
from rktparse.models.schema import json_schema_text
from tests.conftest import ROOT
from tests.test_assemble import assemble, page


def small_document() -> RktDocument:
    return assemble(
        page(1, [[("Terwujudnya layanan|e-", 2), "Persentase Sarana", "100%", "Menyusun dokumen"],
                 [None, "Jumlah badan adhok", "8.435 orang", "Penyusunan dokumen"]]),
        page(2, [["Sasaran Dua", "Nilai Akuntabilitas Kinerja", "BB", "Penyusunan Laporan SAKIP"]]),
    )


def test_schema_file_is_generated_from_the_models():
    stored = (ROOT / "schemas" / "rkt.schema.json").read_text(encoding="utf-8")
    assert stored == json_schema_text(), "schemas/rkt.schema.json is stale: run `make schema`"


def test_contract_field_names_are_fixed():
    data = json.loads(rktparse.dumps(small_document()))
    assert list(data)[:1] == ["schema_name"] and {"schema_version", "document", "source", "sasaran", "warnings"} <= set(data)
    assert set(data["document"]) >= {"title", "agency", "year", "place", "date", "signatory"}
    assert set(data["source"]) == {"file", "sha256", "format", "pages", "engine"}
    row = data["sasaran"][0]["indikator"][1]
    assert set(row) >= {"no", "text", "target", "kegiatan", "pages"}
    assert row["target"] == {"raw": "8.435 orang", "value": 8435.0, "unit": "orang", "kind": "number", "note": None}


def test_json_is_utf8_without_escapes(tmp_path):
    doc = small_document()
    doc.sasaran[0].text = "Terwujudnya layanan “prima” — Kupang"
    rktparse.write(doc, tmp_path / "out.json")
    text = rktparse.dumps(doc)
    assert "“prima” —" in text and "\\u" not in text
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == text


def test_validate_accepts_written_json_and_rejects_broken(tmp_path, capsys):
    good = tmp_path / "good.json"
    rktparse.write(small_document(), good)
    assert main(["validate", str(good)]) == 0
    data = json.loads(good.read_text())
    data["sasaran"][0]["indikator"][0]["target"]["kind"] = "guess"
    del data["source"]["sha256"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "sasaran/0/indikator/0/target/kind" in err and "source/sha256" in err


def test_incompatible_schema_version_is_refused():
    data = json.loads(rktparse.dumps(small_document()))
    data["schema_version"] = "2.0"
    with pytest.raises(ValueError, match="schema_version"):
        RktDocument.model_validate(data)


def test_csv_rows_fill_sasaran_down_and_bom_option(tmp_path):
    doc = small_document()
    frame = rktparse.to_dataframe(doc)
    assert list(frame.columns) == ["source", "agency", "year", "status", "misi", "tujuan", "group", "sasaran_no",
                                   "sasaran", "indikator_no", "indikator", "target", "target_value", "target_unit",
                                   "target_kind", "target_note", "kegiatan", "pages"]
    assert list(frame["sasaran"]) == ["Terwujudnya layanan e-", "Terwujudnya layanan e-", "Sasaran Dua"]
    assert rktparse.write(doc, tmp_path / "a.csv", bom=True).read_text(encoding="utf-8").startswith("\ufeffsource,")
    assert not rktparse.dumps(doc, 'csv').startswith("\ufeff")


def test_docx_merges_sasaran_and_repeats_header(tmp_path):
    path = rktparse.write(small_document(), tmp_path / "out.docx")
    table = Document(str(path)).tables[0]
    xml = table._tbl.xml
    assert xml.count("<w:vMerge") >= 2 and "w:tblHeader" in xml
    assert [c.text for c in table.rows[0].cells] == ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]
    assert table.cell(1, 0).text == table.cell(2, 0).text == "Terwujudnya layanan e-"


def test_usage_errors_exit_2(capsys):
    assert main(["convert", "x.pdf", "--format", "xml"]) == 2
    assert main(["convert", "x.pdf", "--engine", "nope"]) == 2
    assert main(["frobnicate"]) == 2


def test_outputs_are_ordinary_files_written_whole(tmp_path):
    import os
    import stat

    path = rktparse.write(small_document(), tmp_path / "out.json")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_outputs_validate_against_the_published_schema():
    from jsonschema import Draft202012Validator

    import rktparse
    from tests.conftest import SAMPLES

    schema = json.loads((ROOT / "schemas" / "rkt.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    for path in [SAMPLES / "kupang-2024-rkt.txt", SAMPLES / "word-dishub-jateng-rkt-2024.pdf",
                 SAMPLES / "word-dinkes-jabar-pk-2024.pdf"]:
        data = json.loads(rktparse.dumps(rktparse.parse(path)))
        assert not list(validator.iter_errors(data)), path
    broken = json.loads(rktparse.dumps(small_document()))
    broken["sasaran"][0]["indikator"][0]["target"]["kind"] = "guess"
    assert list(validator.iter_errors(broken))
