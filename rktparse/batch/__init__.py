"""Batch conversion of whole archives: parallel, resumable, each input limited in time and memory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rktparse.batch.options import BatchOptions
from rktparse.batch.results import REPORT_NAME, BatchSummary, FileResult, FileStatus
from rktparse.lazy import lazy_names

if TYPE_CHECKING:
    from rktparse.batch.run import Observer, convert_many

# The runner (worker pool, readers, writers) loads when a run starts: parsing the
# command line needs the options only.
__getattr__, __dir__ = lazy_names(__name__, {"Observer": "rktparse.batch.run", "convert_many": "rktparse.batch.run"})

__all__ = ["REPORT_NAME", "BatchOptions", "BatchSummary", "FileResult", "FileStatus", "Observer", "convert_many"]
