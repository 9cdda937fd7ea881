"""The spreadsheet layout shared by the CSV and XLSX writers: one record per indikator and
kegiatan, one per program, one per warning, and the document's fields.

Every record starts with the source file, agency, year and status, so the tables of a
batch can be stacked into one.
"""

from __future__ import annotations

from typing import Any

from rktparse.models import Region, RktDocument

Record = dict[str, Any]

SOURCE_COLUMNS = ["source", "agency", "year", "status"]
INDIKATOR_COLUMNS = [*SOURCE_COLUMNS, "misi", "tujuan", "group", "sasaran_no", "sasaran", "indikator_no",
                     "indikator", "target", "target_value", "target_unit", "target_kind", "target_note", "kegiatan"]
PROGRAM_COLUMNS = [*SOURCE_COLUMNS, "program_no", "program"]
WARNING_COLUMNS = [*SOURCE_COLUMNS, "code", "severity", "page", "ref", "message", "regions"]
PAGES = "pages"  # last, after the extra columns


def _source(doc: RktDocument) -> Record:
    return {"source": doc.source.file, "agency": doc.document.agency, "year": doc.document.year,
            "status": doc.status.value}


def _pages(pages: list[int]) -> str:
    return ";".join(str(p) for p in pages)


def regions_text(regions: list[Region]) -> str:
    """'p1: 51.3,102.4,221.4,274.4; p2: ...'"""
    return "; ".join(f"p{r.page}: " + ",".join(f"{v:g}" for v in r.box) for r in regions)


def indikator_records(doc: RktDocument) -> list[Record]:
    """One record per (sasaran, indikator, kegiatan), Sasaran and upper levels filled down; an
    indikator without kegiatan is one record."""
    source = _source(doc)
    records = []
    for sasaran, indikator in doc.indikator_rows():
        target = indikator.target
        base: Record = {
            **source,
            "misi": sasaran.misi.text if sasaran.misi else None,
            "tujuan": sasaran.tujuan.text if sasaran.tujuan else None,
            "group": sasaran.group.text if sasaran.group else None,
            "sasaran_no": sasaran.no, "sasaran": sasaran.text,
            "indikator_no": indikator.no, "indikator": indikator.text,
            "target": target and target.raw, "target_value": target and target.value,
            "target_unit": target and target.unit, "target_kind": target and target.kind.value,
            "target_note": target and target.note,
            **{f"target {label}": period.raw for label, period in indikator.periods.items()},
            **indikator.extra,
            PAGES: _pages(indikator.pages),
        }
        entries: list[str | None] = list(indikator.kegiatan) or [None]
        records += [{**base, "kegiatan": kegiatan} for kegiatan in entries]
    return records


def program_records(doc: RktDocument) -> list[Record]:
    source = _source(doc)
    return [{**source, "program_no": program.no, "program": program.text, **program.extra,
             PAGES: _pages(program.pages)} for program in doc.programs]


def warning_records(doc: RktDocument) -> list[Record]:
    source = _source(doc)
    return [{**source, "code": w.code, "severity": w.severity.value, "page": w.page, "ref": w.ref,
             "message": w.message, "regions": regions_text(w.regions)} for w in doc.warnings]


def document_records(doc: RktDocument) -> list[Record]:
    """The document's fields as (field, value) records, for a person to check."""
    info, source = doc.document, doc.source
    fields: list[tuple[str, Any]] = [
        ("kind", info.kind.value), ("title", info.title), ("agency", info.agency), ("year", info.year),
        ("place", info.place), ("date", info.date.isoformat() if info.date else None),
        ("date as printed", info.date_printed)]
    for role, signer in (("signatory", info.signatory), ("superior", info.superior)):
        if signer is not None:
            fields += [(f"{role} {name}", getattr(signer, name)) for name in ("position", "name", "rank", "nip")]
    fields += list(info.fields.items())
    fields += [("status", doc.status.value), ("source file", source.file), ("sha256", source.sha256),
               ("format", source.format), ("pages", source.pages), ("engine", source.engine),
               ("schema", f"{doc.schema_name} {doc.schema_version}")]
    return [{"field": name, "value": value} for name, value in fields]


def columns_of(records: list[Record], base: list[str]) -> list[str]:
    """`base`, then the extra columns under their printed headers in first-seen order, then pages."""
    extras = dict.fromkeys(key for record in records for key in record if key not in base and key != PAGES)
    return [*base, *extras, PAGES]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: Any) -> Any:
    """Text a spreadsheet would run as a formula ('=SUM(...)', '-1+2', '@cmd') behind a quote, as
    OWASP advises for CSV; other values as they are."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
