"""The text reader: the Kupang stream export cell by cell, style detection, bad input, the assign search."""


import pytest

import rktparse
from rktparse.errors import EmptyFileError, EncodingError, NoTableError, OptionError, UnsupportedFormatError
from rktparse.readers import get_reader
from rktparse.readers.text import TextOptions, TextReader, decode, detect_style
from rktparse.readers.text import assign as assign_module
from rktparse.readers.text.assign import Lexicon, assign
from rktparse.readers.text.lines import cut_score, split_lines, target_spans
from rktparse.readers.text.running import drop_running_lines
from rktparse.vocabulary.phrases import Phrases
from tests.conftest import SAMPLES, content, expected_for

KUPANG = SAMPLES / "kupang-2024-rkt.txt"
HEADER = ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]


@pytest.fixture(scope="module")
def kupang():
    return TextReader().read(KUPANG)


def cell(table, row, col):
    found = [c for c in table.cells if c.row == row and c.col == col]
    return found[0].lines if found else None


def groups(table):
    """(first data row, span, first line) of each Sasaran cell, data rows counted from 1."""
    return [(c.row, c.row_span, c.lines[0]) for c in sorted(table.cells, key=lambda c: c.row) if c.col == 0 and c.row]


def test_kupang_pages_rows_and_header(kupang):
    assert kupang.format == "text" and kupang.engine == "text" and kupang.page_count == 3
    assert [t.n_rows - 1 for t in kupang.tables] == [15, 16, 11]
    for table in kupang.tables:
        assert [cell(table, 0, col) for col in range(4)] == [[h] for h in HEADER]
        assert table.n_cols == 4 and table.bbox is None
        for row in range(1, table.n_rows):  # every row has indikator, target and kegiatan
            assert all(cell(table, row, col) for col in (1, 2, 3)), (table.page, row)


def test_kupang_cells_as_printed(kupang):
    page1, page2, page3 = kupang.tables
    assert cell(page1, 3, 1) == ["Jumlah revisi yang dilakukan", "terhadap rencana kerja yang telah", "ditetapkan"]
    assert cell(page1, 3, 2) == ["12 kali"]
    assert cell(page1, 3, 3)[-2:] == ["Pemilu dan melakukan revisi apabila", "dipelukan"]
    assert cell(page1, 2, 3) == ["melakukan penyusunan Rencana", "Kerja KPU Tahun Anggaran 2024"]
    # "dipersiapkan dan dibentuk 8.435" / "orang": the target is split off its line and takes its unit
    assert cell(page1, 9, 1) == ["Jumlah badan adhok yang", "dipersiapkan dan dibentuk"]
    assert cell(page1, 9, 2) == ["8.435", "orang"]
    assert cell(page1, 8, 1) == ["Persentase Aplikasi KPU yang", "diterapkan secara terintegrasi"]
    assert cell(page1, 11, 3) == ["Pembayaran Honor Badan Adhoc"]  # "100% Pembayaran Honor Badan Adhoc"
    assert cell(page1, 6, 0) == ["Terlaksananya penyusunan", "Keputusan KPU Provinsi sesuai",
                                 "dengan ketentuan perundang-", "undangan"]
    # a sasaran printed again as its indikator, wrapped at another width
    assert cell(page2, 14, 0) == ["Presentase sarana transportasi", "untuk mendukung kinerja pegawai",
                                  "berjalan dengan baik"]
    assert cell(page2, 14, 1) == ["Presentase sarana transportasi untuk", "mendukung kinerja pegawai berjalan",
                                  "dengan baik"]
    assert cell(page2, 16, 1) == ["Terwujudnya pengelolaan Barang", "Milik Negara secara baik"]  # double space folded
    assert cell(page3, 4, 1) == ["Terlaksananya pemutakhiran data", "pemilih"]
    assert cell(page3, 6, 1)[-1] == "KPU paling lambat 1 hari kerja"  # a number inside an indikator
    assert [cell(page3, 10, col) for col in (1, 2, 3)] == [["Nilai Akuntabilitas Kinerja"], ["BB"],
                                                           ["Penyusunan Laporan SAKIP"]]
    assert [cell(page3, 11, col) for col in (1, 2, 3)] == [["Nilai Keterbukaan Informasi Publik"], ["100%"],
                                                           ["Penyusunan Laporan Bakohumas"]]


def test_kupang_sasaran_groups(kupang):
    page1, page2, page3 = kupang.tables
    assert groups(page1) == [
        (1, 3, "Terwujudnya rencana kerja dan"),
        (4, 1, "Peningkatan Kompetensi SDM KPU"),
        (5, 1, "Sosialisasi Kebijakan KPU kepada"),
        (6, 1, "Terlaksananya penyusunan"),
        (7, 2, "Terfasilitasinya layanan"),
        (9, 2, "Terbentuknya Badan"),
        (11, 2, "Terlaksananya Fasilitasi Badan"),
        (13, 3, "Terlaksananya Fasilitasi"),
    ]
    # listed: logistik, Sumpah Janji, Pemungutan, Penetapan, ...; placed by meaning, not listing order
    assert groups(page2) == [
        (1, 3, "Terlaksananya fasilitasi pengelolaan"),
        (4, 3, "Terlaksananya fasilitasi tahapan"),
        (7, 2, "Terlaksananya Fasilitasi Sumpah"),
        (9, 2, "Terwujudnya Kegiatan Penetapan"),
        (11, 3, "Tersusunnya laporan"),
        (14, 1, "Presentase sarana transportasi"),
        (15, 2, "Presentase fasilitas perkantoran"),
    ]
    assert groups(page3) == [
        (1, 1, "Presentase KPU Kota Kupang"),
        (2, 2, "Tersedianya data, informasi, sarana"),
        (4, 1, "Terlaksananya pemutakhiran data"),
        (5, 2, "Meningkatnya kualitas layanan"),
        (7, 1, "Meningkatnya efektivitas"),
        (8, 1, "Meningkatnya penyelenggara SPIP"),
        (9, 3, "Terwujudnya Sumber Daya"),
    ]
    merged = [c for t in kupang.tables for c in t.cells if c.col == 0 and c.row_span > 1]
    assert all(c.confidence is not None and 0 <= c.confidence < 1 for c in merged)


