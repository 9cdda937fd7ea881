"""rktparse: Indonesian RKT / Perjanjian Kinerja tables out of PDFs and text exports."""

__version__ = "0.1.0"  # set before the imports: rktparse.batch records it in its reports

from rktparse.batch import BatchOptions, BatchSummary, convert_many  # noqa: E402
from rktparse.convert import convert_file, parse  # noqa: E402
from rktparse.models import RktDocument  # noqa: E402

__all__ = ["BatchOptions", "BatchSummary", "RktDocument", "__version__", "convert_file", "convert_many", "parse"]
