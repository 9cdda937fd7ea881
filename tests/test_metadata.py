"""Title block and signature block around the table."""

import datetime as dt
from dataclasses import replace

from rktparse.assemble.metadata import letterhead, texts_to_info, title_block_fields, undated_block
from rktparse.assemble.signature import TextLine
from rktparse.grid import BBox, PageText
from rktparse.models import DocumentInfo, Signatory
from rktparse.vocabulary.furniture import ends_table, is_page_furniture, parse_place_date


def info_of(texts: list[PageText], table_pages: tuple[int, int] | None = None) -> DocumentInfo:
    return texts_to_info(texts, table_pages).info


def test_kupang_title_and_signature():
    info = info_of([
        PageText(page=1, above=["RENCANA KINERJA TAHUNAN (RKT)", "KOMISI PEMILIHAN UMUM KOTA KUPANG TAHUN 2024"]),
        PageText(page=3, below=["Kupang, 5 Januari 2024", "Komisi Pemilihan Umum Kota Kupang", "Sekretaris",
                                "Agustinus Yohanes Ola Paon"]),
    ])
    assert info.title == "RENCANA KINERJA TAHUNAN (RKT) KOMISI PEMILIHAN UMUM KOTA KUPANG TAHUN 2024"
    assert info.agency == "KOMISI PEMILIHAN UMUM KOTA KUPANG"
    assert (info.year, info.place, info.date) == (2024, "Kupang", dt.date(2024, 1, 5))
    assert info.signatory.position == "Sekretaris"
    assert info.signatory.name == "Agustinus Yohanes Ola Paon"
    assert info.signatory.nip is None


def test_position_over_two_lines_rank_and_nip():
    info = info_of([
        PageText(page=1, above=["Lampiran I", "PERJANJIAN KINERJA TAHUN 2016",
                                "DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT"],
                 below=["Bandung,        Januari 2016", "KEPALA DINAS PARIWISATA DAN KEBUDAYAAN",
                        "PROVINSI JAWA BARAT", "Hj. IDA HERNIDA, SH.,M.Si", "Pembina Utama Madya",
                        "NIP. 19590110 198503 2 007", "3"]),
    ])
    assert info.title == "PERJANJIAN KINERJA TAHUN 2016 DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT"
    assert info.agency == "DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT"
    assert (info.year, info.place, info.date) == (2016, "Bandung", None)
    assert info.signatory.position == "KEPALA DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT"
    assert info.signatory.name == "Hj. IDA HERNIDA, SH.,M.Si"
    assert info.signatory.nip == "19590110 198503 2 007"


def test_place_date_variants():
    assert parse_place_date("Kupang, 5 Januari 2024") == ("Kupang", dt.date(2024, 1, 5), 2024)
    assert parse_place_date("Bandung, 17 Pebruari 2017") == ("Bandung", dt.date(2017, 2, 17), 2017)
    assert parse_place_date("Bandung,   2016") == ("Bandung", None, 2016)
    assert parse_place_date("Bandung, 31 Februari 2016") == ("Bandung", None, 2016)
    assert parse_place_date("Menyusun laporan 2016") is None


def test_page_numbers_named_run_to_thousands_a_bare_four_figures_is_a_year():
    for line in ("Halaman 3", "Halaman 1000", "Hal. 12/4000", "- 7 -", "12", "Page 5 of 10000", "II-5", "III - 12"):
        assert is_page_furniture(line), line  # (a report's chapter numbers its pages in its numeral)
    for line in ("2024", "Halaman", "Target 2024: 95", "ii-5", "V-2024"):
        assert not is_page_furniture(line), line


def test_a_caption_or_a_source_note_ends_a_table():
    for line in ("Tabel 2. Tujuan dan Sasaran", "TABEL 2.6", "Tabel. 1", "Tabel Rencana Program, Kegiatan",
                 "Sumber : Renstra (2013-2018), Renja", "Sumber data: LKIP 2016", "SUMBER DATA : BPS"):
        assert ends_table(line), line
    for line in ("Tabelnya", "tabel data pemilih", "Sumber Data", "Sumber daya manusia aparatur"):
        assert not ends_table(line), line  # (a Sumber Data column's name, an indikator's words)


