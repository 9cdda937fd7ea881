"""Assembler rules on hand-built cell grids (the readers' output form).

End-to-end runs on sample PDFs live in test_samples.py; these pin each RKT rule
on the smallest grid that shows it.
"""

import pytest

import rktparse
from rktparse.assemble import source_to_document
from rktparse.assemble.columns import header_lines_to_text, header_to_layout
from rktparse.errors import NoTableError
from rktparse.grid import BBox, Cell, PageText, ReaderNote, SourceDocument, TablePage
from rktparse.models import Source
from rktparse.vocabulary.headers import Role, cleaned_header, clipped_role, misread_role

HEADER = ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Kegiatan"]


def cell(row, col, text, span=1):
    return Cell(lines=text.split("|") if text else [], row=row, col=col, row_span=span)


def page(number, rows, header=HEADER, extra_cells=()):
    """A page table: header row, then `rows` of cell texts (None = slot covered by a merge)."""
    cells = [cell(0, c, h) for c, h in enumerate(header)] if header else []
    offset = 1 if header else 0
    for r, texts in enumerate(rows, start=offset):
        for c, text in enumerate(texts):
            if text is not None:
                span = 1
                if isinstance(text, tuple):
                    text, span = text
                cells.append(cell(r, c, text, span))
    cells += list(extra_cells)
    words = [w for c in cells for line in c.lines for w in line.split()]
    return TablePage(page=number, n_rows=len(rows) + offset, n_cols=len(header or rows[0]), cells=cells, words=words)


def assemble(*pages, texts=(), source_format="pdf", engine="test"):
    source = SourceDocument(path="t.pdf", format=source_format, engine=engine, page_count=len(pages),
                            tables=list(pages), texts=list(texts))
    return source_to_document(source, Source(file="t.pdf", sha256="0", format="pdf", pages=len(pages), engine="test"))


def test_merged_sasaran_fills_down_and_continues_on_next_page():
    doc = assemble(
        page(1, [[("Sasaran A", 2), "Ind 1", "100%", "Keg 1"], [None, "Ind 2", "90%", "Keg 2"]]),
        page(2, [["", "Ind 3", "80%", "Keg 3"], ["Sasaran B", "Ind 4", "70%", "Keg 4"]]),
    )
    assert [s.text for s in doc.sasaran] == ["Sasaran A", "Sasaran B"]
    assert [i.text for i in doc.sasaran[0].indikator] == ["Ind 1", "Ind 2", "Ind 3"]
    assert doc.sasaran[0].pages == [1, 2]
    assert doc.sasaran[0].indikator[2].pages == [2]
    assert doc.status.value == "success"


def test_row_split_across_pages_is_joined_not_a_new_row():
    doc = assemble(
        page(1, [["Sasaran A", "Persentase dokumen|sesuai ketentuan|perundang-", "100%", "Penyusunan|dokumen"]]),
        page(2, [["", "undangan yang berlaku", "", "perencanaan"], ["", "Ind 2", "5 kali", "Keg 2"]]),
    )
    rows = doc.sasaran[0].indikator
    assert len(rows) == 2
    assert rows[0].text == "Persentase dokumen sesuai ketentuan perundang-undangan yang berlaku"
    assert rows[0].kegiatan == ["Penyusunan dokumen perencanaan"]
    assert rows[0].pages == [1, 2]
    assert any(w.code == "row-joined-across-pages" and w.ref == "/sasaran/0/indikator/0" for w in doc.warnings)


def test_merged_indikator_over_kegiatan_rows_and_numbered_items():
    doc = assemble(page(1, [
        ["Sasaran A", ("Ind 1", 2), ("100%", 2), "1. Keg satu|lanjutan|2. Keg dua"],
        [None, None, None, "Keg tiga"],
    ]))
    assert doc.sasaran[0].indikator[0].kegiatan == ["1. Keg satu lanjutan", "2. Keg dua", "Keg tiga"]


def test_column_number_row_and_repeated_header_are_not_data():
    numbers = [cell(1, c, f"({c + 1})") for c in range(4)]
    first = page(1, [], extra_cells=numbers)
    first.n_rows = 2
    rows = page(1, [["S", "I", "100%", "K"]])
    for c in rows.cells:
        if c.row == 1:
            c.row = 2
    first.cells += [c for c in rows.cells if c.row == 2]
    first.n_rows = 3
    first.words = [w for c in first.cells for line in c.lines for w in line.split()]
    doc = assemble(first)
    assert [(s.text, s.indikator[0].text) for s in doc.sasaran] == [("S", "I")]
    assert not any(w.code == "words-not-placed" for w in doc.warnings)


def test_a_header_line_read_as_a_row_above_the_column_numbers_is_header():
    """A scan's two-line header cells ('Target' / 'Tahun 2025', 'Anggaran' / '(Rp)') can come out
    as a row of their own; the row of column numbers under them still ends the header."""
    header = ["Sasaran Kinerja", "Indikator Kinerja", "Target", "Anggaran"]
    table = page(1, [[None, None, "Tahun 2025", "(Rp)"], ["(1)", "(2)", "(3)", "(4)"],
                     ["Meningkatnya mutu", "Persentase sekolah", "90 %", "7.350.000"]], header=header)
    doc = assemble(table)
    assert [(s.text, [(i.text, i.target.raw, i.extra) for i in s.indikator]) for s in doc.sasaran] == \
        [("Meningkatnya mutu", [("Persentase sekolah", "90 %", {"Anggaran (Rp)": "7.350.000"})])]


def test_no_misi_tujuan_and_extra_columns_by_header():
    header = ["Misi", "Tujuan", "No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target %",
              "Keterangan"]
    doc = assemble(page(1, [
        [("1. Misi satu", 2), ("Tujuan satu", 2), "1.", "Sasaran satu", "Persentase A", "%", "55,56", "APBD"],
        [None, None, "2.", "Sasaran dua", "Persentase B", "%", "94,00", ""],
    ], header=header))
    first, second = doc.sasaran
    assert (first.no, second.no) == ("1.", "2.")
    assert first.misi.text == second.misi.text == "1. Misi satu"
    assert first.tujuan.text == "Tujuan satu"
    row = first.indikator[0]
    assert row.extra == {"Satuan": "%", "Keterangan": "APBD"}
    assert (row.target.value, row.target.unit) == (55.56, "%")


def test_programs_table_is_kept():
    rkt = page(1, [["Sasaran A", "Ind 1", "100%", ""]], header=["Sasaran Strategis", "Indikator Kinerja", "Target",
                                                                   "Keterangan"])
    programs = page(1, [["1.", "Program Pengembangan", "15.199.500.000", "APBD"], ["", "Budaya", "", ""]],
                    header=["No", "Program", "Anggaran (Rp)", "Keterangan"])
    doc = assemble(rkt, programs)
    assert [(p.no, p.text, p.extra) for p in doc.programs] == [
        ("1.", "Program Pengembangan Budaya", {"Anggaran (Rp)": "15.199.500.000", "Keterangan": "APBD"})]


def test_page_without_repeated_header_continues_layout():
    doc = assemble(
        page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"]]),
        page(2, [["Sasaran B", "Ind 2", "100%", "Keg 2"]], header=None),
    )
    assert [s.text for s in doc.sasaran] == ["Sasaran A", "Sasaran B"]


def test_a_table_with_a_header_of_its_own_that_names_no_rkt_column_is_not_a_continuation():
    doc = assemble(
        page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"]]),
        page(2, [["1", "Strategi satu", "1.", "Kebijakan satu"]], header=["No", "Strategi", "Kebijakan", ""]),
        page(3, [["Sasaran B", "Ind 2", "90%", "Keg 2"]]),
    )
    assert [(s.text, [i.text for i in s.indikator]) for s in doc.sasaran] == [("Sasaran A", ["Ind 1"]),
                                                                             ("Sasaran B", ["Ind 2"])]
    assert [w.page for w in doc.warnings if w.code == "table-skipped"] == [2]


def test_lettered_items_with_a_target_wrapped_before_its_bracketed_note_and_a_numbered_sasaran_cell():
    doc = assemble(page(1, [["1. Sasaran satu", "a. Predikat SAKIP|b. Persentase OPD", "82|(A)|97%", "Keg 1"]]))
    [sasaran] = doc.sasaran
    assert (sasaran.no, sasaran.text) == ("1.", "Sasaran satu")
    assert [(i.no, i.text, i.target.raw) for i in sasaran.indikator] == [
        ("a.", "Predikat SAKIP", "82 (A)"), ("b.", "Persentase OPD", "97%")]


