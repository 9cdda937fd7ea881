"""What every writer is: a validated document in, one file out, written atomically."""

from __future__ import annotations

import os
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

from rktparse.models import RktDocument


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path`, then rename: never a half-written output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


class Writer(ABC):
    """Subclasses set `kind` (the name in `--format`) and `suffix`, and render bytes."""

    kind: ClassVar[str]
    suffix: ClassVar[str]

    @abstractmethod
    def render(self, doc: RktDocument) -> bytes:
        """The file's whole content."""

    def write(self, doc: RktDocument, path: Path) -> Path:
        return write_atomically(path, self.render(doc))


class TextWriter(Writer):
    """A writer of text formats, which can also hand back the text itself."""

    encoding: ClassVar[str] = "utf-8"

    @abstractmethod
    def render_str(self, doc: RktDocument) -> str:
        """The file's content as text."""

    def render(self, doc: RktDocument) -> bytes:
        return self.render_str(doc).encode(self.encoding)

    def render_text(self, doc: RktDocument, path: str | Path | None = None) -> str:
        text = self.render_str(doc)
        if path is not None:
            write_atomically(Path(path), text.encode(self.encoding))
        return text
