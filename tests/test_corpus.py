"""Real RKT and PK documents of other agencies (../shared/corpus/real, read-only, not ours to copy).

The project's samples cover every capability; these pin what rktparse makes
of real archives, facts checked by reading each document. CI has the corpus
beside the clone; a checkout without it skips these.
"""

import json

import pytest

import rktparse
from rktparse.errors import InputError
from tests.conftest import CORPUS, without_regions

REAL = CORPUS / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="the shared corpus is not beside this checkout")
# A scan whose scanner put an invisible OCR text layer under the page images: not born-digital.
SCANNED_WITH_LAYER = {"jabar-pk-kabid-produksi-2016.pdf"}
TEXT_ENGINES = ["pdfium", "pdfplumber", pytest.param("camelot", marks=pytest.mark.slow)]


def content(doc) -> dict:
    data = without_regions(json.loads(rktparse.dumps(doc)))  # boxes differ by a hair between engines
    return {key: data[key] for key in ("document", "sasaran", "programs")}


@pytest.mark.parametrize("engine", TEXT_ENGINES)
def test_dishub_rkt_misi_tujuan_and_target_percent_header(engine):
    doc = rktparse.parse(REAL / "jabar-dishub-rkt-2016.pdf", engine=engine)
    assert doc.document.title == "RENCANA KINERJA TAHUNAN (RKT) TAHUN 2016 DINAS PERHUBUNGAN PROVINSI JAWA BARAT"
    assert (doc.document.agency, doc.document.year) == ("DINAS PERHUBUNGAN PROVINSI JAWA BARAT", 2016)
    assert (len(doc.sasaran), len(doc.indikator_rows())) == (4, 9)
    first = doc.sasaran[0]
    assert first.misi.text == "Meningkatkan pelayanan transportasi di Jawa Barat"
    assert first.tujuan.text == "Meningkatkan kualitas pelayanan transportasi"
    row = first.indikator[0]
    assert row.text == "Prosentase Keikutsertaan Kabupaten/Kota Dalam WTN"
    assert (row.target.raw, row.target.value, row.target.unit) == ("55,56", 55.56, "%")
    assert doc.status.value == "success"


def test_disparbud_pk_numbered_sasaran_programs_and_signer():
    doc = rktparse.parse(REAL / "jabar-disparbud-pk-2016-lampiran.pdf")
    assert [(s.no, len(s.indikator)) for s in doc.sasaran] == [("1.", 2), ("2.", 2)]
    assert doc.sasaran[0].indikator[0].target.raw == "1.100.000 Orang"
    assert len(doc.programs) == 5
    assert doc.programs[0].extra == {"Anggaran (Rp)": "15.199,500,000", "Keterangan": "APBD"}
    signer = doc.document.signatory
    assert (signer.name, signer.nip) == ("Hj. IDA HERNIDA, SH.,M.Si", "19590110 198503 2 007")
    assert (doc.document.place, doc.document.date, doc.document.year) == ("Bandung", None, 2016)


@pytest.mark.parametrize("engine", TEXT_ENGINES)
def test_inspektorat_numbered_levels_kondisi_awal_and_qualified_targets(engine):
    doc = rktparse.parse(REAL / "jabar-inspektorat-rkt-2016-lampiran-1.pdf", engine=engine)
    assert (len(doc.sasaran), len(doc.indikator_rows())) == (7, 13)
    rows = {i.no: i for _, i in doc.indikator_rows()}
    assert (rows["2"].target.value, rows["2"].target.note) == (10.0, "234 Temuan")
    assert rows["2"].extra == {"KONDISI AWAl (2013)": "312 temuan"}
    assert (rows["5"].target.raw, rows["5"].target.kind.value) == ("WTP", "opinion")
    assert (rows["7"].target.kind.value, rows["7"].target.note) == ("grade", "80-85")
    assert rows["13"].target.kind.value == "text"  # "III": a level, not a number we can be sure of
    assert doc.sasaran[0].tujuan.no == "1"
    assert doc.sasaran[5].indikator[1].pages == [1, 2]  # its Tujuan cell runs on to page 2


def outcome(pdf, engine: str) -> dict | str:
    """What an engine makes of a file: its content, or the reason it fails."""
    try:
        return content(rktparse.parse(pdf, engine=engine))
    except InputError as exc:
        return f"{type(exc).__name__}: {exc.reason}"


def test_engines_agree_on_every_born_digital_document():
    for pdf in sorted(REAL.glob("*.pdf")):
        if "scan" in pdf.name or pdf.name in SCANNED_WITH_LAYER:
            continue
        assert outcome(pdf, "pdfium") == outcome(pdf, "pdfplumber"), pdf


@pytest.mark.slow
def test_scanned_pk_is_read_by_ocr():
    doc = rktparse.parse(REAL / "jabar-disperkim-datin-pk-2017-scan.pdf")
    assert doc.source.engine == "ocr"
    assert [(s.no, s.text) for s in doc.sasaran] == [("1.", "Terwujudnya tertib tata kelola pertanahan")]
    assert doc.sasaran[0].indikator[0].target.raw == "5 kawasan perkotaan"
    assert doc.document.signatory.nip == "19620404 199203 2 007"
    # its Kegiatan list has no rules: read from the OCR'd words, and said to be worth a check
    assert [w.page for w in doc.warnings if w.code == "ocr-table-without-rules"] == [2]
