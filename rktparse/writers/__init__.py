"""Writers, one module per output format, picked from a registry by name."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from rktparse.errors import OptionError
from rktparse.lazy import lazy_names

if TYPE_CHECKING:
    import pandas as pd

    from rktparse.models import RktDocument
    from rktparse.writers.base import TextWriter, Writer, part_files, write_atomically, write_outputs

# The base (and the models under it) loads with the first writer: the format names alone stay light.
__getattr__, __dir__ = lazy_names(__name__, {name: "rktparse.writers.base" for name in
                                             ("TextWriter", "Writer", "part_files", "write_atomically", "write_outputs")})

# kind -> "module:Class"; imported on first use: the CSV writer needs pandas, the DOCX
# writer python-docx and the XLSX writer openpyxl, which a run writing JSON never loads.
WRITERS: dict[str, str] = {
    "json": "rktparse.writers.json_writer:JsonWriter",
    "csv": "rktparse.writers.csv_writer:CsvWriter",
    "docx": "rktparse.writers.docx_writer:DocxWriter",
    "xlsx": "rktparse.writers.xlsx_writer:XlsxWriter",
    "html": "rktparse.writers.html_writer:HtmlWriter",
}


def writer_class(kind: str) -> type[Writer]:
    """The writer class registered as `kind`; an unknown kind lists the known ones."""
    try:
        module_name, class_name = WRITERS[kind].split(":")
    except KeyError:
        raise OptionError(f"unknown format {kind!r}; known formats: {', '.join(WRITERS)}") from None
    writer: type[Writer] = getattr(import_module(module_name), class_name)
    return writer


def get_writer(kind: str, **options: object) -> Writer:
    """A writer of format `kind`, given its `options`; an unknown kind lists the known ones."""
    return writer_class(kind)(**options)  # type: ignore[call-arg]


def write(doc: RktDocument, path: str | Path, kind: str | None = None, **options: object) -> Path:
    """Write `doc` to `path` in format `kind` (by default the one its suffix names: .json, .csv, .docx,
    .xlsx); a CSV of a document with programs writes `<stem>.programs.csv` beside it."""
    path = Path(path)
    return get_writer(kind or path.suffix.lstrip(".").lower(), **options).write(doc, path)


def dumps(doc: RktDocument, kind: str = "json", **options: object) -> str:
    """`doc` as the text of a text format (json, csv)."""
    from rktparse.writers.base import TextWriter

    writer = get_writer(kind, **options)
    if not isinstance(writer, TextWriter):
        raise OptionError(f"format {kind!r} is not text; write it to a file with write()")
    return writer.render_str(doc)


def to_dataframe(doc: RktDocument) -> pd.DataFrame:
    """One row per indikator, as the CSV writer lays it out."""
    from rktparse.writers.csv_writer import document_to_frame

    return document_to_frame(doc)


__all__ = ["WRITERS", "TextWriter", "Writer", "dumps", "get_writer", "to_dataframe", "write", "part_files",
           "write_atomically", "write_outputs",
           "writer_class"]
