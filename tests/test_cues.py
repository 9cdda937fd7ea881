"""Cue words: which kind of cell a line's first word may open."""

import pytest

from rktparse.vocabulary.cues import (
    INDIKATOR,
    KEGIATAN,
    SASARAN,
    case_turn,
    may_open,
    names_activity,
    opener,
    states_aim,
)
from rktparse.vocabulary.targets import WORD_VALUE, WORD_VALUE_HEAD


@pytest.mark.parametrize(("word", "kind", "opens"), [
    # 'Peningkatan' opens Sasaran most often, and Kegiatan too ('Peningkatan kualitas rumah ...')
    ("Peningkatan", KEGIATAN, True),
    ("Peningkatan", SASARAN, True),
    ("Sosialisasi", KEGIATAN, True),
    ("melakukan", KEGIATAN, True),
    # a borrowed activity noun opens Kegiatan entries too (unruled dev seeds 2469, 2721: two entries
    # packed in one cell, silent); a thing an entry names does not
    ("Rehabilitasi", KEGIATAN, True),
    ("Distribusi", KEGIATAN, True),
    ("Informasi", KEGIATAN, False),
    ("Terwujudnya", KEGIATAN, False),
    ("Jumlah", INDIKATOR, True),
    ("Peningkatan", INDIKATOR, False),
])
def test_a_word_may_open_every_kind_of_cell_it_is_used_for(word, kind, opens):
    assert may_open(word, kind) is opens


@pytest.mark.parametrize("word", ["Merdeka", "Media", "Metode", "Mekanisme", "Menteri", "perempuan"])
def test_a_root_word_shaped_like_a_verb_or_a_noun_from_one_opens_nothing(word):
    assert opener(word) is None and not may_open(word, KEGIATAN)


def test_the_kind_a_word_opens_most_often_is_unchanged():
    assert opener("Peningkatan") == SASARAN


@pytest.mark.parametrize("mark", ["-", "–", "*", "•", "·", "▪", "◦", "●", "►"])
def test_every_stage_reads_the_same_list_marks(mark):
    from rktparse.assemble.split import listed_items
    from rktparse.readers.text.lines import is_item
    from rktparse.vocabulary.headers import is_bullet
    from rktparse.vocabulary.text import starts_item

    entry = f"{mark} Rapat koordinasi"
    assert is_bullet(mark) and starts_item(entry) and is_item(entry)
    assert listed_items(["Kegiatan:", entry, "lanjutan"])[1][0].lines == ["Rapat koordinasi", "lanjutan"]


def test_a_verb_of_aim_opens_a_misi_or_tujuan_not_a_kegiatan():
    assert [word for word in ("Mewujudkan", "meningkatkan", "Menurunkan", "melakukan", "Pengelolaan", "Merdeka")
            if states_aim(word)] == ["Mewujudkan", "meningkatkan", "Menurunkan"]


@pytest.mark.parametrize(("word", "kind"), [
    ("Persentsae", INDIKATOR),  # two letters swapped (pymupdf dev 2036: joined to the Sasaran above it)
    ("Prosentse", INDIKATOR),  # one missing
    ("Capaiian", INDIKATOR),  # one added
    ("Cakupsn", INDIKATOR),  # one wrong
    ("Pelayanan", KEGIATAN),  # a word of its own, one letter from no indikator word
    ("Presiden", None),
])
def test_a_long_indikator_word_with_one_typing_slip_still_opens_an_indikator(word, kind):
    assert opener(word) == kind


@pytest.mark.parametrize(("word", "kind"), [
    ("peningaktan", SASARAN),  # two letters swapped (layout dev 8107: read as the tail of the Sasaran above)
    ("Penurnuan", SASARAN),
    ("Terwjuud", SASARAN),
    ("Tercapaiyna", SASARAN),  # the -nya's letters swapped (layout dev 2822: read as the Sasaran above's last words)
    ("Optimalyna", SASARAN),
    ("lainnya", None),  # not a Sasaran's -nya form
    ("Penanganan", KEGIATAN),  # a word of its own, more than a slip from 'peningkatan'
    ("Pelayanan", KEGIATAN),
])
def test_a_sasaran_word_with_one_typing_slip_still_opens_a_sasaran(word, kind):
    assert opener(word) == kind


@pytest.mark.parametrize(("before", "after", "turn"), [
    ("melakukan pembinaan Gerakan Literasi", "Sekolah", -1.0),  # a name going on
    ("Pembangunan Sistem", "Penyediaan Air Minum", -1.0),
    ("Rehabilitasi ruang kelas SD dan SMP", "Akreditasi satuan pendidikan", 0.0),  # an acronym ends names as often
    ("Pemeriksaan reguler Perangkat Daerah di 17 kecamatan", "Penanganan pengaduan", 1.0),  # a new entry, mostly
    ("Pendataan anak tidak", "sekolah", 0.0),
])
def test_case_turn_tells_a_name_going_on_from_a_new_entry(before, after, turn):
    assert case_turn(before, after) == turn


def test_targets_in_words_and_their_first_lines():
    for text in ("Sangat Baik", "Kategori Baik", "Predikat BB", "Tepat waktu", "Opini WTP", "Terlaksana",
                 "Tersusun dan ditetapkan", "Dilaksanakan"):
        assert WORD_VALUE.fullmatch(text), text
    # a sentence going on, a Sasaran's '-nya' form, an indikator: no value
    for text in ("tertagih", "Terlaksananya", "Terwujudnya tata kelola", "Tepat waktu sesuai jadwal", "Dinas"):
        assert not WORD_VALUE.fullmatch(text), text
    assert WORD_VALUE_HEAD.fullmatch("Tepat") and WORD_VALUE_HEAD.fullmatch("Tersusun dan")
    # a Satuan column prints these beside the target ('Opini' / 'WTP', the Garut sample): no value's head
    assert not any(WORD_VALUE_HEAD.fullmatch(word) for word in ("Opini", "Predikat", "Kategori", "Level"))


def test_names_activity_as_a_kegiatan_opens_whatever_else_the_word_opens():
    assert names_activity("Peningkatan") and names_activity("Sosialisasi") and names_activity("Akreditasi")
    assert not names_activity("Meningkatkan") and not names_activity("meningkatnya") and not names_activity("Persentase")
