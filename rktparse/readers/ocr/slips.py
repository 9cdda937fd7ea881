"""Words a scan's reading gives once where the document prints a word a letter away from them often.

Tesseract misreads a glyph for another and may land on a real word ("berkala" read "berkata",
"bagi" read "bagai"): the dictionary check (`words.is_known`) passes it, and its confidence may
be high. An RKT repeats its words, though ("secara berkala" closes entry after entry): a word read
once that is one letter from a word the document reads again and again is likely that word
misread. A short word ("dai" for "dan") is too like others to tell by itself, but not between the
words it is read between: "Bumi dai Bangunan" where the document reads "Bumi dan Bangunan" too,
and "dan" far more often than "dai".
It is kept as read, with a review note: a person checks it against the scan; but where the document
reads the other word between the very words it stands between three times and more ("secara
berkata" once, "secara berkala" a dozen times), the other word is taken, and the note says so.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeAlias

from rktparse.grid import ReaderNote, TablePage
from rktparse.vocabulary.cues import CONNECTORS, one_slip
from rktparse.vocabulary.text import item_text

MIN_LETTERS = 4  # shorter words ("dan", "di") are too alike to tell a slip by
MIN_PHRASE_LETTERS = 3  # but for "dai" between the words "dan" stands between often
MIN_SEEN = 2  # how often the document must read the word a slip would stand for
MAX_SLIPS = 2  # a glyph misread alike on two lines ('bagi' read 'bagai' twice, dev scan 83) is still a slip,
OFTENER = 3  # where the word it stands for is read at least this many times as often
CONNECTIVE_OFTENER = 10  # a connective ('dan') read this many times as often as a short word a letter from it
CASE_OFTENER = 2  # a word's other case, beside the same word, read this many times as often as its own
QUOTE = 60
_LETTERS = re.compile(r"[^\W\d_]+")
CaseKey: TypeAlias = tuple[str, str, str, bool]  # ('after' or 'before', the word beside, the word in small letters, capitalised)
CasedWord: TypeAlias = tuple[str, bool, list[CaseKey]]  # a word, whether its case is odd beside its neighbours, its keys


def slip_notes(tables: list[TablePage]) -> list[ReaderNote]:
    """A review note on each cell holding a word read once (or twice, beside a word read three times
    as often) one letter from a word read often; the words the document's own phrases put right
    first (`fix_slips`)."""
    notes = fix_slips(tables)
    counts = Counter(word.lower() for table in tables for cell in table.cells for word in _LETTERS.findall(cell.text))
    frequent = [word for word, seen in counts.most_common() if seen >= MIN_SEEN and len(word) >= MIN_LETTERS]
    between = _between(tables)
    cased = {id(cell): _cased_words(cell.lines) for table in tables for cell in table.cells}
    contexts: Counter[CaseKey] = Counter(key for words in cased.values() for _, _, keys in words for key in keys)
    opened: Counter[str] = Counter()  # capitalised openings: by word, and by table column
    capitals: Counter[tuple[int, int]] = Counter()
    for table in tables:
        for cell in table.cells:
            for word in _openings(cell.lines):
                if word[0].isupper():
                    opened[word.lower()] += 1
                    capitals[id(table), cell.col] += 1
    for table in tables:
        for cell in table.cells:
            slips = [(word, near, counts[near]) for word in _LETTERS.findall(cell.text)
                     if counts[word.lower()] <= MAX_SLIPS and len(word) >= MIN_LETTERS
                     and (near := _near(word.lower(), frequent)) is not None
                     and (counts[word.lower()] == 1 or counts[near] >= OFTENER * counts[word.lower()])]
            slips += _short_slips(cell.text, between, counts)
            if slips:
                named = ", ".join(f"{word!r} (the document reads {near!r} {seen} times)" for word, near, seen in slips)
                notes.append(ReaderNote(code="ocr-word-unlike-document", page=table.page, cell=cell.bbox,
                                        message=f"page {table.page}: {cell.text[:QUOTE]!r} holds {named}: "
                                                f"a misread letter, most likely; check it against the scan"))
            if small := _small_openings(cell.lines, opened, capitals[id(table), cell.col]):
                named = ", ".join(f"{word!r} ({why})" for word, why in small)
                notes.append(ReaderNote(code="ocr-word-unlike-document", page=table.page, cell=cell.bbox,
                                        message=f"page {table.page}: {cell.text[:QUOTE]!r} opens an entry with "
                                                f"{named}: a capital read small, most likely; check it against the scan"))
            if recased := _case_slips(cased[id(cell)], contexts):
                named = ", ".join(f"{word!r} (the document reads {phrase!r} {seen} times)" for word, phrase, seen in recased)
                notes.append(ReaderNote(code="ocr-word-unlike-document", page=table.page, cell=cell.bbox,
                                        message=f"page {table.page}: {cell.text[:QUOTE]!r} holds {named}: a letter "
                                                f"read in the other case, most likely; check it against the scan"))
            if sign := _SIGN_FOR_FIGURE.search(cell.text):
                notes.append(ReaderNote(code="ocr-word-unlike-document", page=table.page, cell=cell.bbox,
                                        message=f"page {table.page}: {cell.text[:QUOTE]!r} holds {sign.group(1)!r} "
                                                f"between words in small letters, where print has a figure ('di 8 "
                                                f"kecamatan'): a misread figure, most likely; check it against the scan"))
    return notes


# Letters Tesseract reads in either case by their size alone: 'sosialisasi' opening an entry where the
# document opens it with a capital elsewhere; and 'j', whose dot a scan may lose ('jumlah pegawai ...',
# reporting scan 1,001,219)
_WORD_AT_START = re.compile(r"^[^\W\d_]+")
_CASELESS_SHAPES = frozenset("cosuvwxzj")


def _small_openings(lines: list[str], opened: Counter[str], capitals: int) -> list[tuple[str, str]]:
    """The words opening a cell's entries in a small letter of a caseless shape, where the document
    opens others with the capital or the cell's column opens `capitals` entries with capitals
    (reporting scan 1,000,876: '3. sosialisasi ...', an item a row in a table without rules, between
    '2. Penagihan ...' and '4. Rekonsiliasi ...'), with why."""
    found = []
    for word in _openings(lines):
        if word[0] not in _CASELESS_SHAPES:
            continue
        if opened[word.lower()] >= MIN_SEEN:
            found.append((word, f"the document opens {opened[word.lower()]} others with {word.capitalize()!r}"))
        elif capitals >= MIN_SEEN:
            found.append((word, f"its column opens {capitals} entries with a capital"))
    return found


def _openings(lines: list[str]) -> list[str]:
    """The words a cell's entries open with: its first word, and the first of each list entry."""
    texts = [text for line in lines if (text := item_text(line)) is not None]
    if lines and item_text(lines[0]) is None:
        texts.insert(0, lines[0])
    return [word.group() for text in texts if (word := _WORD_AT_START.match(text))]


