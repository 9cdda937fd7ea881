"""Every sample PDF, through every engine, gives exactly its expected JSON; so do its twins
printed with fewer rules (`make_samples.py --twins`), through the engines that read those."""

import json
import re

import pytest

import rktparse
from tests.conftest import SAMPLES, expected_content

EXPECTED = sorted(SAMPLES.glob("*.expected.json"))
PDF_EXPECTED = [p for p in EXPECTED if p.with_name(p.name.replace(".expected.json", ".pdf")).exists()]
# Twins: STEM-borderless.pdf (no rules), STEM-header-rules.pdf; each is read against STEM.expected.json.
TWIN = re.compile(r"-(borderless|header-rules)$")
TWINS = sorted(p for p in SAMPLES.glob("*.pdf") if TWIN.search(p.stem))
BORDERLESS_ENGINES = ["pdfium", "pdfplumber"]  # camelot reads ruled tables only
NO_VERTICAL_RULES = {"rl-kecamatan-cibeunying-kidul-rkt-2024"}


def sample_params():
    for path in PDF_EXPECTED:
        stem = path.name.replace(".expected.json", "")
        for engine in ["pdfium", "pdfplumber", "camelot"]:
            marks = [pytest.mark.slow] if engine == "camelot" else []
            if engine not in BORDERLESS_ENGINES and stem in NO_VERTICAL_RULES:
                marks.append(pytest.mark.xfail(strict=True, reason=f"{engine} reads ruled tables only"))
            yield pytest.param(path, engine, id=f"{stem}-{engine}", marks=marks)


def content(doc) -> dict:
    data = json.loads(rktparse.dumps(doc))
    return {key: data[key] for key in ("document", "sasaran", "programs")}


def test_samples_are_present():
    assert len(PDF_EXPECTED) >= 6, "samples/make_samples.py makes the sample PDFs"
    assert len(TWINS) >= 8, "samples/make_samples.py --twins makes their twins"


@pytest.mark.parametrize(("expected", "engine"), list(sample_params()))
def test_sample_pdf_matches_expected(expected, engine):
    pdf = expected.with_name(expected.name.replace(".expected.json", ".pdf"))
    doc = rktparse.parse(pdf, engine=engine)
    assert content(doc) == expected_content(expected)
    assert doc.source.format == "pdf" and doc.source.engine == engine
    assert not [w for w in doc.warnings if w.code == "words-not-placed"], doc.warnings


@pytest.mark.parametrize("engine", BORDERLESS_ENGINES)
@pytest.mark.parametrize("twin", TWINS, ids=lambda p: p.stem)
def test_twin_with_fewer_rules_matches_its_sample(twin, engine):
    doc = rktparse.parse(twin, engine=engine)
    assert content(doc) == expected_content(SAMPLES / f"{TWIN.sub('', twin.stem)}.expected.json")
    assert not [w for w in doc.warnings if w.code == "words-not-placed"], doc.warnings