def test_kupang_text_around_the_table_and_words(kupang):
    texts = {t.page: t for t in kupang.texts}
    assert texts[1].above == ["RENCANA KINERJA TAHUNAN (RKT)", "KOMISI PEMILIHAN UMUM KOTA KUPANG TAHUN 2024"]
    assert texts[3].below == ["Kupang, 5 Januari 2024", "Komisi Pemilihan Umum Kota Kupang", "Sekretaris",
                              "Agustinus Yohanes Ola Paon"]
    assert not texts[1].below and not texts[2].above and not texts[2].below
    printed = [w for t in kupang.tables for w in t.words]
    in_cells = [w for t in kupang.tables for c in t.cells for line in c.lines for w in line.split()]
    assert sorted(printed) == sorted(in_cells)  # nothing lost, nothing invented
    assert "RENCANA" not in printed and "Agustinus" not in printed


def test_kupang_notes_name_uncertain_rows(kupang):
    codes = {n.code for n in kupang.notes}
    assert codes <= {"text-cell-boundary", "text-sasaran-assignment"}
    assignment = [n for n in kupang.notes if n.code == "text-sasaran-assignment"]
    assert any(n.page == 1 and "Terbentuknya Badan" in n.message and "Jumlah badan adhok" in n.message
               for n in assignment)


def test_kupang_full_pipeline_matches_expected_json():
    doc = rktparse.parse(KUPANG)
    assert content(doc) == expected_for(KUPANG)
    assert len(doc.sasaran) == 22 and len(doc.indikator_rows()) == 42
    assert not [w for w in doc.warnings if w.code == "words-not-placed"]


def test_kupang_without_blank_lines_reads_the_same(tmp_path):
    """No blank-line rhythm to lean on: line fill, cue words and targets still find every cell."""
    path = tmp_path / "kupang-2024-rkt.txt"
    text = KUPANG.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines() if line.strip()) + "\n", encoding="utf-8")
    assert content(rktparse.parse(path)) == expected_for(KUPANG)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.layout.txt")), ids=lambda p: p.name.split(".")[0])
def test_layout_export_matches_expected_json(path):
    doc = rktparse.parse(path)
    assert doc.source.format == "text"
    assert content(doc) == expected_for(path)
    assert not [w for w in doc.warnings if w.code == "words-not-placed"]


# (the Sleman sample's "Kategori" / "Sangat Baik", a target in words whose first line lacks the export's
# wrap mark, reads whole since a target opening with a rating's name goes on: vocabulary.targets)
@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.blocks.txt")), ids=lambda p: p.name.split(".")[0])
def test_blocks_export_matches_expected_json(path):
    doc = rktparse.parse(path)
    assert content(doc) == expected_for(path)
    assert not [w for w in doc.warnings if w.code == "words-not-placed"]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("rl-*.blocks.txt")), ids=lambda p: p.name.split(".")[0])
def test_a_space_ending_every_line_marks_no_wrap(path, tmp_path):
    """Word's PDFs end every line in a space, the last of a cell's lines too: exported so, a space
    at a line's end says nothing of where a cell ends, and an export whose lines end in none (these
    samples') reads the same with one on every line."""
    spaced = tmp_path / path.name
    text = path.read_text(encoding="utf-8")
    spaced.write_text("\n".join(f"{line} " if line.strip() else line for line in text.split("\n")), encoding="utf-8")
    assert content(rktparse.parse(spaced)) == expected_for(path)


def test_targets_in_a_line():
    def found(text):
        return [text[s.start:s.end] for s in target_spans(text)]

    assert found("diterapkan secara terintegrasi 100%") == ["100%"]
    assert found("Nilai Akuntabilitas Kinerja BB Penyusunan Laporan SAKIP") == ["BB"]
    assert found("Kerja KPU Tahun Anggaran 2024") == []  # a year is no target
    # a measure ('15.502 km'), a counted thing in capitals ('6 Puskesmas'), a grade with its range: whole
    # values; a grade after a figure is no unit of it (two cells side by side: Capaian '874', Target 'WTP')
    assert found("Tingkat populasi sapi potong 15.502 km a. Pembinaan kelompok tani") == ["15.502 km"]
    assert found("Jumlah Puskesmas terakreditasi 6 Puskesmas") == ["6 Puskesmas"]
    assert found("Tingkat produksi padi A (70-75) Pembinaan kelompok tani") == ["A (70-75)"]
    assert found("Prosentase temuan BPK yang ditindaklanjuti 874 WTP") == ["874", "WTP"]
    assert max(s.strength for s in target_spans("padi A (70-75) Pembinaan")) >= 2.5  # cut off its line
    spans = target_spans("KPU paling lambat 1 hari kerja")
    assert spans and max(s.strength for s in spans) < target_spans("100%")[0].strength
    # a percentage with a decimal point, as a Word table may print it (BP3AKB's pypdf export)
    assert found("Indeks Pembangunan Gender (IPG) 89.68%") == ["89.68%"]
    assert found("Tingkat capaian 1.234,5 %") == ["1.234,5 %"]


def test_style_detection():
    assert detect_style(split_lines(KUPANG.read_text(encoding="utf-8"))) == "stream"
    for layout in sorted(SAMPLES.glob("*.layout.txt")):
        assert detect_style(split_lines(layout.read_text(encoding="utf-8"))) == "layout", layout.name
    for blocks in sorted(SAMPLES.glob("*.blocks.txt")):
        assert detect_style(split_lines(blocks.read_text(encoding="utf-8"))) == "blocks", blocks.name