def _cased_words(lines: list[str]) -> list[CasedWord]:
    """Each word inside a cell's text, whether its case is other than that of the nearest words beside
    it ('air Minum', 'Child immunization'; not 'Jalan dan Jembatan'), and its keys: ('after',
    the word before as read, the word in small letters, whether capitalised) and, unless it opens a
    line (which may open an entry no marker opens), ('before', the word after, ...). Words in capitals
    and short words are left out; the word beside keeps its case ('Air Minum' names a service, 'air
    minum' is water)."""
    words = []  # (word, opens an entry, opens a line)
    for k, line in enumerate(lines):
        text = item_text(line)
        found = _LETTERS.findall(line if text is None else text)
        words += [(word, at == 0 and (k == 0 or text is not None), at == 0) for at, word in enumerate(found)]
    out = []
    for at, (word, opens, line_start) in enumerate(words):
        if opens or len(word) < MIN_LETTERS or not (word.islower() or word[1:].islower()):
            continue
        capital = word[0].isupper()
        beside = [other for other in (_nearest(words[:at][::-1]), _nearest(words[at + 1:])) if other]
        keys = [("after", words[at - 1][0], word.lower(), capital)] if at else []
        if not line_start and at + 1 < len(words):
            keys.append(("before", words[at + 1][0], word.lower(), capital))
        out.append((word, all(other[0].isupper() != capital for other in beside), keys))
    return out