def test_two_party_block_takes_the_agency_signer():
    info = info_of([
        PageText(page=1, above=["PERJANJIAN KINERJA TAHUN 2016", "DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT"],
                 below=["Bandung,", "2016", "GUBERNUR JAWA BARAT", "KEPALA DINAS PARIWISATA DAN KEBUDAYAAN",
                        "PROVINSI JAWA BARAT", "AHMAD HERYAWAN", "Hj. IDA HERNIDA, SH.,M.Si", "Pembina Utama Madya",
                        "NIP. 19590110 198503 2 007"]),
    ])
    assert (info.place, info.date, info.year) == ("Bandung", None, 2016)
    assert info.signatory.position == "KEPALA DINAS PARIWISATA DAN KEBUDAYAAN PROVINSI JAWA BARAT"
    assert info.signatory.name == "Hj. IDA HERNIDA, SH.,M.Si"


def test_narrative_is_never_the_title_and_a_period_is_not_a_year():
    narrative = ["BAB I", "PENDAHULUAN", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                 "mengamanatkan bahwa penyelenggaraan pemerintahan daerah diarahkan untuk",
                 "Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi"]
    info = info_of([PageText(page=1, above=narrative),
                          PageText(page=10, above=narrative[2:] + ["TUJUAN, SASARAN MISI BIRO ORGANISASI",
                                                                   "TAHUN 2013-2018"])], (10, 10))
    assert info.title == "TUJUAN, SASARAN MISI BIRO ORGANISASI TAHUN 2013-2018"
    assert (info.agency, info.year) == ("BIRO ORGANISASI", None)  # the agency the heading names; a period is no year


def test_a_period_title_takes_the_year_a_later_tables_heading_names():
    texts = [PageText(page=3, above=["Tabel 1", "MATRIK TUJUAN DAN SASARAN DINAS X", "TAHUN 2013-2018"]),
             PageText(page=5, above=["Sebagaimana tabel berikut :", "Tabel 2", "PERJANJIAN KINERJA TAHUN 2016"]),
             PageText(page=6, above=["Laporan ini disusun pada tahun 2019 untuk dibaca."])]
    assert texts_to_info(texts, (3, 6), later_tables=[5, 6]).info.year == 2016
    assert texts_to_info(texts, (3, 6), later_tables=[6]).info.year is None  # a year in narrative names none


def test_a_decree_is_signed_where_and_when_it_was_enacted():
    block = ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "PROVINSI JAWA BARAT", "Dr. H. BUDI SANTOSO, MT",
             "Pembina Utama Madya", "NIP. 19610924 198603 1 004"]
    info = info_of([PageText(page=2, above=["INDIKATOR KINERJA UTAMA"],
                             below=["Ditetapkan di : Bandung", "Pada Tanggal", *block])], (2, 2))
    assert (info.place, info.date, info.date_printed) == ("Bandung", None, None)  # the date left blank
    assert (info.signatory.name, info.signatory.rank, info.signatory.nip) == (
        "Dr. H. BUDI SANTOSO, MT", "Pembina Utama Madya", "19610924 198603 1 004")
    assert info.agency == "DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI JAWA BARAT"
    dated = info_of([PageText(page=2, below=["Ditetapkan di Bandung", "pada tanggal : 3 Januari 2017", *block])], (2, 2))
    assert (dated.place, dated.date, dated.year) == ("Bandung", dt.date(2017, 1, 3), 2017)


def test_cover_title_wins_over_running_header_above_a_later_table():
    cover = ["RENCANA KINERJA TAHUNAN", "BADAN PEMBERDAYAAN PEREMPUAN (RKT BP3AKB)", "PROVINSI JAWA BARAT",
             "TAHUN 2016", "Web: bp3akbjabarprov.go.id", "JL. SOEKARNO HATTA 458"]
    info = info_of([PageText(page=1, above=cover),
                          PageText(page=14, above=["Rencana Kinerja Tahunan (RKT) BP3AKB TAHUN 2016",
                                                   "Tabel Indikator Kinerja Utama (IKU) Beserta Target Capaian"])],
                         (14, 14))
    assert info.title == "RENCANA KINERJA TAHUNAN BADAN PEMBERDAYAAN PEREMPUAN (RKT BP3AKB) PROVINSI JAWA BARAT TAHUN 2016"
    assert info.agency == "BADAN PEMBERDAYAAN PEREMPUAN PROVINSI JAWA BARAT"
    assert info.year == 2016