def test_options():
    assert TextOptions.resolve(None).style == "auto"
    assert TextOptions.resolve({"style": "stream"}).style == "stream"
    options = TextOptions(style="blocks")
    assert TextOptions.resolve(options) is options
    with pytest.raises(OptionError):
        TextOptions.resolve({"style": "columns"})
    with pytest.raises(OptionError):
        TextOptions.resolve({"colour": "red"})
    assert TextReader({"style": "stream"}).read(KUPANG).page_count == 3
    assert isinstance(get_reader("text"), TextReader)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyFileError),
        (b" \n\t\r\n  \n", EmptyFileError),
        (b"\xef\xbb\xbf\n", EmptyFileError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", UnsupportedFormatError),
        (b"Sasaran Kinerja Indikator \x81\x8d\x8f\x90\x9d" * 20 + b"Target " * 200, EncodingError),
        (b"Laporan tahunan\n\nTidak ada tabel di sini.\n", NoTableError),
    ],
    ids=["empty", "whitespace", "bom-only", "binary", "unknown-encoding", "no-table"],
)
def test_bad_input(tmp_path, content, error):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        TextReader().read(path)
    assert str(path) in str(raised.value)


def test_encodings(tmp_path):
    text = "Sasaran Kinerja Indikator Kinerja Target Kegiatan\n"
    for name, data in [("utf8-bom", b"\xef\xbb\xbf" + text.encode()), ("cp1252", "• Rp 1.000 – ok\n".encode("cp1252")),
                       ("latin1", b"caf\xe9 \x81\n" + b"teks biasa " * 200)]:
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        assert decode(path)[0].strip()
    assert decode(tmp_path / "utf8-bom.txt") == (text, [])
    assert "•" in decode(tmp_path / "cp1252.txt")[0]
    assert decode(tmp_path / "latin1.txt")[1][0].message == "the text is not UTF-8; it was read as latin-1"


def test_assign_places_cells_by_meaning_not_listing_order():
    rows = [
        "Persentase dokumen anggaran yang disusun Penyusunan dokumen anggaran",
        "Jumlah revisi anggaran Revisi anggaran",
        "Persentase logistik didistribusikan tepat waktu Distribusi logistik ke TPS",
        "Persentase gudang logistik memenuhi standar Pemeliharaan gudang logistik",
        "Persentase pegawai mengikuti pelatihan kompetensi Pelatihan teknis pegawai",
        "Indeks kompetensi pegawai Penilaian kompetensi pegawai",
        "Jumlah pegawai bersertifikat Sertifikasi kompetensi",
        "Persentase arsip inaktif yang dikelola Pengelolaan arsip inaktif",
        "Jumlah arsip digital Digitalisasi arsip",
    ]
    cells = ["Meningkatnya kompetensi pegawai", "Terkelolanya anggaran yang akuntabel",
             "Tertibnya arsip", "Tersedianya logistik tepat waktu"]
    lexicon = Lexicon(rows + cells)
    result = assign(rows, [True] * len(rows), cells, lexicon)
    assert [(g.cell, g.first, g.span) for g in result.groups] == [(1, 0, 2), (3, 2, 2), (0, 4, 3), (2, 7, 2)]
    assert not result.stray and not result.bounded
    assert all(0 < g.confidence <= 1 for g in result.groups)
    # a row with a Sasaran of its own ends a run: no group reaches over it
    free = [True, True, True, True, True, True, False, True, True]
    result = assign(rows, free, cells, lexicon)
    assert [(g.cell, g.first, g.span) for g in result.groups] == [(1, 0, 2), (3, 2, 2), (0, 4, 2), (2, 7, 2)]


def test_assign_falls_back_to_greedy_order_when_too_large(monkeypatch):
    rows = ["Jumlah revisi anggaran", "Persentase anggaran terserap", "Distribusi logistik", "Gudang logistik"]
    cells = ["Tersedianya logistik", "Terkelolanya anggaran"]
    monkeypatch.setattr(assign_module, "MAX_WORK", 1)
    result = assign(rows, [True] * 4, cells, Lexicon(rows + cells))
    assert result.bounded
    assert [(g.cell, g.first, g.span) for g in result.groups] == [(1, 0, 2), (0, 2, 2)]


def test_text_style_option_overrides_detection(tmp_path, capsys):
    from rktparse.cli import main

    layout = SAMPLES / "word-kpu-alor-rkt-2024.layout.txt"
    assert content(rktparse.parse(layout, text_style="layout")) == content(rktparse.parse(layout))
    assert main(["convert", str(layout), "--out", str(tmp_path), "--text-style", "blocks"]) == 1
    assert "in this blocks text" in capsys.readouterr().err
    assert main(["convert", str(layout), "--out", str(tmp_path), "--text-style", "columns"]) == 2


def test_blocks_numbered_kegiatan_list_starts_at_its_item_1():
    # "Kategori" / "Sangat Baik" (a free-text target without wrap marks) stands just before "1. Program ...":
    # a list begins at its item 1, so "Sangat Baik" does not open that Kegiatan cell.
    doc = rktparse.parse(SAMPLES / "word-bkpsdm-sleman-rkt-2024.blocks.txt")
    expected = expected_for(SAMPLES / "word-bkpsdm-sleman-rkt-2024.blocks.txt")
    assert doc.sasaran[0].indikator[0].kegiatan == expected["sasaran"][0]["indikator"][0]["kegiatan"]


def test_a_line_of_many_runs_under_a_header_of_many_columns_is_not_realigned():
    # Fuzzing found a layout export whose realignment tried every way to lay 15 runs on 30 header
    # columns (155 million): such a line is left as read, at once.
    from rktparse.readers.text.realign import Run, matched
    runs = [Run(start=4 * k, end=4 * k + 2, text="ab") for k in range(15)]
    assert matched(runs, [6 * k for k in range(30)], ["extra"] * 30) is None
    assert matched(runs[:3], [0, 9, 20], ["extra"] * 3) is not None  # a line an RKT prints is still matched