def test_a_word_broken_by_a_narrow_column_is_joined_and_counted_as_placed():
    doc = assemble(page(1, [["Meningkatny|a Produksi", "Ind 1", "100%", "Keg 1"]]))
    assert doc.sasaran[0].text == "Meningkatnya Produksi"
    assert not [w for w in doc.warnings if w.code == "words-not-placed"]


def test_a_sasaran_numbering_column_with_a_number_read_as_a_sign_still_numbers():
    """A scan reads a Sasaran's '6' as '&' (a real RKT scanned, `real_archives.py --scan grey200-skew3`):
    the column under the shared 'SASARAN' header still holds the numbers, not the Sasaran."""
    doc = assemble(page(1, [[str(n) if n != 3 else "&", f"Sasaran {n}", f"Ind {n}", f"{n}0%"] for n in range(1, 6)],
                        header=["SASARAN", "SASARAN", "INDIKATOR", "TARGET"]))
    assert [(s.no, s.text) for s in doc.sasaran] == [("1", "Sasaran 1"), ("2", "Sasaran 2"), ("&", "Sasaran 3"),
                                                     ("4", "Sasaran 4"), ("5", "Sasaran 5")]


def test_sub_items_each_level_with_its_target_and_a_second_sasaran_set_apart_in_one_cell():
    """A PDF cell listing unmarked sub-items, each target printed level with its item's first line;
    the Sasaran cell beside holds a second Sasaran, set apart, level with the last item."""
    def placed(col, lines, tops):
        return Cell(lines=lines, row=1, col=col, line_tops=tops)

    table = page(1, [[None, None, None, None]], extra_cells=[
        placed(0, ["Meningkatnya produksi", "Menurunnya kehilangan"], [100.0, 160.0]),
        placed(1, ["Jumlah produksi", "Padi (ton)", "Kacang", "Tanah (ton)", "Persentase hilang"],
               [100.0, 110.0, 120.0, 130.0, 160.0]),
        placed(2, ["11.610.016", "78.107", "11,30"], [110.0, 120.0, 160.0]),
        placed(3, ["Keg 1"], [100.0])])
    doc = assemble(table)
    assert [(s.text, [(i.text, i.target and i.target.raw) for i in s.indikator]) for s in doc.sasaran] == [
        ("Meningkatnya produksi", [("Jumlah produksi", None), ("Padi (ton)", "11.610.016"),
                                   ("Kacang Tanah (ton)", "78.107")]),
        ("Menurunnya kehilangan", [("Persentase hilang", "11,30")])]
    assert [w.ref for w in doc.warnings if w.code == "sasaran-split"] == ["/sasaran/1/indikator/0"]


def test_a_listed_item_beside_no_target_at_the_cells_end_leaves_the_cell_whole():
    """'- Kerbau' beside no figure is no parent over anything: more likely its target was not read. Split,
    it would be a row without a target and no word said; whole, the cell is flagged."""
    def placed(col, lines, tops):
        return Cell(lines=lines, row=1, col=col, line_tops=tops)

    def read(items):
        table = page(1, [[None, None, None, None]], extra_cells=[
            placed(0, ["Meningkatnya produksi"], [100.0]),
            placed(1, ["Jumlah populasi :", *items], [100.0 + 10 * k for k in range(len(items) + 1)]),
            placed(2, ["64", "65"], [110.0, 120.0]), placed(3, ["Keg 1"], [100.0])])
        return assemble(table)

    doc = read(["- Sapi Potong", "- Sapi Perah"])
    assert [(i.text, i.target and i.target.raw) for _, i in doc.indikator_rows()] == [
        ("Jumlah populasi :", None), ("Sapi Potong", "64"), ("Sapi Perah", "65")]
    doc = read(["- Sapi Potong", "- Sapi Perah", "- Kerbau"])
    assert len(doc.indikator_rows()) == 1
    assert "target-unread" in {w.code for w in doc.warnings if w.ref == "/sasaran/0/indikator/0"}


def test_a_numbered_row_at_a_page_top_opens_a_row_even_beside_no_target():
    header = ["No", "Program dan Kegiatan", "Indikator", "Target"]
    doc = assemble(
        page(1, [["A", "Program satu", "Outcome: Meningkatnya mutu", ""], ["1", "Kegiatan: dua", "Output: Dokumen", "100%"]],
             header=header),
        page(2, [["B", "Program tiga", "Outcome: Terselesaikannya kasus", ""]], header=None))
    assert [i.text for _, i in doc.indikator_rows()] == [
        "Outcome: Meningkatnya mutu", "Output: Dokumen", "Outcome: Terselesaikannya kasus"]


def test_an_iku_list_of_a_decree_reads_its_uraian_as_the_indikator():
    doc = assemble(page(1, [["1.", "Jumlah SDM bersertifikat", "Kumulatif tahunan", "Bidang Telematika"],
                            ["2.", "Persentase cakupan area", "Persentase gabungan", "Bidang Pos"]],
                        header=["NO.", "URAIAN", "DASAR PERTIMBANGAN", "SUMBER DATA"]))
    assert [(i.no, i.text, i.target, i.extra["SUMBER DATA"]) for _, i in doc.indikator_rows()] == [
        ("1.", "Jumlah SDM bersertifikat", None, "Bidang Telematika"), ("2.", "Persentase cakupan area", None, "Bidang Pos")]
    assert {w.code for w in doc.warnings} >= {"no-target-column", "sasaran-empty"}  # no Sasaran printed: said


def test_a_figure_wrapped_in_its_cell_counts_as_placed_with_other_columns_words_between_its_parts():
    table = page(1, [["Sasaran A", "Ind 1", "Rp 41.600.00|0.000", "Keg 1"]])
    table.words = ["Sasaran", "A", "Ind", "1", "Rp", "41.600.00", "Keg", "1", "0.000"]  # line by line
    doc = assemble(table)
    assert doc.sasaran[0].indikator[0].target.value == 41_600_000_000
    assert not [w for w in doc.warnings if w.code == "words-not-placed"]


def test_word_not_placed_is_quoted_in_a_warning():
    table = page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"]])
    table.words.append("Lepas")
    doc = assemble(table)
    lost = [w for w in doc.warnings if w.code == "words-not-placed"]
    assert lost and "'lepas'" in lost[0].message and doc.status.value == "partial"


def test_table_without_rkt_header_is_no_table():
    other = page(1, [["a", "b"]], header=["Uraian", "Jumlah"])
    with pytest.raises(NoTableError, match="t.pdf"):
        assemble(other)


def test_missing_target_is_a_review_warning():
    doc = assemble(page(1, [["Sasaran A", "Ind 1", "", "Keg 1"]]),
                   texts=[PageText(page=1, above=["RENCANA KINERJA TAHUNAN TAHUN 2024"])])
    assert [w.code for w in doc.warnings] == ["target-missing"]
    assert doc.document.year == 2024


def test_full_width_heading_rows_name_misi_or_group():
    table = page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"], ["Sasaran B", "Ind 2", "90%", "Keg 2"]])
    for c in table.cells:
        c.row += 1 if c.row >= 2 else 0
    table.cells.append(Cell(lines=["MISI 2 MEWUJUDKAN KETATALAKSANAAN"], row=2, col=0, col_span=4))
    table.n_rows += 1
    table.words += ["MISI", "2", "MEWUJUDKAN", "KETATALAKSANAAN"]
    doc = assemble(table)
    assert [(s.text, s.misi and s.misi.text) for s in doc.sasaran] == [
        ("Sasaran A", None), ("Sasaran B", "MISI 2 MEWUJUDKAN KETATALAKSANAAN")]
    assert doc.status.value == "success"


def test_second_indikator_and_target_columns_are_kept_as_extras():
    header = ["Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Target", "Target Rp"]
    doc = assemble(page(1, [["Tujuan A", "Indeks X", "Sasaran A", "Persentase Y", "80%", "400.000.000"]], header=header))
    row = doc.sasaran[0].indikator[0]
    assert row.text == "Persentase Y" and row.target.raw == "80%"
    assert row.extra == {"Indikator Tujuan": "Indeks X", "Target Rp": "400.000.000"}


