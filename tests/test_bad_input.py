"""Bad input: one clear line naming the file and the reason, exit 1, no output, the batch goes on."""

import io
import shutil

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from rktparse.cli import main
from tests.conftest import SAMPLES


def pdf_bytes(draw, **options) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, **options)
    draw(page)
    page.showPage()
    page.save()
    return buffer.getvalue()


def text_page(page):
    page.drawString(72, 770, "LAPORAN KEGIATAN TAHUN 2024")
    page.drawString(72, 750, "Dokumen ini tidak memuat tabel rencana kinerja.")


def image_page(page):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (200, 100), 255)
    page.drawImage(ImageReader(image), 72, 600, 200, 100)


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = SAMPLES / "word-kpu-alor-rkt-2024.pdf"
    shutil.copy(good, folder / "good.pdf")
    whole = good.read_bytes()
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notpdf.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
    (folder / "encrypted.pdf").write_bytes(pdf_bytes(text_page, encrypt="rahasia"))
    (folder / "notable.pdf").write_bytes(pdf_bytes(text_page))
    (folder / "scanned.pdf").write_bytes(pdf_bytes(image_page))
    return folder


REASONS = {
    "empty.pdf": "empty file",
    "notpdf.pdf": "not a PDF, Word or Excel file, image or text export",
    "truncated.pdf": "corrupt or truncated",
    "encrypted.pdf": "encrypted",
    "notable.pdf": "no RKT table",
    "scanned.pdf": "no text layer, scanned?",
}


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber", pytest.param("camelot", marks=pytest.mark.slow)])
def test_bad_inputs_fail_alone(batch, tmp_path, capsys, engine):
    out = tmp_path / "out"
    code = main(["convert", str(batch), "--out", str(out), "--format", "json,csv,docx", "--engine", engine])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    for name, reason in REASONS.items():
        lines = [line for line in err if str(batch / name) in line]
        assert len(lines) == 1 and reason in lines[0], (name, err)
    assert sorted(p.name for p in out.iterdir()) == ["_report.jsonl", "good.csv", "good.docx", "good.json"]


def test_all_good_exits_0_and_missing_path_exits_1(tmp_path, capsys):
    good = SAMPLES / "word-kpu-alor-rkt-2024.pdf"
    assert main(["convert", str(good), "--out", str(tmp_path)]) == 0
    assert main(["convert", str(tmp_path / "nope.pdf"), "--out", str(tmp_path)]) == 1
    assert "nope.pdf: unreadable input: no such file" in capsys.readouterr().err
