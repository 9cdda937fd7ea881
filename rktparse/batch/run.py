"""`convert_many`: convert a whole archive, recording every input in OUT/_report.jsonl."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from rktparse.batch.executors import run_jobs
from rktparse.batch.inputs import collect_inputs
from rktparse.batch.options import BatchOptions
from rktparse.batch.results import (
    REPORT_NAME,
    BatchSummary,
    FileResult,
    FileStatus,
    Report,
    converted_keys,
    os_error_reason,
    read_results,
    resume_key,
)
from rktparse.batch.task import Job
from rktparse.convert import sha256_of
from rktparse.writers import writer_class


class Observer(Protocol):
    """Told about a run as it goes (the CLI's progress bar and messages)."""

    def start(self, total: int) -> None: ...

    def finished(self, result: FileResult) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def finished(self, result: FileResult) -> None:
        pass


class _StopRun(Exception):
    """--fail-fast met a failure."""


def convert_many(paths: Iterable[str | Path], out: str | Path = "outputs",
                 options: BatchOptions | Mapping[str, Any] | None = None, *,
                 observer: Observer | None = None, **settings: Any) -> BatchSummary:
    """Convert files, folders (their .pdf, .txt and .docx, recursively) and glob patterns into `out`.

    Args:
        paths: inputs; a path that names nothing convertible is recorded as failed.
        out: folder of the outputs `<stem>.<format>` and of the report `_report.jsonl`.
        options: a BatchOptions, a dict of its fields, or None for the defaults.
        observer: told the number of inputs, then each result as it arrives.
        settings: BatchOptions fields overriding `options` (jobs=4, executor="dask",
            scheduler="tcp://host:8786", formats=("json", "csv"), engine=..., resume=True,
            timeout=60, max_memory_mb=1024, fail_fast=True). One input, or jobs=1, converts
            in this process, unless timeout or max_memory_mb is given: worker processes hold those.

    Returns:
        The counts and every input's result; failures are results, not exceptions.

    Raises:
        rktparse.errors.OptionError: an option is invalid, or the Dask scheduler is unreachable.

    Example:
        >>> summary = convert_many(["archive/"], "outputs", jobs=4, resume=True)
        >>> summary.failed
        0
    """
    start = time.perf_counter()
    opts = BatchOptions.resolve(options, **settings)
    observer = observer or _Silent()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(out_dir)
    report_path = out_dir / REPORT_NAME
    done = converted_keys(read_results(report_path)) if opts.resume else set()
    inputs = collect_inputs(paths)
    results: list[FileResult] = []
    with Report(report_path, append=opts.resume) as report:

        def record(result: FileResult) -> None:
            report.write(result)
            results.append(result)
            observer.finished(result)
            if opts.fail_fast and result.status is FileStatus.FAILED:
                raise _StopRun

        observer.start(len(inputs.files) + len(inputs.problems))
        try:
            for path, reason in inputs.problems:
                record(FileResult(path=path, status=FileStatus.FAILED, error=reason, options=opts.fingerprint()))
            prepared = [_prepare(path, out_dir, opts, done) for path in inputs.files]
            for result in (item for item in prepared if isinstance(item, FileResult)):
                record(result)
            for result in run_jobs([item for item in prepared if isinstance(item, Job)], opts):
                record(result)
        except _StopRun:
            pass
        summary = BatchSummary.of(results, time.perf_counter() - start)
        report.write(summary)
    return summary


def _prepare(path: Path, out_dir: Path, opts: BatchOptions, done: set[tuple[str, str, str]]) -> Job | FileResult:
    """The job converting `path`, or its result already: unreadable, or skipped by --resume."""
    try:
        sha256 = sha256_of(path)
    except OSError as error:
        return FileResult(path=str(path), status=FileStatus.FAILED, options=opts.fingerprint(),
                          error=os_error_reason(error))
    if resume_key(str(path), sha256, opts.fingerprint()) in done and _outputs_exist(path, out_dir, opts):
        return FileResult(path=str(path), sha256=sha256, status=FileStatus.SKIPPED, options=opts.fingerprint())
    return Job(path=str(path), sha256=sha256, out_dir=str(out_dir), options=opts)


def _outputs_exist(path: Path, out_dir: Path, opts: BatchOptions) -> bool:
    return all((out_dir / f"{path.stem}{writer_class(kind).suffix}").is_file() for kind in opts.formats)


def remove_stale_parts(out_dir: Path) -> None:
    """Delete the temporary files of outputs that a killed run was writing (see write_atomically)."""
    for part in out_dir.glob(".*.part"):
        part.unlink(missing_ok=True)