def test_columns_under_one_spanning_header_share_its_key_and_a_new_table_resets_levels():
    rkt = page(1, [[("Sasaran A", 1), "Ind 1", "100%", "Keg 1"]])
    programs = TablePage(page=2, n_rows=2, n_cols=4, cells=[
        Cell(lines=["Nomor Kode"], row=0, col=0, col_span=2), cell(0, 2, "PROGRAM/KEGIATAN"), cell(0, 3, "ANGGARAN (Rp.)"),
        cell(1, 0, "1"), cell(1, 1, "29"), cell(1, 2, "Program Perencanaan"), cell(1, 3, "712,500,000")],
        words="Nomor Kode PROGRAM/KEGIATAN ANGGARAN (Rp.) 1 29 Program Perencanaan 712,500,000".split())
    second = page(3, [["", "Ind 2", "90%", "Keg 2"]], header=["Sasaran Strategis", "Indikator Kinerja", "Target",
                                                               "Kegiatan"])
    doc = assemble(rkt, programs, second)
    assert [(p.text, p.extra) for p in doc.programs] == [
        ("Program Perencanaan", {"Nomor Kode": "1 29", "ANGGARAN (Rp.)": "712,500,000"})]
    assert [s.text for s in doc.sasaran] == ["Sasaran A", ""]
    assert not any(w.code == "words-not-placed" for w in doc.warnings)


def test_column_names_outside_any_table_warn_of_a_table_not_read():
    doc = assemble(page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"]]),
                   texts=[PageText(page=1, below=["No.", "Kegiatan", "Anggaran", "Ket.", "1. Pembuatan Peta Dasar",
                                                  "Bandung, 3 Februari 2017", "KEPALA SEKSI DATA"])])
    [missed] = [w for w in doc.warnings if w.code == "table-not-read"]
    assert "'No. / Kegiatan / Anggaran / Ket.'" in missed.message and missed.page == 1
    assert doc.status.value == "partial"
    quiet = assemble(page(1, [["Sasaran A", "Ind 1", "100%", "Keg 1"]]),
                     texts=[PageText(page=1, above=["RENCANA KINERJA TAHUNAN", "TAHUN 2024"],
                                     below=["Kupang, 5 Januari 2024", "Sekretaris", "Agustinus"])])
    assert quiet.status.value == "success"


def test_capitalised_tail_of_a_sasaran_split_with_its_row_continues_it():
    # Word breaks the row and its merged Sasaran cell across the page: the tail starts with a capital
    doc = assemble(
        page(1, [["Terlaksananya Pemungutan dan", "Ind 1", "100%", "Keg 1 dan"]]),
        page(2, [["Penghitungan Suara", "", "", "Keg 1 lanjut"], ["Sasaran B", "Ind 2", "90%", "Keg 2"]]),
    )
    assert [s.text for s in doc.sasaran] == ["Terlaksananya Pemungutan dan Penghitungan Suara", "Sasaran B"]
    assert doc.sasaran[0].indikator[0].pages == [1, 2]


def test_a_kegiatan_going_on_with_a_connective_at_a_page_top_carries_its_row_over():
    # a scan's table without rules, its row broken by the page (reporting scan 1,000,489): the tails
    # open with capitals, no target beside them, but no Kegiatan entry opens on 'dan'
    doc = assemble(
        page(1, [["Terwujudnya", "Tingkat Indeks", "41%", "1. Pengelolaan kenaikan pangkat"]]),
        page(2, [["Profesionalisme Aparatur Sipil Negara", "Profesionalitas ASN (%)", "", "dan mutasi pegawai"],
                 ["Meningkatkan disiplin pegawai", "Nilai pelayanan", "64%", "Keg 2"]]),
    )
    assert [s.text for s in doc.sasaran] == ["Terwujudnya Profesionalisme Aparatur Sipil Negara",
                                             "Meningkatkan disiplin pegawai"]
    row = doc.sasaran[0].indikator[0]
    assert (row.text, row.kegiatan) == ("Tingkat Indeks Profesionalitas ASN (%)",
                                        ["1. Pengelolaan kenaikan pangkat dan mutasi pegawai"])


def test_a_readers_note_on_a_row_under_a_header_printed_below_other_rows_points_at_its_row():
    """Reporting scan 1,000,599: the page's title was read into the table above its header, so the table
    was walked in two parts, whose cells are copies; the notes on the part under the header lost their
    rows (two readings of a target disagreeing, '5695' and '56%': a silent figure)."""
    from rktparse.grid import BBox, ReaderNote

    def boxed(row, col, text):
        return Cell(lines=[text], row=row, col=col, bbox=BBox(x0=100.0 * col, top=20.0 * row, x1=100.0 * col + 90,
                                                              bottom=20.0 * row + 15))

    texts = [["RENCANA KINERJA", "DINAS PERUMAHAN", "", ""], HEADER, ["Meningkatnya air minum", "Angka jembatan", "5695", "Keg"]]
    cells = [boxed(r, c, text) for r, row in enumerate(texts) for c, text in enumerate(row) if text]
    note = ReaderNote(code="ocr-figures-disagree", message="two readings: '5695' and '56%'", page=1, cell=cells[-2].bbox)
    table = TablePage(page=1, n_rows=3, n_cols=4, cells=cells, notes=[note],
                      words=[w for c in cells for line in c.lines for w in line.split()])
    doc = assemble(table)
    assert [(w.code, w.ref) for w in doc.warnings if w.code == "ocr-figures-disagree"] == [
        ("ocr-figures-disagree", "/sasaran/0/indikator/0")]


def test_listed_item_at_a_page_top_is_an_entry_of_its_own():
    doc = assemble(
        page(1, [["Sasaran A", "Ind 1", "100%", "Penyusunan laporan"]]),
        page(2, [["", "", "", "a. rapat koordinasi|b. monitoring"]]),
    )
    assert doc.sasaran[0].indikator[0].kegiatan == ["Penyusunan laporan", "a. rapat koordinasi", "b. monitoring"]


def test_new_sasaran_at_a_page_top_after_a_cell_that_looks_cut_is_flagged_on_both():
    doc = assemble(
        page(1, [["Meningkatnya kualitas pelayanan|kesehatan dasar dan rujukan", "Ind 1", "100%", "Keg 1"]]),
        page(2, [["Terwujudnya pelayanan publik", "Ind 2", "90%", "Keg 2"]]),
    )
    assert len(doc.sasaran) == 2
    flagged = [w for w in doc.warnings if w.code == "page-break-unsure"]
    # the Sasaran before the break may have lost its tail, the one after may be that tail
    assert sorted((w.severity.value, w.ref) for w in flagged) == [("review", "/sasaran/0"), ("review", "/sasaran/1")]


def test_capital_tail_that_would_not_have_fitted_goes_on_flagged():
    """No line extents: 'Kabupaten' would have made 'kesehatan dasar dan rujukan' longer than the
    cell's widest line, so the text wrapped before it, and it opens as no Sasaran does (dev seed 1564)."""
    doc = assemble(
        page(1, [["Meningkatnya kualitas pelayanan|kesehatan dasar dan rujukan", "Ind 1", "100%", "Keg 1"]]),
        page(2, [["Kabupaten Garut", "Ind 2", "90%", "Keg 2"]]),
    )
    assert [s.text for s in doc.sasaran] == ["Meningkatnya kualitas pelayanan kesehatan dasar dan rujukan "
                                             "Kabupaten Garut"]
    flagged = [w for w in doc.warnings if w.code == "page-break-unsure"]
    assert [(w.severity.value, w.ref) for w in flagged] == [("review", "/sasaran/0")]


def test_capital_tail_after_a_connective_goes_on_flagged():
    doc = assemble(
        page(1, [["Meningkatnya kualitas pelayanan|kesehatan dasar dan rujukan di", "Ind 1", "100%", "Keg 1"]]),
        page(2, [["Kabupaten Garut", "Ind 2", "90%", "Keg 2"]]),
    )
    assert [s.text for s in doc.sasaran] == ["Meningkatnya kualitas pelayanan kesehatan dasar dan rujukan di "
                                             "Kabupaten Garut"]
    flagged = [w for w in doc.warnings if w.code == "page-break-unsure"]
    assert [(w.severity.value, w.ref) for w in flagged] == [("review", "/sasaran/0")]


def test_tujuan_opening_with_a_verb_of_aim_in_small_letters_at_a_page_top_is_a_new_one_flagged():
    """A verb of aim ('meningkatkan ...') states a Tujuan anew, though in small letters and after one
    that looks cut (its last line as wide as its widest): stop 27 read it so, measured on development
    seeds (layout exports 2000-2399: 74.9 -> 75.2 % rows exact, silent unchanged; seeds 72, 2040). It
    was read as the tail; either way both sides are flagged."""
    header = ["Tujuan", "Sasaran", "Indikator", "Target"]
    doc = assemble(
        page(1, [["Mewujudkan pemerataan|pembangunan wilayah", "Sasaran A", "Ind 1", "100%"]], header=header),
        page(2, [["meningkatkan derajat|kesejahteraan masyarakat", "Menurunnya partisipasi", "Ind 2", "90%"]],
             header=header),
    )
    assert [s.tujuan.text for s in doc.sasaran] == ["Mewujudkan pemerataan pembangunan wilayah",
                                                    "meningkatkan derajat kesejahteraan masyarakat"]
    flagged = [w for w in doc.warnings if w.code == "page-break-unsure"]
    assert {(w.severity.value, w.ref) for w in flagged} == {("review", "/sasaran/0"), ("review", "/sasaran/1")}


