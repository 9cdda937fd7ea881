"""Where the per-input task runs: local worker processes, or a Dask cluster."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from rktparse.batch.options import BatchOptions
from rktparse.batch.pool import Lost, run_pool
from rktparse.batch.results import FileResult
from rktparse.batch.task import Job, convert_job, job_to_json
from rktparse.errors import OptionError
from rktparse.readers import READERS
from rktparse.writers import WRITERS

# How long past --timeout the parent waits before killing a worker stuck in native
# code, where the worker's own alarm cannot interrupt it.
GRACE_S = 5.0

# The reader an input's name suggests, to preload; its bytes decide which one reads it.
SUFFIX_READERS = {".txt": "text", ".docx": "docx", ".doc": "doc", ".xlsx": "xlsx"}

# Limits only a worker process can hold for sure: one given explicitly makes even a single
# input convert in a worker.
LIMITS = frozenset({"timeout", "max_memory_mb"})


def run_jobs(jobs: Sequence[Job], options: BatchOptions) -> Iterator[FileResult]:
    """The result of every job, in the order they finish."""
    if options.executor == "dask":
        return _run_dask(jobs, options)
    if min(options.jobs, len(jobs)) <= 1 and not LIMITS & options.model_fields_set:
        # Nothing to run in parallel: a worker would only add its start-up.
        return (convert_job(job, limited=False) for job in jobs)
    return run_local(jobs, options.jobs, options)


def run_local(jobs: Sequence[Job], workers: int, options: BatchOptions) -> Iterator[FileResult]:
    # Workers start with the modules the conversions need, writers included: none imports per file.
    readers = {SUFFIX_READERS.get(Path(job.path).suffix.lower(), options.engine) for job in jobs}
    modules = [*(READERS[kind] for kind in sorted(readers)), *(WRITERS[kind] for kind in options.formats)]
    preload = [__name__, *(target.split(":")[0] for target in modules)]
    # A forked worker could use the free memory it inherits under a --max-memory cap: one
    # given explicitly is measured from a fresh process.
    clean = "max_memory_mb" in options.model_fields_set
    for job, outcome in run_pool(convert_job, jobs, workers, options.timeout + GRACE_S, preload, clean):
        yield _lost(job, outcome) if isinstance(outcome, Lost) else outcome


def convert_isolated(job: Job) -> FileResult:
    """The Dask task: convert in a child process, where the time and memory limits can hold (a Dask
    worker runs tasks in threads, which can neither take signals nor cap memory alone).

    The child is a plain `python -m rktparse.batch.task`, not a multiprocessing one: a worker
    started by a nanny (dask's default) is a daemonic process, and multiprocessing refuses to
    give those children. A child stuck past the limit is killed.
    """
    try:
        done = subprocess.run([sys.executable, "-m", "rktparse.batch.task"], input=job_to_json(job),
                              capture_output=True, text=True, timeout=job.options.timeout + GRACE_S)
    except subprocess.TimeoutExpired:
        return _lost(job, Lost(timed_out=True, exitcode=None))
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return _lost(job, Lost(timed_out=False, exitcode=done.returncode))
    return FileResult.model_validate_json(lines[-1])


def _run_dask(jobs: Sequence[Job], options: BatchOptions) -> Iterator[FileResult]:
    from distributed import Client, as_completed  # imported only by runs that use a cluster

    try:
        client = Client(options.scheduler, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise OptionError(f"cannot reach the Dask scheduler at {options.scheduler}: {error}") from None
    with client:
        futures = client.map(convert_isolated, jobs, pure=False)
        job_of = {future.key: job for future, job in zip(futures, jobs, strict=True)}
        try:
            for future in as_completed(futures):
                if future.status == "finished":
                    yield future.result()
                else:
                    yield job_of[future.key].failed(f"dask task failed: {future.exception()}")
        finally:
            client.cancel(futures)


def _lost(job: Job, lost: Lost) -> FileResult:
    options = job.options
    if lost.timed_out:
        return job.failed(f"timed out after {options.timeout:g} s (stuck in native code, killed)")
    # Native code (PDFium) aborts rather than raise when an allocation fails under the cap.
    return job.failed(f"{lost.describe()}: it crashed or ran out of memory (cap {options.max_memory_mb} MB)")
