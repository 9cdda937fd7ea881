"""The README's snippets run as written: every Python block, and the Dask recipe against a real
`dask scheduler` and `dask worker` (with its nanny, dask's default) on the loopback."""

import json
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)
DASK = Path(sys.executable).with_name("dask")


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder as the README's reader has it: the samples, and an archive of two RKTs."""
    (tmp_path / "samples").symlink_to(SAMPLES)
    (tmp_path / "archive" / "2024").mkdir(parents=True)
    shutil.copy(SAMPLES / "word-kpu-alor-rkt-2024.pdf", tmp_path / "archive")
    shutil.copy(SAMPLES / "word-dishub-jateng-rkt-2024.pdf", tmp_path / "archive" / "2024")
    return tmp_path


def test_the_readme_has_its_python_snippets():
    assert len(PYTHON_BLOCKS) >= 3
    assert any("convert_many" in block and 'if __name__ == "__main__":' in block for block in PYTHON_BLOCKS)


@pytest.mark.parametrize("number", range(len(PYTHON_BLOCKS)))
def test_python_snippet_runs_as_written(number, workdir):
    script = workdir / "snippet.py"
    script.write_text(PYTHON_BLOCKS[number], encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    if "convert_many" in PYTHON_BLOCKS[number]:
        assert done.stdout.split()[:2] == ["2", "0"]  # two converted, none failed
        assert {p.name for p in (workdir / "outputs").glob("*.csv")} == {"word-kpu-alor-rkt-2024.csv",
                                                                         "word-dishub-jateng-rkt-2024.csv"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.slow
def test_dask_recipe_with_default_workers(workdir):
    """`dask scheduler`, `dask worker ADDRESS --nworkers 2 --nthreads 1` (nanny and all), then
    `rktparse convert ... --executor dask`, as the README says."""
    address = f"tcp://127.0.0.1:{free_port()}"
    logs = workdir / "logs"
    logs.mkdir()
    processes = []
    try:
        processes.append(subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port",
                                           address.rsplit(":", 1)[1], "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=(logs / "scheduler").open("w")))
        processes.append(subprocess.Popen([str(DASK), "worker", address, "--nworkers", "2", "--nthreads", "1",
                                           "--no-dashboard"], cwd=workdir,
                                          stdout=subprocess.DEVNULL, stderr=(logs / "worker").open("w")))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            wait_for(lambda: len(client.scheduler_info()["workers"]) == 2, 60, "two dask workers")
            assert all(info.get("nanny") for info in client.scheduler_info()["workers"].values())
        out = workdir / "out"
        done = subprocess.run([sys.executable, "-m", "rktparse", "convert", str(workdir / "archive"),
                               "--out", str(out), "--format", "json,csv", "--executor", "dask",
                               "--scheduler", address, "-q"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr + (logs / "worker").read_text()[-3000:]
        lines = [json.loads(line) for line in (out / "_report.jsonl").read_text().splitlines()]
        assert [line["status"] for line in lines[:-1]] == ["ok", "ok"]
        assert lines[-1]["converted"] == 2
        assert {p.name for p in out.glob("*.json")} == {"word-kpu-alor-rkt-2024.json", "word-dishub-jateng-rkt-2024.json"}
        # The limits hold in the task's child: a 0.01 s timeout fails the file, the worker lives on.
        limited = subprocess.run([sys.executable, "-m", "rktparse", "convert", str(workdir / "archive"),
                                  "--out", str(workdir / "limited"), "--executor", "dask", "--scheduler", address,
                                  "--timeout", "0.01", "-q"], capture_output=True, text=True, timeout=300)
        assert limited.returncode == 1
        assert limited.stderr.count("timed out after 0.01 s") == 2, limited.stderr
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
