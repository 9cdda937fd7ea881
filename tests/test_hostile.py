"""Hostile input and unlucky file systems: inputs are never touched, faults are one line, nothing hangs."""

import codecs
import errno
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import psutil
import pytest

import rktparse
from benchmarks import scaling
from rktparse.assemble import source_to_document
from rktparse.batch.results import Report
from rktparse.cli import main
from rktparse.convert import convert_file
from rktparse.errors import CorruptFileError, InputError, OutputError, Stopped
from rktparse.grid import SourceDocument
from rktparse.models import RktDocument, Source
from rktparse.readers import get_reader
from rktparse.readers.clean import remove_control_characters
from tests.conftest import ROOT, SAMPLES
from tests.test_assemble import page
from tests.test_batch import big_pdf
from tests.test_contract import small_document


@pytest.fixture
def word(tmp_path: Path) -> Path:
    """A small good Word file in its own folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    return rktparse.write(small_document(), folder / "rkt.docx")


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


# Inputs are regular files

def test_fifos_devices_and_links_to_them_are_skipped_before_any_read(word, tmp_path, capsys):
    folder = word.parent
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    out = tmp_path / "out"
    assert main(["convert", str(folder), str(folder / "pipe.txt"), "--out", str(out), "--timeout", "20"]) == 1
    assert sorted(errors(capsys)) == sorted([
        f"rktparse: {folder / 'gone.pdf'}: unreadable input: broken link",
        f"rktparse: {folder / 'pipe.txt'}: not a regular file: a FIFO",
        f"rktparse: {folder / 'pipe.txt'}: not a regular file: a FIFO",
        f"rktparse: {folder / 'zero.txt'}: not a regular file: a character device",
    ])
    assert (out / "rkt.json").is_file()


def test_a_fifo_swapped_in_after_the_check_does_not_block_the_worker(tmp_path):
    from rktparse.batch.options import BatchOptions
    from rktparse.batch.task import Job, convert_job

    os.mkfifo(tmp_path / "late.txt")
    result = convert_job(Job(path=str(tmp_path / "late.txt"), out_dir=str(tmp_path / "out"),
                             options=BatchOptions(timeout=20)))
    assert result.error == "not a regular file"


def test_file_names_in_any_bytes_are_reported_escaped(word, tmp_path, capsys):
    folder = os.fsencode(word.parent)
    bad = os.path.join(folder, b"rkt-caf\xe9.docx")
    os.rename(os.fsencode(word), bad)
    os.mkfifo(os.path.join(folder, b"pipe-\xff.txt"))
    out = tmp_path / "out"
    assert main(["convert", str(word.parent), "--out", str(out), "--format", "json,csv"]) == 1
    assert errors(capsys) == [f"rktparse: {word.parent}/pipe-\\xff.txt: not a regular file: a FIFO"]
    lines = [json.loads(line) for line in (out / "_report.jsonl").read_text(encoding="utf-8").splitlines()]
    converted = next(line for line in lines if line.get("status") == "ok")
    assert converted["path"] == f"{word.parent}/rkt-caf\\xe9.docx"
    assert converted["outputs"] == [f"{out}/rkt-caf\\xe9.json", f"{out}/rkt-caf\\xe9.csv"]
    assert json.loads(Path(os.fsdecode(os.path.join(os.fsencode(out), b"rkt-caf\xe9.json"))).read_text(
        encoding="utf-8"))["source"]["file"] == "rkt-caf\\xe9.docx"


# Resume keyed on the input

def test_resume_tells_two_inputs_of_one_stem_apart(word, tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    word.rename(a / "rkt.docx")
    doc = small_document()
    doc.sasaran[0].text = "Sasaran dari folder b"
    rktparse.write(doc, b / "rkt.docx")
    out = tmp_path / "out"
    assert main(["convert", str(a / "rkt.docx"), "--out", str(out), "--resume"]) == 0
    assert main(["convert", str(b / "rkt.docx"), "--out", str(out), "--resume"]) == 1
    assert errors(capsys) == [f"rktparse: {b / 'rkt.docx'}: its output {out / 'rkt.json'} holds {a / 'rkt.docx'}, "
                              f"converted by an earlier run (same file stem); choose another --out or remove "
                              f"that output"]
    assert main(["convert", str(a / "rkt.docx"), "--out", str(out), "--resume"]) == 0
    assert "rkt.docx: skipped" in capsys.readouterr().out
    # A run without --resume starts anew: b's conversion replaces a's, and a resume then names b.
    assert main(["convert", str(b / "rkt.docx"), "--out", str(out)]) == 0
    assert main(["convert", str(a / "rkt.docx"), "--out", str(out), "--resume"]) == 1
    assert f"holds {b / 'rkt.docx'}" in errors(capsys)[0]
    assert json.loads((out / "rkt.json").read_text())["sasaran"][0]["text"] == "Sasaran dari folder b"


def test_resume_converts_again_when_the_bytes_changed(word, tmp_path):
    from rktparse.batch import convert_many

    out = tmp_path / "out"
    first = convert_many([word], out, jobs=1, resume=True)
    doc = small_document()
    doc.sasaran[0].text = "Sasaran baru"
    rktparse.write(doc, word)
    again = convert_many([word], out, jobs=1, resume=True)
    assert [r.status for r in again.results] == ["ok"] and again.results[0].sha256 != first.results[0].sha256
    assert [r.status for r in convert_many([word], out, jobs=1, resume=True).results] == ["skipped"]


# Text cleaned at the boundary

LAYOUT = SAMPLES / "rl-bapenda-surakarta-rkt-2024.layout.txt"


def content(doc) -> dict:
    return doc.model_dump(mode="json", exclude={"source", "warnings", "status"})


def test_control_characters_are_removed_and_quoted_and_docx_still_written(tmp_path, capsys):
    lines = LAYOUT.read_text(encoding="utf-8").split("\n")
    lines[6] += "\x07\x1b"  # after the Anggaran cell of the first row
    lines[12] = lines[12].replace("Meningkatnya", "Mening\x01katnya")
    tainted = tmp_path / "in" / "bapenda.txt"
    tainted.parent.mkdir()
    tainted.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(tainted), "--out", str(out), "--format", "json,csv,docx"]) == 0
    doc = RktDocument.model_validate_json((out / "bapenda.json").read_text(encoding="utf-8"))
    assert content(doc) == content(rktparse.parse(LAYOUT))
    (note,) = [w for w in doc.warnings if w.code == "control-characters-removed"]
    assert note.severity.value == "info" and "\\x07\\x1b" in note.message and "Mening\\x01katnya" in note.message
    assert (out / "bapenda.docx").is_file() and (out / "bapenda.csv").is_file()


def test_nul_and_escape_in_a_readers_cells_reach_no_output(tmp_path):
    source = SourceDocument(path="t.pdf", format="pdf", engine="test", page_count=1, tables=[
        page(1, [["Sasaran\x00 A", "Jumlah\x1b[31m dokumen", "100%\x07", "Penyusunan\ufffe"]])])
    doc = source_to_document(remove_control_characters(source),
                             Source(file="t.pdf", sha256="0", format="pdf", pages=1, engine="test"))
    row = doc.sasaran[0].indikator[0]
    assert (doc.sasaran[0].text, row.text, row.target.raw, row.kegiatan) == (
        "Sasaran A", "Jumlah[31m dokumen", "100%", ["Penyusunan"])
    assert rktparse.parse(rktparse.write(doc, tmp_path / "t.docx")).sasaran[0].text == "Sasaran A"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_exports_with_a_byte_order_mark_read_like_utf8(tmp_path, encoding):
    text = LAYOUT.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    doc = rktparse.parse(path)
    assert content(doc) == content(rktparse.parse(LAYOUT))
    assert not [w for w in doc.warnings if w.code.startswith("text-encoding")]


def test_a_stray_byte_in_utf8_is_replaced_and_named_not_a_change_of_encoding(tmp_path):
    data = LAYOUT.read_bytes().split(b"\n")
    data[7] = data[7].replace(b"daerah ", b"daerah\xa0", 1)  # a cp1252 no-break space in a UTF-8 file
    path = tmp_path / "stray.txt"
    path.write_bytes(b"\n".join(data))
    doc = rktparse.parse(path)
    (note,) = [w for w in doc.warnings if w.code == "text-invalid-bytes"]
    assert note.severity.value == "review" and "line(s) 8;" in note.message and doc.status.value == "partial"
    kegiatan = [k for s in doc.sasaran for i in s.indikator for k in i.kegiatan]
    assert "• Pengembangan aplikasi pelaporan pajak daerah" in kegiatan and not any("â€" in k for k in kegiatan)


def test_a_legacy_export_is_read_as_cp1252_and_says_so(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(LAYOUT.read_text(encoding="utf-8").encode("cp1252"))
    doc = rktparse.parse(path)
    assert content(doc) == content(rktparse.parse(LAYOUT))
    assert [w.message for w in doc.warnings if w.code == "text-encoding"] == [
        "the text is not UTF-8; it was read as cp1252"]


# Faults named: malformed Word files

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def with_document_xml(good: Path, path: Path, edit, part: str = "word/document.xml") -> Path:
    """A copy of the Word file `good` whose `part` is `edit(old)`."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, edit(data) if info.filename == part else data)
    return path


