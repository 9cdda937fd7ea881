"""JSON -> DOCX -> PDF (LibreOffice) -> rktparse -> the same JSON."""

import datetime as dt
import json
import shutil
import subprocess

import pytest

import rktparse
from rktparse.models import DocumentKind, RktDocument, Signatory
from tests.conftest import SAMPLES
from tests.test_contract import small_document

pytestmark = pytest.mark.slow


def docx_to_pdf(docx, out_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is installed by scripts/setup.sh"
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=180)
    return out_dir / (docx.stem + ".pdf")


def content(doc: RktDocument) -> dict:
    data = json.loads(rktparse.dumps(doc))
    return {key: data[key] for key in ("document", "sasaran", "programs")}


def with_metadata(doc: RktDocument) -> RktDocument:
    doc.document.title = "RENCANA KINERJA TAHUNAN (RKT) KOMISI PEMILIHAN UMUM KOTA KUPANG TAHUN 2024"
    doc.document.agency = "KOMISI PEMILIHAN UMUM KOTA KUPANG"
    doc.document.kind = DocumentKind.RKT
    doc.document.year, doc.document.place, doc.document.date = 2024, "Kupang", dt.date(2024, 1, 5)
    doc.document.date_printed = "5 Januari 2024"
    doc.document.signatory = Signatory(position="Sekretaris", name="Agustinus Yohanes Ola Paon",
                                       nip="19670326 199103 1 006")
    return doc


def round_trip(doc: RktDocument, tmp_path, engine="pdfium") -> RktDocument:
    pdf = docx_to_pdf(rktparse.write(doc, tmp_path / "regenerated.docx"), tmp_path)
    return rktparse.parse(pdf, engine=engine)


def test_small_document_round_trips(tmp_path):
    start = with_metadata(small_document())
    back = round_trip(start, tmp_path)
    assert without_pages(content(back)) == without_pages(content(start))
    assert back.status.value == "success", back.warnings


@pytest.mark.parametrize("expected", sorted(SAMPLES.glob("*.expected.json")), ids=lambda p: p.name)
def test_sample_expectations_round_trip(expected, tmp_path):
    data = json.loads(expected.read_text(encoding="utf-8"))
    start = RktDocument.model_validate({**data, "source": {"file": "x", "sha256": "0", "format": "pdf", "pages": 0,
                                                           "engine": "none"}})
    back = round_trip(start, tmp_path)
    # Pages depend on the regenerated layout; everything else must survive.
    assert without_pages(content(back)) == without_pages(content(start))


def without_pages(value):
    if isinstance(value, dict):
        return {k: without_pages(v) for k, v in value.items() if k != "pages"}
    if isinstance(value, list):
        return [without_pages(v) for v in value]
    return value


def test_group_heading_rows_round_trip(tmp_path):
    from rktparse.models import UpperLevel

    start = with_metadata(small_document())
    start.sasaran[0].group = UpperLevel(text="PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
    start.sasaran[1].group = UpperLevel(text="PROGRAM PELAYANAN KEPEMILUAN")
    back = round_trip(start, tmp_path)
    assert without_pages(content(back)) == without_pages(content(start))
