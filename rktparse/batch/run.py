"""`convert_many`: convert a whole archive, recording every input in OUT/_report.jsonl."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from rktparse.batch.executors import run_jobs
from rktparse.batch.inputs import Input, collect_inputs, file_id
from rktparse.batch.options import BatchOptions
from rktparse.batch.results import (
    REPORT_NAME,
    BatchSummary,
    FileResult,
    FileStatus,
    Report,
    output_key,
    output_owners,
)
from rktparse.batch.task import Job
from rktparse.errors import OutputError, Stopped, display_path, os_error_reason
from rktparse.writers import part_files, writer_class


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
    """Convert files, folders (their .pdf, .txt, .docx and image files, recursively) and glob patterns into `out`.

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
        rktparse.errors.OutputError: `out` or its report cannot be written (not a folder,
            read-only, full, a symbolic link planted as the report) or another run is writing there.
        rktparse.errors.Stopped: the run was interrupted (KeyboardInterrupt, or Stopped raised by a
            signal handler); the workers were stopped and the report's summary says so.

    Example:
        >>> summary = convert_many(["archive/"], "outputs", jobs=4, resume=True)
        >>> summary.failed
        0
    """
    start = time.perf_counter()
    opts = BatchOptions.resolve(options, **settings)
    observer = observer or _Silent()
    out_dir = _out_folder(Path(out))
    with Report(out_dir / REPORT_NAME, append=opts.resume) as report:
        remove_stale_parts(out_dir, opts.keep_tree)  # under the report's lock: no other run is writing here
        owners = output_owners(report.previous, out_dir)
        inputs = collect_inputs(paths, out_dir, opts.keep_tree)
        results: list[FileResult] = []

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
            protected = {file_id(item.path) for item in inputs.files}
            prepared = [_prepare(item, out_dir, opts, owners, protected) for item in inputs.files]
            for result in (item for item in prepared if isinstance(item, FileResult)):
                record(result)
            for result in run_jobs([item for item in prepared if isinstance(item, Job)], opts):
                record(result)
        except _StopRun:
            pass
        except (KeyboardInterrupt, Stopped) as stop:  # the workers are stopped by run_jobs' cleanup
            signum = stop.signum if isinstance(stop, Stopped) else signal.SIGINT
            stopped = BatchSummary.of(results, time.perf_counter() - start, signal.Signals(signum).name)
            report.write(stopped)
            raise Stopped(signum, len(results), len(inputs.files) + len(inputs.problems)) from None
        summary = BatchSummary.of(results, time.perf_counter() - start)
        report.write(summary)
    return summary


def _out_folder(out_dir: Path) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(out_dir, "not a folder") from None
    except OSError as error:
        raise OutputError(out_dir, os_error_reason(error)) from error
    return out_dir


def _prepare(item: Input, out_dir: Path, opts: BatchOptions, owners: dict[str, FileResult],
             protected: set[tuple[int, int] | None]) -> Job | FileResult:
    """The job converting `path` (under --resume, told the hash its outputs were made from), or its
    failure already: an output would overwrite an input of this run, or holds another input's
    conversion from an earlier run (two inputs of one stem in two runs)."""
    path = item.path
    stem = out_dir / item.output_stem(opts.keep_tree)
    job = Job(path=str(path), out_dir=str(stem.parent), options=opts)
    outputs = [stem.with_name(stem.name + writer_class(kind).suffix) for kind in opts.formats]
    earlier = [owners.get(output_key(output, out_dir)) for output in outputs]
    for output, owner in zip(outputs, earlier):
        if (found := file_id(output)) is not None and found in protected:
            return job.failed(f"its output {display_path(output)} is an input of this run; refusing to overwrite it "
                              f"(choose another --out)")
        if owner is not None and not _same_file(owner.path, path):
            return job.failed(f"its output {display_path(output)} holds {owner.path}, converted by an earlier run "
                              f"(same file stem); choose another --out or remove that output")
    sha256 = _made_from(earlier, opts)
    if sha256 is not None and all(output.is_file() for output in outputs):
        return replace(job, converted_sha256=sha256)
    return job


def _made_from(owners: list[FileResult | None], opts: BatchOptions) -> str | None:
    """The input hash that all of an input's outputs were made from with these options, if one was."""
    if any(owner is None or owner.options != opts.fingerprint() for owner in owners):
        return None
    hashes = {owner.sha256 for owner in owners if owner is not None}
    return hashes.pop() if len(hashes) == 1 else None


def _same_file(recorded: str, path: Path) -> bool:
    try:
        return recorded == display_path(path) or os.path.samefile(recorded, path)
    except OSError:  # the recorded input is gone
        return False


def remove_stale_parts(out_dir: Path, below: bool = False) -> None:
    """Delete the temporary files of outputs that a killed run was writing (see write_outputs), in
    OUT and, `below` (--keep-tree), its subfolders; files of any other name are left alone."""
    folders = [out_dir, *(Path(root, d) for root, dirs, _ in os.walk(out_dir) for d in dirs)] if below else [out_dir]
    for folder in folders:
        for part in part_files(folder):
            part.unlink(missing_ok=True)