def test_target_with_figures_that_read_as_no_value_is_flagged():
    doc = assemble(page(1, [["Sasaran A", "Ind 1", "88|86,4", "Keg"], ["", "Ind 3", "Level 3", "Keg"]]))
    flagged = {w.ref for w in doc.warnings if w.code == "target-unread" and w.severity.value == "review"}
    assert flagged == {"/sasaran/0/indikator/0", "/sasaran/0/indikator/1"}


def test_percent_target_no_share_can_reach_is_flagged():
    header = ["Sasaran", "Indikator", "Target (%)", "Kegiatan"]
    doc = assemble(page(1, [["Sasaran A", "Ind 1", "85.700.000", "Keg"], ["", "Ind 2", "120", "Keg"]], header=header))
    assert [ind.target.kind.value for ind in doc.sasaran[0].indikator] == ["percent", "percent"]
    flagged = {w.ref for w in doc.warnings if w.code == "target-share-impossible" and w.severity.value == "review"}
    assert flagged == {"/sasaran/0/indikator/0"}  # 120 % overshoots a plan; 85,700,000 % is no share


def test_text_below_a_table_that_goes_on_is_flagged_on_the_pages_last_row():
    pages = (page(1, [[("Sasaran A", 2), "Ind 1", "100%", "Keg 1"], [None, "Ind 2", "90%", "Keg 2"]]),
             page(2, [["Sasaran B", "Ind 3", "80%", "Keg 3"]]))
    footer = ["RKT Dinas 2024", "Halaman 1"]  # a running footer and a page number are no rows
    doc = assemble(*pages, texts=[PageText(page=1, below=["Persentase realisasi PAD 830.900.000", *footer]),
                                  PageText(page=2, below=footer)])
    flagged = [w for w in doc.warnings if w.code == "below-table"]
    assert [(w.page, w.ref) for w in flagged] == [(1, "/sasaran/0/indikator/1")]
    assert "Persentase realisasi PAD" in flagged[0].message and "RKT Dinas" not in flagged[0].message
    clean = assemble(*pages, texts=[PageText(page=1, below=footer), PageText(page=2, below=footer)])
    assert not [w for w in clean.warnings if w.code == "below-table"]


def test_a_level_below_a_new_misi_at_a_page_top_is_new_whatever_its_case():
    header = ["Misi", "Tujuan", "Sasaran Kinerja", "Indikator Kinerja", "Target"]
    doc = assemble(page(1, [["Misi A", "Meningkatkan layanan", "Sasaran A", "Ind 1", "100%"]], header=header),
                   page(2, [["Misi B", "mewujudkan pemerataan", "Sasaran B", "Ind 2", "90%"]], header=header))
    assert [(s.misi.text, s.tujuan.text, s.text) for s in doc.sasaran] == [
        ("Misi A", "Meningkatkan layanan", "Sasaran A"), ("Misi B", "mewujudkan pemerataan", "Sasaran B")]


def test_targets_in_a_column_whose_header_was_not_read_are_flagged_on_their_rows():
    header = ["Sasaran Kinerja", "Indikator Kinerja", "TA RGET 2026", "Kegiatan"]  # 'TARGET' broken in a narrow cell
    doc = assemble(page(1, [[("Sasaran A", 2), "Ind 1", "100%", "Keg 1"], [None, "Ind 2", "12 dokumen", "Keg 2"]],
                        header=header))
    assert [i.target for _, i in doc.indikator_rows()] == [None, None]
    assert [w.ref for w in doc.warnings if w.code == "target-column-unsure"] == [
        "/sasaran/0/indikator/0", "/sasaran/0/indikator/1"]
    iku = assemble(page(1, [["Sasaran A", "Ind 1", "Hasil survei", "Keg 1"]],
                        header=["Sasaran Kinerja", "Indikator Kinerja", "Sumber Data", "Kegiatan"]))
    assert not [w for w in iku.warnings if w.code == "target-column-unsure"]


def test_targets_read_into_the_kegiatan_column_are_flagged_on_their_rows():
    """Reporting scan 1,000,475 (stop 51): the Target header was not read, its cells went into the
    Kegiatan column ('25 km Pendampingan ...', 'Rp Penanganan ...'), and no warning said so. Most rows
    without a target whose Kegiatan opens with a value flag each of them; a numbered list does not."""
    header = ["Sasaran Kinerja", "Indikator Kinerja", "Program/Kegiatan"]
    doc = assemble(page(1, [[("Sasaran A", 2), "Ind 1", "25 km Pendampingan"], [None, "Ind 2", "WTP 1) Rapat"],
                            ["Sasaran B", "Ind 3", "Rp 49.000.000 Penanganan"]], header=header))
    assert [w.ref for w in doc.warnings if w.code == "target-column-unsure"] == [
        "/sasaran/0/indikator/0", "/sasaran/0/indikator/1", "/sasaran/1/indikator/0"]
    listed = assemble(page(1, [["Sasaran A", "Ind 1", "1. Pembinaan"], ["Sasaran B", "Ind 2", "2) Rapat"]],
                           header=header))
    assert not [w for w in listed.warnings if w.code == "target-column-unsure"]


def test_capitals_header_broken_inside_its_word_names_its_column():
    # a narrow Target column prints 'TARGE' / 'T 2025'; 'NILAI' / 'A' names no column either way: kept as printed
    assert header_lines_to_text(["TARGE", "T 2025"]) == "TARGET 2025"
    assert header_lines_to_text(["NILAI", "A"]) == "NILAI A"
    assert header_lines_to_text(["Target", "Tahun 2025"]) == "Target Tahun 2025"


def test_a_word_lost_from_a_cell_points_at_the_row_printed_beside_it():
    """A word printed in the table that no field holds names the row whose cells printed it (the
    page's only cell holding it), with that cell's box; a word printed beside many rows names none."""
    from rktparse.assemble.coverage import cell_places, lost_beside_rows
    from rktparse.readers import reader_for
    from tests.conftest import SAMPLES

    path = SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf"
    source, doc = reader_for(path).read(path), rktparse.parse(path)
    row = doc.sasaran[1].indikator[0]
    assert "312 Temuan" in row.extra.values()
    (warning,) = lost_beside_rows([(1, "312")], cell_places(source.tables), doc)
    assert (warning.code, warning.ref, warning.severity.value) == ("words-not-placed-beside", "/sasaran/1/indikator/0",
                                                                   "review")
    (region,) = warning.regions
    assert region.page == 1 and row.regions[0].box[1] <= region.box[1] <= region.box[3] <= row.regions[0].box[3]
    assert lost_beside_rows([(1, "persentase")], cell_places(source.tables), doc) == []


def test_a_lost_cell_no_node_holds_points_at_the_nodes_above_and_below_it_in_its_column():
    """Development scan 431: a Tujuan's second line read as garbled words into a cell of its own
    ('1 g unan vilayah'), no field took them and no node's region held the cell, so the Tujuan
    'Mewujudkan' (first line only) was wrong with no warning. The nodes nearest above and below in
    the cell's column are named; nodes in other columns, or on another page, are not."""
    from rktparse.assemble.coverage import node_beside
    from rktparse.models import Region

    def region(page: int, x0: float, top: float, x1: float, bottom: float) -> Region:
        return Region(page=page, box=(x0, top, x1, bottom))

    regions = [[("/sasaran/0/indikator/0", region(1, 170, 200, 500, 380))],
               [],
               [("/sasaran/0/tujuan", region(1, 74, 200, 163, 258)), ("/sasaran/1/tujuan", region(1, 74, 381, 163, 500)),
                ("/sasaran/2/tujuan", region(2, 74, 100, 163, 300))]]
    assert node_beside(regions, 1, (74, 258, 163, 381)) == ["/sasaran/0/tujuan", "/sasaran/1/tujuan"]
    assert node_beside(regions, 1, (300, 220, 400, 240)) == ["/sasaran/0/indikator/0"]  # a region holds it
    assert node_beside(regions, 1, (600, 220, 700, 240)) == []  # a column of no node


