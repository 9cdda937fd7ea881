"""Generated documents rendered once (cached), and their text exports in the styles archives hold.

Both `benchmarks/generalise.py` (PDF engines) and `benchmarks/text_exports.py`
(the text reader) read the same cached renders. This module sits beside
`samples/build`, not in it: the cache is keyed by the generator's code, so a
change here does not re-render any document.

Export styles, as the exporters print them:

* `pypdf`: pypdf `extract_text()` per page, pages joined by a newline (stream order).
* `pdfplumber`: pdfplumber `extract_text()` per page, joined by a newline.
* `pymupdf`: PyMuPDF `get_text()` per page (its blocks), pages parted by form feeds.
* `pdftotext`: plain `pdftotext` (reading order), form feeds between pages.
* `layout`: `pdftotext -layout`, form feeds between pages.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from samples.build import generate as gen

BUILD = Path(__file__).resolve().parent / "build"
STYLES = ("pypdf", "pdfplumber", "pymupdf", "pdftotext", "layout")


def cache_dir() -> Path:
    """Renders depend on the generator's code: a change to it starts a new cache (not one to the
    scoring, which reads renders and makes none)."""
    digest = hashlib.sha256()
    for path in sorted(BUILD.glob("*.py")):
        if path.name != "score.py":
            digest.update(path.read_bytes())
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    folder = base / "rktparse" / "generated" / digest.hexdigest()[:12]
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def rendered(seed: int, folder: Path, want_scan: bool = False) -> tuple[Path, Path | None]:
    """The document's PDF (and its scan), rendered once."""
    pdf = folder / f"gen-{seed}.pdf"
    if not pdf.exists():
        with tempfile.TemporaryDirectory() as work:
            part = Path(work) / pdf.name
            gen.render(gen.generate(seed), part, Path(work))
            part.replace(pdf)
    scanned = folder / f"gen-{seed}-scan.pdf" if want_scan else None
    if scanned is not None and not scanned.exists():
        part = scanned.with_suffix(".part")
        gen.scan(pdf, part, seed)
        part.replace(scanned)
    return pdf, scanned


def harsh_degradation(seed: int):  # type: ignore[no-untyped-def]  (make_scans is imported when asked for)
    """How issue 11 asks scans to be measured, drawn for a seed: 150-300 dpi, grey (faded, sometimes in
    colour) or 1-bit, skew up to 3 degrees, dust, a stamp and a signature over the table on half of them."""
    import random

    from samples.make_scans import Degradation

    rng = random.Random(seed)
    grey, stamps = rng.random() < 0.5, rng.random() < 0.5
    return Degradation(dpi=rng.choice([150, 200, 300]), skew=rng.uniform(-3.0, 3.0), grey=grey,
                       contrast=rng.uniform(0.5, 1.0) if grey else 1.0, speckles=rng.uniform(1e-4, 1e-3),
                       stamps=stamps, colour=grey and stamps and rng.random() < 0.5)


def harsh_scan(seed: int, pdf: Path) -> Path:
    """The document's scan under `harsh_degradation`, made once (cached beside its PDF, keyed by the
    scanning code too)."""
    from samples.make_scans import scan_pdf

    digest = hashlib.sha256((Path(__file__).parent / "make_scans.py").read_bytes()).hexdigest()[:8]
    scanned = pdf.with_name(f"gen-{seed}-harsh-{digest}.pdf")
    if not scanned.exists():
        part = scanned.with_suffix(".part")
        part.write_bytes(scan_pdf(pdf, harsh_degradation(seed), seed))
        part.replace(scanned)
    return scanned


def _pypdf(pdf: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _pdfplumber(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() for page in document.pages)


def _pymupdf(pdf: Path) -> str:
    import pymupdf

    with pymupdf.open(pdf) as document:
        return "\f".join(page.get_text() for page in document)


def _pdftotext(*options: str) -> Callable[[Path], str]:
    def run(pdf: Path) -> str:
        done = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"],
                              capture_output=True, check=True)
        return done.stdout.decode("utf-8")

    return run


EXPORTERS: dict[str, Callable[[Path], str]] = {
    "pypdf": _pypdf,
    "pdfplumber": _pdfplumber,
    "pymupdf": _pymupdf,
    "pdftotext": _pdftotext(),
    "layout": _pdftotext("-layout"),
}


def exported(seed: int, style: str, folder: Path) -> Path:
    """The text export of the seed's document in `style`, made once from its cached render."""
    text = folder / "text" / f"gen-{seed}.{style}.txt"
    if not text.exists():
        pdf, _ = rendered(seed, folder)
        text.parent.mkdir(exist_ok=True)
        part = text.with_suffix(f".{os.getpid()}.part")
        part.write_text(EXPORTERS[style](pdf), encoding="utf-8")
        part.replace(text)
    return text
