"""Shared fixtures: paths of the project's samples and of the shared corpus."""

import json
from pathlib import Path

import pytest

from rktparse.models import RktDocument

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def expected_content(path: Path) -> dict:
    """The document, sasaran and programs of an expected JSON, read through the models: fields
    an expected file written before a minor schema version leaves out compare as their defaults."""
    data = json.loads(path.read_text(encoding="utf-8"))
    source = {"file": "x", "sha256": "0", "format": "pdf", "pages": 0, "engine": "none"}
    full = json.loads(RktDocument.model_validate({**data, "source": source}).model_dump_json())
    return {key: full[key] for key in ("document", "sasaran", "programs")}
