"""The nothing-lost check: every word printed in the table must land in the output."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rktparse.assemble.text import words_of
from rktparse.models import RktDocument, Warning

MAX_QUOTED = 30


def document_texts(doc: RktDocument) -> Iterable[str]:
    """Every text field of the document's table content."""
    for sasaran in doc.sasaran:
        yield from (sasaran.no or "", sasaran.text)
        for level in (sasaran.misi, sasaran.tujuan, sasaran.group):
            if level is not None:
                yield from (level.no or "", level.text)
        for indikator in sasaran.indikator:
            yield from (indikator.no or "", indikator.text, indikator.target.raw if indikator.target else "")
            yield from (target.raw for target in indikator.periods.values())
            yield from indikator.periods.keys()  # printed sub-headers
            yield from indikator.kegiatan
            yield from indikator.extra.values()
            yield from indikator.extra.keys()  # printed headers of extra columns
    for program in doc.programs:
        yield from (program.no or "", program.text)
        yield from program.extra.values()
        yield from program.extra.keys()


def unplaced_words(
    printed: Iterable[tuple[int, str]], doc: RktDocument, furniture: Iterable[str]
) -> list[tuple[int, str]]:
    """(page, word) of each word printed in the table region that no output field holds.

    `furniture` is the text of header and column-number rows: printed in the
    table, deliberately not data.
    """
    placed = Counter(w for text in document_texts(doc) for w in words_of(text))
    placed.update(w for text in furniture for w in words_of(text))
    missing = []
    for page, word in printed:
        for token in words_of(word):
            if placed[token] > 0:
                placed[token] -= 1
            else:
                missing.append((page, token))
    return missing


def coverage_warning(missing: list[tuple[int, str]]) -> Warning | None:
    if not missing:
        return None
    quoted = ", ".join(f"'{word}' (p. {page})" for page, word in missing[:MAX_QUOTED])
    more = f" and {len(missing) - MAX_QUOTED} more" if len(missing) > MAX_QUOTED else ""
    return Warning(
        code="words-not-placed",
        message=f"{len(missing)} word(s) printed in the table are in no output field: {quoted}{more}",
        page=missing[0][0],
    )
