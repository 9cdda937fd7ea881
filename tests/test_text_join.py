"""Wrapped lines join with one space; a word's own hyphen at a line end, or a break inside a grouped
figure, joins without."""

import pytest

from rktparse.vocabulary.text import inside_items, join_lines


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["Terlaksananya penyusunan", "Keputusan KPU"], "Terlaksananya penyusunan Keputusan KPU"),
        (["ketentuan perundang-", "undangan"], "ketentuan perundang-undangan"),
        (["penerapan e-", "government KPU"], "penerapan e-government KPU"),
        (["Milik  Negara  secara baik ", ""], "Milik Negara secara baik"),
        (["Target 2016 -", "2017"], "Target 2016 - 2017"),
        # a range's hyphen at a wrap, before a figure ('A (70-' / '75)': reporting seed 1,001,210, born-digital)
        (["tahun 2016-", "2017"], "tahun 2016-2017"),
        (["A (70-", "75)"], "A (70-75)"),
        (["Target 2016-", "dan 2017"], "Target 2016- dan 2017"),
        (["damai,taat ", "atuan"], "damai,taat atuan"),
        ([], ""),
        # a narrow Target column breaks a grouped figure: its pieces join without a space
        (["Rp 12.500.00", "0.000"], "Rp 12.500.000.000"),
        (["Rp. 140.000.000.", "000"], "Rp. 140.000.000.000"),
        (["Rp1.720.", "000.000.0", "00"], "Rp1.720.000.000.000"),
        (["Rp 12", ".500.000"], "Rp 12.500.000"),
        # two figures on two lines stay two
        (["2023", "2024"], "2023 2024"),
        (["1.000", "2.000"], "1.000 2.000"),
        (["100.000", "200"], "100.000 200"),
        (["10", "(234 Temuan)"], "10 (234 Temuan)"),
        # a narrow column breaks a word before its last letter: no Indonesian word is one letter
        (["Meningkatny", "a Produksi tanaman"], "Meningkatnya Produksi tanaman"),
        (["per tahun(pelak", "u/kab/kota)"], "per tahun(pelaku/kab/kota)"),
        (["lembaga kemasyarakatanny", "a"], "lembaga kemasyarakatannya"),
        # a lettered item, a capital or a figure before it is no broken word
        (["Jumlah rekomendasi", "a. Persentase"], "Jumlah rekomendasi a. Persentase"),
        (["Program", "A Kegiatan"], "Program A Kegiatan"),
        (["Rp 2", "x 3"], "Rp 2 x 3"),
    ],
)
def test_join_lines(lines, text):
    assert join_lines(lines) == text


@pytest.mark.parametrize(
    ("text", "line", "goes_on"),
    [
        ("Rp 12.500.00", "0.000", True),  # a grouped figure broken inside
        ("20 (94", "Temuan)", True),  # a bracket left open
        ("Rp", "56.100.000.00", True),  # the currency printed alone above its amount
        ("Rp.", "4.420.000.000.", True),
        ("Rp", "Tepat waktu", False),
        ("100 %", "85 %", False),  # a whole figure: the next line is another row's
        ("Rp 1.000.000", "2.000.000", False),
        ("Sangat Baik", "95", False),
    ],
)
def test_a_figure_goes_on_only_where_it_was_left_open(text, line, goes_on):
    from rktparse.vocabulary.text import figure_goes_on

    assert figure_goes_on(text, line) is goes_on


@pytest.mark.parametrize(("lines", "inside"), [
    (["4) Pembangunan Sistem", "Penyediaan Air Minum", "5) Normalisasi saluran"], {1}),
    (["a. Reviu Laporan Keuangan oleh Aparat", "Pengawasan Intern", "secara berkala", "b. Pemeriksaan"], {1, 2}),
    (["• Pembangunan Sistem", "Penyediaan Air Minum", "• Normalisasi"], {1}),
    (["9. Penagihan tunggakan", "Pajak Bumi", "10. Pendataan"], {1}),
    # an entry without a marker after a list, or between two lists, is an entry of its own
    (["1. Pembinaan disiplin", "Pengelolaan aplikasi", "1. Penilaian kompetensi"], set()),
    (["1) Pembinaan disiplin", "Pengelolaan aplikasi", "2. Penilaian kompetensi"], set()),
    (["a. Pembinaan disiplin", "Pengelolaan aplikasi", "c. Penilaian kompetensi"], set()),
    (["- Pembinaan disiplin", "Pengelolaan aplikasi", "• Penilaian kompetensi"], set()),
    (["2. Pembinaan disiplin", "Pengelolaan aplikasi"], set()),
    # a marker alone: its words did not fit beside it
    (["b. Manajemen dan rekayasa", "c.", "Pemasangan rambu dan", "marka jalan"], {2}),
])
def test_lines_between_an_item_and_the_next_of_its_list_go_on_with_it(lines, inside):
    assert inside_items(lines) == inside
