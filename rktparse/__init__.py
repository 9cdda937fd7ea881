"""rktparse: Indonesian RKT / Perjanjian Kinerja tables out of PDFs and text exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rktparse.lazy import lazy_names

__version__ = "0.1.0"

if TYPE_CHECKING:
    from rktparse.batch import BatchOptions, BatchSummary, convert_many
    from rktparse.convert import convert_file, export_file, load_document, parse, parse_all
    from rktparse.models import RktDocument
    from rktparse.writers import dumps, to_dataframe, write

# `import rktparse` (and `rktparse --help`) stay light: each name loads its module when first used.
__getattr__, __dir__ = lazy_names(__name__, {
    "BatchOptions": "rktparse.batch",
    "BatchSummary": "rktparse.batch",
    "convert_many": "rktparse.batch",
    "convert_file": "rktparse.convert",
    "export_file": "rktparse.convert",
    "load_document": "rktparse.convert",
    "parse": "rktparse.convert",
    "parse_all": "rktparse.convert",
    "RktDocument": "rktparse.models",
    "dumps": "rktparse.writers",
    "to_dataframe": "rktparse.writers",
    "write": "rktparse.writers",
})

__all__ = ["BatchOptions", "BatchSummary", "RktDocument", "__version__", "convert_file", "convert_many", "dumps",
           "export_file", "load_document", "parse", "parse_all", "to_dataframe", "write"]