def test_side_by_side_signers_pair_name_and_nip_by_column():
    info = info_of([
        PageText(page=1, above=["PERJANJIAN KINERJA TAHUN 2017", "KEPALA SEKSI DATA DAN INFORMASI"],
                 below=["Bandung. 3 Februari 2017", "KEPALA BIDANG PERTANAHAN", "KEPALA SEKSI DATA DAN INFORMASI",
                        "DINAS PERUMAHAN DAN PERMUKIMAN DINAS PERUMAHAN DAN PERMUKIMAN", "PROVINSI JAWA BARAT",
                        "PROVINSI JAWA BARAT", "Drs. DEDE WAHYUDIN, M.M.", "Ir. DEWI KURNIA, M.T.", "Pembina Tk. I",
                        "Pembina", "NIP. 19670326 199103 1 006", "NIP. 19620404 199203 2 007"]),
    ])
    assert (info.place, info.date) == ("Bandung", dt.date(2017, 2, 3))
    # interleaved lines (no boxes): the line printed in both columns goes to both positions
    assert info.signatory.position == "KEPALA SEKSI DATA DAN INFORMASI DINAS PERUMAHAN DAN PERMUKIMAN PROVINSI JAWA BARAT"
    assert (info.signatory.name, info.signatory.rank, info.signatory.nip) == (
        "Ir. DEWI KURNIA, M.T.", "Pembina", "19620404 199203 2 007")
    assert info.superior is not None
    assert info.superior.position == "KEPALA BIDANG PERTANAHAN DINAS PERUMAHAN DAN PERMUKIMAN PROVINSI JAWA BARAT"
    assert (info.superior.name, info.superior.rank, info.superior.nip) == (
        "Drs. DEDE WAHYUDIN, M.M.", "Pembina Tk. I", "19670326 199103 1 006")


def boxed(page: int, rows: list[list[tuple[str, float]]], top: float = 600.0) -> tuple[list[str], list[BBox]]:
    """Lines as a PDF reader gives them: each printed line's runs (text, left x), top to bottom."""
    lines, boxes = [], []
    for n, row in enumerate(rows):
        for text, x0 in row:
            lines.append(text)
            boxes.append(BBox(x0=x0, x1=x0 + 5.5 * len(text), top=top + 14 * n, bottom=top + 14 * n + 10))
    return lines, boxes


def test_pk_parties_paired_by_column_across_a_page_break():
    """PIHAK KEDUA left, PIHAK KESATU right; the signer's degrees, rank and NIP run onto the next page."""
    below, below_boxes = boxed(1, [[("Bandung, Januari 2024", 330)], [("PIHAK KEDUA,", 90), ("PIHAK KESATU,", 340)],
                                   [("GUBERNUR JAWA BARAT", 70), ("KEPALA DINAS PENDIDIKAN", 320)],
                                   [("PROVINSI JAWA BARAT", 335)], [("AHMAD HERYAWAN", 80), ("Dr. H. WAHYU MIJAYA, S.H.,", 315)]])
    above, above_boxes = boxed(2, [[("M.Pd.", 360)], [("Pembina Utama Muda", 330)], [("NIP. 19650101 199003", 325)],
                                   [("1 001", 360)]], top=40)
    reading = texts_to_info([PageText(page=1, above=["PERJANJIAN KINERJA TAHUN 2024"], below=below, below_boxes=below_boxes),
                             PageText(page=2, above=above, above_boxes=above_boxes)], (1, 1))
    info = reading.info
    assert info.kind.value == "pk" and (info.place, info.date, info.date_printed) == ("Bandung", None, "Januari 2024")
    assert info.signatory == Signatory(position="KEPALA DINAS PENDIDIKAN PROVINSI JAWA BARAT",
                                       name="Dr. H. WAHYU MIJAYA, S.H., M.Pd.", rank="Pembina Utama Muda",
                                       nip="19650101 199003 1 001")
    assert info.superior == Signatory(position="GUBERNUR JAWA BARAT", name="AHMAD HERYAWAN")
    assert info.agency == "DINAS PENDIDIKAN PROVINSI JAWA BARAT"  # from the signatory's position
    assert reading.warnings == []


def test_a_cut_nip_and_an_unlabelled_pair_are_review_warnings():
    below, below_boxes = boxed(1, [[("Bandung, 2 Januari 2024", 200)], [("GUBERNUR JAWA BARAT", 70), ("KEPALA DINAS X", 330)],
                                   [("AHMAD HERYAWAN", 80), ("NAMA KEPALA", 330)], [("NIP. 19650101 199003", 325)]])
    reading = texts_to_info([PageText(page=1, below=below, below_boxes=below_boxes)], (1, 1))
    # the date stands over neither column: the right-hand signer is taken, and said to be a guess
    assert reading.info.signatory.name == "NAMA KEPALA"
    assert [(w.code, w.ref, w.severity.value) for w in reading.warnings] == [
        ("document-field-uncertain", "/document/signatory", "review")] * 2
    assert "14 digits" in reading.warnings[1].message


