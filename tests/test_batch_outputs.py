"""Batch-safe outputs: the output folder is never an input, --keep-tree, --out -, clean failures."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from rktparse.cli import main
from tests.conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "word-kpu-alor-rkt-2024.pdf"
OTHER_SAMPLE = SAMPLES / "word-dishub-jateng-rkt-2024.pdf"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """archive/2023/RKT.pdf and archive/2024/RKT.pdf: two documents of one stem."""
    for year, sample in (("2023", SAMPLE), ("2024", OTHER_SAMPLE)):
        (tmp_path / "archive" / year).mkdir(parents=True)
        shutil.copy(sample, tmp_path / "archive" / year / "RKT.pdf")
    return tmp_path / "archive"


def test_converting_a_folder_twice_into_its_own_subfolder_reads_no_output(tmp_path, monkeypatch, capsys):
    shutil.copy(SAMPLE, tmp_path / "alor.pdf")
    monkeypatch.chdir(tmp_path)
    for extra in ([], [], ["--resume"]):
        assert main(["convert", ".", "--format", "docx,json", "-q", *extra]) == 0, capsys.readouterr().err
    lines = [json.loads(line) for line in (tmp_path / "outputs" / "_report.jsonl").read_text().splitlines()]
    assert [line["status"] for line in lines if not line.get("summary")] == ["ok", "skipped"]  # 2nd run, resumed
    assert sorted(p.name for p in (tmp_path / "outputs").iterdir()) == ["_report.jsonl", "alor.docx", "alor.json"]


def test_a_glob_skips_the_output_folder_too(tmp_path, monkeypatch, capsys):
    shutil.copy(SAMPLE, tmp_path / "alor.pdf")
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        assert main(["convert", "**/*", "--format", "docx", "-q"]) == 0, capsys.readouterr().err


def test_same_stem_in_two_folders_suggests_keep_tree_which_mirrors_them(tree, tmp_path, capsys):
    flat = tmp_path / "flat"
    assert main(["convert", str(tree), "--out", str(flat), "-q"]) == 1
    assert "(same file stem; --keep-tree mirrors the input folders)" in capsys.readouterr().err
    out = tmp_path / "out"
    assert main(["convert", str(tree), "--out", str(out), "--keep-tree", "-q"]) == 0
    made = {str(p.relative_to(out)) for p in out.rglob("*.json")}
    assert made == {"2023/RKT.json", "2024/RKT.json"}
    agencies = {json.loads((out / name).read_text())["source"]["sha256"] for name in made}
    assert len(agencies) == 2  # each its own document, neither overwritten
    assert main(["convert", str(tree), "--out", str(out), "--keep-tree", "--resume", "-q"]) == 0
    last = json.loads((out / "_report.jsonl").read_text().splitlines()[-1])
    assert (last["skipped"], last["converted"]) == (2, 0)


def test_keep_tree_follows_a_glob_from_its_fixed_folder(tree, tmp_path):
    out = tmp_path / "out"
    assert main(["convert", str(tree / "**" / "*.pdf"), "--out", str(out), "--keep-tree", "-q"]) == 0
    assert {str(p.relative_to(out)) for p in out.rglob("*.json")} == {"2023/RKT.json", "2024/RKT.json"}


def test_out_dash_writes_one_format_to_standard_output(capsysbinary, tmp_path):
    assert main(["convert", str(SAMPLE), "--out", "-", "--format", "json"]) == 0
    doc = json.loads(capsysbinary.readouterr().out)
    assert doc["source"]["file"] == SAMPLE.name and doc["sasaran"]
    assert not Path("-").exists()


@pytest.mark.parametrize("arguments", [[str(SAMPLE), "--format", "json,csv"], [str(SAMPLE), str(OTHER_SAMPLE)],
                                       [str(SAMPLES)]])
def test_out_dash_refuses_more_than_one_input_or_format(arguments, capsys):
    assert main(["convert", *arguments, "--out", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rktparse: --out - writes one input file's one format to standard output") and \
        len(err.splitlines()) == 1


def test_out_naming_a_file_is_one_line_and_exit_1(tmp_path, capsys):
    (tmp_path / "taken").write_text("x")
    assert main(["convert", str(SAMPLE), "--out", str(tmp_path / "taken")]) == 1
    assert capsys.readouterr().err == f"rktparse: {tmp_path / 'taken'}: not a folder\n"


def test_a_file_of_a_kind_not_read_is_named(tmp_path, capsys):
    slides = tmp_path / "paparan.pptx"
    with zipfile.ZipFile(slides, "w") as archive:  # the parts a PowerPoint presentation is made of
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<presentation/>")
    (tmp_path / "logo.gif").write_bytes(b"GIF89a" + b"\x01\x00\x01\x00\x80\x00\x00" + bytes(20) + b"\x00;")
    assert main(["convert", str(slides), str(tmp_path / "logo.gif"), "--out", str(tmp_path / "o"), "-q"]) == 1
    errors = sorted(capsys.readouterr().err.splitlines())
    assert errors[1] == (f"rktparse: {slides}: not a PDF, Word or Excel file, image or text export: "
                         "a PowerPoint presentation (.pptx)")
    assert errors[0].startswith(f"rktparse: {tmp_path / 'logo.gif'}: not a PDF, Word or Excel file, image or text "
                                "export: a")


@pytest.mark.slow
def test_ctrl_c_on_the_terminal_is_one_line_and_exit_130(tmp_path):
    """Ctrl-C reaches the whole process group (fork server and workers too), at any moment:
    while the CLI imports, mid-run (not before Python has reached rktparse)."""
    for i in range(6):
        shutil.copy(SAMPLES / "scan-word-kpu-alor-rkt-2024.pdf", tmp_path / f"scan{i}.pdf")
    for delay in (0.3, 0.6, 1.0, 3.0):
        run = subprocess.Popen([sys.executable, "-m", "rktparse", "convert", str(tmp_path), "--out",
                                str(tmp_path / "out"), "--jobs", "2"], cwd=ROOT, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
        time.sleep(delay)
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=60)
        assert run.returncode == 130, (delay, err)
        assert "Traceback" not in err and "rktparse: interrupted" in err, (delay, err)
        if delay >= 3.0:
            assert err.strip().splitlines()[-1].endswith(" of 6 done (recorded in "
                                                         f"{tmp_path / 'out' / '_report.jsonl'}); rerun with --resume")


def test_out_dash_with_a_bad_input_is_one_line_and_exit_1(tmp_path, capsysbinary):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert main(["convert", str(tmp_path / "empty.pdf"), "--out", "-"]) == 1
    captured = capsysbinary.readouterr()
    assert captured.out == b"" and captured.err == f"rktparse: {tmp_path / 'empty.pdf'}: empty file\n".encode()
