"""Every sample PDF, through every engine, gives exactly its expected JSON."""

import json

import pytest

import rktparse
from tests.conftest import SAMPLES

EXPECTED = sorted(SAMPLES.glob("*.expected.json"))
PDF_EXPECTED = [p for p in EXPECTED if p.with_name(p.name.replace(".expected.json", ".pdf")).exists()]
# Layouts the ruled-table readers cannot read yet; issue 4 (tables without rulings) covers them.
NEEDS_BORDERLESS = {"rl-kecamatan-cibeunying-kidul-rkt-2024"}


def sample_param(path):
    stem = path.name.replace(".expected.json", "")
    marks = [pytest.mark.xfail(strict=True, reason="horizontal rules only: issue 4")] if stem in NEEDS_BORDERLESS else []
    return pytest.param(path, id=stem, marks=marks)


def content(doc) -> dict:
    data = json.loads(doc.to_json())
    return {key: data[key] for key in ("document", "sasaran", "programs")}


def expected_content(path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: data[key] for key in ("document", "sasaran", "programs")}


def test_samples_are_present():
    assert len(PDF_EXPECTED) >= 6, "samples/make_samples.py makes the sample PDFs"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber", pytest.param("camelot", marks=pytest.mark.slow)])
@pytest.mark.parametrize("expected", [sample_param(p) for p in PDF_EXPECTED])
def test_sample_pdf_matches_expected(expected, engine):
    pdf = expected.with_name(expected.name.replace(".expected.json", ".pdf"))
    doc = rktparse.parse(pdf, engine=engine)
    assert content(doc) == expected_content(expected)
    assert doc.source.format == "pdf" and doc.source.engine == engine
    assert not [w for w in doc.warnings if w.code == "words-not-placed"], doc.warnings
