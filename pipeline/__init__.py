"""Information extraction from Chinese news: cities, organizations, dates, metrics."""

__version__ = "0.1.0"
