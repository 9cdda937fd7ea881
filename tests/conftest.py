"""Shared fixtures: paths of the project's samples and of the shared corpus."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def without_regions(data):
    """`data` (parsed JSON) without the `regions` boxes, which differ between engines and printings
    of one document: what the expected JSONs pin is the text read."""
    if isinstance(data, dict):
        return {key: without_regions(value) for key, value in data.items() if key != "regions"}
    if isinstance(data, list):
        return [without_regions(item) for item in data]
    return data