def test_labelled_title_block_lines_are_fields_never_title():
    info = info_of([PageText(page=1, above=[
        "INDIKATOR KINERJA UTAMA", "1. Nama Unit Organisasi : Dinas Pemuda dan Olahraga Provinsi Jawa Barat",
        "2. Tugas : Melaksanakan urusan pemerintahan bidang pemuda", "dan olahraga", "3. Fungsi", ": Penyelenggaraan"])],
        (1, 1))
    assert info.title == "INDIKATOR KINERJA UTAMA" and info.kind.value == "iku"
    assert info.fields == {"Nama Unit Organisasi": "Dinas Pemuda dan Olahraga Provinsi Jawa Barat",
                           "Tugas": "Melaksanakan urusan pemerintahan bidang pemuda dan olahraga",
                           "Fungsi": "Penyelenggaraan"}
    assert info.agency == "Dinas Pemuda dan Olahraga Provinsi Jawa Barat"


def test_a_line_printed_twice_a_hair_apart_is_read_once():
    lines = ["PERNYATAAN PERJANJIAN KINERJA", "DINAS PEMUDA DAN OLAHRAGA", "PROVINSI JAWA BARAT",
             "PROVINSI JAWA BARAT"]
    boxes = [BBox(x0=100, x1=300, top=50 + 14 * n, bottom=60 + 14 * n) for n in range(3)]
    boxes.append(replace(boxes[-1], x0=100.4, x1=300.4, top=boxes[-1].top + 0.3))
    info = info_of([PageText(page=1, above=lines, above_boxes=boxes)], (1, 1))
    assert info.title == "PERNYATAAN PERJANJIAN KINERJA DINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT"
    assert info.agency == "DINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT"
    doubled = info_of([PageText(page=1, above=["PERJANJIAN KINERJA DINAS X PROVINSI JAWA BARAT PROVINSI JAWA BARAT"])])
    assert doubled.agency == "DINAS X PROVINSI JAWA BARAT"


def test_pk_opening_names_the_parties_where_the_block_prints_no_position():
    opening = ["PERJANJIAN KINERJA TAHUN 2016", "Nama", "Ir. R. ABDULLAH", "Jabatan", "Kepala Bidang Produksi",
               "Selanjutnya disebut PIHAK KESATU", "Nama", "Ir. DODY", "Jabatan",
               "Kepala Dinas Peternakan Provinsi Jawa Barat", "Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA"]
    below, below_boxes = boxed(2, [[("Bandung, 22 April 2016", 330)], [("PIHAK KEDUA", 90), ("PIHAK KESATU", 340)],
                                   [("Ir. DODY", 80), ("Ir. R. ABDULLAH", 330)],
                                   [("Pembina Utama Muda", 80), ("Pembina Tk. I", 330)],
                                   [("NIP. 19591030 198503 1 008", 80), ("NIP. 196009151990031006", 330)]])
    info = info_of([PageText(page=1, above=opening), PageText(page=2, above=["PERJANJIAN KINERJA TAHUN 2016",
                                                                            "BIDANG PRODUKSI"],
                                                              below=below, below_boxes=below_boxes)], (2, 2))
    assert (info.signatory.position, info.signatory.rank) == ("Kepala Bidang Produksi", "Pembina Tk. I")
    assert (info.superior.position, info.superior.nip) == ("Kepala Dinas Peternakan Provinsi Jawa Barat",
                                                           "19591030 198503 1 008")
    assert info.agency == "Dinas Peternakan Provinsi Jawa Barat"  # a unit's PK: the agency is its superior's


def test_kind_from_title_then_columns():
    def kind(title, headers=()):
        return texts_to_info([PageText(page=1, above=[title] if title else [])], (1, 1), list(headers)).info.kind.value
    assert kind("RENCANA KINERJA TAHUNAN DAN RENCANA KERJA BIRO X TAHUN 2017") == "rkt"
    assert kind("RENCANA AKSI KINERJA SASARAN TAHUN 2016") == "rencana_aksi"
    assert kind("II. PERENCANAAN DAN PERJANJIAN KINERJA") == "unknown"  # a chapter heading names no kind
    assert kind("", ["Sasaran", "Indikator", "Target", "Tw I", "Tw II"]) == "rencana_aksi"
    assert kind("", ["Sasaran", "Indikator Kinerja Utama", "Penjelasan/Formulasi", "Sumber Data"]) == "iku"
    assert kind("", ["Sasaran", "Indikator", "Target"]) == "unknown"


