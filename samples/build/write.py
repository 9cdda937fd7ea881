"""Writing: the expected JSON and text dumps beside each sample PDF, and the twins."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from .data import HEADER_RULES_TWIN, TWIN_MARGINS
from .expected import expected_json
from .model import Sample
from .reportlab_pdf import build_reportlab
from .verify import VerifyError, _table_geometry, _text_geometry, verify
from .word import build_word

HERE = Path(__file__).resolve().parent.parent  # samples/, where the outputs are written


def write_outputs(s: Sample, pdf: Path, npages: int) -> dict:
    import pymupdf

    from rktparse.models import RktDocument, Source

    exp = expected_json(s)
    model = RktDocument(
        source=Source(
            file=pdf.name,
            sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
            format="pdf",
            pages=npages,
            engine="expected",
        ),
        **exp,
    )
    dumped = model.model_dump(mode="json")
    out = {k: dumped[k] for k in ("document", "sasaran", "programs")}
    if out != json.loads(json.dumps(exp)):
        raise RuntimeError(f"{s.stem}: the model changed the expectation; check the data")
    (HERE / f"{s.stem}.expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    (HERE / f"{s.stem}.layout.txt").write_bytes(layout)
    doc = pymupdf.open(pdf)
    blocks = "".join(page.get_text() + "\f" for page in doc)
    (HERE / f"{s.stem}.blocks.txt").write_text(blocks, encoding="utf-8")
    return out


def twins(s: Sample) -> list[Sample]:
    """The sample printed with fewer rules: same data, same page breaks, same expected JSON."""
    out = [replace(s, stem=f"{s.stem}-borderless", rules="none", margins_cm=TWIN_MARGINS.get(s.stem, s.margins_cm))]
    if s.stem == HEADER_RULES_TWIN:
        out.append(replace(s, stem=f"{s.stem}-header-rules", rules="header"))
    return out


def build_twin(twin: Sample, s: Sample, work: Path, verbose: bool) -> bool:
    """Builds and checks a twin against the ruled sample's data; the ruled PDF gives the table's x0."""
    import pymupdf

    ruled = HERE / f"{s.stem}.pdf"
    if not ruled.exists():
        print(f"FAILED {twin.stem}: build {ruled.name} first", file=sys.stderr)
        return False
    x0 = next(geo[0] for page in pymupdf.open(ruled) if (geo := _table_geometry(page)) is not None)
    pdf = HERE / f"{twin.stem}.pdf"
    (build_word if twin.producer == "word" else build_reportlab)(twin, pdf, work)
    try:
        npages = verify(twin, pdf, verbose, _text_geometry(twin, x0))
    except VerifyError as exc:
        print(f"FAILED {exc}", file=sys.stderr)
        return False
    print(f"{twin.stem}: {npages} pages, same expectation as {s.stem}, {pdf.stat().st_size // 1024} KB")
    return True