BAD_WORD_XML = {
    "not-xml": (lambda xml: b"this is not XML <w:body>", "word/document.xml is not well-formed XML"),
    "deep": (lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b"<w:sdt>" * 300 + b"</w:sdt>" * 300),
             "word/document.xml nests elements deeper than 128 (DocxOptions.max_xml_depth)"),
    "entities": (lambda xml: b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
                 + xml.split(b"?>", 1)[1], "word/document.xml declares a DOCTYPE, which Word never writes"),
    "unresolved-entity": (lambda xml: xml.replace(b"Persentase Sarana", b"Persentase &hilang; Sarana"),
                          "word/document.xml is not well-formed XML: Entity 'hilang' not defined"),
    "gridspan": (lambda xml: xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="abc"/>', 1),
                 "gridSpan='abc' is not a column count from 1 to 63"),
    "huge-gridspan": (lambda xml: xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="99999999"/>', 1),
                      "gridSpan='99999999' is not a column count from 1 to 63"),
    "no-body": (lambda xml: f"<w:document {W}></w:document>".encode(), "the document part has no body"),
    "other-root": (lambda xml: f"<w:documentx {W}><w:body/></w:documentx>".encode(),
                   "the document part holds <{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
                   "documentx>, not a Word document"),
}


@pytest.mark.parametrize("name", BAD_WORD_XML)
def test_malformed_word_xml_is_a_corrupt_file_exit_1(word, tmp_path, capsys, name):
    edit, reason = BAD_WORD_XML[name]
    bad = with_document_xml(word, tmp_path / f"{name}.docx", edit)
    assert main(["convert", str(bad), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 1
    (line,) = errors(capsys)
    assert line.startswith(f"rktparse: {bad}: corrupt or truncated file: {reason}"), line


def test_a_package_part_python_docx_cannot_take_is_a_corrupt_file(word, tmp_path):
    # Found by fuzzing: python-docx raised AttributeError on a .rels part rooted elsewhere.
    bad = with_document_xml(word, tmp_path / "rels.docx", lambda xml: xml.replace(b"Relationships", b"Other"),
                            part="_rels/.rels")
    with pytest.raises(CorruptFileError, match="a package part is not as Word writes it"):
        rktparse.parse(bad)


def test_the_uncompressed_size_is_checked_before_parsing(word, tmp_path):
    padded = with_document_xml(word, tmp_path / "padded.docx", lambda xml: xml + b" " * (2 << 20))
    with pytest.raises(CorruptFileError, match="its parts unpack to more than 1 MB"):
        get_reader("docx", {"max_uncompressed_mb": 1}).read(padded)
    assert get_reader("docx").read(padded).tables  # within the default limit


@pytest.mark.slow
def test_a_word_zip_bomb_fails_quickly_within_default_limits(word, tmp_path, capsys):
    bomb = with_document_xml(word, tmp_path / "bomb.docx", lambda xml: xml + b" " * (300 << 20))
    assert bomb.stat().st_size < 2 << 20
    with pytest.raises(CorruptFileError, match="more than 256 MB"):
        rktparse.parse(bomb)


# Clean stops

class _InterruptAfterFirst:
    def start(self, total):
        pass

    def finished(self, result):
        raise KeyboardInterrupt


def test_ctrl_c_stops_the_workers_and_writes_the_summary(word, tmp_path):
    from rktparse.batch import convert_many

    for i in range(3):
        rktparse.write(small_document(), word.parent / f"copy{i}.docx")
    out = tmp_path / "out"
    with pytest.raises(Stopped) as stopped:
        convert_many([word.parent], out, jobs=2, observer=_InterruptAfterFirst())
    assert (stopped.value.exit_code, stopped.value.done, stopped.value.total) == (130, 1, 4)
    lines = [json.loads(line) for line in (out / "_report.jsonl").read_text().splitlines()]
    assert len(lines) == 2 and lines[-1]["summary"] and lines[-1]["stopped_by"] == "SIGINT"
    # Workers are forked by the fork server (a child of this process): none is left.
    assert [worker for child in psutil.Process().children() for worker in child.children()] == []


def _cli(*arguments: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rktparse.cli", "convert", *arguments], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)


def _wait_for_a_busy_worker(run: subprocess.Popen) -> list[psutil.Process]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        main = psutil.Process(run.pid)
        family = main.children(recursive=True)
        # A worker (forked by the main process or by a fork server) is converting once it has used some CPU.
        if any(sum(process.cpu_times()[:2]) > 1.0 for process in family):
            return family
        time.sleep(0.05)
    raise AssertionError("no worker started")


@pytest.mark.slow
def test_sigterm_stops_cleanly_and_says_how_to_resume(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    big = big_pdf(inputs / "doc0.pdf", 300)
    for i in range(1, 4):
        shutil.copy(big, inputs / f"doc{i}.pdf")
    out = tmp_path / "out"
    run = _cli(str(inputs), "--out", str(out), "--jobs", "1", "--timeout", "600", "-q")  # a limit: a worker
    family = _wait_for_a_busy_worker(run)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 143
    assert err.startswith("rktparse: stopped by SIGTERM: ") and err.rstrip().endswith("; rerun with --resume")
    assert psutil.wait_procs(family, timeout=10)[1] == []  # no worker lives on
    last = json.loads((out / "_report.jsonl").read_text().splitlines()[-1])
    assert last["summary"] and last["stopped_by"] == "SIGTERM"
    resumed = _cli(str(inputs), "--out", str(out), "--jobs", "1", "--timeout", "600", "-q", "--resume")
    assert resumed.wait(timeout=300) == 0
    assert sorted(p.name for p in out.glob("*.json")) == [f"doc{i}.json" for i in range(4)]


@pytest.mark.slow
def test_workers_die_with_a_killed_main_process(tmp_path):
    big = big_pdf(tmp_path / "long.pdf", 2000)
    run = _cli(str(big), "--out", str(tmp_path / "out"), "--jobs", "1", "--timeout", "600", "-q")  # a limit: a worker
    family = _wait_for_a_busy_worker(run)
    run.kill()
    run.wait()
    assert psutil.wait_procs(family, timeout=10)[1] == []


def test_an_impossible_page_size_is_named_not_an_internal_error(tmp_path, capsys):
    from reportlab.pdfgen import canvas

    huge = tmp_path / "huge.pdf"
    page = canvas.Canvas(str(huge), pagesize=(1e7, 1e7))
    page.drawString(72, 72, "Sasaran Kinerja Indikator Kinerja Target")
    page.showPage()
    page.save()
    assert main(["convert", str(huge), "--out", str(tmp_path / "out"), "--ocr", "always", "--jobs", "1"]) == 1
    assert errors(capsys) == [f"rktparse: {huge}: corrupt or truncated file: page 1 is 10000000 x 10000000 pt, "
                              f"too large to render"]


def test_inspect_refuses_a_fifo_instead_of_blocking(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe.txt")
    assert main(["inspect", str(tmp_path / "pipe.txt")]) == 1
    assert errors(capsys) == [f"rktparse: {tmp_path / 'pipe.txt'}: not a regular file: a FIFO"]


# Big documents: linear cost (bounds far above today's figures, far below the quadratic ones of before)

def _cpu_seconds(work) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


@pytest.mark.slow
def test_a_4000_row_page_assembles_in_seconds():
    source = scaling.rkt_source(4000)
    info = Source(file="big.pdf", sha256="0", format="pdf", pages=1, engine="generated")
    seconds = _cpu_seconds(lambda: source_to_document(source, info))  # 2,000 rows took 17.5 s when quadratic
    assert seconds < 5


@pytest.mark.slow
def test_a_1000_row_docx_is_written_in_seconds(tmp_path):
    doc = scaling.rkt_document(1000)
    seconds = _cpu_seconds(lambda: rktparse.write(doc, tmp_path / "big.docx"))  # 188 s when quadratic
    assert seconds < 10
    back = rktparse.parse(tmp_path / "big.docx")
    assert sum(len(s.indikator) for s in back.sasaran) == 1000 and len(back.sasaran) == 200


@pytest.mark.slow
def test_a_3_mb_line_is_read_in_seconds(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(scaling.long_line_text(3_000_000), encoding="utf-8")
    docs = []
    seconds = _cpu_seconds(lambda: docs.append(rktparse.parse(path)))
    assert seconds < 30  # 75 s before
    assert docs[0].status.value == "partial"  # running words make no table: every doubt is flagged


# A small mutation fuzz (deterministic): whatever the damage, a reason, never an internal error

def _mutate(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(damaged))
        choice = rng.random()
        if choice < 0.3:
            del damaged[at:at + rng.randint(1, 40)]
        elif choice < 0.6:
            start = rng.randrange(len(damaged))
            damaged[at:at] = damaged[start:start + rng.randint(1, 300)]
        else:
            damaged[at:at + 1] = bytes([rng.choice(b'<>/="w:0123456789 &;%\n')])
    return bytes(damaged)


@pytest.mark.slow
def test_damaged_word_files_and_exports_fail_with_a_reason(word, tmp_path):
    rng = random.Random(15)
    with zipfile.ZipFile(word) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    exports = sorted(SAMPLES.glob("*.txt"))
    for attempt in range(150):
        if attempt % 2:
            target = rng.choice(["word/document.xml", "word/document.xml", *parts])
            path = tmp_path / "damaged.docx"
            with zipfile.ZipFile(path, "w") as package:
                for name, data in parts.items():
                    package.writestr(name, _mutate(data, rng) if name == target else data)
        else:
            path = tmp_path / "damaged.txt"
            path.write_bytes(_mutate(rng.choice(exports).read_bytes(), rng))
        try:
            doc = rktparse.parse(path)
        except InputError:
            continue
        rktparse.write(doc, tmp_path / "back.docx")
        rktparse.dumps(doc, 'csv')


# Damaged PDFs (found by fuzzing the batch): a reason, never an internal error

def test_a_media_box_pdfplumber_cannot_read_is_a_corrupt_file(tmp_path):
    box = b"/MediaBox[0 0 841.889763779528 595.303937007874]"
    damaged = tmp_path / "box.pdf"  # the same length keeps the cross-reference offsets right
    damaged.write_bytes((SAMPLES / "word-kpu-alor-rkt-2024.pdf").read_bytes().replace(
        box, b"/MediaBox[0 0 841.889763779528 595.30393700 /x]", 1))
    with pytest.raises(CorruptFileError, match="pdfplumber: Bounding box contains non-number"):
        rktparse.parse(damaged, engine="pdfplumber")


def test_a_page_pdfium_cannot_load_in_a_pdf_without_text_is_a_corrupt_file(tmp_path):
    from reportlab.pdfgen import canvas

    drawing = tmp_path / "drawing.pdf"
    pages = canvas.Canvas(str(drawing))
    for _ in range(2):
        pages.rect(100, 100, 200, 200)
        pages.showPage()
    pages.save()
    data = drawing.read_bytes()
    second = data.index(b"/Type /Page\n", data.index(b"/Type /Page\n") + 1)
    drawing.write_bytes(data[:second] + b"/Type /Pagx" + data[second + 11:])
    for engine in ("pdfium", "pdfplumber"):
        with pytest.raises(CorruptFileError, match="page 2: Failed to load page"):
            rktparse.parse(drawing, engine=engine, ocr="never")


def test_ctrl_c_before_a_run_starts_exits_130_without_a_traceback(tmp_path, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("rktparse.batch.convert_many", interrupted)  # (the command imports it when run)
    assert main(["convert", str(tmp_path), "--out", str(tmp_path / "out")]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_grid_and_output_models_share_fields_sets_yet_say_which_fields_were_given():
    doc = rktparse.parse(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf")
    rows = [ind for s in doc.sasaran for ind in s.indikator]
    assert len({id(ind.__pydantic_fields_set__) for ind in rows}) == 1 < len(rows)
    first, second = (ind.target for ind in rows[:2])
    assert first is not None and second is not None
    given, others = set(first.model_fields_set), set(second.model_fields_set)
    first.note = "an added note"  # a field the target may not have been given
    assert first.model_fields_set == given | {"note"} and second.model_fields_set == others
    assert first.model_dump(exclude_unset=True)["note"] == "an added note"
    copied = second.model_copy(update={"unit": "dokumen"})
    assert copied.model_fields_set == others | {"unit"} and second.model_fields_set == others
    source = get_reader("pdfium").read(SAMPLES / "rl-inspektorat-garut-rkt-2024.pdf")
    texts = source.texts  # (cells and their boxes are slotted dataclasses: no fields-set at all)
    assert len({id(text.__pydantic_fields_set__) for text in texts}) == 1 < len(texts)


def test_a_pdf_placing_its_letters_at_nan_is_an_input_fault():
    """The PDF fuzz harness (stop 65) made a page whose text matrix places letters at NaN: the unruled
    table search raised ValueError (an internal error). Letters placed nowhere are not read; the file
    gets the clear reason its reading gives."""
    with pytest.raises(InputError):
        rktparse.parse(Path(__file__).parent / "hostile" / "nan-coordinates.pdf")
