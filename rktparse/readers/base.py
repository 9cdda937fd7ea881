"""What every reader is: a file in, a `SourceDocument` of table cells out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

from rktparse.grid import SourceDocument


class Reader(ABC):
    """Reads one kind of source into the cell grid.

    Subclasses set `kind` (the name users pass as `--engine`) and `formats`
    (the source formats it reads: "pdf", "text", "docx").
    """

    kind: ClassVar[str]
    formats: ClassVar[tuple[str, ...]]
    description: ClassVar[str] = ""

    @abstractmethod
    def read(self, path: Path) -> SourceDocument:
        """Read `path` into table cells.

        Raises:
            rktparse.errors.InputError: the file cannot be read as this format,
                naming the reason (empty, corrupt, encrypted, no table, ...).
        """
