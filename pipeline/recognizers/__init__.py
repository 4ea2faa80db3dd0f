"""spaCy components, one per job; importing this package registers them all."""

from pipeline.recognizers import attribution, city, date, metric, ner, org, resolve

__all__ = ["attribution", "city", "date", "metric", "ner", "org", "resolve"]
