"""Batch conversion: the run report, --resume (also after kill -9), limits, executors, exit codes."""

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rktparse import BatchOptions, convert_many
from rktparse.batch.pool import Lost, run_pool
from rktparse.cli import main
from rktparse.errors import OptionError
from tests.conftest import ROOT, SAMPLES, long_rkt

SAMPLE = SAMPLES / "word-kpu-alor-rkt-2024.pdf"
OTHER_SAMPLE = SAMPLES / "word-dishub-jateng-rkt-2024.pdf"


def big_pdf(path: Path, pages: int) -> Path:
    """A long real RKT: the sample's middle page repeated (about 5 ms a page to convert)."""
    return long_rkt(SAMPLE, path, pages)


def report(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "_report.jsonl").read_text(encoding="utf-8").splitlines()]


def by_name(lines: list[dict]) -> dict[str, dict]:
    return {Path(line["path"]).name: line for line in lines if not line.get("summary")}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Two good PDFs (one in a subfolder), an empty file and a binary file."""
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "alor.pdf")
    shutil.copy(OTHER_SAMPLE, folder / "2024" / "dishub.pdf")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return folder


def test_report_has_a_line_per_input_and_a_summary(archive, tmp_path):
    out = tmp_path / "out"
    summary = convert_many([archive], out, jobs=2, formats="json,csv")
    lines = report(out)
    assert lines[-1] == {"summary": True, "converted": 2, "with_warnings": 0, "failed": 2, "skipped": 0,
                         "pages": summary.pages, "seconds": summary.seconds, "pages_per_s": summary.pages_per_s,
                         "stopped_by": None}
    assert summary.pages == 5 and summary.pages_per_s > 0
    entries = by_name(lines)
    assert set(entries) == {"alor.pdf", "dishub.pdf", "empty.pdf", "photo.pdf"} == {
        Path(r.path).name for r in summary.results}
    alor = entries["alor.pdf"]
    assert alor["status"] == "ok" and alor["pages"] == 3 and alor["engine"] == "pdfium" and alor["error"] is None
    assert alor["sha256"] == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert alor["options"] == {"engine": "pdfium", "ocr": "auto", "text_style": "auto", "formats": ["json", "csv"], "csv_bom": False,
                               "mark_review": False, "version": "0.1.0"}
    assert alor["seconds"] > 0 and isinstance(alor["warnings"], int)
    assert entries["empty.pdf"]["status"] == "failed" and entries["empty.pdf"]["error"] == "empty file"
    assert entries["photo.pdf"]["error"].startswith("not a PDF, Word or Excel file, image or text export")
    assert sorted(p.name for p in out.iterdir()) == ["_report.jsonl", "alor.csv", "alor.json",
                                                     "dishub.csv", "dishub.json"]


def test_status_warning_means_the_document_is_partial(tmp_path):
    summary = convert_many([SAMPLES / "kupang-2024-rkt.txt"], tmp_path, jobs=1)
    (result,) = summary.results
    doc = json.loads((tmp_path / "kupang-2024-rkt.json").read_text(encoding="utf-8"))
    assert result.engine == "text" and result.warnings == len(doc["warnings"])
    assert result.status == ("warning" if doc["status"] == "partial" else "ok")
    assert summary.with_warnings == (result.status == "warning") and summary.converted == 1


def test_resume_skips_what_is_done_and_converts_what_changed(archive, tmp_path):
    out = tmp_path / "out"
    first = convert_many([archive], out, jobs=2)
    assert first.converted == 2
    again = convert_many([archive], out, jobs=2, resume=True)
    assert (again.converted, again.skipped, again.failed) == (0, 2, 2)  # failures are retried
    shutil.copy(SAMPLE, archive / "2024" / "dishub.pdf")
    changed = convert_many([archive], out, jobs=2, resume=True)
    assert [Path(r.path).name for r in changed.results if r.converted] == ["dishub.pdf"]
    assert json.loads((out / "dishub.json").read_text())["source"]["pages"] == 3
    other_options = convert_many([archive], out, jobs=2, resume=True, formats="csv")
    assert other_options.converted == 2 and other_options.skipped == 0
    assert len([line for line in report(out) if line.get("summary")]) == 4  # one report, appended by resumes


def test_resume_converts_again_when_an_output_is_gone(archive, tmp_path):
    out = tmp_path / "out"
    convert_many([archive / "alor.pdf"], out, jobs=1)
    (out / "alor.json").unlink()
    assert convert_many([archive / "alor.pdf"], out, jobs=1, resume=True).converted == 1


def test_a_run_removes_temporary_files_of_a_killed_run(archive, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".alor.json.x1y2z3w4.rktparse.part").write_bytes(b'{"half')
    convert_many([archive / "alor.pdf"], out, jobs=1)
    assert sorted(p.name for p in out.iterdir()) == ["_report.jsonl", "alor.json"]


@pytest.mark.slow
def test_kill_9_mid_run_then_resume_converts_the_rest(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    big = big_pdf(inputs / "doc0.pdf", 60)
    for i in range(1, 6):
        shutil.copy(big, inputs / f"doc{i}.pdf")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "rktparse.cli", "convert", str(inputs), "--out", str(out), "--jobs", "1", "-q"]
    run = subprocess.Popen(command, cwd=ROOT)
    log = out / "_report.jsonl"
    while not (log.is_file() and log.read_text().count("\n") >= 1) and run.poll() is None:
        time.sleep(0.005)
    run.send_signal(signal.SIGKILL)
    run.wait()
    first = report(out)
    assert not any(line.get("summary") for line in first), "the run finished before it was killed"
    done = subprocess.run(command + ["--resume"], cwd=ROOT)
    assert done.returncode == 0
    second = report(out)[len(first):]
    ok = [Path(line["path"]).name for line in first + second if line.get("status") == "ok"]
    assert sorted(ok) == [f"doc{i}.pdf" for i in range(6)]
    assert {Path(line["path"]).name for line in second if line.get("status") == "skipped"} == {
        Path(line["path"]).name for line in first}
    assert sorted(p.name for p in out.iterdir()) == ["_report.jsonl"] + [f"doc{i}.json" for i in range(6)]


def test_timeout_fails_the_input_and_the_batch_goes_on(archive, tmp_path):
    out = tmp_path / "out"
    summary = convert_many([archive / "alor.pdf", archive / "2024"], out, jobs=2, timeout=0.001)
    assert [r.error for r in summary.results] == ["timed out after 0.001 s"] * 2
    assert summary.failed == 2 and report(out)[-1]["failed"] == 2


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_alarm_python_ignores_still_fails_the_input(archive, tmp_path, monkeypatch):
    """The alarm can ring inside a __del__, where Python prints the exception and goes on:
    the conversion finishes past its limit, and is still a timeout with nothing written."""
    from rktparse.batch import task

    class RingsWhenFreed:
        def __del__(self):
            signal.raise_signal(signal.SIGALRM)

    def convert_slowly(*args, **kwargs):
        docs, written = real_convert(*args, **kwargs)
        RingsWhenFreed()  # freed at once: the alarm rings in its __del__
        return docs, written

    real_convert = task.convert_file
    monkeypatch.setattr(task, "convert_file", convert_slowly)
    out = tmp_path / "out"
    job = task.Job(path=str(archive / "alor.pdf"), out_dir=str(out), options=BatchOptions(timeout=30))
    result = task.convert_job(job)
    assert (result.status, result.error) == ("failed", "timed out after 30 s")
    assert list(out.iterdir()) == []


def test_a_slow_input_times_out_while_the_quick_ones_convert(archive, tmp_path):
    big_pdf(archive / "long.pdf", 400)
    summary = convert_many([archive / "alor.pdf", archive / "long.pdf", archive / "2024"], tmp_path / "out",
                           jobs=1, timeout=0.5)
    assert {Path(r.path).name: r.error for r in summary.results} == {
        "alor.pdf": None, "long.pdf": "timed out after 0.5 s", "dishub.pdf": None}


def test_memory_cap_fails_the_input(archive, tmp_path):
    # Below the address space a worker starts with (about 50 MB: it imports only the PDF reader).
    summary = convert_many([archive / "alor.pdf"], tmp_path / "out", jobs=1, max_memory_mb=20)
    (result,) = summary.results
    # Python raises MemoryError; PDFium aborts the worker instead: both are reported.
    assert result.status == "failed" and "ran out of memory (cap 20 MB)" in result.error


def test_cli_mixed_failures_one_line_each_exit_1(archive, tmp_path, capsys):
    (tmp_path / "no-pdfs").mkdir()
    (tmp_path / "no-pdfs" / "notes.odt").write_text("x")
    lonely = tmp_path / "socket.pdf"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(lonely))
    out = tmp_path / "out"
    code = main(["convert", str(archive), str(tmp_path / "no-pdfs"), str(tmp_path / "missing.pdf"),
                 str(tmp_path / "nothing-*.pdf"), str(lonely), "--out", str(out), "--jobs", "2"])
    listener.close()
    captured = capsys.readouterr()
    assert code == 1
    errors = sorted(captured.err.splitlines())
    assert errors == sorted([
        f"rktparse: {archive / 'empty.pdf'}: empty file",
        f"rktparse: {archive / 'photo.pdf'}: not a PDF, Word or Excel file, image or text export: a damaged image file (.pdf)",
        f"rktparse: {tmp_path / 'no-pdfs'}: no .pdf, .txt, .docx, .doc, .xlsx, .jpg, .jpeg, .png, .tif, .tiff files in this folder",
        f"rktparse: {tmp_path / 'missing.pdf'}: unreadable input: no such file",
        f"rktparse: {tmp_path / 'nothing-*.pdf'}: no .pdf, .txt, .docx, .doc, .xlsx, .jpg, .jpeg, .png, .tif, .tiff file matches",
        f"rktparse: {lonely}: not a regular file: a socket",
    ])
    assert f"{archive / 'alor.pdf'}: 3 page(s) -> alor.json" in captured.out
    assert (out / "alor.json").is_file() and (out / "dishub.json").is_file()
    assert len(report(out)) == 9


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_is_reported(archive, tmp_path):
    locked = archive / "alor.pdf"
    locked.chmod(0)
    try:
        summary = convert_many([locked], tmp_path / "out", jobs=1)
    finally:
        locked.chmod(0o644)
    assert summary.results[0].error == "permission denied"


def test_cli_quoted_globs_and_folders_all_good_exits_0(archive, tmp_path, capsys):
    shutil.copy(SAMPLE, archive / "2024" / "._dishub.pdf")  # macOS metadata twin, not a document
    out = tmp_path / "out"
    patterns = [str(archive / "**" / "d*.pdf"), str(archive / "a*.pdf"), str(archive / "2024")]
    assert main(["convert", *patterns, "--out", str(out)]) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["alor.json", "dishub.json"]
    assert "converted 2 of 2 input(s)" in capsys.readouterr().out


def test_same_stem_twice_is_refused(archive, tmp_path, capsys):
    shutil.copy(SAMPLE, archive / "2024" / "alor.pdf")
    assert main(["convert", str(archive / "alor.pdf"), str(archive / "2024"), "--out", str(tmp_path / "o")]) == 1
    clash = f"{archive / '2024' / 'alor.pdf'}: output name clashes with {archive / 'alor.pdf'}"
    assert clash in capsys.readouterr().err


def test_fail_fast_stops_at_the_first_failure(archive, tmp_path):
    out = tmp_path / "out"
    summary = convert_many([archive / "empty.pdf", archive / "alor.pdf"], out, jobs=1, fail_fast=True)
    assert (summary.failed, summary.converted) == (1, 0) and not (out / "alor.json").exists()
    assert main(["convert", str(tmp_path / "missing"), str(archive), "--out", str(out), "--fail-fast"]) == 1
    assert [line.get("status") for line in report(out)] == ["failed", None]


@pytest.mark.parametrize("arguments", [["--jobs", "0"], ["--executor", "dask"], ["--timeout", "0"],
                                       ["--format", "pdf"], ["--max-memory", "-1"]])
def test_usage_errors_exit_2(archive, tmp_path, arguments):
    assert main(["convert", str(archive), "--out", str(tmp_path / "out"), *arguments]) == 2


def test_options_resolve_from_none_dict_or_instance():
    assert BatchOptions.resolve().jobs == (os.cpu_count() or 1)
    from_dict = BatchOptions.resolve({"formats": "json, csv", "timeout": 5}, jobs=3)
    assert from_dict.formats == ("json", "csv") and from_dict.timeout == 5 and from_dict.jobs == 3
    assert BatchOptions.resolve(from_dict, resume=True) == from_dict.model_copy(update={"resume": True})
    with pytest.raises(OptionError, match="engine"):
        BatchOptions.resolve({"engine": "tesseract"})
    assert "Dask" in BatchOptions.describe("scheduler")


def test_pool_blames_only_the_job_whose_worker_died_or_hung():
    outcomes = dict(run_pool(time.sleep, [0.0, 30.0, 0.01], workers=2, limit=0.5))
    assert outcomes[0.0] is None and outcomes[0.01] is None
    assert outcomes[30.0] == Lost(timed_out=True, exitcode=-signal.SIGKILL)
    (crashed,) = run_pool(os._exit, [3], workers=1, limit=5)
    assert crashed == (3, Lost(timed_out=False, exitcode=3))


def test_ctrl_c_while_a_worker_is_forked_still_stops_the_pool():
    """CI once sent SIGINT while fork ran logging's Python at-fork hook: Python printed
    'Exception ignored' and the run converted on to exit 0. A hook that raises SIGINT there
    must now stop the pool with KeyboardInterrupt. (Ctrl-C's handler is set as a terminal's process
    has it: a job started in the background of a shell inherits SIGINT ignored.)"""
    script = ("import os, signal, time\n"
              "from rktparse.batch.pool import run_pool\n"
              "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
              "os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGINT))\n"
              "try:\n"
              "    list(run_pool(time.sleep, [0.2, 0.2], workers=2, limit=5))\n"
              "except KeyboardInterrupt:\n"
              "    raise SystemExit(130)\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 130 and "Exception ignored" not in run.stderr and "Stopped" not in run.stderr, run.stderr


@pytest.mark.slow
def test_dask_executor_writes_the_same_outputs_and_report(archive, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, processes=False, host="127.0.0.1", protocol="tcp",
                                  dashboard_address=None) as cluster:
        code = main(["convert", str(archive), "--out", str(tmp_path / "dask"), "--format", "json,csv",
                     "--executor", "dask", "--scheduler", cluster.scheduler_address, "-q"])
        slow = convert_many([big_pdf(tmp_path / "long.pdf", 400)], tmp_path / "dask", executor="dask",
                            scheduler=cluster.scheduler_address, timeout=0.3, resume=True)
    convert_many([archive], tmp_path / "local", formats="json,csv")
    assert code == 1
    assert slow.results[0].error == "timed out after 0.3 s"

    def outcome(out):
        return {name: (line["status"], line["error"], line["pages"]) for name, line in by_name(report(out)).items()}

    timed_out = ("failed", "timed out after 0.3 s", 0)
    assert outcome(tmp_path / "dask") == {**outcome(tmp_path / "local"), "long.pdf": timed_out}
    for name in ("alor.json", "dishub.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
