"""DATE recognizer: calendar expressions, resolved against the article's date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.finders import dates
from pipeline.finders.dates import find_dates
from pipeline.normalize.dates import RefDate
from pipeline.spans import add_mentions, doc_text


class DateRecognizer:
    def __init__(self) -> None:
        dates.preload()

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.user_data.get("ref") or RefDate(None)
        found = find_dates(doc_text(doc), ref, taiwan=bool(doc.user_data.get("taiwan")),
                           words=doc.user_data.get("words", ()),
                           taiwan_days=bool(doc.user_data.get("taiwan_days")))
        add_mentions(doc, "DATE", [(m.start, m.end, {"normalized": m.normalized, "inferred": m.inferred})
                                   for m in found])
        return doc


@Language.factory("date_recognizer", default_config={"rules_dir": None})
def make_date_recognizer(nlp: Language, name: str, rules_dir: str | None) -> DateRecognizer:
    return DateRecognizer()