def _nearest(words: list[tuple[str, bool, bool]]) -> str:
    """The first of `words` long enough to show a text's case ('dan' stays small in title case)."""
    return next((word for word, _, _ in words if len(word) >= MIN_LETTERS), "")


def _case_slips(words: list[CasedWord], contexts: Counter[CaseKey]) -> list[tuple[str, str, int]]:
    """The words of a cell (`_cased_words`) read in another case than the words beside them, where the
    document (`contexts`: how often it reads each word inside a text in each case, after and before
    each word) reads them in the other case beside the same word CASE_OFTENER times as often at least
    ('terlayani air Minum' where 'air minum' stands in other indikator: reporting scan 1,001,053), each
    with that phrase and how often it is read: Tesseract judges a letter's case by its size, and may
    misjudge it. A word the document reads nowhere else is left ('sesuai Standar pelayanan', 1,001,057)."""
    found = []
    for word, odd, keys in words:
        for kind, beside, lower, capital in keys if odd else []:
            seen, other = contexts[kind, beside, lower, capital], contexts[kind, beside, lower, not capital]
            if seen <= MAX_SLIPS and other >= max(MIN_SEEN, CASE_OFTENER * seen):
                cased = lower.capitalize() if not capital else lower
                found.append((word, f"{beside} {cased}" if kind == "after" else f"{cased} {beside}", other))
                break
    return found


# An '&' between words in small letters ('di & kecamatan'): print joins names with one ('Sarana & Prasarana'),
# and Tesseract reads an '8' as one; or a bullet, which opens an entry ('di • kecamatan': a '6', reporting scan
# 1,001,195)
_SIGN_FOR_FIGURE = re.compile(r"\b[a-z]+ ([&•]) [a-z]+\b")


def fix_slips(tables: list[TablePage]) -> list[ReaderNote]:
    """Each word read at most MAX_SLIPS times, one letter from a word the document reads OFTENER times
    as often and OFTENER times at least between the same two words (a cell's edge counting as a
    word, but not on both sides), set as that word in its cell and its table's words; a review note
    keeps the reading. Acronyms are left: 'APBD' and 'APBN' are both printed alone in a cell."""
    counts = Counter(word.lower() for table in tables for cell in table.cells for word in _LETTERS.findall(cell.text))
    between = _between(tables)
    notes = []
    for table in tables:
        for cell in table.cells:
            found = [(k, match) for k, line in enumerate(cell.lines) for match in _LETTERS.finditer(line)]
            words = [""] + [match.group().lower() for _, match in found] + [""]
            fixes = [(k, match, near, there[near]) for at, (k, match) in enumerate(found)
                     if words[at] + words[at + 2] and not match.group().isupper()  # a word beside; no acronym
                     and (near := _phrase_word(words[at + 1], there := between[words[at], words[at + 2]], counts))]
            for k, match, near, seen in reversed(fixes):  # right to left: the spans before stay valid
                line, read = cell.lines[k], match.group()
                cell.lines[k] = line[:match.start()] + _cased(near, read) + line[match.end():]
                _replace_word(table.words, read, _cased(near, read))
                notes.append(ReaderNote(code="ocr-word-unlike-document", page=table.page, cell=cell.bbox,
                                        message=f"page {table.page}: OCR read {read!r} in {line[:QUOTE]!r}, taken "
                                                f"as {near!r}, which the document reads between the same words "
                                                f"{seen} times: check it against the scan"))
    return notes


