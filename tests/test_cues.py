"""Cue words: which kind of cell a line's first word may open."""

import pytest

from rktparse.vocabulary.cues import INDIKATOR, KEGIATAN, SASARAN, may_open, opener


@pytest.mark.parametrize(("word", "kind", "opens"), [
    # 'Peningkatan' opens Sasaran most often, and Kegiatan too ('Peningkatan kualitas rumah ...')
    ("Peningkatan", KEGIATAN, True),
    ("Peningkatan", SASARAN, True),
    ("Sosialisasi", KEGIATAN, True),
    ("melakukan", KEGIATAN, True),
    ("Rehabilitasi", KEGIATAN, False),  # no activity form: a wrap's word as well
    ("Terwujudnya", KEGIATAN, False),
    ("Jumlah", INDIKATOR, True),
    ("Peningkatan", INDIKATOR, False),
])
def test_a_word_may_open_every_kind_of_cell_it_is_used_for(word, kind, opens):
    assert may_open(word, kind) is opens


def test_the_kind_a_word_opens_most_often_is_unchanged():
    assert opener("Peningkatan") == SASARAN
