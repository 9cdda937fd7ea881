"""What every writer is: a validated document in, one file out, written atomically."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from rktparse.errors import LINK_REFUSED, OutputError, os_error_reason
from rktparse.models import RktDocument


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()

# A file's content: its bytes, or its pieces in order, written as they come (a big document's JSON
# is never held whole).
Content = bytes | Iterable[bytes]


# rktparse's temporary files: mkstemp's 8 random characters between the output's name and this
# suffix. Only names of this shape are ever deleted as leftovers of a killed run.
PART_SUFFIX = ".rktparse.part"
_PART_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(PART_SUFFIX))


def part_files(folder: Path) -> list[Path]:
    """The temporary files a killed run left in `folder`: regular files named as `write_outputs` names them."""
    return [path for path in folder.glob(f".*{PART_SUFFIX}")
            if _PART_NAME.fullmatch(path.name) and stat.S_ISREG(path.lstat().st_mode)]


def write_outputs(targets: Sequence[tuple[Path, Content]], keep: Path | None = None) -> list[Path]:
    """Write every (path, data) or none: each to a new temporary file beside it (O_EXCL), then all
    renamed over their targets, so no output is ever half-written.

    A target that is a symbolic link (one planted to redirect the write), not a regular file, or the
    file `keep` (the input being converted) is refused.

    Raises:
        OutputError: naming the path and the reason (refused, read-only folder, disk full, ...);
            then none of the targets was written.
    """
    parts: list[tuple[str, Path]] = []
    installed: list[Path] = []
    current: Path | None = None
    try:
        for current, data in targets:
            _check_target(current, keep)
            parts.append((_write_part(current, data), current))
        for part, current in parts:
            os.replace(part, current)  # rename replaces a link planted meanwhile, never writes through it
            installed.append(current)
    except BaseException as error:
        for part, _ in parts:
            Path(part).unlink(missing_ok=True)
        for path in installed:  # all or none: a later rename failed
            path.unlink(missing_ok=True)
        if isinstance(error, OSError) and current is not None:
            raise OutputError(current, os_error_reason(error)) from error
        raise
    return installed


def write_atomically(path: Path, data: bytes) -> Path:
    """`write_outputs` for one file."""
    return write_outputs([(path, data)])[0]


def _check_target(path: Path, keep: Path | None) -> None:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(path, LINK_REFUSED)
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(path, "not a regular file")
    if keep is not None and os.path.samestat(info, keep.stat()):
        raise OutputError(path, "is the input being converted; refusing to overwrite it")


def _write_part(path: Path, data: Content) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


class Writer(ABC):
    """Subclasses set `kind` (the name in `--format`) and `suffix`, and render bytes."""

    kind: ClassVar[str]
    suffix: ClassVar[str]

    @abstractmethod
    def render(self, doc: RktDocument) -> bytes:
        """The file's whole content."""

    def files(self, doc: RktDocument, path: Path) -> list[tuple[Path, Content]]:
        """Every file this format writes for `doc` at `path`, with its content: `path` itself, and
        for some formats files beside it (the CSV's programs)."""
        return [(path, self.render(doc))]

    def write(self, doc: RktDocument, path: Path) -> Path:
        """Write `doc` at `path` (and any file beside it, all or none); returns `path`."""
        write_outputs(self.files(doc, path))
        return path


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
