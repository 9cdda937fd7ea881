"""A short run of each coverage-guided fuzz harness (fuzz/) over its corpus: a crash fails the test
with the input that caused it. The long campaign's figures are in benchmarks/README.md."""

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

FUZZ = ROOT / "fuzz"
RUNS = {"text": (1500, 12000), "pdf": (1500, 8000), "word": (150, 20000)}


@pytest.mark.slow
@pytest.mark.parametrize("harness", sorted(RUNS))
def test_fuzz_harness_finds_no_crash(harness, tmp_path):
    runs, max_len = RUNS[harness]
    corpus = shutil.copytree(FUZZ / "corpus" / harness, tmp_path / "corpus")  # new inputs stay out of the repo
    run = subprocess.run([sys.executable, str(FUZZ / f"fuzz_{harness}.py"), str(corpus), f"-atheris_runs={runs}",
                          f"-max_len={max_len}", f"-artifact_prefix={tmp_path}/", "-seed=1"],
                         cwd=FUZZ, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"Done {runs} " in run.stderr