# A PyMuPDF blocks export whose last two columns stand right of the Kegiatan: 'PAGU' / 'ANGGARAN'
# names one column, a source of funds is a Keterangan cell, and the Kegiatan entries printed after
# a row's Keterangan (its sub-rows) stay that row's.
BLOCKS_WITH_SIDE_COLUMNS = """\
RENCANA KINERJA TAHUNAN
SASARAN
INDIKATOR
TARGET
PROGRAM DAN KEGIATAN
PAGU
ANGGARAN
KETERANGAN
Meningkatnya mutu \npelayanan kesehatan dasar
Jumlah Puskesmas terakreditasi
54%
Pengelolaan pelayanan kesehatan ibu \nhamil
4.200.000.000
APBD Provinsi
a. Pelaksanaan imunisasi dasar di \nPosyandu secara berkala
b. Pengelolaan pelayanan kesehatan \nibu hamil di 26 kecamatan
Persentase balita gizi buruk yang \nmendapat perawatan
100%
Pemberian makanan tambahan bagi \nbalita kurang gizi
850.000.000
Dana Desa
Cakupan kasus Tuberkulosis yang \nditemukan
90%
Penyediaan obat dan bahan medis habis \npakai
1.250.000.000
DAK
"""


def test_blocks_columns_right_of_the_kegiatan(tmp_path):
    path = tmp_path / "rkt.txt"
    path.write_text(BLOCKS_WITH_SIDE_COLUMNS, encoding="utf-8")
    rows = [(i.text, i.target.raw, len(i.kegiatan), i.extra) for s in rktparse.parse(path).sasaran for i in s.indikator]
    assert rows == [
        ("Jumlah Puskesmas terakreditasi", "54%", 3, {"PAGU ANGGARAN": "4.200.000.000", "KETERANGAN": "APBD Provinsi"}),
        ("Persentase balita gizi buruk yang mendapat perawatan", "100%", 1,
         {"PAGU ANGGARAN": "850.000.000", "KETERANGAN": "Dana Desa"}),
        ("Cakupan kasus Tuberkulosis yang ditemukan", "90%", 1, {"PAGU ANGGARAN": "1.250.000.000", "KETERANGAN": "DAK"}),
    ]


def test_blocks_headings_printed_across_the_table_group_the_rows_below(tmp_path):
    """A blocks export prints a heading row ('Bidang Pelayanan Umum') as one more line: in capitals,
    opening no cell, right before a new Sasaran. It groups the rows below it, and its note names the
    row below (its group) and the row above (whose last cell the line might end)."""
    path = tmp_path / "rkt.txt"
    path.write_text("RENCANA KINERJA TAHUNAN\nSASARAN\nINDIKATOR\nTARGET\nKEGIATAN\nUrusan Pemerintahan Wajib\n"
                    "Meningkatnya mutu \npelayanan kesehatan dasar\nJumlah Puskesmas terakreditasi\n54%\n"
                    "Pengelolaan pelayanan kesehatan ibu \nhamil\nBidang Pelayanan Umum\nTerwujudnya tata kelola \n"
                    "pemerintahan yang baik\nNilai SAKIP Perangkat Daerah\nSangat Baik\nReviu laporan kinerja\n",
                    encoding="utf-8")
    doc = rktparse.parse(path)
    rows = [(s.group.text if s.group else None, s.text, i.target.raw, i.kegiatan) for s in doc.sasaran for i in s.indikator]
    assert rows == [
        ("Urusan Pemerintahan Wajib", "Meningkatnya mutu pelayanan kesehatan dasar", "54%",
         ["Pengelolaan pelayanan kesehatan ibu hamil"]),
        ("Bidang Pelayanan Umum", "Terwujudnya tata kelola pemerintahan yang baik", "Sangat Baik", ["Reviu laporan kinerja"]),
    ]
    guessed = {w.ref for w in doc.warnings if w.code == "text-heading-guessed"}
    assert guessed == {"/sasaran/0/indikator/0", "/sasaran/1/indikator/0"}


def test_blocks_sasaran_whose_last_line_wrapped_goes_on_over_the_page_break(tmp_path):
    """PyMuPDF keeps the space a line wrapped at: 'Penyelenggaraan Tahapan ' ends page 1 wrapped, so
    'Pemilu Sesuai ...' at the top of page 2 is the rest of that Sasaran (a capital tail: checked)."""
    head = "SASARAN\nINDIKATOR\nTARGET\nKEGIATAN\n"
    path = tmp_path / "rkt.txt"
    path.write_text("RENCANA KINERJA TAHUNAN\n" + head + "Meningkatnya mutu pelayanan \nkesehatan dasar\n"
                    "Jumlah Puskesmas terakreditasi\n54%\nPengelolaan pelayanan kesehatan ibu \nhamil\n"
                    "Meningkatnya Kualitas \nPenyelenggaraan Tahapan \nPersentase pemilih yang \nmenggunakan hak pilih\n"
                    "75%\nSosialisasi pendidikan pemilih\n\f" + head + "Pemilu Sesuai Standar \nPelayanan Minimal\n"
                    "Indeks partisipasi pemilih\n80%\nRapat pleno rekapitulasi suara\n", encoding="utf-8")
    doc = rktparse.parse(path)
    assert [(s.text, len(s.indikator)) for s in doc.sasaran] == [
        ("Meningkatnya mutu pelayanan kesehatan dasar", 1),
        ("Meningkatnya Kualitas Penyelenggaraan Tahapan Pemilu Sesuai Standar Pelayanan Minimal", 2),
    ]
    assert any(w.code == "page-break-unsure" and w.ref == "/sasaran/1" for w in doc.warnings)


def test_blocks_header_of_a_stream_export_with_names_on_one_line_is_still_found(tmp_path):
    """pypdf prints 'SASARAN' / 'PROGRAM' / 'INDIKATOR KINERJA TARGET KEGIATAN': read as 'Sasaran
    Program', its other names ran into one line and the header named two columns, no table; the
    reading that takes 'Program' for a column, as before 2b45f45, finds the table (its columns are
    no better read than they were)."""
    path = tmp_path / "rkt.txt"
    path.write_text("RENCANA KINERJA TAHUNAN\nSASARAN\nPROGRAM\nINDIKATOR KINERJA TARGET KEGIATAN\n"
                    "Meningkatnya mutu pelayanan\nPersentase Puskesmas terakreditasi\n85 %\n"
                    "Pengelolaan pelayanan kesehatan\n", encoding="utf-8")
    assert rktparse.parse(path, text_style="blocks").sasaran[0].text == "Meningkatnya mutu pelayanan"


def test_blocks_header_lines_saying_whose_the_name_is_go_on_with_it():
    from rktparse.readers.text.blocks import _header_at

    lines = ["SASARAN", "PROGRAM", "INDIKATOR", "SASARAN", "SATUAN", "TARGET", "(%)", "PROGRAM/", "KEGIATAN",
             "PAGU", "ANGGARAN", "KETERANGAN", "Meningkatnya mutu"]
    header = _header_at(lines, 0)
    assert [" ".join(name) for name in header.names] == [
        "SASARAN PROGRAM", "INDIKATOR SASARAN", "SATUAN", "TARGET (%)", "PROGRAM/ KEGIATAN", "PAGU ANGGARAN",
        "KETERANGAN"]  # development seed 945's PyMuPDF header: seven columns, one Kegiatan


LAYOUT_TITLE_ON_HEADER = """\
                                                RENCANA KINERJA TAHUNAN
                                             INSPEKTORAT KABUPATEN GARUT
                                                      TAHUN 2020
                        Sasaran                                   Indikator Kinerja Utama                          Target (%)
Terlaksananya kualitas pengawasan internal   Capaian Nilai SAKIP Pemerintah Daerah                                    53,8
                                             Prosentase kapabilitas APIP                                             90,18
peningkatan kualitas pengawasan internal     Angka level maturitas SPIP                                             80,39%
"""


def test_layout_title_printed_right_over_the_header_names_no_column(tmp_path):
    """'TAHUN 2020', the last line of a title centred over the header with no gap (development
    seed 25), is not a column's name printed above the header: before, it became a fourth column
    and took the Indikator's last words, and the three rows were read as one."""
    path = tmp_path / "rkt.txt"
    path.write_text(LAYOUT_TITLE_ON_HEADER, encoding="utf-8")
    doc = rktparse.parse(path)
    rows = [(s.text, i.text, i.target.raw) for s in doc.sasaran for i in s.indikator]
    assert rows == [
        ("Terlaksananya kualitas pengawasan internal", "Capaian Nilai SAKIP Pemerintah Daerah", "53,8"),
        ("Terlaksananya kualitas pengawasan internal", "Prosentase kapabilitas APIP", "90,18"),
        ("peningkatan kualitas pengawasan internal", "Angka level maturitas SPIP", "80,39%"),
    ]
    assert doc.document.year == 2020


LAYOUT_NAME_IN_CAPITALS_OVER_THE_HEADER = """\
                              RENCANA KINERJA TAHUNAN
                            DINAS PEKERJAAN UMUM KOTA KUPANG
                                     TAHUN 2022

                                                           KONDISI
 SASARAN              INDIKATOR KINERJA            SATUAN    AWAL     TARGET     KEGIATAN
                                                            (2021)
Meningkatnya          Persentase jalan dalam       %          61%      86,7      Rehabilitasi dan
kualitas jalan        kondisi baik                                               pemeliharaan jalan
Menurunnya kawasan    Luas kawasan kumuh yang      Ha         12       10        Peningkatan kualitas
kumuh                 ditangani                                                  rumah tidak layak huni
"""


def test_layout_column_name_in_capitals_over_the_header_line_is_part_of_it(tmp_path):
    """'KONDISI' over 'AWAL' over '(2021)': a line in capitals over the header line was taken for a
    title's last line ('TAHUN 2024') wherever it stood over a header name, so the column was keyed
    'AWAL (2021)' on every row with no warning. A run that opens a column name the name under it goes
    on with is the header's; the title above stays the title."""
    path = tmp_path / "rkt.txt"
    path.write_text(LAYOUT_NAME_IN_CAPITALS_OVER_THE_HEADER, encoding="utf-8")
    doc = rktparse.parse(path)
    assert [i.extra for s in doc.sasaran for i in s.indikator] == [
        {"SATUAN": "%", "KONDISI AWAL (2021)": "61%"}, {"SATUAN": "Ha", "KONDISI AWAL (2021)": "12"}]
    assert doc.document.year == 2022


LAYOUT_NAME_RIGHT_OF_SHORT_VALUES = """\
                Sasaran                              Indikator Kinerja Utama                       Satuan           Target              Ket.
                                         Angka kepuasan pasien rawat jalan (%)              Kali                 40.005 orang     DAK
Meningkatkan Pengendalian Penyakit
                                         Prosentase penduduk yang menjadi peserta BPJS      Kali                 Tepat waktu
Menular dan Tidak Menular Secara
                                         Kesehatan
Berkelanjutan
                                         Cakupan Puskesmas terakreditasi                    Unit                      AA          Dana Desa
Meningkatnya pengendalian penyakit       Cakupan Desa Universal Child Immunization          Indeks                 A (60-65)      -
menular dan tidak menular yang
akuntabel
                                         Indeks desa Univresal Child Immunization           Kali                    87,13 %       APBN
                                         Cakupan Angka Kematian ibu per 100.000             Kali                    92,95 %       Dana Desa
Peningkatan Status Gizi Balita dan ibu
                                         Kelahiran Hidup
Hamil di Kabupaten Banyuwangi
                                         cakupan angka kematian ibu per 100.000 kelahiran   %                        WTP          APBD Provinsi
                                         hidup
Menurunnya pengendalian penyakit         Indeks Puskesmas terakreditasi                     %                      34.093 km      Dana Desa
menualr dan tidak menular                Tingkat kepuasan pasien rawat jalan                Orang                   77,15 %       APBN
"""


