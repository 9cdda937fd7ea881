"""Write the seeds of fuzz/corpus/word and fuzz/corpus/pdf (the text seeds are cut from samples/).

    .venv/bin/python fuzz/make_seeds.py

The Word seed is the small two-sasaran document the contract tests use, as the DOCX writer writes
it; the PDF seeds are the borderless tests' one-page table, ruled and unruled, written without
stream compression so that mutations reach the drawing operators.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    from reportlab import rl_config

    from rktparse.writers import write
    from tests.test_borderless import make_pdf
    from tests.test_contract import small_document

    word = write(small_document(), HERE / "word.docx")
    with zipfile.ZipFile(word) as package:
        (HERE / "corpus" / "word" / "document.xml").write_bytes(package.read("word/document.xml"))
    rl_config.pageCompression = 0
    for rules in ("none", "rows"):
        make_pdf(HERE / "corpus" / "pdf" / f"table-{rules}.pdf", rules=rules)


if __name__ == "__main__":
    main()
