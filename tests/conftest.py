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


def _unplaced(value):
    """`value` without `regions`: where a node was printed differs from reader to reader."""
    if isinstance(value, dict):
        return {k: _unplaced(v) for k, v in value.items() if k != "regions"}
    if isinstance(value, list):
        return [_unplaced(v) for v in value]
    return value


def content(doc) -> dict:
    """What a document says (its document fields, sasaran and programs), as tests compare it."""
    import rktparse

    data = json.loads(rktparse.dumps(doc))
    return _unplaced({key: data[key] for key in PARTS})


def expected_for(path: Path) -> dict:
    """The content of the `<stem>.expected.json` beside `path` (or `path` itself), the contract's
    defaults filled in for fields it added after the file was written."""
    from rktparse.models import RktDocument

    stem = path.name.split(".")[0]
    data = json.loads(path.with_name(f"{stem}.expected.json").read_text(encoding="utf-8"))
    source = {"file": "x", "sha256": "0", "format": "pdf", "pages": 0, "engine": "none"}
    return content(RktDocument.model_validate({**data, "source": source}))
