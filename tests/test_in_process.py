"""Where a run converts: in the rktparse process when there is nothing to run in parallel,
in worker processes when there is, or when a limit only a worker can hold is given."""

import shutil

import pytest

from rktparse import convert_many
from rktparse.batch import executors
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "word-kpu-alor-rkt-2024.pdf"


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """The worker counts of the pools a run starts (each still runs its jobs)."""
    started: list[int] = []
    run_pool = executors.run_pool

    def counting(fn, jobs, workers, *args, **kwargs):
        started.append(workers)
        return run_pool(fn, jobs, workers, *args, **kwargs)

    monkeypatch.setattr(executors, "run_pool", counting)
    return started


def test_one_input_or_jobs_1_converts_without_a_worker(tmp_path, pools):
    for name in ("a.pdf", "b.pdf"):
        shutil.copy(SAMPLE, tmp_path / name)
    assert convert_many([tmp_path / "a.pdf"], tmp_path / "one", jobs=2).converted == 1
    assert convert_many([tmp_path], tmp_path / "serial", jobs=1).converted == 2
    assert pools == []


def test_parallel_work_or_an_explicit_limit_starts_workers(tmp_path, pools):
    for name in ("a.pdf", "b.pdf"):
        shutil.copy(SAMPLE, tmp_path / name)
    assert convert_many([tmp_path], tmp_path / "two", jobs=2).converted == 2
    assert convert_many([tmp_path / "a.pdf"], tmp_path / "limited", jobs=1, timeout=60).converted == 1
    assert pools == [2, 1]
    convert_many([tmp_path / "a.pdf"], tmp_path / "here", jobs=1)  # the same input, in this process
    assert len({(tmp_path / out / "a.json").read_bytes() for out in ("two", "limited", "here")}) == 1
