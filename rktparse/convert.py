"""The library's front door: parse one file, or convert files to outputs on disk."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rktparse.assemble import source_to_documents
from rktparse.errors import (
    InputError,
    InvalidDocumentError,
    NoTextLayerError,
    NotRegularFileError,
    SeveralDocumentsError,
    display_path,
    os_error_reason,
)
from rktparse.grid import SourceDocument
from rktparse.models import RktDocument, Source
from rktparse.readers import DEFAULT_PDF_ENGINE, OCR_ENGINE, OcrMode, ReadOptions, TextStyle, get_reader, reader_for
from rktparse.readers.clean import remove_control_characters
from rktparse.writers import get_writer, write_outputs

if TYPE_CHECKING:
    from rktparse.writers.base import Content, Writer

INPUT_SUFFIXES = (".pdf", ".txt", ".docx", ".doc", ".xlsx", ".jpg", ".jpeg", ".png", ".tif", ".tiff")


def check_regular(path: Path) -> None:
    """Refuse, before any read, what is not a regular file (or a link to one): reading a FIFO or a
    device such as /dev/zero would block or never end.

    Raises:
        InputError: missing, unreadable, or a FIFO, device, socket or folder (named).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "broken link" if path.is_symlink() else "no such file") from None
    except OSError as error:
        raise InputError(path, os_error_reason(error)) from error
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(path, _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "an unknown kind of file"))


_FILE_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
               stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


def sha256_of(path: Path) -> str:
    """The hash of the file's bytes; O_NONBLOCK and a check of the opened file keep a FIFO swapped
    in after `check_regular` from blocking."""
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC), "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotRegularFileError(path)
        digest = hashlib.sha256()
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_source(path: Path, options: ReadOptions | dict[str, Any] | None = None) -> SourceDocument:
    """The reader's cell grid of `path` (a regular file: see `check_regular`), without control
    characters; a PDF without a text layer goes to OCR when `ocr` is "auto"."""
    options = ReadOptions.resolve(options)
    check_regular(path)
    try:
        source = reader_for(path, options).read(path)
    except NoTextLayerError:
        if options.ocr != "auto":
            raise
        source = get_reader(OCR_ENGINE).read(path)
    return remove_control_characters(source)


