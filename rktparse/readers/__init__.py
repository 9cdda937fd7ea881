"""Readers, one module per source kind, picked from a registry by name."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from pydantic import Field, field_validator

from rktparse.errors import EmptyFileError, NoTextLayerError, OptionError, UnsupportedFormatError
from rktparse.lazy import lazy_names
from rktparse.options import Options

if TYPE_CHECKING:
    from rktparse.readers.base import Reader

# The base (and the cell grid under it) loads with the first reader: the options alone stay light.
__getattr__, __dir__ = lazy_names(__name__, {"Reader": "rktparse.readers.base"})

# kind -> "module:Class"; imported lazily so a heavy engine costs nothing unless used.
READERS: dict[str, str] = {
    "pdfium": "rktparse.readers.pdfium_reader:PdfiumReader",
    "pdfplumber": "rktparse.readers.pdfplumber_reader:PdfplumberReader",
    "camelot": "rktparse.readers.camelot_reader:CamelotReader",
    "text": "rktparse.readers.text:TextReader",
    "docx": "rktparse.readers.docx_reader:DocxReader",
    "doc": "rktparse.readers.doc_reader:DocReader",
    "xlsx": "rktparse.readers.xlsx_reader:XlsxReader",
    "ocr": "rktparse.readers.ocr_reader:OcrReader",
}
DEFAULT_PDF_ENGINE = "pdfium"
OCR_ENGINE = "ocr"
OcrMode = Literal["auto", "always", "never"]  # OCR a PDF only without a text layer, every time, or never
OCR_MODES: tuple[str, ...] = get_args(OcrMode)
TextStyle = Literal["auto", "stream", "layout", "blocks"]
TEXT_STYLES: tuple[str, ...] = get_args(TextStyle)
FILE_READERS = ("text", "docx", "doc", "xlsx")  # each reads its own file kind, picked by the file's bytes
PDF_ENGINES = tuple(sorted(kind for kind in READERS if kind not in FILE_READERS))


class ReadOptions(Options):
    """How a file is read: the PDF engine, when to OCR, and the style of text exports."""

    engine: str = Field(default=DEFAULT_PDF_ENGINE, description="PDF reader. Text exports always use the text reader.")
    ocr: OcrMode = Field(default="auto", description="OCR scanned PDFs with Tesseract: auto (only PDFs without "
                                                     "a text layer), always (every PDF), never (scans fail).")
    text_style: TextStyle = Field(default="auto", description="Style of text exports: auto (detected), stream "
                                                              "(cells in reading order), layout (pdftotext -layout) "
                                                              "or blocks (one cell line per line).")

    @field_validator("engine")
    @classmethod
    def _known_engine(cls, value: str) -> str:
        if value not in PDF_ENGINES:
            raise ValueError(f"unknown engine {value!r}: choose from {', '.join(PDF_ENGINES)}")
        return value


def get_reader(kind: str, options: Any = None) -> Reader:
    """The reader registered as `kind`, given its own `options` if any; an unknown kind lists the known ones."""
    try:
        module_name, class_name = READERS[kind].split(":")
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise OptionError(f"unknown engine {kind!r}; known engines: {known}") from None
    reader_class = getattr(import_module(module_name), class_name)
    return reader_class() if options is None else reader_class(options)


# The first bytes of the image files a scanner writes: PNG, JPEG, TIFF (little- and big-endian).
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 files (.doc)


def is_image(path: Path) -> bool:
    """Whether Pillow makes an image of the file (a PNG signature before junk is no image)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path):
            return True
    except (UnidentifiedImageError, OSError):
        return False


def zip_format(path: Path) -> str:
    """'xlsx' for an Excel workbook, else 'docx' (the docx reader names what else a zip may be)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return "xlsx" if "xl/workbook.xml" in archive.namelist() else "docx"
    except (zipfile.BadZipFile, OSError):
        return "docx"


def detect_format(path: Path) -> str:
    """'pdf', 'docx', 'doc', 'xlsx', 'image' (JPG, PNG, TIFF) or 'text', from the file's bytes rather than its name."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise EmptyFileError(path)
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(IMAGE_SIGNATURES) and is_image(path):
        return "image"
    from rktparse.readers.kinds import binary_kind, zip_kind  # (with the first file: --help stays light)

    if head[:4] == b"PK\x03\x04":  # a zip: Word's .docx and Excel's .xlsx are the ones we read
        if (found := zip_format(path)) == "xlsx":
            return found
        if (other := zip_kind(path)) is not None:
            raise UnsupportedFormatError(path, other)
        return "docx"
    if head.startswith(OLE2_SIGNATURE):  # Word 97-2003; the doc reader names an .xls or .ppt
        return "doc"
    from rktparse.readers.encodings import unicode_bom  # (with the first file: --help stays light)

    if unicode_bom(head) is not None:  # UTF-16 and UTF-32 text is full of NUL bytes
        return "text"
    if b"\x00" in head:
        raise UnsupportedFormatError(path, binary_kind(path, head))
    return "text"


def scanned_with_layer(path: Path) -> bool:
    """A scan whose scanner put its OCR text under the page images (read by OCR, not as born-digital)."""
    from rktparse.readers.ocr.hidden import has_hidden_layer  # lazily, as every reader

    return has_hidden_layer(path)


def reader_for(path: Path, options: ReadOptions | dict[str, Any] | None = None) -> Reader:
    """The reader for `path`: the text reader (in `text_style`) for text, the docx, doc and xlsx
    readers for Word and Excel files, the OCR reader for images; for PDFs the OCR reader when `ocr`
    is "always", else `engine`."""
    options = ReadOptions.resolve(options)
    source_format = detect_format(path)
    if source_format == "text":
        return get_reader("text", {"style": options.text_style})
    if source_format in FILE_READERS:
        return get_reader(source_format)
    if source_format == "image":
        if options.ocr == "never":
            raise NoTextLayerError(path, "an image file, and OCR is off (--ocr never)")
        return get_reader(OCR_ENGINE)
    reader = get_reader(OCR_ENGINE if options.ocr == "always" or (options.ocr == "auto" and scanned_with_layer(path))
                        else options.engine)
    if "pdf" not in reader.formats:
        raise OptionError(f"engine {reader.kind!r} does not read PDFs")
    return reader


__all__ = ["READERS", "DEFAULT_PDF_ENGINE", "FILE_READERS", "OCR_ENGINE", "OCR_MODES", "PDF_ENGINES", "TEXT_STYLES", "OcrMode",
           "ReadOptions", "Reader", "TextStyle", "detect_format", "get_reader", "reader_for"]
