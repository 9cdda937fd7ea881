"""Shared fixtures: paths of the project's samples and of the shared corpus, and how results compare."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


PARTS = ("document", "sasaran", "programs")


def without(value, keys: frozenset[str]):
    """`value` (parsed JSON) without the fields named `keys`, at any depth."""
    if isinstance(value, dict):
        return {k: without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [without(v, keys) for v in value]
    return value


def content(doc) -> dict:
    """What a document says (its document fields, sasaran and programs), as tests compare it."""
    import rktparse

    data = json.loads(rktparse.dumps(doc))
    return without({key: data[key] for key in PARTS}, frozenset({"regions"}))  # boxes differ by reader


def expected_for(path: Path) -> dict:
    """The content of the `<stem>.expected.json` beside `path` (or `path` itself), the contract's
    defaults filled in for fields it added after the file was written."""
    from rktparse.models import RktDocument

    stem = path.name.split(".")[0]
    data = json.loads(path.with_name(f"{stem}.expected.json").read_text(encoding="utf-8"))
    source = {"file": "x", "sha256": "0", "format": "pdf", "pages": 0, "engine": "none"}
    return content(RktDocument.model_validate({**data, "source": source}))


def long_rkt(source: Path, path: Path, pages: int) -> Path:
    """One long RKT of `pages` pages from a sample of three or more: its first page (the title),
    its middle pages repeated, its last (the signature), so that it stays one document."""
    import pypdfium2 as pdfium

    original = pdfium.PdfDocument(source)
    middle = list(range(1, len(original) - 1))
    assert middle, f"{source.name}: a sample of three pages or more"
    long = pdfium.PdfDocument.new()
    long.import_pages(original, [0] + [middle[i % len(middle)] for i in range(pages - 2)] + [len(original) - 1])
    long.save(path)
    return path


def word_pk(sasaran: str):
    """A Word PK: its title and a Sasaran | Indikator | Target table of one row holding `sasaran`;
    the document and that row's indikator and target cells, to fill."""
    from docx import Document

    document = Document()
    document.add_paragraph("PERJANJIAN KINERJA TAHUN 2017")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]):
        cell.text = text
    table.rows[1].cells[0].text = sasaran
    return document, table.rows[1].cells[1], table.rows[1].cells[2]
