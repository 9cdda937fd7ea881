"""Cue words: which kind of RKT cell a word typically opens (a sasaran, an indikator, a kegiatan).

Readers that must cut text into cells without rules or columns to go by (text
exports, tables without rules) ask the meaning of a line's first word; the
vocabulary lives here only.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

SASARAN, INDIKATOR, KEGIATAN = "sasaran", "indikator", "kegiatan"
_INDIKATOR_WORDS = frozenset(
    "jumlah indeks nilai tingkat rasio angka rata-rata capaian cakupan opini predikat skor proporsi".split()
)
_PERCENT_WORD = re.compile(r"^(p[er]{2}s?[ce]nta|prosenta)")  # persentase, presentase, presentasae ...
_SASARAN_WORDS = frozenset("peningkatan sosialisasi penurunan optimalisasi terwujud terlaksana".split())
# terwujudnya, meningkatnya, tersedianya, optimalnya (not 'lainnya', 'sebelumnya')
_SASARAN_FORM = re.compile(r"^((ter|me|ke)\w{3,}|(?!se)\w{5,})(nya|yna|nay)$")  # (a typing slip swaps two: 'Optimalyna')
KEGIATAN_WORDS = frozenset(
    "monitoring layanan laporan kegiatan rapat koordinasi evaluasi bimtek pelatihan fasilitasi "
    "administrasi sosialisasi reviu".split()
)
_VERB = re.compile(r"^me(ng|ny|m|n)?[a-z]{3,}$")  # melakukan, menyusun, mengikuti
_NOMINAL = re.compile(r"^pe(ng|ny|m|n|r|l)?[a-z]{2,}an$")  # penyusunan, pengelolaan, pembayaran
CONNECTORS = frozenset(
    "dan yang di ke dari dengan untuk serta atau pada secara terhadap sesuai dalam melalui oleh bagi "
    "maupun antara sebagai atas tentang para agar guna telah akan tidak per yg menuju kepada hingga".split()
)
# The connectors no whole statement ends on (only a line wrapped after them does); left out, those that
# end many: 'nilai B ke atas', 'Teknologi Tepat Guna', 'dokumen yang sesuai', 'sehat atau tidak'
NEVER_LAST = CONNECTORS - {"atas", "guna", "sesuai", "antara", "tidak", "telah", "akan", "para", "per"}

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# A source of funds, what a Keterangan or Sumber Dana cell prints: never a Kegiatan's or a Sasaran's words
_FUND_SOURCE = re.compile(
    r"^(apbn|apbd( (i|ii|provinsi|prov\.?|kabupaten|kab\.?|kota|kabupaten/kota))?|dak( fisik| non ?fisik)?|dau|dbh|"
    r"dana desa|dana alokasi (khusus|umum)|blud|bos|pad|hibah|otsus|dana otsus|dana keistimewaan)$", re.IGNORECASE)
BULLET_MARKS = frozenset("•·▪◦●►")  # the round and square marks lists are printed with (no dash: a figure's too)
LIST_MARK = "[" + re.escape("-–*" + "".join(sorted(BULLET_MARKS))) + "]"  # any mark of a list's entry, in a pattern


def is_fund_source(text: str) -> bool:
    """'APBD', 'APBD Provinsi', 'DAK', 'Dana Desa': a line naming where a Kegiatan's money comes from."""
    return bool(_FUND_SOURCE.match(text.strip()))


def first_word(text: str) -> str:
    """The first word of a line, without the punctuation around it ('Pemilu/Pemilihan' -> 'Pemilu')."""
    match = _WORD.match(text)
    return match.group(0) if match else text.split(" ", 1)[0]


