"""Real RKT and PK documents of other agencies (../shared/corpus/real, read-only, not ours to copy).

The project's samples cover every capability; these pin what rktparse makes
of real archives, facts checked by reading each document. CI has the corpus
beside the clone; a checkout without it skips these.
"""


import pytest

import rktparse
from rktparse.errors import InputError
from tests.conftest import CORPUS, content

REAL = CORPUS / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="the shared corpus is not beside this checkout")
# A scan whose scanner put an invisible OCR text layer under the page images: not born-digital.
SCANNED_WITH_LAYER = {"jabar-pk-kabid-produksi-2016.pdf"}
TEXT_ENGINES = ["pdfium", "pdfplumber", pytest.param("camelot", marks=pytest.mark.slow)]


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


# --- table shapes and file kinds (issue 10) -------------------------------------------------


def targets(doc) -> list:
    return [i.target.raw if i.target is not None else None for _, i in doc.indikator_rows()]


def test_word_iku_has_no_target_column_and_says_so_once():
    doc = rktparse.parse(REAL / "jabar-iku-2017.docx")
    assert (len(doc.sasaran), len(doc.indikator_rows())) == (4, 4)
    assert targets(doc) == [None] * 4
    assert doc.sasaran[2].indikator[0].text == "Tingkat kepuasan pemustaka"
    assert doc.sasaran[2].indikator[0].extra["SUMBER DATA"] == "Hasil pengolahan kuesioner Bapusipda"
    assert [w.code for w in doc.warnings if w.code.startswith(("no-target", "target-"))] == ["no-target-column"]
    assert doc.status.value == "success"


def test_iku_pdf_numbers_in_the_indikator_cell_are_their_numbers():
    doc = rktparse.parse(REAL / "jabar-bpmpd-iku-2016.pdf")
    assert [len(s.indikator) for s in doc.sasaran] == [4, 2, 2, 3, 1]
    first = doc.sasaran[0].indikator
    assert [(i.no, i.text) for i in first[1:3]] == [
        ("2.", "Persentase Desa yang melaksanakan Gotong Royong"),
        ("3.", "Persentase Desa/Kelurahan yang peran serta masyarakatnya baik dalam pembangunan")]
    assert targets(doc) == [None] * 12 and doc.status.value == "success"


def test_word_pk_reads_every_row_with_its_target():
    doc = rktparse.parse(REAL / "jabar-dinkes-pk-2017.docx")
    assert [len(s.indikator) for s in doc.sasaran] == [1, 4, 2, 2, 1, 1]
    assert targets(doc) == ["60%", "88/100.000 KH", "5,6 /1000 KH", "0,56", "87%", "92%", "87%", "128", "80",
                            "2 Dokumen", "1 Dokumen"]


def test_system_made_word_pk_targets_with_a_decimal_point():
    doc = rktparse.parse(REAL / "jabar-pk-generated-2017.docx")
    assert len(doc.indikator_rows()) == 7
    values = [(i.target.value, i.target.unit) for _, i in doc.indikator_rows()]
    assert values == [(50.0, "Orang"), (70.0, "%"), (70.0, "%"), (22.0, "Kegiatan"), (90.0, "Kegiatan"),
                      (176.0, "Titik"), (80.0, "%")]
    assert doc.status.value == "success"


def test_rencana_aksi_keeps_quarterly_targets_per_quarter():
    doc = rktparse.parse(REAL / "jabar-rencana-aksi-lampiran-3b.pdf")
    assert [len(s.indikator) for s in doc.sasaran] == [3, 2, 3, 1]  # page 4's first row, above its header, continues
    assert all(i.target is None and i.periods for _, i in doc.indikator_rows())
    first = doc.sasaran[0].indikator[0]
    assert first.text == "Prosentase keikutsertaan kabupaten/ kota dalam WTN"
    assert first.target is None
    assert {label: t.raw for label, t in first.periods.items()} == {
        "Trw I": "-", "Trw II": "-", "Trw III": "55,56 %", "Trw IV": "-"}
    assert (first.periods["Trw III"].value, first.periods["Trw III"].unit) == (55.56, "%")
    assert "TARGET KEGIATAN" in first.extra  # the kegiatan's targets, not the indikator's
    assert [w.code for w in doc.warnings].count("targets-per-period") == 1


def test_sub_items_with_their_own_targets_are_rows_under_their_parent():
    doc = rktparse.parse(REAL / "jabar-distan-lkip-2016-bab2.pdf")
    margin = next(s for s in doc.sasaran if s.indikator[0].text.startswith("Persentase margin"))
    assert [(i.text, i.target and i.target.value) for i in margin.indikator] == [
        ("Persentase margin usahatani tanaman pangan dan hortikultura", None), ("Padi (%)", 24.0),
        ("Palawija (%)", 22.8), ("Sayuran (%)", 23.0)]


def test_lettered_indikator_in_one_cell_with_lined_up_targets_are_rows():
    doc = rktparse.parse(REAL / "jabar-biro-organisasi-rkt-renja-2017.pdf")
    rows = [(i.no, i.text, i.target.raw) for _, i in doc.indikator_rows()]
    assert rows[:4] == [
        ("a.", "Jumlah rekomendasi yang ditindaklanjuti menjadi kebijakan", "1 Dok."),
        ("b.", "Prosentase OPD yang sesuai dengan SOTK Provinsi", "100%"),
        ("a.", "Jumlah Unit Pelayanan Publik Terbaik sesuai Kriteria Provinsi", "14 UPP"),
        ("b.", "Jumlah Inovasi Pelayanan Publik sesuai Kriteria Nasional", "4 OPD")]


def test_a_cascade_workbook_holds_no_rkt_table():
    with pytest.raises(InputError) as caught:
        rktparse.parse(REAL / "jabar-biro-organisasi-cascade-2017.xlsx")
    assert caught.value.reason == "no RKT table found"


@pytest.mark.slow
def test_legacy_doc_iku_through_libreoffice():
    doc = rktparse.parse(REAL / "jabar-iku-pemprov-lampiran.doc")
    assert (doc.source.format, len(doc.sasaran), len(doc.indikator_rows())) == ("doc", 16, 35)
    assert doc.sasaran[0].misi.text.startswith("MISI PERTAMA")
    assert [i.text for i in doc.sasaran[0].indikator] == ["Indeks Pembangunan Manusia (IPM)", "Indek Pendidikan"]
    assert targets(doc) == [None] * 35
    assert doc.indikator_rows()[-1][1].extra["SUMBER DATA"] == "Dinas Pariwisata dan Kebudayaan"


@pytest.mark.slow
def test_scanned_pk_sub_items_each_with_a_target():
    doc = rktparse.parse(REAL / "jabar-pk-kabid-produksi-2016.pdf")
    rows = [(i.no, i.text, i.target.raw if i.target else None) for i in doc.sasaran[0].indikator]
    assert rows[:4] == [("1.1.1", "Jumlah produksi peternakan", None), (None, "Daging (ton)", "741.709"),
                        (None, "Telur (ton)", "210.664"), (None, "Susu (ton)", "261.792")]
    populasi = [row for row in rows if row[1].startswith(("Jumlah populasi", "Sapi", "Kerbau", "Kambing", "Domba",
                                                          "Ayam", "Itik"))]
    assert [target for _, _, target in populasi] == [None, "447.978", "140.555", "138.017", "2.420.985",
                                                      "11.022.084", "28.117.785", "9.801.117"]
