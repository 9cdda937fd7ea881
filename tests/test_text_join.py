"""Wrapped lines join with one space; a word's own hyphen at a line end joins without."""

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
    ],
)
def test_join_lines(lines, text):
    assert join_lines(lines) == text