def test_a_doubt_on_a_sasarans_number_points_at_the_sasaran():
    """A reader's doubt on the No cell that numbers a merged Sasaran ('4.' read 'a.') is about the
    Sasaran every row of it carries, not only its first row."""
    from rktparse.grid import BBox, ReaderNote

    number_box = BBox(x0=10, top=40, x1=30, bottom=60)
    table = page(1, [[("a.", 2), ("Sasaran A", 2), "Ind 1", "100%"], [None, None, "Ind 2", "90%"],
                     ["5.", "Sasaran B", "Ind 3", "80%"]], header=["No", "Sasaran", "Indikator", "Target"])
    for cell_ in table.cells:
        cell_.bbox = number_box if cell_.text == "a." else BBox(x0=40 + 50 * cell_.col, top=20 * cell_.row,
                                                                 x1=80 + 50 * cell_.col, bottom=20 * cell_.row + 15)
    note = ReaderNote(code="ocr-low-confidence", page=1, cell=number_box, message="'a.' read with 0.50")
    source = SourceDocument(path="t.pdf", format="pdf", engine="test", page_count=1, tables=[table], notes=[note])
    doc = source_to_document(source, Source(file="t.pdf", sha256="0", format="pdf", pages=1, engine="test"))
    assert [(s.no, len(s.indikator)) for s in doc.sasaran] == [("a.", 2), ("5.", 1)]
    assert [w.ref for w in doc.warnings if w.code == "ocr-low-confidence"] == ["/sasaran/0"]


def test_a_doubt_on_the_target_header_flags_each_target_read_without_a_unit():
    """Dev scan 404: 'TARGET (%)' read 'TARGET' on the page and 'TARGET #07' in its cell; the page's
    reading kept, every target lost its '%' with no warning on a row (the header cell's warning has no
    row to point at). Each bare figure read under the doubted header is flagged now, on later pages
    too; a target printing its own unit is not."""
    from rktparse.grid import BBox, ReaderNote

    first = page(1, [["Sasaran A", "Ind 1", "72,77"], ["Sasaran B", "Ind 2", "65 %"]],
                 header=["Sasaran", "Indikator", "Target"])
    later = page(2, [["Sasaran C", "Ind 3", "59"]], header=None)
    for table in (first, later):
        for cell_ in table.cells:
            cell_.bbox = BBox(x0=40 + 50 * cell_.col, top=20 * cell_.row, x1=80 + 50 * cell_.col,
                              bottom=20 * cell_.row + 15)
    header = next(cell_ for cell_ in first.cells if cell_.text == "Target")
    note = ReaderNote(code="ocr-figures-disagree", page=1, cell=header.bbox, message="'TARGET' / 'TARGET #07'")
    source = SourceDocument(path="t.pdf", format="pdf", engine="test", page_count=2, tables=[first, later],
                            notes=[note])
    doc = source_to_document(source, Source(file="t.pdf", sha256="0", format="pdf", pages=2, engine="test"))
    assert [i.target.raw for _, i in doc.indikator_rows()] == ["72,77", "65 %", "59"]
    assert [w.ref for w in doc.warnings if w.code == "header-misread"] == [
        "/sasaran/0/indikator/0", "/sasaran/2/indikator/0"]
    note.cell = BBox(x0=0, top=300, x1=10, bottom=310)  # a doubt elsewhere on the page: no flag
    doc = source_to_document(source, Source(file="t.pdf", sha256="0", format="pdf", pages=2, engine="test"))
    assert [w.ref for w in doc.warnings if w.code == "header-misread"] == []


def test_values_under_an_extra_header_the_reader_doubts_are_flagged_by_sasaran():
    """Reporting scan 1,001,173: 'KETERANGAN' read 'KtEicRANGAN', its values kept under that name on
    every row, the reader's warnings on the header cell alone, which no row holds. Each Sasaran with a
    value under it is flagged; one with none under it, or under a header not doubted, is not."""
    table = page(1, [["Sasaran A", "Ind 1", "90%", "APBD", "BB"], ["Sasaran B", "Ind 2", "80%", "", "A"]],
                 header=["Sasaran", "Indikator", "Target", "KtEicRANGAN", "Kondisi Awal"])
    for cell_ in table.cells:
        cell_.bbox = BBox(x0=40 + 50 * cell_.col, top=20 * cell_.row, x1=80 + 50 * cell_.col, bottom=20 * cell_.row + 15)
    header = next(cell_ for cell_ in table.cells if cell_.text == "KtEicRANGAN")
    note = ReaderNote(code="ocr-word-unknown", page=1, cell=header.bbox, message="'KtEicRANGAN' (0.35)")
    source = SourceDocument(path="t.pdf", format="pdf", engine="test", page_count=1, tables=[table], notes=[note])
    doc = source_to_document(source, Source(file="t.pdf", sha256="0", format="pdf", pages=1, engine="test"))
    assert doc.sasaran[0].indikator[0].extra == {"KtEicRANGAN": "APBD", "Kondisi Awal": "BB"}
    assert [w.ref for w in doc.warnings if w.code == "header-misread"] == ["/sasaran/0"]


def test_a_row_beside_text_in_a_column_without_a_header_is_flagged():
    """A column that printed no header (a scanned Misi column whose header was not read) is kept as an
    extra 'kolom N'; each row beside its text, a merged cell's too, is pointed at; rows beside
    nothing in it are not."""
    doc = assemble(page(1, [[("Misi satu", 2), "Sasaran A", "Ind 1", "100%"], [None, "Sasaran B", "Ind 2", "90%"],
                            ["", "Sasaran C", "Ind 3", "80%"]], header=["", "Sasaran", "Indikator", "Target"]))
    assert [ind.extra for s in doc.sasaran for ind in s.indikator] == [{"kolom 1": "Misi satu"}, {}, {}]
    flagged = [w.ref for w in doc.warnings if w.code == "column-unnamed"]
    assert flagged == ["/sasaran/0/indikator/0", "/sasaran/1/indikator/0"]


def test_rows_under_a_cell_without_rules_in_a_column_without_a_header_are_flagged():
    """Reporting scan 1,001,482: a Misi column whose header a scan lost, in a table without rules,
    holds each Misi on its first row only (no cell spans the rows below it, no cell stands there): the
    rows under it lacked their Misi with no warning. Each row with no cell of its own in the column is
    pointed at with the cell above it."""
    doc = assemble(page(1, [["Misi satu", "Sasaran A", "Ind 1", "100%"], [None, "Sasaran B", "Ind 2", "90%"],
                            ["Misi dua", "Sasaran C", "Ind 3", "80%"]], header=["", "Sasaran", "Indikator", "Target"]))
    flagged = [(w.ref, "Misi dua" in w.message) for w in doc.warnings if w.code == "column-unnamed"]
    assert flagged == [("/sasaran/0/indikator/0", False), ("/sasaran/1/indikator/0", False),
                       ("/sasaran/2/indikator/0", True)]


def test_a_sasaran_opening_in_small_letters_as_none_does_is_doubted_with_the_one_above():
    """Dev scans 141, 171: a centred Sasaran cell split at a row gap, its tail 'tanaman pangan' read
    as a Sasaran of its own, silently. A Sasaran opening in small letters with a word no Sasaran
    opens with names both; one opening with a Sasaran's word ('meningkatnya') or a verb of aim is left."""
    doc = assemble(page(1, [["Tercapainya produksi dan produktivitas", "Angka Nilai Tukar Petani", "95", "Keg 1"],
                            ["tanaman pangan", "Persentase Populasi Sapi Potong", "95,9", "Keg 2"],
                            ["meningkatnya populasi ternak", "Cakupan produksi padi", "80", "Keg 3"],
                            ["meningkatkan ketahanan pangan", "Nilai populasi sapi potong", "70", "Keg 4"]]))
    split = [w for w in doc.warnings if w.code == "sasaran-split-unsure"]
    assert [w.ref for w in split] == ["/sasaran/0", "/sasaran/1"] and all(w.severity == "review" for w in split)
    assert "'tanaman pangan'" in split[0].message


def test_a_sasaran_after_one_ending_on_a_connective_is_doubted_with_it():
    """Dev scan 245, a table without rules: 'Terwujudnya partisipasi pemilih dalam Pemilu dan' and
    'Pemilihan yang akuntabel' read as two Sasaran, silently (the tail opens with a capital). No
    statement ends on 'dan': both are named; a row ending so and the row after it too."""
    doc = assemble(page(1, [["Terwujudnya partisipasi pemilih dalam Pemilu dan", "Angka partisipasi", "95", "Keg 1"],
                            ["Pemilihan yang akuntabel", "Persentase sengketa yang", "95,9", "Keg 2"],
                            [None, "Cakupan produksi padi", "80", "Keg 3"],
                            ["Meningkatnya populasi ternak", "Nilai populasi sapi potong", "70", "Keg 4"]]))
    split = [w for w in doc.warnings if w.code == "sasaran-split-unsure"]
    assert [w.ref for w in split] == ["/sasaran/0", "/sasaran/1"] and "ending on 'dan'" in split[0].message
    rows = [w.ref for w in doc.warnings if w.code == "row-split-unsure"]
    assert rows == ["/sasaran/1/indikator/0", "/sasaran/1/indikator/1"]


