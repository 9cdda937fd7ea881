"""Coverage-guided fuzzing of the Word reader: the input is the package's word/document.xml.

    .venv/bin/python fuzz/fuzz_word.py fuzz/corpus/word -atheris_runs=20000 -max_len=40000

Mutating the zip itself would mostly exercise zipfile's checks; the table, its merged cells and the
text around it live in document.xml, so each input is put back into a real package (the other parts
of fuzz/corpus/word.docx) before it is read.
"""

import io
import sys
import zipfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["rktparse"]):
    from harness import check

PACKAGE = Path(__file__).with_name("word.docx")
with zipfile.ZipFile(PACKAGE) as _package:
    PARTS = {info.filename: _package.read(info) for info in _package.infolist() if info.filename != "word/document.xml"}


def package_with(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in PARTS.items():
            package.writestr(name, data)
        package.writestr("word/document.xml", document_xml)
    return out.getvalue()


def test_one_input(data: bytes) -> None:
    check(package_with(data), ".docx")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
