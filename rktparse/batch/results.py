"""What a batch run records: one result per input, a summary, and the report file holding both."""

from __future__ import annotations

import fcntl
import json
import os
import stat
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TextIO

from pydantic import BaseModel, Field, ValidationError, field_validator

from rktparse.errors import OutputError, display_path, os_error_reason

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

    @field_validator("path")
    @classmethod
    def _displayed(cls, value: str) -> str:
        return display_path(value)

    @field_validator("outputs")
    @classmethod
    def _all_displayed(cls, value: list[str]) -> list[str]:
        return [display_path(output) for output in value]

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
    stopped_by: str | None = Field(default=None, description="The signal that stopped the run early "
                                                             "(SIGINT, SIGTERM); None when it ran to its end")
    results: list[FileResult] = Field(default_factory=list, exclude=True)

    @classmethod
    def of(cls, results: list[FileResult], seconds: float, stopped_by: str | None = None) -> BatchSummary:
        def count(*statuses: FileStatus) -> int:
            return sum(result.status in statuses for result in results)

        pages = sum(result.pages for result in results if result.converted)
        return cls(converted=count(FileStatus.OK, FileStatus.WARNING), with_warnings=count(FileStatus.WARNING),
                   failed=count(FileStatus.FAILED), skipped=count(FileStatus.SKIPPED), pages=pages,
                   seconds=round(seconds, 3), pages_per_s=round(pages / seconds, 2) if seconds > 0 else 0.0,
                   stopped_by=stopped_by, results=results)


class Report:
    """`OUT/_report.jsonl`, one line appended and flushed per finished input, so a killed run keeps its record.

    The file is held under an exclusive lock for the whole run: a second run into the same folder
    is refused rather than interleaving its lines with this one's. It is opened without following a
    symbolic link (a link planted in OUT is an error, never a redirected write). `previous` holds
    the per-input lines already there when appending.
    """

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
        except OSError as error:
            raise OutputError(path, os_error_reason(error)) from error
        try:
            _lock(fd, path)
            old = _read_all(fd) if append else b""
            if not append:
                os.ftruncate(fd, 0)
        except BaseException:
            os.close(fd)
            raise
        self.previous = list(parse_results(old.decode("utf-8", errors="replace")))
        self._file: TextIO = os.fdopen(fd, "a", encoding="utf-8")
        # A run killed mid-line leaves a fragment; start on a fresh line instead of gluing onto it.
        if old and not old.endswith(b"\n"):
            self._file.write("\n")

    def write(self, line: BaseModel) -> None:
        try:
            self._file.write(line.model_dump_json() + "\n")
            self._file.flush()
        except OSError as error:  # a full disk
            raise OutputError(self.path, os_error_reason(error)) from error

    def __enter__(self) -> Report:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            self._file.close()
        except OSError:  # the flush of a full disk, already reported by write
            pass


def _lock(fd: int, path: Path) -> None:
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        raise OutputError(path, "not a regular file")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(path.parent, "another rktparse run is writing into this folder; "
                                       "wait for it to finish or choose another --out") from None


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return b"".join(iter(lambda: os.read(fd, 1 << 20), b""))


def parse_results(text: str) -> Iterator[FileResult]:
    """The per-input lines of a report; summaries and damaged lines (a killed run's last) are left out."""
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and not entry.get("summary"):
            try:
                yield FileResult.model_validate(entry)
            except ValidationError:
                continue


def output_key(output: str | Path, out_dir: Path) -> str:
    """An output's path below OUT (its name when flat in OUT, 2024/RKT.json with --keep-tree), as
    the report's runs can compare it whatever path named OUT."""
    relative = os.path.relpath(os.path.abspath(output), os.path.abspath(out_dir))
    return display_path(Path(output).name if relative.startswith("..") else relative)


def output_owners(results: Iterable[FileResult], out_dir: Path) -> dict[str, FileResult]:
    """The converted input that last wrote each output, by its path below OUT: what --resume may
    skip, and what tells one input's outputs from another's of the same stem."""
    return {output_key(output, out_dir): result for result in results if result.converted
            for output in result.outputs}
