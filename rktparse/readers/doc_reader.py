"""Legacy Word files (.doc, Word 97-2003): converted to .docx by LibreOffice, then read as Word.

LibreOffice runs headless in a temporary folder with a profile of its own (two
runs at once, or a desktop LibreOffice already open, would otherwise share a
profile and wait on each other's lock), under a time limit. The converted file
is read by the docx reader, so tables, merged cells and the text around them
come out as from a .docx.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pydantic import Field

from rktparse.errors import CorruptFileError, EmptyFileError, UnsupportedFormatError
from rktparse.grid import SourceDocument
from rktparse.options import Options
from rktparse.readers.base import Reader
from rktparse.readers.docx_reader import DocxReader


class DocOptions(Options):
    """How a legacy .doc is converted."""

    timeout: float = Field(default=120.0, gt=0, description="Seconds LibreOffice may take to convert one .doc "
                                                            "to .docx (its first start is the slow part).")


def doc_to_docx(path: Path, folder: Path, timeout: float) -> Path:
    """`path` converted into `folder` as .docx.

    Raises:
        UnsupportedFormatError: LibreOffice is missing, or made no Word document of the file.
        CorruptFileError: LibreOffice did not finish within `timeout` seconds.
    """
    command = shutil.which("soffice") or shutil.which("libreoffice")
    if command is None:
        raise UnsupportedFormatError(path, "a legacy .doc, and LibreOffice (soffice), which converts it, is not "
                                           "installed (scripts/setup.sh installs it)")
    source = folder / "in.doc"  # a plain name: LibreOffice names its output after the input
    shutil.copyfile(path, source)
    arguments = [command, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
               "--convert-to", "docx", "--outdir", str(folder), str(source)]
    try:
        subprocess.run(arguments, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:
        raise CorruptFileError(path, f"LibreOffice did not convert it to .docx within {timeout:g} s") from error
    converted = folder / "in.docx"
    if not converted.is_file() or converted.stat().st_size == 0:
        raise UnsupportedFormatError(path, "an Office file LibreOffice could not convert to a Word document")
    return converted


class DocReader(Reader):
    """Legacy Word (.doc) files, through LibreOffice and the docx reader."""

    kind = "doc"
    formats = ("doc",)
    description = "Legacy Word 97-2003 files (.doc), converted to .docx by LibreOffice headless"

    def __init__(self, options: DocOptions | dict[str, Any] | None = None) -> None:
        self.options = DocOptions.resolve(options)

    def read(self, path: Path) -> SourceDocument:
        if path.stat().st_size == 0:
            raise EmptyFileError(path)
        with tempfile.TemporaryDirectory(prefix="rktparse-doc-") as folder:
            converted = doc_to_docx(path, Path(folder), self.options.timeout)
            source = DocxReader().read(converted)
        return source.model_copy(update={"path": str(path), "format": "doc", "engine": self.kind})