@cache
def root_words() -> frozenset[str]:
    """Indonesian root words, lower case (PySastrawi's dictionary, which its stemmer reduces words to)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


def _derived(word: str) -> bool:
    """A verb or a noun made from a root ('melakukan', 'penyusunan'): not a root that only looks
    like one ('Merdeka', 'Media', 'Metode', 'perempuan')."""
    return bool(_VERB.match(word) or _NOMINAL.match(word)) and word not in root_words()


DOING = frozenset({"melakukan", "melaksanakan"})  # verbs a Kegiatan entry opens with ('melakukan penyusunan ...')


def states_aim(word: str) -> bool:
    """A me-...-kan verb ('Mewujudkan', 'Meningkatkan', 'menurunkan'): how a Misi, Tujuan or Sasaran
    states its aim, where a Kegiatan opens with a noun ('Pengelolaan') or 'melakukan'."""
    word = word.lower()
    return word.endswith("kan") and word not in DOING and _derived(word) and word.startswith("me")


# the long indikator words, which a typing slip leaves recognisable ('Persentsae', 'Capaina')
_LONG_SASARAN_WORDS = frozenset(w for w in _SASARAN_WORDS if len(w) >= 7)
_LONG_INDIKATOR_WORDS = frozenset(w for w in _INDIKATOR_WORDS | {"persentase", "presentase", "prosentase"} if len(w) >= 7)


def one_slip(word: str, known: str, swapped: bool = False) -> bool:
    """Whether `word` is `known` with one letter wrong, missing or added, or (`swapped`) two
    neighbouring letters swapped: a typing slip in print, or (without swaps) an OCR misread."""
    if word == known or abs(len(word) - len(known)) > 1:
        return False
    cut = next((k for k, (a, b) in enumerate(zip(word, known)) if a != b), min(len(word), len(known)))
    rest, other = word[cut:], known[cut:]
    return (rest[1:] == other[1:] or rest[1:] == other or rest == other[1:]
            or swapped and rest[:2] == other[1::-1] and rest[2:] == other[2:])


@lru_cache(maxsize=4096)
def opener(word: str) -> str | None:
    """Which kind of cell `word` typically opens: a sasaran, an indikator or a kegiatan."""
    word = word.lower()
    if word in _INDIKATOR_WORDS or _PERCENT_WORD.match(word) \
            or len(word) >= 6 and any(word[0] == known[0] and one_slip(word, known, swapped=True)
                                      for known in _LONG_INDIKATOR_WORDS):
        return INDIKATOR
    if word in _SASARAN_WORDS or _SASARAN_FORM.match(word) \
            or len(word) >= 7 and any(word[0] == known[0] and one_slip(word, known, swapped=True)
                                      for known in _LONG_SASARAN_WORDS):  # 'peningaktan'
        return SASARAN
    if word in KEGIATAN_WORDS or _derived(word):
        return KEGIATAN
    return None


def opens_sasaran(word: str) -> bool:
    """Whether a Sasaran opens with `word`, in either case: the state it aims at ('meningkatnya',
    'terwujudnya', 'peningkatan') or a verb of aim ('meningkatkan')."""
    return opener(word) == SASARAN or states_aim(word)


# Activities named by a borrowed noun ('Rehabilitasi', 'Normalisasi', 'Distribusi') or a few plain
# ones: a Kegiatan entry opens with them as often as with a pe-...-an noun
# ('Informasi', 'Organisasi': things an entry names, not what it does)
_ACTIVITY = re.compile(r"^[a-z]{3,}(asi|usi)$")
_ACTIVITY_WORDS = frozenset("bimbingan manajemen kampanye".split())
_THINGS = frozenset("informasi organisasi lokasi aplikasi komunikasi populasi institusi prestasi situasi".split())


def _activity(word: str) -> bool:
    return word in _ACTIVITY_WORDS or bool(_ACTIVITY.match(word)) and word not in _THINGS


def may_open(word: str, kind: str) -> bool:
    """Whether `word` may open a cell of `kind`, whichever kind it opens most often: 'Peningkatan'
    opens a Sasaran as often as a Kegiatan ('Peningkatan kualitas rumah tidak layak huni')."""
    if kind == KEGIATAN:  # a word naming an activity, or a verb ('melakukan ...')
        return names_activity(word) or _derived(word.lower())
    return opener(word) == kind


def names_activity(word: str) -> bool:
    """Whether `word` names an activity as a Kegiatan opens with one, whatever else it opens: a Kegiatan's
    noun ('Sosialisasi', a Sasaran's too), a pe-...-an noun ('Peningkatan') or a borrowed one ('Akreditasi');
    not a verb ('Meningkatkan', 'meningkatnya': a Sasaran's aim or state)."""
    lowered = word.lower()
    return lowered in KEGIATAN_WORDS or bool(_NOMINAL.match(lowered)) and lowered not in root_words() \
        or _activity(lowered)


def opens_cell(word: str) -> str | None:
    """The kind of cell `word` opens (`opener`), an activity named by a borrowed noun ('Akreditasi',
    'Rehabilitasi') counting as a Kegiatan's opening, as `may_open` reads it."""
    return opener(word) or (KEGIATAN if _activity(word.lower()) else None)


def capital_cue(text: str) -> str | None:
    """The kind of cell a line's first word opens when it is capitalised ('Capaian ...': an
    indikator); None for a first word in small letters or no cue word."""
    word = first_word(text)
    return opener(word) if word[:1].isupper() else None


def case_turn(before: str, after: str) -> float:
    """+1 where a line ending in a small word or a figure is followed by one opening with a capital (in a
    list of entries, mostly a new entry), -1 where both words are capitalised (a name going on:
    'Pembangunan Sistem' / 'Penyediaan Air Minum'), 0 otherwise (a small word after, a mark, an acronym before)."""
    last, word = before.rsplit(" ", 1)[-1], first_word(after)
    if not (word[:1].isupper() and last[:1].isalnum()):
        return 0.0
    if last.isupper() and len(last) > 1:
        return 0.0  # an acronym ends a name as often as it goes on ('SD dan SMP' / 'Akreditasi ...')
    return -1.0 if last[:1].isupper() else 1.0
