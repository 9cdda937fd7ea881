"""What every fuzz harness does with one input: parse it and write every text format of it.

An input fault must end as one of rktparse's input errors (a reason for the user); any other
exception is a crash, and atheris stops on it with the input that caused it.

FUZZ_FORMATS=json (environment) renders the JSON only: the CSV goes through pandas, which is not
instrumented and takes about 40 % of a short input's time, so a long campaign runs faster without it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rktparse.convert import parse
from rktparse.errors import InputError
from rktparse.writers import dumps

FORMATS = os.environ.get("FUZZ_FORMATS", "json,csv").split(",")
_FOLDER = Path(tempfile.mkdtemp(prefix="rktparse-fuzz-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))


def check(data: bytes, suffix: str, **options: object) -> None:
    """Parse `data` as a file named *`suffix`; every output of a document read must render."""
    path = _FOLDER / f"input{suffix}"
    path.write_bytes(data)
    try:
        doc = parse(path, **options)  # type: ignore[arg-type]
    except InputError:
        return
    for fmt in FORMATS:
        dumps(doc, fmt)
