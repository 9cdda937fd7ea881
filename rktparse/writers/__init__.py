"""Writers, one module per output format, picked from a registry by name."""

from __future__ import annotations

from rktparse.errors import OptionError
from rktparse.writers.base import TextWriter, Writer, part_files, write_atomically, write_outputs
from rktparse.writers.csv_writer import CsvWriter
from rktparse.writers.docx_writer import DocxWriter
from rktparse.writers.json_writer import JsonWriter

WRITERS: dict[str, type[Writer]] = {w.kind: w for w in (JsonWriter, CsvWriter, DocxWriter)}


def get_writer(kind: str, **options: object) -> Writer:
    """The writer registered as `kind`; an unknown kind lists the known ones."""
    try:
        writer_class = WRITERS[kind]
    except KeyError:
        raise OptionError(f"unknown format {kind!r}; known formats: {', '.join(WRITERS)}") from None
    return writer_class(**options)  # type: ignore[call-arg]


__all__ = ["WRITERS", "TextWriter", "Writer", "get_writer", "part_files", "write_atomically", "write_outputs"]
