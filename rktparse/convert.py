"""The library's front door: parse one file, or convert files to outputs on disk."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rktparse.assemble import source_to_document
from rktparse.errors import InputError, NoTextLayerError
from rktparse.grid import SourceDocument
from rktparse.models import RktDocument, Source
from rktparse.readers import DEFAULT_PDF_ENGINE, OCR_ENGINE, OcrMode, ReadOptions, TextStyle, get_reader, reader_for
from rktparse.writers import get_writer, write_atomically

INPUT_SUFFIXES = (".pdf", ".txt", ".docx", ".jpg", ".jpeg", ".png", ".tif", ".tiff")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_source(path: Path, options: ReadOptions | dict[str, Any] | None = None) -> SourceDocument:
    """The reader's cell grid of `path`; a PDF without a text layer goes to OCR when `ocr` is "auto"."""
    options = ReadOptions.resolve(options)
    try:
        return reader_for(path, options).read(path)
    except NoTextLayerError:
        if options.ocr != "auto":
            raise
    return get_reader(OCR_ENGINE).read(path)


def parse(path: str | Path, engine: str | None = None, ocr: OcrMode = "auto",
          text_style: TextStyle = "auto") -> RktDocument:
    """Read an RKT (PDF or text export) into a validated document.

    Args:
        path: the input file.
        engine: PDF reader to use ("pdfium", the default; "pdfplumber"; "camelot"; "ocr").
            Text exports always use the text reader.
        ocr: "auto" reads a PDF without a text layer (a scan) with Tesseract OCR;
            "always" OCRs every PDF page, ignoring any text layer; "never" fails
            on a scan with NoTextLayerError. The source block's engine is then "ocr".
        text_style: the style of a text export ("stream", "layout", "blocks");
            "auto" detects it.

    Returns:
        The RktDocument; `status` is "partial" and `warnings` say what to
        review when any decision was uncertain.

    Raises:
        rktparse.errors.InputError: the file cannot be converted (empty, not a
            PDF, corrupt, encrypted, no text layer, no RKT table); the message
            names the file and the reason.
        rktparse.errors.OcrError: a scan needs OCR and Tesseract is missing or failed.

    Example:
        >>> doc = parse("samples/kupang-2024-rkt.txt")
        >>> doc.sasaran[0].indikator[0].target.raw
        '100%'
    """
    options = ReadOptions.resolve({"engine": engine or DEFAULT_PDF_ENGINE, "ocr": ocr, "text_style": text_style})
    return read_document(Path(path), options)


def read_document(path: Path, options: ReadOptions | dict[str, Any] | None = None,
                  sha256: str | None = None) -> RktDocument:
    """`parse` with its reading options as one model; `sha256` when the caller has hashed the file already."""
    if not path.is_file():
        raise InputError(path, "no such file")
    return assemble_source(path, read_source(path, options), sha256)


def assemble_source(path: Path, source: SourceDocument, sha256: str | None = None) -> RktDocument:
    """The document a reader's `source` of `path` assembles into."""
    info = Source(file=path.name, sha256=sha256 or sha256_of(path), format=source.format,
                  pages=source.page_count, engine=source.engine)
    return source_to_document(source, info)


def convert_file(
    path: str | Path,
    out_dir: str | Path = "outputs",
    formats: Sequence[str] = ("json",),
    read: ReadOptions | dict[str, Any] | None = None,
    csv_bom: bool = False,
    sha256: str | None = None,
) -> tuple[RktDocument, list[Path]]:
    """Parse `path` and write `out_dir/<stem>.<ext>` for each format, each written atomically.

    `sha256` spares hashing the file again when the caller (a batch run) already has.

    Raises:
        rktparse.errors.InputError: as `parse`; then nothing is written.
    """
    path, out_dir = Path(path), Path(out_dir)
    writers = [get_writer(kind, bom=csv_bom) if kind == "csv" else get_writer(kind) for kind in formats]
    doc = read_document(path, read, sha256)
    rendered = [(out_dir / f"{path.stem}{w.suffix}", w.render(doc)) for w in writers]
    return doc, [write_atomically(target, data) for target, data in rendered]
