"""Title block and signature block around the table."""

import datetime as dt

from rktparse.assemble.metadata import parse_place_date, texts_to_info
from rktparse.grid import PageText
from rktparse.models import DocumentInfo


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
