"""Word files: the tables Word stores (gridSpan, vMerge) read straight from the .docx."""

import io
import json
import zipfile

import pytest

import rktparse
from rktparse.cli import main
from rktparse.models import RktDocument
from tests.conftest import CORPUS, SAMPLES
from tests.layout_compare import content
from tests.test_contract import small_document
from tests.test_roundtrip import with_metadata

EXPECTED = sorted(SAMPLES.glob("*.expected.json"))


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.replace(".expected.json", ""))
def test_regenerated_docx_reads_back_to_the_same_content(expected, tmp_path):
    data = json.loads(expected.read_text(encoding="utf-8"))
    start = RktDocument.model_validate({**data, "source": {"file": "x", "sha256": "0", "format": "pdf", "pages": 0,
                                                           "engine": "none"}})
    back = rktparse.parse(rktparse.write(start, tmp_path / "regenerated.docx"))
    assert back.source.format == "docx" and back.source.engine == "docx"
    assert content(back) == content(start)
    assert {p for s in back.sasaran for p in s.pages} == {1}  # a .docx has no fixed pages


def test_vertical_merge_spans_rows_and_signature_in_a_table(tmp_path):
    start = with_metadata(small_document())
    path = rktparse.write(start, tmp_path / "small.docx")
    back = rktparse.parse(path)
    assert [len(s.indikator) for s in back.sasaran] == [2, 1]
    assert back.document.signatory.nip == "19670326 199103 1 006"


def test_bad_word_files_fail_with_a_reason(tmp_path, capsys):
    good = rktparse.write(small_document(), tmp_path / "good.docx")
    (tmp_path / "truncated.docx").write_bytes(good.read_bytes()[:2000])
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")
    (tmp_path / "archive.docx").write_bytes(other.getvalue())
    assert main(["convert", str(tmp_path / "truncated.docx"), str(tmp_path / "archive.docx"),
                 "--out", str(tmp_path / "out"), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "truncated.docx: corrupt or truncated file" in err
    assert "archive.docx: corrupt or truncated file: not a readable Word file" in err


@pytest.mark.skipif(not (CORPUS / "real").is_dir(), reason="the shared corpus is not beside this checkout")
def test_real_pk_docx_with_programs_and_signature_table():
    doc = rktparse.parse(CORPUS / "real" / "jabar-dinkes-pk-2017.docx")
    assert doc.document.title == "PERJANJIAN KINERJA TAHUN 2017 DINAS KESEHATAN PROVINSI JAWA BARAT"
    assert [s.no for s in doc.sasaran] == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert [len(s.indikator) for s in doc.sasaran] == [1, 4, 2, 2, 1, 1]
    assert doc.sasaran[1].indikator[0].target.raw == "88/100.000 KH"
    assert len(doc.programs) == 13 and doc.programs[0].extra == {"Anggaran": "Rp. 4.325.170.000", "Keterangan": "APBD"}
    signer = doc.document.signatory
    assert (signer.position, signer.nip) == ("KEPALA DINAS KESEHATAN PROVINSI JAWA BARAT", "19650928 199010 1001")


def test_a_text_box_paragraphs_are_lines_and_its_fallback_copy_is_skipped():
    """Word keeps a text box twice: the drawing (mc:Choice) and a VML copy (mc:Fallback)."""
    from lxml import etree

    from rktparse.readers.docx_reader import paragraph_lines

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = ("<w:txbxContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>BUPATI GARUT,</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>RUDY GUNAWAN</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:txbxContent>")
    paragraph = etree.fromstring(
        f'<w:p xmlns:w="{w}" xmlns:mc="{mc}"><w:r><w:t>Lampiran</w:t></w:r><w:r><mc:AlternateContent>'
        f"<mc:Choice><w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>")
    assert paragraph_lines(paragraph) == ["Lampiran", "BUPATI GARUT,", "RUDY GUNAWAN"]
