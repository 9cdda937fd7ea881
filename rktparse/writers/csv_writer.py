"""CSV: one row per (sasaran, indikator, kegiatan), Sasaran filled down."""

from __future__ import annotations

from typing import Any

import pandas as pd

from rktparse.models import RktDocument
from rktparse.writers.base import TextWriter

BASE_COLUMNS = [
    "sasaran_no", "sasaran", "indikator_no", "indikator", "target", "target_value",
    "target_unit", "target_kind", "kegiatan", "pages",
]
LEVEL_COLUMNS = ["misi", "tujuan", "group"]


def _pages(pages: list[int]) -> str:
    return ";".join(str(p) for p in pages)


def document_to_records(doc: RktDocument) -> list[dict[str, Any]]:
    records = []
    for sasaran, indikator in doc.indikator_rows():
        base: dict[str, Any] = {
            "sasaran_no": sasaran.no,
            "sasaran": sasaran.text,
            "indikator_no": indikator.no,
            "indikator": indikator.text,
            "target": indikator.target.raw if indikator.target else None,
            "target_value": indikator.target.value if indikator.target else None,
            "target_unit": indikator.target.unit if indikator.target else None,
            "target_kind": indikator.target.kind.value if indikator.target else None,
            "pages": _pages(indikator.pages),
            "misi": sasaran.misi.text if sasaran.misi else None,
            "tujuan": sasaran.tujuan.text if sasaran.tujuan else None,
            "group": sasaran.group.text if sasaran.group else None,
            **{f"target {label}": target.raw for label, target in indikator.periods.items()},
            **indikator.extra,
        }
        entries: list[str | None] = list(indikator.kegiatan) or [None]  # an indikator without kegiatan: one row
        records += [{**base, "kegiatan": kegiatan} for kegiatan in entries]
    return records


def document_to_frame(doc: RktDocument) -> pd.DataFrame:
    """The indikator rows as a DataFrame; extra columns follow the base ones under their printed headers."""
    records = document_to_records(doc)
    extras = list(dict.fromkeys(k for r in records for k in r if k not in BASE_COLUMNS + LEVEL_COLUMNS))
    levels = [c for c in LEVEL_COLUMNS if any(r.get(c) for r in records)]
    return pd.DataFrame(records, columns=BASE_COLUMNS + levels + extras)


class CsvWriter(TextWriter):
    kind = "csv"
    suffix = ".csv"

    def __init__(self, bom: bool = False) -> None:
        self.bom = bom

    def render_str(self, doc: RktDocument) -> str:
        text = document_to_frame(doc).to_csv(index=False, lineterminator="\n")
        return ("\ufeff" if self.bom else "") + text