def doc_pages(doc: RktDocument) -> str:
    """'4-6': the pages a document's rows were printed on."""
    pages = [page for sasaran in doc.sasaran for page in sasaran.pages] or [0]
    return f"{min(pages)}-{max(pages)}"


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

    Limits: `parse` runs in the calling process with no time or memory limit of its
    own. Word files are checked against `DocxOptions` (uncompressed size, XML depth)
    before parsing; to bound anything else, convert through `convert_many(...,
    timeout=..., max_memory_mb=...)`, which runs each file in a worker process under
    both limits, or cap the calling process (`resource.setrlimit(RLIMIT_AS, ...)`
    turns an allocation past the cap into MemoryError).

    Raises:
        rktparse.errors.InputError: the file cannot be converted (empty, not a
            PDF, corrupt, encrypted, no text layer, no RKT table); the message
            names the file and the reason.
        rktparse.errors.SeveralDocumentsError: the file holds several documents (two RKTs
            joined into one PDF); `parse_all` returns each. Nothing is dropped silently.
        rktparse.errors.OcrError: a scan needs OCR and Tesseract is missing or failed.

    Example:
        >>> doc = parse("samples/kupang-2024-rkt.txt")
        >>> doc.sasaran[0].indikator[0].target.raw
        '100%'
    """
    options = ReadOptions.resolve({"engine": engine or DEFAULT_PDF_ENGINE, "ocr": ocr, "text_style": text_style})
    return read_document(Path(path), options)


def parse_all(path: str | Path, engine: str | None = None, ocr: OcrMode = "auto",
              text_style: TextStyle = "auto") -> list[RktDocument]:
    """Read every document a file holds: one for most files; one per part where a file joins
    several (each part with its own title and signature block, e.g. two RKTs in one PDF).
    Page numbers stay those of the file. Where a boundary is not sure the file gives one
    document with a `document-boundary` review warning.

    Args and Raises: as `parse`, less SeveralDocumentsError.

    Example:
        >>> [doc.document.agency for doc in parse_all("samples/kupang-2024-rkt.txt")]
        ['KOMISI PEMILIHAN UMUM KOTA KUPANG']
    """
    options = ReadOptions.resolve({"engine": engine or DEFAULT_PDF_ENGINE, "ocr": ocr, "text_style": text_style})
    return read_documents(Path(path), options)


def read_document(path: Path, options: ReadOptions | dict[str, Any] | None = None) -> RktDocument:
    """`parse` with its reading options as one model."""
    docs = read_documents(path, options)
    if len(docs) > 1:
        raise SeveralDocumentsError(path, [doc_pages(doc) for doc in docs])
    return docs[0]


def read_documents(path: Path, options: ReadOptions | dict[str, Any] | None = None,
                   sha256: str | None = None) -> list[RktDocument]:
    """`parse_all` with its reading options as one model; `sha256` when the caller has hashed the file already."""
    return assemble_source(path, read_source(path, options), sha256, release=True)  # no one else holds the source


def assemble_source(path: Path, source: SourceDocument, sha256: str | None = None,
                    release: bool = False) -> list[RktDocument]:
    """The documents a reader's `source` of `path` assembles into (one, or one per joined part);
    `release` empties its tables' cells once read and lets its notes go as they become warnings (see
    `rktparse.assemble.source_to_document`)."""
    info = Source(file=display_path(path.name), sha256=sha256 or sha256_of(path), format=source.format,
                  pages=source.page_count, engine=source.engine)
    return source_to_documents(source, info, release)


def output_stems(path: Path, count: int) -> list[str]:
    """`<stem>` for a file of one document; `<stem>-1`, `<stem>-2`, ... for a file of several."""
    return [path.stem] if count == 1 else [f"{path.stem}-{number}" for number in range(1, count + 1)]


def convert_file(
    path: str | Path,
    out_dir: str | Path = "outputs",
    formats: Sequence[str] = ("json",),
    read: ReadOptions | dict[str, Any] | None = None,
    csv_bom: bool = False,
    sha256: str | None = None,
    mark_review: bool = False,
) -> tuple[list[RktDocument], list[Path]]:
    """Parse `path` and write `out_dir/<stem>.<ext>` for each format (`<stem>-1.<ext>`,
    `<stem>-2.<ext>`, ... for a file of several documents): all of them or none.

    `sha256` spares hashing the file again when the caller (a batch run) already has.

    Returns:
        The documents (one for most files) and the paths written.

    Raises:
        rktparse.errors.InputError: as `parse`; then nothing is written.
        rktparse.errors.OutputError: an output cannot be written (it is the input itself, a
            symbolic link, the folder is read-only or full); then nothing is written.
    """
    path, out_dir = Path(path), Path(out_dir)
    writers = make_writers(formats, csv_bom, path, mark_review)
    docs = read_documents(path, read, sha256)
    rendered = [made for stem, doc in zip(output_stems(path, len(docs)), docs, strict=True)
                for made in rendered_files(doc, out_dir / stem, writers)]
    return docs, write_outputs(rendered, keep=path)


def make_writers(formats: Sequence[str], csv_bom: bool = False, source: Path | None = None,
                 mark_review: bool = False) -> list[Writer]:
    """The writers of `formats`: the CSV told about the BOM, the HTML report given the source file
    whose pages it shows, the DOCX whether to mark the rows a person should check."""
    options: dict[str, dict[str, Any]] = {"csv": {"bom": csv_bom}, "html": {"source": source},
                                          "docx": {"mark_review": mark_review}}
    return [get_writer(kind, **options.get(kind, {})) for kind in formats]


def rendered_files(doc: RktDocument, base: Path, writers: Sequence[Writer]) -> list[tuple[Path, Content]]:
    """The files the writers make of `doc`, named `<base><suffix>` (a CSV's programs beside it)."""
    return [made for w in writers for made in w.files(doc, base.with_name(f"{base.name}{w.suffix}"))]


def load_document(path: str | Path) -> RktDocument:
    """An rktparse JSON file (an output, maybe corrected by hand) validated against the models.

    Raises:
        rktparse.errors.InputError: unreadable, not JSON, or not a valid document; the message
            names the first errors by their place in the JSON.
    """
    from pydantic import ValidationError

    path = Path(path)
    check_regular(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InvalidDocumentError(path, f"not UTF-8: {error.reason}") from None
    except json.JSONDecodeError as error:
        raise InvalidDocumentError(path, f"not JSON: {error.msg} at line {error.lineno} column {error.colno}") from None
    except OSError as error:
        raise InputError(path, os_error_reason(error)) from error
    try:
        return RktDocument.model_validate(data)
    except ValidationError as error:
        problems = [f"/{'/'.join(str(p) for p in item['loc'])}: {item['msg']}" for item in error.errors()]
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise InvalidDocumentError(path, f"{len(problems)} error(s): {'; '.join(problems[:3])}{more}") from None


def export_file(path: str | Path, out_dir: str | Path | None = None, formats: Sequence[str] = ("docx",),
                csv_bom: bool = False, source: str | Path | None = None) -> list[Path]:
    """Write the other formats of a JSON document (an output of `convert`, corrected by hand).

    Args:
        path: the JSON file; it is validated against the models first.
        out_dir: where to write `<stem>.<ext>` (default: beside the JSON).
        formats: any of the writers' formats; "json" rewrites it normalised, never over `path`.
        csv_bom: start CSV files with a UTF-8 BOM.
        source: the converted input, whose pages the HTML report shows (default: the file
            `source.file` beside the JSON, when its sha256 is the document's).

    Returns:
        The files written.

    Raises:
        rktparse.errors.InputError: the JSON is not a valid document.
        rktparse.errors.OutputError: an output cannot be written; then none is.

    Example:
        >>> export_file("outputs/rkt.json", formats=("xlsx", "html"))
        [PosixPath('outputs/rkt.xlsx'), PosixPath('outputs/rkt.html')]
    """
    path = Path(path)
    doc = load_document(path)
    original = Path(source) if source is not None else _source_beside(path, doc)
    writers = make_writers(formats, csv_bom, original)
    folder = Path(out_dir) if out_dir is not None else path.parent
    return write_outputs(rendered_files(doc, folder / path.stem, writers), keep=path)


def _source_beside(path: Path, doc: RktDocument) -> Path | None:
    candidate = path.parent / doc.source.file
    try:
        return candidate if candidate.is_file() and sha256_of(candidate) == doc.source.sha256 else None
    except OSError:
        return None
