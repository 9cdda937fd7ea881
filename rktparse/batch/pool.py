"""Worker processes that run one job at a time each, watched by the parent.

Unlike concurrent.futures' pool, the parent knows which job every worker
holds: a worker that dies (a crash, the kernel's OOM killer) or hangs in
native code where the in-worker alarm cannot reach costs exactly its own job,
and only that worker is replaced while the others carry on.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

J = TypeVar("J")
R = TypeVar("R")
READY = "ready"


@dataclass(frozen=True)
class Lost:
    """A job that brought no result back: its worker died, or overran the limit and was killed."""

    timed_out: bool
    exitcode: int | None

    def describe(self) -> str:
        if self.exitcode is not None and self.exitcode < 0:
            return f"worker process killed by {signal.Signals(-self.exitcode).name}"
        return f"worker process exited with code {self.exitcode}"


class _Worker(Generic[J]):
    def __init__(self, context: Any, fn: Callable[[J], Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, fn, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.ready = self.gone = False
        self.job: J | None = None
        self.deadline = math.inf

    def give(self, job: J, limit: float) -> None:
        self.conn.send(job)
        self.job, self.deadline = job, time.monotonic() + limit

    def receive(self) -> Any:
        """The next message; raises EOFError when the worker died."""
        message = self.conn.recv()
        if message == READY:
            self.ready = True
        else:
            self.job, self.deadline = None, math.inf
        return message

    def poll(self) -> tuple[J, Any] | None:
        """(job, result) when the job finished; (job, Lost) when the worker died or overran its
        deadline (then it is killed). Either way `gone` then says the worker must be replaced."""
        job = self.job
        try:
            if self.conn.poll():
                message = self.receive()
                return (job, message) if job is not None and message != READY else None
            if self.process.is_alive() and time.monotonic() < self.deadline:
                return None
        except (EOFError, OSError):  # the worker died, maybe mid-message
            pass
        self.gone = True
        timed_out = time.monotonic() >= self.deadline
        if timed_out:
            self.process.kill()
        self.process.join()
        if not self.ready:
            raise RuntimeError(f"a worker process failed to start ({Lost(False, self.process.exitcode).describe()})")
        return None if job is None else (job, Lost(timed_out, self.process.exitcode))

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


def _add_worker(pool: list[_Worker[J]], context: Any, fn: Callable[[J], Any]) -> None:
    """Start a worker into `pool` with SIGINT blocked: a Ctrl-C that lands in fork's Python hooks
    (logging's lock release) is printed as 'Exception ignored' and lost, and the run went on to
    exit 0. Blocked, it waits and is raised here once the worker is in the pool, which stops it.
    The worker inherits the mask and unblocks SIGINT once it ignores it."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool.append(_Worker(context, fn))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _exit_with(main_pid: int) -> None:
    """End this worker as soon as the main process dies (SIGKILL, a crash): its parent is the fork
    server, which lives as long as any worker does, so only watching the main process itself
    keeps a worker from converting on as an orphan. Linux pidfds; elsewhere workers end when
    they next talk to the parent."""
    try:
        main = os.pidfd_open(main_pid)
    except (AttributeError, OSError):
        return

    def watch() -> None:
        select.select([main], [], [])  # readable once the process has ended
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-main", daemon=True).start()


def _serve(conn: Connection, fn: Callable[[Any], Any], main_pid: int) -> None:
    _exit_with(main_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, which reports a stopped run
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:  # the parent is gone
            return
        conn.send(fn(job))


def run_pool(fn: Callable[[J], R], jobs: Iterable[J], workers: int, limit: float,
             preload: Sequence[str] = (), clean: bool = False) -> Iterator[tuple[J, R | Lost]]:
    """Run `fn` on every job in up to `workers` processes; yield (job, result or Lost) as each finishes.

    A job still running `limit` seconds after it was handed over is killed with
    its worker. `preload` names modules imported once before the workers start, so
    they start with them loaded; `clean` starts them from a fresh process even when this
    one could be forked. Closing the iterator early kills the workers.
    """
    context = _start_method(preload, clean)
    pending = deque(jobs)
    pool: list[_Worker[J]] = []
    try:
        for _ in range(min(workers, len(pending))):
            _add_worker(pool, context, fn)
        while pending or any(worker.job is not None for worker in pool):
            for worker in pool:
                if worker.ready and worker.job is None and pending:
                    worker.give(pending.popleft(), limit)
            _wait_for_any(pool)
            for worker in list(pool):
                finished = worker.poll()
                if finished is not None:
                    yield finished
                if worker.gone:
                    worker.stop()
                    pool.remove(worker)
                    if pending:
                        _add_worker(pool, context, fn)
    finally:
        for worker in pool:
            worker.stop()


def _start_method(preload: Sequence[str], clean: bool) -> Any:
    """Forking this process starts a worker at once, with every module imported here; but fork
    does not copy running threads safely (the progress bar's, a Dask worker's): beside them, or
    when `clean`, a fork server forks the workers from a fresh process, which imports `preload`."""
    if threading.active_count() == 1 and not clean:
        for name in preload:
            import_module(name)
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    return context


def _wait_for_any(pool: list[_Worker[J]]) -> None:
    nearest = min((worker.deadline for worker in pool), default=math.inf)
    timeout = None if nearest == math.inf else max(0.0, nearest - time.monotonic())
    wait([worker.conn for worker in pool] + [worker.process.sentinel for worker in pool], timeout)
