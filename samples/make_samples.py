"""Build the project's own sample RKT / PK PDFs with their expected extraction.

Dev-time script, rerunnable, deterministic content:

    .venv/bin/python samples/make_samples.py            # all samples
    .venv/bin/python samples/make_samples.py STEM ...   # some samples
    .venv/bin/python samples/make_samples.py -v         # also list skipped lines
    .venv/bin/python samples/make_samples.py --twins    # the twins with fewer rules (below)

For each sample the script writes, beside this file:

* ``<stem>.pdf``            - the document, made with one of two producers:
  ``word`` (python-docx, converted by ``soffice --headless --convert-to pdf``)
  or ``reportlab`` (platypus LongTable);
* ``<stem>.expected.json``  - the expected extraction: ``document``, ``sasaran``
  and ``programs`` exactly as ``rktparse.models`` define them (validated by
  building an ``RktDocument``);
* ``<stem>.layout.txt``     - ``pdftotext -layout`` of the PDF;
* ``<stem>.blocks.txt``     - PyMuPDF ``page.get_text()`` of every page, each page
  followed by a form feed, like pdftotext.

Everything in the expected JSON comes from the Python data in ``build/data.py``. The pages
declared for each row are the pages they are meant to print on; after producing
a PDF the script reads it back (PyMuPDF words inside the ruled table area,
assigned to columns by the known column widths) and checks, cell by cell, that
the printed lines join to the expected text and sit on the declared pages. A
layout change (another LibreOffice version, other fonts) therefore stops the
script with a message instead of writing a wrong expectation.

``--twins`` prints each sample again with fewer rules, as ``<stem>-borderless.pdf``
(Word: table borders off; ReportLab: no lines at all) and, for one ReportLab
sample, ``<stem>-header-rules.pdf`` (rules above and below the header and under
the table only). A twin has the same data and page breaks, so it must give the
sample's own ``<stem>.expected.json``; it is read back the same way, its table
area taken from the ruled sample's x0 and the text between title, footer and
signature.

Needs: python-docx, reportlab, pymupdf (dev only), soffice, pdftotext.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

# samples/build: this script's folder is first on sys.path when it runs
from build.data import HEADER_RULES_TWIN, SAMPLES
from build.reportlab_pdf import build_reportlab
from build.verify import VerifyError, verify
from build.word import build_word
from build.write import build_twin, twins, write_outputs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stems", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (docx, first passes)")
    ap.add_argument(
        "--twins",
        action="store_true",
        help="build the samples' twins with fewer rules instead (STEM-borderless.pdf: Word borders off, "
        f"ReportLab without lines; {HEADER_RULES_TWIN}-header-rules.pdf: rules at the header and table "
        "bottom only), checked against the sample's expected JSON",
    )
    args = ap.parse_args(argv)
    todo = [s for s in SAMPLES if not args.stems or s.stem in args.stems]
    if args.stems and len(todo) != len(args.stems):
        ap.error(f"unknown stems; known: {[s.stem for s in SAMPLES]}")
    work = Path(tempfile.mkdtemp(prefix="rkt-samples-"))
    failed = 0
    try:
        for s in todo:
            if args.twins:
                failed += sum(not build_twin(twin, s, work, args.verbose) for twin in twins(s))
                continue
            pdf = HERE / f"{s.stem}.pdf"
            (build_word if s.producer == "word" else build_reportlab)(s, pdf, work)
            try:
                npages = verify(s, pdf, args.verbose)
            except VerifyError as exc:
                print(f"FAILED {exc}", file=sys.stderr)
                failed += 1
                continue
            out = write_outputs(s, pdf, npages)
            n_ind = sum(len(x["indikator"]) for x in out["sasaran"])
            print(
                f"{s.stem}: {npages} pages, {len(out['sasaran'])} sasaran, {n_ind} indikator, "
                f"{len(out['programs'])} programs, {pdf.stat().st_size // 1024} KB"
            )
    finally:
        if args.keep:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
