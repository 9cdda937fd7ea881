"""One input's conversion, as run inside a worker process: limited in time and memory, never raising."""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from rktparse.batch.options import BatchOptions
from rktparse.batch.results import FileResult, FileStatus
from rktparse.convert import convert_file, sha256_of
from rktparse.errors import InputError, RktParseError, os_error_reason
from rktparse.models.rkt import Status


@dataclass(frozen=True)
class Job:
    path: str
    out_dir: str
    options: BatchOptions
    # --resume: the hash of this input's earlier conversion, whose outputs are still all its own;
    # the worker skips the input when its bytes still hash to it.
    converted_sha256: str | None = None

    def result(self, status: FileStatus, sha256: str | None = None, **fields: Any) -> FileResult:
        return FileResult(path=self.path, sha256=sha256, status=status, options=self.options.fingerprint(), **fields)

    def failed(self, reason: str, seconds: float = 0.0, sha256: str | None = None) -> FileResult:
        return self.result(FileStatus.FAILED, sha256, error=reason, seconds=round(seconds, 3))


def job_to_json(job: Job) -> str:
    """The job as `python -m rktparse.batch.task` reads it on its standard input."""
    return json.dumps({"path": job.path, "out_dir": job.out_dir, "options": job.options.model_dump(mode="json"),
                       "converted_sha256": job.converted_sha256})


def job_from_json(text: str) -> Job:
    data = json.loads(text)
    return Job(path=data["path"], out_dir=data["out_dir"], options=BatchOptions.model_validate(data["options"]),
               converted_sha256=data["converted_sha256"])


class TaskTimeout(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` in a reader swallows it."""


def convert_job(job: Job, *, limited: bool = True) -> FileResult:
    """Hash `job.path` and convert it into `job.out_dir` (or skip it, see Job.converted_sha256);
    every failure becomes a failed result naming the reason. Hashing is inside the time limit too.

    `limited` holds the run's --timeout and --max-memory, as a worker process does;
    the main process converts without them.
    """
    options = job.options
    start = time.perf_counter()
    alarm = Alarm(options.timeout if limited else None)
    sha256 = None
    written: list[Path] = []
    try:
        with alarm, memory_cap(options.max_memory_mb if limited else None):
            sha256 = sha256_of(Path(job.path))
            if sha256 == job.converted_sha256:
                return job.result(FileStatus.SKIPPED, sha256)
            docs, written = convert_file(job.path, job.out_dir, options.formats, options.read_options(),
                                         options.csv_bom, sha256, options.mark_review)
    except (TaskTimeout, Exception) as error:
        # Once the alarm rang, whatever the interrupted code made of it (ctypes wraps it in
        # ArgumentError, a reader may call the file corrupt) is the timeout.
        cap = options.max_memory_mb if limited else None
        reason = f"timed out after {options.timeout:g} s" if alarm.rang else _reason(error, cap)
        return _failed(job, reason, start, sha256, written)
    if alarm.rang:  # it rang where Python ignores exceptions (a __del__, a weakref callback) and work went on
        return _failed(job, f"timed out after {options.timeout:g} s", start, sha256, written)
    return job.result(
        FileStatus.WARNING if any(doc.status is Status.PARTIAL for doc in docs) else FileStatus.OK, sha256,
        warnings=sum(len(doc.warnings) for doc in docs), pages=docs[0].source.pages,
        seconds=round(time.perf_counter() - start, 3), engine=docs[0].source.engine, outputs=[str(p) for p in written])


def _failed(job: Job, reason: str, start: float, sha256: str | None, written: list[Path]) -> FileResult:
    """A failed result, with none of the outputs an interrupted run wrote left behind."""
    for path in written:
        path.unlink(missing_ok=True)
    return job.failed(reason, time.perf_counter() - start, sha256)


def _reason(error: BaseException, memory_cap_mb: int | None) -> str:
    if isinstance(error, InputError):
        return error.why
    if isinstance(error, RktParseError):  # e.g. an engine that does not read PDFs
        return str(error)
    if isinstance(error, MemoryError):  # the cap is named only where one was set
        return "ran out of memory" + (f" (cap {memory_cap_mb} MB)" if memory_cap_mb is not None else "")
    if isinstance(error, OSError):  # unreadable input or unwritable output folder
        return os_error_reason(error)
    return f"internal error, please report: {type(error).__name__}: {error}"  # a bug must not stop the batch


class Alarm:
    """Raises TaskTimeout in this (main) thread after `seconds` (setitimer: fractions of a second work);
    None sets no alarm."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.rang = False

    def _ring(self, signum: int, frame: FrameType | None) -> None:
        self.rang = True
        raise TaskTimeout

    def __enter__(self) -> Alarm:
        if self.seconds is not None:
            self._previous = signal.signal(signal.SIGALRM, self._ring)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)


@contextmanager
def memory_cap(megabytes: int | None) -> Iterator[None]:
    """Cap this process's address space during the conversion only, so the result can still be sent back;
    None sets no cap."""
    if megabytes is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = megabytes << 20
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


if __name__ == "__main__":  # a Dask task's child process (executors.convert_isolated): one job in, its result out
    print(convert_job(job_from_json(sys.stdin.read())).model_dump_json())
