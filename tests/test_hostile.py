"""Hostile input and unlucky file systems: inputs are never touched, faults are one line, nothing hangs."""

import errno
import json
import os
import resource
import signal
from pathlib import Path

import pytest

from rktparse.batch.results import Report
from rktparse.cli import main
from rktparse.convert import convert_file
from rktparse.errors import OutputError
from tests.test_contract import small_document


@pytest.fixture
def word(tmp_path: Path) -> Path:
    """A small good Word file in its own folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    return small_document().to_docx(folder / "rkt.docx")


def errors(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


# Never touch an input

def test_a_word_file_converted_to_docx_into_its_own_folder_is_not_replaced(word, capsys):
    before = word.read_bytes()
    assert main(["convert", str(word), "--out", str(word.parent), "--format", "json,docx"]) == 1
    assert errors(capsys) == [f"rktparse: {word}: its output {word} is an input of this run; "
                              f"refusing to overwrite it (choose another --out)"]
    assert word.read_bytes() == before and not (word.parent / "rkt.json").exists()
    with pytest.raises(OutputError, match="is the input being converted"):
        convert_file(word, word.parent, ["docx"])
    assert word.read_bytes() == before


def test_a_planted_report_link_is_refused_and_its_target_kept(word, tmp_path, capsys):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("precious")
    (out / "_report.jsonl").symlink_to(victim)
    assert main(["convert", str(word), "--out", str(out)]) == 1
    assert errors(capsys) == [f"rktparse: {out / '_report.jsonl'}: a symbolic link; rktparse does not write "
                              f"through links"]
    assert victim.read_text() == "precious"


def test_a_planted_output_link_fails_that_input_only(word, tmp_path, capsys):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("precious")
    (out / "rkt.csv").symlink_to(victim)
    assert main(["convert", str(word), "--out", str(out), "--format", "json,csv"]) == 1
    assert errors(capsys) == [f"rktparse: {word}: {out / 'rkt.csv'}: a symbolic link; rktparse does not write "
                              f"through links"]
    assert victim.read_text() == "precious" and (out / "rkt.csv").is_symlink()
    assert not (out / "rkt.json").exists()  # all of an input's outputs or none


def test_only_rktparse_own_part_files_are_cleaned(word, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    names = [".rkt.json.a1b2c3d4.rktparse.part", ".notes.part", ".rkt.json.x1y2.part", "draft.rktparse.part"]
    for name in names:
        (out / name).write_text("x")
    assert main(["convert", str(word), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([*names[1:], "_report.jsonl", "rkt.json"])


def test_a_failed_rename_leaves_none_of_the_outputs(word, tmp_path, monkeypatch):
    real_replace = os.replace

    def replace(source, target):
        if str(target).endswith(".docx"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    out = tmp_path / "out"
    with pytest.raises(OutputError, match="rkt.docx: no space left on device"):
        convert_file(word, out, ["json", "csv", "docx"])
    assert list(out.iterdir()) == []


def test_out_that_is_a_file_is_one_line_exit_1(word, tmp_path, capsys):
    out = tmp_path / "out"
    out.write_text("not a folder")
    assert main(["convert", str(word), "--out", str(out)]) == 1
    assert errors(capsys) == [f"rktparse: {out}: not a folder"]
    assert main(["convert", str(word), "--out", str(out / "sub")]) == 1
    assert errors(capsys) == [f"rktparse: {out / 'sub'}: not a directory"]


def test_a_full_disk_is_one_line_exit_1(word, tmp_path, capsys):
    # A file size limit makes writes fail the way a full disk does (EFBIG instead of ENOSPC).
    out = tmp_path / "out"
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, limits[1]))
    try:
        code = main(["convert", str(word), "--out", str(out), "--jobs", "1"])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, previous)
    assert code == 1
    assert errors(capsys) == [f"rktparse: {out / '_report.jsonl'}: file too large"]


def test_a_second_run_into_the_same_out_is_refused(word, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    with Report(out / "_report.jsonl", append=True):
        assert main(["convert", str(word), "--out", str(out)]) == 1
    assert errors(capsys) == [f"rktparse: {out}: another rktparse run is writing into this folder; "
                              f"wait for it to finish or choose another --out"]
    assert main(["convert", str(word), "--out", str(out)]) == 0
    assert json.loads((out / "_report.jsonl").read_text().splitlines()[-1])["converted"] == 1
