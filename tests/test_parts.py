"""Files that hold several documents: each part read on its own, one output per part."""

import json

import pypdfium2 as pdfium
import pytest

import rktparse
from rktparse.assemble import source_to_documents
from rktparse.cli import main
from rktparse.errors import SeveralDocumentsError
from rktparse.grid import PageText, SourceDocument
from rktparse.models import Source
from tests.conftest import SAMPLES, content, expected_for, without
from tests.test_assemble import page

JOINED = ["word-kpu-alor-rkt-2024", "word-dishub-jateng-rkt-2024", "rl-bapenda-surakarta-rkt-2024"]


def without_pages(value):
    return without(value, frozenset({"pages"}))


@pytest.fixture
def joined(tmp_path):
    """Three sample RKTs, each with its title and signature block, joined into one PDF."""
    out = pdfium.PdfDocument.new()
    for stem in JOINED:
        out.import_pages(pdfium.PdfDocument(SAMPLES / f"{stem}.pdf"))
    path = tmp_path / "joined.pdf"
    out.save(path)
    return path


def test_joined_rkts_give_one_document_each(joined):
    docs = rktparse.parse_all(joined)
    assert len(docs) == len(JOINED)
    for doc, stem in zip(docs, JOINED, strict=True):
        assert without_pages(content(doc)) == without_pages(expected_for(SAMPLES / f"{stem}.expected.json"))
    # page numbers stay the file's: the second RKT starts on page 4
    assert [min(s.pages[0] for s in doc.sasaran) for doc in docs] == [1, 4, 6]


def test_parse_refuses_a_file_of_several_documents(joined):
    with pytest.raises(SeveralDocumentsError, match="holds 3 documents .*parse_all"):
        rktparse.parse(joined)


def test_cli_writes_one_output_per_document(joined, tmp_path):
    out = tmp_path / "out"
    assert main(["convert", str(joined), "--out", str(out), "--quiet"]) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["joined-1.json", "joined-2.json", "joined-3.json"]
    assert json.loads((out / "joined-2.json").read_text())["document"]["agency"] == \
        "DINAS PERHUBUNGAN PROVINSI JAWA TENGAH"


def test_signature_without_a_new_title_is_an_unsure_boundary():
    """A signature block between two tables but no title after it: one document, said to be unsure."""
    tables = [page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"]]), page(2, [["Sasaran B", "Ind 2", "90%", "Keg 2"]])]
    texts = [PageText(page=1, above=["RENCANA KINERJA TAHUNAN DINAS X TAHUN 2024"],
                      below=["Bandung, 5 Januari 2024", "KEPALA DINAS X", "NAMA SATU", "NIP. 19700101 199001 1 001"]),
             PageText(page=2)]
    source = SourceDocument(path="t.pdf", format="pdf", engine="test", page_count=2, tables=tables, texts=texts)
    docs = source_to_documents(source, Source(file="t.pdf", sha256="0", format="pdf", pages=2, engine="test"))
    assert len(docs) == 1 and len(docs[0].indikator_rows()) == 2
    assert [(w.code, w.page, w.severity.value) for w in docs[0].warnings] == [("document-boundary", 2, "review")]
    assert docs[0].status.value == "partial"