def _phrase_word(word: str, there: Counter[str], counts: Counter[str]) -> str | None:
    """The word one letter from `word` read OFTENER times at least where `word` stands, and OFTENER
    times as often as it over the document; None when `word` is read more than MAX_SLIPS times."""
    if len(word) < MIN_PHRASE_LETTERS or counts[word] > MAX_SLIPS:
        return None
    return next((other for other, seen in there.most_common() if seen >= OFTENER
                 and counts[other] >= OFTENER * counts[word] and one_slip(word, other)), None)


def _cased(word: str, like: str) -> str:
    """`word` (in small letters) capitalised where `like` is (words in capitals are left unfixed)."""
    return word.capitalize() if like[:1].isupper() else word


def _replace_word(words: list[str], read: str, fixed: str) -> None:
    """The first of a table's words holding `read` as a word, with `fixed` for it."""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(read)}(?![^\W\d_])")
    for index, word in enumerate(words):
        if pattern.search(word):
            words[index] = pattern.sub(fixed, word, count=1)
            return


def _between(tables: list[TablePage]) -> dict[tuple[str, str], Counter[str]]:
    """How often each word is read between each pair of words, in small letters; a cell's edge is ''."""
    between: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for table in tables:
        for cell in table.cells:
            words = ["", *_LETTERS.findall(cell.text.lower()), ""]
            for before, word, after in zip(words, words[1:], words[2:]):
                between[before, after][word] += 1
    return between


def _short_slips(text: str, between: dict[tuple[str, str], Counter[str]], counts: Counter[str]
                 ) -> list[tuple[str, str, int]]:
    """The short words of `text` read at most MAX_SLIPS times, between two words the document reads
    elsewhere with a word one letter from them between, itself read OFTENER times as often, or in small
    letters between two words in small letters, one letter from a connective the document reads
    CONNECTIVE_OFTENER times as often ('jabatan dar beban kerja', 'dan' read 40 times, reporting scan
    1,001,818: a real word, so no dictionary check stops it): each with that word and how often it is read."""
    words = _LETTERS.findall(text)
    slips = []
    for before, word, after in zip(words, words[1:], words[2:]):
        seen = counts[word.lower()]
        there = between.get((before.lower(), after.lower()), Counter())
        if len(word) >= MIN_LETTERS or seen > MAX_SLIPS:
            continue
        near = next((other for other in there if counts[other] >= OFTENER * seen and one_slip(word.lower(), other)), None)
        if near is None and (before + word + after).islower() and word not in CONNECTORS:
            near = next((other for other in CONNECTORS if counts[other] >= CONNECTIVE_OFTENER * seen
                         and one_slip(word, other)), None)
        if near is not None:
            slips.append((word, near, counts[near]))
    return slips


def _near(word: str, frequent: Iterable[str]) -> str | None:
    """The most often read of `frequent` (most common first) one letter from `word`, or one glyph read
    as two or two as one ('Posyaridu' for 'Posyandu', harsh development scan 57: silent)."""
    return next((other for other in frequent if one_slip(word, other) or glyph_split(word, other)), None)


# Glyphs Tesseract reads as two letters on a coarse scan, and pairs it reads as one
_SPLIT_GLYPHS = (("ri", "n"), ("rn", "m"), ("ni", "m"), ("cl", "d"), ("li", "h"), ("vv", "w"), ("ii", "u"))


def glyph_split(word: str, known: str) -> bool:
    """Whether `word` is `known` with one of its glyphs read as two letters, or two as one."""
    if abs(len(word) - len(known)) != 1:
        return False
    return any(word[:at] + new + word[at + len(old):] == known
               for two, one in _SPLIT_GLYPHS for old, new in ((two, one), (one, two))
               for at in range(len(word)) if word.startswith(old, at))
