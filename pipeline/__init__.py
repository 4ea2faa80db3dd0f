"""Information extraction from Chinese news: cities, organizations, dates, metrics."""

from pipeline import lazy_imports

__version__ = "0.1.0"

lazy_imports.install()  # spaCy without its CLI (pipeline/lazy_imports.py)
