"""Coverage-guided fuzzing of the PDF path: pdfium's words and rules, the lattice and borderless
readers, the assembler.

    .venv/bin/python fuzz/fuzz_pdf.py fuzz/corpus/pdf -atheris_runs=5000 -max_len=8000

Seeds: fuzz/corpus/pdf, small one-page tables (ruled and unruled) written without stream
compression, so that mutations reach the text and drawing operators, not only zlib's checks.
"""

import sys

import atheris

with atheris.instrument_imports(include=["rktparse"]):
    from harness import check


def test_one_input(data: bytes) -> None:
    check(data, ".pdf", engine="pdfium", ocr="never")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
