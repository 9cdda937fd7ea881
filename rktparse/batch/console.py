"""What `rktparse convert` shows while a batch runs: a line per input and, on a terminal, a progress bar."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import click

from rktparse.batch.results import FileResult, FileStatus

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


class ConsoleObserver:
    """Failures as `rktparse: PATH: reason` on stderr (always); other inputs on stdout unless quiet;
    a progress bar on stderr only when it is a terminal and not quiet."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.pages = self.failed = 0
        self.started = time.monotonic()
        self.progress = progress_bar() if sys.stderr.isatty() and not quiet else None
        self.task: TaskID | None = None

    def start(self, total: int) -> None:
        self.started = time.monotonic()
        if self.progress is not None:
            self.progress.start()
            self.task = self.progress.add_task("converting", total=total, rate=0.0, failed=0)

    def finished(self, result: FileResult) -> None:
        if result.status is FileStatus.FAILED:
            self.failed += 1
            click.echo(f"rktparse: {result.path}: {result.error}", err=True)
        elif not self.quiet:
            click.echo(describe(result))
        self.pages += result.pages
        if self.progress is not None and self.task is not None:
            rate = self.pages / max(time.monotonic() - self.started, 1e-9)
            self.progress.update(self.task, advance=1, rate=rate, failed=self.failed)

    def __enter__(self) -> ConsoleObserver:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.progress is not None:
            self.progress.stop()


def progress_bar() -> Progress:
    """The bar on stderr; rich is imported only when there is a terminal to draw it on."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} pages/s"), TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(), console=Console(stderr=True),
    )


def describe(result: FileResult) -> str:
    """The stdout line of an input that did not fail."""
    if result.status is FileStatus.SKIPPED:
        return f"{result.path}: skipped, converted by an earlier run with the same options"
    names = ", ".join(Path(name).name for name in result.outputs)
    note = f" ({result.warnings} warning(s), status {'partial' if result.status is FileStatus.WARNING else 'success'})"
    return f"{result.path}: {result.pages} page(s) -> {names}{note if result.warnings else ''}"