def test_layout_column_boundary_runs_through_no_header_name(tmp_path):
    """'Satuan' is centred right of its short values ('Kali', 'Unit'), so the gutter after them is wider
    than the one before them: the boundary was put in it, under the name, and every line's Satuan
    value fell into the Indikator column; the lines then no longer fitted the header, were read as
    squeezed, and rows ran together (development seed 123). The boundary lies between the names."""
    path = tmp_path / "rkt.txt"
    path.write_text(LAYOUT_NAME_RIGHT_OF_SHORT_VALUES, encoding="utf-8")
    doc = rktparse.parse(path)
    rows = [(i.text, i.target.raw, i.extra["Satuan"]) for s in doc.sasaran for i in s.indikator]
    assert rows == [
        ("Angka kepuasan pasien rawat jalan (%)", "40.005 orang", "Kali"),
        ("Prosentase penduduk yang menjadi peserta BPJS Kesehatan", "Tepat waktu", "Kali"),
        ("Cakupan Puskesmas terakreditasi", "AA", "Unit"),
        ("Cakupan Desa Universal Child Immunization", "A (60-65)", "Indeks"),
        ("Indeks desa Univresal Child Immunization", "87,13 %", "Kali"),
        ("Cakupan Angka Kematian ibu per 100.000 Kelahiran Hidup", "92,95 %", "Kali"),
        ("cakupan angka kematian ibu per 100.000 kelahiran hidup", "WTP", "%"),
        ("Indeks Puskesmas terakreditasi", "34.093 km", "%"),
        ("Tingkat kepuasan pasien rawat jalan", "77,15 %", "Orang"),
    ]
    assert not {w.code for w in doc.warnings} & {"text-columns-realigned"}


def test_blocks_kegiatan_entry_after_a_figure_opens_on_its_capital(tmp_path):
    """A blocks export without wrap marks does not say where an unmarked Kegiatan entry ends. A line
    ending in a figure or a small word ('Tahun Anggaran 2025') followed by one opening with a
    capital ('Penyusunan ...') is mostly a new entry (`lines.case_turn`, weight fitted by
    fit_text.py on development seeds 2000-2399); two capitalised words ('Pembangunan Sistem' /
    'Penyediaan Air Minum') go on with one name. Before, the two entries of the first row were one."""
    path = tmp_path / "rkt.txt"
    path.write_text("RENCANA KINERJA TAHUNAN\nSASARAN\nINDIKATOR\nTARGET\nKEGIATAN\nMeningkatnya kualitas\n"
                    "infrastruktur jalan dan\njembatan\nPersentase jalan kabupaten\ndalam kondisi mantap\n80 %\n"
                    "Pengawasan teknis\npembangunan jembatan\nTahun Anggaran 2025\nPenyusunan Rencana Detail\n"
                    "Tata Ruang kawasan\nperkotaan\nCakupan saluran drainase\nyang dibangun\n75 %\n"
                    "Pembangunan Sistem\nPenyediaan Air Minum\n", encoding="utf-8")
    rows = [i.kegiatan for s in rktparse.parse(path).sasaran for i in s.indikator]
    assert rows == [["Pengawasan teknis pembangunan jembatan Tahun Anggaran 2025",
                     "Penyusunan Rencana Detail Tata Ruang kawasan perkotaan"],
                    ["Pembangunan Sistem Penyediaan Air Minum"]]


def test_phrases_tell_an_entry_opening_from_a_wrap_by_the_document_own_text():
    """An opening listed elsewhere ('b. Kampanye keselamatan ...') opens an entry; words printed side
    by side elsewhere ('Sistem Penyediaan') go on over a line end; no evidence either way is no cue.
    An opening matches in its own case ('rehabilitasi jaringan' goes on with 'melakukan'), and a
    line of one word ('1. melakukan', dev seed 2111) ends no entry."""
    phrases = Phrases.of(["b. Kampanye keselamatan berlalu", "Sistem Penyediaan Air", "- Pembangunan halte",
                          "1. Rehabilitasi jaringan irigasi", "- Penyusunan analisis jabatan",
                          "2. Pembangunan Sistem Penyediaan Air Minum"])
    assert phrases.cue("terminal di 4 kecamatan", "Kampanye keselamatan berlalu lintas") == 1.0
    assert phrases.cue("Pembangunan Sistem", "Penyediaan Air Minum") == -1.0
    assert phrases.cue("Pembangunan Sistem", "Kampanye keselamatan") == 1.0
    assert phrases.cue("bagi aparatur", "Pengujian berkala kendaraan") == 0.0
    assert phrases.cue("", "Kampanye keselamatan") == 0.0
    assert phrases.cue("b. melakukan kegiatan", "rehabilitasi jaringan irigasi") == 0.0
    assert phrases.cue("1. melakukan", "Penyusunan analisis jabatan") == 0.0
    assert phrases.cue("b. Pembangunan", "Sistem Penyediaan Air") == -1.0


