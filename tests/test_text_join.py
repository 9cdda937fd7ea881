"""Wrapped lines join with one space; a word's own hyphen at a line end, or a break inside a grouped
figure, joins without."""

import pytest

from rktparse.assemble.text import join_lines


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["Terlaksananya penyusunan", "Keputusan KPU"], "Terlaksananya penyusunan Keputusan KPU"),
        (["ketentuan perundang-", "undangan"], "ketentuan perundang-undangan"),
        (["penerapan e-", "government KPU"], "penerapan e-government KPU"),
        (["Milik  Negara  secara baik ", ""], "Milik Negara secara baik"),
        (["Target 2016 -", "2017"], "Target 2016 - 2017"),
        (["tahun 2016-", "2017"], "tahun 2016- 2017"),
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