def test_a_printed_date_that_is_no_date_is_a_review_warning():
    reading = texts_to_info([PageText(page=1, below=["Bandung, 31 Februari 2016", "KEPALA DINAS X", "NAMA"])], (1, 1))
    assert (reading.info.date, reading.info.date_printed) == (None, "31 Februari 2016")
    assert [(w.ref, w.severity.value) for w in reading.warnings] == [("/document/date", "review")]


def test_an_agency_named_without_its_region_takes_the_region_printed_under_it_elsewhere():
    above = ["DINAS PERIKANAN", "KABUPATEN GARUT", "PERJANJIAN KINERJA"]
    assert letterhead("DINAS PERIKANAN", above) == ["DINAS PERIKANAN", "KABUPATEN GARUT"]
    assert letterhead("DINAS PERIKANAN", ["DINAS PERIKANAN", "BIDANG BUDIDAYA"]) == []
    assert letterhead("DINAS X KOTA BOGOR", above) == []
    agreement = "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, yang bertanda tangan di bawah ini :"
    texts = [PageText(page=1, above=[*above[:2], agreement]),
             PageText(page=2, above=["PERJANJIAN KINERJA TAHUN 2024", "DINAS PERIKANAN"])]
    reading = texts_to_info(texts, (2, 2))
    assert reading.info.agency == "DINAS PERIKANAN KABUPATEN GARUT"
    assert [(p.field, p.place.value, p.lines) for p in reading.places] == [
        ("/document/agency", "letterhead", ["DINAS PERIKANAN", "KABUPATEN GARUT"])]


def test_title_block_fields_end_where_running_text_begins():
    lines = ["TUGAS : Melaksanakan urusan", "pemerintahan daerah", "INDIKATOR KINERJA UTAMA",
             "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, kami yang bertanda tangan di bawah ini:",
             "Nama : Budi Santoso", "Jabatan : Kepala Dinas"]
    assert title_block_fields(lines) == {"TUGAS": "Melaksanakan urusan pemerintahan daerah"}


def test_a_position_over_a_name_closing_the_text_is_an_undated_signature():
    lines = [TextLine("Catatan: angka sementara", 1), TextLine("BUPATI GARUT,", 1), TextLine("RUDY GUNAWAN", 1)]
    assert undated_block(lines) == 1
    assert undated_block([TextLine("KEPALA DINAS X", 1), TextLine("Pembina Utama Madya 2016", 1)]) is None


def test_a_report_chapter_names_its_year_in_its_section_headings_and_its_agency_in_a_caption():
    from rktparse.assemble.metadata import caption_agency, section_year

    texts = [PageText(page=1, above=["II. PERENCANAAN KINERJA", "2.2. Rencana Kinerja Tahun 2019",
                                     "Tabel 3. Sasaran Jangka Menengah Dinas Sosial", "Kabupaten Garut Tahun 2019"]),
             PageText(page=4, above=["2.3. Perjanjian Kinerja Tahun 2019", "Tahun 2018 tercapai 95 %"])]
    assert section_year(texts) == 2019
    assert section_year(texts + [PageText(page=5, above=["3.1. Rencana Kinerja Tahun 2020"])]) is None
    assert caption_agency(texts[0]) == "Dinas Sosial Kabupaten Garut"
    assert caption_agency(PageText(page=1, above=["Tabel 3. Capaian sasaran"])) is None


def test_a_plan_of_several_years_takes_the_target_of_the_year_asked():
    from rktparse.assemble.columns import header_to_layout
    from rktparse.grid import Cell, TablePage
    from rktparse.vocabulary.headers import Role

    cells = [Cell(lines=["Sasaran"], row=0, col=0, row_span=2), Cell(lines=["Indikator"], row=0, col=1, row_span=2),
             Cell(lines=["Target Tahun"], row=0, col=2, col_span=3),
             *[Cell(lines=[str(year)], row=1, col=2 + i) for i, year in enumerate((2019, 2020, 2021))],
             Cell(lines=["A"], row=2, col=0), Cell(lines=["B"], row=2, col=1),
             *[Cell(lines=[f"{10 + i}"], row=2, col=2 + i) for i in range(3)]]
    table = TablePage(page=1, n_rows=3, n_cols=5, cells=cells)
    assert [c.role for c in header_to_layout(table, 2).columns][2:] == [Role.TARGET, Role.EXTRA, Role.EXTRA]
    layout = header_to_layout(table, 2, year=2020)
    assert [c.role for c in layout.columns][2:] == [Role.EXTRA, Role.TARGET, Role.EXTRA]
    assert layout.years == ("2019", "2020", "2021")
