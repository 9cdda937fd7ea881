"""rktparse: Indonesian RKT / Perjanjian Kinerja tables out of PDFs and text exports."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The public names, each loaded from its module on first use: `import rktparse` (and
# `rktparse --help`) stay light, and a script pays only for what it calls.
_EXPORTS = {
    "BatchOptions": "rktparse.batch",
    "BatchSummary": "rktparse.batch",
    "convert_many": "rktparse.batch",
    "convert_file": "rktparse.convert",
    "parse": "rktparse.convert",
    "RktDocument": "rktparse.models",
}

if TYPE_CHECKING:
    from rktparse.batch import BatchOptions, BatchSummary, convert_many
    from rktparse.convert import convert_file, parse
    from rktparse.models import RktDocument


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'rktparse' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = ["BatchOptions", "BatchSummary", "RktDocument", "__version__", "convert_file", "convert_many", "parse"]
