"""Exceptions, split into bad input (the user's file) and everything else.

Every error the CLI can meet carries its exit code, so `rktparse` never has to
guess how to end.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Exit codes of the `rktparse` command (documented in the README)."""

    OK = 0
    INPUT_FAILED = 1  # at least one input could not be converted; the others were
    USAGE = 2  # bad command line (click's own code for usage errors)
    INTERNAL = 3  # a bug in rktparse: please report it


def display_path(path: str | Path) -> str:
    """`path` as rktparse names it in messages, the report and the JSON: a file name's bytes that
    are not UTF-8 (kept by Python as surrogates, which no UTF-8 writer accepts) shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


class RktParseError(Exception):
    """Base of rktparse's own errors."""

    exit_code = ExitCode.INTERNAL


class InputError(RktParseError):
    """The input file cannot be turned into an RKT; the message says why."""

    exit_code = ExitCode.INPUT_FAILED
    reason = "unreadable input"

    def __init__(self, path: str | Path, detail: str | None = None) -> None:
        self.path = display_path(path)
        self.detail = detail
        self.why = self.reason if detail is None else f"{self.reason}: {detail}"
        super().__init__(f"{self.path}: {self.why}")


class NotRegularFileError(InputError):
    reason = "not a regular file"


class EmptyFileError(InputError):
    reason = "empty file"


class UnsupportedFormatError(InputError):
    reason = "not a PDF, Word or Excel file, image or text export"


class InvalidDocumentError(InputError):
    reason = "not a valid rktparse.rkt JSON document"


class CorruptFileError(InputError):
    reason = "corrupt or truncated file"


class EncryptedFileError(InputError):
    reason = "encrypted PDF (remove the password first)"


class NoTextLayerError(InputError):
    reason = "no text layer, scanned?"


class NoTableError(InputError):
    reason = "no RKT table found"


class LinesLostError(InputError):
    reason = "a text export that lost its lines"


class EncodingError(InputError):
    reason = "text is not in a known encoding (tried UTF-8, cp1252, latin-1)"


LINK_REFUSED = "a symbolic link; rktparse does not write through links"


class SeveralDocumentsError(RktParseError):
    """`parse` was given a file that holds several documents; `parse_all` returns each."""

    exit_code = ExitCode.INPUT_FAILED

    def __init__(self, path: str | Path, pages: list[str]) -> None:
        self.path = display_path(path)
        super().__init__(f"{self.path}: holds {len(pages)} documents (pages {', '.join(pages)}): "
                         f"rktparse.parse_all() returns each")


class OutputError(RktParseError):
    """An output (or the report) cannot be written where it should go: the message names the path and why."""

    exit_code = ExitCode.INPUT_FAILED

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = display_path(path)
        super().__init__(f"{self.path}: {reason}")


class OptionError(RktParseError):
    """An option has a value it cannot take."""

    exit_code = ExitCode.USAGE


class OcrError(RktParseError):
    """Tesseract is missing or failed: the scan cannot be read on this machine."""

    exit_code = ExitCode.INPUT_FAILED


class Stopped(BaseException):
    """A run stopped by a signal (SIGINT from Ctrl-C, SIGTERM): its report holds what was done.

    A BaseException, like KeyboardInterrupt which it stands for, so that no `except Exception`
    on the way up swallows it. The exit code is the shell's for a death by that signal.
    """

    def __init__(self, signum: int, done: int = 0, total: int = 0) -> None:
        self.signum, self.done, self.total = signum, done, total
        self.name = signal.Signals(signum).name
        self.exit_code = 128 + signum
        super().__init__(f"stopped by {self.name}")


def os_error_reason(error: OSError) -> str:
    """'permission denied' rather than "[Errno 13] Permission denied: '/the/path'": the path is said already."""
    if error.errno == errno.ELOOP:  # what O_NOFOLLOW meets: "too many levels of symbolic links" would mislead
        return LINK_REFUSED
    return (error.strerror or str(error)).lower()


@contextmanager
def interrupt_deferred() -> Iterator[None]:
    """Hold a Ctrl-C until the block is done, then raise it: a KeyboardInterrupt inside an import
    leaves a half-made module whose next use fails with some other error and a traceback."""
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt
