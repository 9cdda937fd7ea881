"""Is an OCR'd word a word? Indonesian words (Debian's hunspell-id), their roots, and RKT terms.

A word Tesseract was unsure of that is none of these is worth a look: "Jumiah"
for "Jumlah", "akuntabilttas". Indonesian builds words from roots with
prefixes and suffixes ("meningkatnya" from "tingkat") that the dictionary
lists only as affix rules, so a word is also known when PySastrawi's stemmer
takes it to a known root.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from rktparse.vocabulary.cues import root_words
from rktparse.vocabulary.text import starts_item

HUNSPELL_ID = Path("/usr/share/hunspell/id_ID.dic")  # Debian's hunspell-id
RKT_WORDS = Path(__file__).with_name("data") / "rkt-words.txt"
MIN_LETTERS = 3  # shorter words ("di", "a.", "b.") are list markers and particles: no check
STOPPED_LETTERS = 5  # a word this long or longer is no abbreviation ('Prof.', 'Kab.')
MIN_ITEMS = 3  # a list this long shows how its items end
ACRONYM_LETTERS = 6  # a word in capitals up to this long is an acronym (SAKIP, EKPPD, APBD)
_DUST = ".,;:'\"`~_"
PRINT_SIGNS = ".,;:%()-–/•&+*?'\"“”‘’"  # the signs RKT text is printed with; others ("©", "—", "_", "»", and
# "!", which no plan's table exclaims) are what OCR makes of a stamp, a signature, dust or an "l"
QUOTES = {"‘": "’'", "“": "”\"", '"': '"”', "'": "'’"}  # an opening quote and what closes it
BRACKETS = {"(": ")", "[": "]"}
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def vocabulary() -> frozenset[str]:
    """Every word and root known, lower case; without hunspell-id just the roots and RKT terms."""
    known: set[str] = set(root_words())
    if HUNSPELL_ID.exists():
        lines = HUNSPELL_ID.read_text(encoding="utf-8", errors="replace").splitlines()[1:]  # first line: count
        known.update(line.split("/")[0].lower() for line in lines if line)
    known.update(line.strip() for line in RKT_WORDS.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))
    return frozenset(known)


@cache
def _stemmer() -> Any:  # PySastrawi has no type hints
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def _stem(word: str) -> str:
    return str(_stemmer().stem(word))


def is_known(text: str) -> bool:
    """Whether an OCR'd word (punctuation around it allowed) is a known word, a figure, an acronym or
    too short to judge. A "|", and a word of nothing but dots, commas and quotes, is never a word:
    an "I" or "l" misread, or what is left of a rule or of dust."""
    if "|" in text or not text.strip(_DUST):
        return False
    parts = _LETTERS.findall(text)
    if not parts:
        return True
    return all(_part_known(part) for word in parts for part in word.split("-"))


def is_transposed(text: str) -> bool:
    """Whether a word is a known word with two neighbouring letters swapped ("penyuusnan",
    "Kualiats"): a typing slip in print. OCR misreads a glyph for another ("Jumiah"); it does not
    reorder them."""
    word = text.strip(_DUST)
    return any(is_known(word[:at] + word[at + 1] + word[at] + word[at + 2:])
               for at in range(len(word) - 1) if word[at] != word[at + 1] and word[at:at + 2].isalpha())


BULLET_READINGS = ("*", "+")  # signs print has, which a list bullet the ink measure did not take for a dot reads as


def bullet_read_as_sign(line: str) -> str | None:
    """The sign opening a line of words that may be a list's bullet read so ('* Pengelolaan ...' for
    '• Pengelolaan ...'): print uses it, but rarely to open a cell's line."""
    words = line.split()
    return words[0] if len(words) > 1 and words[0] in BULLET_READINGS else None


def opens_unclosed(words: list[str], index: int, marks: dict[str, str] = QUOTES) -> bool:
    """Whether word `index` opens with one of `marks` (a quote, or a bracket) that nothing after it
    closes: a speck read as one ('Penyusunan ‘analisis jabatan', reporting scan 1000171; '(Capaian
    jembatan', development scan 179), as print closes what it quotes or brackets."""
    closing = marks.get(words[index][:1])
    return closing is not None and not any(mark in word for word in [words[index][1:], *words[index + 1:]]
                                           for mark in closing)


def lone_letter(words: list[str], index: int) -> bool:
    """Whether word `index` is one small letter standing alone: not a list marker ('a.', 'b)') nor a
    unit after a figure ('100 m'), it is no word of Indonesian print but a speck or a stroke read as
    one ('kelahiran hidup h')."""
    before = words[index - 1] if index else ""
    return len(words[index]) == 1 and words[index].islower() and not any(char.isdigit() for char in before)


def stop_glued(words: list[str], index: int) -> bool:
    """Whether word `index` is a word of letters with a full stop glued on, ending the cell or before
    a word in small letters: where a speck at the foot of its last letter reads ('pendidik.', 'secara.
    berkelanjutan'; development scans 208, 232). Print ends no sentence there, and a stop after an
    abbreviation ('Rp.', 'Kab.', 'dll.') is read surely."""
    after = words[index + 1] if index + 1 < len(words) else ""
    return stopped(words[index]) and (not after or after[:1].islower())


def stopped(word: str) -> bool:
    """Whether the word is one of letters with a full stop glued on."""
    return len(word) > 2 and word.endswith(".") and word[:-1].isalpha()


def odd_item_stop(lines: list[str]) -> int | None:
    """The index among the cell's words of the last word of the one item, in a list of MIN_ITEMS
    or more, that ends on a stop glued to a word of letters where none of the others does: a
    speck at the foot of its last letter, however surely read ('3. ... di 6 kecamatan.' among four
    items, development scan 374)."""
    starts = [k for k, line in enumerate(lines) if starts_item(line)]
    counts = [len(line.split()) for line in lines]
    ends = [sum(counts[:stop]) - 1 for stop in [*starts[1:], len(lines)]]
    words = " ".join(lines).split()
    odd = [end for end in ends if stopped(words[end])] if len(starts) >= MIN_ITEMS else []
    return odd[0] if len(odd) == 1 else None


def stop_in_sentence(words: list[str], index: int) -> bool:
    """Whether word `index` is a known word of STOPPED_LETTERS letters or more with a full stop glued on,
    before a word in small letters: a speck read as a stop however surely ('Pengelolaan. pelayanan',
    'cakupan.' / 'imunisasi' at 0.94 and 0.96: development scans 367, 379). The abbreviations print
    stops mid-sentence ('Kab.', 'dll.', 'Prof.') are shorter or no words."""
    after = words[index + 1] if index + 1 < len(words) else ""
    return bool(after) and stop_glued(words, index) and len(words[index]) > STOPPED_LETTERS \
        and is_known(words[index][:-1])


_MISCASED = re.compile(r"[a-z]{2}[A-Z]\b")  # 'umuM': print ends no word in small letters with one capital


def is_stray(text: str) -> bool:
    """Whether an OCR'd word holds a sign print does not use, or a capital where print has none
    ('umuM', a real RKT scanned: 'umum' with its 'm' read large): a mark read as text, however surely."""
    return any(not char.isalnum() and char not in PRINT_SIGNS for char in text) or bool(_MISCASED.search(text))


def _part_known(word: str) -> bool:
    if len(word) < MIN_LETTERS or (word.isupper() and len(word) <= ACRONYM_LETTERS):
        return True
    lower = word.lower()
    return lower in vocabulary() or _stem(lower) in vocabulary()
