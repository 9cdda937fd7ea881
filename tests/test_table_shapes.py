"""Table shapes of real archives, on hand-built grids: marker columns, targets spread over
several columns (Volume | Satuan, Trw I .. Trw IV), tables without a Target column."""

from rktparse.assemble.columns import letter_misread
from rktparse.grid import Cell, TablePage
from rktparse.models import Severity
from tests.test_assemble import assemble


def grid(cells: list[tuple[int, int, str, int, int]], n_rows: int, n_cols: int) -> TablePage:
    """A page table from (row, col, text, row_span, col_span); '|' separates a cell's lines."""
    made = [Cell(lines=text.split("|") if text else [], row=r, col=c, row_span=rs, col_span=cs)
            for r, c, text, rs, cs in cells]
    words = [w for cell in made for line in cell.lines for w in line.split()]
    return TablePage(page=1, n_rows=n_rows, n_cols=n_cols, cells=made, words=words)


def test_a_column_of_dashes_before_the_indikator_text_marks_it():
    """'Indikator' spans a column of '-' markers and the text (a table printed from Excel)."""
    table = grid([(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator Kinerja", 1, 2), (0, 3, "Target", 1, 1),
                  (1, 0, "Meningkatnya pelayanan", 2, 1), (1, 1, "-", 1, 1), (1, 2, "Indeks kepuasan", 1, 1),
                  (1, 3, "85", 1, 1), (2, 1, "-", 1, 1), (2, 2, "Jumlah pengaduan", 1, 1), (2, 3, "10", 1, 1)],
                 3, 4)
    doc = assemble(table)
    assert [(i.no, i.text, i.target.raw) for _, i in doc.indikator_rows()] == [
        (None, "Indeks kepuasan", "85"), (None, "Jumlah pengaduan", "10")]
    assert all(not i.extra for _, i in doc.indikator_rows())


def test_numbers_in_a_column_beside_the_indikator_are_its_numbers():
    table = grid([(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator Kinerja", 1, 2), (0, 3, "Target", 1, 1),
                  (1, 0, "Meningkatnya pelayanan", 2, 1), (1, 1, "1.1.1", 1, 1), (1, 2, "Indeks kepuasan", 1, 1),
                  (1, 3, "85", 1, 1), (2, 1, "1.1.2", 1, 1), (2, 2, "Jumlah pengaduan", 1, 1), (2, 3, "10", 1, 1)],
                 3, 4)
    assert [(i.no, i.text) for _, i in assemble(table).indikator_rows()] == [
        ("1.1.1", "Indeks kepuasan"), ("1.1.2", "Jumlah pengaduan")]


def test_target_spanning_volume_and_satuan_keeps_both():
    table = grid([(0, 0, "Sasaran", 2, 1), (0, 1, "Indikator", 2, 1), (0, 2, "Target", 1, 2),
                  (1, 2, "Volume", 1, 1), (1, 3, "Satuan", 1, 1),
                  (2, 0, "Meningkatnya koperasi", 1, 1), (2, 1, "Jumlah koperasi aktif", 1, 1),
                  (2, 2, "16.478", 1, 1), (2, 3, "Koperasi", 1, 1)], 3, 4)
    [(_, row)] = assemble(table).indikator_rows()
    assert (row.target.raw, row.target.value, row.target.unit) == ("16.478 Koperasi", 16478.0, "Koperasi")
    assert row.extra == {}


def test_target_spanning_two_years_keeps_the_second_as_an_extra():
    table = grid([(0, 0, "Sasaran", 2, 1), (0, 1, "Indikator", 2, 1), (0, 2, "Target", 1, 2),
                  (1, 2, "2016", 1, 1), (1, 3, "2017", 1, 1),
                  (2, 0, "Meningkatnya koperasi", 1, 1), (2, 1, "Jumlah koperasi aktif", 1, 1),
                  (2, 2, "100", 1, 1), (2, 3, "120", 1, 1)], 3, 4)
    [(_, row)] = assemble(table).indikator_rows()
    assert row.target.raw == "100" and row.extra == {"Target 2017": "120"} and not row.periods


def test_quarterly_targets_under_one_spanning_header_are_kept_per_quarter():
    quarters = ["Tw I", "Tw II", "Tw III", "Tw IV"]
    table = grid([(0, 0, "Sasaran", 2, 1), (0, 1, "Indikator", 2, 1), (0, 2, "Target", 1, 4),
                  *[(1, 2 + k, q, 1, 1) for k, q in enumerate(quarters)],
                  (0, 6, "Kegiatan", 2, 1), (0, 7, "Target Kegiatan", 2, 1),
                  (2, 0, "Meningkatnya pelayanan", 1, 1), (2, 1, "Indeks kepuasan", 1, 1),
                  (2, 2, "-", 1, 1), (2, 3, "25%", 1, 1), (2, 4, "50%", 1, 1), (2, 5, "100%", 1, 1),
                  (2, 6, "Survei kepuasan", 1, 1), (2, 7, "1 dokumen", 1, 1)], 3, 8)
    doc = assemble(table)
    [(_, row)] = doc.indikator_rows()
    assert row.target is None  # the kegiatan's target is not the indikator's
    assert {label: t.raw for label, t in row.periods.items()} == dict(zip(quarters, ["-", "25%", "50%", "100%"]))
    assert (row.periods["Tw IV"].value, row.periods["Tw IV"].unit) == (100.0, "%")
    assert row.extra == {"Target Kegiatan": "1 dokumen"}
    assert [(w.code, w.severity) for w in doc.warnings] == [("targets-per-period", Severity.INFO)]


def test_iku_table_without_a_target_column_reads_with_null_targets_and_one_note():
    header = ["No", "Sasaran", "Indikator Kinerja Utama", "Penjelasan/Formulasi", "Sumber Data", "Penanggung Jawab"]
    rows = [["1", "Meningkatnya pelayanan", "Indeks kepuasan", "survei", "BPS", "Sekretariat"],
            ["2", "Meningkatnya akuntabilitas", "Nilai SAKIP", "evaluasi", "KemenPAN", "Sekretariat"]]
    cells = [(0, c, h, 1, 1) for c, h in enumerate(header)]
    cells += [(r, c, text, 1, 1) for r, texts in enumerate(rows, start=1) for c, text in enumerate(texts)]
    doc = assemble(grid(cells, 3, 6))
    assert [(i.text, i.target) for _, i in doc.indikator_rows()] == [("Indeks kepuasan", None), ("Nilai SAKIP", None)]
    assert [(w.code, w.severity) for w in doc.warnings] == [("no-target-column", Severity.INFO)]
    assert doc.status.value == "success"


def test_paragraphs_of_one_cell_with_lined_up_targets_are_rows_of_their_own():
    """A Word PK: two indikator as paragraphs of one cell, their targets as paragraphs beside."""
    table = grid([(0, 0, "Sasaran Strategis", 1, 1), (0, 1, "Indikator Kinerja", 1, 1), (0, 2, "Target", 1, 1),
                  (1, 0, "Meningkatnya pelayanan perpustakaan", 1, 1),
                  (1, 1, "Tingkat kepuasan pemustaka|Persentase peningkatan jumlah pengunjung", 1, 1),
                  (1, 2, "90%|20%", 1, 1)], 2, 3)
    for source_format, severity in (("docx", Severity.INFO), ("pdf", Severity.REVIEW)):
        doc = assemble(table, source_format=source_format)
        assert [(i.text, i.target.raw) for _, i in doc.indikator_rows()] == [
            ("Tingkat kepuasan pemustaka", "90%"), ("Persentase peningkatan jumlah pengunjung", "20%")]
        # in a PDF a line may be a wrap of one indikator: a person checks both rows
        refs = ["/sasaran/0/indikator/0"] + (["/sasaran/0/indikator/1"] if severity is Severity.REVIEW else [])
        assert [(w.severity, w.ref) for w in doc.warnings if w.code.startswith("indikator-split")] == [
            (severity, ref) for ref in refs]


def test_sub_items_with_their_own_targets_under_a_parent_line():
    table = grid([(0, 0, "Sasaran Strategis", 1, 1), (0, 1, "Indikator Kinerja", 1, 1), (0, 2, "Target", 1, 1),
                  (1, 0, "Meningkatnya produksi ternak", 1, 1),
                  (1, 1, "1.1.1 Jumlah produksi peternakan|- Daging (ton)|- Telur (ton)|- Susu|(ton)", 1, 1),
                  (1, 2, "741.709|210.664|261.792", 1, 1)], 2, 3)
    rows = [i for _, i in assemble(table).indikator_rows()]
    assert [(i.no, i.text, i.target and i.target.value) for i in rows] == [
        ("1.1.1", "Jumlah produksi peternakan", None), (None, "Daging (ton)", 741709.0),
        (None, "Telur (ton)", 210664.0), (None, "Susu (ton)", 261792.0)]


def test_one_indikator_wrapped_beside_a_wrapped_target_stays_one_row():
    table = grid([(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator", 1, 1), (0, 2, "Target", 1, 1),
                  (1, 0, "Meningkatnya temuan", 1, 1), (1, 1, "Jumlah temuan yang|ditindaklanjuti", 1, 1),
                  (1, 2, "10 (234|Temuan)", 1, 1)], 2, 3)
    assert [(i.text, i.target.raw) for _, i in assemble(table).indikator_rows()] == [
        ("Jumlah temuan yang ditindaklanjuti", "10 (234 Temuan)")]


def test_quarterly_targets_survive_the_docx_round_trip(tmp_path):
    import rktparse

    quarters = ["Trw I", "Trw II", "Trw III", "Trw IV"]
    table = grid([(0, 0, "Sasaran", 2, 1), (0, 1, "Indikator", 2, 1), (0, 2, "Target", 1, 4),
                  *[(1, 2 + k, q, 1, 1) for k, q in enumerate(quarters)],
                  (2, 0, "Meningkatnya pelayanan", 1, 1), (2, 1, "Indeks kepuasan", 1, 1),
                  (2, 2, "-", 1, 1), (2, 3, "25%", 1, 1), (2, 4, "50%", 1, 1), (2, 5, "100%", 1, 1)], 3, 6)
    start = assemble(table)
    back = rktparse.parse(rktparse.write(start, tmp_path / "aksi.docx"))
    [(_, row)] = back.indikator_rows()
    assert row.target is None
    assert {label: t.raw for label, t in row.periods.items()} == dict(zip(quarters, ["-", "25%", "50%", "100%"]))


def test_iku_cell_listing_two_indikator_is_two_rows_its_lined_up_cells_split_along():
    header = ["Sasaran", "Indikator Kinerja Utama", "Penjelasan/Formulasi", "Sumber Data"]
    row = ["Meningkatnya pelayanan perpustakaan", "1. Tingkat kepuasan pemustaka|2. Persentase peningkatan|jumlah "
           "pengunjung", "1. Survei kepuasan|2. Pengunjung tahun ini dibanding tahun lalu", "Laporan tahunan"]
    cells = [(0, c, h, 1, 1) for c, h in enumerate(header)] + [(1, c, text, 1, 1) for c, text in enumerate(row)]
    doc = assemble(grid(cells, 2, 4))
    assert [(i.no, i.text, i.target, i.extra) for _, i in doc.indikator_rows()] == [
        ("1.", "Tingkat kepuasan pemustaka", None,
         {"Penjelasan/Formulasi": "1. Survei kepuasan", "Sumber Data": "Laporan tahunan"}),
        ("2.", "Persentase peningkatan jumlah pengunjung", None,
         {"Penjelasan/Formulasi": "2. Pengunjung tahun ini dibanding tahun lalu", "Sumber Data": "Laporan tahunan"})]
    # the Sumber Data cell, about both, is repeated on each: a person checks each row
    assert [(w.code, w.ref) for w in doc.warnings if w.severity is Severity.REVIEW] == [
        ("indikator-split-unsure", "/sasaran/0/indikator/0"), ("indikator-split-unsure", "/sasaran/0/indikator/1")]


def test_rows_above_a_repeated_header_continue_the_page_before():
    header = ["Sasaran", "Indikator", "Target", "Kegiatan", "Anggaran"]
    first = grid([*[(0, c, h, 1, 1) for c, h in enumerate(header)],
                  (1, 0, "Meningkatnya pelayanan", 1, 1), (1, 1, "Indeks kepuasan", 1, 1), (1, 2, "85", 1, 1),
                  (1, 3, "Survei kepuasan", 1, 1), (1, 4, "100.000.000", 1, 1)], 2, 5)
    second = grid([(0, 3, "Pengolahan data survei", 1, 1), (0, 4, "50.000.000", 1, 1),
                   *[(1, c, h, 1, 1) for c, h in enumerate(header)],
                   (2, 0, "Meningkatnya akuntabilitas", 1, 1), (2, 1, "Nilai SAKIP", 1, 1), (2, 2, "BB", 1, 1),
                   (2, 3, "Evaluasi", 1, 1), (2, 4, "75.000.000", 1, 1)], 3, 5).model_copy(update={"page": 2})
    doc = assemble(first, second)
    assert [(i.text, i.kegiatan, i.extra) for _, i in doc.indikator_rows()] == [
        ("Indeks kepuasan", ["Survei kepuasan", "Pengolahan data survei"], {"Anggaran": "100.000.000 50.000.000"}),
        ("Nilai SAKIP", ["Evaluasi"], {"Anggaran": "75.000.000"})]


def test_word_targets_lined_up_by_empty_paragraphs_group_the_indikator_paragraphs():
    """Each target stands beside the first paragraph of its indikator; empty paragraphs fill the rest."""
    table = grid([(0, 0, "Sasaran Strategis", 1, 1), (0, 1, "Indikator Kinerja", 1, 1), (0, 2, "Target", 1, 1),
                  (1, 0, "Meningkatnya pelayanan perpustakaan", 1, 1),
                  (1, 1, "Tingkat kepuasan pemustaka|terhadap layanan|Persentase peningkatan jumlah pengunjung", 1, 1),
                  (1, 2, "90%||20%", 1, 1)], 2, 3)
    doc = assemble(table, source_format="docx")
    assert [(i.text, i.target.raw) for _, i in doc.indikator_rows()] == [
        ("Tingkat kepuasan pemustaka terhadap layanan", "90%"), ("Persentase peningkatan jumlah pengunjung", "20%")]
    assert doc.status.value == "success"


def test_a_page_number_the_grid_took_in_across_the_table_is_no_group_heading():
    """A scan's grid can take the page's '- 1 -' into a row printed across the table (dev scan 62);
    a heading row there would put the rows below under a group named '-1-'."""
    table = grid([(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator", 1, 1), (0, 2, "Target", 1, 1),
                  (1, 0, "Meningkatnya pelayanan", 1, 1), (1, 1, "Indeks kepuasan", 1, 1), (1, 2, "85", 1, 1),
                  (2, 0, "-1-", 1, 3),
                  (3, 0, "Meningkatnya akuntabilitas", 1, 1), (3, 1, "Nilai SAKIP", 1, 1), (3, 2, "BB", 1, 1)], 4, 3)
    doc = assemble(table)
    assert [(s.group, s.text) for s in doc.sasaran] == [(None, "Meningkatnya pelayanan"),
                                                         (None, "Meningkatnya akuntabilitas")]


def test_a_lone_word_in_small_letters_cut_off_a_kegiatan_entry_goes_on_with_it():
    """A scan's row finder may cut a wrapped entry's last word into a row of its own (dev scan 3:
    '1) Pengawasan teknis pembangunan jembatan bagi' / 'aparatur'); one word in small letters
    is never a Kegiatan entry."""
    table = grid([(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator", 1, 1), (0, 2, "Target", 1, 1), (0, 3, "Kegiatan", 1, 1),
                  (1, 0, "Meningkatnya pelayanan", 3, 1), (1, 1, "Indeks kepuasan", 1, 1), (1, 2, "85", 1, 1),
                  (1, 3, "1) Pengawasan teknis bagi", 1, 1), (2, 3, "aparatur", 1, 1),
                  (3, 3, "2) Survei kepuasan", 1, 1)], 4, 4)
    assert [i.kegiatan for _, i in assemble(table).indikator_rows()] == [
        ["1) Pengawasan teknis bagi aparatur", "2) Survei kepuasan"]]


def test_a_repeated_header_with_a_name_misread_goes_on_with_the_table():
    """A scan's repeated header may misread a name (dev scan 72: 'Ke 1' for 'KETERANGAN' on pages 3
    and 4). Read as another table, its rows opened without their Sasaran and keyed their extra by the
    misread name; the same roles under a name that names no column go on with the table, flagged."""
    header = [(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator", 1, 1), (0, 2, "Target", 1, 1)]
    first = grid([*header, (0, 3, "Keterangan", 1, 1), (1, 0, "Meningkatnya pelayanan", 2, 1),
                  (1, 1, "Indeks kepuasan", 1, 1), (1, 2, "85", 1, 1), (1, 3, "APBD", 1, 1)], 3, 4)
    second = grid([*header, (0, 3, "Ke 1", 1, 1), (1, 1, "Jumlah pengaduan", 1, 1), (1, 2, "10", 1, 1),
                   (1, 3, "APBN", 1, 1)], 2, 4).model_copy(update={"page": 2})
    doc = assemble(first, second)
    assert [(s.text, [(i.text, i.extra) for i in s.indikator]) for s in doc.sasaran] == [
        ("Meningkatnya pelayanan", [("Indeks kepuasan", {"Keterangan": "APBD"}),
                                    ("Jumlah pengaduan", {"Keterangan": "APBN"})])]
    assert [(w.severity, w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [
        (Severity.REVIEW, 2, "/sasaran/0")]
    # a name of a column of its own ('Anggaran') tells another table
    other = grid([*header, (0, 3, "Anggaran", 1, 1), (1, 1, "Jumlah pengaduan", 1, 1), (1, 2, "10", 1, 1),
                  (1, 3, "5.000", 1, 1)], 2, 4).model_copy(update={"page": 2})
    assert not any(w.code == "header-misread" for w in assemble(first, other).warnings)


def test_a_column_the_first_header_left_unnamed_takes_the_name_a_repeated_header_reads():
    """A scan's first page may lose a header cell (dev scan 96 did, before a lost name was read again in
    its place): its rows keep that column's values under 'kolom 4' until the header repeated on page 2
    names it; then they are kept under that name, with a review warning on each Sasaran renamed (and on the
    rows under the repeated header, which reads otherwise than the first)."""
    header = [(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator", 1, 1), (0, 2, "Target", 1, 1)]
    first = grid([*header, (1, 0, "Meningkatnya pelayanan", 1, 1), (1, 1, "Indeks kepuasan", 1, 1),
                  (1, 2, "85", 1, 1), (1, 3, "APBD", 1, 1)], 2, 4)
    second = grid([*header, (0, 3, "KET.", 1, 1), (1, 0, "Terwujudnya layanan", 1, 1),
                   (1, 1, "Jumlah pengaduan", 1, 1), (1, 2, "10", 1, 1), (1, 3, "APBN", 1, 1)], 2, 4
                  ).model_copy(update={"page": 2})
    doc = assemble(first, second)
    assert [i.extra for _, i in doc.indikator_rows()] == [{"KET.": "APBD"}, {"KET.": "APBN"}]
    assert [(w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [(1, "/sasaran/0"), (2, "/sasaran/1")]


def test_a_repeated_header_with_a_sign_misread_goes_on_with_the_table():
    """Dev scan 159: page 2's header reads 'Target 8' where the first page's reads 'Target %'. Read as
    another table, the walk started afresh: the Kegiatan lines at page 2's top, the rest of page 1's
    last row, became a row under no Sasaran, and that row lost them silently. A sign read otherwise goes
    on with the table, flagged, its figures read under the first's '%'; a unit of its own ('Rp') does not,
    and then the row the page before ends with is flagged, for its text may be the rows under no Sasaran."""
    header = [(0, 0, "Sasaran", 1, 1), (0, 1, "Indikator", 1, 1), (0, 3, "Kegiatan", 1, 1)]
    first = grid([*header, (0, 2, "Target %", 1, 1), (1, 0, "Meningkatnya pelayanan", 1, 1),
                  (1, 1, "Indeks kepuasan", 1, 1), (1, 2, "85", 1, 1), (1, 3, "1) Survei kepuasan", 1, 1)], 2, 4)
    def second(target: str) -> TablePage:
        return grid([*header, (0, 2, target, 1, 1), (1, 3, "2) Evaluasi layanan", 1, 1),
                     (2, 1, "Jumlah pengaduan", 1, 1), (2, 2, "10", 1, 1)], 3, 4).model_copy(update={"page": 2})
    doc = assemble(first, second("Target 8"))
    assert [(s.text, [(i.text, i.target.unit, i.kegiatan) for i in s.indikator]) for s in doc.sasaran] == [
        ("Meningkatnya pelayanan", [("Indeks kepuasan", "%", ["1) Survei kepuasan", "2) Evaluasi layanan"]),
                                    ("Jumlah pengaduan", "%", [])])]
    assert [(w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [(2, "/sasaran/0")]
    other = assemble(first, second("Target (Rp)"))
    assert not any(w.code == "header-misread" for w in other.warnings)
    assert [(w.code, w.ref) for w in other.warnings if w.code in ("page-break-unsure", "sasaran-missing")] == [
        ("sasaran-missing", "/sasaran/1"), ("page-break-unsure", "/sasaran/0/indikator/0")]


def test_a_repeated_header_with_a_letter_misread_goes_on_with_the_table():
    """Reporting scan 1,000,443 (stop 51): page 2's header reads 'Taraet 2020' where page 1's reads
    'Target 2020'. Read as another table, page 2's targets went into an extra column named 'Taraet 2020',
    and page 3, whose header reads right again, started a third: its rows lost the Misi merged down from
    page 2, with no warning. A word of five letters or more with one letter read otherwise is the same
    name; a short word is not ('Satuan' / 'Saran' differ in more, 'Ket' / 'Kel' is too short to tell)."""
    header = [(0, 0, "Misi", 1, 1), (0, 1, "Sasaran", 1, 1), (0, 2, "Indikator", 1, 1)]
    def page(number: int, target: str, misi: str | None, sasaran: str, indikator: str) -> TablePage:
        cells = [*header, (0, 3, target, 1, 1), (1, 1, sasaran, 1, 1), (1, 2, indikator, 1, 1), (1, 3, "85 %", 1, 1)]
        return grid(cells + ([(1, 0, misi, 1, 1)] if misi else []), 2, 4).model_copy(update={"page": number})
    doc = assemble(page(1, "Target 2020", "Meningkatkan pelayanan", "Meningkatnya mutu", "Indeks kepuasan"),
                   page(2, "Taraet 2020", "Mewujudkan tata kelola", "Meningkatnya disiplin", "Jumlah pengaduan"),
                   page(3, "Target 2020", None, "Meningkatnya akses", "Angka partisipasi"))
    assert [(s.misi.text if s.misi else None, [(i.target.raw if i.target else None, i.extra) for i in s.indikator])
            for s in doc.sasaran] == [("Meningkatkan pelayanan", [("85 %", {})]),
                                      ("Mewujudkan tata kelola", [("85 %", {})]),
                                      ("Mewujudkan tata kelola", [("85 %", {})])]
    assert [(w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [(2, "/sasaran/1")]
    assert letter_misread("Taraet 2020", "Target 2020") and not letter_misread("Ket", "Kel")
    assert not letter_misread("Target 2020", "Target 2020") and not letter_misread("Satuan", "Saran")


def test_a_first_header_misread_where_the_repeated_one_reads_right_goes_on_with_the_table():
    """Reporting scan 1,000,462 (stop 51): page 1's Target header cell reads 'T', page 2's 'Target Tahun
    2026'. Page 1's targets were kept as an extra 'T' and page 2 started another table, its rows without
    the Tujuan merged down from page 1, silently. The repeated header reads the table right: the rows go
    on, page 1's cells under 'T' become their targets, and its Sasaran are flagged."""
    header = [(0, 0, "Tujuan", 1, 1), (0, 1, "Sasaran", 1, 1), (0, 2, "Indikator", 1, 1)]
    first = grid([*header, (0, 3, "T", 1, 1), (1, 0, "Mewujudkan pemerataan", 2, 1),
                  (1, 1, "Meningkatnya mutu", 1, 1), (1, 2, "Indeks kepuasan", 1, 1), (1, 3, "7 orang", 1, 1)], 2, 4)
    second = grid([*header, (0, 3, "Target Tahun 2026", 1, 1), (1, 1, "Meningkatnya disiplin", 1, 1),
                   (1, 2, "Jumlah pengaduan", 1, 1), (1, 3, "85 %", 1, 1)], 2, 4).model_copy(update={"page": 2})
    doc = assemble(first, second)
    assert [(s.tujuan.text if s.tujuan else None, [(i.target.raw if i.target else None, i.extra) for i in s.indikator])
            for s in doc.sasaran] == [("Mewujudkan pemerataan", [("7 orang", {})]),
                                      ("Mewujudkan pemerataan", [("85 %", {})])]
    assert [(w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [(1, "/sasaran/0")]
    assert not any(w.code == "no-target-column" for w in doc.warnings)


def test_a_repeated_header_naming_a_column_the_first_did_not_read_goes_on_with_the_table():
    """Dev scan 96: page 1's header cell over the last column was not read ('') and page 2's reads 'KET.':
    read as another table, page 2's rows lost their Misi silently. It goes on with the table, flagged,
    and the column takes the name read there, page 1's rows too (flagged: their header was not read)."""
    header = [(0, 0, "Misi", 1, 1), (0, 1, "Sasaran", 1, 1), (0, 2, "Indikator", 1, 1), (0, 3, "Target", 1, 1)]
    first = grid([*header, (0, 4, "", 1, 1), (1, 0, "Meningkatkan pelayanan", 1, 1), (1, 1, "Meningkatnya mutu", 1, 1),
                  (1, 2, "Indeks kepuasan", 1, 1), (1, 3, "85", 1, 1), (1, 4, "APBD", 1, 1)], 2, 5)
    second = grid([*header, (0, 4, "KET.", 1, 1), (1, 1, "Meningkatnya disiplin", 1, 1),
                   (1, 2, "Jumlah pengaduan", 1, 1), (1, 3, "10", 1, 1), (1, 4, "APBN", 1, 1)], 2, 5
                  ).model_copy(update={"page": 2})
    doc = assemble(first, second)
    assert [(s.text, s.misi.text if s.misi else None, [i.extra for i in s.indikator]) for s in doc.sasaran] == [
        ("Meningkatnya mutu", "Meningkatkan pelayanan", [{"KET.": "APBD"}]),
        ("Meningkatnya disiplin", "Meningkatkan pelayanan", [{"KET.": "APBN"}])]
    assert [(w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [(1, "/sasaran/0"), (2, "/sasaran/1")]


def test_a_repeated_header_with_a_word_lost_goes_on_with_the_table():
    """Dev scan 34: page 2's header reads 'Sasaran' where the first page's reads 'Indikator Sasaran'
    (the scan lost a word). 'Sasaran' names a Sasaran column, so the page was read as another table with
    two Sasaran columns and its rows were lost, silently. A name that is the first's with words lost goes
    on with the table, flagged; a name with a word of its own still tells another table."""
    header = [(0, 0, "Sasaran Kinerja", 1, 1), (0, 2, "Target", 1, 1)]
    first = grid([*header, (0, 1, "Indikator Sasaran", 1, 1), (1, 0, "Meningkatnya pelayanan", 2, 1),
                  (1, 1, "Indeks kepuasan", 1, 1), (1, 2, "85", 1, 1)], 3, 3)
    second = grid([*header, (0, 1, "Sasaran", 1, 1), (1, 1, "Jumlah pengaduan", 1, 1), (1, 2, "10", 1, 1)],
                  2, 3).model_copy(update={"page": 2})
    doc = assemble(first, second)
    assert [(s.text, [i.text for i in s.indikator]) for s in doc.sasaran] == [
        ("Meningkatnya pelayanan", ["Indeks kepuasan", "Jumlah pengaduan"])]
    assert [(w.page, w.ref) for w in doc.warnings if w.code == "header-misread"] == [(2, "/sasaran/0")]
    other = grid([*header, (0, 1, "Sasaran Program", 1, 1), (1, 1, "Jumlah pengaduan", 1, 1), (1, 2, "10", 1, 1)],
                 2, 3).model_copy(update={"page": 2})
    assert not any(w.code == "header-misread" for w in assemble(first, other).warnings)


def test_a_level_cells_wrapped_end_cut_off_as_a_row_in_a_table_without_rules_goes_on():
    """Dev scan 109, a table without rules: the Misi 'Mewujudkan pembangunan infrastruktur yang merata
    dan' had its last line ('berkelanjutan') set beside a Kegiatan entry that opened a row, so the
    reader gave it a cell of its own, read as a new Misi. A level text ending on a connective goes on
    with a cell in small letters under it, flagged; in a ruled table the rules tell, and nothing is joined."""
    cells = [(0, 0, "Misi", 1, 1), (0, 1, "Indikator", 1, 1), (0, 2, "Target", 1, 1), (0, 3, "Kegiatan", 1, 1),
             (1, 0, "Mewujudkan pembangunan yang merata dan", 1, 1), (1, 1, "Indeks kepuasan", 1, 1),
             (1, 2, "85", 1, 1), (1, 3, "Rapat koordinasi", 1, 1), (2, 0, "berkelanjutan", 1, 1),
             (2, 3, "Evaluasi kinerja", 1, 1)]
    unruled = grid(cells, 3, 4).model_copy(update={"ruled_rows": False})
    doc = assemble(unruled)
    assert [(s.misi.text if s.misi else None, [i.kegiatan for i in s.indikator]) for s in doc.sasaran] == [
        ("Mewujudkan pembangunan yang merata dan berkelanjutan", [["Rapat koordinasi", "Evaluasi kinerja"]])]
    assert [w.ref for w in doc.warnings if w.code == "level-span-unsure"] == ["/sasaran/0"]
    ruled = assemble(grid(cells, 3, 4))
    assert [s.misi.text for s in ruled.sasaran if s.misi] == ["Mewujudkan pembangunan yang merata dan"]
    assert not [w for w in ruled.warnings if w.code == "level-span-unsure"]


def test_a_level_cells_wrapped_lines_cut_off_under_its_first_row_go_on_with_it():
    """Dev scan 390, a table without rules: the Misi 'Mewujudkan Tata Kelola / Pemerintahan Yang Bersih
    dan Akuntabel' lost its last lines to the next row, whose indikator opened beside them: they were a
    Misi of their own, its rows' Misi wrong with no warning. Under a one-row cell opening as a level
    does, a cell opening as no level of the document does goes on with it, flagged; one opening with
    a verb of aim is a level of its own."""
    def misi(second: str) -> list[str | None]:
        cells = [(0, 0, "Misi", 1, 1), (0, 1, "Sasaran", 1, 1), (0, 2, "Indikator", 1, 1), (0, 3, "Target", 1, 1),
                 (1, 0, "Mewujudkan Tata Kelola", 1, 1), (1, 1, "Meningkatnya mutu", 1, 1),
                 (1, 2, "Indeks kepuasan", 1, 1), (1, 3, "85", 1, 1), (2, 0, second, 1, 1),
                 (2, 1, "Meningkatnya disiplin", 1, 1), (2, 2, "Jumlah pengaduan", 1, 1), (2, 3, "10", 1, 1)]
        doc = assemble(grid(cells, 3, 4).model_copy(update={"ruled_rows": False}))
        return [s.misi.text if s.misi else None for s in doc.sasaran]

    assert misi("Pemerintahan Yang Bersih dan Akuntabel") == [
        "Mewujudkan Tata Kelola Pemerintahan Yang Bersih dan Akuntabel"] * 2
    assert misi("Meningkatkan Pelayanan Publik") == ["Mewujudkan Tata Kelola", "Meningkatkan Pelayanan Publik"]