def test_a_currency_or_an_amounts_head_ending_the_indikator_goes_to_its_target():
    """Development seed 1940 (pypdf): '... pendidik Rp.' over '9.440.000.000', and '... baik
    Rp1.280.000.000.' over '000': the sign or the amount's head printed on the indikator's line. The
    indikator ended on them and the target lost its currency (or read '000'); no indikator ends so."""
    doc = assemble(page(1, [["Sasaran A", "Rasio guru pendidik Rp.", "9.440.000.000", "Keg 1"],
                            [None, "Persentase ruang kelas|dalam kondisi baik Rp1.280.000.000.", "000", "Keg 2"],
                            [None, "Jumlah dokumen Rp", "Tersusun", "Keg 3"]]))
    rows = doc.sasaran[0].indikator
    assert [(r.text, r.target.raw, r.target.value) for r in rows] == [
        ("Rasio guru pendidik", "Rp. 9.440.000.000", 9_440_000_000),
        ("Persentase ruang kelas dalam kondisi baik", "Rp1.280.000.000.000", 1_280_000_000_000),
        ("Jumlah dokumen Rp", "Tersusun", None)]  # no amount under it: left as read


NUMBERED = ["No", "Sasaran", "Indikator", "Target"]


def test_a_sasaran_number_breaking_the_count_over_the_pages_is_doubted():
    """Dev scan 339: a No cell's '1' read as '4', alone on its page, so no page's count saw it. The
    document's count does: '4' then '2', '3' names the '4', not the two that keep the count."""
    doc = assemble(page(1, [["4", "Sasaran satu", "Ind 1", "10%"]], header=NUMBERED),
                   page(2, [["2", "Sasaran dua", "Ind 2", "20%"], ["3", "Sasaran tiga", "Ind 3", "30%"]], header=NUMBERED))
    assert [s.no for s in doc.sasaran] == ["4", "2", "3"]
    doubted = [w for w in doc.warnings if w.code == "sasaran-number-unsure"]
    assert [w.ref for w in doubted] == ["/sasaran/0"] and doubted[0].severity == "review"
    assert "'4'" in doubted[0].message


def test_a_count_skipping_a_number_doubts_the_sasaran_before_the_skip_too():
    """Development seed 1800 (PyMuPDF): page 2 opened with '3' / 'Meningkatnya profesionalisme ...'; the
    number was lost and the Sasaran read into the one before ('2.'), whose rows came out under a joined
    Sasaran with no warning: only the '4' after the skip was named. The Sasaran before a skipped number
    is named too, as the one that may hold the lost Sasaran."""
    doc = assemble(page(1, [["1", "Sasaran satu", "Ind 1", "10%"], ["2.", "Sasaran dua Sasaran tiga", "Ind 2", "20%"],
                            ["4", "Sasaran empat", "Ind 3", "30%"]], header=NUMBERED))
    doubted = {w.ref: w.message for w in doc.warnings if w.code == "sasaran-number-unsure"}
    assert set(doubted) == {"/sasaran/1", "/sasaran/2"}
    assert "read into it" in doubted["/sasaran/1"]


def test_a_sasaran_without_its_number_among_numbered_ones_is_doubted():
    """Dev scan 346: a table without rules whose No cells ('2.', '3') went into no Sasaran: a Sasaran
    without a number between numbered ones is named; one counting rows ('3' after a Sasaran of two
    rows numbered '1') or starting again at 1 is not."""
    doc = assemble(page(1, [["1.", "Sasaran satu", "Ind 1", "10%"], ["", "Sasaran dua", "Ind 2", "20%"],
                            ["3.", "Sasaran tiga", "Ind 3", "30%"]], header=NUMBERED))
    assert [w.ref for w in doc.warnings if w.code == "sasaran-number-unsure"] == ["/sasaran/1"]
    rows = assemble(page(1, [[("1", 2), ("Sasaran satu", 2), "Ind 1", "10%"], [None, None, "Ind 2", "20%"],
                             ["3", "Sasaran dua", "Ind 3", "30%"], ["1", "Sasaran tiga", "Ind 4", "40%"],
                             ["2", "Sasaran empat", "Ind 5", "50%"]], header=NUMBERED))
    assert [s.no for s in rows.sasaran] == ["1", "3", "1", "2"]
    assert not [w for w in rows.warnings if w.code == "sasaran-number-unsure"]


def test_a_row_of_units_in_brackets_under_the_header_is_the_headers():
    """Dev scan 340: a table without rules read 'TARGET' / '(%)' and 'ANGGARAN' / '(RP)' as a header
    and a row of its own, so the targets lost their unit and the Anggaran its '(RP)' with no warning
    on the rows. A row holding only units in brackets ends the header; a row of figures does not."""
    header = ["Sasaran", "Indikator", "Target", "Anggaran"]
    doc = assemble(page(1, [["", "", "(%)", "(RP)"], ["Sasaran A", "Ind 1", "78", "8.787.000.000"]], header=header))
    assert [(ind.target.raw, ind.target.unit, ind.extra) for s in doc.sasaran for ind in s.indikator] == [
        ("78", "%", {"Anggaran (RP)": "8.787.000.000"})]
    assert len(doc.sasaran) == 1


def test_a_targets_unit_wrapped_over_a_page_break_with_its_indikator_goes_on():
    """Dev layout export 5131: 'Persentase pegawai yang dijatuhi' / '18.485' ended page 1 and
    'hukuman disiplin' / 'Puskesmas' opened page 2; a capitalised target looked like a row's own, so
    the tail became a row and the row above lost half its indikator and its unit, with no warning on
    it. A lone word without figures after a bare figure, beside an indikator tail opening with no
    indikator's word, goes on; 'persentase ...' beside 'WTP' opens a row."""
    doc = assemble(page(1, [["Sasaran A", "Persentase pegawai yang dijatuhi", "18.485", "Keg 1"]]),
                   page(2, [["", "hukuman disiplin", "Puskesmas", "a. Keg 2"]]))
    assert [(i.text, i.target.raw) for _, i in doc.indikator_rows()] == [
        ("Persentase pegawai yang dijatuhi hukuman disiplin", "18.485 Puskesmas")]
    doc = assemble(page(1, [["Sasaran A", "Persentase pegawai yang dijatuhi", "18.485", "Keg 1"]]),
                   page(2, [["", "persentase opini", "WTP", "Keg 2"]]))
    assert [i.target.raw for _, i in doc.indikator_rows()] == ["18.485", "WTP"]
    # dev scan 390: a capitalised tail beside a unit in small letters goes on too (no target is a unit alone)
    doc = assemble(page(1, [["Sasaran A", "Cakupan realisasi Pendapatan", "4.112", "Keg 1"]]),
                   page(2, [["", "Asli Daerah (%)", "kegiatan", "Keg 2"]]))
    assert [(i.text, i.target.raw) for _, i in doc.indikator_rows()] == [
        ("Cakupan realisasi Pendapatan Asli Daerah (%)", "4.112 kegiatan")]
    assert [w.ref for w in doc.warnings if w.code == "row-joined-across-pages" and w.severity == "review"] == [
        "/sasaran/0/indikator/0"]
    doc = assemble(page(1, [["Sasaran A", "Cakupan realisasi Pendapatan", "4.112", "Keg 1"]]),
                   page(2, [["", "Jumlah dokumen", "kegiatan", "Keg 2"]]))
    assert [i.target.raw for _, i in doc.indikator_rows()] == ["4.112", "kegiatan"]


def test_a_column_number_read_with_a_curly_bracket_is_still_a_column_number():
    """Dev scan 166: a repeated header's column numbers read '(1) {2) (3) (4)' were taken for a row,
    and '(1)' / '{2)' became the Misi and Tujuan of every row below, silently."""
    header = ["Misi", "Tujuan", "Sasaran", "Indikator", "Target"]
    doc = assemble(page(1, [["(1)", "{2)", "(3)", "(4)", "[5]"], ["Misi A", "Tujuan A", "Sasaran A", "Ind 1", "80%"]],
                        header=header))
    assert [(s.misi.text, s.tujuan.text, s.text) for s in doc.sasaran] == [("Misi A", "Tujuan A", "Sasaran A")]