def test_layout_a_whole_value_right_under_another_opens_a_row(tmp_path):
    """A row holds one target: 'BB' right under '85 %', beside an indikator line that opens with no
    measure word ('rata-rata ...'), is the next row's, with the Kegiatan beside it; read as one row,
    its target was '85 % BB' and its indikator and Kegiatan the two rows' texts joined."""
    path = tmp_path / "stacked.txt"
    path.write_text(
        "                                RENCANA KINERJA TAHUNAN\n"
        "                             DINAS KESEHATAN KABUPATEN CONTOH\n"
        "                                       TAHUN 2024\n"
        "Sasaran Strategis          Indikator Kinerja                Target     Kegiatan\n"
        "Meningkatnya mutu          Persentase puskesmas aktif       85 %       Pendampingan akreditasi\n"
        "pelayanan kesehatan        rata-rata lama layanan           BB         Pelatihan tenaga kesehatan\n"
        "dasar                      rujukan                                     bagi aparatur\n"
        "                           Jumlah kunjungan ibu hamil       90 %       Pemeriksaan ibu hamil\n",
        encoding="utf-8")
    doc = rktparse.parse(path)
    assert [(i.text, i.target.raw, i.kegiatan) for _, i in doc.indikator_rows()] == [
        ("Persentase puskesmas aktif", "85 %", ["Pendampingan akreditasi"]),
        ("rata-rata lama layanan rujukan", "BB", ["Pelatihan tenaga kesehatan bagi aparatur"]),
        ("Jumlah kunjungan ibu hamil", "90 %", ["Pemeriksaan ibu hamil"])]


def test_a_capitalised_connective_binds_a_title_case_line_to_the_one_above():
    """Title Case prints connectives capitalised ('... Sekolah' / 'Sesuai Standar Pelayanan Minimal'):
    they bind as in small letters, and a line opening with one is less likely a cell of its own."""
    before = "Menurunnya Angka Partisipasi Sekolah"
    assert cut_score(before, "Sesuai Standar Pelayanan Minimal", None) \
        == cut_score(before, "sesuai standar pelayanan minimal", None) + 1.5  # the capital's own +0.5, not -1.0
    assert cut_score(before, "Sesuai Standar Pelayanan Minimal", None) < cut_score(before, "Standar Pelayanan Minimal", None)


def test_melakukan_in_small_letters_opens_a_kegiatan_entry_as_a_capital_does():
    """An entry opens with 'melakukan ...' in small letters, and a wrap hardly ever goes on with it
    (the checks flag a cell holding one after its first line): it opens a cell where the line above
    was full, as a capitalised activity does, unless that line ends on a connective. Development seeds
    260-459: 18 layout rows had two Kegiatan entries joined ('- Akreditasi Puskesmas dan Rumah Sakit' /
    'melakukan pengelolaan pelayanan kesehatan ibu hamil ...', seed 303)."""
    before, after = "- Akreditasi Puskesmas dan Rumah Sakit", "melakukan pengelolaan pelayanan kesehatan"
    full = len(before) * 400.0  # a column as wide as the line: the next word did not fit
    assert cut_score(before, after, full) > 0
    assert cut_score(before, after, full) == cut_score(before, "Melakukan pengelolaan pelayanan kesehatan", full)
    assert cut_score("Rapat koordinasi dengan", after, full) < 0
    assert cut_score(before, "pengelolaan pelayanan kesehatan", full) < 0  # another small word goes on


def test_layout_a_value_with_its_unit_over_a_column_boundary_stays_the_target(tmp_path):
    """Dev seed 100: a page printed on a grid of its own put '21.840 kali' across the boundary the
    header's page gave, so 'kali' opened the Kegiatan cell and the target lost its unit, silently.
    A value with its unit keeps its words where the next column holds text."""
    path = tmp_path / "unit.txt"
    path.write_text(
        "                                RENCANA KINERJA TAHUNAN\n"
        "Sasaran Strategis          Indikator Kinerja                Target    Kegiatan\n"
        "Meningkatnya partisipasi   Persentase partisipasi pemilih   85 %      Sosialisasi pendidikan pemilih\n"
        "pemilih                    Jumlah pemilih pemula              21.840 kali  Pemutakhiran data pemilih\n",
        encoding="utf-8")
    rows = [(i.text, i.target.raw, i.kegiatan) for _, i in rktparse.parse(path).indikator_rows()]
    assert rows == [("Persentase partisipasi pemilih", "85 %", ["Sosialisasi pendidikan pemilih"]),
                    ("Jumlah pemilih pemula", "21.840 kali", ["Pemutakhiran data pemilih"])]


HEADING_HEADER = "Sasaran Strategis          Indikator Kinerja                Target     Kegiatan\n"
# a page's first rows, then 'Bidang Pelayanan Umum' right under the last Kegiatan line
HEADING_UNDER_KEGIATAN = (
    "                                RENCANA KINERJA TAHUNAN\n" + HEADING_HEADER +
    "Urusan Pemerintahan Wajib\n"
    "Meningkatnya mutu          Persentase puskesmas aktif       85 %       Pendampingan akreditasi\n"
    "pelayanan kesehatan                                                    puskesmas di 4\n"
    "                                                                       kecamatan bagi\n"
    "                                                                       aparatur\n"
    "                                                                       sesuai standar\n"
    "Bidang Pelayanan Umum\n")


def headed(path):
    return [(s.group.text if s.group else None, s.text) for s in rktparse.parse(path).sasaran]


def test_layout_a_heading_last_on_its_page_right_under_a_kegiatan_heads_the_next_pages_rows(tmp_path):
    """Dev seed 2147: 'Bidang Pelayanan Umum', a heading row the page's foot left alone, printed right
    under the last Kegiatan line (no empty line between): it was read as no heading, and the next
    page's rows kept the group above, silently. A line set as a heading at the table's left edge,
    last on its page and far under the last text of its column, heads the rows of the next page."""
    path = tmp_path / "heading.txt"
    path.write_text(HEADING_UNDER_KEGIATAN + "\f" + HEADING_HEADER +
                    "Meningkatnya kualitas      Jumlah kunjungan ibu hamil       90 %       Pemeriksaan ibu hamil\n"
                    "pelayanan publik\n", encoding="utf-8")
    assert headed(path) == [("Urusan Pemerintahan Wajib", "Meningkatnya mutu pelayanan kesehatan"),
                            ("Bidang Pelayanan Umum", "Meningkatnya kualitas pelayanan publik")]
    assert "/sasaran/1/group" in {w.ref for w in rktparse.parse(path).warnings if w.code == "text-heading-guessed"}


