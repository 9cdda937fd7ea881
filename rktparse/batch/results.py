"""What a batch run records: one result per input, a summary, and the report file holding both."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TextIO

from pydantic import BaseModel, Field, ValidationError

REPORT_NAME = "_report.jsonl"


class FileStatus(str, Enum):
    OK = "ok"
    WARNING = "warning"  # converted, but the document's status is "partial": review it
    FAILED = "failed"
    SKIPPED = "skipped"  # --resume: converted by an earlier run with the same options


class FileResult(BaseModel):
    """One input's outcome: a line of the report."""

    path: str = Field(description="The input as found (a file, or the path or pattern that failed)")
    sha256: str | None = Field(default=None, description="Hash of the input's bytes; None when it could not be read")
    status: FileStatus
    error: str | None = Field(default=None, description="Why it failed, for status 'failed'")
    warnings: int = Field(default=0, description="Warnings in the converted document")
    pages: int = Field(default=0, description="Pages read")
    seconds: float = Field(default=0.0, description="Time the conversion took")
    engine: str | None = Field(default=None, description="Reader that read the input")
    options: dict[str, Any] = Field(default_factory=dict, description="BatchOptions.fingerprint() of the run")
    outputs: list[str] = Field(default_factory=list, description="Files written")

    @property
    def converted(self) -> bool:
        return self.status in (FileStatus.OK, FileStatus.WARNING)


class BatchSummary(BaseModel):
    """The counts of a run (its report's last line) and, from the API, every input's result."""

    summary: Literal[True] = True
    converted: int = Field(description="Inputs converted in this run, with or without warnings")
    with_warnings: int = Field(description="Converted inputs whose document has status 'partial'")
    failed: int
    skipped: int
    pages: int = Field(description="Pages converted in this run")
    seconds: float = Field(description="Wall-clock time of the run")
    pages_per_s: float
    results: list[FileResult] = Field(default_factory=list, exclude=True)

    @classmethod
    def of(cls, results: list[FileResult], seconds: float) -> BatchSummary:
        def count(*statuses: FileStatus) -> int:
            return sum(result.status in statuses for result in results)

        pages = sum(result.pages for result in results if result.converted)
        return cls(converted=count(FileStatus.OK, FileStatus.WARNING), with_warnings=count(FileStatus.WARNING),
                   failed=count(FileStatus.FAILED), skipped=count(FileStatus.SKIPPED), pages=pages,
                   seconds=round(seconds, 3), pages_per_s=round(pages / seconds, 2) if seconds > 0 else 0.0,
                   results=results)


class Report:
    """`OUT/_report.jsonl`, one line appended and flushed per finished input, so a killed run keeps its record."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        self._file: TextIO = path.open("a" if append else "w", encoding="utf-8")
        # A run killed mid-line leaves a fragment; start on a fresh line instead of gluing onto it.
        if _ends_mid_line(path):
            self._file.write("\n")

    def write(self, line: BaseModel) -> None:
        self._file.write(line.model_dump_json() + "\n")
        self._file.flush()

    def __enter__(self) -> Report:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._file.close()


def os_error_reason(error: OSError) -> str:
    """'permission denied' rather than "[Errno 13] Permission denied: '/the/path'": the path is said already."""
    return (error.strerror or str(error)).lower()


def _ends_mid_line(path: Path) -> bool:
    with path.open("rb") as handle:
        if handle.seek(0, 2) == 0:
            return False
        handle.seek(-1, 2)
        return handle.read(1) != b"\n"


def read_results(path: Path) -> Iterator[FileResult]:
    """The per-input lines of a report; summaries and damaged lines (a killed run's last) are left out."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and not entry.get("summary"):
            try:
                yield FileResult.model_validate(entry)
            except ValidationError:
                continue


def converted_keys(results: Iterable[FileResult]) -> set[tuple[str, str, str]]:
    """The resume keys of every converted input: what --resume may skip."""
    return {resume_key(r.path, r.sha256, r.options) for r in results if r.converted and r.sha256}


def resume_key(path: str, sha256: str, fingerprint: dict[str, Any]) -> tuple[str, str, str]:
    """Outputs are named by the input's stem: skip only when that stem's outputs came from these
    bytes with these options (another file copied over this one must be converted again)."""
    return Path(path).stem, sha256, json.dumps(fingerprint, sort_keys=True)