def test_a_column_number_ocr_could_not_read_leaves_the_row_of_numbers_and_the_header_as_they_are():
    """A scan's repeated header over column numbers read '(1) (?) (3) (4)' (reporting scan 1000024):
    the row of numbers was a row of data, '(?)' joined the header's 'Sasaran', and the page's table,
    its header read otherwise, started afresh: the row broken at the page before's end lost its tail
    ('Nilai Daftar Pemilih Tetap yang' / 'dimutakhirkan'), silently."""
    header = ["Sasaran", "Indikator", "Target", "Kegiatan"]
    numbers = ["(1)", "(2)", "(3)", "(4)"]
    doc = assemble(page(1, [numbers, ["Sasaran A", "Nilai Daftar Pemilih Tetap yang", "100 %", "Pemutakhiran Data"]],
                        header=header),
                   page(2, [["(1)", "(?)", "(3)", "(4)"], [None, "dimutakhirkan", None, "1) Bimbingan teknis"]],
                        header=header))
    assert [(s.text, [(i.text, i.kegiatan) for i in s.indikator]) for s in doc.sasaran] == \
        [("Sasaran A", [("Nilai Daftar Pemilih Tetap yang dimutakhirkan", ["Pemutakhiran Data", "1) Bimbingan teknis"])])]
    assert not any("(?)" in column.header for column in doc.layout.columns)


def test_a_kegiatan_entry_cut_after_a_word_none_ends_on_goes_on_in_the_row_below():
    """Reporting scan 1000119 (and 1000108), a table without rules: the scan's reading cut '- melakukan'
    / 'penanganan pengaduan ...' at the wrap, the rest a row of its own; 'penanganan' opens as entries
    do, so it was an entry, silently. No entry ends on a verb of doing or a connective: the row below
    goes on with it, unless it opens a marked item; after a connective a capital tail goes on, flagged."""
    doc = assemble(page(1, [["Sasaran A", "Indeks pengaduan", "69%", "- melakukan"],
                            [None, None, None, "penanganan pengaduan masyarakat"],
                            [None, None, None, "- Penanganan pengaduan"],
                            [None, "Tingkat unit kerja", "48%", "Penyusunan Laporan Keuangan dan"],
                            [None, None, None, "Laporan Kinerja"],
                            [None, "Nilai SAKIP", "B", "Evaluasi SAKIP dan"],
                            [None, None, None, "- Reviu Laporan"]]))
    assert [i.kegiatan for i in doc.sasaran[0].indikator] == [
        ["- melakukan penanganan pengaduan masyarakat", "- Penanganan pengaduan"],
        ["Penyusunan Laporan Keuangan dan Laporan Kinerja"], ["Evaluasi SAKIP dan", "- Reviu Laporan"]]
    assert [w.ref for w in doc.warnings if w.code == "kegiatan-joined-unsure"] == ["/sasaran/0/indikator/1"]


def test_a_kegiatan_row_whose_first_word_the_document_prints_after_the_entry_above_goes_on_flagged():
    """Reporting scans 1000118 and 1000120, tables without rules: a scan's reading cut '... Semester I
    dan Laporan' / 'Keuangan Tahunan' at the wrap, the rest a row of its own, opening with a capital:
    an entry of its own, silently. The document prints 'Laporan Keuangan' side by side elsewhere, and
    no entry opens 'Keuangan Tahunan': the row goes on with the entry above, flagged."""
    doc = assemble(page(1, [["Sasaran A", "Opini BPK", "WTP", "Penyusunan Laporan Keuangan Semester I dan Laporan"],
                            [None, None, None, "Keuangan Tahunan"],
                            [None, "Nilai SAKIP", "B", "Reviu Laporan Keuangan"],
                            [None, None, None, "Evaluasi SAKIP"]]))
    assert [i.kegiatan for i in doc.sasaran[0].indikator] == [
        ["Penyusunan Laporan Keuangan Semester I dan Laporan Keuangan Tahunan"],
        ["Reviu Laporan Keuangan", "Evaluasi SAKIP"]]
    assert [w.ref for w in doc.warnings if w.code == "kegiatan-joined-unsure"] == ["/sasaran/0/indikator/0"]


def test_an_indikator_opening_in_small_letters_as_none_does_is_doubted_with_the_row_above():
    """Dev PyMuPDF exports 18, 50, 52: an indikator's last words with a target ('sesuai jadwal' /
    '19 ton') read as a row of their own, silently. An indikator opening in small letters with a
    word no indikator opens with names both rows; one opening 'persentase ...' is left."""
    doc = assemble(page(1, [["Sasaran A", "Persentase TPS yang melaksanakan pemungutan suara", "", "Keg 1"],
                            [None, "sesuai jadwal", "19 ton", "Keg 2"],
                            [None, "persentase data pemilih", "80%", "Keg 3"]]))
    doubted = [w for w in doc.warnings if w.code == "row-split-unsure"]
    assert [w.ref for w in doubted] == ["/sasaran/0/indikator/0", "/sasaran/0/indikator/1"]
    assert all(w.severity == "review" for w in doubted) and "'sesuai jadwal'" in doubted[0].message


def test_a_scanned_kegiatan_cell_with_an_unmarked_first_item_is_flagged():
    """Development scan 136: '• Pendampingan ...' read 'Pendampingan ...' above '• Pemeriksaan ...' in
    one cell: kept as one entry (a heading over its items), silently. On a scan it is flagged at its
    row; a heading ending on a colon is not, nor the same cell on a born-digital page."""
    def joined(kegiatan, engine="ocr"):
        doc = assemble(page(1, [["Meningkatnya pelayanan", "Indeks kepuasan", "85", kegiatan]]), engine=engine)
        return [(w.code, w.ref) for w in doc.warnings if w.code == "kegiatan-joined-unsure"]
    lost = "Pendampingan pembangunan|Zona Integritas|• Pemeriksaan reguler|Perangkat Daerah"
    assert joined(lost) == [("kegiatan-joined-unsure", "/sasaran/0/indikator/0")]
    assert joined("Program pengawasan:|• Pemeriksaan reguler|• Reviu laporan") == []
    assert joined(lost, engine="pdfium") == []
    assert joined("• Pendampingan pembangunan|• Pemeriksaan reguler") == []


def test_a_kegiatan_fragment_whose_first_word_the_document_prints_after_the_entrys_last_goes_on():
    """Development scans 223 and 259: '... pegawai Tahun' ended page 2 and 'Anggaran 2019' opened
    page 3: a capital after a text that did not look cut, so a new entry, silently. The document
    prints 'Tahun Anggaran' on one line elsewhere, so it goes on, flagged; a fragment whose first word
    the document never prints after that word stays a new entry."""
    def across(tail):
        doc = assemble(page(1, [["Sasaran A", "Ind 1", "80%", "Pembinaan disiplin pegawai Tahun Anggaran 2019"],
                                ["Sasaran B", "Ind 2", "70%", "Pengelolaan kenaikan pangkat dan|mutasi pegawai Tahun"]]),
                       page(2, [["", "", "", tail]]))
        row = doc.sasaran[1].indikator[0]
        return row.kegiatan, [w.ref for w in doc.warnings if w.code == "page-break-unsure"]
    assert across("Anggaran 2019") == (
        ["Pengelolaan kenaikan pangkat dan mutasi pegawai Tahun Anggaran 2019"], ["/sasaran/1/indikator/0"])
    assert across("Evaluasi kinerja")[0] == ["Pengelolaan kenaikan pangkat dan mutasi pegawai Tahun", "Evaluasi kinerja"]


def test_a_year_alone_at_a_page_top_goes_on_with_the_kegiatan_before_flagged():
    """Reporting scan 1,000,978: '... fasilitas terminal' ended page 1 and 'Tahun Anggaran 2023' opened
    page 2, read as an entry of its own, silently (a scan's cells give no line tops to tell a cut
    text by). A year closes an entry and opens none: it goes on, flagged; a longer entry does not."""
    def across(tail):
        doc = assemble(page(1, [["Sasaran A", "Ind 1", "80%", "Pembangunan halte dan fasilitas terminal"]]),
                       page(2, [["", "", "", tail]]))
        row = doc.sasaran[0].indikator[0]
        return row.kegiatan, [w.ref for w in doc.warnings if w.code == "page-break-unsure"]
    assert across("Tahun Anggaran 2023") == (
        ["Pembangunan halte dan fasilitas terminal Tahun Anggaran 2023"], ["/sasaran/0/indikator/0"])
    assert across("Tahun Anggaran 2023 bagi aparatur")[0] == [
        "Pembangunan halte dan fasilitas terminal", "Tahun Anggaran 2023 bagi aparatur"]


def test_a_header_cut_at_its_cells_edges_names_its_column_by_a_piece_of_its_name():
    """Reporting scan 1000334: a centred 'PROGRAM/KEGIATAN' wider than its column is cut on both sides
    where the scan's cells are read one by one ('OGRAM/KEGIAT,'); its entries went silently into an
    extra. A piece of six letters or more names the column, unless another column names that role;
    'Saran' (a word of its own) and a whole name after others ('Nama Kegiatan') are no pieces."""
    assert clipped_role("OGRAM/KEGIAT,") is Role.KEGIATAN
    assert clipped_role("ndikator") is Role.INDIKATOR and clipped_role("SASARA") is Role.SASARAN
    assert clipped_role("Saran") is None and clipped_role("Nama Kegiatan") is None and clipped_role("") is None
    header = ["SASARAN", "INDIKATOR", "TARGET", "OGRAM/KEGIAT,", "AN KET."]
    table = TablePage(page=1, n_rows=2, n_cols=5, cells=[Cell(lines=[text], row=0, col=col)
                                                         for col, text in enumerate(header)])
    columns = header_to_layout(table, 1).columns
    assert [(c.role, c.guessed) for c in columns][3:] == [(Role.KEGIATAN, "cut at its cell's edges"), (Role.EXTRA, "")]
    both = TablePage(page=1, n_rows=2, n_cols=4, cells=[Cell(lines=[text], row=0, col=col) for col, text
                                                        in enumerate(["SASARAN", "INDIKATOR", "KEGIATAN", "KEGIAT"])])
    assert [c.role for c in header_to_layout(both, 1).columns][2:] == [Role.KEGIATAN, Role.EXTRA]
    doc = assemble(page(1, [["Meningkatnya mutu", "Persentase jalan", "80%", "Pemeliharaan jalan", "DAK"]],
                        header=header))
    assert doc.sasaran[0].indikator[0].kegiatan == ["Pemeliharaan jalan"]
    assert doc.sasaran[0].indikator[0].extra == {"AN KET.": "DAK"}
    assert [(w.code, w.ref) for w in doc.warnings if "cut at its cell's edges" in w.message] == \
        [("header-misread", "/sasaran/0")]


def test_a_header_with_a_letter_misread_names_its_column_with_a_warning():
    """Reporting scan 1,001,099: 'Target' read 'Taraet' made the targets an extra column's, silently.
    A first word of five letters or more one letter from a core name takes its role where no other
    column has it, and the first Sasaran under it is flagged; words of their own are left."""
    assert misread_role("Taraet 2020") is Role.TARGET and misread_role("TARGE T 2026") is Role.TARGET and misread_role("Indikatr Kinerja") is Role.INDIKATOR
    assert misread_role("Sasaram") is Role.SASARAN and misread_role("Saran") is None
    assert misread_role("Satuan") is None and misread_role("Tujuh") is None and misread_role("") is None
    # reporting scan 1,001,473: 'MISI' read 'MIiSI', the Misi of every row kept as an extra
    assert misread_role("MIiSI") is Role.MISI and misread_role("Mitra") is None
    header = ["SASARAN", "INDIKATOR", "Taraet", "KEGIATAN"]
    doc = assemble(page(1, [["Meningkatnya mutu", "Persentase jalan", "Terlaksana", "Pemeliharaan jalan"]],
                        header=header))
    row = doc.sasaran[0].indikator[0]
    assert (row.target.raw, row.extra) == ("Terlaksana", {})
    assert [(w.code, w.ref) for w in doc.warnings if "'Taraet' as the target column" in w.message] == \
        [("header-misread", "/sasaran/0")]
    both = TablePage(page=1, n_rows=2, n_cols=4, cells=[Cell(lines=[text], row=0, col=col) for col, text
                                                        in enumerate(["SASARAN", "INDIKATOR", "TARGET", "Taraet"])])
    assert [c.role for c in header_to_layout(both, 1).columns][2:] == [Role.TARGET, Role.EXTRA]


def test_a_scans_noise_at_a_headers_edges_leaves_its_name():
    """Harsh development scans: a rule's end, specks or a stamp read at a header's edges ('— Kegiatan',
    scan 76: the kegiatan became an extra column's; '| Target', scan 79: no row had a target) or a
    unit's lost bracket ('Anggaran Rp)', scan 30) changed a column's name for every row under it."""
    read = ("| Target", "Satuan——.", "~ Target % ©", "h Tujuan", "Anggaran Rp)", ". ' — INDIKATOR")
    assert [cleaned_header(text) for text in read] == ["Target", "Satuan", "Target %", "Tujuan", "Anggaran (Rp)", "INDIKATOR"]
    printed = ["Ket.", "No.", "Anggaran *)", "Kondisi Awal (2023)", "PAGU (Rp.)", "Target (%)"]
    assert [cleaned_header(text) for text in printed] == printed
    doc = assemble(page(1, [["Meningkatnya mutu", "Persentase jalan", "80%", "Pemeliharaan jalan", "1.000"]],
                        header=["SASARAN", "INDIKATOR", "| Target", "— Kegiatan", "Anggaran Rp)"]))
    row = doc.sasaran[0].indikator[0]
    assert (row.target.raw, row.kegiatan, row.extra) == ("80%", ["Pemeliharaan jalan"], {"Anggaran (Rp)": "1.000"})


def test_a_unit_alone_at_a_page_top_finishes_the_figure_above_without_line_positions():
    """Reporting scan 1,001,791: a scan's cells give no line tops, so nothing said whether 'Indeks
    Rekomendasi Hasil' ran on; 'Pemeriksaan Yang' / 'Puskesmas' at the next page's top, both in
    capitals, read as a row of its own, its target a unit alone and '12' left without it, silently.
    No target is a unit alone: the row goes on."""
    doc = assemble(page(1, [["Terlaksananya kualitas", "Indeks Rekomendasi Hasil", "12", "Reviu Laporan Keuangan oleh Aparat"]]),
                   page(2, [["", "Pemeriksaan Yang|Ditindaklanjuti", "Puskesmas", "Pengawasan Intern"],
                            ["", "Prosentase pengaduan", "100%", "Penanganan pengaduan"]]))
    assert [(i.text, i.target.raw) for i in doc.sasaran[0].indikator] == [
        ("Indeks Rekomendasi Hasil Pemeriksaan Yang Ditindaklanjuti", "12 Puskesmas"),
        ("Prosentase pengaduan", "100%")]


def test_a_note_on_a_cell_no_node_took_points_at_the_rows_printed_beside_it():
    """Harsh scan of development seed 431: a Tujuan's cell read as garbled words ('9 unan wilayah') went into no
    node, so its notes (unknown words, two readings disagreeing) pointed at nothing, and the three rows
    beside it, left with no Tujuan, passed as right. A reader's review note on such a cell names each row
    sharing its height; a note with a node, an info note, and a cell beside no row stay as they are."""
    from rktparse.assemble.coverage import on_rows_beside
    from rktparse.models import Region, Severity, Warning
    from tests.conftest import SAMPLES

    doc = rktparse.parse(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf")
    (first,), (second,) = doc.sasaran[1].indikator[0].regions, doc.sasaran[1].indikator[1].regions
    tall = Region(page=first.page, box=(20.0, first.box[1] - 1, 60.0, second.box[3] + 1))  # a level's cell beside both
    lost = Warning(code="ocr-word-unknown", message="garbled", page=first.page, regions=[tall])
    kept = Warning(code="ocr-word-unknown", message="kept", page=first.page, ref="/sasaran/0", regions=[tall])
    info = Warning(code="ocr-fixed", message="fixed", page=first.page, severity=Severity.INFO, regions=[tall])
    apart = Warning(code="ocr-word-unknown", message="apart", page=first.page + 9,
                    regions=[tall.model_copy(update={"page": first.page + 9})])
    placed = on_rows_beside([lost, kept, info, apart], doc)
    assert [(w.message, w.ref) for w in placed] == [
        ("garbled", "/sasaran/1/indikator/0"), ("garbled", "/sasaran/1/indikator/1"),
        ("kept", "/sasaran/0"), ("fixed", None), ("apart", None)]


def test_a_kegiatan_entry_that_is_a_marker_alone_is_flagged():
    """Harsh scan of development seed 422: 'Evaluasi SAKIP Perangkat Daerah' was read nowhere and the next
    row's '1.' stood as the row's Kegiatan, with no warning. A number or bullet alone is flagged; a dash
    alone prints 'none' and is not."""
    from rktparse.assemble.coverage import marker_only_kegiatan
    from tests.conftest import SAMPLES

    doc = rktparse.parse(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf")
    assert marker_only_kegiatan(doc) == []
    doc.sasaran[1].indikator[0].kegiatan = ["1."]
    doc.sasaran[0].indikator[0].kegiatan = ["-", "Penyusunan laporan"]
    assert [(w.code, w.ref) for w in marker_only_kegiatan(doc)] == [("kegiatan-marker-alone", "/sasaran/1/indikator/0")]