def test_layout_a_heading_right_under_a_kegiatan_over_a_sasaran_heads_it(tmp_path):
    """Dev seed 199: 'Bidang Pelayanan Umum' printed right under a Kegiatan line, over a Sasaran whose
    target stands lower (its cells centred on the row): no empty line under it and no value beside
    the line after, so it went on as no heading and the row kept the group above, silently."""
    path = tmp_path / "heading.txt"
    path.write_text(HEADING_UNDER_KEGIATAN +
                    "Tercapainya kualitas       Indeks ASN yang mengikuti                   1. Penilaian kompetensi\n"
                    "pelayanan administrasi     pengembangan kompetensi          90 %       2. Pembinaan pegawai\n",
                    encoding="utf-8")
    assert headed(path) == [("Urusan Pemerintahan Wajib", "Meningkatnya mutu pelayanan kesehatan"),
                            ("Bidang Pelayanan Umum", "Tercapainya kualitas pelayanan administrasi")]
    warned = {w.ref for w in rktparse.parse(path).warnings if w.code == "text-heading-guessed"}
    assert "/sasaran/1/indikator/0" in warned


def test_layout_column_name_a_narrow_column_broke_gives_its_role():
    """'TARGE' over 'T 2026' (the real Inspektorat IKU lampiran prints 'TARGE' / 'T'; reporting seed
    1000152 this header): neither line names a role by itself, so the reader took the Target for a
    side column and read its rows without the target's rules. The name broken whole gives it."""
    from rktparse.readers.text.columns import header_columns

    lines = [" SASARAN        INDIKATOR KINERJA     TARGE    KEGIATAN",
             "                                      T 2026",
             " Meningkatnya   Persentase temuan     85 %     Pemantauan tindak lanjut"]
    assert [c.role for c in header_columns(lines, range(0, 2), [2])] == ["sasaran", "indikator", "target", "kegiatan"]


def test_layout_names_over_groups_of_columns_head_them_and_leave_the_title():
    """A line right above the header naming groups of its columns ('Target Kinerja' over the quarters,
    'Sumber Dana' far right on the same line) is header, each name over the columns it spans, not the
    title's last line; a title line centred on the table stays the title."""
    from rktparse.readers.text.columns import group_spans, header_blocks, header_columns

    lines = ["                      RENCANA AKSI DINAS PERHUBUNGAN TAHUN 2025",
             "                                 Target Kinerja                 Rencana Kegiatan",
             " SASARAN      INDIKATOR         Trw I  Trw II  Trw III  Trw IV  KEGIATAN       ANGGARAN",
             " Meningkatnya Persentase jalan  20 %   40 %    60 %     80 %    Pemeliharaan   1.000.000"]
    (head,) = header_blocks(lines)
    assert head.lines == range(1, 3) and head.groups == {1}
    columns = header_columns(lines, head.lines, [3], head.groups)
    assert [c.header for c in columns] == [
        ["SASARAN"], ["INDIKATOR"], ["Trw I"], ["Trw II"], ["Trw III"], ["Trw IV"], ["KEGIATAN"], ["ANGGARAN"]]
    assert group_spans(columns) == [(2, 5, "Target Kinerja"), (6, 7, "Rencana Kegiatan")]
    centred = ["                           INDIKATOR KINERJA UTAMA TAHUN 2025", *lines[2:]]
    assert header_blocks(centred)[0].lines == range(1, 2)


def test_running_footer_and_its_page_number_drop_running_lines():
    """pypdf's pages joined into one text: each page ends in its running footer and number, inside
    the table a page break cut; they become form feeds (where form feeds part the pages already, they
    are dropped). Not a running line: a header printed on each page over its first row's number (the
    numbers do not count pages), nor a Satuan repeated over its rows' targets 1, 2, 3 (too close)."""
    rows = [f"{word} {k}" for k in range(8) for word in ("Meningkatnya kualitas", "Persentase dokumen 100%")]
    page = lambda n: [*rows, "Rencana Kinerja Tahunan (RKT) BPBD TAHUN 2016", " ", str(n)]  # noqa: E731
    text = "\n".join(line for n in (11, 12, 13) for line in page(n))
    parted, count = drop_running_lines(text)
    assert count == 3 and [part.strip() for part in parted.split("\f")] == ["\n".join(rows)] * 3 + [""]
    assert "BPBD" not in parted and drop_running_lines(parted) == (parted, 0)
    fed = "\f".join("\n".join(page(n)) + "\n" for n in (11, 12, 13))  # (PyMuPDF ends each page's text in a newline)
    unfed, count = drop_running_lines(fed)
    assert count == 3 and [part.strip() for part in unfed.split("\f")] == ["\n".join(rows)] * 3
    header = "\n".join(line for n in (1, 4, 9) for line in ["No Sasaran Indikator Target", str(n), *rows])
    assert drop_running_lines(header) == (header, 0)
    # a blocks header's last name over its page's one row, numbered 1, 2, 3 (development seed 339)
    one_a_page = "\f".join("\n".join(["Program/Kegiatan", "Pagu Anggaran", str(n), f"Sasaran {n}", "Indikator", "97 %"])
                           for n in (1, 2, 3))
    assert drop_running_lines(one_a_page) == (one_a_page, 0)
    satuan = "\n".join(line for n in (1, 2, 3) for line in [f"Jumlah dokumen {n}", "Dokumen", str(n)])
    assert drop_running_lines(satuan) == (satuan, 0)
    # a Tujuan's number over its cell's first word, a page or more apart (Inspektorat's RKT, PyMuPDF)
    tujuan = "\n".join(line for n in (1, 2, 3) for line in [*rows, f"Persentase temuan {n}", str(n), "Meningkatnya",
                                                               "tata kelola"])
    assert drop_running_lines(tujuan) == (tujuan, 0)
    twice = "\n".join(line for n in (11, 12) for line in page(n))
    assert drop_running_lines(twice) == (twice, 0)  # two pages are too few to tell
