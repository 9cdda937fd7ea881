"""The `rktparse` command's entry point (and `python -m rktparse`).

Importing the CLI takes a noticeable part of a second: a Ctrl-C in that time
must end the command as a Ctrl-C during a run does, with one line and exit
130, not with a traceback through pydantic's imports.
"""

from __future__ import annotations

import signal
import sys


def run() -> None:
    from rktparse.errors import interrupt_deferred  # a small module: the window before it is tiny

    try:
        with interrupt_deferred():
            from rktparse.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("rktparse: interrupted before it started\n")
        sys.exit(128 + signal.SIGINT)
    sys.exit(main())


if __name__ == "__main__":
    run()
