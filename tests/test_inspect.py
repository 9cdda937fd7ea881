"""`rktparse inspect` shows the grid a reader produced and the decisions to check."""

import pytest

from rktparse.cli import main
from tests.conftest import SAMPLES


def test_inspect_text_export_shows_merged_sasaran_and_uncertain_assignments(capsys):
    assert main(["inspect", str(SAMPLES / "kupang-2024-rkt.txt")]) == 0
    out = capsys.readouterr().out
    assert "page 2, table 1" in out and "↓3 rows" in out  # a Sasaran cell spanning rows
    assert "[review] text-sasaran-assignment (page 1 /sasaran/" in out  # pointing at the Sasaran placed
    assert "22 sasaran, 42 indikator" in out


def test_inspect_pdf_names_its_engine(capsys):
    pdf = SAMPLES / "word-kpu-alor-rkt-2024.pdf"
    assert main(["inspect", str(pdf), "--engine", "pdfplumber"]) == 0
    out = capsys.readouterr().out
    assert "engine pdfplumber" in out and "[info] row-joined-across-pages" in out


@pytest.mark.slow
def test_inspect_reads_a_scan_through_ocr(capsys):
    assert main(["inspect", str(SAMPLES / "scan-word-dinkes-jabar-pk-2024.pdf")]) == 0
    out = capsys.readouterr().out
    assert "engine ocr" in out and "confidence" in out and "sasaran" in out
