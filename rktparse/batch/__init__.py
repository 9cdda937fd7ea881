"""Batch conversion of whole archives: parallel, resumable, each input limited in time and memory."""

from rktparse.batch.options import BatchOptions
from rktparse.batch.results import REPORT_NAME, BatchSummary, FileResult, FileStatus
from rktparse.batch.run import Observer, convert_many

__all__ = ["REPORT_NAME", "BatchOptions", "BatchSummary", "FileResult", "FileStatus", "Observer", "convert_many"]
