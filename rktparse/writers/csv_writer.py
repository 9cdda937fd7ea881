"""CSV: one row per (sasaran, indikator, kegiatan), Sasaran filled down; the programs of a PK in
`<stem>.programs.csv`. The layout is `writers/table.py`'s, shared with the XLSX writer."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from rktparse.models import RktDocument
from rktparse.writers.base import Content, TextWriter
from rktparse.writers.table import (
    INDIKATOR_COLUMNS,
    PROGRAM_COLUMNS,
    Record,
    columns_of,
    indikator_records,
    inert,
    program_records,
)


def records_to_frame(records: list[Record], base: list[str]) -> pd.DataFrame:
    return pd.DataFrame(records, columns=columns_of(records, base))


def document_to_frame(doc: RktDocument) -> pd.DataFrame:
    """The indikator rows as a DataFrame; extra columns follow the base ones under their printed headers."""
    return records_to_frame(indikator_records(doc), INDIKATOR_COLUMNS)


class CsvWriter(TextWriter):
    kind = "csv"
    suffix = ".csv"

    def __init__(self, bom: bool = False) -> None:
        self.bom = bom

    def _csv(self, frame: pd.DataFrame) -> str:
        text = frame.map(inert).to_csv(index=False, lineterminator="\n")
        return ("\ufeff" if self.bom else "") + text

    def render_str(self, doc: RktDocument) -> str:
        return self._csv(document_to_frame(doc))

    def files(self, doc: RktDocument, path: Path) -> list[tuple[Path, Content]]:
        """The indikator CSV, and beside it `<stem>.programs.csv` when the document lists programs."""
        made = super().files(doc, path)
        if doc.programs:
            programs = self._csv(records_to_frame(program_records(doc), PROGRAM_COLUMNS))
            made.append((path.with_name(f"{path.stem}.programs.csv"), programs.encode(self.encoding)))
        return made
