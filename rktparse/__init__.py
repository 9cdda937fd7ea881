"""rktparse: Indonesian RKT / Perjanjian Kinerja tables out of PDFs and text exports."""

from rktparse.convert import convert_file, parse
from rktparse.models import RktDocument

__version__ = "0.1.0"
__all__ = ["RktDocument", "__version__", "convert_file", "parse"]
